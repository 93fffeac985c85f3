"""The Anggaran sheet of the realisasi workbook: one row per kegiatan of the
year's Perjanjian Kinerja (Kode, Program, Kegiatan, Unit, Pagu locked;
Realisasi open), amounts in the Rupiah number format, the Realisasi column
validated as an amount of at least zero with an input message."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..dasar import format as fmt
from .anggaran import CONTOH_RUPIAH, FORMAT_RUPIAH, KOLOM_ANGGARAN, NOMOR_ANGGARAN, BarisAnggaran, nilai_sel
from .model import BARIS_AWAL, BARIS_JUDUL, LEMBAR_ANGGARAN, LEMBAR_PETUNJUK
from .tata import atur_cetak, lebarkan, lindungi, tulis_judul, tulis_kepala, tulis_sel

# Widest a text column grows (characters) before its text wraps.
BATAS_LEBAR = {1: 18, 2: 40, 3: 45, 4: 30}


def _validasi(tahun: int) -> DataValidation:
    """An amount of at least zero; anything else is refused with the reason."""
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                        showErrorMessage=True, errorStyle="stop", showInputMessage=True)
    dv.promptTitle = f"Realisasi anggaran {tahun}"
    dv.prompt = (f"Jumlah rupiah yang dibelanjakan kegiatan ini sampai akhir {tahun}. Tulis angkanya saja, tanpa Rp "
                 f"dan titik ribuan, misalnya {CONTOH_RUPIAH}; tampilannya menjadi Rp{fmt.angka(int(CONTOH_RUPIAH), 2)}. "
                 "Kosongkan bila belum ada.")
    dv.errorTitle = "Bukan jumlah rupiah"
    dv.error = (f"Realisasi anggaran adalah angka 0 atau lebih, dalam rupiah, ditulis tanpa Rp dan titik ribuan, "
                f"misalnya {CONTOH_RUPIAH}.")
    return dv


def _rupiah(ws: Worksheet, nomor: int, kunci: str, nilai, isian: bool = False) -> None:
    sel = tulis_sel(ws, nomor, NOMOR_ANGGARAN[kunci], "", isian=isian)
    sel.value = nilai_sel(nilai) if nilai is not None else None
    sel.number_format = FORMAT_RUPIAH


def _lebar_rupiah(ws: Worksheet, baris: list[BarisAnggaran]) -> None:
    """The amount columns as wide as their longest shown amount (the
    header's text sizing reads the stored number, not what it shows)."""
    for kunci in ("pagu", "realisasi"):
        terpanjang = max([len("Realisasi"), *(len(fmt.rupiah(getattr(b, kunci))) for b in baris if getattr(b, kunci) is not None)])
        ws.column_dimensions[get_column_letter(NOMOR_ANGGARAN[kunci])].width = terpanjang + 3


def tulis_lembar_anggaran(wb: Workbook, baris: list[BarisAnggaran], tahun: int) -> Worksheet:
    """The Anggaran sheet, after the unit sheets."""
    ws = wb.create_sheet(LEMBAR_ANGGARAN)
    tulis_judul(ws, [
        f"Realisasi Anggaran Tahun {tahun}",
        f"Kegiatan dan pagu dari Perjanjian Kinerja {tahun} (PK Perubahan terakhir bila ada)",
        f"Isi sel berwarna kuning (Realisasi) dalam rupiah; pagu diubah di Perjanjian Kinerja, bukan di sini. "
        f"Petunjuk lengkap di lembar {LEMBAR_PETUNJUK}.",
    ])
    tulis_kepala(ws, BARIS_JUDUL, [k.judul for k in KOLOM_ANGGARAN])
    dv = _validasi(tahun)
    ws.add_data_validation(dv)
    for nomor, b in enumerate(baris, start=BARIS_AWAL):
        for k in KOLOM_ANGGARAN[:4]:
            tulis_sel(ws, nomor, NOMOR_ANGGARAN[k.kunci], getattr(b, k.kunci))
        _rupiah(ws, nomor, "pagu", b.pagu)
        _rupiah(ws, nomor, "realisasi", b.realisasi, isian=True)
    kolom = get_column_letter(NOMOR_ANGGARAN["realisasi"])
    dv.add(f"{kolom}{BARIS_AWAL}:{kolom}{BARIS_AWAL + len(baris) - 1}")
    lebarkan(ws, BATAS_LEBAR, BARIS_JUDUL)
    _lebar_rupiah(ws, baris)
    atur_cetak(ws, BARIS_JUDUL)
    lindungi(ws)
    return ws
