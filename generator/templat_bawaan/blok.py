"""Building blocks shared by the default templates: the page and styles,
paragraphs of runs, tables with tag rows, the signature block.

Page size, margins and font are the defaults of the settings
(``Pengaturan``); the build applies the settings of ``instansi.yaml`` over
them.  Tags follow docxtpl: ``{{ x }}`` for a value, ``{%p %}`` around
paragraphs, ``{%tr %}`` around table rows, ``{%tc %}`` around table cells,
``{% vm %}`` to merge a cell down the rows of a loop.
"""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from ..muat.model import Pengaturan
from ..word.halaman import atur_kertas
from ..word.oxml.gaya import huruf_gaya
from ..word.oxml.ikat import beri_judul_tabel
from ..word.oxml.paragraf import hapus_paragraf
from ..word.oxml.tabel import kepala_berulang, margin_sel, tidak_terpotong
from ..word.oxml.warisan import garis_bawah_gaya, tata_letak_tetap_kedua
from ..word.tanda_tangan import TANDA_TANGAN

BAWAAN = Pengaturan()
HURUF = BAWAAN.huruf.nama
TENGAH = WD_ALIGN_PARAGRAPH.CENTER
RATA = WD_ALIGN_PARAGRAPH.JUSTIFY


def _gaya_dasar(doc) -> None:
    """Normal in the default font, and the styles of tables, titles and the
    letterhead."""
    gaya = doc.styles
    normal = gaya["Normal"]
    huruf_gaya(normal, HURUF)
    normal.font.size = Pt(float(BAWAAN.huruf.ukuran))
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    isi = gaya.add_style("Isi Tabel", WD_STYLE_TYPE.PARAGRAPH)
    isi.base_style = normal
    isi.font.size = Pt(9)
    kepala = gaya.add_style("Kepala Tabel", WD_STYLE_TYPE.PARAGRAPH)
    kepala.base_style = isi
    kepala.font.bold = True
    kepala.paragraph_format.alignment = TENGAH
    judul = gaya.add_style("Judul Naskah", WD_STYLE_TYPE.PARAGRAPH)
    judul.base_style = normal
    judul.font.bold = True
    judul.paragraph_format.alignment = TENGAH
    kop = gaya.add_style("Kop", WD_STYLE_TYPE.PARAGRAPH)
    kop.base_style = normal
    kop.font.bold = True
    kop.font.size = Pt(14)
    kop.paragraph_format.alignment = TENGAH
    alamat = gaya.add_style("Kop Alamat", WD_STYLE_TYPE.PARAGRAPH)
    alamat.base_style = normal
    alamat.font.size = Pt(10)
    alamat.paragraph_format.alignment = TENGAH
    garis_bawah_gaya(alamat)  # the rule under the letterhead's address line


def dokumen(landscape: bool) -> Document:
    """An empty document on the default paper and margins, with the styles."""
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    atur_kertas(sec, BAWAAN)
    _gaya_dasar(doc)
    # The stock document opens with an empty paragraph: remove it.
    for par in list(doc.paragraphs):
        hapus_paragraf(par)
    return doc


def tambah_run(par, runs) -> None:
    """Runs into a paragraph: each run is a str or (str, {"tebal": .., "garis": ..})."""
    for run in runs:
        teks, opsi = (run, {}) if isinstance(run, str) else run
        r = par.add_run(teks)
        if opsi.get("tebal"):
            r.bold = True
        if opsi.get("garis"):
            r.underline = True


def p(wadah, *runs, gaya: str | None = None, rata=None, setelah: float | None = None):
    """Add a paragraph of runs."""
    par = wadah.add_paragraph(style=gaya)
    tambah_run(par, runs)
    if rata is not None:
        par.alignment = rata
    if setelah is not None:
        par.paragraph_format.space_after = Pt(setelah)
    return par


def isi_sel(sel, *runs, gaya: str | None = None, rata=None):
    """Put runs in a cell's first (existing) paragraph."""
    par = sel.paragraphs[0]
    if gaya:
        par.style = gaya
    tambah_run(par, runs)
    if rata is not None:
        par.alignment = rata
    return par


def tabel(wadah, baris: int, lebar_cm: list[float], *, garis: bool):
    """A table of fixed column widths; a ruled one has narrow cell margins
    so that wide IKU tables fit the page."""
    hasil = wadah.add_table(rows=baris, cols=len(lebar_cm))
    if garis:
        hasil.style = "Table Grid"
    hasil.autofit = False
    if garis:
        margin_sel(hasil, atas=0, kiri=57, bawah=0, kanan=57)
    tata_letak_tetap_kedua(hasil)
    for i, lebar in enumerate(lebar_cm):
        hasil.columns[i].width = Cm(lebar)
        for sel in hasil.columns[i].cells:
            sel.width = Cm(lebar)
    return hasil


def gabung_baris(tbl, idx: int) -> None:
    """Merge all cells of row ``idx`` into one (for a tag row)."""
    baris = tbl.rows[idx]
    baris.cells[0].merge(baris.cells[-1])


def baris_tag(tbl, idx: int, tag: str) -> None:
    gabung_baris(tbl, idx)
    isi_sel(tbl.rows[idx].cells[0], tag)


def tabel_daftar(doc, kepala: list[tuple[str, float]], sel: list[str], loop: str, *, tengah_mulai: int = 99,
                  total: list[str] | None = None):
    """A bordered table: header row repeated on each page, one row per item;
    columns from ``tengah_mulai`` on centred."""
    tbl = tabel(doc, 4, [lebar for _, lebar in kepala], garis=True)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    kepala_berulang(tbl.rows[0])
    for c, (h, _) in zip(tbl.rows[0].cells, kepala):
        isi_sel(c, h, gaya="Kepala Tabel")
    baris_tag(tbl, 1, loop)
    for k, (c, tag) in enumerate(zip(tbl.rows[2].cells, sel)):
        isi_sel(c, tag, gaya="Isi Tabel", rata=TENGAH if k >= tengah_mulai else None)
    baris_tag(tbl, 3, "{%tr endfor %}")
    if total:
        baris_total = tbl.add_row()
        for k, (c, tag) in enumerate(zip(baris_total.cells, total)):
            isi_sel(c, (tag, {"tebal": True}), gaya="Isi Tabel", rata=TENGAH if k >= tengah_mulai else None)
    return tbl


def isi_penanda(sel, nama: str, atas: list[str]) -> None:
    """Lines ``atas``, then signer ``nama`` (a context variable: office, room
    to sign, name, pangkat, NIP) into cell ``sel``."""
    isi_penanda_atas(sel, nama, atas)
    isi_penanda_nama(sel, nama, baru=True)


def isi_penanda_atas(sel, nama: str, atas: list[str]) -> None:
    """Lines ``atas``, signer ``nama``'s office and the room to sign, into the
    (empty) cell ``sel``."""
    baris = [*atas, f"{{{{ {nama}.jabatan }}}}"]
    sel.paragraphs[0].add_run(baris[0])
    for teks in baris[1:]:
        sel.add_paragraph(teks)
    for _ in range(4):
        sel.add_paragraph("")


def isi_penanda_nama(sel, nama: str, *, baru: bool) -> None:
    """Signer ``nama``'s name, pangkat and NIP into cell ``sel``: in a new
    paragraph, or (not ``baru``) in the cell's first, empty one."""
    # {{r }}: the name carries its own bold, underline and, in a konsep, the
    # highlight of a reading to confirm.
    (sel.add_paragraph() if baru else sel.paragraphs[0]).add_run(f"{{{{r {nama}.nama }}}}")
    for bagian in ("pangkat", "nip"):
        sel.add_paragraph(f"{{%p if {nama}.{bagian} %}}")
        sel.add_paragraph(f"{{{{ {nama}.{bagian} }}}}")
        sel.add_paragraph("{%p endif %}")


def tabel_ttd(wadah, lebar_kiri: float, lebar_kanan: float, baris: int = 1):
    """A borderless table of ``baris`` rows for a signature block, named so
    that the build keeps it with the lines before it (``word.tanda_tangan``)."""
    tbl = tabel(wadah, baris, [lebar_kiri, lebar_kanan], garis=False)
    beri_judul_tabel(tbl, TANDA_TANGAN)
    for row in tbl.rows:
        tidak_terpotong(row)
    return tbl


def ttd(wadah, *, ditetapkan: bool, lebar_kiri: float, lebar_kanan: float) -> None:
    """The signature block in the right column of a borderless table."""
    tbl = tabel_ttd(wadah, lebar_kiri, lebar_kanan)
    atas = ["Ditetapkan di {{ tempat }}", "pada tanggal {{ tanggal }}", ""] if ditetapkan else []
    isi_penanda(tbl.rows[0].cells[1], "ttd", atas)
