"""Tata kolom: lebar kolom tabel dari isinya, dengan metrik huruf sungguhan.

Angka harapan dihitung dengan tangan dari lebar maju (advance width) URW
Bookman per 1000 unit em: di 9 pt satu unit = 9 * 20 / 1000 = 0,18 twip.
"""

from __future__ import annotations

import math

import pytest

from generator.word.bagi_lebar import Paragraf, jumlah_baris
from generator.word.metrik import metrik_huruf
from generator.word.penggalan import batas_suku, kata_kata, penggal, potongan, sisipkan_penggalan
from generator.word.tata_kolom import (
    ANGKA,
    ISI,
    KEPALA,
    KEPALA_TEKS,
    NILAI,
    NOMOR,
    RUPIAH,
    SESAK,
    UTUH,
    Huruf,
    Kolom,
    bulatkan,
    tata_kolom,
)
from tests.metrik_huruf import BERKAS_DATA, metrik, tulis
from tests.stres import makna_panjang

HURUF = Huruf("Bookman Old Style", 9)
PAD = 114  # 57 twip kiri + 57 twip kanan, margin sel tabel bawaan
LANSKAP_F4 = 15874  # (330 - 30 - 20) mm dalam twip
POTRET_F4 = 9354  # (215 - 30 - 20) mm dalam twip
LONGGAR = 1.05

KATA_PANJANG = "Ketidakberdayagunaanpenyelenggaraanpemerintahan"  # 47 huruf


def _twip(unit: int, ukuran: float = 9) -> float:
    return unit * ukuran * 20 / 1000


def _paragraf(m, teks: str, ukuran: float = 9) -> Paragraf:
    """Satu paragraf sebagai lebar kata-katanya (dengan kelonggaran)."""
    return Paragraf(tuple(m.lebar(k, ukuran) * LONGGAR for k in teks.split()), m.lebar(" ", ukuran) * LONGGAR)


def _perlu(unit: int, ukuran: float = 9) -> int:
    """Lebar kolom untuk teks selebar ``unit`` satuan em: + kelonggaran 5 % + padding."""
    return math.ceil(_twip(unit, ukuran) * LONGGAR) + PAD


# --- metrik dan pemenggalan ----------------------------------------------------------


def test_data_metrik_sama_dengan_font_terpasang():
    """generator/data/metrik_huruf.yaml dibuat dari font URW Bookman yang terpasang
    (python -m tests.metrik_huruf); bila font berubah, data harus dibuat ulang."""
    assert BERKAS_DATA.read_text(encoding="utf-8") == tulis(metrik())


def test_lebar_teks_dari_lebar_maju():
    m = metrik_huruf("Bookman Old Style")
    # 1 0 0 , 0 0 % = 620*5 + 320 + 900 = 4320 unit
    assert m.lebar("100,00%", 9) == pytest.approx(_twip(4320))
    # Tebal (URW Bookman Demi): T a r g e t = 700+580+460+580+580+460 = 3360 unit
    assert m.lebar("Target", 9, tebal=True) == pytest.approx(_twip(3360))
    assert m.lebar("Pe\u00adnang\u00adgung", 9) == m.lebar("Penanggung", 9)
    assert metrik_huruf("Huruf Tak Dikenal") is m  # diukur sebagai Bookman (lebar)


def test_penggalan_di_batas_suku_kamus_id():
    assert penggal("Penanggung") == "Pe\u00adnang\u00adgung"
    assert penggal("Kesejahteraan") == "Ke\u00adse\u00adjah\u00adte\u00adra\u00adan"
    # potongan tanpa vokal dari kamus digabung: bukan suku kata
    assert penggal("Pemilihan") == "Pe\u00admi\u00adlih\u00adan"
    assert batas_suku("SKPD") == ()
    assert potongan("Perundang-undangan", bersuku=False) == [("Perundang-", False), ("undangan", False)]
    assert potongan("-150,00%", bersuku=True) == [("-150,00%", False)]  # tanda minus tidak dipisah
    assert kata_kata("Rp\u00a04.250 dan\nNIP") == ["Rp\u00a04.250", "dan", "NIP"]


def test_sisipkan_penggalan_hanya_kata_utuh():
    p = {"Penanggung": penggal("Penanggung")}
    assert sisipkan_penggalan("Penanggung Jawab; Penanggungnya", p) == "Pe\u00adnang\u00adgung Jawab; Penanggungnya"


def test_bulatkan_menjumlah_tepat():
    assert bulatkan([10.4, 10.4, 10.2], 31) == (11, 10, 10)
    assert bulatkan([10.5, 10.5, 10.0], 31) == (11, 10, 10)  # seri: kolom pertama


# --- kolom angka, nomor, rupiah -----------------------------------------------------


def test_kolom_angka_selebar_nilai_terpanjangnya():
    """Selama teks masih butuh tempat, kolom angka tidak lebih lebar dari nilainya."""
    kolom = [
        Kolom("No.", ["1", "12"], NOMOR),
        Kolom("Indikator", ["Persentase dokumen perencanaan yang tepat waktu " * 6]),
        Kolom("Target 2025", ["83", "100,00%"], ANGKA),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    # "No." tebal: N o . = 740+620+340 = 1700 unit > "12" = 1240 unit
    # "100,00%" = 4320 unit > "Target" tebal = 3360 unit
    assert hasil.lebar[0] == _perlu(1700)
    assert hasil.lebar[2] == _perlu(4320)
    assert sum(hasil.lebar) == POTRET_F4
    assert (hasil.ukuran, hasil.tahap) == (9, UTUH)


def test_rupiah_15_angka_utuh_di_kolomnya():
    nilai = "Rp123.456.789.012.345,00"
    kolom = [
        Kolom("Program", ["Program Penunjang Urusan Pemerintahan Daerah"]),
        Kolom("Anggaran (Rp)", [nilai, "Rp4.250.000.000,00"], RUPIAH),
        Kolom("Realisasi (Rp)", [nilai], RUPIAH),
        Kolom("%", ["90,53"], ANGKA),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    # R p = 720+620; 17 angka * 620; 4 titik + 1 koma * 320 => 13480 unit
    assert hasil.lebar[1] == hasil.lebar[2] == _perlu(13480)
    assert hasil.tahap == UTUH and not any(hasil.penggalan)


# --- kolom teks --------------------------------------------------------------------


def _tabel_iku(tahun: int, *, makna: str = "Makna Indikator: kemampuan layanan penyusunan produk hukum") -> list[Kolom]:
    return [
        Kolom("No.", ["1", "2"], NOMOR),
        Kolom("Sasaran", ["Meningkatnya kualitas perencanaan dan penganggaran daerah"]),
        Kolom("Indikator Kinerja Utama", ["Persentase dokumen perencanaan yang tepat waktu"]),
        *[Kolom(f"Target {2021 + i}", ["100%", "83"], ANGKA) for i in range(tahun)],
        Kolom("Makna / Alasan Pemilihan / Cara Hitung", [makna, makna]),
        Kolom("Penanggung Jawab", ["Kepala Sub Bagian Perencanaan dan Keuangan"]),
        Kolom("Sumber Data", ["Bappedalitbang"]),
    ]


@pytest.mark.parametrize("tahun", [1, 5, 6, 7])
def test_periode_1_5_6_7_tahun_muat_tanpa_memenggal(tahun):
    kolom = _tabel_iku(tahun)
    hasil = tata_kolom(kolom, HURUF, lebar_total=LANSKAP_F4, padding=PAD)
    assert (hasil.ukuran, hasil.tahap) == (9, UTUH)
    assert sum(hasil.lebar) == LANSKAP_F4
    m = metrik_huruf(HURUF.nama)
    # kolom target: "Target" tebal (3360 unit) lebih lebar dari "100%" (620*3 + 900 = 2760 unit)
    assert set(hasil.lebar[3:3 + tahun]) == {_perlu(3360)}
    for k, w in zip(kolom, hasil.lebar):
        terpanjang = max(m.lebar(x, 9) * LONGGAR for t in k.isi for x in kata_kata(t))
        assert w - PAD >= terpanjang, k.kepala
    # teks dibagi menurut banyak teksnya: Makna lebih lebar dari Sumber Data
    assert hasil.lebar[-3] > hasil.lebar[-1]


def test_sisa_lebar_ke_kolom_yang_membuat_baris_tinggi():
    """Makna 2.000 huruf di satu baris tidak membuat kolom Indikator kelaparan:
    di baris lain Indikator-lah yang menentukan tinggi baris."""
    makna = makna_panjang()
    indikator = "Persentase dokumen perencanaan dan penganggaran perangkat daerah yang ditetapkan tepat waktu"
    kolom = [
        Kolom("Indikator", [indikator] * 6),
        Kolom("Makna", [makna] + ["jumlah dokumen dibagi jumlah perangkat daerah"] * 5),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    u = metrik_huruf(HURUF.nama)

    def tinggi(lebar):
        baris = 0.0
        for a, b in zip(kolom[0].isi, kolom[1].isi):
            baris += max(jumlah_baris([_paragraf(u, t)], w, PAD) for t, w in zip((a, b), lebar))
        return baris

    sebanding = bulatkan([POTRET_F4 * x / (len(indikator) * 6 + len(makna) + 225) for x in (len(indikator) * 6, len(makna) + 225)], POTRET_F4)
    assert tinggi(hasil.lebar) < tinggi(sebanding)
    assert hasil.lebar[0] > POTRET_F4 // 4


def test_sisa_yang_tak_dibutuhkan_baris_dibagi_sebanding_lebar_semua_kolom():
    """Bila semua sel sudah sependek mungkin, sisanya dibagi ke semua kolom
    (juga kolom angka) sebanding lebarnya: tabel kecil selebar halaman tetap
    seimbang, tidak satu kolom teks menelan semuanya."""
    satu = "perencanaan dan penganggaran daerah"
    kolom = [Kolom("A", [satu]), Kolom("B", [satu, satu, satu])]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    satu_baris = math.ceil(metrik_huruf(HURUF.nama).lebar(satu, 9) * LONGGAR) + PAD
    assert min(hasil.lebar) >= satu_baris and abs(hasil.lebar[1] - hasil.lebar[0]) <= 1
    kolom = [
        Kolom("Tahun", ["2021", "2022"], ANGKA),
        Kolom("Target", ["83", "100%"], ANGKA),
        Kolom("Capaian", ["97,59%", "101,20%"], ANGKA),
        Kolom("Kategori", ["Sangat Tinggi", "Tinggi"]),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    m = metrik_huruf(HURUF.nama)
    perlu = [math.ceil(max(m.lebar(k.kepala, 9, tebal=True), *(m.lebar(t, 9) for t in k.isi)) * LONGGAR) + PAD for k in kolom]
    # kolom angka sebanding kebutuhannya; semua lebih lebar dari kebutuhannya; kolom teks satu baris
    faktor = hasil.lebar[0] / perlu[0]
    assert faktor > 1.5
    for w, p in zip(hasil.lebar[:3], perlu[:3]):
        assert w == pytest.approx(p * faktor, abs=2)
    assert hasil.lebar[3] >= perlu[3] * faktor and sum(hasil.lebar) == POTRET_F4
    # kolom yang tidak pernah menentukan tinggi baris tetap selebar kata terpanjangnya
    kolom = [Kolom("Sumber Data", ["BPS"]), Kolom("Makna", ["kata " * 400])]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    m = metrik_huruf(HURUF.nama)
    assert hasil.lebar[0] == math.ceil(m.lebar("Sumber", 9, tebal=True) * LONGGAR) + PAD


def test_kata_40_huruf_lebih_menentukan_lebar_kolomnya():
    kolom = _tabel_iku(6)
    kolom[2] = Kolom("Indikator Kinerja Utama", [f"Persentase {KATA_PANJANG}"])
    hasil = tata_kolom(kolom, HURUF, lebar_total=LANSKAP_F4, padding=PAD)
    m = metrik_huruf(HURUF.nama)
    assert hasil.tahap == UTUH
    assert hasil.lebar[2] - PAD >= m.lebar(KATA_PANJANG, 9) * LONGGAR


def test_kata_40_huruf_dipenggal_di_batas_suku_bila_tak_muat():
    kolom = [
        Kolom("Indikator", [f"Persentase {KATA_PANJANG}"]),
        Kolom("Target 2025", ["100%"], ANGKA),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=2200, padding=PAD)
    assert hasil.tahap == ISI and hasil.ukuran == 7
    assert hasil.penggalan[0][KATA_PANJANG] == penggal(KATA_PANJANG)
    m = metrik_huruf(HURUF.nama)
    hubung = m.lebar("-", 7)
    terlebar = max(m.lebar(s, 7) + hubung for s in penggal(KATA_PANJANG).split("\u00ad"))
    assert hasil.lebar[0] - PAD >= terlebar * LONGGAR


def test_kepala_dipenggal_sebelum_huruf_diperkecil():
    kolom = [
        Kolom("Penanggung Jawab", ["Kabag", "Sub Bag"]),
        Kolom("Target 2025", ["100%"], ANGKA),
    ]
    m = metrik_huruf(HURUF.nama)
    utuh = math.ceil(m.lebar("Penanggung", 9, tebal=True) * LONGGAR) + PAD + _perlu(3360)
    hasil = tata_kolom(kolom, HURUF, lebar_total=utuh - 50, padding=PAD)
    assert (hasil.ukuran, hasil.tahap) == (9, KEPALA_TEKS)
    assert hasil.penggalan == ({"Penanggung": "Pe\u00adnang\u00adgung"}, {})
    # lebih sempit lagi: kepala kolom angka pun dipenggal ("Tar-get"), huruf tetap 9 pt
    hasil = tata_kolom(kolom, HURUF, lebar_total=utuh - 50 - (utuh - PAD * 2) // 3, padding=PAD)
    assert (hasil.ukuran, hasil.tahap) == (9, KEPALA)
    assert hasil.penggalan[1] == {"Target": "Tar\u00adget"}


def test_target_bersatuan_dipecah_di_spasi_sebelum_huruf_diperkecil():
    kolom = [
        Kolom("Indikator", ["Jumlah dokumen kesepakatan"]),
        *[Kolom(f"Target {t}", ["10 Kesepakatan", "6\u00a0Urusan"], ANGKA) for t in (2025, 2026)],
        Kolom("Pagu", ["Rp450.000.000.000.000,00"], RUPIAH),
    ]
    m = metrik_huruf(HURUF.nama)
    utuh = [_perlu(3360) for _ in range(2)]  # "Target" tebal
    kata = math.ceil(m.lebar("Kesepakatan", 9) * LONGGAR) + PAD
    pagu = math.ceil(m.lebar("Rp450.000.000.000.000,00", 9) * LONGGAR) + PAD
    indikator = math.ceil(m.lebar("kesepakatan", 9) * LONGGAR) + PAD
    total = indikator + 2 * max(kata, utuh[0]) + pagu
    hasil = tata_kolom(kolom, HURUF, lebar_total=total, padding=PAD)
    assert (hasil.ukuran, hasil.tahap) == (9, NILAI)
    assert hasil.lebar[1] == hasil.lebar[2] == max(kata, utuh[0]) and hasil.lebar[3] == pagu


def test_huruf_diperkecil_paling_banyak_2_pt_sebelum_isi_dipenggal():
    kolom = [Kolom("No.", ["1"], NOMOR), Kolom("Indikator", ["Bappedalitbang"])]
    m = metrik_huruf(HURUF.nama)
    pas_8 = math.ceil(m.lebar("Bappedalitbang", 8) * LONGGAR) + PAD + _perlu(1700, 8)
    hasil = tata_kolom(kolom, HURUF, lebar_total=pas_8, padding=PAD)
    assert (hasil.ukuran, hasil.tahap) == (8, UTUH)
    assert not any(hasil.penggalan)


def test_terlalu_sempit_ditandai_sesak():
    hasil = tata_kolom(_tabel_iku(7), HURUF, lebar_total=3000, padding=PAD)
    assert hasil.tahap == SESAK and not hasil.muat
    assert sum(hasil.lebar) == 3000 and hasil.ukuran == 7


def test_makna_2000_huruf_dan_deterministik():
    makna = ("Cara Hitung: jumlah dokumen yang ditetapkan tepat waktu dibagi jumlah dokumen " * 26)[:2000]
    a = tata_kolom(_tabel_iku(5, makna=makna), HURUF, lebar_total=LANSKAP_F4, padding=PAD)
    b = tata_kolom(_tabel_iku(5, makna=makna), HURUF, lebar_total=LANSKAP_F4, padding=PAD)
    assert a == b and a.tahap == UTUH
    assert a.lebar[-3] == max(a.lebar)  # Makna mendapat sisa terbanyak


def test_jenis_kolom_tak_dikenal_ditolak():
    with pytest.raises(ValueError, match="jenis kolom"):
        Kolom("X", [], "uang")


def test_nilai_dipecah_bila_tabel_jauh_lebih_pendek():
    """Delapan kolom target bernilai "BB = 70,4" tidak membuat kolom Makna
    tinggal beberapa kata lebarnya: nilai boleh pindah baris di spasinya bila
    tabel jadi jelas lebih pendek, tetapi kepala kolom angka tetap utuh."""
    makna = makna_panjang(1200)
    kolom = [
        Kolom("Indikator", ["Nilai Akuntabilitas Kinerja Instansi Pemerintah"]),
        *[Kolom(f"Target {t}", ["BB = 70,4", "3,40 (B-)"], ANGKA) for t in range(2020, 2028)],
        Kolom("Makna / Alasan Pemilihan / Cara Hitung", [makna]),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=LANSKAP_F4 - 3000, padding=PAD)
    m = metrik_huruf(HURUF.nama)
    assert hasil.tahap == NILAI
    target = hasil.lebar[1:-1]
    assert max(target) < math.ceil(m.lebar("BB = 70,4", 9) * LONGGAR) + PAD  # nilai dipecah
    assert min(target) >= math.ceil(m.lebar("Target", 9, tebal=True) * LONGGAR) + PAD  # kepala utuh
    assert not any(hasil.penggalan[1:-1])


def test_sel_tebal_diukur_tebal():
    """Baris Jumlah yang tebal: kolom Rupiah selebar jumlah tebalnya."""
    nilai = ["Rp7.385.000.000,00", "Rp12.075.000.000,00"]
    kolom = [
        Kolom("Program", ["Program Penunjang Urusan Pemerintahan Daerah " * 3, "Jumlah"], tebal=[False, True]),
        Kolom("Pagu (Rp)", nilai, RUPIAH, tebal=[False, True]),
    ]
    hasil = tata_kolom(kolom, HURUF, lebar_total=POTRET_F4, padding=PAD)
    m = metrik_huruf(HURUF.nama)
    assert hasil.lebar[1] == math.ceil(m.lebar(nilai[1], 9, tebal=True) * LONGGAR) + PAD
