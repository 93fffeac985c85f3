"""Children in schema order.

The WordprocessingML schema (ECMA-376 Part 1, wml.xsd) fixes the order of
the children of most property elements; Word offers to "repair" a file that
breaks it.  Every element our code adds goes in through :func:`sisipkan` or
:func:`anak`, at its place in the order below, in the manner of python-docx's
``BaseOxmlElement.insert_element_before``.  ``"*"`` stands for any child not
listed (the content of a paragraph or a row, which comes after its
properties).
"""

from __future__ import annotations

from collections.abc import Callable

from docx.oxml import OxmlElement

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(nama: str) -> str:
    """The Clark name of ``w:nama``."""
    return f"{{{W_NS}}}{nama}"


_URUTAN = {
    "p": ["pPr", "*"],
    "r": ["rPr", "*"],
    "tr": ["tblPrEx", "trPr", "*"],
    "pPr": [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
        "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
        "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ],
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
    # The row properties proper are a choice in any order; python-docx keeps
    # this one, and the revision marks come after them.
    "trPr": [
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
        "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange",
    ],
    "sectPr": [
        "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
        "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
        "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
    ],
    "style": [
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
        "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr",
        "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
    ],
}  # fmt: skip

#: For each parent (Clark name): the place of each child (Clark name; "*" kept as is).
URUTAN: dict[str, dict[str, int]] = {
    w(induk): {(n if n == "*" else w(n)): i for i, n in enumerate(anak)} for induk, anak in _URUTAN.items()
}


def buat(nama: str, **atribut: str):
    """A new ``w:nama`` element (python-docx's element class) with ``w:``
    attributes in the order given."""
    return OxmlElement(f"w:{nama}", {w(k): v for k, v in atribut.items()})


def sisipkan(induk, el):
    """Insert ``el`` into ``induk`` before the first child the schema puts
    after it (at the end when there is none); return ``el``."""
    urutan = URUTAN[induk.tag]
    lain = urutan.get("*", -1)
    tempat = urutan[el.tag] if el.tag in urutan else urutan["*"]
    for c in induk:
        if urutan.get(c.tag, lain) > tempat:
            c.addprevious(el)
            return el
    induk.append(el)
    return el


def anak(induk, nama: str, baru: Callable[[str], object] | None = None):
    """The ``w:nama`` child of ``induk``, added at its schema place when
    missing (made by ``baru(clark_name)``, a python-docx element by default)."""
    el = induk.find(w(nama))
    if el is None:
        el = sisipkan(induk, baru(w(nama)) if baru else buat(nama))
    return el
