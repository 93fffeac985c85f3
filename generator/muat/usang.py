"""A content key that is no longer used, declared so that its reader can say
where its content went instead of "unknown key".

Reading accepts any value and records only that the key was written
(``True``); ``naskah periksa`` then reports it with the file the content now
belongs in (it knows the year and the ids the message names). For editors
the key is never valid.
"""

from __future__ import annotations

from typing import Any

from .json_pola import Defs, JsonSkema
from .pemeriksa import Pemeriksa
from .skema import Bidang
from .yaml_lokasi import Simpul


class Usang(Bidang):
    """A retired key: optional, any value, read as ``True`` when written."""

    def __init__(self) -> None:
        super().__init__(wajib=False)

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        return True

    def json_skema(self, defs: Defs) -> JsonSkema:
        return {"not": {}}
