"""``naskah excel ekspor --iku``: the whole IKU for review (Bagian
Organisasi, Bappeda): one read-only sheet per unit, one row per indicator
with its kondisi awal, the target of every year of the unit's period and
its kondisi akhir."""

from __future__ import annotations

import hashlib
import json

from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.workbook.workbook import Workbook

from ..hitung.iku import kondisi_akhir
from ..hitung.skala import muat_skala
from ..muat import model as m
from .model import BARIS_AWAL, BARIS_JUDUL, LEMBAR_PETUNJUK, identitas_instansi, nama_lembar, teks_nilai, urutan_unit
from .paket import atur_properti, buku_bytes
from .petunjuk import LANGKAH_IKU, tulis_petunjuk
from .tata import atur_cetak, lebarkan, lindungi, tulis_judul, tulis_kepala, tulis_sel

_SEBELUM = ("Kode", "Sasaran", "Indikator", "Satuan", "Arah", "Skala", "Kondisi Awal")
_SESUDAH = ("Kondisi Akhir", "Cara Hitung", "Penanggung Jawab", "Sumber Data")
_LEBAR_SEBELUM = (18, 40, 45, 12, 8, 22, 14)
_LEBAR_SESUDAH = (14, 50, 20, 25)
_LEBAR_TAHUN = 14


def _baris_iku(ind: m.Indikator, sasaran: m.Sasaran, tahun: list[int], skala: dict) -> list[str]:
    sk = skala.get(ind.skala) if ind.skala else None
    return [
        ind.id, sasaran.kinerja_utama, ind.nama, ind.satuan, ind.arah, sk.nama if sk else (ind.skala or ""),
        teks_nilai(ind.kondisi_awal),
        *(teks_nilai(ind.target.get(t)) for t in tahun),
        teks_nilai(kondisi_akhir(ind)), ind.cara_hitung or "", ind.penanggung_jawab or "", ind.sumber_data or "",
    ]


def _lembar_iku(wb: Workbook, nama: str, unit: m.Unit, judul_instansi: str, skala: dict) -> list[list[str]]:
    ws = wb.create_sheet(nama)
    tahun = unit.periode.tahun
    tulis_judul(ws, [
        f"Indikator Kinerja Utama {unit.periode.awal}-{unit.periode.akhir}",
        unit.nama,
        f"{judul_instansi}. Hanya untuk dibaca; perubahan dilakukan di konten.",
    ])
    tulis_kepala(ws, BARIS_JUDUL, [*_SEBELUM, *(f"Target {t}" for t in tahun), *_SESUDAH])
    data = [_baris_iku(ind, s, tahun, skala) for s in unit.semua_sasaran() for ind in s.indikator]
    for nomor, isi in enumerate(data, start=BARIS_AWAL):
        for kolom, teks in enumerate(isi, start=1):
            tulis_sel(ws, nomor, kolom, teks)
    lebar = [*_LEBAR_SEBELUM, *([_LEBAR_TAHUN] * len(tahun)), *_LEBAR_SESUDAH]
    lebarkan(ws, dict(enumerate(lebar, start=1)), BARIS_JUDUL)
    atur_cetak(ws, BARIS_JUDUL)
    lindungi(ws)
    return data


def buku_iku(konten: m.Konten) -> bytes:
    """The IKU workbook as .xlsx bytes (the same bytes for the same content)."""
    skala = muat_skala()
    instansi = identitas_instansi(konten.instansi)
    unit = urutan_unit(konten)
    dipakai: set[str] = set()
    nama = [nama_lembar(u.nama, dipakai) for u in unit]
    wb = Workbook()
    wb.active.title = LEMBAR_PETUNJUK
    tulis_petunjuk(wb.active, ["Indikator Kinerja Utama", instansi, "Dibuat dengan: naskah excel ekspor --iku"], LANGKAH_IKU,
                   [(n, u.nama, f"{len(u.semua_indikator())} indikator") for n, u in zip(nama, unit, strict=True)])
    lindungi(wb.active)
    isi = [[n, u.id, _lembar_iku(wb, n, u, instansi, skala)] for n, u in zip(nama, unit, strict=True)]
    wb.security = WorkbookProtection(lockStructure=True)
    sidik = hashlib.sha256(json.dumps([instansi, isi], ensure_ascii=False).encode("utf-8")).hexdigest()
    atur_properti(wb, "Indikator Kinerja Utama", {"naskah_jenis": "iku", "naskah_sidik_konten": sidik})
    return buku_bytes(wb)
