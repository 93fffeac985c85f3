"""The sentences under each indicator of the LKjIP (Bab III A): this year
against its target, against last year, against the end-of-period target and
against a national standard, in the wording of ``data/kalimat_lkjip.yaml``.

A comparison reads by how far it goes: below 100% "telah mencapai" (at 0%
"belum menunjukkan kemajuan"), exactly 100% "telah memenuhi", above "telah
melampaui", below zero "masih jauh" or "di bawah nol", and
a reference of 0 (no percentage: the formulas of PermenPAN-RB 53/2014 divide
by it) says so in words instead of a percentage.
"""

from __future__ import annotations

from decimal import Decimal

from ..dasar.nilai import Nilai
from ..hitung import capaian as cp
from ..hitung.skala import Skala
from ..muat import model as m
from .lkjip_hasil import Hasil, persen, tampil
from .teks import data, isikan

_SERATUS = Decimal(100)


def _k() -> dict:
    return data("kalimat_lkjip")["capaian"]


def _lebih_baik(realisasi: Nilai, arah: str) -> bool:
    """Whether a realisasi is on the good side of a reference of 0."""
    return (realisasi.angka > 0) == (arah == cp.NAIK)


def _akhiran(c: cp.Capaian, baik: bool, *, kemajuan: bool) -> str:
    """The key suffix of a comparison's sentence (see the module docstring);
    progress (``kemajuan``) also says so at exactly 0% and 100%."""
    if c.nilai is None:
        return "_nol_melampaui" if baik else "_nol_belum"
    if c.nilai < 0:
        return "_negatif"
    if c.nilai > _SERATUS:
        return "_melampaui"
    if kemajuan and c.nilai in (0, _SERATUS):
        return "_tercapai" if c.nilai == _SERATUS else "_nol_persen"
    return ""


def kalimat_indikator(h: Hasil, lk: m.Lkjip, skala: dict[str, Skala], pita: Skala) -> list[str]:
    """The sentences of one indicator, in the order of the module docstring."""
    k = _k()
    ind, tahun = h.ind, lk.tahun
    if h.realisasi is None:
        return [isikan(k["belum_ada_data"], tahun=tahun, target=tampil(h.target, ind, skala))]
    kal = [_tahun_ini(h, tahun, skala, pita)]
    kal += _tahun_lalu(h, tahun, skala)
    akhir = max(ind.target)
    target_akhir = ind.kondisi_akhir or ind.target[akhir]
    kemajuan = cp.kemajuan_akhir_periode(target_akhir.angka, h.realisasi.angka, ind.arah)
    kunci = "akhir_periode" + _akhiran(kemajuan, _lebih_baik(h.realisasi, ind.arah), kemajuan=True)
    kal.append(isikan(k[kunci], tahun_akhir=akhir, target_akhir=tampil(target_akhir, ind, skala), tahun=tahun,
                      kemajuan=persen(kemajuan)))
    if h.isi is not None and h.isi.standar_nasional is not None:
        banding = cp.banding_standar(h.isi.standar_nasional.angka, h.realisasi.angka, ind.arah)
        kunci = "standar_nasional" + _akhiran(banding, _lebih_baik(h.realisasi, ind.arah), kemajuan=False)
        kal.append(isikan(k[kunci], standar=tampil(h.isi.standar_nasional, ind, skala), banding=persen(banding)))
    return kal


def _tahun_ini(h: Hasil, tahun: int, skala: dict[str, Skala], pita: Skala) -> str:
    """This year's realisasi against its target; a target of 0 in words."""
    k, ind = _k(), h.ind
    medan = dict(tahun=tahun, target=tampil(h.target, ind, skala), realisasi=tampil(h.realisasi, ind, skala),
                 capaian=persen(h.capaian))
    nol = h.target is not None and h.target.angka == 0
    if h.capaian is not None and h.capaian.nilai is None and nol:
        return isikan(k["tahun_ini" + _akhiran(h.capaian, _lebih_baik(h.realisasi, ind.arah), kemajuan=False)], **medan)
    if h.capaian is not None and h.capaian.nilai is not None:
        kunci = "tahun_ini_nol_tercapai" if nol else "tahun_ini_pita_negatif" if h.capaian.nilai < 0 else "tahun_ini_pita"
        return isikan(k[kunci], **medan, pita=cp.pita_capaian(h.capaian.nilai, pita))
    return isikan(k["tahun_ini"], **medan)


def _tahun_lalu(h: Hasil, tahun: int, skala: dict[str, Skala]) -> list[str]:
    """This year's capaian against the latest earlier year with a realisasi."""
    ind = h.ind
    lalu = {t: r for t, r in h.riwayat.items() if t < tahun}
    if not lalu:
        return []
    t_lalu = max(lalu)
    r_lalu = lalu[t_lalu]
    target_lalu = ind.target.get(t_lalu)
    c_lalu = cp.hitung_capaian(target_lalu.angka, r_lalu.angka, ind.arah) if target_lalu else None
    if not (c_lalu and c_lalu.nilai is not None and h.capaian and h.capaian.nilai is not None):
        return []
    k = _k()
    arah = k["naik"] if h.capaian.nilai > c_lalu.nilai else k["turun"] if h.capaian.nilai < c_lalu.nilai else k["sama"]
    return [isikan(k["tahun_lalu"], tahun_lalu=t_lalu, realisasi_lalu=tampil(r_lalu, ind, skala),
                   capaian_lalu=persen(c_lalu), arah=arah)]
