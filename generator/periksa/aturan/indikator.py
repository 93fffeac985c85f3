"""Domain checks of the values of an indicator: predicates against their
scale (the scales and their regulations: ``data/skala.yaml``), kondisi
akhir against the last target, percentages, the direction of the targets,
and a target far out of line with the other years."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from decimal import Decimal

from ...dasar import format as fmt
from ...dasar.galat import Lokasi
from ...dasar.nilai import Nilai
from ...hitung.skala import Skala
from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa

# A target far out of line (check ``target-pencilan``): a year's target more
# than PENCILAN_KALI times, or less than 1/PENCILAN_KALI of, the median of the
# indicator's other years. Needs at least PENCILAN_MIN_LAIN other years; a
# median of 0 (or below) gives no scale to compare with and is skipped.
PENCILAN_KALI = Decimal(3)
PENCILAN_MIN_LAIN = 2


def periksa_indikator(ind: m.Indikator, jalur: str, skala: dict[str, Skala], p: Pemeriksa) -> None:
    """Every value check of one indicator, ``jalur`` its dotted path."""
    _nilai_skala(ind, jalur, skala, p)
    _kondisi_akhir(ind, jalur, p)
    _persen(ind, jalur, p)
    _arah(ind, jalur, p)
    _pencilan(ind, jalur, p)


def nilai_berjalur(ind: m.Indikator) -> Iterator[tuple[str, str, str | int, Nilai]]:
    """(field, label for messages, key inside the field or '', value)."""
    if ind.kondisi_awal is not None:
        yield "kondisi_awal", "kondisi awal", "", ind.kondisi_awal
    for tahun, nilai in ind.target.items():
        yield "target", f"target {tahun}", str(tahun), nilai
    if ind.kondisi_akhir is not None:
        yield "kondisi_akhir", "kondisi akhir", "", ind.kondisi_akhir


def tempat_nilai(ind: m.Indikator, jalur: str, bidang: str, kunci: str | int) -> tuple[Lokasi | None, str]:
    if kunci == "":
        return ind.lokasi_dari(bidang), f"{jalur}.{bidang}"
    jalur_nilai = f"{jalur}.{bidang}.{kunci}"
    return ind.lokasi_butir(bidang, kunci), jalur_nilai


def _nilai_skala(ind: m.Indikator, jalur: str, skala: dict[str, Skala], p: Pemeriksa) -> None:
    sk = skala.get(ind.skala) if ind.skala is not None else None
    if ind.skala is not None and sk is None:
        return  # unknown scale: reported by validasi
    tanpa_skala: list[str] = []
    for bidang, label, kunci, nilai in nilai_berjalur(ind):
        if sk is None:
            if nilai.predikat is not None:
                tanpa_skala.append(f"{label} '{nilai.teks}'")
            continue
        tempat, jalur_nilai = tempat_nilai(ind, jalur, bidang, kunci)
        try:
            benar = sk.predikat(nilai.angka)
        except ValueError:
            bawah, atas = sk.rentang
            p.galat(
                tempat,
                jalur_nilai,
                f"{label} ({fmt.angka(nilai.angka)}) di luar rentang {sk.nama} "
                f"({_batas(bawah)} sampai {_batas(atas)}); periksa angkanya",
                "rentang-skala",
            )
            continue
        if nilai.predikat is not None and nilai.predikat.casefold() != benar.casefold():
            p.galat(
                tempat,
                jalur_nilai,
                f"predikat '{nilai.predikat}' tidak sesuai nilai {fmt.angka(nilai.angka)} pada skala {sk.nama} "
                f"(seharusnya {benar}); perbaiki predikat atau angkanya",
                "predikat",
            )
    if tanpa_skala:
        p.peringatan(
            ind.lokasi,
            jalur,
            f"indikator '{ind.nama}' menulis predikat ({', '.join(tanpa_skala)}) tetapi tidak menyebut skala; "
            "tulis skala (sakip, ipp, ikm atau capaian) agar predikat dapat diperiksa",
            "predikat-tanpa-skala",
        )


def _batas(d: Decimal | None) -> str:
    return "tak terbatas" if d is None else fmt.angka(d)


def _kondisi_akhir(ind: m.Indikator, jalur: str, p: Pemeriksa) -> None:
    if ind.kondisi_akhir is None or not ind.target:
        return
    tahun = max(ind.target)
    terakhir = ind.target[tahun]
    if ind.kondisi_akhir.angka == terakhir.angka:
        return
    p.peringatan(
        ind.lokasi_dari("kondisi_akhir"),
        f"{jalur}.kondisi_akhir",
        f"kondisi akhir {_tampil(ind.kondisi_akhir)} berbeda dengan target tahun terakhir ({tahun}: {_tampil(terakhir)}); "
        "kondisi akhir periode biasanya sama dengan target tahun terakhir: periksa salah satunya",
        "kondisi-akhir",
    )


def _tampil(nilai: Nilai) -> str:
    return nilai.teks or nilai.tampil()


def _persen(ind: m.Indikator, jalur: str, p: Pemeriksa) -> None:
    satuan_persen = ind.satuan.strip() == "%"
    for bidang, label, kunci, nilai in nilai_berjalur(ind):
        if not (nilai.satuan == "%" or (satuan_persen and nilai.satuan is None)):
            continue
        if nilai.angka <= 100:
            continue  # below 0: an error of its own (``negatif``) unless boleh_negatif
        teks = nilai.teks.strip() if nilai.teks else fmt.angka(nilai.angka)
        teks = teks if teks.endswith("%") else teks + "%"
        tempat, jalur_nilai = tempat_nilai(ind, jalur, bidang, kunci)
        jenis = label.split()[0] if bidang == "target" else label
        p.peringatan(tempat, jalur_nilai, f"{jenis} {teks} di luar 0-100%; periksa angkanya", "persen")


def _arah(ind: m.Indikator, jalur: str, p: Pemeriksa) -> None:
    """One warning per indicator, placed at the first year that goes wrong."""
    tahun = sorted(ind.target)
    salah: list[str] = []
    pertama: int | None = None
    for lalu, kini in zip(tahun, tahun[1:]):
        a, b = ind.target[lalu].angka, ind.target[kini].angka
        if (ind.arah == "naik" and b < a) or (ind.arah == "turun" and b > a):
            salah.append(f"{kini} ({fmt.angka(b)} setelah {fmt.angka(a)} pada {lalu})")
            pertama = kini if pertama is None else pertama
    if pertama is None:
        return
    gerak = "turun" if ind.arah == "naik" else "naik"
    p.peringatan(
        tempat_nilai(ind, jalur, "target", str(pertama))[0],
        f"{jalur}.target",
        f"target {gerak} pada {', '.join(salah)}, padahal arah indikator '{ind.arah}' "
        f"(makin {'tinggi' if ind.arah == 'naik' else 'rendah'} makin baik); periksa angkanya, "
        f"atau tulis arah: {gerak} bila memang makin {'rendah' if ind.arah == 'naik' else 'tinggi'} makin baik",
        "arah",
    )


def target_pencilan(target: dict[int, Nilai]) -> list[tuple[int, Decimal]]:
    """Years whose target is far out of line, with the median of the others.

    Rule: a year's target T is out of line when both
      * the median M of all the years' targets (at least
        ``PENCILAN_MIN_LAIN`` other years, M above 0) gives T > 3 x M or
        T < M / 3 (``PENCILAN_KALI``) -- the median of all years, so that
        one outlier does not make its neighbours look out of line too
        (3, 30, 4: only 30), and
      * T is out of line in the same way with each adjacent year (the year
        before and the year after, where there is one),
    so that a steady progression (10, 20, ..., 60: 10 is a quarter of the
    median 40 but half of 20) or a step (3, 3, 3, 15, 15, 15) is not flagged,
    while RANHAM's 15 after 3, 3, 3, 3, 3 (5x) is. Kesra's 76 before 45-49
    (1,6x) is not an outlier under this rule (the ``arah`` check reports it).
    """
    tahun_urut = sorted(target)
    hasil: list[tuple[int, Decimal]] = []

    def jauh(nilai: Decimal, acuan: Decimal, di_atas: bool) -> bool:
        if acuan <= 0:
            return di_atas and nilai > 0
        return nilai > acuan * PENCILAN_KALI if di_atas else nilai * PENCILAN_KALI < acuan

    for i, tahun in enumerate(tahun_urut):
        nilai = target[tahun].angka
        lain = [target[t].angka for t in tahun_urut if t != tahun]
        if len(lain) < PENCILAN_MIN_LAIN:
            continue
        median = Decimal(statistics.median([target[t].angka for t in tahun_urut]))
        if median <= 0:
            continue
        di_atas = nilai > median
        if not jauh(nilai, median, di_atas):
            continue
        tetangga = [target[t].angka for t in tahun_urut[max(i - 1, 0) : i] + tahun_urut[i + 1 : i + 2]]
        if all(jauh(nilai, t, di_atas) for t in tetangga):
            hasil.append((tahun, median))
    return hasil


def _pencilan(ind: m.Indikator, jalur: str, p: Pemeriksa) -> None:
    if any(n.angka < 0 for n in ind.target.values()):
        return  # ratios mean nothing below zero (see periksa/aturan/negatif)
    for tahun, median in target_pencilan(ind.target):
        nilai = ind.target[tahun]
        tempat, jalur_nilai = tempat_nilai(ind, jalur, "target", str(tahun))
        lebih = "lebih dari 3 kali" if nilai.angka > median else "kurang dari sepertiga"
        p.peringatan(
            tempat,
            jalur_nilai,
            f"target {tahun} ({fmt.angka(nilai.angka)}) {lebih} nilai tengah target seluruh tahun ({fmt.angka(median)}); "
            "periksa apakah angkanya salah ketik",
            "target-pencilan",
        )
