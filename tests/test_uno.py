"""LibreOffice lewat UNO (issue 9 butir 5): satu LibreOffice per bangun,
indeks dan field diperbarui sebelum ekspor, Daftar Isi bernomor halaman di
PDF DAN di .docx (hasil field TOC diisi dari tata letak LibreOffice),
.docx tetap deterministik, dan jalur ``soffice --convert-to`` hanya bila
UNO tidak ada, dengan peringatan.

Semua memakai LibreOffice dan poppler sungguhan: tanpa keduanya tes GAGAL
(jalankan `make sistem`), tidak di-skip."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from generator.tulis.kantor import Kantor
from generator.tulis.pdf import LibreOfficeGagal, konversi_pdf
from generator.word.daftar_isi import ada_daftar_isi, isi_daftar_isi
from generator.word.oxml.field import field_mulai, field_selesai
from tests.bantu import jalankan_cli
from tests.pdfutil import meta_pdf, teks_pdf

LKJIP = "lkjip-2022"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml(data: bytes, bagian: str = "word/document.xml") -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(bagian)


def daftar_isi_docx(data: bytes) -> list[tuple[str, str]]:
    """Baris hasil field TOC pertama dalam .docx: (teks, nomor halaman),
    dibaca sendiri dari document.xml (paragraf dari fldChar begin sampai end)."""
    akar = etree.fromstring(_xml(data))
    paragraf, di_dalam = [], False
    for p in akar.iter(f"{W}p"):
        jenis = [f.get(f"{W}fldCharType") for f in p.iter(f"{W}fldChar")]
        instr = "".join(t.text or "" for t in p.iter(f"{W}instrText"))
        if "begin" in jenis and instr.strip().startswith("TOC"):
            di_dalam = True
        if di_dalam:
            teks = "".join(
                "\t" if el.tag == f"{W}tab" else (el.text or "") for r in p.iter(f"{W}r") for el in r.iter(f"{W}t", f"{W}tab")
            )
            if teks.strip():
                paragraf.append(teks)
            if "end" in jenis:
                break
    return [tuple(b.rsplit("\t", 1)) if "\t" in b else (b, "") for b in paragraf]


def _halaman(pdf: Path) -> list[str]:
    halaman = teks_pdf(pdf).split("\f")
    return halaman[:-1] if halaman and not halaman[-1].strip() else halaman


def _nomor_tercetak(teks: str) -> str | None:
    """Nomor halaman di kepala halaman ("- 12 -"), None di halaman tanpa nomor."""
    baris = [b.strip() for b in teks.splitlines() if b.strip()]
    m = re.fullmatch(r"-\s*(\d+)\s*-", baris[0]) if baris else None
    return m.group(1) if m else None


def _rata(teks: str) -> str:
    return re.sub(r"\s+", " ", teks).strip()


def _daftar_isi_pdf(halaman: list[str]) -> dict[str, list[str]]:
    """Baris Daftar Isi di PDF: teks judul -> nomor halaman, berurutan."""
    hasil: dict[str, list[str]] = {}
    mulai = next(i for i, h in enumerate(halaman) if "DAFTAR ISI" in h)
    for h in halaman[mulai : mulai + 3]:
        for b in h.splitlines():
            m = re.fullmatch(r"\s*(.+?)\s*\.{3,}\s*(\d+)\s*", b)
            if m:
                hasil.setdefault(_rata(m.group(1)), []).append(m.group(2))
    return hasil


@pytest.fixture(scope="module")
def kantor():
    with Kantor(batas_waktu=240) as k:
        galat = k.tersedia()
        assert galat is None, f"LibreOffice dengan UNO tidak tersedia (jalankan `make sistem`): {galat}"
        yield k


@pytest.fixture(scope="module")
def lkjip_pdf(bangunan, kantor, tmp_path_factory) -> Path:
    """PDF LKjIP hasil bangun, diekspor lewat UNO (indeks diperbarui)."""
    hasil = kantor.proses(f"{LKJIP}.docx", bangunan.berkas(LKJIP).read_bytes(), pdf=True)
    pdf = tmp_path_factory.mktemp("uno") / f"{LKJIP}.pdf"
    pdf.write_bytes(hasil.pdf)
    return pdf


def test_docx_membawa_daftar_isi_bernomor_tanpa_minta_pembaruan(bangunan):
    data = bangunan.berkas(LKJIP).read_bytes()
    entri = daftar_isi_docx(data)
    assert len(entri) > 10
    assert all(n.isdigit() for _, n in entri), entri
    assert [int(n) for _, n in entri] == sorted(int(n) for _, n in entri)
    assert b"updateFields" not in _xml(data, "word/settings.xml")
    assert b'w:dirty="true"' not in _xml(data)
    assert b"TOC \\o" in _xml(data)  # the field stays: Word can still rebuild it


def test_nomor_daftar_isi_pdf_sama_dengan_docx_dan_halaman_judulnya(bangunan, lkjip_pdf):
    halaman = _halaman(lkjip_pdf)
    di_pdf = _daftar_isi_pdf(halaman)
    entri = daftar_isi_docx(bangunan.berkas(LKJIP).read_bytes())
    harap: dict[str, list[str]] = {}
    for teks, nomor in entri:
        harap.setdefault(_rata(teks), []).append(nomor)
    assert di_pdf == harap
    baris = {_nomor_tercetak(h): {_rata(b) for b in h.splitlines()} for h in halaman}
    for teks, nomor in entri:
        assert _rata(teks) in baris[nomor], f"judul {teks!r} tidak sebaris utuh di halaman {nomor}"


def test_libreoffice_tanpa_pembaruan_menampilkan_nomor(bangunan, tmp_path):
    """soffice --convert-to tidak memperbarui field: PDF-nya memperlihatkan
    hasil yang tersimpan di .docx, seperti yang dilihat pengguna LibreOffice."""
    (pdf,) = konversi_pdf([bangunan.berkas(LKJIP)], tmp_path)
    di_pdf = _daftar_isi_pdf(_halaman(pdf))
    entri = daftar_isi_docx(bangunan.berkas(LKJIP).read_bytes())
    assert sum(len(v) for v in di_pdf.values()) == len(entri)
    assert all(di_pdf[_rata(t)].count(n) >= 1 for t, n in entri)


def test_dua_bangun_docx_identik(bangunan, tmp_path):
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", LKJIP, "--keluaran", str(keluaran))
    assert p.returncode == 0, p.stderr
    assert "Daftar Isi" not in p.stderr
    assert (keluaran / f"{LKJIP}.docx").read_bytes() == bangunan.berkas(LKJIP).read_bytes()


def test_pdfa_lewat_uno(bangunan, kantor, tmp_path):
    hasil = kantor.proses("keputusan-iku.docx", bangunan.berkas("keputusan-iku").read_bytes(), pdf=True, pdfa=True)
    assert hasil.daftar_isi == () and hasil.halaman > 1
    berkas = tmp_path / "k.pdf"
    berkas.write_bytes(hasil.pdf)
    meta = meta_pdf(berkas)
    assert re.search(r"pdfaid:part>\s*2", meta) or 'pdfaid:part="2"' in meta, meta


def test_tanpa_uno_bangun_tetap_jalan_dengan_satu_peringatan(tmp_path):
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", LKJIP, "--keluaran", str(keluaran), env={"NASKAH_PYTHON_UNO": str(tmp_path / "tidak-ada")})
    assert p.returncode == 0, p.stderr
    peringatan = [b for b in p.stderr.splitlines() if b.startswith("peringatan")]
    assert len(peringatan) == 1 and "Daftar Isi tanpa nomor halaman" in peringatan[0], p.stderr
    assert b"updateFields" in _xml((keluaran / f"{LKJIP}.docx").read_bytes(), "word/settings.xml")


def test_tanpa_libreoffice_bangun_tetap_jalan(tmp_path):
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", LKJIP, "--keluaran", str(keluaran), env={"NASKAH_SOFFICE": str(tmp_path / "soffice")})
    assert p.returncode == 0, p.stderr
    assert "Daftar Isi tanpa nomor halaman" in p.stderr and "Traceback" not in p.stderr


def test_pdf_tanpa_uno_lewat_convert_to_dengan_peringatan(tmp_path):
    keluaran = tmp_path / "k"
    p = jalankan_cli(
        "bangun", LKJIP, "--pdf", "--keluaran", str(keluaran), env={"NASKAH_PYTHON_UNO": str(tmp_path / "tidak-ada")}
    )
    assert p.returncode == 0, p.stderr
    assert "soffice --convert-to" in p.stderr
    assert (keluaran / f"{LKJIP}.pdf").read_bytes().startswith(b"%PDF-")


def _toc_satu_paragraf() -> bytes:
    """A document with one TOC field whose begin, result and end share one
    paragraph (as a fresh Word field does), without ``toc N`` styles."""
    d = docx.Document()
    p = d.add_paragraph()
    field_mulai(p, ' TOC \\o "1-3" \\h ', kotor=True)
    p.add_run("Tekan F9")
    field_selesai(p)
    d.add_paragraph("BAB I", style="Heading 1")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_isi_daftar_isi_satu_paragraf_tanpa_gaya_toc():
    data = _toc_satu_paragraf()
    assert ada_daftar_isi(data)
    entri = [("BAB I", 1, "1"), ("Latar Belakang", 2, "1"), ("BAB II", 1, "3")]
    baru = isi_daftar_isi(data, [entri])
    assert isi_daftar_isi(data, [entri]) == baru  # deterministic
    assert daftar_isi_docx(baru) == [(t, n) for t, _, n in entri]
    akar = etree.fromstring(_xml(baru))
    tab = akar.findall(f".//{W}pPr/{W}tabs/{W}tab")
    assert len(tab) == 3 and all(t.get(f"{W}leader") == "dot" for t in tab)
    assert [f.get(f"{W}fldCharType") for f in akar.iter(f"{W}fldChar")] == ["begin", "separate", "end"]
    assert "Tekan F9" not in _xml(baru).decode() and 'w:dirty="true"' not in _xml(baru).decode()
    with pytest.raises(ValueError):
        isi_daftar_isi(data, [entri, entri])


def test_batas_waktu_menghentikan_libreoffice_tanpa_sisa(bangunan):
    k = Kantor(batas_waktu=0.01)
    assert k.tersedia() is None
    penanda = k._folder.name
    with pytest.raises(LibreOfficeGagal, match="tidak selesai"):
        k.proses(f"{LKJIP}.docx", bangunan.berkas(LKJIP).read_bytes())
    sisa = [p for p in Path("/proc").glob("[0-9]*") if _cmdline_memuat(p, penanda)]
    assert sisa == []
    with pytest.raises(LibreOfficeGagal):  # the office is gone for good
        k.proses(f"{LKJIP}.docx", b"")
    k.tutup()


def _cmdline_memuat(p: Path, penanda: str) -> bool:
    try:
        return penanda.encode() in (p / "cmdline").read_bytes()
    except OSError:
        return False
