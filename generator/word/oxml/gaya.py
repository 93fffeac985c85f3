"""Styles: the font of a run-properties element, the document's default
font, and the styles a template leaves unused."""

from __future__ import annotations

from decimal import Decimal

from .urutan import anak, w

_TEMA = ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme")
_HURUF = ("ascii", "hAnsi", "cs", "eastAsia")


def atur_rfonts(rpr, nama: str) -> None:
    """Font ``nama`` for every script of ``rpr``, instead of a theme font."""
    rfonts = anak(rpr, "rFonts")
    for atr in _TEMA:
        if rfonts.get(w(atr)) is not None:
            del rfonts.attrib[w(atr)]
    for atr in _HURUF:
        rfonts.set(w(atr), nama)


def atur_ukuran(rpr, ukuran: Decimal) -> None:
    """Size ``ukuran`` (points) for every script of ``rpr``."""
    setengah = str(int(ukuran * 2))
    for nama in ("sz", "szCs"):
        anak(rpr, nama).set(w("val"), setengah)


def atur_huruf_dokumen(doc, nama: str, ukuran: Decimal) -> None:
    """The default font and size of the document (docDefaults and Normal);
    every other style that names a font of its own takes ``nama`` too,
    keeping its own size."""
    rpr = doc.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    if rpr is not None:
        atur_rfonts(rpr, nama)
        atur_ukuran(rpr, ukuran)
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    atur_rfonts(rpr, nama)
    atur_ukuran(rpr, ukuran)
    for st in doc.styles:
        el = getattr(st, "element", None)
        if el is None or st.name == "Normal":
            continue
        rpr = el.find(w("rPr"))
        if rpr is not None and rpr.find(w("rFonts")) is not None:
            atur_rfonts(rpr, nama)


def huruf_gaya(gaya, nama: str) -> None:
    """Font ``nama`` for every script of style ``gaya`` (a python-docx style)."""
    atur_rfonts(gaya.element.get_or_add_rPr(), nama)


# --- unused styles ------------------------------------------------------------------


def _gaya_dipakai(doc) -> set[str]:
    """Ids of the styles the body, headers and footers refer to."""
    dipakai: set[str] = set()
    bagian = [doc.element] + [
        rel.target_part.element for rel in doc.part.rels.values() if rel.reltype.endswith(("/header", "/footer"))
    ]
    for el in bagian:
        for x in el.iter(w("pStyle"), w("rStyle"), w("tblStyle")):
            dipakai.add(x.get(w("val")))
    return dipakai


def _dengan_rujukannya(dipakai: set[str], menurut_id: dict) -> set[str]:
    """``dipakai`` with the styles they are based on, followed by or linked to."""
    dipakai = set(dipakai)
    antre = list(dipakai)
    while antre:
        s = menurut_id.get(antre.pop())
        if s is None:
            continue
        for tag in ("basedOn", "next", "link"):
            x = s.find(w(tag))
            if x is not None and x.get(w("val")) not in dipakai:
                dipakai.add(x.get(w("val")))
                antre.append(x.get(w("val")))
    return dipakai


def buang_gaya_tak_terpakai(doc, simpan: tuple[str, ...] = ()) -> None:
    """Keep only the styles the document uses (with the styles they are
    based on, the defaults, and the styles named in ``simpan``)."""
    gaya = doc.styles.element
    menurut_id = {s.get(w("styleId")): s for s in gaya.findall(w("style"))}
    dipakai = _gaya_dipakai(doc)
    for s in menurut_id.values():
        nama_el = s.find(w("name"))
        if s.get(w("default")) == "1" or (nama_el is not None and nama_el.get(w("val")) in simpan):
            dipakai.add(s.get(w("styleId")))
    dipakai = _dengan_rujukannya(dipakai, menurut_id)
    for sid, s in menurut_id.items():
        if sid not in dipakai:
            gaya.remove(s)


def buang_styles_with_effects(doc) -> None:
    """Drop the stylesWithEffects part (a Word 2010 copy of the styles),
    which would no longer match styles that were changed or trimmed."""
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.rels.pop(rid)
