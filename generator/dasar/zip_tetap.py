"""Zip packages (.docx, .xlsx) as bytes, identical for identical content.

Zip writers stamp every entry with the clock; here every entry gets the same
time, attributes and compression, in the order given. This is the one zip
writer of the program: Word packages (``word.paket``) and workbooks
(``excel.paket``) both go through it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import BinaryIO

WAKTU_ZIP = (1980, 1, 1, 0, 0, 0)


class ZipTetap:
    """A zip writer giving every entry the same time, attributes and compression."""

    def __init__(self, berkas: BinaryIO) -> None:
        self._zip = zipfile.ZipFile(berkas, "w", zipfile.ZIP_DEFLATED)

    def tulis(self, nama: str, data: bytes) -> None:
        self._zip.writestr(self._info(nama), data, compresslevel=6)

    def buka(self, nama: str):
        """The entry ``nama`` to write into as a stream (the same bytes in
        the zip as :meth:`tulis` of what is written)."""
        info = self._info(nama)
        info._compresslevel = 6  # what writestr's compresslevel sets
        return self._zip.open(info, "w")

    @staticmethod
    def _info(nama: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(nama, date_time=WAKTU_ZIP)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        info.create_system = 0
        return info

    def close(self) -> None:
        self._zip.close()


def zip_tetap(isi: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of ``(name, data)`` entries in the order given, with fixed times."""
    buf = io.BytesIO()
    penulis = ZipTetap(buf)
    try:
        for nama, data in isi:
            penulis.tulis(nama, data)
    finally:
        penulis.close()
    return buf.getvalue()
