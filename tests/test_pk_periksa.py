"""``naskah periksa`` on the Perjanjian Kinerja (issue 11, point 3): each
check at the exact place of the fault (berkas:baris:kolom: jalur: pesan)
with its stable code, errors and warnings as the issue asks; the example
itself has none of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.dasar.galat import GALAT, PERINGATAN, Masalah
from generator.periksa import periksa_konten
from tests.bantu import KONTEN, ganti_teks, jalankan_cli

PK = Path("pk") / "2022.yaml"


def _periksa(folder: Path) -> list[Masalah]:
    konten, p = periksa_konten(folder)
    return p.masalah


def _kode(masalah: list[Masalah], kode: str) -> list[Masalah]:
    return [m for m in masalah if m.kode == kode]


def _satu(masalah: list[Masalah], kode: str, tingkat: str) -> Masalah:
    hasil = _kode(masalah, kode)
    assert len(hasil) == 1, [str(m) for m in masalah if m.tingkat != "konfirmasi"]
    assert hasil[0].tingkat == tingkat
    return hasil[0]


def _tempat(m: Masalah) -> tuple[str, int, str]:
    return m.lokasi.berkas.name, m.lokasi.baris, m.jalur


def _ubah(folder: Path, lama: str, baru: str, berkas: Path = PK) -> int:
    """Replace ``lama`` once in a content file; the line number of the change."""
    return ganti_teks(folder / berkas, lama, baru)


PK_KODE = ("rujukan", "tahun-periode", "pk-target", "rencana-aksi", "pagu", "pk-pihak-kedua", "pk-tanggal", "pk-tanpa",
           "id-ganda", "usang", "final", "pk-unit-tanpa", "pk-perubahan")


def test_contoh_lolos_pemeriksaan_pk():
    masalah = _periksa(KONTEN)
    assert [str(m) for m in masalah if m.kode in PK_KODE] == []
    assert not [m for m in masalah if m.tingkat == GALAT]


def test_unit_tak_dikenal(salinan_konten):
    baris = _ubah(salinan_konten, "  prokopim: {}", "  protokol: {}")
    m = _kode(_periksa(salinan_konten), "rujukan")[0]
    assert m.tingkat == GALAT and _tempat(m) == ("2022.yaml", baris, "unit.protokol")
    assert "unit 'protokol' tidak ada di folder unit/" in m.pesan
    # the unit left out is named as a unit without a PK
    assert "prokopim" in _satu(_periksa(salinan_konten), "pk-unit-tanpa", PERINGATAN).pesan


def test_indikator_tak_dikenal_dan_milik_unit_lain(salinan_konten):
    baris = _ubah(salinan_konten, "      hukum-1:\n        nilai:", "      hukum-99:\n        nilai:")
    baris2 = _ubah(salinan_konten, '      hukum-4: {tw:', '      kesra-1: {tw:')
    rujukan = _kode(_periksa(salinan_konten), "rujukan")
    assert {_tempat(m) for m in rujukan} == {("2022.yaml", baris, "unit.hukum.target.hukum-99"),
                                             ("2022.yaml", baris2, "unit.hukum.rencana_aksi.kesra-1")}
    pesan = {m.jalur: m.pesan for m in rujukan}
    assert "indikator 'hukum-99' bukan indikator IKU Bagian Hukum" in pesan["unit.hukum.target.hukum-99"]
    assert "indikator itu milik unit 'kesra'" in pesan["unit.hukum.rencana_aksi.kesra-1"]


def test_kegiatan_realisasi_tak_dikenal(salinan_konten):
    baris = _ubah(salinan_konten, "  hukum-k1: {realisasi:", "  hukum-k9: {realisasi:", Path("realisasi") / "2022.yaml")
    m = _satu(_periksa(salinan_konten), "rujukan", GALAT)
    assert _tempat(m) == ("2022.yaml", baris, "anggaran.hukum-k9")
    assert "kegiatan 'hukum-k9' tidak ada di Perjanjian Kinerja 2022" in m.pesan and "maksud Anda 'hukum-k1'?" in m.pesan


def test_id_kegiatan_ganda(salinan_konten):
    _ubah(salinan_konten, "          - id: adbang-k1", "          - id: pbj-k1")  # adbang comes first in the file
    teks = (salinan_konten / PK).read_text(encoding="utf-8")
    baris = teks[: teks.rindex("- id: pbj-k1")].count("\n") + 1
    m = _satu(_periksa(salinan_konten), "id-ganda", GALAT)
    assert _tempat(m) == ("2022.yaml", baris, "unit.pbj.anggaran[1].kegiatan[1].id")
    assert "id kegiatan 'pbj-k1' sudah dipakai di unit 'adbang'" in m.pesan


def test_target_berbeda_tanpa_alasan_peringatan_dengan_kedua_nilai(salinan_konten):
    teks = (salinan_konten / PK).read_text(encoding="utf-8")
    alasan = re.search(r"(?m)^        alasan: .*\n", teks).group(0)
    _ubah(salinan_konten, alasan, "")
    m = _satu(_periksa(salinan_konten), "pk-target", PERINGATAN)
    baris = teks[: teks.index('nilai: "85"')].count("\n") + 1
    assert _tempat(m) == ("2022.yaml", baris, "unit.hukum.target.hukum-1.nilai")
    assert "85" in m.pesan and "84" in m.pesan and "alasan" in m.pesan


def test_target_berbeda_dengan_alasan_tanpa_peringatan():
    assert _kode(_periksa(KONTEN), "pk-target") == []


def test_tanpa_menghapus_indikator_dari_pk_dan_target_ganda(salinan_konten):
    _ubah(salinan_konten, "  kesra: {}", '  kesra:\n    tanpa:\n      kesra-1: "belum ada anggaran tahun ini"')
    assert _kode(_periksa(salinan_konten), "pk-tanpa") == []
    _ubah(salinan_konten, "    target:\n      hukum-1:", '    tanpa:\n      hukum-1: "contoh"\n    target:\n      hukum-1:')
    m = _satu(_periksa(salinan_konten), "pk-tanpa", GALAT)
    assert m.jalur == "unit.hukum.target.hukum-1"


def test_tanpa_tanpa_alasan_galat(salinan_konten):
    baris = _ubah(salinan_konten, "  kesra: {}", "  kesra:\n    tanpa:\n      kesra-1:") + 2
    m = _satu(_periksa(salinan_konten), "wajib", GALAT)
    assert _tempat(m)[1:] == (baris, "unit.kesra.tanpa.kesra-1")


def test_tahun_di_luar_periode_iku(salinan_konten):
    _ubah(salinan_konten, "periode: {awal: 2021, akhir: 2026}", "periode: {awal: 2023, akhir: 2026}", Path("unit") / "pbj.yaml")
    teks = (salinan_konten / PK).read_text(encoding="utf-8")
    baris = teks[: teks.index("  pbj:")].count("\n") + 1
    galat = [m for m in _periksa(salinan_konten) if m.kode == "tahun-periode" and m.lokasi.berkas.name == "2022.yaml"]
    assert len(galat) == 1 and galat[0].tingkat == GALAT
    assert _tempat(galat[0]) == ("2022.yaml", baris, "unit.pbj")
    assert "tahun 2022 di luar periode IKU Bagian Pengadaan Barang dan Jasa 2023-2026" in galat[0].pesan


@pytest.mark.parametrize(
    "lama, baru, potongan",
    [
        ('hukum-4: {tw: ["25%", "50%", "75%", "100%"], kumulatif: ya}',
         'hukum-4: {tw: ["25%", "50%", "75%", "90%"], kumulatif: ya}', "TW IV 90% harus sama dengan target tahunan 100%"),
        ('hukum-6: {tw: ["0", "1", "1", "1"], kumulatif: tidak}',
         'hukum-6: {tw: ["1", "1", "1", "1"], kumulatif: tidak}', "jumlah TW I sampai TW IV 4 harus sama dengan target tahunan 3"),
        ('hukum-6: {tw: ["0", "1", "1", "1"], kumulatif: tidak}',
         'hukum-6: {tw: ["0", "1", "2", "3"], kumulatif: tidak}', "bila nilai triwulan adalah capaian sampai triwulan itu"),
        ('hukum-4: {tw: ["25%", "50%", "75%", "100%"], kumulatif: ya}',
         'hukum-4: {tw: ["25%", "50%", "75%", "100%", "100%"], kumulatif: ya}',
         "harus berisi 4 nilai (TW I sampai TW IV), tertulis 5"),
    ],
    ids=["kumulatif-tw4", "tidak-kumulatif-jumlah", "tidak-kumulatif-berjenjang", "lima-triwulan"],
)
def test_rencana_aksi_tidak_konsisten_galat(salinan_konten, lama, baru, potongan):
    baris = _ubah(salinan_konten, lama, baru)
    m = _satu(_periksa(salinan_konten), "rencana-aksi", GALAT)
    iid = baru.split(":")[0]
    assert _tempat(m) == ("2022.yaml", baris, f"unit.hukum.rencana_aksi.{iid}.tw")
    assert potongan in m.pesan


def test_rencana_aksi_kurang_dari_empat_triwulan(salinan_konten):
    baris = _ubah(salinan_konten, 'hukum-4: {tw: ["25%", "50%", "75%", "100%"]', 'hukum-4: {tw: ["50%", "75%", "100%"]')
    m = _satu(_periksa(salinan_konten), "wajib", GALAT)
    assert _tempat(m) == ("2022.yaml", baris, "unit.hukum.rencana_aksi.hukum-4.tw") and "sedikitnya 4 butir" in m.pesan


def test_rencana_aksi_kumulatif_berjenjang_sah(salinan_konten):
    _ubah(salinan_konten, 'hukum-6: {tw: ["0", "1", "1", "1"], kumulatif: tidak}',
          'hukum-6: {tw: ["0", "1", "2", "3"], kumulatif: ya}')
    assert _kode(_periksa(salinan_konten), "rencana-aksi") == []


@pytest.mark.parametrize("pagu, kode, pesan", [
    ("0", "pagu", "pagu kegiatan 'Fasilitasi dan Koordinasi Hukum' harus lebih dari Rp0"),
    ("-1125000000", "rentang", "jumlah rupiah tidak boleh negatif"),
    ("satu miliar", "jenis", "bukan jumlah rupiah"),
])
def test_pagu_harus_rupiah_positif(salinan_konten, pagu, kode, pesan):
    baris = _ubah(salinan_konten, "            pagu: 1125000000", f"            pagu: {pagu}")
    m = _satu(_periksa(salinan_konten), kode, GALAT)
    assert _tempat(m) == ("2022.yaml", baris, "unit.hukum.anggaran[1].kegiatan[1].pagu")
    assert pesan in m.pesan


def test_pihak_kedua_bukan_atasan_peringatan(salinan_konten):
    baris = _ubah(salinan_konten, "      jabatan: Bupati Balangan", "      jabatan: Wakil Bupati Balangan")
    m = _satu(_periksa(salinan_konten), "pk-pihak-kedua", PERINGATAN)
    assert _tempat(m) == ("2022.yaml", baris, "unit.sekretariat.pihak_kedua.jabatan")
    assert "'Wakil Bupati Balangan' bukan atasan kepala unit menurut organisasi ('Bupati Balangan')" in m.pesan


def test_pihak_kedua_atasan_tertulis_sah(salinan_konten):
    _ubah(salinan_konten, "  kesra: {}", "  kesra:\n    pihak_kedua:\n      jabatan: Sekretaris Daerah Kabupaten Balangan,\n"
          "      nama: H. SUTIKNO")
    assert _kode(_periksa(salinan_konten), "pk-pihak-kedua") == []


def test_tanggal_di_luar_januari_maret_peringatan(salinan_konten):
    baris = _ubah(salinan_konten, "  tanggal: 3 Januari 2022", "  tanggal: 5 April 2022")
    m = _satu(_periksa(salinan_konten), "pk-tanggal", PERINGATAN)
    assert _tempat(m) == ("2022.yaml", baris, "ditetapkan.tanggal")
    assert "ditandatangani 5 April 2022" in m.pesan and "perubahan: 1" in m.pesan


def test_tanggal_unit_sendiri_diperiksa(salinan_konten):
    baris = _ubah(salinan_konten, "  prokopim: {}", "  prokopim:\n    ditetapkan: {tanggal: 2 Desember 2021}") + 1
    m = _satu(_periksa(salinan_konten), "pk-tanggal", PERINGATAN)
    assert _tempat(m) == ("2022.yaml", baris, "unit.prokopim.ditetapkan.tanggal")


def test_pk_perubahan_boleh_bertanggal_kapan_saja(salinan_konten):
    teks = (salinan_konten / PK).read_text(encoding="utf-8")
    teks = teks.replace("perubahan: 0", "perubahan: 1").replace("  tanggal: 3 Januari 2022", "  tanggal: 1 Juli 2022")
    (salinan_konten / "pk" / "2022-perubahan-1.yaml").write_text(teks, encoding="utf-8")
    masalah = _periksa(salinan_konten)
    assert _kode(masalah, "pk-tanggal") == [] and _kode(masalah, "pk-perubahan") == []


def test_pk_perubahan_tanpa_pk_awal_peringatan(salinan_konten):
    baris = _ubah(salinan_konten, "perubahan: 0", "perubahan: 2")
    m = _satu(_periksa(salinan_konten), "pk-perubahan", PERINGATAN)
    assert _tempat(m) == ("2022.yaml", baris, "perubahan")


def test_pk_ganda_satu_tahun(salinan_konten):
    (salinan_konten / "pk" / "2022-lagi.yaml").write_text((salinan_konten / PK).read_text(encoding="utf-8"), encoding="utf-8")
    konten, p = periksa_konten(salinan_konten)
    assert konten is None
    m = [x for x in p.masalah if x.kode == "id-ganda"]
    assert len(m) == 1 and "PK 2022 sudah ditulis di pk/" in m[0].pesan


def test_final_wajib_bertanggal_lengkap(salinan_konten):
    _ubah(salinan_konten, "status: konsep", "status: final")
    baris = _ubah(salinan_konten, "  tanggal: 3 Januari 2022", "  tanggal: Januari 2022")
    galat = _kode(_periksa(salinan_konten), "final")
    assert len(galat) == 8 and all(m.tingkat == GALAT for m in galat)  # one per unit's PK
    assert {_tempat(m) for m in galat} == {("2022.yaml", baris, "ditetapkan.tanggal")}
    assert "berstatus final wajib bertanggal lengkap (dengan hari)" in galat[0].pesan


@pytest.mark.parametrize(
    "kunci, isi, potongan",
    [
        ("perjanjian_kinerja", '\nperjanjian_kinerja:\n  hukum-1: "85"\n', "pk/2022.yaml per unit: unit.ID_UNIT.target.ID_INDIKATOR"),
        ("pihak_kedua", "\npihak_kedua:\n  jabatan: Bupati Balangan\n", "pk/2022.yaml: unit.ID_UNIT.pihak_kedua"),
        ("anggaran", "\nanggaran:\n  - nama: Program\n    kegiatan: []\n", "pk/2022.yaml (unit.ID_UNIT.anggaran"),
    ],
)
def test_kunci_lama_lkjip_menyebut_berkas_pk(salinan_konten, kunci, isi, potongan):
    berkas = salinan_konten / "lkjip" / "2022" / "lkjip.yaml"
    teks = berkas.read_text(encoding="utf-8")
    berkas.write_text(teks + isi, encoding="utf-8")
    baris = teks.count("\n") + 2
    m = _satu(_periksa(salinan_konten), "usang", GALAT)
    assert _tempat(m) == ("lkjip.yaml", baris, kunci)
    assert f"kunci '{kunci}' tidak dipakai lagi di lkjip.yaml" in m.pesan and potongan in m.pesan


def test_baris_galat_lewat_cli(salinan_konten, tmp_path):
    """One Indonesian line berkas:baris:kolom: jalur: pesan, exit 1, nothing built."""
    baris = _ubah(salinan_konten, "            pagu: 1125000000", "            pagu: 0")
    p = jalankan_cli("periksa", "--konten", str(salinan_konten))
    assert p.returncode == 1
    assert re.search(rf"pk/2022\.yaml:{baris}:19: unit\.hukum\.anggaran\[1\]\.kegiatan\[1\]\.pagu: pagu kegiatan "
                     r"'Fasilitasi dan Koordinasi Hukum' harus lebih dari Rp0", p.stdout), p.stdout
    b = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(tmp_path / "k"))
    assert b.returncode == 1 and not (tmp_path / "k").exists()
