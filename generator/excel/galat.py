"""Places in a workbook: a problem names the file, the sheet and the cell
(``realisasi-2022.xlsx!Bagian Hukum!G7``) the way a spreadsheet user finds
it, inside the program's own :class:`~generator.dasar.galat.Masalah`
(collected by the content's :class:`~generator.muat.pemeriksa.Pemeriksa`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..dasar.galat import Lokasi, tampil_berkas


@dataclass(frozen=True)
class LokasiSel(Lokasi):
    """A cell of the sheet ``lembar`` (``baris`` its row, ``kolom`` its
    column, both 1-based); without a row, the sheet; without a sheet, the
    workbook."""

    lembar: str | None = None

    def __str__(self) -> str:
        teks = tampil_berkas(self.berkas)
        if self.lembar is None:
            return teks
        teks += f"!{self.lembar}"
        if self.baris is not None:
            teks += "!" + (get_column_letter(self.kolom) if self.kolom is not None else "") + str(self.baris)
        return teks


def sel(berkas: Path, lembar: str | None = None, baris: int | None = None, kolom: int | None = None) -> LokasiSel:
    return LokasiSel(Path(berkas), baris, kolom, lembar)
