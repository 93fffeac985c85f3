"""LKjIP computations: capaian, bands, comparisons, budget absorption.

Pure functions (capaian as in the Laporan Kinerja, PermenPAN-RB 53/2014;
capaian bands, Permendagri 86/2017): no I/O and no formatting. Every number
returned is a ``Decimal`` (or ``None`` where a value cannot be computed); the
caller formats it with ``generator.dasar.format``. Strings returned
(``keterangan``, band names) and error messages are Indonesian because a
user may read them.

Arithmetic
----------
Inputs are ``Decimal`` or ``int``; a ``float`` is refused (``TypeError``)
because it has already lost the decimals that were written, and NaN or
infinity are refused (``ValueError``). All arithmetic runs in the module's
own decimal context ``KONTEKS`` (28 significant digits, ROUND_HALF_EVEN), so
the result does not depend on the caller's global context:

* sums, differences and products of the values written are exact;
* a quotient that terminates is exact (``84 * 100 / 80 = 105``);
* a quotient that does not terminate is carried to 28 significant digits
  (``82,55 * 100 / 82,53 = 100,0242336120198715618562947``);
* nothing is quantized: deciding how many decimals to print is the
  caller's job.

Percentages are multiplied by 100 *before* the division, so a quotient that
terminates is never disturbed by an intermediate rounding.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from ..dasar.desimal import desimal_terhingga
from .skala import Skala

#: Decimal context for every computation in this module.
KONTEKS = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

#: Directions of an indicator (``Indikator.arah``).
NAIK = "naik"  # higher is better
TURUN = "turun"  # lower is better
ARAH = (NAIK, TURUN)

#: Extra rows of ``Ringkasan.jumlah_per_pita`` after the bands of the scale.
TIDAK_DAPAT_DIHITUNG = "tidak dapat dihitung"
BELUM_ADA_DATA = "belum ada data"

_SERATUS = Decimal(100)
_NOL = Decimal(0)


# --------------------------------------------------------------------------
# input checks


def _desimal(x: object, nama: str) -> Decimal:
    """``x`` as a finite Decimal; TypeError for float/bool/other, ValueError
    for NaN or infinity (messages in Indonesian)."""
    return desimal_terhingga(
        x,
        nama,
        "{nama} harus berupa Decimal atau bilangan bulat (bukan float), agar angka desimalnya tidak berubah",
        "{nama} bukan angka terhingga",
    )


def _tak_negatif(x: object, nama: str) -> Decimal:
    """Like ``_desimal`` and also refuse a negative value (ValueError)."""
    d = _desimal(x, nama)
    if d < 0:
        raise ValueError(f"{nama} tidak boleh negatif")
    return d


def _periksa_arah(arah: object) -> str:
    """``arah`` must be ``"naik"`` or ``"turun"``; else ValueError."""
    if arah not in ARAH:
        raise ValueError(
            f"arah '{arah}' tidak dikenal: tulis naik (makin tinggi makin baik) "
            "atau turun (makin rendah makin baik)"
        )
    return arah  # type: ignore[return-value]


def _persen(pembilang: Decimal, penyebut: Decimal) -> Decimal:
    """``pembilang * 100 / penyebut`` in ``KONTEKS`` (penyebut is not 0)."""
    return KONTEKS.divide(KONTEKS.multiply(pembilang, _SERATUS), penyebut)


# --------------------------------------------------------------------------
# capaian


@dataclass(frozen=True)
class Capaian:
    """A capaian in percent, or why it cannot be given as one.

    ``nilai`` is the percentage as computed (not rounded, not clamped), None
    when no percentage exists; ``keterangan`` explains a special case (target
    0) and is None for the ordinary formula.
    """

    nilai: Decimal | None
    keterangan: str | None = None


def _capaian(acuan: object, realisasi: object, arah: object, nama: str) -> Capaian:
    """The capaian of ``realisasi`` against ``acuan`` (target, end-of-period
    target or national standard, named ``nama`` in the messages).

    See ``hitung_capaian`` for the formulas and the special cases.
    """
    arah = _periksa_arah(arah)
    t = _desimal(acuan, nama)
    r = _desimal(realisasi, "realisasi")
    if t.is_zero():
        if r.is_zero():
            return Capaian(_SERATUS, f"{nama} 0 tercapai")
        if (r > 0) == (arah == NAIK):
            return Capaian(
                None,
                f"{nama} 0, realisasi melampaui {nama}; "
                "capaian tidak dapat dihitung sebagai persentase",
            )
        return Capaian(
            None,
            f"{nama} 0 tidak tercapai; capaian tidak dapat dihitung sebagai persentase",
        )
    # Below zero the two formulas change places (see hitung_capaian).
    if (arah == NAIK) == (t > 0):
        return Capaian(_persen(r, t))
    return Capaian(_persen(KONTEKS.subtract(KONTEKS.multiply(2, t), r), t))


def hitung_capaian(target: Decimal, realisasi: Decimal, arah: str) -> Capaian:
    """The capaian of one indicator in percent (PermenPAN-RB 53/2014, Laporan Kinerja).

    Formulas, with T the target and R the realisasi:

    * ``arah == "naik"`` (higher is better): ``capaian = R / T x 100``,
      computed as ``R x 100 / T``;
    * ``arah == "turun"`` (lower is better): ``capaian = (2T - R) / T x 100``,
      computed as ``(2T - R) x 100 / T``. R = 0 gives 200; R = 2T gives 0.

    The result is kept as computed, not clamped: above 100 stays above 100
    (``84 / 80 x 100 = 105``), and a lower-is-better realisasi above twice the
    target gives a *negative* capaian (``(2 x 10 - 25) / 10 x 100 = -50``),
    which the capaian scale puts in its lowest band. Clamping would hide how
    far the realisasi missed.

    Target 0 (the formulas would divide by zero) is decided explicitly, never
    a crash and never a silent 0:

    * R = 0: the target is met exactly -> ``nilai`` 100,
      ``keterangan`` "target 0 tercapai";
    * R > 0, naik: more than the target ->
      ``nilai`` None, ``keterangan`` "target 0, realisasi melampaui target;
      capaian tidak dapat dihitung sebagai persentase";
    * R > 0, turun: the target (none at all) is missed ->
      ``nilai`` None, ``keterangan`` "target 0 tidak tercapai; capaian tidak
      dapat dihitung sebagai persentase".

    The keterangan does not repeat R: it carries no number so that nothing
    here needs formatting; the report shows R in its own column.

    Values below zero (an indicator declared ``boleh_negatif``, such as a
    growth rate; the checks refuse them elsewhere) use the general form
    ``capaian = (1 + (R - T) / |T|) x 100`` for naik and
    ``(1 + (T - R) / |T|) x 100`` for turun, which is the formula above for
    T > 0. For T < 0 it reads ``(2T - R) x 100 / T`` for naik and
    ``R x 100 / T`` for turun: the two formulas change places. A growth
    target of -2 with a realisasi of -1 (naik) is 150; with -3 it is 50.
    With T = 0 a realisasi on the good side (above 0 for naik, below 0 for
    turun) "melampaui", on the other side "tidak tercapai", as above.

    Errors (messages in Indonesian): ValueError for an ``arah`` other than
    ``"naik"``/``"turun"`` and for NaN or infinity; TypeError for a float.
    """
    return _capaian(target, realisasi, arah, "target")


def kemajuan_akhir_periode(target_akhir: Decimal, realisasi: Decimal, arah: str) -> Capaian:
    """Progress of the realisasi so far towards the end-of-period target.

    Same formulas and special cases as ``hitung_capaian`` with T the target of
    the last year of the period (kondisi akhir): naik ``R x 100 / T``, turun
    ``(2T - R) x 100 / T``. Messages name it "target akhir periode"
    (``keterangan`` "target akhir periode 0 tercapai", ...).
    """
    return _capaian(target_akhir, realisasi, arah, "target akhir periode")


def banding_standar(standar: Decimal, realisasi: Decimal, arah: str) -> Capaian:
    """The realisasi against the national standard, in percent.

    Same formulas and special cases as ``hitung_capaian`` with T the
    standard: naik ``R x 100 / T``, turun ``(2T - R) x 100 / T``. Messages
    name it "standar nasional" (``keterangan`` "standar nasional 0 tercapai",
    ...).
    """
    return _capaian(standar, realisasi, arah, "standar nasional")


def pita_capaian(nilai: Decimal | None, skala: Skala) -> str | None:
    """The band name of a capaian on the ``capaian`` scale, None for None.

    ``skala.predikat(nilai)``: with the packaged scale (Permendagri 86/2017
    practice) >90 Sangat Tinggi, >75-90 Tinggi, >65-75 Sedang, >50-65 Rendah,
    otherwise (50 and below, negatives included) Sangat Rendah. A band's
    upper edge belongs to it: exactly 90 is Tinggi.
    """
    if nilai is None:
        return None
    return skala.predikat(_desimal(nilai, "capaian"))


def predikat_skor(nilai: Decimal, skala: Skala) -> str:
    """The predicate of a scored realisasi (SAKIP, IPP, IKM): ``skala.predikat``.

    ``predikat_skor(Decimal("70.4"), sakip) == "BB"``; ValueError (Indonesian)
    outside the scale's range.
    """
    return skala.predikat(_desimal(nilai, "nilai"))


# --------------------------------------------------------------------------
# comparisons across years


@dataclass(frozen=True)
class Perbandingan:
    """One year of the multi-year comparison.

    ``realisasi`` and ``capaian`` are None when the year has no realisasi.
    """

    tahun: int
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Capaian | None


def perbandingan_tahunan(
    target: dict[int, Decimal],
    realisasi: dict[int, Decimal],
    arah: str,
    sampai: int,
) -> list[Perbandingan]:
    """Target, realisasi and capaian of each year of ``target`` up to ``sampai``.

    One row per year of ``target`` with ``tahun <= sampai``, in ascending
    year order; ``capaian = hitung_capaian(target[tahun], realisasi[tahun],
    arah)``. A year without realisasi gives ``realisasi`` None and
    ``capaian`` None ("belum ada data"). Years that appear only in
    ``realisasi`` are not listed (validation reports them).
    """
    _periksa_arah(arah)
    baris = []
    for tahun in sorted(target):
        if tahun > sampai:
            continue
        t = _desimal(target[tahun], f"target {tahun}")
        if tahun in realisasi:
            r = _desimal(realisasi[tahun], f"realisasi {tahun}")
            baris.append(Perbandingan(tahun, t, r, hitung_capaian(t, r, arah)))
        else:
            baris.append(Perbandingan(tahun, t, None, None))
    return baris


# --------------------------------------------------------------------------
# budget


@dataclass(frozen=True)
class Serapan:
    """Budget absorption: pagu and realisasi in Rupiah, absorption in percent
    (None when the pagu is 0), sisa = pagu - realisasi (negative when the
    realisasi exceeds the pagu)."""

    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    sisa: Decimal


def serapan(pagu: Decimal, realisasi: Decimal) -> Serapan:
    """Absorption of one program or kegiatan.

    ``persen = realisasi x 100 / pagu`` (kept above 100 when the realisasi
    exceeds the pagu), ``sisa = pagu - realisasi`` (negative then).
    Pagu 0: ``persen`` None, since there is nothing to absorb (a realisasi
    above a zero pagu shows as a negative sisa). A negative amount is a
    ValueError (Indonesian).
    """
    p = _tak_negatif(pagu, "pagu anggaran")
    r = _tak_negatif(realisasi, "realisasi anggaran")
    persen = None if p.is_zero() else _persen(r, p)
    return Serapan(p, r, persen, KONTEKS.subtract(p, r))


def serapan_total(daftar: list[tuple[Decimal, Decimal]]) -> Serapan:
    """Total absorption of several (pagu, realisasi) pairs.

    ``serapan(sum of pagu, sum of realisasi)``: the percentage of the totals,
    not the mean of the percentages (a large program weighs more). An empty
    list gives pagu 0, realisasi 0, persen None, sisa 0.
    """
    total_pagu = _NOL
    total_realisasi = _NOL
    for i, (pagu, realisasi) in enumerate(daftar, 1):
        total_pagu = KONTEKS.add(total_pagu, _tak_negatif(pagu, f"pagu anggaran baris ke-{i}"))
        total_realisasi = KONTEKS.add(
            total_realisasi, _tak_negatif(realisasi, f"realisasi anggaran baris ke-{i}")
        )
    return serapan(total_pagu, total_realisasi)


def efisiensi(capaian_persen: Decimal | None, serapan_persen: Decimal | None) -> Decimal | None:
    """Tingkat efisiensi of resources, in percent.

    Formula: ``efisiensi = (1 - serapan / capaian) x 100
    = 100 - serapan x 100 / capaian``, both in percent.

    Why this one: it is the "tingkat efisiensi" used in many LKjIP
    (``E = (1 - (realisasi anggaran / pagu) / (realisasi kinerja / target
    kinerja)) x 100%``); it is a percentage like the rest of the report and
    its sign reads directly: positive = the result was reached with
    proportionally less budget (efficient), 0 = budget and result in
    proportion, negative = more budget than result. Examples:
    capaian 100, serapan 80 -> 20; capaian 80, serapan 100 -> -25.

    Special cases, never a crash:

    * ``capaian_persen`` None, 0 or negative -> None: the division by capaian
      is undefined at 0, and a negative capaian (lower-is-better realisasi
      above twice the target) would flip the sign and read as efficient;
    * ``serapan_persen`` None -> None (pagu 0, no absorption);
    * ``serapan_persen`` 0 with a positive capaian -> 100 (the result was
      reached without spending);
    * a negative ``serapan_persen`` is a ValueError (Indonesian).
    """
    if capaian_persen is None or serapan_persen is None:
        return None
    c = _desimal(capaian_persen, "capaian")
    s = _tak_negatif(serapan_persen, "serapan anggaran")
    if c <= 0:
        return None
    return KONTEKS.subtract(_SERATUS, _persen(s, c))


# --------------------------------------------------------------------------
# summary for the Ikhtisar Eksekutif


@dataclass(frozen=True)
class Ringkasan:
    """How the indicators of a report are spread over the capaian bands.

    ``jumlah_per_pita``: every band of the scale in scale order (highest
    first, count 0 included), then ``"tidak dapat dihitung"`` (capaian
    without a percentage, e.g. target 0 missed) and ``"belum ada data"`` (no
    realisasi yet). ``tertinggi`` / ``terendah``: the ids of the indicators
    with the highest / lowest computable capaian, all of them on a tie, in
    input order; empty when no capaian is computable.
    """

    jumlah_per_pita: dict[str, int]
    tertinggi: list[str]
    terendah: list[str]


def ringkas(capaian_per_indikator: dict[str, Capaian | None], skala: Skala) -> Ringkasan:
    """The summary of the Ikhtisar Eksekutif.

    For each indicator id: ``None`` (no realisasi yet) counts under "belum
    ada data"; a ``Capaian`` with ``nilai`` None counts under "tidak dapat
    dihitung"; otherwise it counts under ``pita_capaian(nilai, skala)``.
    ``tertinggi = [id | nilai == max(nilai)]`` and ``terendah = [id | nilai
    == min(nilai)]`` over the computable capaian (Decimal equality, so 105
    and 105,00 tie); with one computable capaian it is both. A band named
    like one of the two extra rows is a ValueError.
    """
    nama_pita = [p.predikat for p in skala.pita]
    for tambahan in (TIDAK_DAPAT_DIHITUNG, BELUM_ADA_DATA):
        if tambahan in nama_pita:
            raise ValueError(
                f"skala {skala.nama} memiliki pita bernama '{tambahan}', "
                "yang dipakai untuk ringkasan; ganti nama pitanya"
            )
    jumlah = {nama: 0 for nama in nama_pita}
    jumlah[TIDAK_DAPAT_DIHITUNG] = 0
    jumlah[BELUM_ADA_DATA] = 0
    terhitung: list[tuple[str, Decimal]] = []
    for ident, cap in capaian_per_indikator.items():
        if cap is None:
            jumlah[BELUM_ADA_DATA] += 1
        elif cap.nilai is None:
            jumlah[TIDAK_DAPAT_DIHITUNG] += 1
        else:
            nilai = _desimal(cap.nilai, f"capaian {ident}")
            jumlah[skala.predikat(nilai)] += 1
            terhitung.append((ident, nilai))
    if not terhitung:
        return Ringkasan(jumlah, [], [])
    maks = max(n for _, n in terhitung)
    mins = min(n for _, n in terhitung)
    return Ringkasan(
        jumlah,
        [i for i, n in terhitung if n == maks],
        [i for i, n in terhitung if n == mins],
    )
