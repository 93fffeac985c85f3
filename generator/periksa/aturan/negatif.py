"""Values below zero. Most indicators count or score something and cannot
go below zero; a rate of change can (a growth rate of -1,5%). An indicator
says so with ``boleh_negatif: ya``; every other negative value, in the
indicator itself, in a year's realisasi or in a Perjanjian Kinerja target,
is an error at its place."""

from __future__ import annotations

from ...dasar import format as fmt
from ...dasar.galat import Lokasi
from ...dasar.nilai import Nilai
from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa
from .indikator import nilai_berjalur, tempat_nilai


def periksa_negatif(konten: m.Konten, p: Pemeriksa) -> None:
    """Every value below zero of an indicator without ``boleh_negatif``."""
    per_id = {ind.id: ind for _, ind in konten.semua_indikator()}
    for unit in konten.unit.values():
        for jalur, ind in unit.indikator_berjalur():
            for bidang, label, kunci, nilai in nilai_berjalur(ind):
                tempat, jalur_nilai = tempat_nilai(ind, jalur, bidang, kunci)
                _nilai(nilai, ind, label, tempat, jalur_nilai, p)
    for tahun, r in konten.realisasi.items():
        for iid, isi in r.indikator.items():
            for bidang in ("realisasi", "standar_nasional"):
                nilai = getattr(isi, bidang)
                label = f"{bidang.replace('_', ' ')} {tahun}"
                _nilai(nilai, per_id.get(iid), label, isi.lokasi_dari(bidang), f"indikator.{iid}.{bidang}", p)
    for pk in konten.pk:
        for uid, isi in pk.unit.items():
            for iid, t in isi.target.items():
                _nilai(t.nilai, per_id.get(iid), f"target {pk.nama}", t.lokasi_dari("nilai"),
                       f"unit.{uid}.target.{iid}.nilai", p)
            for iid, ra in isi.rencana_aksi.items():
                for k, v in enumerate(ra.tw, start=1):
                    _nilai(v, per_id.get(iid), f"Rencana Aksi TW {fmt.romawi(k)}", ra.lokasi_butir("tw", k),
                           f"unit.{uid}.rencana_aksi.{iid}.tw[{k}]", p)


def _nilai(nilai: Nilai | None, ind: m.Indikator | None, label: str, tempat: Lokasi | None, jalur: str, p: Pemeriksa) -> None:
    if nilai is None or ind is None or ind.boleh_negatif or nilai.angka >= 0:
        return  # an unknown indicator id is reported by validasi
    p.galat(
        tempat,
        jalur,
        f"{label} ({nilai.teks.strip() or nilai.tampil()}) di bawah nol, padahal indikator '{ind.id}' tidak boleh bernilai "
        "negatif; periksa angkanya, atau tulis boleh_negatif: ya pada indikator itu bila nilainya memang dapat di bawah "
        "nol (misalnya laju pertumbuhan)",
        "negatif",
    )
