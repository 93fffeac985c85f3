"""The values of one LKjIP indicator, computed once (:class:`Hasil`), and
the forms the report shows them in; the image and Word-content values the
renderer binds to the template."""

from __future__ import annotations

from dataclasses import dataclass

from ..dasar import format as fmt
from ..dasar.nilai import Nilai
from ..hitung import capaian as cp
from ..hitung.perjanjian import target_tahun
from ..hitung.skala import Skala
from ..muat import model as m
from ..word.grafik import LEBAR_CM
from .keputusan import tampil_nilai


@dataclass(frozen=True)
class Gambar:
    """An image (JPEG or PNG bytes) for the template, ``lebar_cm`` wide."""

    data: bytes
    lebar_cm: float = LEBAR_CM


@dataclass(frozen=True)
class Sisipan:
    """Word content (a .docx made by pandoc) inserted in place of a paragraph."""

    docx: bytes


def persen(c: cp.Capaian | None) -> str:
    """A capaian as a table cell shows it: the percentage, or two or three
    words why there is none (the sentences under the indicator explain a
    target of 0 in full)."""
    if c is None:
        return cp.BELUM_ADA_DATA
    if c.nilai is None:
        return cp.TIDAK_DAPAT_DIHITUNG
    return fmt.persen(c.nilai, desimal=2)


def tampil(nilai: Nilai | None, ind: m.Indikator, skala: dict[str, Skala]) -> str:
    if nilai is None:
        return cp.BELUM_ADA_DATA
    return tampil_nilai(nilai, ind, skala)


@dataclass
class Hasil:
    """One indicator of the report, computed."""

    unit: m.Unit
    sasaran: m.Sasaran
    ind: m.Indikator
    target: Nilai | None
    realisasi: Nilai | None
    capaian: cp.Capaian | None
    isi: m.CapaianIndikator | None
    riwayat: dict[int, Nilai]  # the realisasi of each year up to the report's


def target_pada(konten: m.Konten, ind: m.Indikator, tahun: int) -> Nilai | None:
    """The target of a year: the latest Perjanjian Kinerja's, else the IKU's."""
    return target_tahun(konten, ind, tahun)


def realisasi_per_tahun(konten: m.Konten, iid: str, sampai: int) -> dict[int, Nilai]:
    hasil = {}
    for tahun, r in sorted(konten.realisasi.items()):
        if tahun <= sampai and iid in r.indikator and r.indikator[iid].realisasi is not None:
            hasil[tahun] = r.indikator[iid].realisasi
    return hasil
