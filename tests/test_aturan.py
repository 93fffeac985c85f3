"""Domain checks (generator/periksa/aturan/): one test per check class.

Each test copies the example content (konten/) into a temporary folder, breaks
one thing in one YAML file textually, loads it with ``muat_konten`` and runs
``periksa_aturan``; it asserts the kode, the level, the Indonesian message and
the line in the file where the broken value was written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.periksa.aturan import periksa_aturan
from generator.periksa.aturan.indikator import target_pencilan
from generator.periksa.aturan.penandatangan import gelar_dalam_nama, normal_golongan, periksa_nip
from generator.dasar.format import Tanggal
from generator.dasar.galat import GALAT, KONFIRMASI, PERINGATAN, Masalah
from generator.muat.konten import muat_konten
from generator.dasar.nilai import parse_nilai
from generator.muat.pemeriksa import Pemeriksa
from generator.periksa.validasi import validasi

KONTEN = Path(__file__).resolve().parent.parent / "konten"


# --------------------------------------------------------------------------
# helpers


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    tujuan = tmp_path / "konten"
    shutil.copytree(KONTEN, tujuan)
    return tujuan


def ubah(berkas: Path, lama: str, baru: str, setelah: str | None = None) -> int:
    """Replace the first ``lama`` (after ``setelah``, if given); return its line."""
    teks = berkas.read_text(encoding="utf-8")
    mulai = 0
    if setelah is not None:
        mulai = teks.index(setelah)
    i = teks.index(lama, mulai)
    berkas.write_text(teks[:i] + baru + teks[i + len(lama) :], encoding="utf-8")
    return teks.count("\n", 0, i) + 1


def baris(berkas: Path, teks: str, setelah: str | None = None) -> int:
    isi = berkas.read_text(encoding="utf-8")
    mulai = isi.index(setelah) if setelah is not None else 0
    return isi.count("\n", 0, isi.index(teks, mulai)) + 1


def periksa(folder: Path) -> list[Masalah]:
    konten, p = muat_konten(folder)
    assert konten is not None, [str(x) for x in p.masalah]
    validasi(konten, p)
    # validasi may warn (the LKjIP example lacks one realisasi on purpose); no errors.
    assert not [x for x in p.masalah if x.tingkat == GALAT], [str(x) for x in p.masalah]
    q = Pemeriksa()
    periksa_aturan(konten, q)
    return q.masalah


def dengan(masalah: list[Masalah], kode: str, berkas: str | None = None, jalur: str | None = None) -> list[Masalah]:
    return [
        x
        for x in masalah
        if x.kode == kode
        and (berkas is None or (x.lokasi is not None and x.lokasi.berkas.name == berkas))
        and (jalur is None or x.jalur == jalur)
    ]


def satu(masalah: list[Masalah], kode: str, berkas: str | None = None, jalur: str | None = None) -> Masalah:
    hasil = dengan(masalah, kode, berkas, jalur)
    assert len(hasil) == 1, [str(x) for x in masalah if x.kode == kode]
    return hasil[0]


# --------------------------------------------------------------------------
# the example content builds: no errors, only the expected warnings


def test_contoh_tanpa_galat():
    masalah = periksa(KONTEN)
    assert [str(x) for x in masalah if x.tingkat == GALAT] == []
    kode_peringatan = {x.kode for x in masalah if x.tingkat == PERINGATAN}
    assert {"menimbang", "mengingat", "target-pencilan"} <= kode_peringatan
    # nothing about NIPs, names, titles or predicates in the example
    assert not {"nip", "pangkat", "golongan", "pangkat-golongan", "predikat", "gelar", "ttd-nama-berbeda"} & {
        x.kode for x in masalah
    }


# --------------------------------------------------------------------------
# 1. NIP


@pytest.mark.parametrize(
    ("nip", "pesan"),
    [
        (
            "49900521 201206 1 002",
            "NIP '49900521 201206 1 002': tanggal lahir 4990-05-21 tidak mungkin "
            "(8 angka pertama adalah tanggal lahir TTTTBBHH)",
        ),
        (
            "19900521 201206 1 02",
            "NIP '19900521 201206 1 02': harus 18 angka, tertulis 17 angka; NIP ditulis seperti "
            "19760417 199412 1 001 (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut)",
        ),
        (
            "19900521 201206 3 002",
            "NIP '19900521 201206 3 002': angka ke-15 adalah jenis kelamin dan harus 1 (laki-laki) "
            "atau 2 (perempuan), bukan 3",
        ),
        (
            "19900521 200006 1 002",
            "NIP '19900521 200006 1 002': TMT CPNS 2000-06 hanya 10 tahun sesudah tanggal lahir 1990-05-21; "
            "CPNS diangkat sedikitnya pada usia 18 tahun: periksa angka ke-1 sampai ke-14",
        ),
        (
            "19900521 198806 1 002",
            "NIP '19900521 198806 1 002': TMT CPNS 1988-06 sebelum tanggal lahir 1990-05-21; "
            "periksa angka ke-1 sampai ke-14",
        ),
        (
            "19900521 201213 1 002",
            "NIP '19900521 201213 1 002': TMT CPNS 2012-13 tidak mungkin "
            "(angka ke-9 sampai ke-14 adalah tahun dan bulan TMT CPNS TTTTBB)",
        ),
        (
            "19900521 202201 1 002",
            "NIP '19900521 202201 1 002': TMT CPNS 2022-01 sesudah tanggal penetapan Desember 2021; "
            "periksa angka ke-9 sampai ke-14 (TTTTBB)",
        ),
        (
            "19900231 201206 1 002",
            "NIP '19900231 201206 1 002': tanggal lahir 1990-02-31 tidak mungkin "
            "(8 angka pertama adalah tanggal lahir TTTTBBHH)",
        ),
        (
            "1990O521 201206 1 002",
            "NIP '1990O521 201206 1 002': hanya boleh berisi angka (dan spasi), ada 'O'; "
            "NIP ditulis seperti 19760417 199412 1 001",
        ),
    ],
)
def test_nip(folder, nip, pesan):
    berkas = folder / "unit" / "prokopim.yaml"
    nomor = ubah(berkas, 'nip: "19900521 201206 1 002"', f'nip: "{nip}"')
    x = satu(periksa(folder), "nip")
    assert (x.tingkat, x.jalur, x.pesan) == (GALAT, "penandatangan.nip", pesan)
    assert (x.lokasi.berkas.name, x.lokasi.baris) == ("prokopim.yaml", nomor)


def test_nip_beberapa_bagian_salah_dilaporkan_semua():
    pesan = periksa_nip("49900521 201206 3 002", Tanggal(2021, 12))
    assert len(pesan) == 2
    assert "tanggal lahir 4990-05-21 tidak mungkin" in pesan[0]
    assert "bukan 3" in pesan[1]


def test_nip_sah_dan_spasi_bebas():
    assert periksa_nip("19760417 199412 1 001", Tanggal(2021, 12, 20)) == []
    assert periksa_nip("197604171994121001", Tanggal(2021, 12)) == []
    # exactly 18 years after the birth month is allowed
    assert periksa_nip("19760417 199404 2 001", Tanggal(2021, 12)) == []


def test_nip_keputusan_diperiksa_juga(folder):
    berkas = folder / "keputusan.yaml"
    nomor = ubah(berkas, 'nip: "19760417 199412 1 001"', 'nip: "19760417 199412 1 01"')
    x = satu(periksa(folder), "nip", "keputusan.yaml")
    assert x.lokasi.baris == nomor
    assert x.pesan.startswith("NIP '19760417 199412 1 01': harus 18 angka, tertulis 17 angka")


# --------------------------------------------------------------------------
# 2. pangkat and golongan


def test_pangkat_tidak_sesuai_golongan(folder):
    berkas = folder / "keputusan.yaml"
    nomor = ubah(berkas, "pangkat: Pembina Utama Muda", "pangkat: Pembina")
    x = satu(periksa(folder), "pangkat-golongan")
    assert (x.tingkat, x.jalur) == (GALAT, "penandatangan.pangkat")
    assert x.pesan == (
        "pangkat 'Pembina' tidak sesuai golongan IV/c (IV/c adalah Pembina Utama Muda); perbaiki pangkat atau golongannya"
    )
    assert (x.lokasi.berkas.name, x.lokasi.baris) == ("keputusan.yaml", nomor)


@pytest.mark.parametrize("tulisan", ["IV.c", "IV-c", "IV/C", "iv/c", "(IV.c)", "IV c"])
def test_golongan_ditulis_lain_diterima(folder, tulisan):
    ubah(folder / "keputusan.yaml", "golongan: IV/c", f'golongan: "{tulisan}"')
    masalah = periksa(folder)
    assert not dengan(masalah, "golongan") and not dengan(masalah, "pangkat-golongan")
    assert normal_golongan(tulisan) == "IV/c"


def test_golongan_tidak_dikenal(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, "golongan: IV/c", "golongan: IV/f")
    x = satu(periksa(folder), "golongan")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (GALAT, "penandatangan.golongan", nomor)
    assert x.pesan == "golongan 'IV/f' tidak dikenal; tulis golongan/ruang I/a sampai IV/e, misalnya IV/c"


def test_pangkat_tidak_dikenal_dengan_saran(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, "pangkat: Pembina Utama Muda", "pangkat: Pembina Utama Mudah")
    masalah = periksa(folder)
    x = satu(masalah, "pangkat")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (GALAT, "penandatangan.pangkat", nomor)
    assert x.pesan == (
        "pangkat 'Pembina Utama Mudah' tidak dikenal; maksud Anda 'Pembina Utama Muda'? "
        "(pangkat PNS: Juru Muda sampai Pembina Utama)"
    )
    assert not dengan(masalah, "pangkat-golongan")


def test_pangkat_tingkat_disingkat_diterima(folder):
    berkas = folder / "unit" / "hukum.yaml"
    ubah(berkas, 'nip: "19830710 201001 1 020"', 'nip: "19830710 201001 1 020"\n  pangkat: Penata Tk. I\n  golongan: III/d')
    masalah = periksa(folder)
    assert not dengan(masalah, "pangkat") and not dengan(masalah, "pangkat-golongan")


# --------------------------------------------------------------------------
# 3. predicate against the scale


def test_predikat_tidak_sesuai_skala(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, 'kondisi_awal: "B = 66,04"', 'kondisi_awal: "BB = 66,04"')
    x = satu(periksa(folder), "predikat")
    assert (x.tingkat, x.jalur) == (GALAT, "sasaran[1].indikator[1].kondisi_awal")
    assert x.pesan == (
        "predikat 'BB' tidak sesuai nilai 66,04 pada skala Nilai SAKIP (seharusnya B); perbaiki predikat atau angkanya"
    )
    assert (x.lokasi.berkas.name, x.lokasi.baris) == ("sekretariat.yaml", nomor)


def test_predikat_target_tahun_pada_barisnya(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, '2022: "BB = 70,4"', '2022: "B = 70,4"')
    x = satu(periksa(folder), "predikat")
    assert x.jalur == "sasaran[1].indikator[1].target.2022"
    assert x.pesan.startswith("predikat 'B' tidak sesuai nilai 70,4 pada skala Nilai SAKIP (seharusnya BB)")
    assert x.lokasi.baris == nomor


def test_nilai_di_luar_rentang_skala(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, '2026: "4,91 (A)"', '2026: "5,91 (A)"')
    masalah = periksa(folder)
    x = satu(masalah, "rentang-skala")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (GALAT, "sasaran[1].indikator[2].target.2026", nomor)
    assert x.pesan == "target 2026 (5,91) di luar rentang Indeks Pelayanan Publik (0 sampai 5); periksa angkanya"
    assert not dengan(masalah, "predikat")


def test_predikat_tanpa_skala(folder):
    berkas = folder / "unit" / "hukum.yaml"
    ubah(berkas, '2021: "83"', '2021: "83 (B)"', setelah="id: hukum-1")
    x = satu(periksa(folder), "predikat-tanpa-skala")
    assert (x.tingkat, x.jalur) == (PERINGATAN, "sasaran[1].indikator[1]")
    assert x.pesan == (
        "indikator 'Tingkat kepuasan layanan produk hukum dan informasi hukum' menulis predikat (target 2021 '83 (B)') "
        "tetapi tidak menyebut skala; tulis skala (sakip, ipp, ikm atau capaian) agar predikat dapat diperiksa"
    )
    assert x.lokasi.baris == baris(berkas, "id: hukum-1")


# --------------------------------------------------------------------------
# 4. date of enactment


def test_tanggal_penetapan_2030(folder):
    berkas = folder / "keputusan.yaml"
    nomor = ubah(berkas, "tanggal: Desember 2021", "tanggal: Desember 2030")
    masalah = periksa(folder)
    periode = satu(masalah, "tanggal-periode")
    assert (periode.tingkat, periode.jalur, periode.lokasi.baris) == (GALAT, "ditetapkan.tanggal", nomor)
    assert periode.pesan == (
        "tanggal penetapan 2030 di luar periode IKU 2021-2026; keputusan ditetapkan paling awal tahun 2020 "
        "dan paling lambat tahun 2026: periksa tahun tanggal penetapan"
    )
    tahun = satu(masalah, "tanggal-nomor")
    assert (tahun.tingkat, tahun.jalur, tahun.lokasi.baris) == (GALAT, "ditetapkan.tanggal", nomor)
    assert tahun.pesan == (
        "tanggal penetapan Desember 2030 tidak sesuai tahun nomor keputusan (2021); "
        "samakan tahun tanggal penetapan dan nomor.tahun"
    )


def test_tanggal_penetapan_setahun_sebelum_periode_boleh(folder):
    berkas = folder / "keputusan.yaml"
    ubah(berkas, "tanggal: Desember 2021", "tanggal: 20 Desember 2020")
    ubah(berkas, "tahun: 2021}", "tahun: 2020}")
    masalah = periksa(folder)
    assert not dengan(masalah, "tanggal-periode") and not dengan(masalah, "tanggal-nomor")
    ubah(berkas, "tanggal: 20 Desember 2020", "tanggal: 20 Desember 2019")
    ubah(berkas, "tahun: 2020}", "tahun: 2019}")
    assert satu(periksa(folder), "tanggal-periode").pesan.startswith("tanggal penetapan 2019 di luar periode IKU 2021-2026")


# --------------------------------------------------------------------------
# 5. kondisi akhir


def test_kondisi_akhir_berbeda(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, 'kondisi_akhir: "85,00"', 'kondisi_akhir: "86,00"')
    x = satu(periksa(folder), "kondisi-akhir")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (PERINGATAN, "sasaran[1].indikator[3].kondisi_akhir", nomor)
    assert x.pesan == (
        "kondisi akhir 86,00 berbeda dengan target tahun terakhir (2026: 85,00); kondisi akhir periode biasanya "
        "sama dengan target tahun terakhir: periksa salah satunya"
    )


def test_kondisi_akhir_sama_angka_beda_tulisan(folder):
    ubah(folder / "unit" / "sekretariat.yaml", 'kondisi_akhir: "85,00"', 'kondisi_akhir: "85"')
    assert not dengan(periksa(folder), "kondisi-akhir")


# --------------------------------------------------------------------------
# 6. percentages


def test_persen_1000(folder):
    berkas = folder / "unit" / "hukum.yaml"
    nomor = ubah(berkas, '2021: "100%"', '2021: "1000%"', setelah="id: hukum-3")
    x = satu(periksa(folder), "persen")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (PERINGATAN, "sasaran[3].indikator[1].target.2021", nomor)
    assert x.pesan == "target 1000% di luar 0-100%; periksa angkanya"


def test_persen_dari_satuan_indikator(folder):
    berkas = folder / "unit" / "pbj.yaml"
    nomor = ubah(berkas, '2026: "60"', '2026: "600"', setelah="id: pbj-4")
    x = satu(periksa(folder), "persen")
    assert (x.jalur, x.lokasi.baris) == ("sub_unit[2].sasaran[1].indikator[1].target.2026", nomor)
    assert x.pesan == "target 600% di luar 0-100%; periksa angkanya"


# --------------------------------------------------------------------------
# 7. direction


def test_target_turun_padahal_arah_naik(folder):
    berkas = folder / "unit" / "hukum.yaml"
    ubah(berkas, '2023: "85"', '2023: "82"', setelah="id: hukum-1")
    x = satu(periksa(folder), "arah", "hukum.yaml")
    assert (x.tingkat, x.jalur) == (PERINGATAN, "sasaran[1].indikator[1].target")
    assert x.pesan == (
        "target turun pada 2023 (82 setelah 84 pada 2022), padahal arah indikator 'naik' (makin tinggi makin baik); "
        "periksa angkanya, atau tulis arah: turun bila memang makin rendah makin baik"
    )
    # placed at the first year that goes the wrong way
    assert x.lokasi.baris == baris(berkas, '2023: "82"', setelah="id: hukum-1")


def test_arah_turun_satu_peringatan_semua_tahun(folder):
    berkas = folder / "unit" / "hukum.yaml"
    ubah(berkas, "arah: naik", "arah: turun", setelah="id: hukum-1")
    x = satu(periksa(folder), "arah", "hukum.yaml")
    assert x.jalur == "sasaran[1].indikator[1].target"
    assert x.pesan.startswith(
        "target naik pada 2022 (84 setelah 83 pada 2021), 2023 (85 setelah 84 pada 2022), "
        "2024 (86 setelah 85 pada 2023), 2025 (87 setelah 86 pada 2024), 2026 (91 setelah 87 pada 2025), "
        "padahal arah indikator 'turun'"
    )


# --------------------------------------------------------------------------
# 8. outliers


def test_pencilan_ranham_contoh():
    berkas = KONTEN / "unit" / "hukum.yaml"
    x = satu(periksa(KONTEN), "target-pencilan", "hukum.yaml")
    assert (x.tingkat, x.jalur) == (PERINGATAN, "sub_unit[2].sasaran[2].indikator[1].target.2026")
    assert x.pesan == (
        "target 2026 (15) lebih dari 3 kali nilai tengah target seluruh tahun (3); periksa apakah angkanya salah ketik"
    )
    assert x.lokasi.baris == baris(berkas, '2026: "15"', setelah="id: hukum-6")


def test_pencilan_kecil(folder):
    berkas = folder / "unit" / "hukum.yaml"
    nomor = ubah(berkas, '2024: "83"', '2024: "8"', setelah="id: hukum-2")
    x = satu(periksa(folder), "target-pencilan", jalur="sasaran[2].indikator[1].target.2024")
    assert x.lokasi.baris == nomor
    assert x.pesan.startswith("target 2024 (8) kurang dari sepertiga nilai tengah target seluruh tahun (83)")


def test_pencilan_aturan():
    def t(*angka):
        return {2021 + i: parse_nilai(a) for i, a in enumerate(angka)}

    assert [th for th, _ in target_pencilan(t("3", "3", "3", "3", "3", "15"))] == [2026]
    assert target_pencilan(t("76", "45", "46", "47", "48", "49")) == []  # Kesra: 1,6x, not obvious
    assert target_pencilan(t("10", "20", "30", "40", "50", "60")) == []  # a steady rise
    assert target_pencilan(t("3", "3", "3", "15", "15", "15")) == []  # a step
    assert target_pencilan(t("0", "1", "0", "0", "0", "0")) == []  # median 0: skipped
    assert [th for th, _ in target_pencilan(t("100%", "100%", "5%", "100%"))] == [2023]


# --------------------------------------------------------------------------
# 9. one office, two names


def test_sekda_dua_nama(folder):
    kep = folder / "keputusan.yaml"
    nomor = ubah(kep, "nama: H. SUTIKNO", "nama: H. SUTIRNO")
    masalah = dengan(periksa(folder), "ttd-nama-berbeda")
    # keputusan.yaml against unit/sekretariat.yaml and the LKjIP signed by the same office
    assert len(masalah) == 3
    assert len(dengan(masalah, "ttd-nama-berbeda", "lkjip.yaml")) == 1
    di_kep = satu(masalah, "ttd-nama-berbeda", "keputusan.yaml")
    assert (di_kep.tingkat, di_kep.jalur, di_kep.lokasi.baris) == (PERINGATAN, "penandatangan.nama", nomor)
    baris_unit = baris(folder / "unit" / "sekretariat.yaml", "nama: H. SUTIKNO")
    baris_lkjip = baris(folder / "lkjip" / "2022" / "lkjip.yaml", "nama: H. SUTIKNO")
    assert di_kep.pesan == (
        "jabatan 'Sekretaris Daerah Kabupaten Balangan' ditandatangani 'H. SUTIRNO' di sini, tetapi "
        f"'H. SUTIKNO' di unit/sekretariat.yaml baris {baris_unit}; 'H. SUTIKNO' di lkjip/2022/lkjip.yaml baris "
        f"{baris_lkjip}; samakan ejaan nama pejabat yang sama"
    )
    di_unit = satu(masalah, "ttd-nama-berbeda", "sekretariat.yaml")
    assert di_unit.lokasi.baris == baris_unit
    assert f"'H. SUTIRNO' di keputusan.yaml baris {nomor}" in di_unit.pesan


def test_nama_dan_jabatan_dinormalkan(folder):
    ubah(folder / "keputusan.yaml", "nama: H. SUTIKNO", 'nama: "h.  Sutikno"')
    ubah(folder / "keputusan.yaml", "jabatan: Sekretaris Daerah Kabupaten Balangan", 'jabatan: "SEKRETARIS DAERAH  KABUPATEN BALANGAN,"')
    assert not dengan(periksa(folder), "ttd-nama-berbeda")


# --------------------------------------------------------------------------
# 10. Menimbang and Mengingat


def test_menimbang_tanpa_bahwa(folder):
    berkas = folder / "keputusan.yaml"
    nomor = ubah(berkas, '"bahwa dengan ditetapkannya', '"dengan ditetapkannya')
    x = satu(periksa(folder), "menimbang", jalur="menimbang[1]")
    assert x.tingkat == PERINGATAN
    assert x.pesan == "butir Menimbang huruf a diawali 'dengan ditetapkannya'; setiap butir Menimbang diawali kata 'bahwa'"
    assert (x.lokasi.berkas.name, x.lokasi.baris) == ("keputusan.yaml", nomor)


def test_menimbang_dan_mengingat_tanda_baca_contoh():
    berkas = KONTEN / "keputusan.yaml"
    masalah = periksa(KONTEN)
    x = satu(masalah, "menimbang", jalur="menimbang[2]")
    assert x.pesan == "butir Menimbang huruf b diakhiri '.'; setiap butir Menimbang diakhiri titik koma (;)"
    assert x.lokasi.baris == baris(berkas, '"bahwa berdasarkan')
    dua = satu(masalah, "mengingat", jalur="mengingat[2]")
    assert dua.pesan == (
        "butir Mengingat angka 2 diakhiri '.'; butir Mengingat selain yang terakhir diakhiri titik koma (;)"
    )
    assert dua.lokasi.baris == baris(berkas, '"Undang-Undang Nomor 23 Tahun 2014')
    akhir = satu(masalah, "mengingat", jalur="mengingat[9]")
    assert akhir.pesan == "butir Mengingat angka 9 tanpa tanda baca di akhir; butir terakhir Mengingat diakhiri titik (.)"
    assert akhir.lokasi.baris == baris(berkas, '"Peraturan Bupati Balangan Nomor 74')


# --------------------------------------------------------------------------
# 11. academic titles in a name


def test_gelar_di_nama(folder):
    berkas = folder / "unit" / "kesra.yaml"
    nomor = ubah(berkas, "nama: K. SYAFIUDIN TALAH", 'nama: "K. SYAFIUDIN TALAH, S.Pd"')
    x = satu(periksa(folder), "gelar")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (PERINGATAN, "penandatangan.nama", nomor)
    assert x.pesan == (
        "gelar akademik 'S.Pd' ditulis di nama 'K. SYAFIUDIN TALAH, S.Pd'; pindahkan ke gelar_belakang / gelar_depan "
        "(Permendagri 1/2023 Pasal 44: naskah penetapan tanpa gelar)"
    )


@pytest.mark.parametrize(
    ("nama", "gelar"),
    [
        ("H. SUTIKNO", []),
        ("Hj. SITI AMINAH", []),
        ("M. B. S. M. S.", []),  # initials, not titles
        ("MURDIANSYAH", []),
        ("H. SUTIKNO, M.AP", ["M.AP"]),
        ("MURDIANSYAH, S.STP., M.I.P.", ["S.STP.", "M.I.P."]),
        ("Dr. H. AHMAD, M.Si", ["Dr.", "M.Si"]),
        ("Ir. BUDI SANTOSO, MM", ["Ir.", "MM"]),
        ("RINA, S.H., M.M.", ["S.H.", "M.M."]),
        ("ANDI, S.E.", ["S.E."]),
        ("YUNI, S.Sos", ["S.Sos"]),
        ("Drs. H. MASRI", ["Drs."]),
        ("H. Taufiqurrahman, STP, M.Si", ["STP", "M.Si"]),
        ("M.NOOR", []),  # Muhammad, not a degree
        ("ST. AISYAH", []),  # Siti
        ("M.A. RAHMAN", []),  # initials
        ("AHMAD S.H.", ["S.H."]),
        ("AHMAD S.Pd M.Si", ["S.Pd", "M.Si"]),
    ],
)
def test_gelar_dalam_nama(nama, gelar):
    assert gelar_dalam_nama(nama) == gelar


# --------------------------------------------------------------------------
# 12. perlu konfirmasi


def _hitung_kunci(data, kunci: str) -> int:
    if isinstance(data, dict):
        return sum((k == kunci) + _hitung_kunci(v, kunci) for k, v in data.items())
    if isinstance(data, list):
        return sum(_hitung_kunci(v, kunci) for v in data)
    return 0


def test_perlu_konfirmasi_semua_terdaftar():
    berkas = [
        KONTEN / "keputusan.yaml",
        *sorted((KONTEN / "unit").glob("*.yaml")),
        *sorted((KONTEN / "realisasi").glob("*.yaml")),
        *sorted((KONTEN / "lkjip").glob("*/lkjip.yaml")),
        *sorted((KONTEN / "pk").glob("*.yaml")),
    ]
    jumlah = sum(_hitung_kunci(yaml.safe_load(b.read_text(encoding="utf-8")), "perlu_konfirmasi") for b in berkas)
    daftar = [x for x in periksa(KONTEN) if x.kode == "perlu-konfirmasi"]
    assert jumlah > 0 and len(daftar) == jumlah  # the seed transcription, the LKjIP and the PK examples
    assert {x.tingkat for x in daftar} == {KONFIRMASI}
    ranham = satu(daftar, "perlu-konfirmasi", "hukum.yaml", "sub_unit[2].sasaran[2].indikator[1].perlu_konfirmasi")
    assert ranham.pesan.startswith(
        "perlu konfirmasi (indikator hukum-6 'Jumlah pelaporan RANHAM'): Target 2026 tercetak 15 sedangkan 2021-2025"
    )
    assert ranham.lokasi.baris == baris(KONTEN / "unit" / "hukum.yaml", "perlu_konfirmasi", setelah="id: hukum-6")
    sekda = satu(daftar, "perlu-konfirmasi", "keputusan.yaml")
    assert sekda.jalur == "penandatangan.perlu_konfirmasi"
    assert sekda.pesan.startswith("perlu konfirmasi (penandatangan keputusan 'keputusan-iku'): Nama Sekda tercetak")


def test_perlu_konfirmasi_unit_dan_sasaran(folder):
    berkas = folder / "unit" / "hukum.yaml"
    unit = ubah(berkas, "catatan: ", 'perlu_konfirmasi: "Periode unit belum pasti."\ncatatan: ')
    sasaran = ubah(
        berkas,
        "    indikator:",
        '    perlu_konfirmasi: "Rumusan kinerja utama belum pasti."\n    indikator:',
        setelah="kinerja_utama: Meningkatkan harmonisasi",
    )
    daftar = dengan(periksa(folder), "perlu-konfirmasi", "hukum.yaml")
    x = satu(daftar, "perlu-konfirmasi", jalur="perlu_konfirmasi")
    assert (x.pesan, x.lokasi.baris) == ("perlu konfirmasi (unit 'Bagian Hukum'): Periode unit belum pasti.", unit)
    y = satu(daftar, "perlu-konfirmasi", jalur="sasaran[3].perlu_konfirmasi")
    assert y.pesan == "perlu konfirmasi (kinerja utama 'Meningkatkan harmonisasi produk hukum'): Rumusan kinerja utama belum pasti."
    assert y.lokasi.baris == sasaran


class _PemeriksaDenganKonfirmasi(Pemeriksa):
    def __init__(self) -> None:
        super().__init__()
        self.konfirmasi_dicatat: list[tuple[str, str]] = []

    def konfirmasi(self, lokasi, jalur, pesan, kode):
        self.konfirmasi_dicatat.append((jalur, kode))


def test_konfirmasi_memakai_metode_pemeriksa_bila_ada():
    konten, _ = muat_konten(KONTEN)
    p = _PemeriksaDenganKonfirmasi()
    periksa_aturan(konten, p)
    assert len(p.konfirmasi_dicatat) == len([x for x in periksa(KONTEN) if x.kode == "perlu-konfirmasi"])
    assert {k for _, k in p.konfirmasi_dicatat} == {"perlu-konfirmasi"}
    assert not [x for x in p.masalah if x.tingkat == KONFIRMASI]


def test_pangkat_memuat_golongan(folder):
    berkas = folder / "unit" / "sekretariat.yaml"
    nomor = ubah(berkas, "pangkat: Pembina Utama Muda", 'pangkat: "Pembina Utama Muda / (IV.c)"')
    masalah = periksa(folder)
    x = satu(masalah, "pangkat")
    assert (x.tingkat, x.jalur, x.lokasi.baris) == (GALAT, "penandatangan.pangkat", nomor)
    assert x.pesan == (
        "pangkat 'Pembina Utama Muda / (IV.c)' memuat golongan; tulis pangkat: Pembina Utama Muda dan golongan: IV/c"
    )
    assert not dengan(masalah, "pangkat-golongan")
