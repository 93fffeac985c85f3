"""Revision marks: ``w:ins`` and ``w:del`` around runs, on paragraph marks
and on table rows (ECMA-376 Part 1, 17.13.5)."""

from __future__ import annotations

import copy
import datetime as dt

from lxml import etree

from ..oxml.urutan import W_NS, XML_SPACE, anak, sisipkan, w

P, R, PPR, RPR, TRPR, SECTPR = w("p"), w("r"), w("pPr"), w("rPr"), w("trPr"), w("sectPr")
INS, DEL = w("ins"), w("del")

#: Run content that refers to other parts of the old package: never copied over.
_ISI_RUJUKAN = {
    w("drawing"), w("pict"), w("object"), w("footnoteReference"), w("endnoteReference"), w("commentReference"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
}  # fmt: skip
#: Inline containers whose runs are wrapped one by one.
_WADAH_RUN = {w("hyperlink"), w("smartTag"), w("fldSimple"), w("customXml")}


class Penanda:
    """Makes the w:ins/w:del elements; ids, author and date come at the end.

    lxml keeps one Python object per element while it is referenced, so the
    elements made here are known again by identity when the tree is walked.
    """

    def __init__(self, gaya: set[str], daftar: set[str]) -> None:
        self.dibuat: list = []
        self.salinan_tabel: list = []  # old tables put back as deleted
        self.gaya = gaya  # style ids of the new package
        self.daftar = daftar  # numbering ids of the new package

    def bersihkan(self, el) -> None:
        """Drop, in content copied from the old document, references to
        styles and lists the new package does not have."""
        for ref in list(el.iter(w("pStyle"), w("rStyle"), w("tblStyle"))):
            if ref.get(w("val")) not in self.gaya:
                ref.getparent().remove(ref)
        for num in list(el.iter(w("numPr"))):
            nid = num.find(w("numId"))
            if nid is not None and nid.get(w("val")) not in self.daftar | {"0"}:
                num.getparent().remove(num)

    def buat(self, tag: str):
        el = etree.Element(tag)
        self.dibuat.append(el)
        return el

    def salinan(self, tbl) -> bool:
        return any(tbl is t for t in self.salinan_tabel)

    def selesai(self, akar, penulis: str, waktu: dt.datetime) -> None:
        dipakai = [int(v) for v in akar.xpath("//@w:id", namespaces={"w": W_NS}) if str(v).lstrip("-").isdigit()]
        nomor = max(dipakai, default=0) + 1
        tanggal = waktu.strftime("%Y-%m-%dT%H:%M:%SZ")
        milik = {id(el) for el in self.dibuat}
        for el in akar.iter(INS, DEL):
            if id(el) not in milik:
                continue
            el.set(w("id"), str(nomor))
            el.set(w("author"), penulis)
            el.set(w("date"), tanggal)
            nomor += 1


def _buang_tanda(induk) -> None:
    for c in induk.findall(INS) + induk.findall(DEL):
        induk.remove(c)


def tandai_tanda_paragraf(p, tag: str, pen: Penanda) -> None:
    """Mark the paragraph mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    rpr = anak(anak(p, "pPr", etree.Element), "rPr", etree.Element)
    _buang_tanda(rpr)
    sisipkan(rpr, pen.buat(tag))


def tandai_baris(tr, tag: str, pen: Penanda) -> None:
    """w:trPr/w:ins or w:trPr/w:del (after the row properties, before trPrChange)."""
    trpr = anak(tr, "trPr", etree.Element)
    _buang_tanda(trpr)
    if not any(c.tag not in (INS, DEL, w("trPrChange")) for c in trpr):
        # The schema wants at least one row property before w:ins/w:del:
        # "no grid column after the last cell", which is the default anyway.
        sisipkan(trpr, etree.Element(w("gridAfter"))).set(w("val"), "0")
    sisipkan(trpr, pen.buat(tag))


def bungkus(induk, tag: str, pen: Penanda) -> None:
    """Wrap each stretch of runs directly in ``induk`` in one w:ins/w:del."""
    kelompok = None
    for c in list(induk):
        if c.tag == R:
            if kelompok is None:
                kelompok = pen.buat(tag)
                c.addprevious(kelompok)
            kelompok.append(c)
            continue
        kelompok = None
        if c.tag in _WADAH_RUN:
            bungkus(c, tag, pen)
        elif c.tag == w("sdt"):
            isi = c.find(w("sdtContent"))
            if isi is not None:
                bungkus(isi, tag, pen)


def run_hapus(r):
    """A copy of an old run as a deleted run; None when it refers to other
    parts of the old package (drawings, notes, comments)."""
    if any(el.tag in _ISI_RUJUKAN for el in r.iter()):
        return None
    baru = etree.Element(R)
    for c in r:
        c = copy.deepcopy(c)
        if c.tag == w("t"):
            c.tag = w("delText")
            c.set(XML_SPACE, "preserve")
        elif c.tag == w("instrText"):
            c.tag = w("delInstrText")
        baru.append(c)
    return baru


def ppr_salinan(p):
    """A copy of the paragraph properties of an old paragraph, without its
    section properties, property changes and revision marks; None without."""
    ppr = p.find(PPR)
    if ppr is None:
        return None
    ppr = copy.deepcopy(ppr)
    for c in list(ppr):
        if c.tag in (SECTPR, w("pPrChange")):
            ppr.remove(c)
    rpr = ppr.find(RPR)
    if rpr is not None:
        _buang_tanda(rpr)
    return ppr
