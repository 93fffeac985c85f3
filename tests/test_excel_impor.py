"""naskah excel impor (issue 12): buku kerja yang diisi seperti program
lembar kerja menyimpannya, dibaca kembali ke konten/realisasi/TAHUN.yaml;
setiap sel yang salah disebut dengan selnya, dan tidak ada yang ditulis."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter

import openpyxl
import yaml

from tests.bantu import KONTEN, jalankan_cli, potret, sha256_berkas
from tests.bantu_excel import baris_kode, buka, ekspor, impor, impor_ditolak, kolom, lembar_dengan, realisasi_yaml, sel, semua_ada

TAHUN = 2022


def _ekspor(konten, tmp_path, tahun=TAHUN, nama=None):
    berkas = tmp_path / (nama or f"realisasi-{tahun}.xlsx")
    p = ekspor(konten, berkas, str(tahun))
    assert p.returncode == 0, p.stderr
    return berkas


def _isi(wb, kode, judul, nilai, format_angka=None):
    c = sel(lembar_dengan(wb, kode), kode, judul)
    c.value = nilai
    if format_angka:
        c.number_format = format_angka
    return c


def test_buku_kerja_tak_berubah_tidak_mengubah_apa_pun(salinan_konten, tmp_path):
    """Round trip is the identity, the Anggaran sheet included: the YAML
    keeps every byte, and the LKjIP built afterwards is the same."""
    keluaran = tmp_path / "keluaran"
    p = jalankan_cli("bangun", "lkjip-2022", "--konten", str(salinan_konten), "--keluaran", str(keluaran))
    assert p.returncode == 0, p.stderr
    lkjip = sha256_berkas(keluaran / "lkjip-2022.docx")
    sebelum = potret(salinan_konten)
    for tahun in (2021, 2022):
        berkas = _ekspor(salinan_konten, tmp_path, tahun)
        disimpan = tmp_path / f"disimpan-{tahun}.xlsx"
        wb = buka(berkas)
        if tahun == 2022:  # the year of the PK: every kegiatan's pagu and realisasi go out and come back
            anggaran = realisasi_yaml(salinan_konten, tahun)["anggaran"]
            ws = wb["Anggaran"]
            assert {k: sel(ws, k, "Realisasi").value for k in baris_kode(ws)} == {k: v["realisasi"] for k, v in anggaran.items()}
        wb.save(disimpan)  # opened and saved by a program, nothing changed
        for b in (berkas, disimpan):
            p = impor(salinan_konten, b)
            assert p.returncode == 0, p.stderr
            assert "tidak ada sel yang berubah" in p.stdout
    assert potret(salinan_konten) == sebelum
    p = jalankan_cli("bangun", "lkjip-2022", "--konten", str(salinan_konten), "--keluaran", str(tmp_path / "lagi"))
    assert p.returncode == 0, p.stderr
    assert sha256_berkas(tmp_path / "lagi" / "lkjip-2022.docx") == lkjip


def test_suntingan_program_lembar_kerja(salinan_konten, tmp_path):
    """Floats, comma decimals typed as text, fractions in % cells, a
    thousands format, a new entry, a multi-line and an emptied cell."""
    berkas = _ekspor(salinan_konten, tmp_path)
    asli = (salinan_konten / "realisasi" / "2022.yaml").read_text(encoding="utf-8")
    lama = realisasi_yaml(salinan_konten, TAHUN)["indikator"]
    wb = buka(berkas)
    _isi(wb, "hukum-1", "Realisasi", 86.5)
    _isi(wb, "hukum-2", "Realisasi", 84.74999999999999, "0.00")
    _isi(wb, "hukum-3", "Realisasi", 0.9375, "0.00%")
    _isi(wb, "hukum-4", "Realisasi", 0.95, "0%")
    _isi(wb, "hukum-5", "Realisasi", "93,75")
    _isi(wb, "hukum-6", "Realisasi", 3)  # the same value as written: stays as written
    _isi(wb, "hukum-2", "Penjelasan", "Baris pertama: ada 'kutip' dan \"kutip\".\nBaris kedua # bukan komentar")
    _isi(wb, "hukum-7", "Penjelasan", None)
    _isi(wb, "sekretariat-1", "Realisasi", "BB = 71,05")
    _isi(wb, "sekretariat-3", "Standar Nasional", 78.5)
    _isi(wb, "pemerintahan-4", "Realisasi", 1234567.5, "#,##0.00")
    _isi(wb, "pemerintahan-10", "Realisasi", "5 Urusan")
    wb.save(berkas)
    p = impor(salinan_konten, berkas)
    assert p.returncode == 0, p.stderr
    assert "11 nilai ditulis" in p.stdout
    baru_teks = (salinan_konten / "realisasi" / "2022.yaml").read_text(encoding="utf-8")
    baru = yaml.safe_load(baru_teks)["indikator"]
    harap = {
        ("hukum-1", "realisasi"): "86,5", ("hukum-2", "realisasi"): "84,75", ("hukum-3", "realisasi"): "93,75%",
        ("hukum-4", "realisasi"): "95%", ("hukum-5", "realisasi"): "93,75", ("hukum-6", "realisasi"): "3",
        ("hukum-2", "penjelasan"): "Baris pertama: ada 'kutip' dan \"kutip\".\nBaris kedua # bukan komentar",
        ("sekretariat-1", "realisasi"): "BB = 71,05", ("sekretariat-3", "standar_nasional"): "78,5",
        ("pemerintahan-4", "realisasi"): "1.234.567,50", ("pemerintahan-10", "realisasi"): "5 Urusan",
    }
    for (iid, kunci), nilai in harap.items():
        assert baru[iid][kunci] == nilai, (iid, kunci)
    assert "penjelasan" not in baru["hukum-7"] and baru["hukum-7"]["realisasi"] == lama["hukum-7"]["realisasi"]
    assert list(baru).index("pemerintahan-10") == list(baru).index("pemerintahan-9") + 1
    # Only the changed values' lines went away: every comment and every other line is kept.
    hilang = Counter(asli.splitlines()) - Counter(baru_teks.splitlines())
    nilai_lama = {f'{k}: "{lama[i][k]}"' for (i, k) in harap if k in lama.get(i, {})} | {f'penjelasan: "{lama["hukum-7"]["penjelasan"]}"'}
    assert {b.strip() for b in hilang} <= nilai_lama, hilang
    assert [b for b in asli.splitlines() if b.lstrip().startswith("#")] == [b for b in baru_teks.splitlines() if b.lstrip().startswith("#")]
    p = jalankan_cli("periksa", "--konten", str(salinan_konten))
    assert p.returncode == 0, p.stdout + p.stderr


def test_setiap_galat_dengan_selnya(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    hukum, sekda, pem = wb["Bagian Hukum"], wb["Sekretariat Daerah"], wb["Bagian Pemerintahan"]
    sel(hukum, "hukum-3", "Realisasi").value = "abc"
    sel(hukum, "hukum-4", "Realisasi").value = dt.datetime(2022, 3, 4)
    sel(hukum, "hukum-6", "Realisasi").value = -2
    sel(hukum, "hukum-1", "Target").value = "90"
    sel(hukum, "hukum-2", "Kode").value = "hukum-99"
    sel(sekda, "sekretariat-1", "Realisasi").value = "XX = 70,62"
    sel(sekda, "sekretariat-2", "Realisasi").value = "3,45 (A)"
    sel(sekda, "sekretariat-3", "Standar Nasional").value = "tinggi"
    r5 = baris_kode(pem)["pemerintahan-5"]
    pem.delete_rows(r5)
    akhir = pem.max_row + 1
    pem.cell(akhir, kolom(pem, "Kode"), "pemerintahan-12")
    pem.cell(akhir, kolom(pem, "Realisasi"), "5")
    wb["Bagian Kesejahteraan Rakyat"].title = "Kesra"
    wb.save(berkas)
    galat = impor_ditolak(salinan_konten, berkas)
    f = "realisasi-2022.xlsx"
    harap = [
        f"{f}!Bagian Hukum!G7: hukum-3: realisasi 'abc' bukan angka; tulis misalnya 93,75 atau 93,75%",
        f"{f}!Bagian Hukum!F5: hukum-1: target diubah dari '85' menjadi '90'; sel ini terkunci: kembalikan menjadi '85'",
        f"{f}!Bagian Hukum!A6: hukum-2: Kode diubah dari 'hukum-2' menjadi 'hukum-99'; sel ini terkunci: kembalikan menjadi 'hukum-2'",
        f"{f}!Sekretariat Daerah!G5: sekretariat-1: realisasi predikat 'XX' tidak dikenal pada skala Nilai SAKIP; "
        "pilih salah satu: AA, A, BB, B, CC, C, D",
        f"{f}!Sekretariat Daerah!G6: sekretariat-2: realisasi predikat 'A' tidak sesuai nilai 3,45 pada skala Indeks "
        "Pelayanan Publik (seharusnya B-); perbaiki predikat atau angkanya",
        f"{f}!Sekretariat Daerah!I7: sekretariat-3: standar nasional 'tinggi' bukan angka; tulis misalnya 77,23",
        f"{f}!Bagian Pemerintahan!A{r5}: pemerintahan-5: baris indikator 'pemerintahan-5' hilang (baris dihapus?); "
        "pakai buku kerja hasil ekspor tanpa menghapus baris",
        f"{f}!Kesra: lembar ini adalah lembar 'Bagian Kesejahteraan Rakyat' yang diganti namanya; kembalikan namanya "
        "menjadi 'Bagian Kesejahteraan Rakyat'",
    ]
    semua_ada(harap, galat)
    assert any(b.startswith(f"{f}!Bagian Hukum!G8: hukum-4: realisasi berisi tanggal atau jam") for b in galat), galat
    assert any(b.startswith(f"{f}!Bagian Hukum!G10: hukum-6: realisasi '-2' di bawah nol") for b in galat), galat
    assert any(b.startswith(f"{f}!Bagian Pemerintahan!A{akhir}: pemerintahan-12: baris tambahan dengan Kode 'pemerintahan-12'")
               for b in galat), galat
    assert len(galat) == len(harap) + 3, galat


def test_buku_kerja_tahun_atau_konten_lain(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path, 2021)
    salah = tmp_path / "realisasi-2022.xlsx"
    shutil.copyfile(berkas, salah)
    p = impor(salinan_konten, salah)
    assert p.returncode == 1
    assert ("realisasi-2022.xlsx: buku kerja ini untuk tahun 2021, tetapi nama berkasnya menyebut tahun 2022; "
            "periksa apakah berkas yang dikirim benar") in p.stderr
    lain = tmp_path / "lain"
    shutil.copytree(KONTEN, lain)
    instansi = lain / "instansi.yaml"
    instansi.write_text(instansi.read_text(encoding="utf-8").replace("Kabupaten Balangan", "Kabupaten Contoh", 1), encoding="utf-8")
    (tmp_path / "kiriman").mkdir()
    dari_lain = _ekspor(lain, tmp_path / "kiriman")
    sebelum = potret(salinan_konten)
    p = impor(salinan_konten, dari_lain)
    assert p.returncode == 1
    assert ("buku kerja ini dari konten lain (Pemerintah Kabupaten Contoh - Sekretariat Daerah), bukan dari konten ini "
            "(Pemerintah Kabupaten Balangan - Sekretariat Daerah)") in p.stderr
    assert potret(salinan_konten) == sebelum


def test_bukan_buku_kerja_hasil_ekspor(salinan_konten, tmp_path):
    teks = tmp_path / "realisasi-2022.xlsx"
    teks.write_text("bukan buku kerja", encoding="utf-8")
    p = impor(salinan_konten, teks)
    assert p.returncode == 1 and "realisasi-2022.xlsx: bukan buku kerja Excel (.xlsx) yang dapat dibaca" in p.stderr
    p = impor(salinan_konten, tmp_path / "tidak-ada.xlsx")
    assert p.returncode == 1 and "tidak-ada.xlsx: berkas tidak ditemukan" in p.stderr
    polos = tmp_path / "polos.xlsx"
    openpyxl.Workbook().save(polos)
    p = impor(salinan_konten, polos)
    assert p.returncode == 1 and "polos.xlsx: lembar tersembunyi 'naskah' tidak ada" in p.stderr


def test_berkas_berubah_sesudah_ekspor(salinan_konten, tmp_path):
    """Refused unless --timpa; then the old file is kept and hand edits the workbook did not touch survive."""
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    _isi(wb, "hukum-3", "Realisasi", "93,75%")
    wb.save(berkas)
    yml = salinan_konten / "realisasi" / "2022.yaml"
    tangan = yml.read_text(encoding="utf-8").replace('    realisasi: "86"\n', '    realisasi: "87"  # dikoreksi manual\n', 1)
    yml.write_text(tangan, encoding="utf-8")
    p = impor(salinan_konten, berkas)
    assert p.returncode == 1
    assert "berkas ini berubah sesudah buku kerja diekspor" in p.stderr and "--timpa" in p.stderr
    assert yml.read_text(encoding="utf-8") == tangan
    p = impor(salinan_konten, berkas, "--timpa")
    assert p.returncode == 0, p.stderr
    isi = yml.read_text(encoding="utf-8")
    assert 'realisasi: "87"  # dikoreksi manual' in isi and 'realisasi: "93,75%"' in isi
    cadangan = list(yml.parent.glob("2022.yaml.bak-*"))
    assert len(cadangan) == 1 and cadangan[0].read_text(encoding="utf-8") == tangan
    assert jalankan_cli("periksa", "--konten", str(salinan_konten)).returncode == 0


def test_salinan_tiap_unit_diimpor_berurutan(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path)
    a, b = tmp_path / "hukum.xlsx", tmp_path / "pemerintahan.xlsx"
    wb = buka(berkas)
    _isi(wb, "hukum-3", "Realisasi", "95%")
    wb.save(a)
    wb = buka(berkas)
    _isi(wb, "pemerintahan-10", "Realisasi", "6 Urusan")
    wb.save(b)
    assert impor(salinan_konten, a).returncode == 0
    p = impor(salinan_konten, b)
    assert p.returncode == 1 and "--timpa" in p.stderr
    p = impor(salinan_konten, b, "--timpa")
    assert p.returncode == 0, p.stderr
    isi = realisasi_yaml(salinan_konten, TAHUN)["indikator"]
    assert isi["hukum-3"]["realisasi"] == "95%" and isi["pemerintahan-10"]["realisasi"] == "6 Urusan"


def test_tahun_tanpa_berkas_realisasi(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path, 2023)
    wb = buka(berkas)
    assert sel(wb["Bagian Hukum"], "hukum-1", "Realisasi").value is None
    _isi(wb, "hukum-1", "Realisasi", "85")
    _isi(wb, "hukum-1", "Penjelasan", "Tercapai.")
    wb.save(berkas)
    p = impor(salinan_konten, berkas)
    assert p.returncode == 0, p.stderr
    teks = (salinan_konten / "realisasi" / "2023.yaml").read_text(encoding="utf-8")
    assert teks.startswith("# yaml-language-server: $schema=../.skema/realisasi.json\n")
    assert yaml.safe_load(teks) == {"tahun": 2023, "indikator": {"hukum-1": {"realisasi": "85", "penjelasan": "Tercapai."}}}
    assert jalankan_cli("periksa", "--konten", str(salinan_konten)).returncode == 0
