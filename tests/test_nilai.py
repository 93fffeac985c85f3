from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.dasar.format import angka
from generator.dasar.nilai import Nilai, NilaiError, parse_nilai
from generator.hitung.skala import SkalaError, muat_skala

BENTUK = "tulis angka seperti 100, 3,20, 100%, 10 titik, BB = 70,4 atau 3,40 (B-)"


# --- parse_nilai ---------------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "nilai", "satuan", "predikat", "desimal"),
    [
        ("100%", "100", "%", None, 0),
        ("100", "100", None, None, 0),
        ("83", "83", None, None, 0),
        ("3,20", "3.20", None, None, 2),
        ("2,991", "2.991", None, None, 3),
        ("10 titik", "10", "titik", None, 0),
        ("12 Laporan", "12", "Laporan", None, 0),
        ("BB = 70,4", "70.4", None, "BB", 1),
        ("B = 66,04", "66.04", None, "B", 2),
        ("3,40 (B-)", "3.40", None, "B-", 2),
        ("4,91 (A)", "4.91", None, "A", 2),
        ("82,53", "82.53", None, None, 2),
        ("1.234.567,89", "1234567.89", None, None, 2),
        ("95,67%", "95.67", "%", None, 2),
        ("-2,5%", "-2.5", "%", None, 1),
        ("84,00", "84.00", None, None, 2),
    ],
)
def test_parse_and_display_back(teks, nilai, satuan, predikat, desimal):
    n = parse_nilai(teks)
    assert n.angka == D(nilai)
    assert n.angka.as_tuple() == D(nilai).as_tuple()  # same exponent
    assert n.satuan == satuan
    assert n.predikat == predikat
    assert n.desimal == desimal
    assert n.teks == teks
    assert n.tampil() == teks


@pytest.mark.parametrize(
    ("teks", "nilai", "tampil"),
    [
        ("3.20", "3.20", "3,20"),  # YAML-style decimal point
        ("70.4", "70.4", "70,4"),
        ("0.125", "0.125", "0,125"),  # "0.125" cannot be thousands
        ("2.991", "2991", "2.991"),  # Indonesian thousands
        ("1.000", "1000", "1.000"),
        ("100 %", "100", "100%"),
        ("BB=70,4", "70.4", "BB = 70,4"),
        ("bb = 70,4", "70.4", "BB = 70,4"),
        ("3,01 (-B)", "3.01", "3,01 (B-)"),
        ("3,01 ( B- )", "3.01", "3,01 (B-)"),
    ],
)
def test_parse_normalises(teks, nilai, tampil):
    n = parse_nilai(teks)
    assert n.angka.as_tuple() == D(nilai).as_tuple()
    assert n.tampil() == tampil


def test_minus_predicate_written_before_is_normalised():
    assert parse_nilai("3,01 (-B)").predikat == "B-"


def test_parse_int_and_decimal():
    assert parse_nilai(100) == Nilai(D(100), teks="100")
    n = parse_nilai(D("3.20"))
    assert n.angka.as_tuple() == D("3.20").as_tuple()
    assert n.tampil() == "3,20"


def test_tampil_with_predicate_and_pola():
    n = parse_nilai("70,4")
    assert n.tampil() == "70,4"
    assert n.tampil(predikat="BB") == "70,4 (BB)"
    assert n.tampil(predikat="BB", pola="{predikat} = {angka}") == "BB = 70,4"
    written = parse_nilai("3,40 (B-)")
    assert written.tampil(pola="{predikat} = {angka}") == "B- = 3,40"
    assert written.tampil(predikat="B") == "3,40 (B)"
    assert parse_nilai("82,53").tampil(predikat="B", pola="{angka}") == "82,53"
    assert parse_nilai("95%").tampil(predikat="A") == "95% (A)"


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("12,,5", f"nilai '12,,5' tidak dapat dibaca: {BENTUK}"),
        ("", f"nilai kosong: {BENTUK}"),
        ("   ", f"nilai kosong: {BENTUK}"),
        ("abc", f"nilai 'abc' tidak dapat dibaca: {BENTUK}"),
        ("NaN", f"nilai 'NaN' tidak dapat dibaca: {BENTUK}"),
        ("inf", f"nilai 'inf' tidak dapat dibaca: {BENTUK}"),
        ("-", f"nilai '-' tidak dapat dibaca: {BENTUK}"),
        ("10 20", f"nilai '10 20' tidak dapat dibaca (lebih dari satu angka): {BENTUK}"),
        ("3,20 - 3,50",
            f"nilai '3,20 - 3,50' tidak dapat dibaca (lebih dari satu angka): {BENTUK}"),
        ("BB = 70,4 (BB)",
            f"nilai 'BB = 70,4 (BB)' tidak dapat dibaca (predikat ditulis dua kali): {BENTUK}"),
        ("3,40 (-B-)",
            f"nilai '3,40 (-B-)' tidak dapat dibaca (tanda predikat di kedua sisi): {BENTUK}"),
        ("12.3456", "nilai '12.3456' tidak dapat dibaca (titik adalah pemisah ribuan; "
            f"tulis desimal dengan koma): {BENTUK}"),
        ("1.23.456", "nilai '1.23.456' tidak dapat dibaca (titik adalah pemisah ribuan; "
            f"tulis desimal dengan koma): {BENTUK}"),
        ("1.2345,6", "nilai '1.2345,6' tidak dapat dibaca (titik adalah pemisah ribuan; "
            f"tulis desimal dengan koma): {BENTUK}"),
        ("1,5,2", f"nilai '1,5,2' tidak dapat dibaca: {BENTUK}"),
        (3.2, "nilai '3.2' tidak dapat dibaca (bilangan pecahan YAML kehilangan angka nol "
            f"di belakang; apit dengan tanda kutip): {BENTUK}"),
        (True, f"nilai 'True' tidak dapat dibaca: {BENTUK}"),
        (D("NaN"), f"nilai 'NaN' tidak dapat dibaca (bukan angka terhingga): {BENTUK}"),
    ],
)  # fmt: skip
def test_parse_nilai_rejects(teks, pesan):
    with pytest.raises(NilaiError) as info:
        parse_nilai(teks)
    assert str(info.value) == pesan
    assert isinstance(info.value, ValueError)


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(0, 3))
def test_angka_roundtrip_keeps_exponent(bulat, desimal):
    d = D(bulat).scaleb(-desimal)
    n = parse_nilai(angka(d))
    assert n.angka == d
    assert n.angka.as_tuple().exponent == d.as_tuple().exponent
    assert n.tampil() == angka(d)


# --- skala ---------------------------------------------------------------

SKALA = muat_skala()


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("100", "AA"), ("90.01", "AA"), ("90", "A"), ("80.01", "A"), ("80", "BB"),
        ("70.4", "BB"), ("70.01", "BB"), ("70", "B"), ("66.04", "B"), ("60", "CC"),
        ("50.5", "CC"), ("50", "C"), ("30.01", "C"), ("30", "D"), ("0", "D"),
    ],
)  # fmt: skip
def test_sakip(nilai, predikat):
    assert SKALA["sakip"].predikat(D(nilai)) == predikat


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("5.00", "A"), ("4.91", "A"), ("4.51", "A"), ("4.505", "A-"), ("4.50", "A-"),
        ("4.01", "A-"), ("4.00", "B"), ("3.80", "B"), ("3.51", "B"), ("3.50", "B-"),
        ("3.40", "B-"), ("3.01", "B-"), ("3.00", "C"), ("2.51", "C"), ("2.50", "C-"),
        ("2.01", "C-"), ("2.00", "D"), ("1.51", "D"), ("1.50", "E"), ("1.01", "E"),
        ("1.00", "F"), ("0", "F"),
    ],
)  # fmt: skip
def test_ipp(nilai, predikat):
    assert SKALA["ipp"].predikat(D(nilai)) == predikat


@pytest.mark.parametrize(
    ("nilai", "predikat", "label"),
    [
        ("100", "A", "Sangat Baik"), ("88.31", "A", "Sangat Baik"),
        ("88.30", "B", "Baik"), ("82.53", "B", "Baik"), ("76.61", "B", "Baik"),
        ("76.60", "C", "Kurang Baik"), ("65.00", "C", "Kurang Baik"),
        ("64.99", "D", "Tidak Baik"), ("25", "D", "Tidak Baik"),
    ],
)  # fmt: skip
def test_ikm(nilai, predikat, label):
    assert SKALA["ikm"].predikat(D(nilai)) == predikat
    assert SKALA["ikm"].label(D(nilai)) == label


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("120", "Sangat Tinggi"), ("100", "Sangat Tinggi"), ("90.01", "Sangat Tinggi"),
        ("90", "Tinggi"), ("75.01", "Tinggi"), ("75", "Sedang"), ("65.01", "Sedang"),
        ("65", "Rendah"), ("50.01", "Rendah"), ("50", "Sangat Rendah"),
        ("0", "Sangat Rendah"), ("-20", "Sangat Rendah"),
    ],
)  # fmt: skip
def test_capaian(nilai, predikat):
    assert SKALA["capaian"].predikat(D(nilai)) == predikat
    assert SKALA["capaian"].label(D(nilai)) == predikat


@pytest.mark.parametrize(
    ("kode", "nilai", "pesan"),
    [
        ("sakip", "100.01", "nilai 100,01 di luar rentang Nilai SAKIP (0 sampai 100)"),
        ("sakip", "-1", "nilai -1 di luar rentang Nilai SAKIP (0 sampai 100)"),
        ("ipp", "5.01", "nilai 5,01 di luar rentang Indeks Pelayanan Publik (0 sampai 5)"),
        ("ikm", "24.99",
            "nilai 24,99 di luar rentang Indeks Kepuasan Masyarakat (25 sampai 100)"),
    ],
)  # fmt: skip
def test_out_of_range(kode, nilai, pesan):
    with pytest.raises(ValueError) as info:
        SKALA[kode].predikat(D(nilai))
    assert str(info.value) == pesan


def test_skala_metadata_and_display():
    assert set(SKALA) >= {"sakip", "ipp", "ikm", "capaian"}
    for skala in SKALA.values():
        assert skala.sumber
    assert SKALA["sakip"].rentang == (D(0), D(100))
    assert SKALA["capaian"].rentang == (None, None)
    assert SKALA["sakip"].pola == "{predikat} = {angka}"
    assert SKALA["ipp"].pola == "{angka} ({predikat})"
    assert SKALA["sakip"].tampil(parse_nilai("66,04")) == "B = 66,04"
    assert SKALA["sakip"].tampil(parse_nilai("70,4")) == "BB = 70,4"
    assert SKALA["ipp"].tampil(parse_nilai("3,01")) == "3,01 (B-)"
    assert SKALA["ikm"].tampil(parse_nilai("82,53")) == "82,53"
    assert SKALA["sakip"].label(D(70)) is None


def test_skala_refuses_float():
    with pytest.raises(TypeError):
        SKALA["sakip"].predikat(70.4)


@pytest.mark.parametrize("kode", ["sakip", "ipp", "ikm"])
@given(data=st.data())
def test_every_value_in_range_has_exactly_one_band(kode, data):
    skala = SKALA[kode]
    bawah, atas = skala.rentang
    d = data.draw(st.decimals(min_value=bawah, max_value=atas, places=3))
    cocok = [p for p in skala.pita if p.memuat(d)]
    # bands are read top-down, the first that holds the value wins
    assert cocok and skala.predikat(d) == cocok[0].predikat


def test_override_file_adds_and_replaces(tmp_path: Path):
    berkas = tmp_path / "skala.yaml"
    berkas.write_text(
        "capaian:\n"
        "  nama: Capaian Kinerja\n"
        "  sumber: Peraturan Bupati\n"
        "  rentang: [0, ~]\n"
        "  pita:\n"
        "    - {predikat: Baik, mulai: 80}\n"
        "    - {predikat: Kurang, mulai: 0}\n"
        "nilai_ujian:\n"
        "  sumber: Contoh\n"
        "  rentang: ['0', '10,0']\n"
        "  pola: '{angka} ({predikat})'\n"
        "  pita:\n"
        "    - {predikat: Lulus, di_atas: 5.505}\n"
        "    - {predikat: Gagal}\n",
        encoding="utf-8",
    )
    skala = muat_skala(berkas)
    assert skala["sakip"].predikat(D("70.4")) == "BB"  # untouched
    assert skala["capaian"].predikat(D(120)) == "Baik"
    assert skala["capaian"].predikat(D("79.99")) == "Kurang"
    assert skala["nilai_ujian"].pita[0].batas == D("5.505")  # YAML float, exact
    assert skala["nilai_ujian"].predikat(D("5.505")) == "Gagal"
    assert skala["nilai_ujian"].predikat(D("5.506")) == "Lulus"
    assert skala["nilai_ujian"].rentang == (D(0), D("10.0"))


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        ("x:\n  sumber: S\n  rentang: [0, 10]\n  pita:\n"
         "    - {predikat: A, mulai: 5}\n    - {predikat: B, mulai: 6}\n",
         "pita harus urut dari batas tertinggi ke terendah"),
        ("x:\n  sumber: S\n  rentang: [0, 10]\n  pita:\n"
         "    - {predikat: A, mulai: 5}\n    - {predikat: B, mulai: 1}\n",
         "pita terakhir tidak mencakup nilai terendah rentang"),
        ("x:\n  sumber: S\n  rentang: [0, 10]\n  pita:\n"
         "    - {predikat: A, diatas: 5}\n",
         "kunci diatas tidak dikenal"),
        ("x:\n  sumber: S\n  rentang: [0, 10]\n  pita:\n"
         "    - {predikat: A, mulai: 5, di_atas: 5}\n",
         "tulis salah satu saja, di_atas atau mulai"),
        ("x:\n  sumber: S\n  rentang: [0, 10]\n  pita:\n"
         "    - {predikat: A, mulai: lima}\n",
         "'lima' bukan angka"),
        ("x:\n  rentang: [0, 10]\n  pita:\n    - {predikat: A}\n",
         "sumber: harus diisi teks"),
        ("x:\n  sumber: S\n  rentang: [0, 10]\n  pola: '{nilai}'\n  pita:\n"
         "    - {predikat: A}\n",
         "hanya boleh memakai {angka} dan {predikat}"),
    ],
)  # fmt: skip
def test_override_file_errors(tmp_path: Path, isi, pesan):
    berkas = tmp_path / "skala.yaml"
    berkas.write_text(isi, encoding="utf-8")
    with pytest.raises(SkalaError) as info:
        muat_skala(berkas)
    assert pesan in str(info.value)


def test_override_file_missing(tmp_path: Path):
    with pytest.raises(SkalaError, match="berkas skala tidak ditemukan"):
        muat_skala(tmp_path / "tidak-ada.yaml")
