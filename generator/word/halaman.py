"""Page setup from the settings: paper, margins, font, page numbers, and
table grids that fit the page.

Applied to every rendered document, so the same settings give the same pages
whichever template a user edits.  The orientation is the template's own.
"""

from __future__ import annotations

from decimal import Decimal

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

from ..muat.model import Pengaturan

KERTAS_MM = {"F4": (215, 330), "A4": (210, 297), "Legal": (216, 356), "Letter": (216, 279)}


def atur_dokumen(doc, peng: Pengaturan, *, konsep: bool = False) -> None:
    """Paper, margins, default font, page numbers (and the KONSEP watermark
    of a draft) and table widths."""
    atur_huruf(doc, peng)
    for sec in doc.sections:
        atur_halaman(sec, peng)
        atur_nomor_halaman(sec, peng)
        if konsep:
            tanda_air(sec, "KONSEP", peng.huruf.nama)
    for sec_el, tabel_el, lebar in _tabel_dan_lebar(doc):
        rapikan_tabel(tabel_el, lebar)


def atur_halaman(sec, peng: Pengaturan) -> None:
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
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)


def atur_huruf(doc, peng: Pengaturan) -> None:
    """The default font and size of the document (docDefaults and Normal)."""
    nama = peng.huruf.nama
    ukuran = peng.huruf.ukuran
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            _set_rfonts(rpr, nama)
            _set_size(rpr, ukuran)
    normal = doc.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    _set_rfonts(rpr, nama)
    _set_size(rpr, ukuran)
    # Every other style that names a font of its own follows the setting too,
    # keeping its own size.
    for st in doc.styles:
        el = getattr(st, "element", None)
        if el is None or st.name == "Normal":
            continue
        rpr = el.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:rFonts")) is not None:
            _set_rfonts(rpr, nama)


def _set_rfonts(rpr, nama: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for atr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(atr)) is not None:
            del rfonts.attrib[qn(atr)]
    for atr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(atr), nama)


def _set_size(rpr, ukuran: Decimal) -> None:
    setengah = str(int(ukuran * 2))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), setengah)


def _field_page(par) -> None:
    """Append a PAGE field as fldChar runs (Word and LibreOffice both read it)."""
    def run_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        par._p.append(r)

    mulai = OxmlElement("w:fldChar")
    mulai.set(qn("w:fldCharType"), "begin")
    run_with(mulai)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    pisah = OxmlElement("w:fldChar")
    pisah.set(qn("w:fldCharType"), "separate")
    run_with(pisah)
    t = OxmlElement("w:t")
    t.text = "1"
    run_with(t)
    akhir = OxmlElement("w:fldChar")
    akhir.set(qn("w:fldCharType"), "end")
    run_with(akhir)


def atur_nomor_halaman(sec, peng: Pengaturan) -> None:
    """Page numbers centred at the top, '- n -', none on the first page
    unless the settings say so (DOMAIN §3)."""
    nh = peng.nomor_halaman
    sec.header.is_linked_to_previous = False
    header = sec.header
    for p in list(header.paragraphs):
        p._p.getparent().remove(p._p)
    if nh.tampil:
        par = header.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        depan, _, belakang = nh.format.partition("{n}")
        if depan:
            par.add_run(depan)
        _field_page(par)
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
    # Numbering starts at 1 in each document (each Lampiran counts its own pages).
    sectpr = sec._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), "1")
    _urut_sectpr(sectpr)


_URUTAN_SECTPR = [
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
]


def _urut_sectpr(sectpr) -> None:
    """Keep sectPr children in schema order (Word rejects any other)."""
    kunci = {qn(f"w:{n}"): i for i, n in enumerate(_URUTAN_SECTPR)}
    anak = list(sectpr)
    anak.sort(key=lambda e: kunci.get(e.tag, len(kunci)))
    for e in anak:
        sectpr.remove(e)
        sectpr.append(e)


def _lebar_teks(sec) -> int:
    return int(sec.page_width - sec.left_margin - sec.right_margin)


def _tabel_dan_lebar(doc):
    """(section, table element, text width in EMU) for each top-level table."""
    body = doc.element.body
    sections = list(doc.sections)
    # Sections end at paragraphs holding a sectPr; walk the body in order.
    idx = 0
    for el in body.iterchildren():
        if el.tag == qn("w:tbl"):
            sec = sections[min(idx, len(sections) - 1)]
            yield sec, el, _lebar_teks(sec)
        elif el.tag == qn("w:p") and el.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None:
            idx += 1


def rapikan_tabel(tbl, lebar_emu: int) -> None:
    """Rebuild the table grid from its cell widths and shrink it to the text
    width when it is wider (cell loops change the number of columns)."""
    twip_maks = lebar_emu // 635
    baris = tbl.findall(qn("w:tr"))
    terbaik = None
    for tr in baris:
        sel = tr.findall(qn("w:tc"))
        if any(tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan")) is not None for tc in sel):
            continue
        if terbaik is None or len(sel) > len(terbaik):
            terbaik = sel
    if not terbaik:
        return
    lebar = []
    for tc in terbaik:
        w = tc.find(qn("w:tcPr") + "/" + qn("w:tcW"))
        if w is None or not w.get(qn("w:w")) or w.get(qn("w:type"), "dxa") != "dxa":
            return  # widths not set per cell (e.g. a pandoc table): leave its own grid
        lebar.append(int(w.get(qn("w:w"))))
    jumlah = sum(lebar)
    faktor = min(1.0, twip_maks / jumlah) if jumlah else 1.0
    lebar = [int(w * faktor) for w in lebar]
    grid = tbl.find(qn("w:tblGrid"))
    for g in list(grid):
        grid.remove(g)
    for w in lebar:
        g = OxmlElement("w:gridCol")
        g.set(qn("w:w"), str(w))
        grid.append(g)
    for tr in baris:
        kol = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span_el = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
            span = int(span_el.get(qn("w:val"))) if span_el is not None else 1
            w = sum(lebar[kol:kol + span])
            kol += span
            if tcpr is None:
                continue
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(w))
            tcw.set(qn("w:type"), "dxa")
    tblpr = tbl.find(qn("w:tblPr"))
    tblw = tblpr.find(qn("w:tblW")) if tblpr is not None else None
    if tblw is not None:
        tblw.set(qn("w:w"), str(sum(lebar)))
        tblw.set(qn("w:type"), "dxa")


# Word's own watermark: a VML WordArt shape in the page header, which
# LibreOffice imports as its watermark too, so it is on every page of the
# docx and of the PDF.
_TANDA_AIR = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">
<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>
<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>
<v:f eqn="sum @6 0 @5"/></v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>
<v:shape id="PowerPlusWaterMarkObject{n}" o:spid="_x0000_s{spid}" type="#_x0000_t136"
 style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:146pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
 o:allowincell="f" fillcolor="#c0c0c0" stroked="f"><v:fill opacity=".5"/>
<v:textpath style="font-family:&quot;{huruf}&quot;;font-size:1pt" string="{teks}"/></v:shape></w:pict></w:r>"""


def tanda_air(sec, teks: str, huruf: str) -> None:
    """Put a diagonal watermark in every header of the section (default and
    first page), behind the text."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape

    kepala = [sec.header]
    if sec.different_first_page_header_footer:
        kepala.append(sec.first_page_header)
    for i, h in enumerate(kepala):
        par = h.paragraphs[0] if h.paragraphs else h.add_paragraph()
        xml = _TANDA_AIR.format(n=i + 1, spid=2049 + i, huruf=escape(huruf, {'"': "&quot;"}), teks=escape(teks))
        par._p.append(parse_xml(xml))
