"""Lembar Anggaran buku kerja realisasi (issue 12): realisasi anggaran
setiap kegiatan Perjanjian Kinerja diisi seperti program lembar kerja
menyimpannya, dibaca kembali ke ``anggaran:`` di konten/realisasi/TAHUN.yaml
(hanya sel yang diubah, komentar dan urutan tetap), dan setiap sel yang
salah disebut dengan selnya tanpa ada yang ditulis."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import yaml

from tests.bantu import jalankan_cli, potret
from tests.bantu_excel import baris_kode, buka, ekspor, impor, impor_ditolak, kolom, realisasi_yaml, sel, semua_ada
from tests.docxbaca import baca_docx, baca_tabel

TAHUN = 2022
F = "realisasi-2022.xlsx"


def _ekspor(konten, folder):
    berkas = folder / F
    p = ekspor(konten, berkas, str(TAHUN))
    assert p.returncode == 0, p.stderr
    return berkas


def _anggaran(konten) -> dict:
    return realisasi_yaml(konten, TAHUN)["anggaran"]


def _baris_lkjip(keluaran, nama: str) -> list[str]:
    """The LKjIP budget table's row of kegiatan ``nama``."""
    for tbl in baca_docx(keluaran / "lkjip-2022.docx").dokumen.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tbl"):
        for baris in baca_tabel(tbl).isi:
            if nama in baris:
                return baris
    raise AssertionError(f"{nama} tidak ada di tabel LKjIP")


def test_suntingan_anggaran(salinan_konten, tmp_path):
    """Integers, a float with noise, text with thousands dots, the same
    amount retyped with Rp, an emptied cell; the LKjIP reads what was written."""
    berkas = _ekspor(salinan_konten, tmp_path)
    yml = salinan_konten / "realisasi" / "2022.yaml"
    asli = yml.read_text(encoding="utf-8")
    wb = buka(berkas)
    ws = wb["Anggaran"]
    sel(ws, "sekretariat-k1", "Realisasi").value = 331250001
    sel(ws, "sekretariat-k2", "Realisasi").value = 4512775000.499999
    sel(ws, "sekretariat-k3", "Realisasi").value = "Rp1.879.460.000"  # the amount already written
    sel(ws, "pemerintahan-k1", "Realisasi").value = None
    sel(ws, "hukum-k1", "Realisasi").value = "1.100.000.000"
    sel(ws, "perekonomian-k1", "Realisasi").value = 600000000.0
    wb.save(berkas)
    p = impor(salinan_konten, berkas)
    assert p.returncode == 0, p.stderr
    assert "5 nilai ditulis" in p.stdout
    assert f"hukum-k1 realisasi anggaran: '1047630000' -> '1.100.000.000'  ({F}!Anggaran!F10)" in p.stdout
    baru = yml.read_text(encoding="utf-8")
    berubah = Counter(baru.splitlines()) - Counter(asli.splitlines())
    assert sorted(berubah) == sorted([
        "  sekretariat-k1: {realisasi: 331250001}",
        '  sekretariat-k2: {realisasi: "4.512.775.000,50"}',
        '  hukum-k1: {realisasi: "1.100.000.000"}',
        "  perekonomian-k1: {realisasi: 600000000}",
    ])
    hilang = Counter(asli.splitlines()) - Counter(baru.splitlines())
    assert len(hilang) == 5 and "  pemerintahan-k1: {realisasi: 1032870000}" in hilang
    assert [b for b in asli.splitlines() if b.lstrip().startswith("#")] == [b for b in baru.splitlines() if b.lstrip().startswith("#")]
    assert list(_anggaran(salinan_konten)) == ["sekretariat-k1", "sekretariat-k2", "sekretariat-k3", "pemerintahan-k2",
                                               "hukum-k1", "perekonomian-k1", "adbang-k1", "pbj-k1"]
    assert jalankan_cli("periksa", "--konten", str(salinan_konten)).returncode == 0
    keluaran = tmp_path / "keluaran"
    p = jalankan_cli("bangun", "lkjip-2022", "--konten", str(salinan_konten), "--keluaran", str(keluaran))
    assert p.returncode == 0, p.stderr
    assert _baris_lkjip(keluaran, "Fasilitasi dan Koordinasi Hukum")[-3:] == ["Rp1.125.000.000,00", "Rp1.100.000.000,00", "97,78%"]
    assert _baris_lkjip(keluaran, "Pelaksanaan Administrasi Pemerintahan")[-2:] == ["-", "-"]

    # Filled again: the entry goes back to its place, on one line like the others.
    (tmp_path / "lagi").mkdir()
    berkas = _ekspor(salinan_konten, tmp_path / "lagi")
    wb = buka(berkas)
    assert sel(wb["Anggaran"], "pemerintahan-k1", "Realisasi").value is None
    sel(wb["Anggaran"], "pemerintahan-k1", "Realisasi").value = 1032870000
    wb.save(berkas)
    assert impor(salinan_konten, berkas).returncode == 0
    teks = yml.read_text(encoding="utf-8")
    assert "  sekretariat-k3: {realisasi: 1879460000}\n  pemerintahan-k1: {realisasi: 1032870000}\n  pemerintahan-k2:" in teks


def test_setiap_galat_anggaran_dengan_selnya(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    ws = wb["Anggaran"]
    tempat = {k: sel(ws, k, j).coordinate for k, j in [
        ("sekretariat-k1", "Realisasi"), ("sekretariat-k2", "Realisasi"), ("sekretariat-k3", "Realisasi"),
        ("pemerintahan-k2", "Pagu"), ("hukum-k1", "Kode"), ("perekonomian-k1", "Kode")]}
    sel(ws, "sekretariat-k1", "Realisasi").value = "abc"
    sel(ws, "sekretariat-k2", "Realisasi").value = -5
    sel(ws, "sekretariat-k3", "Realisasi").value = dt.datetime(2022, 3, 4)
    sel(ws, "pemerintahan-k2", "Pagu").value = 400000000
    sel(ws, "hukum-k1", "Kode").value = "hukum-k9"
    ws.delete_rows(baris_kode(ws)["perekonomian-k1"])
    akhir = ws.max_row + 1
    ws.cell(akhir, kolom(ws, "Kode"), "baru-k1")
    ws.cell(akhir, kolom(ws, "Realisasi"), 5)
    wb.save(berkas)
    galat = impor_ditolak(salinan_konten, berkas)
    a = f"{F}!Anggaran!"
    harap = [
        f"{a}{tempat['sekretariat-k1']}: sekretariat-k1: realisasi anggaran 'abc' bukan jumlah rupiah; tulis angkanya saja, "
        "misalnya 1047630000",
        f"{a}{tempat['sekretariat-k2']}: sekretariat-k2: realisasi anggaran '-5' di bawah nol; jumlah rupiah tidak boleh negatif",
        f"{a}{tempat['pemerintahan-k2']}: pemerintahan-k2: pagu diubah dari Rp385.000.000,00 menjadi Rp400.000.000,00; sel ini "
        "terkunci: kembalikan menjadi Rp385.000.000,00 (pagu diubah di Perjanjian Kinerja 2022, folder pk/)",
        f"{a}{tempat['hukum-k1']}: hukum-k1: Kode diubah dari 'hukum-k1' menjadi 'hukum-k9'; sel ini terkunci: kembalikan "
        "menjadi 'hukum-k1'",
        f"{a}{tempat['perekonomian-k1']}: perekonomian-k1: baris kegiatan 'perekonomian-k1' hilang (baris dihapus?); pakai "
        "buku kerja hasil ekspor tanpa menghapus baris",
        f"{a}A{akhir}: baru-k1: baris tambahan dengan Kode 'baru-k1' yang tidak ada di buku kerja hasil ekspor; hapus baris "
        "ini: kegiatan baru ditambahkan di Perjanjian Kinerja 2022 (folder pk/), lalu buku kerja diekspor ulang",
    ]
    semua_ada(harap, galat)
    assert any(b.startswith(f"{a}{tempat['sekretariat-k3']}: sekretariat-k3: realisasi anggaran berisi tanggal atau jam")
               for b in galat), galat
    assert len(galat) == len(harap) + 1, galat


def test_lembar_anggaran_hilang_atau_berganti_nama(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    wb["Anggaran"].title = "Anggaran 2022"
    wb.save(tmp_path / "ganti.xlsx")
    del wb["Anggaran 2022"]
    wb.save(tmp_path / "hapus.xlsx")
    sebelum = potret(salinan_konten)
    p = impor(salinan_konten, tmp_path / "ganti.xlsx")
    assert p.returncode == 1
    assert ("ganti.xlsx!Anggaran 2022: lembar ini adalah lembar 'Anggaran' yang diganti namanya; kembalikan namanya "
            "menjadi 'Anggaran'") in p.stderr
    p = impor(salinan_konten, tmp_path / "hapus.xlsx")
    assert p.returncode == 1
    assert "hapus.xlsx!Anggaran: lembar 'Anggaran' tidak ada (dihapus atau diganti namanya)" in p.stderr
    assert potret(salinan_konten) == sebelum


def test_melebihi_pagu_dan_berkas_tanpa_anggaran(salinan_konten, tmp_path):
    """A realisasi file without ``anggaran:`` gets one; an amount above the
    pagu is written with a warning at its cell."""
    yml = salinan_konten / "realisasi" / "2022.yaml"
    teks = yml.read_text(encoding="utf-8")
    tanpa = teks[: teks.index("# Realisasi anggaran 2022")]
    yml.write_text(tanpa, encoding="utf-8")
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    assert all(sel(wb["Anggaran"], k, "Realisasi").value is None for k in baris_kode(wb["Anggaran"]))
    c = sel(wb["Anggaran"], "hukum-k1", "Realisasi")
    c.value = 1200000000
    sel(wb["Anggaran"], "pbj-k1", "Realisasi").value = "702.450.000,50"
    wb.save(berkas)
    p = impor(salinan_konten, berkas)
    assert p.returncode == 0, p.stderr
    assert (f"{F}!Anggaran!{c.coordinate}: hukum-k1: realisasi anggaran Rp1.200.000.000,00 melebihi pagu "
            "Rp1.125.000.000,00; periksa angkanya") in p.stdout + p.stderr
    baru = yml.read_text(encoding="utf-8")
    assert baru == tanpa + 'anggaran:\n  hukum-k1: {realisasi: 1200000000}\n  pbj-k1: {realisasi: "702.450.000,50"}\n'
    assert yaml.safe_load(baru)["indikator"] == yaml.safe_load(teks)["indikator"]


def test_berkas_berubah_sesudah_ekspor_anggaran(salinan_konten, tmp_path):
    """A kegiatan changed in the file and in the workbook: refused, then with
    --timpa the workbook's amount, the old file kept and the clash named."""
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    c = sel(wb["Anggaran"], "hukum-k1", "Realisasi")
    c.value = 1100000000
    wb.save(berkas)
    yml = salinan_konten / "realisasi" / "2022.yaml"
    tangan = yml.read_text(encoding="utf-8").replace("hukum-k1: {realisasi: 1047630000}", "hukum-k1: {realisasi: 1050000000}")
    yml.write_text(tangan, encoding="utf-8")
    p = impor(salinan_konten, berkas)
    assert p.returncode == 1 and "hukum-k1 realisasi anggaran" in p.stderr and "--timpa" in p.stderr
    assert yml.read_text(encoding="utf-8") == tangan
    p = impor(salinan_konten, berkas, "--timpa")
    assert p.returncode == 0, p.stderr
    assert (f"{F}!Anggaran!{c.coordinate}: hukum-k1: realisasi anggaran di konten/realisasi/2022.yaml sudah diubah sesudah ekspor "
            "('1050000000'); diganti dengan isi buku kerja") in p.stdout + p.stderr
    assert _anggaran(salinan_konten)["hukum-k1"] == {"realisasi": 1100000000}
    assert [x.read_text(encoding="utf-8") for x in yml.parent.glob("2022.yaml.bak-*")] == [tangan]


def test_jumlah_lima_belas_angka_bersen(salinan_konten, tmp_path):
    """A pagu and a realisasi of 15 digits with sen (more than the 15
    significant digits a spreadsheet keeps) come back unchanged: nothing
    refused, nothing written."""
    pk = salinan_konten / "pk" / "2022.yaml"
    pk.write_text(pk.read_text(encoding="utf-8").replace("pagu: 1125000000", 'pagu: "999.999.999.999.999,99"'), encoding="utf-8")
    yml = salinan_konten / "realisasi" / "2022.yaml"
    yml.write_text(yml.read_text(encoding="utf-8").replace(
        "hukum-k1: {realisasi: 1047630000}", 'hukum-k1: {realisasi: "412.345.678.901.234,56"}'), encoding="utf-8")
    berkas = _ekspor(salinan_konten, tmp_path)
    sebelum = potret(salinan_konten)
    p = impor(salinan_konten, berkas)
    assert p.returncode == 0, p.stderr
    assert "tidak ada sel yang berubah" in p.stdout
    assert potret(salinan_konten) == sebelum
