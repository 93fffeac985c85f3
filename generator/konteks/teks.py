"""Wording of the documents that is data, not code: ``generator/data/<name>.yaml``
(read by :func:`generator.dasar.data.data`).

Each top-level entry of such a file is a section with its legal source
(``sumber``).  Sentences are Python format strings with named fields only
(``{tahun}``), filled with :func:`isikan`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..dasar.data import data


def isikan(kalimat: str, **medan: Any) -> str:
    """A sentence of the data with its named fields filled in."""
    return kalimat.format_map(medan)


@functools.cache
def _pola_jabatan(nama: str) -> re.Pattern[str]:
    kata = r"\s+".join(re.escape(k) for k in nama.split())
    return re.compile(rf"\s*{kata}\b", re.IGNORECASE)


def pangkat_nip_pilihan(jabatan: str) -> bool:
    """Whether the office's pangkat and NIP may be left out of its signature
    (the regional secretary's, Permendagri 1/2023 Pasal 44)."""
    daftar = data("tanda_tangan")["pangkat_nip_pilihan"]["jabatan"]
    return any(_pola_jabatan(n).match(jabatan) for n in daftar)
