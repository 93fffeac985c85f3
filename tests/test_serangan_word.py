"""Lapisan Word di bawah serangan (issue 14, butir 2 dan 12): dokumen yang ditulis
dibuka ulang sebelum disimpan, field Word berbahaya dari templat tidak pernah
sampai ke keluaran, pandoc berjalan dengan batas waktu dan memori, dan
pemeriksaan narasi tersedia sebagai fungsi murni untuk ``naskah periksa``."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from docx import Document

from generator.dasar.galat import NaskahError
from generator.word.narasi import periksa_semua_narasi
from generator.word.pandoc import PandocGagal, jalankan_pandoc
from generator.word.periksa_docx import pastikan_terbuka
from tests.bantu import KONTEN, jalankan_cli, potret
from tests.bantu import templat_dengan

# --- pastikan_terbuka -------------------------------------------------------------


def _ubah_bagian(data: bytes, nama: str, ubah) -> bytes:
    keluar = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as baru:
        for info in z.infolist():
            isi = z.read(info)
            if info.filename == nama:
                isi = ubah(isi.decode("utf-8")).encode("utf-8")
            baru.writestr(info, isi)
    return keluar.getvalue()


def test_dokumen_contoh_terbuka(bangunan):
    for e in bangunan.manifest["dokumen"]:
        pastikan_terbuka((bangunan.folder / e["berkas"]).read_bytes(), e["berkas"])


def _lkjip(bangunan) -> bytes:
    return next(bangunan.folder / e["berkas"] for e in bangunan.manifest["dokumen"] if e["jenis"] == "lkjip").read_bytes()


@pytest.mark.parametrize(
    "bagian, ubah, harap",
    [
        # the old narrative-image failure: a picture whose a: prefix is declared nowhere
        ("word/document.xml", lambda x: x.replace("<w:body>", "<w:body><w:p><w:r><a:graphic/></w:r></w:p>", 1),
         "XML bagian word/document.xml rusak"),
        ("word/document.xml", lambda x: x.replace("<w:body>", '<w:body><w:altChunk r:id="rId999"/>', 1),
         "isi yang diimpor dari berkas lain (altChunk)"),
        ("word/document.xml", lambda x: x.replace(
            "<w:body>",
            '<w:body><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DD</w:instrText></w:r>'
            '<w:r><w:instrText>EAUTO cmd "/k calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', 1),
         "field Word 'DDEAUTO'"),
        ("word/_rels/document.xml.rels", lambda x: x.replace(
            "</Relationships>",
            '<Relationship Id="rId998" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
            'Target="file://server/share/a.png" TargetMode="External"/></Relationships>'),
         "rujukan ke berkas luar (image: file://server/share/a.png)"),
        ("word/document.xml", lambda x: x[: len(x) // 2], "XML bagian word/document.xml rusak"),
    ],
)  # fmt: skip
def test_pastikan_terbuka_menolak(bangunan, bagian, ubah, harap):
    rusak = _ubah_bagian(_lkjip(bangunan), bagian, ubah)
    with pytest.raises(NaskahError) as info:
        pastikan_terbuka(rusak, "lkjip-2022.docx")
    pesan = str(info.value)
    assert pesan.startswith("lkjip-2022.docx: ") and harap in pesan and "\n" not in pesan, pesan


@pytest.mark.parametrize(
    "bagian, ubah, harap",
    [
        ("word/_rels/document.xml.rels", lambda x: x.replace(
            "</Relationships>",
            '<Relationship Id="rId997" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
            'Target="media/tidak-ada.png"/></Relationships>'),
         "word/_rels/document.xml.rels merujuk bagian yang tidak ada (media/tidak-ada.png)"),
        ("[Content_Types].xml", lambda x: x.replace('Extension="jpg"', 'Extension="jpx"').replace('Extension="jpeg"', 'Extension="jpx"'),
         "tanpa jenis isi di [Content_Types].xml"),
        ("_rels/.rels", lambda x: x.replace("relationships/officeDocument", "relationships/lain"),
         "paket tanpa bagian dokumen Word utama"),
    ],
)  # fmt: skip
def test_pastikan_terbuka_menolak_paket_rusak(bangunan, bagian, ubah, harap):
    """What python-docx and Word need to open a package: every relationship
    to a part that is there, a content type for it, a main document part."""
    rusak = _ubah_bagian(_lkjip(bangunan), bagian, ubah)
    with pytest.raises(NaskahError) as info:
        pastikan_terbuka(rusak, "lkjip-2022.docx")
    pesan = str(info.value)
    assert pesan.startswith("lkjip-2022.docx: ") and harap in pesan and "\n" not in pesan, pesan
    with pytest.raises(Exception):  # python-docx itself does not load any of them
        Document(io.BytesIO(rusak))


def test_pastikan_terbuka_dari_berkas(bangunan, tmp_path):
    berkas = tmp_path / "lkjip.docx"
    berkas.write_bytes(_lkjip(bangunan))
    pastikan_terbuka(berkas, "lkjip-2022.docx")


def test_pastikan_terbuka_bukan_zip():
    with pytest.raises(NaskahError, match="paket zip rusak"):
        pastikan_terbuka(b"PK\x03\x04 bukan zip", "x.docx")


@pytest.mark.parametrize(
    "field, kode",
    [
        ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\'
         'system32\\\\cmd.exe "/k calc" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', "DDEAUTO"),
        ('<w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://contoh.invalid/a.png&quot; \\d "><w:r><w:t>x</w:t></w:r>'
         "</w:fldSimple>", "INCLUDEPICTURE"),
        ('<w:fldSimple w:instr=" INCLUDETEXT &quot;C:\\\\rahasia.txt&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple>',
         "INCLUDETEXT"),
    ],
)  # fmt: skip
def test_field_berbahaya_dari_templat_tidak_ditulis(tmp_path, salinan_keluaran, field, kode):
    tag = "<w:t>{{ tentang }}</w:t></w:r>"
    templat = templat_dengan(tmp_path / "templat", "keputusan.docx", tag, tag + field)
    sebelum = potret(salinan_keluaran)
    p = jalankan_cli("bangun", "--templat", str(templat), "--keluaran", str(salinan_keluaran))
    assert p.returncode == 1, p.stdout + p.stderr
    baris = [b for b in p.stderr.splitlines() if b.strip()]
    assert len(baris) == 1 and "Traceback" not in p.stderr, p.stderr
    assert "keputusan-iku.docx: dokumen memuat field Word" in baris[0] and f"'{kode}'" in baris[0], baris[0]
    assert potret(salinan_keluaran) == sebelum


# --- pandoc dibatasi ----------------------------------------------------------------


def test_pandoc_berhenti_pada_batas_waktu():
    """A valid but pathological input (pandoc takes minutes on it) stops at the timeout."""
    mulai = time.monotonic()
    with pytest.raises(PandocGagal, match="pandoc tidak selesai dalam 2 detik"):
        jalankan_pandoc(["-f", "markdown", "-t", "json"], b"<" * 200_000, batas_waktu=2)
    assert time.monotonic() - mulai < 15


def test_pandoc_berhenti_pada_batas_memori():
    with pytest.raises(PandocGagal, match="pandoc kehabisan memori"):
        jalankan_pandoc(["-f", "markdown", "-t", "json"], b"[" * 200_000)


# --- periksa_semua_narasi: fungsi murni untuk naskah periksa -----------------------------


def test_periksa_narasi_contoh_bersih():
    for md in sorted((KONTEN / "lkjip" / "2022").glob("*.md")):
        assert periksa_semua_narasi([md], KONTEN) == [], md


def test_periksa_narasi_menemukan_semua_masalah(tmp_path):
    konten = tmp_path / "konten"
    konten.mkdir()
    md = konten / "bab.md"
    md.write_text("# Judul\n\n![a](/etc/passwd)\n\nTeks <b>tebal</b>.\n\n<!-- catatan penulis, boleh -->\n", encoding="utf-8")
    sebelum = potret(tmp_path)
    masalah = periksa_semua_narasi([md], konten)
    assert [(m.lokasi.baris, m.lokasi.kolom, m.kode) for m in masalah] == [
        (3, 6, "narasi-gambar"),
        (5, 6, "narasi-mentah"),
        (5, 14, "narasi-mentah"),
    ]
    assert potret(tmp_path) == sebelum  # nothing written


def test_naskah_periksa_menemukan_masalah_narasi(salinan_konten):
    """``naskah periksa`` reports a narrative problem (here a raw OpenXML field
    and a latin-1 byte) before any build, each exactly once under GALAT."""
    md = salinan_konten / "lkjip" / "2022" / "penutup.md"
    isi = md.read_text(encoding="utf-8")
    md.write_text(isi + "\n```{=openxml}\n<w:p/>\n```\n", encoding="utf-8")
    baris = isi.count("\n") + 3
    kata = salinan_konten / "lkjip" / "2022" / "kata_pengantar.md"
    kata.write_bytes("Caf\u00e9\n".encode("cp1252"))
    p = jalankan_cli("periksa", "--konten", str(salinan_konten))
    assert p.returncode == 1 and "Traceback" not in p.stdout + p.stderr
    keluar = (p.stdout + p.stderr).splitlines()
    for harap in (f"{md}:{baris}:1: narasi tidak boleh memuat kode OpenXML mentah", f"{kata}:1:4: narasi harus teks UTF-8"):
        assert sum(harap in b for b in keluar) == 1, (harap, p.stdout)
