"""Page setup from the settings: paper, margins, font, page numbers, numbers
and dates that do not wrap, and tables laid out from their content.

Applied to every rendered document, so the same settings give the same pages
whichever template a user edits.  The orientation is the template's own.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Mm

from ..dasar.format import tanpa_putus
from ..muat.model import Pengaturan
from .kertas import KERTAS_MM
from .oxml.bagian import nomor_halaman_mulai
from .oxml.field import field
from .oxml.gambar import batasi_lebar_gambar
from .oxml.gaya import atur_huruf_dokumen
from .oxml.paragraf import hapus_paragraf
from .oxml.tabel_isi import ubah_teks
from .oxml.tanda_air import tanda_air
from .tata_tabel import tata_semua_tabel
from .tinggi_baris import Bidang


def atur_dokumen(doc, peng: Pengaturan, *, konsep: bool = False) -> None:
    """Paper, margins, default font, page numbers (and the KONSEP watermark
    of a draft), no-break spaces in amounts, NIPs and dates, tables laid out
    from their content with whole rows, and pictures no wider than the text."""
    atur_huruf(doc, peng)
    for sec in doc.sections:
        atur_halaman(sec, peng)
        atur_nomor_halaman(sec, peng)
        if konsep:
            tanda_air(sec, "KONSEP", peng.huruf.nama)
    ubah_teks(doc.element.body, tanpa_putus)
    bidang = [_bidang(sec) for sec in doc.sections]
    tata_semua_tabel(doc, bidang, peng.huruf.nama, peng.huruf.ukuran)
    batasi_lebar_gambar(doc, [_lebar_teks(sec) for sec in doc.sections])


def atur_kertas(sec, peng: Pengaturan) -> None:
    """Paper size (in the section's orientation) and margins."""
    lebar, tinggi = KERTAS_MM[peng.kertas]
    mendatar = sec.orientation == WD_ORIENT.LANDSCAPE or (sec.page_width or 0) > (sec.page_height or 0)
    if mendatar:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(tinggi), Mm(lebar)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(lebar), Mm(tinggi)
    m = peng.margin_cm
    sec.left_margin = Cm(float(m.kiri))
    sec.right_margin = Cm(float(m.kanan))
    sec.top_margin = Cm(float(m.atas))
    sec.bottom_margin = Cm(float(m.bawah))


def atur_halaman(sec, peng: Pengaturan) -> None:
    """Paper, margins, and headers and footers 1 cm from the edge."""
    atur_kertas(sec, peng)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)


def atur_huruf(doc, peng: Pengaturan) -> None:
    """The default font and size of the document (docDefaults and Normal)."""
    atur_huruf_dokumen(doc, peng.huruf.nama, peng.huruf.ukuran)


def atur_nomor_halaman(sec, peng: Pengaturan) -> None:
    """Page numbers in Arabic figures centred at the top, '- n -', none on
    the first page unless the settings say so (the practice of tata naskah
    dinas, Permendagri 1/2023); each document counts its pages from 1."""
    nh = peng.nomor_halaman
    sec.header.is_linked_to_previous = False
    header = sec.header
    for p in list(header.paragraphs):
        hapus_paragraf(p)
    if nh.tampil:
        par = header.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        depan, _, belakang = nh.format.partition("{n}")
        if depan:
            par.add_run(depan)
        field(par, " PAGE ", "1")
        if belakang:
            par.add_run(belakang)
    else:
        header.add_paragraph()
    sec.different_first_page_header_footer = not nh.halaman_pertama
    if not nh.halaman_pertama:
        first = sec.first_page_header
        first.is_linked_to_previous = False
        if not first.paragraphs:
            first.add_paragraph()
    nomor_halaman_mulai(sec, 1)


_EMU_PER_TWIP = 635


def _lebar_teks(sec) -> int:
    """The text width of section ``sec`` in EMU."""
    return int(sec.page_width - sec.left_margin - sec.right_margin)


def _bidang(sec) -> Bidang:
    """The text area of section ``sec`` in twips."""
    tinggi = int(sec.page_height - sec.top_margin - sec.bottom_margin)
    return Bidang(_lebar_teks(sec) // _EMU_PER_TWIP, tinggi // _EMU_PER_TWIP)
