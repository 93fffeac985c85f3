"""Keep WordprocessingML valid where the libraries leave it loose.

docxtpl's RichText, its ``{% colspan %}``/``{% vm %}`` tags and python-docx
helpers append property elements at the end, while the schema fixes their
order (Word may then offer to "repair" the file).  :func:`rapikan` puts the
children of run, cell and table properties back in schema order and gives
every shading the value the schema requires.
"""

from __future__ import annotations

from docx.oxml.ns import qn

_URUTAN = {
    "rPr": [
        "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
        "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
        "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
        "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
        "oMath", "rPrChange",
    ],
    "tcPr": [
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
        "tcPrChange",
    ],
    "tblPr": [
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
        "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
        "tblCaption", "tblDescription", "tblPrChange",
    ],
}
_INDEKS = {qn(f"w:{induk}"): {qn(f"w:{n}"): i for i, n in enumerate(anak)} for induk, anak in _URUTAN.items()}


def rapikan(akar) -> None:
    """Schema order for rPr, tcPr and tblPr children; shading with a value."""
    for el in akar.iter(*_INDEKS):
        indeks = _INDEKS[el.tag]
        anak = list(el)
        urut = sorted(anak, key=lambda e: indeks.get(e.tag, len(indeks)))
        if urut != anak:
            for e in anak:
                el.remove(e)
            el.extend(urut)
    for shd in akar.iter(qn("w:shd")):
        if shd.get(qn("w:val")) is None:
            shd.set(qn("w:val"), "clear")


def rapikan_dokumen(doc) -> None:
    """:func:`rapikan` over the body, the headers and footers, and the styles."""
    rapikan(doc.element)
    rapikan(doc.styles.element)
    for rel in doc.part.rels.values():
        if rel.reltype.endswith(("/header", "/footer")) and not rel.is_external:
            rapikan(rel.target_part.element)
