"""``naskah excel ekspor TAHUN``: the workbook in which every unit fills in
the year's realisasi: a Petunjuk sheet, one sheet per unit (one row per
indicator; only Realisasi, Penjelasan and Standar Nasional unlocked, each
with its input message and validation), the Anggaran sheet when the year
has a Perjanjian Kinerja (``lembar_anggaran``), and the hidden record the
import reads back (``meta``)."""

from __future__ import annotations

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..dasar.galat import NaskahError
from ..hitung.skala import Skala, muat_skala
from ..muat import model as m
from ..tulis.transaksi import sha256
from .anggaran import BarisAnggaran, baris_anggaran, sidik_anggaran
from .lembar_anggaran import tulis_lembar_anggaran
from .meta import meta_dari, tulis_meta
from .model import (
    BARIS_AWAL,
    BARIS_JUDUL,
    KOLOM,
    LEMBAR_ANGGARAN,
    LEMBAR_PETUNJUK,
    NOMOR_KOLOM,
    Baris,
    Lembar,
    berkas_realisasi,
    identitas_instansi,
    lembar_realisasi,
    sidik_konten,
)
from .nilai import contoh
from .paket import atur_properti, buku_bytes
from .petunjuk import LANGKAH_ANGGARAN, LANGKAH_REALISASI, tulis_petunjuk
from .tata import atur_cetak, lebarkan, lindungi, tulis_judul, tulis_kepala, tulis_sel

# Widest a column grows (characters) before its text wraps.
BATAS_LEBAR = {1: 18, 2: 40, 3: 45, 4: 12, 5: 8, 6: 16, 7: 18, 8: 60, 9: 16}
# Excel's limits: text in a cell; title and text of an input or error message.
BATAS_SEL = 32767
BATAS_JUDUL_PESAN, BATAS_PESAN = 32, 255


def _potong(teks: str, batas: int) -> str:
    return teks if len(teks) <= batas else teks[: batas - 1] + "\u2026"


def _daftar_predikat(sk: Skala) -> str | None:
    """The list formula of a scale's predicates; None when one cannot be listed."""
    predikat = [p.predikat for p in sk.pita]
    if any("," in p or '"' in p for p in predikat):
        return None
    rumus = '"' + ",".join(predikat) + '"'
    return rumus if len(rumus) <= BATAS_PESAN else None


def _validasi_nilai(b: Baris, kunci: str, tahun: int, skala: dict[str, Skala]) -> DataValidation:
    """A realisasi or standar nasional cell: the scale's predicates as a
    suggestion list, else a number (a warning, not a refusal: text such as
    "93,75%" or "12 Laporan" is valid content, and an Excel that uses a
    decimal point reads "93,75" as text)."""
    ind = b.ind
    bentuk = contoh(ind, skala)
    sk = skala.get(ind.skala) if ind.skala else None
    label = "Realisasi" if kunci == "realisasi" else "Standar nasional"
    awal = f"Target {tahun}: {b.target or '-'}. " if kunci == "realisasi" else "Isi bila ada standar nasional. "
    rumus = _daftar_predikat(sk) if sk is not None else None
    if rumus is not None:
        dv = DataValidation(type="list", formula1=rumus, allow_blank=True, showErrorMessage=False)
        pesan = f"{awal}Tulis angkanya, boleh dengan predikat {sk.nama}: {bentuk}."
    else:
        batas = {"operator": "greaterThanOrEqual", "formula1": "0"} if not ind.boleh_negatif else {
            "operator": "between", "formula1": "-1E+15", "formula2": "1E+15"}
        dv = DataValidation(type="decimal", allow_blank=True, showErrorMessage=True, errorStyle="warning", **batas)
        dv.errorTitle = "Bukan angka"
        dv.error = (f"Isian ini tidak terbaca sebagai angka oleh program lembar kerja. Tulis misalnya {bentuk}. "
                    "Pilih Ya/Yes untuk tetap memakai ketikan ini (naskah membacanya dengan koma desimal).")
        pesan = f"{awal}Tulis {bentuk} (koma untuk desimal)."
    dv.showInputMessage = True
    dv.promptTitle = _potong(f"{label} {ind.id}", BATAS_JUDUL_PESAN)
    dv.prompt = _potong(pesan, BATAS_PESAN)
    dv.error = _potong(dv.error or "", BATAS_PESAN) or None
    return dv


def _validasi_penjelasan() -> DataValidation:
    dv = DataValidation(allow_blank=True, showInputMessage=True)
    dv.promptTitle = "Penjelasan"
    dv.prompt = "Sebab keberhasilan atau kegagalan pencapaian kinerja, dan upaya perbaikannya."
    return dv


def _periksa_panjang(lembar: list[Lembar]) -> None:
    for lb in lembar:
        for b in lb.baris:
            for k in KOLOM:
                if len(b.nilai(k.kunci)) > BATAS_SEL:
                    raise NaskahError(f"{b.id}: {k.judul.lower()} lebih dari {BATAS_SEL} karakter, "
                                      "melebihi isi satu sel Excel; pendekkan di konten")


def _lembar_unit(wb: Workbook, lb: Lembar, tahun: int, skala: dict[str, Skala]) -> Worksheet:
    ws = wb.create_sheet(lb.nama)
    tulis_judul(ws, [
        f"Realisasi Kinerja Tahun {tahun}",
        lb.unit.nama,
        f"Isi sel berwarna kuning (Realisasi, Penjelasan, Standar Nasional); petunjuk lengkap di lembar {LEMBAR_PETUNJUK}.",
    ])
    tulis_kepala(ws, BARIS_JUDUL, [k.judul for k in KOLOM])
    penjelasan = _validasi_penjelasan()
    ws.add_data_validation(penjelasan)
    for nomor, b in enumerate(lb.baris, start=BARIS_AWAL):
        for kolom, k in enumerate(KOLOM, start=1):
            tulis_sel(ws, nomor, kolom, b.nilai(k.kunci), isian=k.isian)
        for kunci in ("realisasi", "standar_nasional"):
            dv = _validasi_nilai(b, kunci, tahun, skala)
            ws.add_data_validation(dv)
            dv.add(ws.cell(nomor, NOMOR_KOLOM[kunci]))
        penjelasan.add(ws.cell(nomor, NOMOR_KOLOM["penjelasan"]))
    lebarkan(ws, BATAS_LEBAR, BARIS_JUDUL)
    atur_cetak(ws, BARIS_JUDUL)
    lindungi(ws)
    return ws


def _petunjuk(wb: Workbook, tahun: int, instansi: str, lembar: list[Lembar], anggaran: list[BarisAnggaran]) -> None:
    daftar = [(lb.nama, lb.unit.nama, f"{len(lb.baris)} indikator") for lb in lembar]
    langkah = LANGKAH_REALISASI
    if anggaran:
        daftar.append((LEMBAR_ANGGARAN, LEMBAR_ANGGARAN, f"{len(anggaran)} kegiatan"))
        langkah = (*LANGKAH_REALISASI[:-1], *LANGKAH_ANGGARAN, LANGKAH_REALISASI[-1])
    wb.active.title = LEMBAR_PETUNJUK
    judul = [f"Petunjuk Pengisian Realisasi Kinerja Tahun {tahun}", instansi, f"Dibuat dengan: naskah excel ekspor {tahun}"]
    tulis_petunjuk(wb.active, judul, langkah, daftar)


def buku_realisasi(konten: m.Konten, tahun: int) -> bytes:
    """The realisasi workbook of ``tahun`` as .xlsx bytes (the same bytes
    for the same content)."""
    lembar = lembar_realisasi(konten, tahun)
    if not lembar:
        periode = sorted({t for u in konten.unit.values() for t in u.periode.tahun})
        rentang = f"{periode[0]}-{periode[-1]}" if periode else "-"
        raise NaskahError(f"tidak ada unit yang periodenya mencakup tahun {tahun} (periode di konten: {rentang})")
    _periksa_panjang(lembar)
    anggaran = baris_anggaran(konten, tahun)
    skala = muat_skala()
    wb = Workbook()
    instansi = identitas_instansi(konten.instansi)
    _petunjuk(wb, tahun, instansi, lembar, anggaran)
    for lb in lembar:
        _lembar_unit(wb, lb, tahun, skala)
    if anggaran:
        tulis_lembar_anggaran(wb, anggaran, tahun)
    berkas = berkas_realisasi(konten, tahun)
    sidik_r = sha256(berkas.read_bytes()) if berkas.is_file() else ""
    sidik_k = sidik_konten(konten, tahun, lembar, sidik_anggaran(anggaran))
    tulis_meta(wb, meta_dari(tahun, instansi, (sidik_k, sidik_r), lembar, anggaran, BARIS_AWAL))
    atur_properti(wb, f"Realisasi Kinerja Tahun {tahun}", {
        "naskah_tahun": str(tahun), "naskah_sidik_konten": sidik_k, "naskah_sidik_realisasi": sidik_r})
    return buku_bytes(wb)
