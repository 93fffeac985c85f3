"""Buku kerja realisasi lewat LibreOffice Calc sungguhan (issue 12):
LibreOffice menulis ulang berkasnya seperti program lembar kerja lain
(angka sebagai float, persen sebagai pecahan, lembar tersembunyi, proteksi
dan validasi dalam tulisannya sendiri), lalu diimpor; dan tata cetaknya
diperiksa pada PDF yang dibuat LibreOffice."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import yaml
from pypdf import PdfReader

from tests.bantu import jalankan_cli, potret
from tests.bantu_excel import buka, ekspor, impor, lembar_dengan, sel, simpan_libreoffice


def _ekspor(konten: Path, folder: Path) -> Path:
    berkas = folder / "realisasi-2022.xlsx"
    p = ekspor(konten, berkas, "2022")
    assert p.returncode == 0, p.stderr
    return berkas


def test_disimpan_libreoffice_tanpa_perubahan(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path)
    lo = tmp_path / "lo" / "realisasi-2022.xlsx"
    lo.parent.mkdir()
    simpan_libreoffice(berkas, lo)
    assert lo.read_bytes() != berkas.read_bytes()
    sebelum = potret(salinan_konten)
    p = impor(salinan_konten, lo)
    assert p.returncode == 0, p.stderr
    assert "tidak ada sel yang berubah" in p.stdout
    assert potret(salinan_konten) == sebelum


def test_diisi_lalu_disimpan_libreoffice(salinan_konten, tmp_path):
    berkas = _ekspor(salinan_konten, tmp_path)
    wb = buka(berkas)
    isian = [
        ("hukum-1", "Realisasi", 86.5, None, "86,5"),
        ("hukum-2", "Realisasi", 84.74999999999999, "0.00", "84,75"),
        ("hukum-3", "Realisasi", 0.9375, "0.00%", "93,75%"),
        ("hukum-7", "Realisasi", 0.9, "0.0%", "90,0%"),
        ("hukum-5", "Realisasi", "93,75", None, "93,75"),
        ("sekretariat-2", "Realisasi", "3,51 (B)", None, "3,51 (B)"),
        ("pemerintahan-10", "Realisasi", 5, None, "5"),
        ("pemerintahan-10", "Penjelasan", "Satu urusan belum dilaporkan.\nOperator cadangan ditetapkan.", None,
         "Satu urusan belum dilaporkan.\nOperator cadangan ditetapkan."),
    ]
    for kode, judul, nilai, fmt, _ in isian:
        c = sel(lembar_dengan(wb, kode), kode, judul)
        c.value = nilai
        if fmt:
            c.number_format = fmt
    anggaran = wb["Anggaran"]
    sel(anggaran, "hukum-k1", "Realisasi").value = 1100000000.5
    sel(anggaran, "sekretariat-k1", "Realisasi").value = "Rp331.250.001"
    sel(anggaran, "pbj-k1", "Realisasi").value = None
    diisi = tmp_path / "diisi.xlsx"
    wb.save(diisi)
    lo = tmp_path / "lo" / "realisasi-2022.xlsx"
    lo.parent.mkdir()
    simpan_libreoffice(diisi, lo)
    p = impor(salinan_konten, lo)
    assert p.returncode == 0, p.stderr
    isi = yaml.safe_load((salinan_konten / "realisasi" / "2022.yaml").read_text(encoding="utf-8"))["indikator"]
    for kode, judul, _, _, harap in isian:
        assert isi[kode][judul.lower()] == harap, (kode, judul, isi[kode])
    isi = yaml.safe_load((salinan_konten / "realisasi" / "2022.yaml").read_text(encoding="utf-8"))["anggaran"]
    assert isi["hukum-k1"] == {"realisasi": "1.100.000.000,50"} and isi["sekretariat-k1"] == {"realisasi": "Rp331.250.001"}
    assert "pbj-k1" not in isi and isi["adbang-k1"] == {"realisasi": 466280000}
    assert jalankan_cli("periksa", "--konten", str(salinan_konten)).returncode == 0


def test_cetak_f4_lanskap_lewat_libreoffice(salinan_konten, tmp_path):
    """Printed by LibreOffice Calc running in an Indonesian locale, as on
    the users' Windows: F4 landscape, and the amounts of the Anggaran sheet
    shown Rp1.234.567,00."""
    berkas = _ekspor(salinan_konten, tmp_path)
    with tempfile.TemporaryDirectory(prefix="naskah-uji-lo-") as sementara:
        profil = (Path(sementara) / "profil").as_uri()
        p = subprocess.run(
            ["soffice", f"-env:UserInstallation={profil}", "--headless", "--norestore", "--convert-to", "pdf",
             "--outdir", str(tmp_path / "pdf"), str(berkas)],
            capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL,
            env={**os.environ, "LC_ALL": "id_ID.UTF-8", "LANG": "id_ID.UTF-8"},
        )  # fmt: skip
    assert p.returncode == 0, p.stderr
    pdf = PdfReader(tmp_path / "pdf" / "realisasi-2022.pdf")
    # Petunjuk, one page per unit sheet and the Anggaran sheet (each fits one page wide and, here, one page high).
    assert len(pdf.pages) == 10
    for halaman in pdf.pages:
        lebar, tinggi = float(halaman.mediabox.width), float(halaman.mediabox.height)
        assert abs(lebar - 330.2 / 25.4 * 72) < 3 and abs(tinggi - 215.9 / 25.4 * 72) < 3, (lebar, tinggi)
    teks = pdf.pages[2].extract_text()
    assert "Bagian Hukum" in teks and "Realisasi" in teks and "hukum-3" in teks
    anggaran = " ".join(pdf.pages[9].extract_text().split())
    assert "Realisasi Anggaran Tahun 2022" in anggaran
    assert "Rp1.125.000.000,00 Rp1.047.630.000,00" in anggaran and "Rp4.860.000.000,00" in anggaran
