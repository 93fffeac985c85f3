"""Tes konversi PDF dengan LibreOffice sungguhan (tanpa mock, tanpa skip)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from generator.dasar.galat import NaskahError
from generator.tulis.pdf import (
    LibreOfficeGagal,
    LibreOfficeTidakAda,
    PdfError,
    cari_soffice,
    konversi_pdf,
)
try:  # `python -m pytest` dari akar repo (dan bila tests/ menjadi paket)
    from tests.pdfutil import font_pdf, halaman_pdf, meta_pdf, teks_pdf
except ImportError:  # `pytest` biasa: folder tests/ ada di sys.path
    from tests.pdfutil import font_pdf, halaman_pdf, meta_pdf, teks_pdf

FONT = "Bookman Old Style"
TEKS_POTRET = "KEPUTUSAN BUPATI tentang Indikator Kinerja Utama"
TEKS_LANSKAP = "LAMPIRAN Tabel Indikator Kinerja"
TEKS_KEDUA = "Dokumen kedua Sekretariat Daerah"


def _font(run, nama: str = FONT) -> None:
    run.font.name = nama
    run.font.size = Pt(12)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for atribut in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(atribut), nama)


def _dokumen(path: Path, *, lanskap: bool, teks: list[str]) -> Path:
    doc = Document()
    # Font bawaan dokumen juga Bookman agar tidak ada teks (mis. paragraf kosong) jatuh ke font lain.
    gaya = doc.styles["Normal"]
    gaya.font.name = FONT
    rfonts = gaya.element.get_or_add_rPr().get_or_add_rFonts()
    for atribut in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(atribut), FONT)

    s = doc.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(215), Mm(330)
    _font(doc.add_paragraph().add_run(teks[0]))
    if lanskap:
        s2 = doc.add_section(WD_SECTION.NEW_PAGE)
        s2.orientation = WD_ORIENT.LANDSCAPE
        s2.page_width, s2.page_height = Mm(330), Mm(215)
        _font(doc.add_paragraph().add_run(teks[1]))
    doc.save(path)
    return path


@pytest.fixture
def dua_docx(tmp_path: Path) -> list[Path]:
    sumber = tmp_path / "sumber"
    sumber.mkdir()
    return [
        _dokumen(sumber / "keputusan.docx", lanskap=True, teks=[TEKS_POTRET, TEKS_LANSKAP]),
        _dokumen(sumber / "kedua.docx", lanskap=False, teks=[TEKS_KEDUA]),
    ]


def _dekat(ukuran: tuple[float, float], harapan: tuple[float, float]) -> bool:
    return abs(ukuran[0] - harapan[0]) <= 1 and abs(ukuran[1] - harapan[1]) <= 1


def _normal(teks: str) -> str:
    return " ".join(teks.split())


def test_batch_ukuran_teks_dan_font(dua_docx: list[Path], tmp_path: Path) -> None:
    keluaran = tmp_path / "keluaran"
    mulai = time.perf_counter()
    pdf = konversi_pdf(dua_docx, keluaran)
    durasi = time.perf_counter() - mulai
    print(f"konversi 2 dokumen: {durasi:.2f} detik")

    assert pdf == [keluaran / "keputusan.pdf", keluaran / "kedua.pdf"]
    for p in pdf:
        assert p.is_file() and p.stat().st_size > 0
    # Tidak ada sisa folder sementara atau berkas lain.
    assert sorted(x.name for x in keluaran.iterdir()) == ["kedua.pdf", "keputusan.pdf"]

    ukuran = halaman_pdf(pdf[0])
    assert len(ukuran) == 2, ukuran
    assert _dekat(ukuran[0], (215, 330)), ukuran
    assert _dekat(ukuran[1], (330, 215)), ukuran
    ukuran2 = halaman_pdf(pdf[1])
    assert len(ukuran2) == 1 and _dekat(ukuran2[0], (215, 330)), ukuran2

    teks = _normal(teks_pdf(pdf[0]))
    assert TEKS_POTRET in teks and TEKS_LANSKAP in teks
    assert teks.index(TEKS_POTRET) < teks.index(TEKS_LANSKAP)
    assert TEKS_KEDUA in _normal(teks_pdf(pdf[1]))

    for p in pdf:
        font = font_pdf(p)
        assert font, f"tidak ada font di {p}"
        nama = [f["name"] for f in font]
        assert all(f["emb"] for f in font), font
        for terlarang in ("Sans", "DejaVu", "Liberation"):
            assert not any(terlarang.lower() in n.lower() for n in nama), nama
        # Pengganti metrik Bookman Old Style di Linux adalah URW Bookman (fonts-urw-base35).
        assert any("bookman" in n.lower() for n in nama), nama


def test_pdfa(dua_docx: list[Path], tmp_path: Path) -> None:
    (pdf,) = konversi_pdf(dua_docx[1:], tmp_path / "pdfa", pdfa=True)
    meta = meta_pdf(pdf)
    assert "pdfaid:part" in meta, meta
    assert ("<pdfaid:part>2</pdfaid:part>" in meta or 'pdfaid:part="2"' in meta), meta
    assert (
        "<pdfaid:conformance>B</pdfaid:conformance>" in meta
        or 'pdfaid:conformance="B"' in meta
    ), meta
    assert all(f["emb"] for f in font_pdf(pdf))


def test_pdf_biasa_bukan_pdfa(dua_docx: list[Path], tmp_path: Path) -> None:
    (pdf,) = konversi_pdf(dua_docx[1:], tmp_path / "biasa")
    assert "pdfaid" not in meta_pdf(pdf)


def test_menimpa_pdf_lama(dua_docx: list[Path], tmp_path: Path) -> None:
    keluaran = tmp_path / "keluaran"
    keluaran.mkdir()
    (keluaran / "kedua.pdf").write_bytes(b"lama")
    (pdf,) = konversi_pdf(dua_docx[1:], keluaran)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_soffice_tidak_ada(
    dua_docx: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NASKAH_SOFFICE", str(tmp_path / "tidak-ada" / "soffice"))
    with pytest.raises(LibreOfficeTidakAda) as info:
        cari_soffice()
    pesan = str(info.value)
    assert "tidak" in pesan and "LibreOffice" in pesan and "NASKAH_SOFFICE" in pesan
    assert "apt-get install libreoffice-writer-nogui" in pesan
    assert isinstance(info.value, PdfError) and isinstance(info.value, NaskahError)

    keluaran = tmp_path / "keluaran"
    with pytest.raises(LibreOfficeTidakAda):
        konversi_pdf(dua_docx, keluaran)
    assert not keluaran.exists() or not any(keluaran.iterdir())


def test_soffice_dari_env(monkeypatch: pytest.MonkeyPatch) -> None:
    asli = cari_soffice()
    monkeypatch.setenv("NASKAH_SOFFICE", str(asli))
    assert cari_soffice() == asli


def test_batas_waktu(dua_docx: list[Path], tmp_path: Path) -> None:
    keluaran = tmp_path / "keluaran"
    keluaran.mkdir()
    mulai = time.perf_counter()
    with pytest.raises(LibreOfficeGagal) as info:
        konversi_pdf(dua_docx, keluaran, batas_waktu=0.01)
    assert time.perf_counter() - mulai < 30
    assert "tidak selesai dalam" in str(info.value)
    assert list(keluaran.iterdir()) == []


def test_berkas_rusak_gagal_dengan_nama(dua_docx: list[Path], tmp_path: Path) -> None:
    # .docx terpotong: LibreOffice menulis "source file could not be loaded" tetapi tetap keluar 0.
    data = dua_docx[0].read_bytes()
    rusak = tmp_path / "sumber" / "rusak.docx"
    rusak.write_bytes(data[: len(data) // 2])
    keluaran = tmp_path / "keluaran"
    keluaran.mkdir()
    with pytest.raises(LibreOfficeGagal) as info:
        konversi_pdf([dua_docx[1], rusak], keluaran)
    pesan = str(info.value)
    assert "rusak.docx" in pesan and "kedua.docx" not in pesan
    assert "could not be loaded" in pesan  # ekor stderr LibreOffice ikut dilaporkan
    # Batch gagal: tidak ada PDF (juga bukan PDF dokumen yang berhasil) yang ditinggalkan.
    assert list(keluaran.iterdir()) == []


def test_nama_kembar_ditolak(tmp_path: Path) -> None:
    a = tmp_path / "a" / "sama.docx"
    b = tmp_path / "b" / "sama.docx"
    for p in (a, b):
        p.parent.mkdir()
        _dokumen(p, lanskap=False, teks=["x"])
    with pytest.raises(ValueError):
        konversi_pdf([a, b], tmp_path / "keluaran")


def test_batch_kosong(tmp_path: Path) -> None:
    assert konversi_pdf([], tmp_path / "keluaran") == []
