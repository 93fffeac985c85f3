"""The default .docx templates, built with python-docx.

``naskah templat FOLDER`` writes them; the copies in ``templat/`` were made
this way and may then be restyled by users in Word or LibreOffice.  Tags
follow docxtpl: ``{{ x }}`` for a value, ``{%p %}`` around paragraphs,
``{%tr %}`` around table rows, ``{%tc %}`` around table cells, ``{% vm %}``
to merge a cell down the rows of a loop.  Page size, margins, font and page
numbers are applied at build time from ``instansi.yaml`` (``halaman``).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from ..word.oxml import rapikan_dokumen
from ..tulis.transaksi import tulis_atomik
from ..word.paket import atur_properti, docx_bytes

HURUF = "Bookman Old Style"
TENGAH = WD_ALIGN_PARAGRAPH.CENTER
RATA = WD_ALIGN_PARAGRAPH.JUSTIFY
KIRI = WD_ALIGN_PARAGRAPH.LEFT

NAMA_TEMPLAT = ("keputusan.docx", "lampiran_sekretariat.docx", "lampiran_bagian.docx", "lkjip.docx", "laporan_perubahan.docx")


# --- building blocks -------------------------------------------------------


def _dokumen(landscape: bool) -> Document:
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(330), Mm(215)
    else:
        sec.page_width, sec.page_height = Mm(215), Mm(330)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2.5)
    gaya = doc.styles
    normal = gaya["Normal"]
    normal.font.name = HURUF
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for atr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(atr), HURUF)
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
    _garis_bawah(alamat.element)
    # The default template opens with an empty paragraph: remove it.
    for p in list(doc.paragraphs):
        p._element.getparent().remove(p._element)
    return doc


def _garis_bawah(style_el) -> None:
    """A thick double rule under the address line of the letterhead."""
    ppr = style_el.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bawah = OxmlElement("w:bottom")
    bawah.set(qn("w:val"), "thickThinSmallGap")
    bawah.set(qn("w:sz"), "18")
    bawah.set(qn("w:space"), "1")
    bawah.set(qn("w:color"), "auto")
    bdr.append(bawah)
    ppr.append(bdr)


def _tambah_run(par, runs) -> None:
    """Runs into a paragraph: each run is a str or (str, {"tebal": .., "garis": ..})."""
    for run in runs:
        teks, opsi = (run, {}) if isinstance(run, str) else run
        r = par.add_run(teks)
        if opsi.get("tebal"):
            r.bold = True
        if opsi.get("garis"):
            r.underline = True


def _p(wadah, *runs, gaya: str | None = None, rata=None, setelah: float | None = None):
    """Add a paragraph of runs."""
    par = wadah.add_paragraph(style=gaya)
    _tambah_run(par, runs)
    if rata is not None:
        par.alignment = rata
    if setelah is not None:
        par.paragraph_format.space_after = Pt(setelah)
    return par


def _isi_sel(sel, *runs, gaya: str | None = None, rata=None):
    """Put runs in a cell's first (existing) paragraph."""
    par = sel.paragraphs[0]
    if gaya:
        par.style = gaya
    _tambah_run(par, runs)
    if rata is not None:
        par.alignment = rata
    return par


def _tabel(wadah, baris: int, lebar_cm: list[float], *, garis: bool):
    tabel = wadah.add_table(rows=baris, cols=len(lebar_cm))
    if garis:
        tabel.style = "Table Grid"
    tabel.autofit = False
    tblpr = tabel._tbl.tblPr
    if garis:
        _margin_sel(tblpr, kiri_kanan=57)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for i, w in enumerate(lebar_cm):
        tabel.columns[i].width = Cm(w)
        for sel in tabel.columns[i].cells:
            sel.width = Cm(w)
    return tabel


def _margin_sel(tblpr, *, kiri_kanan: int) -> None:
    """Narrow cell margins (twips) so that wide IKU tables fit the page."""
    mar = OxmlElement("w:tblCellMar")
    for sisi, w in (("top", 0), ("left", kiri_kanan), ("bottom", 0), ("right", kiri_kanan)):
        el = OxmlElement(f"w:{sisi}")
        el.set(qn("w:w"), str(w))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def _kepala_berulang(baris) -> None:
    trpr = baris._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def _tidak_terpotong(baris) -> None:
    trpr = baris._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _gabung_baris(tabel, idx: int) -> None:
    """Merge all cells of row ``idx`` into one (for a tag row)."""
    baris = tabel.rows[idx]
    baris.cells[0].merge(baris.cells[-1])


def _baris_tag(tabel, idx: int, tag: str) -> None:
    _gabung_baris(tabel, idx)
    _isi_sel(tabel.rows[idx].cells[0], tag)


# --- keputusan -------------------------------------------------------------


def _kop(doc) -> None:
    _p(doc, "{%p if logo %}")
    _p(doc, "{{ logo }}", rata=TENGAH)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p for baris in kop_judul %}")
    _p(doc, "{{ baris }}", gaya="Kop")
    _p(doc, "{%p endfor %}")
    _p(doc, "{{ kop_alamat }}", gaya="Kop Alamat")
    _p(doc, "")


def _daftar_pasal(doc, label: str, lebar: list[float], baris_loop: str, kolom: list[str]) -> None:
    """Menimbang/Mengingat: label, colon, number, hanging text (a table keeps
    the hanging indent in Word and LibreOffice alike)."""
    tabel = _tabel(doc, 3, lebar, garis=False)
    _baris_tag(tabel, 0, f"{{%tr for b in {baris_loop} %}}")
    sel = tabel.rows[1].cells
    _isi_sel(sel[0], f"{{% if loop.first %}}{label}{{% endif %}}")
    _isi_sel(sel[1], "{% if loop.first %}:{% endif %}")
    _isi_sel(sel[2], f"{{{{ b.{kolom[0]} }}}}")
    _isi_sel(sel[3], f"{{{{ b.{kolom[1]} }}}}", rata=RATA).paragraph_format.space_after = Pt(3)
    _baris_tag(tabel, 2, "{%tr endfor %}")
    _p(doc, "")


def _ttd(wadah, *, ditetapkan: bool, lebar_kiri: float, lebar_kanan: float) -> None:
    tabel = _tabel(wadah, 1, [lebar_kiri, lebar_kanan], garis=False)
    _tidak_terpotong(tabel.rows[0])
    sel = tabel.rows[0].cells[1]
    par = sel.paragraphs[0]
    if ditetapkan:
        par.add_run("Ditetapkan di {{ tempat }}")
        sel.add_paragraph("pada tanggal {{ tanggal }}")
        sel.add_paragraph("")
        sel.add_paragraph("{{ ttd.jabatan }}")
    else:
        par.add_run("{{ ttd.jabatan }}")
    for _ in range(4):
        sel.add_paragraph("")
    # {{r }}: the name carries its own bold, underline and, in a konsep, the
    # highlight of a reading to confirm.
    sel.add_paragraph().add_run("{{r ttd.nama }}")
    sel.add_paragraph("{%p if ttd.pangkat %}")
    sel.add_paragraph("{{ ttd.pangkat }}")
    sel.add_paragraph("{%p endif %}")
    sel.add_paragraph("{%p if ttd.nip %}")
    sel.add_paragraph("{{ ttd.nip }}")
    sel.add_paragraph("{%p endif %}")


def templat_keputusan() -> Document:
    doc = _dokumen(landscape=False)
    _kop(doc)
    _p(doc, "{{ judul_keputusan }}", gaya="Judul Naskah")
    _p(doc, "NOMOR {{ nomor_keputusan }}", gaya="Judul Naskah")
    _p(doc, "")
    _p(doc, "TENTANG", gaya="Judul Naskah")
    _p(doc, "")
    _p(doc, "{{ tentang }}", gaya="Judul Naskah")
    _p(doc, "")
    _p(doc, "{{ pejabat }}", gaya="Judul Naskah")
    _p(doc, "")
    lebar = [3.2, 0.5, 1.1, 11.2]
    _daftar_pasal(doc, "Menimbang", lebar, "menimbang", ["huruf", "teks"])
    _daftar_pasal(doc, "Mengingat", lebar, "mengingat", ["angka", "teks"])
    _p(doc, "MEMUTUSKAN:", gaya="Judul Naskah")
    _p(doc, "")
    tabel = _tabel(doc, 1, [3.2, 0.5, 12.3], garis=False)
    sel = tabel.rows[0].cells
    _isi_sel(sel[0], "Menetapkan")
    _isi_sel(sel[1], ":")
    _isi_sel(sel[2], "{{ menetapkan }}", rata=RATA)
    _p(doc, "")
    tabel = _tabel(doc, 3, [3.2, 0.5, 12.3], garis=False)
    _baris_tag(tabel, 0, "{%tr for d in diktum %}")
    sel = tabel.rows[1].cells
    _isi_sel(sel[0], "{{ d.ordinal }}")
    _isi_sel(sel[1], ":")
    _isi_sel(sel[2], "{{ d.teks }}", rata=RATA).paragraph_format.space_after = Pt(6)
    _baris_tag(tabel, 2, "{%tr endfor %}")
    _p(doc, "")
    _ttd(doc, ditetapkan=True, lebar_kiri=7.5, lebar_kanan=8.5)
    # Paraf koordinasi of a konsep, on the decree's last page.
    _p(doc, "{%p if paraf %}")
    _p(doc, "")
    _p(doc, ("Paraf Koordinasi", {"tebal": True}), gaya="Isi Tabel")
    tabel = _tabel(doc, 4, [0.9, 5.0, 2.6], garis=True)
    for sel, h in zip(tabel.rows[0].cells, ("No.", "Jabatan", "Paraf")):
        _isi_sel(sel, h, gaya="Kepala Tabel")
    _baris_tag(tabel, 1, "{%tr for r in paraf %}")
    for sel, tag in zip(tabel.rows[2].cells, ("{{ r.no }}", "{{ r.jabatan }}", "")):
        _isi_sel(sel, tag, gaya="Isi Tabel")
    _tidak_terpotong(tabel.rows[2])
    _baris_tag(tabel, 3, "{%tr endfor %}")
    _p(doc, "{%p endif %}")
    return doc


# --- lampiran --------------------------------------------------------------


def _blok_lampiran(doc) -> None:
    tabel = _tabel(doc, 5, [14.5, 2.6, 0.4, 10.5], garis=False)
    for i, teks in enumerate(("{{ lampiran }}", "{{ judul_keputusan }}")):
        sel = tabel.rows[i].cells
        gabung = sel[1].merge(sel[3])
        _isi_sel(gabung, teks)
    for i, (label, isi) in enumerate(
        (("NOMOR", "{{ nomor_keputusan }}"), ("TANGGAL", "{{ tanggal }}"), ("TENTANG", "{{ tentang }}")), start=2
    ):
        sel = tabel.rows[i].cells
        _isi_sel(sel[1], label)
        _isi_sel(sel[2], ":")
        _isi_sel(sel[3], isi)
    _p(doc, "")


def _tugas_fungsi(doc) -> None:
    _p(doc, "{%p if tugas %}")
    _p(doc, ("Tugas", {"tebal": True}), ": {{ tugas }}", rata=RATA)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if fungsi %}")
    _p(doc, ("Fungsi", {"tebal": True}), ":")
    _p(doc, "{%p for f in fungsi %}")
    _p(doc, "{{ loop.index }}. {{ f }}", rata=RATA)
    _p(doc, "{%p endfor %}")
    _p(doc, "")
    _p(doc, "{%p endif %}")


def _sel_penjelasan(sel) -> None:
    """Makna / Alasan / Cara Hitung: one paragraph per item, label in bold."""
    par = sel.paragraphs[0]
    par.style = "Isi Tabel"
    par.add_run("{%p for b in i.penjelasan %}")
    p2 = sel.add_paragraph(style="Isi Tabel")
    r = p2.add_run("{% if b.label %}{{ b.label }}: {% endif %}")
    r.bold = True
    p2.add_run("{{ b.teks }}")
    sel.add_paragraph("{%p endfor %}", style="Isi Tabel")


def _tabel_iku(doc, depan, akhir, *, label_awal: str, lebar_target: float, lebar_makna: float) -> None:
    """The IKU table: ``depan`` and ``akhir`` hold (header, width cm, cell
    tag) for the columns before the targets and after them; between them the
    optional Kondisi Awal column and one column per year of the period;
    Makna / Alasan / Cara Hitung, Penanggung Jawab and Sumber Data close it."""
    semua = (
        list(depan)
        + [
            ("{%tc if ada_kondisi_awal %}", 0.3, "{%tc if ada_kondisi_awal %}"),
            (label_awal, 1.8, "{{ i.kondisi_awal }}"),
            ("{%tc endif %}", 0.3, "{%tc endif %}"),
            ("{%tc for t in tahun %}", 0.3, "{%tc for v in i.target %}"),
            ("Target {{ t }}", lebar_target, "{{ v }}"),
            ("{%tc endfor %}", 0.3, "{%tc endfor %}"),
        ]
        + list(akhir)
        + [
            ("Makna / Alasan Pemilihan / Cara Hitung", lebar_makna, None),
            ("Penang\u00adgung Jawab", 2.0, "{{ i.penanggung_jawab }}"),
            ("Sumber Data", 2.1, "{{ i.sumber_data }}"),
        ]
    )
    tengah = {"{{ v }}", "{{ i.kondisi_awal }}", "{{ i.kondisi_akhir }}", "{% vm %}{{ s.no }}"}
    tabel = _tabel(doc, 11, [w for _, w, _ in semua], garis=True)
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    kepala = tabel.rows[0]
    _kepala_berulang(kepala)
    for sel, (h, _, _) in zip(kepala.cells, semua):
        _isi_sel(sel, h, gaya="Kepala Tabel")
    _baris_tag(tabel, 1, "{%tr for k in tb.kelompok %}")
    _baris_tag(tabel, 2, "{%tr if k.judul %}")
    _gabung_baris(tabel, 3)
    _isi_sel(tabel.rows[3].cells[0], "{% colspan jumlah_kolom %}", ("{{ k.judul }}", {"tebal": True}), gaya="Isi Tabel")
    _baris_tag(tabel, 4, "{%tr endif %}")
    _baris_tag(tabel, 5, "{%tr for s in k.sasaran %}")
    _baris_tag(tabel, 6, "{%tr for i in s.indikator %}")
    for sel, (_, _, tag) in zip(tabel.rows[7].cells, semua):
        if tag is None:
            _sel_penjelasan(sel)
        else:
            _isi_sel(sel, tag, gaya="Isi Tabel", rata=TENGAH if tag in tengah else None)
    _baris_tag(tabel, 8, "{%tr endfor %}")
    _baris_tag(tabel, 9, "{%tr endfor %}")
    _baris_tag(tabel, 10, "{%tr endfor %}")


def _tabel_loop(doc, depan, akhir, **lebar) -> None:
    _p(doc, "{%p for tb in tabel %}")
    _p(doc, "{%p if tb.judul %}")
    _p(doc, ("{{ tb.judul }}", {"tebal": True}), setelah=3).paragraph_format.keep_with_next = True
    _p(doc, "{%p endif %}")
    _tabel_iku(doc, depan, akhir, **lebar)
    _p(doc, "")
    _p(doc, "{%p endfor %}")


def templat_lampiran_bagian() -> Document:
    doc = _dokumen(landscape=True)
    _blok_lampiran(doc)
    _p(doc, "INDIKATOR KINERJA UTAMA (IKU) TAHUN {{ periode }}", gaya="Judul Naskah")
    _p(doc, "{{ unit }}", gaya="Judul Naskah")
    _p(doc, "")
    _tugas_fungsi(doc)
    depan = [
        ("No.", 0.8, "{% vm %}{{ s.no }}"),
        ("Kinerja Utama", 3.4, "{% vm %}{{ s.kinerja_utama }}"),
        ("Indikator Kinerja Utama", 3.6, "{{r i.nama }}"),
    ]
    _tabel_loop(doc, depan, [], label_awal="Kondisi Awal", lebar_target=1.6, lebar_makna=6.6)
    _ttd(doc, ditetapkan=False, lebar_kiri=17.0, lebar_kanan=11.0)
    return doc


def templat_lampiran_sekretariat() -> Document:
    doc = _dokumen(landscape=True)
    _blok_lampiran(doc)
    _p(doc, "INDIKATOR KINERJA UTAMA", gaya="Judul Naskah")
    _p(doc, "{{ unit }} {{ daerah }}", gaya="Judul Naskah")
    _p(doc, "TAHUN {{ periode }}", gaya="Judul Naskah")
    _p(doc, "")
    _tugas_fungsi(doc)
    depan = [
        ("Sasaran", 2.3, "{% vm %}{{ s.kinerja_utama }}"),
        ("Indikator", 2.4, "{{r i.nama }}"),
    ]
    akhir = [("Kondisi Akhir Periode", 1.8, "{{ i.kondisi_akhir }}")]
    _tabel_loop(doc, depan, akhir, label_awal="Kondisi Awal Periode", lebar_target=2.0, lebar_makna=4.6)
    _ttd(doc, ditetapkan=False, lebar_kiri=17.0, lebar_kanan=11.0)
    return doc


# --- LKjIP -----------------------------------------------------------------

# Styles pandoc writes narratives with (TEKNIK.md): the template defines them
# so that a narrative takes the report's look.
GAYA_PANDOC = ("Heading 1", "Heading 2", "Heading 3", "Heading 4", "Body Text", "First Paragraph", "Compact",
               "Table", "Block Text", "Hyperlink", "toc 1", "toc 2", "toc 3", "Title", "Caption")


def _gaya_lkjip(doc) -> None:
    gaya = doc.styles
    for nama, ukuran, tengah, miring in (("Heading 1", 14, True, False), ("Heading 2", 12, False, False),
                                          ("Heading 3", 12, False, False), ("Heading 4", 12, False, True)):
        st = gaya[nama]
        st.font.name = HURUF
        st.font.size = Pt(ukuran)
        st.font.bold = not miring
        st.font.italic = miring
        st.font.color.rgb = None
        pf = st.paragraph_format
        pf.space_before = Pt(12 if nama != "Heading 1" else 0)
        pf.space_after = Pt(6 if nama != "Heading 1" else 18)
        pf.keep_with_next = True
        if tengah:
            pf.alignment = TENGAH
            pf.page_break_before = True
        rpr = st.element.get_or_add_rPr()
        for el in rpr.findall(qn("w:color")):
            rpr.remove(el)
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is not None:
            for atr in list(rfonts.attrib):
                del rfonts.attrib[atr]
            for atr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(atr), HURUF)
    body = gaya["Body Text"]
    body.font.name = HURUF
    body.paragraph_format.alignment = RATA
    body.paragraph_format.space_after = Pt(6)
    body.paragraph_format.first_line_indent = Cm(1.0)
    pertama = gaya.add_style("First Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    pertama.base_style = body
    compact = gaya.add_style("Compact", WD_STYLE_TYPE.PARAGRAPH)
    compact.base_style = body
    compact.paragraph_format.space_after = Pt(2)
    compact.paragraph_format.first_line_indent = Cm(0)
    for i in (1, 2, 3):
        toc = gaya.add_style(f"toc {i}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = gaya["Normal"]
        toc.paragraph_format.left_indent = Cm(0.6 * (i - 1))
        toc.paragraph_format.space_after = Pt(3)
        toc.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)  # right, dots
    tabel = gaya.add_style("Table", WD_STYLE_TYPE.TABLE)
    tblpr = tabel.element.get_or_add_tblPr() if hasattr(tabel.element, "get_or_add_tblPr") else None
    if tblpr is None:
        tblpr = OxmlElement("w:tblPr")
        tabel.element.append(tblpr)
    garis = OxmlElement("w:tblBorders")
    for sisi in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{sisi}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        garis.append(el)
    tblpr.append(garis)


def _field(par, instr: str, bagian: str) -> None:
    """A begin/separate or end run of a complex field."""
    r = par.add_run()
    if bagian == "awal":
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        fc.set(qn("w:dirty"), "true")
        r._r.append(fc)
        r2 = par.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = par.add_run()
        fc2 = OxmlElement("w:fldChar")
        fc2.set(qn("w:fldCharType"), "separate")
        r3._r.append(fc2)
    else:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "end")
        r._r.append(fc)


def _tabel_daftar(doc, kepala: list[tuple[str, float]], sel: list[str], loop: str, *, tengah_mulai: int = 99,
                total: list[str] | None = None):
    """A bordered table: header row repeated on each page, one row per item."""
    lebar = [w for _, w in kepala]
    tabel = _tabel(doc, 4, lebar, garis=True)
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    _kepala_berulang(tabel.rows[0])
    for c, (h, _) in zip(tabel.rows[0].cells, kepala):
        _isi_sel(c, h, gaya="Kepala Tabel")
    _baris_tag(tabel, 1, loop)
    for k, (c, tag) in enumerate(zip(tabel.rows[2].cells, sel)):
        _isi_sel(c, tag, gaya="Isi Tabel", rata=TENGAH if k >= tengah_mulai else None)
    _baris_tag(tabel, 3, "{%tr endfor %}")
    if total:
        baris_total = tabel.add_row()
        for k, (c, tag) in enumerate(zip(baris_total.cells, total)):
            _isi_sel(c, (tag, {"tebal": True}), gaya="Isi Tabel", rata=TENGAH if k >= tengah_mulai else None)
    return tabel


def templat_lkjip() -> Document:
    doc = _dokumen(landscape=False)
    _gaya_lkjip(doc)
    # Cover
    for _ in range(3):
        _p(doc, "")
    _p(doc, "{{ judul }}", gaya="Judul Naskah")
    _p(doc, "{{ instansi }}", gaya="Judul Naskah")
    _p(doc, "TAHUN {{ tahun }}", gaya="Judul Naskah")
    _p(doc, "")
    _p(doc, "{%p if logo %}")
    _p(doc, "{{ logo }}", rata=TENGAH)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if data_contoh %}")
    _p(doc, "")
    _p(doc, ("{{ tanda_contoh }}", {"tebal": True}), rata=TENGAH)
    _p(doc, "{%p endif %}")
    for _ in range(6):
        _p(doc, "")
    _p(doc, "{{ pemda }}", gaya="Judul Naskah")
    _p(doc, "{{ tempat }}", gaya="Judul Naskah")
    _p(doc, "{{ tahun_terbit }}", gaya="Judul Naskah")
    # Kata Pengantar
    _p(doc, "KATA PENGANTAR", gaya="Heading 1")
    _p(doc, "{{p kata_pengantar }}")
    _p(doc, "")
    _ttd(doc, ditetapkan=False, lebar_kiri=7.5, lebar_kanan=8.5)
    # Ikhtisar Eksekutif
    _p(doc, "IKHTISAR EKSEKUTIF", gaya="Heading 1")
    _p(doc, "{%p for par in ikhtisar %}")
    _p(doc, "{{ par }}", gaya="Body Text")
    _p(doc, "{%p endfor %}")
    _tabel_daftar(doc, [("Kategori Capaian", 6.0), ("Rentang", 5.0), ("Jumlah Indikator", 4.0)],
                ["{{ r.pita }}", "{{ r.rentang }}", "{{ r.jumlah }}"], "{%tr for r in ringkasan_pita %}", tengah_mulai=2)
    # Daftar Isi: a TOC field Word refreshes on opening; pre-filled with the
    # report's own headings so that any reader shows them.
    _p(doc, "DAFTAR ISI", gaya="Judul Naskah").paragraph_format.page_break_before = True
    _p(doc, "")
    awal = doc.add_paragraph(style="toc 1")
    _field(awal, ' TOC \\o "1-3" \\h \\z \\u ', "awal")
    _p(doc, "{%p for h in daftar_isi %}")
    _p(doc, "{%p if h.tingkat == 1 %}")
    _p(doc, "{{ h.teks }}", gaya="toc 1")
    _p(doc, "{%p else %}")
    _p(doc, "{{ h.teks }}", gaya="toc 2")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p endfor %}")
    akhir = doc.add_paragraph(style="toc 1")
    _field(akhir, "", "akhir")
    # Bab I
    _p(doc, "BAB I PENDAHULUAN", gaya="Heading 1")
    _p(doc, "{{p pendahuluan }}")
    # Bab II
    _p(doc, "BAB II PERENCANAAN KINERJA", gaya="Heading 1")
    _p(doc, "{%p for par in bab2 %}")
    _p(doc, "{{ par }}", gaya="Body Text")
    _p(doc, "{%p endfor %}")
    _p(doc, "A. Indikator Kinerja Utama", gaya="Heading 2")
    _tabel_daftar(doc, [("No.", 0.9), ("Unit", 2.6), ("Sasaran / Kinerja Utama", 3.6), ("Indikator", 4.2), ("Satuan", 1.6),
                      ("Target {{ tahun }}", 1.8), ("Target Akhir Periode", 1.8)],
                ["{{ r.no }}", "{{ r.unit }}", "{{ r.sasaran }}", "{{ r.indikator }}", "{{ r.satuan }}", "{{ r.target }}",
                 "{{ r.target_akhir }}"], "{%tr for r in iku %}", tengah_mulai=4)
    _p(doc, "")
    _p(doc, "B. Perjanjian Kinerja Tahun {{ tahun }}", gaya="Heading 2")
    _p(doc, "{{ kalimat_pk }}", gaya="Body Text")
    _tabel_daftar(doc, [("No.", 0.9), ("Sasaran / Kinerja Utama", 5.0), ("Indikator", 6.4), ("Satuan", 1.8), ("Target", 2.4)],
                ["{{ r.no }}", "{{ r.sasaran }}", "{{ r.indikator }}", "{{ r.satuan }}", "{{ r.target }}"],
                "{%tr for r in pk %}", tengah_mulai=3)
    # Bab III
    _p(doc, "BAB III AKUNTABILITAS KINERJA", gaya="Heading 1")
    _p(doc, "A. Capaian Kinerja Organisasi", gaya="Heading 2")
    _p(doc, "{{ kalimat_capaian }}", gaya="Body Text")
    _tabel_daftar(doc, [("No.", 0.9), ("Indikator", 5.0), ("Satuan", 1.6), ("Target", 2.0), ("Realisasi", 2.0),
                      ("Capaian", 1.9), ("Kategori", 2.6)],
                ["{{ r.no }}", "{{ r.indikator }}", "{{ r.satuan }}", "{{ r.target }}", "{{ r.realisasi }}", "{{ r.capaian }}",
                 "{{ r.pita }}"], "{%tr for r in capaian %}", tengah_mulai=2)
    _p(doc, "")
    _p(doc, "{%p for u in unit %}")
    _p(doc, "{{ u.judul }}", gaya="Heading 3")
    _p(doc, "{%p for i in u.indikator %}")
    _p(doc, "{{ i.judul }}", gaya="Heading 4")
    _p(doc, "{%p for par in i.kalimat %}")
    _p(doc, "{{ par }}", gaya="Body Text")
    _p(doc, "{%p endfor %}")
    _tabel_daftar(doc, [("Tahun", 2.0), ("Target", 3.2), ("Realisasi", 3.2), ("Capaian", 3.0), ("Kategori", 3.6)],
                ["{{ b.tahun }}", "{{ b.target }}", "{{ b.realisasi }}", "{{ b.capaian }}", "{{ b.pita }}"],
                "{%tr for b in i.perbandingan %}", tengah_mulai=0)
    _p(doc, "")
    _p(doc, "{%p if i.penjelasan %}")
    _p(doc, ("Penjelasan: ", {"tebal": True}), "{{ i.penjelasan }}", gaya="Body Text")
    _p(doc, "{%p endif %}")
    _p(doc, "{{ i.grafik }}", rata=TENGAH)
    _p(doc, "{{ i.keterangan_grafik }}", gaya="Isi Tabel", rata=TENGAH)
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p if u.analisis %}")
    _p(doc, "{{p u.analisis }}")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p endfor %}")
    _p(doc, "B. Realisasi Anggaran", gaya="Heading 2")
    _p(doc, "{{ kalimat_anggaran }}", gaya="Body Text")
    _tabel_daftar(doc, [("No.", 0.9), ("Program / Kegiatan", 6.6), ("Pagu (Rp)", 3.1), ("Realisasi (Rp)", 3.1), ("Serapan", 2.0)],
                ["{{ r.no }}", "{{ r.nama }}", "{{ r.pagu }}", "{{ r.realisasi }}", "{{ r.serapan }}"],
                "{%tr for r in anggaran %}", tengah_mulai=2,
                total=["", "Jumlah", "{{ total.pagu }}", "{{ total.realisasi }}", "{{ total.serapan }}"])
    _p(doc, "")
    _p(doc, "{%p for par in kalimat_efisiensi %}")
    _p(doc, "{{ par }}", gaya="Body Text")
    _p(doc, "{%p endfor %}")
    # Bab IV
    _p(doc, "BAB IV PENUTUP", gaya="Heading 1")
    _p(doc, "{{p penutup }}")
    # Lampiran: Perjanjian Kinerja
    _p(doc, "LAMPIRAN: PERJANJIAN KINERJA TAHUN {{ tahun }}", gaya="Heading 1")
    _tabel_daftar(doc, [("No.", 0.9), ("Sasaran / Kinerja Utama", 5.0), ("Indikator", 6.4), ("Satuan", 1.8), ("Target", 2.4)],
                ["{{ r.no }}", "{{ r.sasaran }}", "{{ r.indikator }}", "{{ r.satuan }}", "{{ r.target }}"],
                "{%tr for r in pk %}", tengah_mulai=3)
    _p(doc, "")
    _ttd(doc, ditetapkan=True, lebar_kiri=7.5, lebar_kanan=8.5)
    # Ask Word to refresh the table of contents when the file is opened.
    upd = OxmlElement("w:updateFields")
    upd.set(qn("w:val"), "true")
    doc.settings.element.append(upd)
    return doc


def _buang_gaya_tak_terpakai(doc, simpan: tuple[str, ...] = ()) -> None:
    """Keep only the styles the template uses (with the styles they are based
    on, and the defaults): the stock python-docx template carries about 160,
    which makes the files larger and joining documents slower."""
    from docx.oxml.ns import qn as _qn

    dipakai: set[str] = set()
    bagian = [doc.element] + [rel.target_part.element for rel in doc.part.rels.values()
                              if rel.reltype.endswith(("/header", "/footer"))]
    for el in bagian:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            for x in el.iter(_qn(tag)):
                dipakai.add(x.get(_qn("w:val")))
    gaya = doc.styles.element
    menurut_id = {s.get(_qn("w:styleId")): s for s in gaya.findall(_qn("w:style"))}
    for s in menurut_id.values():
        nama_el = s.find(_qn("w:name"))
        if s.get(_qn("w:default")) == "1" or (nama_el is not None and nama_el.get(_qn("w:val")) in simpan):
            dipakai.add(s.get(_qn("w:styleId")))
    antre = list(dipakai)
    while antre:
        sid = antre.pop()
        s = menurut_id.get(sid)
        if s is None:
            continue
        for tag in ("w:basedOn", "w:next", "w:link"):
            x = s.find(_qn(tag))
            if x is not None and x.get(_qn("w:val")) not in dipakai:
                dipakai.add(x.get(_qn("w:val")))
                antre.append(x.get(_qn("w:val")))
    for sid, s in menurut_id.items():
        if sid not in dipakai:
            gaya.remove(s)


from .laporan_perubahan import templat_laporan_perubahan  # noqa: E402  (naskah beda's report)

def _buang_styles_with_effects(doc) -> None:
    """The stock template's stylesWithEffects.xml (a Word 2010 copy of the
    styles) would no longer match the trimmed styles: drop it."""
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.rels.pop(rid)


PEMBUAT = {
    "keputusan.docx": templat_keputusan,
    "lampiran_sekretariat.docx": templat_lampiran_sekretariat,
    "lampiran_bagian.docx": templat_lampiran_bagian,
    "lkjip.docx": templat_lkjip,
    "laporan_perubahan.docx": templat_laporan_perubahan,
}


def tulis_templat(folder: Path, *, timpa: bool = False) -> list[Path]:
    """Write the default templates into ``folder``; never overwrite unless told."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for nama, pembuat in PEMBUAT.items():
        tujuan = folder / nama
        if tujuan.exists() and not timpa:
            continue
        doc = pembuat()
        _buang_gaya_tak_terpakai(doc, GAYA_PANDOC if nama == "lkjip.docx" else ())
        _buang_styles_with_effects(doc)
        rapikan_dokumen(doc)
        simpan_docx(doc, tujuan)
        hasil.append(tujuan)
    return hasil


def simpan_docx(doc: Any, tujuan: Path) -> None:
    atur_properti(doc, judul=doc.core_properties.title or "")
    tulis_atomik(tujuan, docx_bytes(doc))
