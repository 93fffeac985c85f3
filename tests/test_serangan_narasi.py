"""Narasi Markdown yang bermusuhan (issue 14, butir 2 dan 12), lewat CLI sungguhan,
pandoc sungguhan, python-docx dan LibreOffice sungguhan.

* Gambar di narasi berfungsi: dirujuk relatif terhadap berkas Markdown, ikut
  tertanam, tidak lebih lebar dari teks, dan dokumennya terbuka (dulu
  ``word/document.xml`` memuat awalan ``a:`` yang tidak dideklarasikan).
* Gambar di luar folder konten (jalur mutlak, ``..``, tautan simbolik), bukan
  PNG/JPEG sungguhan, kode OpenXML/HTML/LaTeX mentah, dan tautan ``file:``
  ditolak dengan SATU baris ``berkas:baris:kolom: pesan``; keluaran tidak berubah.
* Narasi harus teks UTF-8 di bawah 1 MiB: latin-1, UTF-16 dan bait acak
  ditolak cepat dengan satu baris yang menyebut bait/baris-kolomnya.

Contoh di ``konten/`` tidak diubah (bait-baitnya dipatok); setiap kasus memakai
salinan.
"""

from __future__ import annotations

import io
import os
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from PIL import Image

from tests.bantu import jalankan_cli, potret

LKJIP = "lkjip-2022"


def _md(konten: Path) -> Path:
    return konten / "lkjip" / "2022" / "pendahuluan.md"


def _tambah(konten: Path, teks: str) -> int:
    """Append ``teks`` (after a blank line) to the pendahuluan; the line number of its first line."""
    md = _md(konten)
    isi = md.read_text(encoding="utf-8")
    md.write_text(isi + "\n" + teks, encoding="utf-8")
    return isi.count("\n") + 2


def _png(berkas: Path, lebar: int, tinggi: int, warna=(200, 30, 30), jenis="PNG") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (lebar, tinggi), warna).save(buf, jenis)
    berkas.parent.mkdir(parents=True, exist_ok=True)
    berkas.write_bytes(buf.getvalue())
    return buf.getvalue()


def _gagal_satu_baris(konten: Path, keluaran: Path, harap: str) -> str:
    """``naskah bangun`` fails, names ``harap`` exactly once, no traceback, keluaran untouched."""
    sebelum = potret(keluaran)
    mulai = time.monotonic()
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), LKJIP)
    lama = time.monotonic() - mulai
    keluar = p.stdout + p.stderr
    assert p.returncode == 1, keluar
    assert "Traceback" not in keluar, keluar
    cocok = [b for b in p.stderr.splitlines() if harap in b]
    assert len(cocok) == 1, f"{harap!r} tidak tepat sekali:\n{p.stderr}"
    assert potret(keluaran) == sebelum
    assert lama < 60, lama
    return cocok[0]


# --- gambar yang sah ------------------------------------------------------------


def test_gambar_narasi_tertanam_dan_terbuka(salinan_konten, tmp_path):
    """Bab I memuat bagan struktur organisasi: PNG di samping berkas Markdown dan
    JPEG di folder lain di dalam konten (lewat ``..``)."""
    ganti = salinan_konten / "instansi.yaml"
    ganti.write_text(
        ganti.read_text(encoding="utf-8").replace("margin_cm: {kiri: 3, kanan: 2,", "margin_cm: {kiri: 5, kanan: 5,"),
        encoding="utf-8",
    )
    png = _png(_md(salinan_konten).parent / "bagan.png", 1234, 617)
    jpg = _png(salinan_konten / "gambar" / "kantor.jpg", 321, 123, jenis="JPEG")
    _tambah(salinan_konten, "![Bagan struktur organisasi](bagan.png)\n\n![Kantor](../../gambar/kantor.jpg){width=3cm}\n")
    keluaran = tmp_path / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(keluaran), "--pdf", LKJIP)
    assert p.returncode == 0, p.stdout + p.stderr
    berkas = keluaran / f"{LKJIP}.docx"
    with zipfile.ZipFile(berkas) as z:
        for nama in z.namelist():
            if nama.endswith(".xml"):
                etree.fromstring(z.read(nama))  # strict: every prefix declared
        media = {z.read(n) for n in z.namelist() if n.startswith("word/media/")}
    assert png in media and jpg in media
    doc = Document(berkas)
    sec = doc.sections[-1]
    lebar_teks = sec.page_width - sec.left_margin - sec.right_margin
    lebar = sorted(s.width for s in doc.inline_shapes)
    assert lebar[-1] <= lebar_teks and lebar[-1] > lebar_teks * 0.99  # the wide chart fills the text width, no more
    pdf = keluaran / f"{LKJIP}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    daftar = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(b.split()[3:5] == ["1234", "617"] for b in daftar.splitlines()[2:]), daftar


# --- gambar dan kode yang ditolak ---------------------------------------------------


def _siapkan_symlink(konten: Path) -> None:
    os.symlink("/etc/passwd", _md(konten).parent / "sandi.png")


def _siapkan_teks(konten: Path) -> None:
    (_md(konten).parent / "teks.png").write_text("bukan gambar\n", encoding="utf-8")


def _siapkan_gif(konten: Path) -> None:
    _png(_md(konten).parent / "animasi.png", 40, 40, jenis="GIF")


def _siapkan_terpotong(konten: Path) -> None:
    berkas = _md(konten).parent / "terpotong.png"
    berkas.write_bytes(_png(berkas, 300, 300)[:200])


def _siapkan_bm(konten: Path) -> None:
    (_md(konten).parent / "bm.png").write_bytes(b"BM" + b"\x00" * 200)


DDE = '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r></w:p>'


@pytest.mark.parametrize(
    "teks, siapkan, kolom, pesan",
    [
        ("Lihat ![x](/etc/passwd)", None, 12, "gambar '/etc/passwd': jalur gambar harus relatif terhadap berkas Markdown ini"),
        ("![x](../../../../../../../../etc/passwd)", None, 6, "gambar harus berada di dalam folder konten"),
        ("![x](sandi.png)", _siapkan_symlink, 6, "gambar 'sandi.png': gambar harus berada di dalam folder konten"),
        ("![x](https://contoh.invalid/a.png)", None, 6, "bukan jalur mutlak atau alamat"),
        ("![x](tidak-ada.png)", None, 6, "gambar 'tidak-ada.png': berkas gambar tidak ditemukan"),
        ("![x](teks.png)", _siapkan_teks, 6, "gambar 'teks.png': bukan gambar PNG atau JPEG"),
        ("![x](animasi.png)", _siapkan_gif, 6, "bukan gambar PNG atau JPEG (terbaca sebagai GIF)"),
        ("![x](terpotong.png)", _siapkan_terpotong, 6, "gambar 'terpotong.png': gambar PNG rusak atau terpotong"),
        ("![x](bm.png)", _siapkan_bm, 6, "gambar 'bm.png': gambar rusak atau terpotong"),
        ("Teks <script>alert(1)</script> akhir", None, 6, "narasi tidak boleh memuat kode HTML mentah"),
        (f"```{{=openxml}}\n{DDE}\n```", None, None, "narasi tidak boleh memuat kode OpenXML mentah"),
        ("Teks \\input{/etc/passwd} akhir", None, 6, "narasi tidak boleh memuat kode LaTeX mentah («\\input{/etc/passwd}»)"),
        ("[klik](file:///etc/passwd)", None, 8, "tautan 'file:///etc/passwd' tidak diizinkan"),
    ],
)
def test_narasi_ditolak_satu_baris(salinan_konten, salinan_keluaran, teks, siapkan, kolom, pesan):
    if siapkan:
        siapkan(salinan_konten)
    baris = _tambah(salinan_konten, teks + "\n")
    if kolom is None:  # a fenced raw block: its content starts on the next line
        baris, kolom = baris + 1, 1
    harap = f"{_md(salinan_konten)}:{baris}:{kolom}: "
    cocok = _gagal_satu_baris(salinan_konten, salinan_keluaran, harap)
    assert pesan in cocok, cocok


# --- bukan teks UTF-8 ----------------------------------------------------------------


def _tulis_bait(konten: Path, data: bytes) -> None:
    _md(konten).write_bytes(data)


def test_narasi_latin1(salinan_konten, salinan_keluaran):
    _tulis_bait(salinan_konten, "Baris satu\nKabupaten Balangan \u2014 Caf\u00e9\n".encode("cp1252"))
    cocok = _gagal_satu_baris(salinan_konten, salinan_keluaran, f"{_md(salinan_konten)}:2:20: ")
    assert "narasi harus teks UTF-8: bait ke-31 (0x97)" in cocok


def test_narasi_utf16(salinan_konten, salinan_keluaran):
    teks = _md(salinan_konten).read_text(encoding="utf-8")
    _tulis_bait(salinan_konten, teks.encode("utf-16"))
    cocok = _gagal_satu_baris(salinan_konten, salinan_keluaran, f"{_md(salinan_konten)}:1:1: ")
    assert "bait ke-1 (0xFF)" in cocok


def test_narasi_utf16_tanpa_bom(salinan_konten, salinan_keluaran):
    teks = _md(salinan_konten).read_text(encoding="utf-8")
    _tulis_bait(salinan_konten, teks.encode("utf-16-le"))
    cocok = _gagal_satu_baris(salinan_konten, salinan_keluaran, f"{_md(salinan_konten)}:1:2: ")
    assert "karakter kendali U+0000" in cocok and "UTF-16" in cocok


def test_narasi_bait_acak_gagal_cepat(salinan_konten, salinan_keluaran):
    data = bytes([0xB2]) + os.urandom(20 * 1024)
    _tulis_bait(salinan_konten, data)
    mulai = time.monotonic()
    cocok = _gagal_satu_baris(salinan_konten, salinan_keluaran, f"{_md(salinan_konten)}:1:1: ")
    assert "bait ke-1 (0xB2)" in cocok
    assert time.monotonic() - mulai < 30


def test_narasi_terlalu_besar(salinan_konten, salinan_keluaran):
    _tulis_bait(salinan_konten, b"a" * (1024 * 1024 + 1))
    cocok = _gagal_satu_baris(salinan_konten, salinan_keluaran, f"{_md(salinan_konten)}: narasi lebih dari 1 MiB")
    assert cocok


def test_narasi_utf8_dengan_bom_diterima(salinan_konten, tmp_path):
    md = _md(salinan_konten)
    md.write_bytes(b"\xef\xbb\xbf" + md.read_bytes())
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(tmp_path / "k"), LKJIP)
    assert p.returncode == 0, p.stdout + p.stderr
    teks = "\n".join(par.text for par in Document(tmp_path / "k" / f"{LKJIP}.docx").paragraphs)
    assert "Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)" in teks and "\ufeff" not in teks
