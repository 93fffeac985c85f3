from datetime import date
from decimal import Decimal as D

import pytest

from generator.dasar import format as fmt
from generator.dasar.format import Tanggal, parse_tanggal

BENTUK = "tulis seperti 20 Desember 2021, Desember 2021, 2021-12-20 atau 2021-12"


# --- numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [
        (D("3.20"), "3,20"),
        (D("2.991"), "2,991"),
        (D("84.00"), "84,00"),
        (D("70.4"), "70,4"),
        (1234567, "1.234.567"),
        (D("1234567.89"), "1.234.567,89"),
        (-5, "-5"),
        (D("-1234.5"), "-1.234,5"),
        (0, "0"),
        (D("0.05"), "0,05"),
        (D("-0.00"), "0,00"),
        (D("1E+3"), "1.000"),
    ],
)
def test_angka_keeps_written_decimals(nilai, teks):
    assert fmt.angka(nilai) == teks


@pytest.mark.parametrize(
    ("nilai", "desimal", "teks"),
    [
        (D("2.5"), 0, "3"),  # half-up, not banker's rounding
        (D("0.125"), 2, "0,13"),
        (D("3.2"), 2, "3,20"),
        (D("1234567.895"), 2, "1.234.567,90"),
        (7, 1, "7,0"),
        (D("-2.5"), 0, "-3"),
    ],
)
def test_angka_forced_decimals_round_half_up(nilai, desimal, teks):
    assert fmt.angka(nilai, desimal) == teks


def test_angka_refuses_float_and_nan():
    with pytest.raises(TypeError, match="bukan float"):
        fmt.angka(3.2)
    with pytest.raises(ValueError, match="bukan angka terhingga"):
        fmt.angka(D("NaN"))


def test_persen():
    assert fmt.persen(D("95.67")) == "95,67%"
    assert fmt.persen(100) == "100%"
    assert fmt.persen(D("95.666"), 2) == "95,67%"


def test_rupiah():
    assert fmt.rupiah(1234567) == "Rp1.234.567,00"
    assert fmt.rupiah(D("950000")) == "Rp950.000,00"
    assert fmt.rupiah(-5000) == "-Rp5.000,00"
    assert fmt.rupiah(D("1500.5")) == "Rp1.500,50"
    assert fmt.rupiah(1500, desimal=None) == "Rp1.500"


def test_terbilang():
    assert fmt.terbilang(30) == "tiga puluh"
    assert fmt.terbilang(11) == "sebelas"
    assert fmt.terbilang(1000) == "seribu"
    assert fmt.terbilang(2021) == "dua ribu dua puluh satu"
    assert fmt.terbilang(0) == "nol"
    assert fmt.terbilang(-5) == "minus lima"
    assert fmt.angka_terbilang(30) == "30 (tiga puluh)"
    assert fmt.angka_terbilang(1500) == "1.500 (seribu lima ratus)"


def test_rupiah_terbilang():
    assert (
        fmt.rupiah_terbilang(950000)
        == "Rp950.000,00 (sembilan ratus lima puluh ribu rupiah)"
    )
    assert (
        fmt.rupiah_terbilang(D("1500.50"))
        == "Rp1.500,50 (seribu lima ratus rupiah lima puluh sen)"
    )
    assert fmt.rupiah_terbilang(D("0.005")) == "Rp0,01 (nol rupiah satu sen)"
    assert fmt.rupiah_terbilang(-2000) == "-Rp2.000,00 (minus dua ribu rupiah)"


# --- dates ---------------------------------------------------------------


def test_tanggal():
    assert fmt.tanggal(date(2021, 12, 20)) == "20 Desember 2021"
    assert fmt.tanggal(date(2022, 1, 1)) == "1 Januari 2022"
    assert fmt.tanggal_tanpa_hari(12, 2021) == "Desember 2021"
    assert fmt.NAMA_BULAN == (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember",
    )  # fmt: skip


def test_nama_hari():
    assert fmt.nama_hari(date(2021, 12, 20)) == "Senin"
    assert fmt.nama_hari(date(2021, 12, 26)) == "Minggu"
    assert fmt.nama_hari(date(2021, 12, 24)) == "Jumat"


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("20 Desember 2021", Tanggal(2021, 12, 20)),
        ("Desember 2021", Tanggal(2021, 12)),
        ("2021-12-20", Tanggal(2021, 12, 20)),
        ("2021-12", Tanggal(2021, 12)),
        ("  20   desember  2021 ", Tanggal(2021, 12, 20)),
        ("1 JANUARI 2022", Tanggal(2022, 1, 1)),
        ("01 Januari 2022", Tanggal(2022, 1, 1)),
        ("20 Des 2021", Tanggal(2021, 12, 20)),
        ("17 Agu 2021", Tanggal(2021, 8, 17)),
        ("17 Agt. 2021", Tanggal(2021, 8, 17)),
        ("10 Nopember 2021", Tanggal(2021, 11, 10)),
        ("29 Februari 2024", Tanggal(2024, 2, 29)),
        (date(2021, 12, 20), Tanggal(2021, 12, 20)),
    ],
)
def test_parse_tanggal(teks, hasil):
    assert parse_tanggal(teks) == hasil


def test_tanggal_teks_dan_date():
    assert parse_tanggal("2021-12-20").teks == "20 Desember 2021"
    assert parse_tanggal("2021-12-20").date == date(2021, 12, 20)
    assert parse_tanggal("desember 2021").teks == "Desember 2021"
    assert parse_tanggal("Desember 2021").date is None


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("31 Februari 2021", "tanggal tidak valid: '31 Februari 2021' "
            f"(Februari 2021 hanya sampai tanggal 28); {BENTUK}"),
        ("29 Februari 2021", "tanggal tidak valid: '29 Februari 2021' "
            f"(Februari 2021 hanya sampai tanggal 28); {BENTUK}"),
        ("2021-13", f"tanggal tidak valid: '2021-13' (bulan 13 tidak ada); {BENTUK}"),
        ("2021-02-30", "tanggal tidak valid: '2021-02-30' "
            f"(Februari 2021 hanya sampai tanggal 28); {BENTUK}"),
        ("0 Maret 2021", f"tanggal tidak valid: '0 Maret 2021' (tanggal 0 tidak ada); {BENTUK}"),
        ("20 Desembr 2021", "tanggal tidak valid: '20 Desembr 2021' "
            f"(nama bulan 'Desembr' tidak dikenal); {BENTUK}"),
        ("20/12/2021", f"tanggal tidak valid: '20/12/2021'; {BENTUK}"),
        ("Desember", f"tanggal tidak valid: 'Desember'; {BENTUK}"),
        ("", f"tanggal tidak valid: ''; {BENTUK}"),
    ],
)  # fmt: skip
def test_parse_tanggal_invalid(teks, pesan):
    with pytest.raises(ValueError) as info:
        parse_tanggal(teks)
    assert str(info.value) == pesan


def test_tanggal_dataclass_validates():
    with pytest.raises(ValueError, match="bulan 13 tidak ada"):
        Tanggal(2021, 13)


# --- ordinals, Roman numerals, NIP ---------------------------------------

ORDINAL = [
    "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
    "KEDELAPAN", "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS",
    "KETIGA BELAS", "KEEMPAT BELAS", "KELIMA BELAS", "KEENAM BELAS",
    "KETUJUH BELAS", "KEDELAPAN BELAS", "KESEMBILAN BELAS", "KEDUA PULUH",
]  # fmt: skip


@pytest.mark.parametrize(("n", "teks"), list(enumerate(ORDINAL, 1)))
def test_ordinal_diktum_table(n, teks):
    assert fmt.ordinal_diktum(n) == teks


def test_ordinal_diktum_above_twenty():
    assert fmt.ordinal_diktum(21) == "KEDUA PULUH SATU"
    assert fmt.ordinal_diktum(25) == "KEDUA PULUH LIMA"
    with pytest.raises(ValueError, match="nomor diktum"):
        fmt.ordinal_diktum(0)


@pytest.mark.parametrize(
    ("n", "teks"),
    list(zip(range(1, 13), "I II III IV V VI VII VIII IX X XI XII".split()))
    + [(40, "XL"), (1994, "MCMXCIV"), (3999, "MMMCMXCIX")],
)
def test_romawi(n, teks):
    assert fmt.romawi(n) == teks


def test_romawi_out_of_range():
    with pytest.raises(ValueError, match="1 sampai 3999"):
        fmt.romawi(0)
    with pytest.raises(ValueError, match="1 sampai 3999"):
        fmt.romawi(4000)


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("197604171994121001", "19760417 199412 1 001"),
        ("19760417 199412 1 001", "19760417 199412 1 001"),
        (" 19760417199412 1001 ", "19760417 199412 1 001"),
        (197604171994121001, "19760417 199412 1 001"),
        ("1976041719941210", "1976041719941210"),
        ("  19760417-199412-1-001 ", "19760417-199412-1-001"),
    ],
)
def test_nip(teks, hasil):
    assert fmt.nip(teks) == hasil


def test_huruf_kapital():
    assert fmt.huruf_kapital("indikator kinerja utama 100%") == "INDIKATOR KINERJA UTAMA 100%"


def test_huruf_urut():
    from generator.dasar.format import huruf_urut

    assert [huruf_urut(n) for n in (1, 2, 26, 27, 28, 52, 53)] == ["a", "b", "z", "aa", "ab", "az", "ba"]
    with pytest.raises(ValueError):
        huruf_urut(0)


# --- spasi tak-putus ---------------------------------------------------------------

_TP = "\u00a0"


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("NIP 19760417 199412 1 001", f"NIP 19760417{_TP}199412{_TP}1{_TP}001"),
        ("pada tanggal 28 Februari 2023", f"pada tanggal 28{_TP}Februari{_TP}2023"),
        ("Desember 2021", f"Desember{_TP}2021"),
        ("DITETAPKAN 1 MEI 2021", f"DITETAPKAN 1{_TP}MEI{_TP}2021"),
        ("sebesar Rp 5.000,00", f"sebesar Rp{_TP}5.000,00"),
        ("target ≥ 75,00 dan > 90% s.d. 95 %", f"target ≥{_TP}75,00 dan >{_TP}90% s.d. 95{_TP}%"),
        ("NOMOR 188.45/   /Kum TAHUN 2021", f"NOMOR 188.45/{_TP * 3}/Kum TAHUN 2021"),
        ("defisit -Rp5.000,00", "defisit -\u200dRp5.000,00"),
        # tidak diubah: predikat dan nilai, tahun tanpa bulan, rentang tahun, minus sebelum angka
        ("BB = 70,4; Tahun 2021; 2021-2026; -150,00%", "BB = 70,4; Tahun 2021; 2021-2026; -150,00%"),
    ],
)
def test_tanpa_putus(teks, hasil):
    assert fmt.tanpa_putus(teks) == hasil
    assert fmt.tanpa_putus(hasil) == hasil  # idempoten


def test_tanpa_putus_tidak_mengubah_keluaran_fungsi_format():
    """Fungsi format tetap memakai spasi biasa (pesan periksa, terminal, YAML);
    spasi tak-putus hanya dipasang di dokumen Word."""
    assert fmt.nip("197604171994121001") == "19760417 199412 1 001"
    assert fmt.tanggal(date(2021, 12, 20)) == "20 Desember 2021"
    assert fmt.rupiah(-5000) == "-Rp5.000,00"
