"""Blok tanda tangan tidak pernah sendirian (issue #9 butir 3): aturan
word/tanda_tangan pada .docx kecil buatan tes, lalu lewat LibreOffice
sungguhan (tabel yang melewati halaman, baris terakhir yang terlalu tinggi)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from generator.templat_bawaan import PEMBUAT
from generator.word.oxml.ikat import beri_judul_tabel, judul_tabel
from generator.word.oxml.tabel_isi import baris, lebar_grid, sel_baris
from generator.word.oxml.urutan import w
from generator.word.tanda_tangan import TANDA_TANGAN, ikat_tanda_tangan
from tests.bantu import jalankan_cli
from tests.halaman_pdf import baca_halaman
from tests.pdfutil import teks_pdf
from tests.tata_letak import HALAMAN_TTD, periksa_tata_letak

HURUF = "Bookman Old Style"
JABATAN = "KEPALA BAGIAN HUKUM,"
NIP = "NIP 19830710 201001 1 020"
EKOR = "Cara Hitung: jumlah laporan dibagi jumlah kegiatan."


def _baris_flag(row, nama: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(f"w:{nama}"))


def _dokumen():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    normal = doc.styles["Normal"]
    normal.font.name = HURUF
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    return doc


def _ttd(doc) -> None:
    tbl = doc.add_table(rows=1, cols=2)
    beri_judul_tabel(tbl, TANDA_TANGAN)
    tbl.columns[0].width, tbl.columns[1].width = Cm(8), Cm(8)
    sel = tbl.rows[0].cells[1]
    sel.paragraphs[0].text = JABATAN
    for teks in ("", "", "", "M. B. S. M. S.", NIP):
        sel.add_paragraph(teks)


def _tabel(doc, baris: int, *, ekor_tinggi: bool = False):
    tbl = doc.add_table(rows=baris, cols=3)
    tbl.style = "Table Grid"
    for i, row in enumerate(tbl.rows):
        _baris_flag(row, "cantSplit")
        for sel in row.cells:
            sel.paragraphs[0].text = f"baris {i} isi sel"
    _baris_flag(tbl.rows[0], "tblHeader")
    if ekor_tinggi:
        sel = tbl.rows[-1].cells[2]
        sel.paragraphs[0].text = "Makna Indikator: " + "penyelenggaraan urusan pemerintahan daerah " * 60
        sel.add_paragraph("Alasan Pemilihan Indikator: mengukur hasil kerja unit.")
        sel.add_paragraph(EKOR)
        tbl.rows[-1]._tr.trPr.remove(tbl.rows[-1]._tr.trPr.find(w("cantSplit")))
    return tbl


def dokumen_tabel(baris: int, *, ekor_tinggi: bool = False):
    doc = _dokumen()
    doc.add_paragraph("Tabel indikator:")
    _tabel(doc, baris, ekor_tinggi=ekor_tinggi)
    doc.add_paragraph("")
    _ttd(doc)
    return doc


def _ikat(doc):
    ikat_tanda_tangan(doc, HURUF, Decimal(11))
    return doc


def _keep(p) -> bool:
    return p.find(f"{w('pPr')}/{w('keepNext')}") is not None


def _teks(el) -> str:
    return "".join(t.text or "" for t in el.iter(w("t")))


# --- aturan pada XML ----------------------------------------------------------------


def test_blok_menjadi_baris_akhir_tabel_sebelumnya():
    doc = _ikat(dokumen_tabel(10))
    body = doc.element.body
    tabel = body.findall(w("tbl"))
    assert len(tabel) == 1 and judul_tabel(tabel[0]) is None  # tabel tanda tangan dilebur
    baris = tabel[0].findall(w("tr"))
    ttd, sebelum = baris[-1], baris[-2]
    assert JABATAN in _teks(ttd) and NIP in _teks(ttd)
    assert ttd.find(f"{w('trPr')}/{w('cantSplit')}") is not None
    assert all(_keep(p) for p in sebelum.iter(w("p")))  # baris terakhir ikut blok
    for tc in ttd.findall(w("tc")):  # tanpa garis kiri, kanan, bawah
        garis = tc.find(f"{w('tcPr')}/{w('tcBorders')}")
        assert {el.tag: el.get(w("val")) for el in garis} == {w(s): "nil" for s in ("left", "bottom", "right")}
    # paragraf kosong pemisah pindah ke atas jabatan, tidak tertinggal di luar tabel
    assert [_teks(p) for p in body.findall(w("p"))] == ["Tabel indikator:"]
    sel = next(tc for tc in ttd.findall(w("tc")) if JABATAN in _teks(tc))
    assert [_teks(p) for p in sel.findall(w("p"))][:2] == ["", JABATAN]


def test_blok_sesudah_teks_mengikat_dua_paragraf_terakhir():
    doc = _dokumen()
    for i in range(4):
        doc.add_paragraph(f"Paragraf {i} kata pengantar.")
    doc.add_paragraph("")
    _ttd(doc)
    _ikat(doc)
    par = doc.element.body.findall(w("p"))
    assert [_keep(p) for p in par] == [False, False, True, True, True]
    ttd = doc.element.body.findall(w("tbl"))[0]
    assert judul_tabel(ttd) == TANDA_TANGAN
    assert ttd.find(f"{w('tr')}/{w('trPr')}/{w('cantSplit')}") is not None


def test_baris_terakhir_terlalu_tinggi_ekornya_ikut_blok():
    doc = _ikat(dokumen_tabel(5, ekor_tinggi=True))
    baris = doc.element.body.find(w("tbl")).findall(w("tr"))
    ttd, ekor, induk = baris[-1], baris[-2], baris[-3]
    assert JABATAN in _teks(ttd)
    assert "Alasan Pemilihan" in _teks(ekor) and EKOR in _teks(ekor)
    assert "Makna Indikator" in _teks(induk) and EKOR not in _teks(induk)
    assert all(_keep(p) for p in ekor.iter(w("p")))
    assert induk.find(f"{w('trPr')}/{w('cantSplit')}") is None  # bagian atasnya boleh terpotong
    sel_induk, sel_ekor = induk.findall(w("tc")), ekor.findall(w("tc"))
    assert sel_induk[0].find(f"{w('tcPr')}/{w('vMerge')}").get(w("val")) == "restart"
    assert sel_ekor[0].find(f"{w('tcPr')}/{w('vMerge')}").get(w("val")) is None  # lanjutan gabungan


def _dua_pihak(kolom_cm: list[float]):
    """A table with columns ``kolom_cm`` and, after it, two signers side by
    side: PIHAK KEDUA in a 7.5 cm left cell, PIHAK PERTAMA in an 8.5 cm right one."""
    doc = _dokumen()
    tbl = doc.add_table(rows=3, cols=len(kolom_cm))
    tbl.style = "Table Grid"
    for k, lebar in enumerate(kolom_cm):
        tbl.columns[k].width = Cm(lebar)
        for row in tbl.rows:
            row.cells[k].width = Cm(lebar)
            row.cells[k].paragraphs[0].text = f"isi {k}"
    ttd = doc.add_table(rows=1, cols=2)
    beri_judul_tabel(ttd, TANDA_TANGAN)
    for k, (lebar, teks) in enumerate(((7.5, "PIHAK KEDUA,"), (8.5, "PIHAK PERTAMA,"))):
        ttd.columns[k].width = Cm(lebar)
        ttd.rows[0].cells[k].width = Cm(lebar)
        ttd.rows[0].cells[k].paragraphs[0].text = teks
    return doc


def _tempat_sel(tbl) -> list[list[tuple[int, int, str]]]:
    """(start, width, text) of every cell of every row, in twips on the grid."""
    grid = lebar_grid(tbl)
    return [[(sum(grid[:s.kolom]), sum(grid[s.kolom:s.kolom + s.rentang]), s.teks) for s in sel_baris(tr)]
            for tr in baris(tbl)]


def test_kolom_pertama_lebar_blok_kiri_tidak_menyempit():
    """The table's first two columns (1 + 8 cm) end right of where the right
    block starts (7.5 cm): the grid is split there, so PIHAK KEDUA keeps its
    7.5 cm (not the first 1 cm column, which broke it into PIH/AK/KE/DU/A)
    and PIHAK PERTAMA starts at 7.5 cm; the table's own cells do not move."""
    doc = _dua_pihak([1, 8, 4, 3])
    sebelum = _tempat_sel(doc.tables[0]._tbl)
    _ikat(doc)
    tabel = doc.element.body.findall(w("tbl"))
    assert len(tabel) == 1  # the signature joined the table
    sesudah = _tempat_sel(tabel[0])
    assert sesudah[:-1] == sebelum
    kiri, kanan = sesudah[-1]
    assert (kiri[0], kiri[2]) == (0, "PIHAK KEDUA,") and abs(kiri[1] - Cm(7.5).twips) <= 1
    assert kanan[2] == "PIHAK PERTAMA," and abs(kanan[0] - Cm(7.5).twips) <= 1


def test_kolom_pada_batas_blok_grid_tetap():
    """A table whose column boundary lies near the right block's start keeps
    its grid: the block starts there, indented the rest (as before)."""
    doc = _dua_pihak([1, 6, 5, 4])
    grid = lebar_grid(doc.tables[0]._tbl)
    _ikat(doc)
    tabel = doc.element.body.find(w("tbl"))
    assert lebar_grid(tabel) == grid
    kiri, kanan = _tempat_sel(tabel)[-1]
    assert kiri[1] == Cm(7).twips and kanan[0] == Cm(7).twips


@pytest.mark.parametrize("nama", sorted(n for n in PEMBUAT if n != "laporan_perubahan.docx"))
def test_templat_bawaan_menamai_tabel_tanda_tangan(nama):
    doc = PEMBUAT[nama]()
    judul = [judul_tabel(t._tbl) for t in doc.tables]
    assert TANDA_TANGAN in judul, nama


# --- lewat LibreOffice ------------------------------------------------------------------

#: Banyak baris yang membuat blok tanda tangan tanpa aturan ini jatuh sendirian
#: di halaman berikutnya: tabel yang muat satu halaman (46, 47) dan tabel yang
#: bersambung ke halaman kedua (95-97), tempat LibreOffice tidak menaati
#: "keep with next" sebuah tabel, hanya antarbaris.
BARIS = (46, 47, 95, 96, 97)


@pytest.fixture(scope="module")
def pdf_ttd(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    from generator.tulis.pdf import konversi_pdf

    folder = tmp_path_factory.mktemp("tanda_tangan")
    berkas = []
    for n in BARIS:
        for nama, doc in ((f"tanpa{n}", dokumen_tabel(n)), (f"dengan{n}", _ikat(dokumen_tabel(n)))):
            doc.save(folder / f"{nama}.docx")
            berkas.append(folder / f"{nama}.docx")
    tinggi = _ikat(dokumen_tabel(4, ekor_tinggi=True))
    tinggi.save(folder / "tinggi.docx")
    berkas.append(folder / "tinggi.docx")
    pdf = konversi_pdf(berkas, folder / "pdf", batas_waktu=240)
    return {d.stem: (p, d) for d, p in zip(berkas, pdf)}


def _halaman_ttd(pdf: Path):
    return next(h for h in baca_halaman(pdf) if any(JABATAN in b for b in h.baris))


def test_tanpa_aturan_blok_sendirian(pdf_ttd):
    """Kasus uji sungguh menguji: tanpa aturan, setiap ukuran tabel itu
    meninggalkan tanda tangan sendirian."""
    sendirian = [n for n in BARIS if periksa_tata_letak(*pdf_ttd[f"tanpa{n}"]).jenis(HALAMAN_TTD)]
    assert sendirian == list(BARIS)


@pytest.mark.parametrize("n", BARIS)
def test_tabel_lintas_halaman_baris_terakhir_bersama_tanda_tangan(pdf_ttd, n):
    pdf, docx = pdf_ttd[f"dengan{n}"]
    assert not periksa_tata_letak(pdf, docx).jenis(HALAMAN_TTD)
    halaman = _halaman_ttd(pdf)
    assert any(f"baris {n - 1} isi sel" in b for b in halaman.baris), halaman.baris


def test_ekor_baris_tinggi_bersama_tanda_tangan(pdf_ttd):
    halaman = _halaman_ttd(pdf_ttd["tinggi"][0])
    assert any("Cara Hitung" in b for b in halaman.baris), halaman.baris


def test_lkjip_dinas_baru_pihak_kedua_utuh_di_pdf(tmp_path):
    """The LKjIP of a new Dinas (``naskah baru --jenis dinas``): its PK
    appendix's table has a Sasaran column reaching past the right block's
    start; in LibreOffice's PDF both parties stand whole on one line each,
    side by side, no word broken into pieces."""
    folder = tmp_path / "dinas"
    p = jalankan_cli("baru", str(folder), "--jenis", "dinas", "--nama", "Dinas Kesehatan", "--daerah", "Kabupaten Contoh",
                     "--tahun", "2025")
    assert p.returncode == 0, p.stderr
    p = jalankan_cli("bangun", "--konten", str(folder), "--keluaran", str(tmp_path / "k"), "--pdf", "lkjip-2025")
    assert p.returncode == 0, p.stdout + p.stderr
    baris = [" ".join(b.split()) for b in teks_pdf(tmp_path / "k" / "lkjip-2025.pdf").splitlines()]
    i = baris.index("PIHAK KEDUA, PIHAK PERTAMA,")
    assert baris[i + 1] == "BUPATI CONTOH, KEPALA DINAS KESEHATAN", baris[i - 2:i + 4]
    assert not [b for b in baris if re.fullmatch(r"[A-Z]{1,3},?", b)], "kata terpotong per kolom sempit"

