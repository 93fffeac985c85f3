"""The result of a table-of-contents field (the Daftar Isi) written into our
own .docx package.

A TOC field (ECMA-376 Part 1, 17.16.5.68) carries, between its
``separate`` and ``end`` marks, the result last computed; Word and
LibreOffice show that result as it is.  Here the result becomes the entries
and page numbers LibreOffice laid out (read back by
:mod:`generator.tulis.kantor`): one paragraph per entry, in the style
``toc N`` of its level (whose right tab stop with dot leader puts the page
number at the margin), "text<TAB>page".  The field then no longer asks to be
recomputed on opening (``w:dirty``, ``w:updateFields`` dropped), so a reader
sees the numbers without a prompt; Word's own "Update Field" still rebuilds
it from the instruction.

Only ``word/document.xml`` and ``word/settings.xml`` are rewritten; every
other part keeps its bytes, and the same entries give the same package.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

from lxml import etree

from .oxml.urutan import XML_SPACE, anak, buat, sisipkan, w
from .paket import zip_tetap

__all__ = ["ada_daftar_isi", "isi_daftar_isi"]

DOKUMEN = "word/document.xml"
SETELAN = "word/settings.xml"
GAYA = "word/styles.xml"

#: One entry: (text, level from 1, page number as shown).
Entri = tuple[str, int, str]


def _parse(data: bytes):
    return etree.fromstring(data, etree.XMLParser(remove_blank_text=False, resolve_entities=False, huge_tree=True))


def _xml(akar) -> bytes:
    return etree.tostring(akar, xml_declaration=True, encoding="UTF-8", standalone=True)


def _field_toc(akar) -> list[tuple]:
    """The outermost TOC fields of the document, in order: (begin, separate,
    end) run of each."""
    hasil, tumpukan = [], []
    for el in akar.iter(w("fldChar"), w("instrText")):
        if el.tag == w("instrText"):
            if tumpukan:
                tumpukan[-1]["instr"] += el.text or ""
            continue
        jenis = el.get(w("fldCharType"))
        if jenis == "begin":
            tumpukan.append({"begin": el, "instr": "", "separate": None})
        elif jenis == "separate" and tumpukan:
            tumpukan[-1]["separate"] = el
        elif jenis == "end" and tumpukan:
            f = tumpukan.pop()
            if not tumpukan and f["separate"] is not None and f["instr"].split()[:1] == ["TOC"]:
                hasil.append((f["begin"].getparent(), f["separate"].getparent(), el.getparent()))
    return hasil


def ada_daftar_isi(data: bytes) -> bool:
    """Whether the .docx ``data`` holds a table-of-contents field."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read(DOKUMEN)
    return b"TOC" in xml and bool(_field_toc(_parse(xml)))


def _gaya_toc(styles: bytes | None) -> dict[int, str]:
    """Level -> style id of the paragraph styles named ``toc N``."""
    if styles is None:
        return {}
    hasil = {}
    for st in _parse(styles).iter(w("style")):
        nama = st.find(w("name"))
        teks = (nama.get(w("val")) or "").lower() if nama is not None else ""
        if st.get(w("type")) == "paragraph" and teks.startswith("toc ") and teks[4:].isdigit():
            hasil[int(teks[4:])] = st.get(w("styleId"))
    return hasil


def _lebar_teks(p) -> int:
    """The text width (twips) of the section holding paragraph ``p``: its
    page width less the side margins."""
    sect = None
    for el in (p, *p.itersiblings(w("p"))):
        sect = el.find(f"{w('pPr')}/{w('sectPr')}")
        if sect is not None:
            break
    else:
        sect = p.getroottree().getroot().find(f"{w('body')}/{w('sectPr')}")
    ukuran = sect.find(w("pgSz")) if sect is not None else None
    tepi = sect.find(w("pgMar")) if sect is not None else None
    if ukuran is None or tepi is None:
        return 9071  # A4 less margins of 2.5 cm and 3 cm
    return int(ukuran.get(w("w"))) - int(tepi.get(w("left"), "0")) - int(tepi.get(w("right"), "0"))


def _gayakan(p, tingkat: int, gaya: dict[int, str], lebar: int) -> None:
    """Paragraph ``p`` as an entry of level ``tingkat``: the ``toc N`` style,
    or, where the document has none, its right tab stop and indent."""
    ppr = anak(p, "pPr")
    for lama in ppr.findall(w("pStyle")):
        ppr.remove(lama)
    if tingkat in gaya:
        sisipkan(ppr, buat("pStyle", val=gaya[tingkat]))
        return
    tabs = anak(ppr, "tabs")
    tabs.append(buat("tab", val="right", leader="dot", pos=str(lebar)))
    sisipkan(ppr, buat("ind", left=str(240 * (tingkat - 1))))


def _run(p, isi) -> None:
    r = buat("r")
    r.append(isi)
    p.append(r)


def _tulis_entri(p, entri: Entri) -> None:
    teks, _, halaman = entri
    for i, bagian in enumerate((teks, halaman)):
        if i:
            _run(p, buat("tab"))
        t = buat("t")
        t.set(XML_SPACE, "preserve")
        t.text = bagian
        _run(p, t)


def _isi_field(begin, separate, end, entri: Sequence[Entri], gaya: dict[int, str]) -> None:
    """Replace the result of one field (runs ``begin``/``separate``/``end``)
    by ``entri``: the first in the paragraph of ``separate``, one new
    paragraph for each next, the end mark after the last."""
    p1, p2 = separate.getparent(), end.getparent()
    if p1.tag != w("p") or p2.tag != w("p") or p1.getparent() is not p2.getparent():
        raise ValueError("bentuk field Daftar Isi tidak dikenal (hasilnya tidak di paragraf sejajar)")
    ekor = [end, *end.itersiblings()]
    for el in ekor:
        p2.remove(el)
    while separate.getnext() is not None:
        p1.remove(separate.getnext())
    if p2 is not p1:
        while p1.getnext() is not p2:
            p1.getparent().remove(p1.getnext())
        p2.getparent().remove(p2)
    lebar = _lebar_teks(p1)
    terakhir = p1
    for i, e in enumerate(entri):
        if i:
            baru = buat("p")
            terakhir.addnext(baru)
            terakhir = baru
        _gayakan(terakhir, e[1], gaya, lebar)
        _tulis_entri(terakhir, e)
    terakhir.extend(ekor)
    kotor = begin.find(w("fldChar"))
    kotor.attrib.pop(w("dirty"), None)


def isi_daftar_isi(data: bytes, daftar: Sequence[Sequence[Entri]]) -> bytes:
    """The .docx ``data`` with the result of each of its TOC fields (in
    document order) replaced by the entries of ``daftar``; fields no
    longer marked for update on opening.  ``ValueError`` when the counts
    differ or a field has an unknown shape."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        isi = [(info.filename, z.read(info)) for info in z.infolist()]
    bagian = dict(isi)
    akar = _parse(bagian[DOKUMEN])
    field = _field_toc(akar)
    if len(field) != len(daftar):
        raise ValueError(f"{len(field)} field Daftar Isi di dokumen, {len(daftar)} daftar isi dari LibreOffice")
    gaya = _gaya_toc(bagian.get(GAYA))
    for (begin, separate, end), entri in zip(field, daftar):
        _isi_field(begin, separate, end, [(t, int(n), h) for t, n, h in entri], gaya)
    ganti = {DOKUMEN: _xml(akar)}
    if SETELAN in bagian:
        setelan = _parse(bagian[SETELAN])
        for el in setelan.findall(w("updateFields")):
            setelan.remove(el)
        ganti[SETELAN] = _xml(setelan)
    return zip_tetap((nama, ganti.get(nama, isi_lama)) for nama, isi_lama in isi)
