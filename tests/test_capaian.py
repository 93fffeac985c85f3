"""Perhitungan LKjIP (generator.capaian) terhadap kasus yang dihitung dengan tangan.

Setiap baris tabel membawa hitungannya di komentar. Hasil dibandingkan sebagai
Decimal (tanpa float); skala capaian adalah skala sungguhan dari
``muat_skala()["capaian"]``.
"""

from decimal import Decimal as D
from decimal import localcontext

import pytest

from generator.hitung.capaian import (
    BELUM_ADA_DATA,
    TIDAK_DAPAT_DIHITUNG,
    Capaian,
    Perbandingan,
    Ringkasan,
    Serapan,
    banding_standar,
    efisiensi,
    hitung_capaian,
    kemajuan_akhir_periode,
    perbandingan_tahunan,
    pita_capaian,
    predikat_skor,
    ringkas,
    serapan,
    serapan_total,
)
from generator.hitung.skala import muat_skala

SKALA = muat_skala()
CAPAIAN = SKALA["capaian"]

TIDAK_DAPAT = "capaian tidak dapat dihitung sebagai persentase"
T0_TERCAPAI = "target 0 tercapai"
T0_MELAMPAUI = f"target 0, realisasi melampaui target; {TIDAK_DAPAT}"
T0_TIDAK_TERCAPAI = f"target 0 tidak tercapai; {TIDAK_DAPAT}"


# --- hitung_capaian: tabel kasus hitung tangan -------------------------------

KASUS_CAPAIAN = [
    # (arah, target, realisasi, nilai yang diharapkan, keterangan)
    # makin tinggi makin baik: R / T x 100
    ("naik", "80", "60", "75", None),  # 60 / 80 * 100 = 75 (di bawah 100)
    ("naik", "80", "80", "100", None),  # 80 / 80 * 100 = 100 (tepat)
    ("naik", "80", "84", "105", None),  # 84 / 80 * 100 = 105 (di atas 100, dibiarkan)
    ("naik", "10", "25", "250", None),  # 25 / 10 * 100 = 250 (tidak dipangkas)
    ("naik", "12", "0", "0", None),  # 0 / 12 * 100 = 0
    ("naik", "3.20", "2.40", "75", None),  # 2,40 / 3,20 * 100 = 75
    ("naik", "100", "95.67", "95.67", None),  # 95,67 / 100 * 100 = 95,67
    ("naik", "80", "82.53", "103.1625", None),  # 82,53 / 80 * 100 = 103,1625 (tepat)
    ("naik", "10", "9", "90", None),  # 9 / 10 * 100 = 90
    # 82,53 / 82,55 * 100 = 8253 / 82,55 = 99,97577225923682616596002423... (28 angka)
    ("naik", "82.55", "82.53", "99.97577225923682616596002423", None),
    # 82,55 / 82,53 * 100 = 8255 / 82,53 = 100,0242336120198715618562947... (28 angka)
    ("naik", "82.53", "82.55", "100.0242336120198715618562947", None),
    # makin rendah makin baik: (2T - R) / T x 100
    ("turun", "10", "12", "80", None),  # (20 - 12) / 10 * 100 = 80 (di bawah 100)
    ("turun", "10", "10", "100", None),  # (20 - 10) / 10 * 100 = 100 (tepat)
    ("turun", "10", "8", "120", None),  # (20 - 8) / 10 * 100 = 120 (di atas 100)
    ("turun", "10", "0", "200", None),  # (20 - 0) / 10 * 100 = 200 (R = 0)
    ("turun", "10", "20", "0", None),  # (20 - 20) / 10 * 100 = 0 (R = 2T)
    ("turun", "10", "25", "-50", None),  # (20 - 25) / 10 * 100 = -50 (R > 2T: negatif, dibiarkan)
    ("turun", "4", "5", "75", None),  # (8 - 5) / 4 * 100 = 75
    ("turun", "10", "11", "90", None),  # (20 - 11) / 10 * 100 = 90
    ("turun", "2.5", "2.6", "96", None),  # (5,0 - 2,6) / 2,5 * 100 = 2,4 / 2,5 * 100 = 96
    # (165,06 - 82,55) / 82,53 * 100 = 8251 / 82,53 = 99,97576638798012843814370532... (28 angka)
    ("turun", "82.53", "82.55", "99.97576638798012843814370532", None),
    # target 0: setiap cabang
    ("naik", "0", "0", "100", T0_TERCAPAI),  # T = 0, R = 0: tercapai tepat -> 100
    ("turun", "0", "0", "100", T0_TERCAPAI),  # T = 0, R = 0: tercapai tepat -> 100
    ("naik", "0.00", "0", "100", T0_TERCAPAI),  # 0,00 juga nol
    ("naik", "0", "3", None, T0_MELAMPAUI),  # T = 0, R = 3 > 0, naik: melampaui, bukan persen
    ("turun", "0", "3", None, T0_TIDAK_TERCAPAI),  # T = 0, R = 3 > 0, turun: gagal, bukan persen
    ("turun", "0", "0.01", None, T0_TIDAK_TERCAPAI),  # T = 0, R = 0,01 > 0, turun
]


@pytest.mark.parametrize(("arah", "target", "realisasi", "nilai", "keterangan"), KASUS_CAPAIAN)
def test_hitung_capaian(arah, target, realisasi, nilai, keterangan):
    hasil = hitung_capaian(D(target), D(realisasi), arah)
    assert hasil == Capaian(None if nilai is None else D(nilai), keterangan)
    if nilai is not None:
        assert isinstance(hasil.nilai, D)
        assert hasil.nilai == D(nilai)


def test_capaian_tepat_bukan_float():
    # 8255 / 82,53 lewat float memberi 100.02423361201987 (17 angka): hasil Decimal
    # membawa 28 angka bermakna dan berbeda dari float itu.
    hasil = hitung_capaian(D("82.53"), D("82.55"), "naik").nilai
    assert str(hasil) == "100.0242336120198715618562947"
    assert hasil != D(8255 / 82.53)
    # hasil yang berakhir tidak dibulatkan atau dipotong: 82,53 / 80 * 100 = 103,1625
    assert str(hitung_capaian(D(80), D("82.53"), "naik").nilai) == "103.1625"


def test_capaian_tidak_bergantung_konteks_global():
    # konteks global presisi 5 tidak mengubah hasil (modul memakai konteksnya sendiri)
    with localcontext() as ctx:
        ctx.prec = 5
        hasil = hitung_capaian(D("82.53"), D("82.55"), "naik").nilai
    assert str(hasil) == "100.0242336120198715618562947"


def test_bilangan_bulat_diterima():
    # 84 / 80 * 100 = 105, dengan int
    assert hitung_capaian(80, 84, "naik") == Capaian(D(105), None)


@pytest.mark.parametrize(
    ("argumen", "jenis", "pesan"),
    [
        ((D(5), D(3), "atas"), ValueError, "arah 'atas' tidak dikenal: tulis naik"),
        ((D(5), D(3), "Naik"), ValueError, "arah 'Naik' tidak dikenal"),
        ((D("NaN"), D(3), "naik"), ValueError, "target bukan angka terhingga"),
        ((D(5), D("Infinity"), "naik"), ValueError, "realisasi bukan angka terhingga"),
        ((5.0, D(3), "naik"), TypeError, "target harus berupa Decimal atau bilangan bulat"),
        ((D(5), 3.0, "naik"), TypeError, "realisasi harus berupa Decimal"),
        ((D(5), True, "naik"), TypeError, "realisasi harus berupa Decimal"),
    ],
)
def test_hitung_capaian_galat_berbahasa_indonesia(argumen, jenis, pesan):
    with pytest.raises(jenis, match=pesan):
        hitung_capaian(*argumen)


# --- pita capaian: setiap tepi pita -------------------------------------------

KASUS_PITA = [
    # (capaian, pita) pada skala >90 ST, >75-90 T, >65-75 S, >50-65 R, <=50 SR
    ("200", "Sangat Tinggi"),  # turun, R = 0
    ("120", "Sangat Tinggi"),  # di atas 100 tetap Sangat Tinggi
    ("100", "Sangat Tinggi"),
    ("90.0001", "Sangat Tinggi"),  # 90,0001 > 90
    ("90", "Tinggi"),  # tepat 90 bukan > 90
    ("75.0001", "Tinggi"),  # 75,0001 > 75
    ("75", "Sedang"),  # tepat 75
    ("65.0001", "Sedang"),
    ("65", "Rendah"),  # tepat 65
    ("50.0001", "Rendah"),
    ("50", "Sangat Rendah"),  # tepat 50: <= 50
    ("0", "Sangat Rendah"),
    ("-50", "Sangat Rendah"),  # turun, R > 2T
]


@pytest.mark.parametrize(("nilai", "pita"), KASUS_PITA)
def test_pita_capaian(nilai, pita):
    assert pita_capaian(D(nilai), CAPAIAN) == pita


def test_pita_capaian_none():
    assert pita_capaian(None, CAPAIAN) is None


@pytest.mark.parametrize(
    ("arah", "target", "realisasi", "pita"),
    [
        ("naik", "10", "9", "Tinggi"),  # 9 / 10 * 100 = 90 -> Tinggi (tepi)
        ("turun", "10", "11", "Tinggi"),  # (20 - 11) / 10 * 100 = 90 -> Tinggi (tepi)
        ("naik", "80", "60", "Sedang"),  # 60 / 80 * 100 = 75 -> Sedang (tepi)
        ("turun", "10", "25", "Sangat Rendah"),  # (20 - 25) / 10 * 100 = -50
        ("naik", "82.53", "82.55", "Sangat Tinggi"),  # 100,024... > 90
    ],
)
def test_pita_dari_hitungan(arah, target, realisasi, pita):
    assert pita_capaian(hitung_capaian(D(target), D(realisasi), arah).nilai, CAPAIAN) == pita


def test_pita_untuk_target_nol_tak_terhitung():
    # T = 0, R = 3, naik: tidak ada persen -> tidak ada pita
    assert pita_capaian(hitung_capaian(D(0), D(3), "naik").nilai, CAPAIAN) is None


# --- predikat nilai berskor (SAKIP, IPP, IKM) -----------------------------------


@pytest.mark.parametrize(
    ("skala", "nilai", "predikat"),
    [
        ("sakip", "70.4", "BB"),  # > 70 dan <= 80
        ("sakip", "66.04", "B"),  # > 60 dan <= 70
        ("sakip", "70", "B"),  # tepat 70: bukan > 70
        ("ipp", "3.01", "B-"),  # mulai 3,01
        ("ipp", "4.91", "A"),  # mulai 4,51
        ("ikm", "82.53", "B"),  # 76,61 - 88,30
    ],
)
def test_predikat_skor(skala, nilai, predikat):
    assert predikat_skor(D(nilai), SKALA[skala]) == predikat


def test_predikat_skor_di_luar_rentang():
    with pytest.raises(ValueError, match="di luar rentang Nilai SAKIP"):
        predikat_skor(D("100.5"), SKALA["sakip"])


# --- perbandingan antartahun, kemajuan, standar ---------------------------------


def test_perbandingan_tahunan_dengan_tahun_kosong():
    target = {2024: D(86), 2021: D(80), 2022: D(82), 2023: D(84)}
    realisasi = {2021: D(84), 2023: D(63), 2020: D(50)}
    hasil = perbandingan_tahunan(target, realisasi, "naik", sampai=2023)
    assert hasil == [
        Perbandingan(2021, D(80), D(84), Capaian(D(105))),  # 84 / 80 * 100 = 105
        Perbandingan(2022, D(82), None, None),  # belum ada realisasi
        Perbandingan(2023, D(84), D(63), Capaian(D(75))),  # 63 / 84 * 100 = 75
    ]  # 2024 sesudah "sampai"; 2020 tidak ada targetnya


def test_perbandingan_tahunan_turun_dan_target_nol():
    target = {2021: D(10), 2022: D(8), 2023: D(0)}
    realisasi = {2021: D(12), 2022: D(6), 2023: D(0)}
    hasil = perbandingan_tahunan(target, realisasi, "turun", sampai=2023)
    assert [b.capaian for b in hasil] == [
        Capaian(D(80)),  # (20 - 12) / 10 * 100 = 80
        Capaian(D(125)),  # (16 - 6) / 8 * 100 = 125
        Capaian(D(100), T0_TERCAPAI),  # T = 0, R = 0
    ]


def test_perbandingan_tahunan_arah_salah():
    with pytest.raises(ValueError, match="arah 'naik-turun' tidak dikenal"):
        perbandingan_tahunan({2021: D(1)}, {}, "naik-turun", 2021)


@pytest.mark.parametrize(
    ("fungsi", "acuan", "realisasi", "arah", "hasil"),
    [
        # realisasi sejauh ini terhadap target akhir periode
        (kemajuan_akhir_periode, "90", "81", "naik", Capaian(D(90))),  # 81 / 90 * 100 = 90
        (kemajuan_akhir_periode, "5", "6", "turun", Capaian(D(80))),  # (10 - 6) / 5 * 100 = 80
        (kemajuan_akhir_periode, "0", "0", "naik",
         Capaian(D(100), "target akhir periode 0 tercapai")),  # T = 0, R = 0
        # realisasi terhadap standar nasional
        (banding_standar, "75", "82.5", "naik", Capaian(D(110))),  # 82,5 / 75 * 100 = 110
        (banding_standar, "20", "15", "turun", Capaian(D(125))),  # (40 - 15) / 20 * 100 = 125
        (banding_standar, "0", "2", "naik",
         Capaian(None, f"standar nasional 0, realisasi melampaui standar nasional; {TIDAK_DAPAT}")),
        (banding_standar, "0", "2", "turun",
         Capaian(None, f"standar nasional 0 tidak tercapai; {TIDAK_DAPAT}")),
    ],
)  # fmt: skip
def test_kemajuan_dan_standar(fungsi, acuan, realisasi, arah, hasil):
    assert fungsi(D(acuan), D(realisasi), arah) == hasil


@pytest.mark.parametrize(
    ("arah", "target", "realisasi", "nilai", "keterangan"),
    [
        # capaian = (1 + (R - T) / |T|) x 100 (naik), (1 + (T - R) / |T|) x 100 (turun)
        ("naik", "-2", "-1", "150", None),  # pertumbuhan -1% terhadap target -2%: lebih baik
        ("naik", "-2", "-3", "50", None),
        ("naik", "-2", "-2", "100", None),
        ("naik", "-2", "2", "300", None),
        ("turun", "-2", "-1", "50", None),
        ("turun", "-2", "-3", "150", None),
        ("naik", "5", "-3", "-60", None),  # R x 100 / T seperti biasa
        ("naik", "0", "-1", None, "target 0 tidak tercapai; capaian tidak dapat dihitung sebagai persentase"),
        ("turun", "0", "-1", None, "target 0, realisasi melampaui target; capaian tidak dapat dihitung sebagai persentase"),
    ],
)  # fmt: skip
def test_capaian_di_bawah_nol(arah, target, realisasi, nilai, keterangan):
    """An indicator with boleh_negatif (a growth rate) never crashes the build."""
    hasil = hitung_capaian(D(target), D(realisasi), arah)
    assert hasil == Capaian(D(nilai) if nilai is not None else None, keterangan)


def test_kemajuan_dan_standar_di_bawah_nol():
    assert kemajuan_akhir_periode(D(-1), D(1), "naik") == Capaian(D(300))
    assert banding_standar(D(-1), D(-1), "turun") == Capaian(D(100))


# --- serapan anggaran ----------------------------------------------------------


@pytest.mark.parametrize(
    ("pagu", "realisasi", "persen", "sisa"),
    [
        ("1000000", "950000", "95", "50000"),  # 950.000 / 1.000.000 * 100 = 95; sisa 50.000
        ("1000000", "1200000", "120", "-200000"),  # 1.200.000 / 1.000.000 * 100 = 120; sisa -200.000
        ("1234567.89", "1234567.89", "100", "0"),  # habis tepat: 100, sisa 0
        ("3", "1", "33.33333333333333333333333333", "2"),  # 1 / 3 * 100 = 33,33... (28 angka)
        ("0", "0", None, "0"),  # pagu 0: tidak ada persen
        ("0", "500", None, "-500"),  # pagu 0, realisasi 500: tak ada persen, sisa -500
    ],
)
def test_serapan(pagu, realisasi, persen, sisa):
    hasil = serapan(D(pagu), D(realisasi))
    assert hasil == Serapan(D(pagu), D(realisasi), None if persen is None else D(persen), D(sisa))


def test_serapan_total():
    daftar = [
        (D(1_000_000), D(950_000)),  # 95%
        (D(3_000_000), D(1_500_000)),  # 50%
        (D(0), D(0)),  # pagu 0 ikut dijumlah tanpa mengganggu
    ]
    # (950.000 + 1.500.000) / (1.000.000 + 3.000.000) * 100 = 2.450.000 / 4.000.000 * 100
    # = 61,25 (bukan rata-rata persen (95 + 50) / 2 = 72,5); sisa 4.000.000 - 2.450.000
    assert serapan_total(daftar) == Serapan(D(4_000_000), D(2_450_000), D("61.25"), D(1_550_000))


def test_serapan_total_kosong():
    assert serapan_total([]) == Serapan(D(0), D(0), None, D(0))


def test_serapan_negatif_ditolak():
    with pytest.raises(ValueError, match="pagu anggaran tidak boleh negatif"):
        serapan(D(-1), D(0))
    with pytest.raises(ValueError, match="realisasi anggaran tidak boleh negatif"):
        serapan(D(10), D(-1))
    with pytest.raises(ValueError, match="realisasi anggaran baris ke-2 tidak boleh negatif"):
        serapan_total([(D(10), D(5)), (D(10), D(-5))])
    with pytest.raises(TypeError, match="pagu anggaran harus berupa Decimal"):
        serapan(1000.5, D(0))


# --- efisiensi: 100 - serapan x 100 / capaian ------------------------------------


@pytest.mark.parametrize(
    ("capaian", "serapan_persen", "hasil"),
    [
        ("100", "80", "20"),  # 100 - 80 * 100 / 100 = 20 (efisien)
        ("80", "100", "-25"),  # 100 - 100 * 100 / 80 = 100 - 125 = -25 (tidak efisien)
        ("100", "100", "0"),  # 100 - 100 * 100 / 100 = 0 (sebanding)
        ("125", "100", "20"),  # 100 - 100 * 100 / 125 = 100 - 80 = 20
        ("105", "61.25", "41.66666666666666666666666667"),  # 100 - 6125 / 105 = 100 - 58,333...
        ("50", "0", "100"),  # 100 - 0 * 100 / 50 = 100 (hasil tanpa belanja)
        ("0", "50", None),  # capaian 0: pembagian dengan 0 -> None
        ("0", "0", None),  # keduanya 0 -> None
        ("-50", "80", None),  # capaian negatif -> None (tanda akan terbalik)
    ],
)
def test_efisiensi(capaian, serapan_persen, hasil):
    assert efisiensi(D(capaian), D(serapan_persen)) == (None if hasil is None else D(hasil))


def test_efisiensi_tanpa_nilai():
    assert efisiensi(None, D(80)) is None  # capaian tidak dapat dihitung
    assert efisiensi(D(100), None) is None  # pagu 0, tanpa persen serapan


def test_efisiensi_serapan_negatif():
    with pytest.raises(ValueError, match="serapan anggaran tidak boleh negatif"):
        efisiensi(D(100), D(-1))


# --- ringkasan Ikhtisar Eksekutif -----------------------------------------------


def test_ringkas_seri_none_dan_tak_terhitung():
    capaian = {
        "IKU-1": Capaian(D(105)),  # Sangat Tinggi
        "IKU-2": Capaian(D(90)),  # Tinggi (tepi)
        "IKU-3": None,  # belum ada data
        "IKU-4": hitung_capaian(D(0), D(3), "naik"),  # tidak dapat dihitung
        "IKU-5": Capaian(D("105.00")),  # Sangat Tinggi, seri dengan IKU-1
        "IKU-6": Capaian(D(-50)),  # Sangat Rendah
        "IKU-7": Capaian(D("-50.0")),  # Sangat Rendah, seri dengan IKU-6
        "IKU-8": Capaian(D(70)),  # Sedang
        "IKU-9": hitung_capaian(D(0), D(0), "turun"),  # 100, Sangat Tinggi
    }
    hasil = ringkas(capaian, CAPAIAN)
    assert hasil == Ringkasan(
        {
            "Sangat Tinggi": 3,
            "Tinggi": 1,
            "Sedang": 1,
            "Rendah": 0,
            "Sangat Rendah": 2,
            TIDAK_DAPAT_DIHITUNG: 1,
            BELUM_ADA_DATA: 1,
        },
        ["IKU-1", "IKU-5"],
        ["IKU-6", "IKU-7"],
    )
    # urutan skala, lalu dua baris tambahan
    assert list(hasil.jumlah_per_pita) == [
        "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah",
        "tidak dapat dihitung", "belum ada data",
    ]  # fmt: skip
    assert sum(hasil.jumlah_per_pita.values()) == len(capaian)


def test_ringkas_tanpa_capaian_terhitung():
    hasil = ringkas({"A": None, "B": Capaian(None, T0_MELAMPAUI)}, CAPAIAN)
    assert hasil.tertinggi == [] and hasil.terendah == []
    assert hasil.jumlah_per_pita[BELUM_ADA_DATA] == 1
    assert hasil.jumlah_per_pita[TIDAK_DAPAT_DIHITUNG] == 1
    assert hasil.jumlah_per_pita["Sangat Tinggi"] == 0


def test_ringkas_satu_indikator():
    # satu-satunya capaian terhitung adalah yang tertinggi sekaligus terendah
    hasil = ringkas({"A": Capaian(D(60)), "B": None}, CAPAIAN)
    assert hasil.tertinggi == ["A"] and hasil.terendah == ["A"]
    assert hasil.jumlah_per_pita["Rendah"] == 1
