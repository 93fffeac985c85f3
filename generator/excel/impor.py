"""Reading a filled realisasi workbook back: which fillable cells a unit
changed since the export, each value checked as the content checks it, and
every problem at once with its cell (``realisasi-2022.xlsx!Bagian
Hukum!G7: hukum-3: realisasi 'abc' bukan angka; tulis misalnya 93,75``):
a value that cannot be content, a changed Kode, target or pagu, a missing
or extra row, a renamed sheet, a workbook of another year or content. The
Anggaran sheet is read like a unit sheet, one kegiatan per row."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..dasar import format as fmt
from ..dasar.nilai import parse_nilai, NilaiError
from ..hitung.skala import Skala, muat_skala
from ..muat import model as m
from ..muat.pemeriksa import Pemeriksa
from .anggaran import KOLOM_ANGGARAN, NOMOR_ANGGARAN, baca_rupiah, baris_anggaran, sama_di_sel, sama_rupiah, sidik_anggaran
from .anggaran import tampil_rupiah, teks_rupiah_sel
from .galat import LokasiSel, sel
from .meta import BarisMeta, Meta, MetaError, baca_meta
from .model import ISIAN, ISIAN_NILAI, LEMBAR_ANGGARAN, LEMBAR_META, LEMBAR_PETUNJUK, NOMOR_KOLOM, BARIS_AWAL, KOLOM
from .model import Kolom, identitas_instansi, lembar_realisasi, sidik_konten
from .nilai import SelError, periksa_nilai, teks_sel

_LABEL = {"realisasi": "realisasi", "penjelasan": "penjelasan", "standar_nasional": "standar nasional"}
ANGGARAN = "anggaran"  # Perubahan.bagian of the Anggaran sheet's cells


class _Tata(NamedTuple):
    """The layout of one kind of sheet, and what its rows are."""

    kolom: tuple[Kolom, ...]
    nomor: dict[str, int]
    benda: str  # what one row is
    asal: str  # where a new row is added instead ({tahun}: the workbook's year)


_TATA_UNIT = _Tata(KOLOM, NOMOR_KOLOM, "indikator", "indikator baru ditambahkan di konten")
_TATA_ANGGARAN = _Tata(KOLOM_ANGGARAN, NOMOR_ANGGARAN, "kegiatan", "kegiatan baru ditambahkan di Perjanjian Kinerja {tahun} (folder pk/)")


@dataclass(frozen=True)
class Perubahan:
    """A fillable cell the unit changed: its exported and its new text
    (``""``: emptied)."""

    id: str
    kunci: str
    lama: str
    baru: str
    lokasi: LokasiSel
    bagian: str = "indikator"  # or ANGGARAN: a kegiatan's realisasi anggaran

    @property
    def label(self) -> str:
        return "realisasi anggaran" if self.bagian == ANGGARAN else _LABEL[self.kunci]


def buka_buku(berkas: Path) -> Workbook:
    """The workbook with the values a spreadsheet program saved; ValueError
    (Indonesian) when it cannot be read."""
    if not berkas.is_file():
        raise ValueError("berkas tidak ditemukan")
    try:
        return openpyxl.load_workbook(berkas, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ValueError(f"bukan buku kerja Excel (.xlsx) yang dapat dibaca ({exc}); simpan sebagai Buku Kerja Excel (.xlsx)") from None


def sama(lama: str, baru: str) -> bool:
    """Unchanged: the same text, or the same value written otherwise (a
    number retyped as 82,1 for "82,10")."""
    if lama.strip() == baru.strip():
        return True
    try:
        a, b = parse_nilai(lama), parse_nilai(baru)
    except NilaiError:
        return False
    return (a.angka, a.satuan, a.predikat) == (b.angka, b.satuan, b.predikat)


def sama_isian(bagian: str, lama: str, baru: str) -> bool:
    """:func:`sama` for an indicator's cell, the same amount for a kegiatan's."""
    return sama_rupiah(lama, baru) if bagian == ANGGARAN else sama(lama, baru)


class _Pembaca:
    """One import's reading: the workbook, its record, the content."""

    def __init__(self, berkas: Path, wb: Workbook, meta: Meta, konten: m.Konten, p: Pemeriksa) -> None:
        self.berkas, self.wb, self.meta, self.konten, self.p = berkas, wb, meta, konten, p
        self.skala: dict[str, Skala] = muat_skala()
        self.indikator = {ind.id: ind for _, ind in konten.semua_indikator()}
        self.kegiatan = {b.id for b in baris_anggaran(konten, meta.tahun)}
        self.perubahan: list[Perubahan] = []

    def galat(self, lokasi: LokasiSel, jalur: str, pesan: str, kode: str) -> None:
        self.p.galat(lokasi, jalur, pesan, kode)

    # --- where the workbook comes from ---------------------------------

    def periksa_asal(self) -> None:
        meta, kini = self.meta, identitas_instansi(self.konten.instansi)
        buku = sel(self.berkas)
        if meta.instansi != kini:
            self.galat(buku, "", f"buku kerja ini dari konten lain ({meta.instansi}), bukan dari konten ini ({kini})", "excel-konten")
            return
        tahun_nama = {int(t) for t in re.findall(r"(?<!\d)((?:19|20|21)\d\d)(?!\d)", self.berkas.name)}
        if tahun_nama and meta.tahun not in tahun_nama:
            self.galat(buku, "", f"buku kerja ini untuk tahun {meta.tahun}, tetapi nama berkasnya menyebut tahun "
                       f"{', '.join(map(str, sorted(tahun_nama)))}; periksa apakah berkas yang dikirim benar", "excel-tahun")
        lembar = lembar_realisasi(self.konten, meta.tahun)
        if not lembar:
            self.galat(buku, "", f"tidak ada unit di konten yang periodenya mencakup tahun {meta.tahun}", "excel-tahun")
        elif sidik_konten(self.konten, meta.tahun, lembar, sidik_anggaran(baris_anggaran(self.konten, meta.tahun))) != meta.sidik_konten:
            self.p.peringatan(buku, "", "IKU atau Perjanjian Kinerja di konten (indikator, sasaran, target, kegiatan atau "
                              "pagu) berubah sejak buku kerja ini diekspor; nilai yang diisi tetap dibaca per Kode",
                              "excel-iku-berubah")

    # --- sheets -----------------------------------------------------------

    def baca_lembar(self) -> None:
        """Every recorded sheet, found by its name or, renamed, by its Kode."""
        dikenal = {LEMBAR_PETUNJUK, LEMBAR_META, LEMBAR_ANGGARAN, *self.meta.lembar}
        asing = [n for n in self.wb.sheetnames if n not in dikenal]
        per_lembar: dict[str, list[BarisMeta]] = {}
        for bm in self.meta.baris:
            per_lembar.setdefault(bm.lembar, []).append(bm)
        semua = [(nama, per_lembar.get(nama, []), _TATA_UNIT) for nama in self.meta.lembar]
        if self.meta.anggaran:
            semua.append((LEMBAR_ANGGARAN, self.meta.anggaran, _TATA_ANGGARAN))
        for nama, daftar, tata in semua:
            if nama in self.wb.sheetnames:
                self._lembar(self.wb[nama], daftar, tata)
                continue
            ganti = next((a for a in asing if self._kode(self.wb[a]) & {b.id for b in daftar}), None)
            if ganti is None:
                self.galat(sel(self.berkas, nama), "", f"lembar '{nama}' tidak ada (dihapus atau diganti namanya); "
                           "pakai buku kerja hasil ekspor tanpa mengubah lembarnya", "excel-lembar")
                continue
            asing.remove(ganti)
            self.galat(sel(self.berkas, ganti), "", f"lembar ini adalah lembar '{nama}' yang diganti namanya; "
                       f"kembalikan namanya menjadi '{nama}'", "excel-lembar")
            self._lembar(self.wb[ganti], daftar, tata)
        for nama in asing:
            self.p.peringatan(sel(self.berkas, nama), "", "lembar ini bukan bagian buku kerja hasil ekspor; diabaikan", "excel-lembar-asing")

    @staticmethod
    def _kode(ws: Worksheet) -> set[str]:
        return {str(v).strip() for (v,) in ws.iter_rows(min_row=BARIS_AWAL, max_col=1, values_only=True) if v is not None}

    def _lembar(self, ws: Worksheet, daftar: list[BarisMeta], tata: _Tata) -> None:
        kode: dict[str, int] = {}
        for nomor in range(BARIS_AWAL, ws.max_row + 1):
            teks = self._teks(ws, nomor, tata.nomor["id"], "")
            if teks and teks in kode:
                self.galat(sel(self.berkas, ws.title, nomor, 1), teks, f"Kode '{teks}' sudah ada di baris {kode[teks]}; "
                           "baris tidak boleh disalin atau ditambah", "excel-baris")
            elif teks:
                kode[teks] = nomor
        terbaca = set()
        dikenal = {b.id for b in (self.meta.anggaran if tata is _TATA_ANGGARAN else self.meta.baris)}
        for bm in daftar:
            nomor = kode.get(bm.id)
            if nomor is None:
                terbaca.add(self._hilang(ws, bm, tata, dikenal))
                continue
            terbaca.add(nomor)
            if tata is _TATA_ANGGARAN:
                self._baris_anggaran(ws, nomor, bm)
            else:
                self._baris(ws, nomor, bm)
        self._tambahan(ws, terbaca, tata)

    def _hilang(self, ws: Worksheet, bm: BarisMeta, tata: _Tata, dikenal: set[str]) -> int:
        """A recorded row whose Kode is nowhere on the sheet."""
        tempat = sel(self.berkas, ws.title, bm.baris, tata.nomor["id"])
        kini = self._teks(ws, bm.baris, tata.nomor["id"], bm.id)
        if kini and kini not in dikenal:
            self.galat(tempat, bm.id, f"Kode diubah dari '{bm.id}' menjadi '{kini}'; sel ini terkunci: kembalikan "
                       f"menjadi '{bm.id}'", "excel-kode")
        else:
            self.galat(tempat, bm.id, f"baris {tata.benda} '{bm.id}' hilang (baris dihapus?); pakai buku kerja hasil ekspor "
                       "tanpa menghapus baris", "excel-baris")
        return bm.baris

    def _tambahan(self, ws: Worksheet, terbaca: set[int], tata: _Tata) -> None:
        for nomor in range(BARIS_AWAL, ws.max_row + 1):
            if nomor in terbaca:
                continue
            isi = [self._teks(ws, nomor, tata.nomor[k.kunci], "") for k in tata.kolom]
            if any(isi):
                kode = isi[0]
                self.galat(sel(self.berkas, ws.title, nomor, 1), kode, "baris tambahan" + (f" dengan Kode '{kode}'" if kode else "")
                           + f" yang tidak ada di buku kerja hasil ekspor; hapus baris ini: {tata.asal.format(tahun=self.meta.tahun)}, "
                           "lalu buku kerja diekspor ulang", "excel-baris")

    def _teks(self, ws: Worksheet, nomor: int, kolom: int, cadangan: str) -> str:
        sel_ = ws.cell(nomor, kolom)
        try:
            return teks_sel(sel_.value, sel_.number_format)
        except SelError:
            return cadangan

    # --- one row ----------------------------------------------------------

    def _baris(self, ws: Worksheet, nomor: int, bm: BarisMeta) -> None:
        kolom_target = NOMOR_KOLOM["target"]
        target = self._teks(ws, nomor, kolom_target, bm.target)
        if target.strip() != bm.target.strip():
            self.galat(sel(self.berkas, ws.title, nomor, kolom_target), bm.id, f"target diubah dari '{bm.target}' menjadi "
                       f"'{target}'; sel ini terkunci: kembalikan menjadi '{bm.target}'", "excel-target")
        ind = self.indikator.get(bm.id)
        if ind is None:
            self.galat(sel(self.berkas, ws.title, nomor, 1), bm.id, f"indikator '{bm.id}' tidak ada lagi di konten; "
                       "ekspor ulang buku kerja dari konten yang sekarang", "excel-iku-berubah")
            return
        for kunci in ISIAN:
            self._isian(ws, nomor, bm, kunci, ind)

    def _isian(self, ws: Worksheet, nomor: int, bm: BarisMeta, kunci: str, ind: m.Indikator) -> None:
        kolom = NOMOR_KOLOM[kunci]
        tempat = sel(self.berkas, ws.title, nomor, kolom)
        sel_ = ws.cell(nomor, kolom)
        try:
            teks = teks_sel(sel_.value, sel_.number_format)
        except SelError as exc:
            self.galat(tempat, bm.id, f"{_LABEL[kunci]} {exc}", "excel-nilai")
            return
        lama = bm.isian[kunci]
        if sama(lama, teks):
            return
        if teks and kunci in ISIAN_NILAI:
            salah = periksa_nilai(teks, ind, self.skala)
            if salah is not None:
                self.galat(tempat, bm.id, f"{_LABEL[kunci]} {salah}", "excel-nilai")
                return
        self.perubahan.append(Perubahan(bm.id, kunci, lama, teks, tempat))

    # --- one kegiatan of the Anggaran sheet --------------------------------

    def _baris_anggaran(self, ws: Worksheet, nomor: int, bm: BarisMeta) -> None:
        kolom_pagu = NOMOR_ANGGARAN["pagu"]
        pagu = self._rupiah(ws, nomor, kolom_pagu)
        if not isinstance(pagu, SelError) and not sama_di_sel(ws.cell(nomor, kolom_pagu).value, pagu, bm.target):
            lama = tampil_rupiah(bm.target)
            self.galat(sel(self.berkas, ws.title, nomor, kolom_pagu), bm.id, f"pagu diubah dari {lama} menjadi "
                       f"{tampil_rupiah(pagu)}; sel ini terkunci: kembalikan menjadi {lama} (pagu diubah di Perjanjian "
                       f"Kinerja {self.meta.tahun}, folder pk/)", "excel-pagu")
        if bm.id not in self.kegiatan:
            self.galat(sel(self.berkas, ws.title, nomor, 1), bm.id, f"kegiatan '{bm.id}' tidak ada lagi di Perjanjian "
                       f"Kinerja {self.meta.tahun}; ekspor ulang buku kerja dari konten yang sekarang", "excel-iku-berubah")
            return
        kolom = NOMOR_ANGGARAN["realisasi"]
        tempat = sel(self.berkas, ws.title, nomor, kolom)
        teks = self._rupiah(ws, nomor, kolom)
        if isinstance(teks, SelError):
            self.galat(tempat, bm.id, f"realisasi anggaran {teks}", "excel-nilai")
            return
        lama = bm.isian["realisasi"]
        if sama_di_sel(ws.cell(nomor, kolom).value, teks, lama):
            return
        if teks:
            nilai = baca_rupiah(teks)
            if not isinstance(nilai, Decimal):
                self.galat(tempat, bm.id, f"realisasi anggaran {nilai}", "excel-nilai")
                return
            batas = baca_rupiah(bm.target)
            if isinstance(batas, Decimal) and nilai > batas:
                self.p.peringatan(tempat, bm.id, f"realisasi anggaran {fmt.rupiah(nilai)} melebihi pagu {fmt.rupiah(batas)}; "
                                  "periksa angkanya", "excel-melebihi-pagu")
        self.perubahan.append(Perubahan(bm.id, "realisasi", lama, teks, tempat, ANGGARAN))

    @staticmethod
    def _rupiah(ws: Worksheet, nomor: int, kolom: int) -> str | SelError:
        sel_ = ws.cell(nomor, kolom)
        try:
            return teks_rupiah_sel(sel_.value)
        except SelError as exc:
            return exc


def baca_buku(berkas: Path, konten: m.Konten, p: Pemeriksa) -> tuple[Meta | None, list[Perubahan]]:
    """The export's record and the cells a unit changed; every problem goes
    to ``p`` (nothing is trusted when there is an error)."""
    try:
        wb = buka_buku(berkas)
        meta = baca_meta(wb)
    except (ValueError, MetaError) as exc:
        p.galat(sel(berkas), "", str(exc), "excel-berkas")
        return None, []
    baca = _Pembaca(berkas, wb, meta, konten, p)
    baca.periksa_asal()
    if not p.ada_galat:
        baca.baca_lembar()
    return meta, baca.perubahan
