"""Workbooks for the yearly collection round: the realisasi of a year (each
indicator's, and each kegiatan's realisasi anggaran) goes out to the units
as an Excel workbook (``ekspor``), comes back filled in and is merged into
``konten/realisasi/TAHUN.yaml`` (``gabung.impor_buku``), with
every bad cell named; and the whole IKU goes out read-only for review
(``iku``). The YAML stays the one source of truth.

One module per concern: ``model`` (what the sheets hold, from the
content), ``anggaran`` (the Anggaran sheet's rows from the Perjanjian
Kinerja, amounts between cell and content), ``tata`` and ``petunjuk`` (the
look, the instructions sheet), ``ekspor``, ``lembar_anggaran`` and ``iku``
(the two workbooks, the Anggaran sheet), ``meta`` (the hidden record of an
export), ``paket`` (the same bytes for the same content), ``nilai`` (cell
values <-> content text), ``galat`` (cell places), ``impor`` (reading a
workbook back), ``yaml_rt`` (the ruamel.yaml round trip), ``gabung`` and
``simpan`` (merging and writing).
"""

from __future__ import annotations

from pathlib import Path

from ..dasar.galat import NaskahError, tampil_berkas
from ..periksa import muat_valid
from .ekspor import buku_realisasi
from .iku import buku_iku
from .simpan import tulis_buku

KELUARAN = Path("keluaran")


def nama_bawaan(tahun: int | None) -> str:
    """The workbook's file name: ``realisasi-2022.xlsx``, or ``iku.xlsx``."""
    return "iku.xlsx" if tahun is None else f"realisasi-{tahun}.xlsx"


def ekspor(folder: Path, tahun: int | None, berkas: Path | None = None, timpa: bool = False) -> tuple[Path, Path | None]:
    """Write the realisasi workbook of ``tahun`` (None: the IKU workbook) to
    ``berkas`` (a file, a folder, or None for ``keluaran/``); the path
    written and that of the copy kept of the file replaced, if any."""
    konten = muat_valid(folder)
    data = buku_iku(konten) if tahun is None else buku_realisasi(konten, tahun)
    tujuan = Path(berkas) if berkas is not None else KELUARAN / nama_bawaan(tahun)
    if tujuan.is_dir():
        tujuan = tujuan / nama_bawaan(tahun)
    if tujuan.suffix.lower() != ".xlsx":
        raise NaskahError(f"{tampil_berkas(tujuan)}: nama buku kerja harus berakhiran .xlsx agar dapat dibuka Excel")
    return tujuan, tulis_buku(tujuan, data, timpa)
