"""Pemeriksa tata letak (tests/tata_letak.py) menangkap tiap cacat dan
meloloskan halaman yang rapi: dua .docx kecil dibuat di sini (satu rapi, satu
bercacat), diubah ke PDF dengan LibreOffice sungguhan dalam satu proses, lalu
diperiksa.  Bagian yang tidak butuh PDF diuji langsung pada halaman rekaan."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from tests.halaman_pdf import Halaman, Kata, entri_daftar_isi
from tests.tata_letak import (
    ANGKA_TERBELAH,
    DAFTAR_ISI,
    HALAMAN_TTD,
    KATA_TERPOTONG,
    hanya_tanda_tangan,
    periksa_tata_letak,
)
from tests.tata_letak_isi import periksa_daftar_isi
from tests.tata_letak_kata import LANJUT, SAH, TERPOTONG, Kosakata, kata_terpotong, sambung

LUNAK = "\u00ad"
NBSP = "\u00a0"
NIP = "19760417 199412 1 001"
RUPIAH = "Rp4.250.000.000,00"
TANGGAL = "20 Desember 2021"
TTD = ["SEKRETARIS DAERAH KABUPATEN BALANGAN,", "", "", "H. SUTIKNO", "Pembina Utama Muda (IV/c)", f"NIP {NIP}"]


# --- .docx kecil -------------------------------------------------------------------


def _dokumen():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    normal = doc.styles["Normal"]
    normal.font.name = "Bookman Old Style"
    normal.font.size = Pt(11)
    doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH).base_style = normal
    nomor = sec.header.paragraphs[0]
    nomor.add_run("- ")
    nomor._p.append(
        parse_xml(
            '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    nomor.add_run(" -")
    return doc


def _daftar_isi(doc, entri: list[str]) -> None:
    doc.add_paragraph("DAFTAR ISI")
    for e in entri:
        doc.add_paragraph(e, style="toc 1")


def _halaman_baru(doc, judul: str) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(judul)


def _tabel_sempit(doc, isi: list[str], lebar_cm: float) -> None:
    """Satu baris: sel sempit per teks, lalu satu sel lebar pengisi."""
    tabel = doc.add_table(rows=1, cols=len(isi) + 1)
    tabel.autofit = False
    lebar = [Cm(lebar_cm)] * len(isi) + [Cm(14 - lebar_cm * len(isi))]
    for kol, w in zip(tabel._tbl.tblGrid.gridCol_lst, lebar):
        kol.w = w
    for sel, teks, w in zip(tabel.rows[0].cells, isi + ["pengisi"], lebar):
        sel.width = w
        sel.paragraphs[0].add_run(teks).font.size = Pt(9)


def _ttd(doc) -> None:
    for baris in TTD:
        doc.add_paragraph(baris)


def docx_rapi(path: Path) -> Path:
    doc = _dokumen()
    _daftar_isi(doc, ["BAB I PENDAHULUAN\t2", "BAB II PENUTUP\t3"])
    _halaman_baru(doc, "BAB I PENDAHULUAN")
    doc.add_paragraph(
        f"Keputusan ini ditetapkan pada tanggal {TANGGAL.replace(' ', NBSP)} dengan anggaran "
        f"{RUPIAH} oleh pejabat ber-NIP {NIP.replace(' ', NBSP)} demi kesejahteraan masyarakat."
    )
    _tabel_sempit(doc, [LUNAK.join(["Ke", "se", "jah", "te", "ra", "an"])], 1.8)
    doc.add_paragraph("Demikian untuk dilaksanakan.")
    doc.add_paragraph("Ditetapkan di Paringin")
    doc.add_paragraph(f"pada tanggal {TANGGAL.replace(' ', NBSP)}")
    _ttd(doc)
    _halaman_baru(doc, "BAB II PENUTUP")
    doc.add_paragraph("Penutup laporan.")
    doc.save(path)
    return path


def docx_cacat(path: Path) -> Path:
    doc = _dokumen()
    _daftar_isi(doc, ["BAB I PENDAHULUAN", "BAB II PENUTUP\t7"])
    _halaman_baru(doc, "BAB I PENDAHULUAN")
    doc.add_paragraph("Tabel di bawah ini terlalu sempit untuk isinya.")
    _tabel_sempit(doc, ["Kesejahteraan", "Kese" + LUNAK + "jahteraan", RUPIAH, NIP, TANGGAL], 1.6)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _ttd(doc)
    _halaman_baru(doc, "BAB II PENUTUP")
    doc.add_paragraph("Penutup laporan.")
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def pdf_kecil(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    from generator.tulis.pdf import konversi_pdf

    folder = tmp_path_factory.mktemp("tata_letak")
    docx = [docx_rapi(folder / "rapi.docx"), docx_cacat(folder / "cacat.docx")]
    pdf = konversi_pdf(docx, folder / "pdf", batas_waktu=240)
    return {d.stem: (p, d) for d, p in zip(docx, pdf)}


# --- pada PDF sungguhan ---------------------------------------------------------------


def test_dokumen_rapi_lolos(pdf_kecil):
    laporan = periksa_tata_letak(*pdf_kecil["rapi"])
    assert laporan.temuan == [], str(laporan)


def test_kata_terpotong_tertangkap(pdf_kecil):
    laporan = periksa_tata_letak(*pdf_kecil["cacat"])
    temuan = [t.teks for t in laporan.jenis(KATA_TERPOTONG)]
    # dipotong tanpa tanda hubung, dan dipenggal bukan di batas suku kata ("Kese-jahteraan")
    assert any(t.replace("|", "").startswith("Kesejah") and "|" in t and "-" not in t for t in temuan), temuan
    assert "Kese-|jahtera|an" in temuan, temuan
    assert any(t.replace("|", "") == "Desember" for t in temuan), temuan  # tanggal di sel sempit
    assert {t.halaman for t in laporan.jenis(KATA_TERPOTONG)} == {2}


def test_halaman_tanda_tangan_sendirian_tertangkap(pdf_kecil):
    laporan = periksa_tata_letak(*pdf_kecil["cacat"])
    assert [t.halaman for t in laporan.jenis(HALAMAN_TTD)] == [3]


def test_rupiah_nip_tanggal_terbelah_tertangkap(pdf_kecil):
    laporan = periksa_tata_letak(*pdf_kecil["cacat"])
    assert sorted(t.teks for t in laporan.jenis(ANGKA_TERBELAH)) == [f"NIP {NIP}", f"Rupiah {RUPIAH}", f"tanggal {TANGGAL}"]


def test_daftar_isi_tanpa_nomor_dan_nomor_salah_tertangkap(pdf_kecil):
    pdf, docx = pdf_kecil["cacat"]
    assert entri_daftar_isi(docx) == ["BAB I PENDAHULUAN", "BAB II PENUTUP"]
    laporan = periksa_tata_letak(pdf, docx)
    assert [t.teks for t in laporan.jenis(DAFTAR_ISI)] == [
        "BAB I PENDAHULUAN: tanpa nomor halaman",
        "BAB II PENUTUP: nomor 7, judulnya di halaman 4",
    ]


# --- tanpa PDF ---------------------------------------------------------------------


KOSAKATA = Kosakata.dari_teks(["Penanggung Jawab Kesejahteraan, Perundang-undangan meningkatnya ke Kewilayahan"])


@pytest.mark.parametrize(
    ("potongan", "hasil"),
    [
        (["Penang-", "gung"], SAH),  # batas suku kata: Pe-nang-gung
        (["Kesejah\u2010", "teraan,"], SAH),
        (["Ke-", "sejah-", "teraan"], SAH),
        (["Penan-", "ggung"], TERPOTONG),  # tanda hubung di dalam suku kata
        (["Meningkatn", "ya"], TERPOTONG),  # tanpa tanda hubung
        (["Kese-", "jahtera", "an"], TERPOTONG),
        (["Kese-", "jahtera"], LANJUT),  # masih awal sebuah kata
        (["Perundang-", "undangan"], SAH),  # tanda hubung kata majemuk
        (["Jawab", "Kesejahteraan"], None),  # dua kata
        (["-", "Jawab"], None),  # tanda pisah di sel kosong, bukan potongan kata
    ],
)
def test_sambungan_potongan(potongan, hasil):
    assert sambung(potongan, KOSAKATA) == hasil


def test_potongan_diawali_kata_dikenal_tetap_disambung():
    """ "Ke-" adalah kata dokumen ("ke"), tetapi di ujung baris ia awal "Ke-wilayah-an"."""
    kata = [Kata("Ke-", 10, 100, 22, 110), Kata("wilayah-", 10, 111, 45, 121), Kata("an", 10, 122, 20, 132)]
    assert kata_terpotong([Halaman(1, [], kata)], KOSAKATA) == []
    kata[:2] = [Kata("Kewi", 10, 100, 22, 110), Kata("layah-", 10, 111, 45, 121)]
    assert kata_terpotong([Halaman(1, [], kata)], KOSAKATA) == [(1, "Kewi|layah-|an")]


def test_angka_dan_label_daftar_bukan_kata_asing():
    for teks in ("2021", "-3-", "1.", "a)", "IV.", "Rp4.250.000.000,", "(Jawab)", "undangan"):
        assert KOSAKATA.kenal(teks), teks
    assert not KOSAKATA.kenal("Kesejahter")


def _halaman(*baris: str, nomor: int = 1) -> Halaman:
    return Halaman(nomor, list(baris))


def test_blok_tanda_tangan_dikenali():
    assert hanya_tanda_tangan(_halaman("- 4 -", "", *TTD))
    assert hanya_tanda_tangan(_halaman("-3-", "KEPALA BAGIAN PEMERINTAHAN,"))
    assert hanya_tanda_tangan(
        _halaman(
            "      PIHAK KEDUA,                      PIHAK PERTAMA,",
            "      BUPATI BALANGAN,                  SEKRETARIS DAERAH,",
            "      H. Abdul Hadi, S.Ag., M.I.Kom     H. SUTIKNO, M.AP",
            "                                        Pembina Utama Muda (IV/c)",
            f"                                        NIP {NIP}",
        )
    )
    assert hanya_tanda_tangan(_halaman("Ditetapkan di Paringin", f"pada tanggal {TANGGAL}", *TTD))
    # sebaris teks biasa di atasnya sudah cukup; sampul berhuruf kapital bukan tanda tangan
    assert not hanya_tanda_tangan(_halaman("Demikian untuk dilaksanakan.", *TTD))
    assert not hanya_tanda_tangan(_halaman("LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2022"))


def test_daftar_isi_dibaca_dari_baris_pdf():
    halaman = [
        _halaman("DAFTAR ISI", "BAB I PENDAHULUAN .......... 2", "BAB II RENCANA", "KINERJA ....... 3", nomor=1),
        _halaman("- 2 -", "BAB I PENDAHULUAN", "Isi.", nomor=2),
        _halaman("- 3 -", "BAB II RENCANA KINERJA", nomor=3),
    ]
    assert periksa_daftar_isi(halaman, ["BAB I PENDAHULUAN", "BAB II RENCANA KINERJA"]) == []
    halaman[2] = _halaman("BAB II RENCANA KINERJA", nomor=3)  # tanpa nomor tercetak: disimpulkan 3
    assert periksa_daftar_isi(halaman, ["BAB I PENDAHULUAN", "BAB II RENCANA KINERJA"]) == []
    assert periksa_daftar_isi(halaman, ["BAB III PENUTUP"]) == [(1, "BAB III PENUTUP: tidak ada di Daftar Isi PDF")]
