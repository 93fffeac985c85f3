"""A diagonal watermark in the page header: Word's own WordArt watermark, a
VML shape, which LibreOffice imports as its watermark too, so it is on every
page of the .docx and of the PDF."""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml

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
    """Put a diagonal watermark in every header of section ``sec`` (default
    and first page), behind the text."""
    kepala = [sec.header]
    if sec.different_first_page_header_footer:
        kepala.append(sec.first_page_header)
    for i, h in enumerate(kepala):
        par = h.paragraphs[0] if h.paragraphs else h.add_paragraph()
        xml = _TANDA_AIR.format(n=i + 1, spid=2049 + i, huruf=escape(huruf, {'"': "&quot;"}), teks=escape(teks))
        par._p.append(parse_xml(xml))
