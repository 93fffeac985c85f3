"""What the Anggaran sheet of the realisasi workbook holds (pure: no
openpyxl, no files): one row per kegiatan of the year's Perjanjian Kinerja,
its program, unit, pagu (from each unit's latest PK) and the realisasi
written so far in ``realisasi/TAHUN.yaml``; and amounts of money between a
cell and the content.

An amount is read by the content's own :class:`~generator.muat.skema.Rupiah`
(``1250000000``, ``"1.250.000.000"``, ``"Rp1.250.000.000,00"``), so what the
import accepts is what ``naskah periksa`` accepts. A number a spreadsheet
stored is taken to the sen (a float's noise dropped) and written as the
content writes amounts: a whole amount as a YAML integer, otherwise
Indonesian text (``"1.047.630.000,50"``); a typed text is kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..dasar import format as fmt
from ..dasar.galat import Lokasi
from ..hitung.perjanjian import anggaran_tahun
from ..muat import model as m
from ..muat.pemeriksa import Pemeriksa
from ..muat.skema import GAGAL, Rupiah
from ..muat.yaml_lokasi import Simpul
from .model import Kolom
from .nilai import teks_sel

KOLOM_ANGGARAN = (
    Kolom("Kode", "id", False),
    Kolom("Program", "program", False),
    Kolom("Kegiatan", "kegiatan", False),
    Kolom("Unit", "unit", False),
    Kolom("Pagu", "pagu", False),
    Kolom("Realisasi", "realisasi", True),
)
NOMOR_ANGGARAN = {k.kunci: i for i, k in enumerate(KOLOM_ANGGARAN, start=1)}
#: Rupiah with thousands and two decimals. The [$Rp-421] tag names the
#: symbol and the Indonesian locale (LCID 0x0421); the separators are the
#: program's: Rp1.234.567,00 in an Indonesian-locale Excel or LibreOffice Calc.
FORMAT_RUPIAH = "[$Rp-421]#,##0.00"
CONTOH_RUPIAH = "1047630000"
_SEN = Decimal("0.01")


@dataclass
class BarisAnggaran:
    """One kegiatan: what its row shows."""

    id: str
    program: str
    kegiatan: str
    unit: str  # the unit's name
    unit_id: str
    pagu: Decimal
    realisasi: Decimal | None


def baris_anggaran(konten: m.Konten, tahun: int) -> list[BarisAnggaran]:
    """Every kegiatan of the year's PKs, program by program
    (``hitung.perjanjian.anggaran_tahun``); none without a PK."""
    hasil = []
    for program in anggaran_tahun(konten, tahun):
        for k in program.kegiatan:
            unit = konten.unit.get(k.unit)
            hasil.append(BarisAnggaran(k.id, program.nama, k.nama, unit.nama if unit else k.unit, k.unit, k.pagu, k.realisasi))
    return hasil


def sidik_anggaran(baris: list[BarisAnggaran]) -> list[list[str]]:
    """What the Anggaran sheet's locked cells show, for ``model.sidik_konten``."""
    return [[b.id, b.program, b.kegiatan, b.unit_id, teks_rupiah(b.pagu)] for b in baris]


def nilai_sel(d: Decimal) -> int | Decimal:
    """An amount as a cell holds it: a whole amount as an integer."""
    return int(d) if d == d.to_integral_value() else d


def teks_rupiah(d: Decimal | None) -> str:
    """An amount as the import writes it: ``"1047630000"`` (a YAML integer)
    when whole, else Indonesian with its sen (``"1.047.630.000,50"``);
    ``""`` for none."""
    if d is None:
        return ""
    d = d.quantize(_SEN, rounding=ROUND_HALF_UP)
    if d == d.to_integral_value():
        return str(int(d))
    return fmt.angka(d)


def _15_angka(x: float | Decimal) -> Decimal:
    """``x`` to the 15 significant digits a spreadsheet keeps."""
    return Decimal(format(float(x), ".15g"))


def angka_sel(angka: int | float) -> Decimal:
    """A number a spreadsheet stored, to the sen: 15 significant digits (what
    a spreadsheet keeps), so 1047630000.4999999 is 1047630000,50."""
    d = Decimal(angka) if isinstance(angka, int) else _15_angka(angka)
    return d.quantize(_SEN, rounding=ROUND_HALF_UP)


def teks_rupiah_sel(nilai: object) -> str:
    """What an amount cell holds as content text: a stored number to the
    sen (:func:`teks_rupiah`), typed text as typed; raises
    :class:`~generator.excel.nilai.SelError` for a date or a logical value."""
    if isinstance(nilai, (int, float)) and not isinstance(nilai, bool):
        teks_sel(nilai, None)  # refuses an infinite number
        return teks_rupiah(angka_sel(nilai))
    return teks_sel(nilai, None)


def baca_rupiah(teks: str) -> Decimal | str:
    """The amount ``teks`` writes, as the content reads it; or why it is
    none (Indonesian, without the field's name)."""
    p = Pemeriksa()
    nilai = Rupiah().baca(Simpul(teks, Lokasi(Path()), teks, True), "", p)
    if nilai is not GAGAL and not p.masalah:
        return nilai
    if p.masalah and p.masalah[0].kode == "rentang":
        return f"'{teks}' di bawah nol; jumlah rupiah tidak boleh negatif"
    if p.masalah and p.masalah[0].kode == "batas-angka":
        return p.masalah[0].pesan
    return f"'{teks}' bukan jumlah rupiah; tulis angkanya saja, misalnya {CONTOH_RUPIAH}"


def sama_rupiah(lama: str, baru: str) -> bool:
    """The same amount (or both empty), however written."""
    if not lama.strip() or not baru.strip():
        return lama.strip() == baru.strip()
    a, b = baca_rupiah(lama), baca_rupiah(baru)
    return isinstance(a, Decimal) and isinstance(b, Decimal) and a == b


def sama_di_sel(nilai: object, teks: str, lama: str) -> bool:
    """A cell holding ``nilai`` (read as ``teks``) still holds the recorded
    amount ``lama``: the same amount written otherwise, or the same number
    to the 15 significant digits a spreadsheet keeps (an amount of more
    digits, sen included, comes back rounded)."""
    if sama_rupiah(lama, teks):
        return True
    d = baca_rupiah(lama) if lama.strip() else None
    angka = isinstance(nilai, (int, float)) and not isinstance(nilai, bool)
    return angka and isinstance(d, Decimal) and _15_angka(nilai) == _15_angka(d)


def tampil_rupiah(teks: str) -> str:
    """A recorded amount as a message shows it: ``Rp1.125.000.000,00``."""
    nilai = baca_rupiah(teks) if teks.strip() else None
    return fmt.rupiah(nilai) if isinstance(nilai, Decimal) else (teks or "(kosong)")
