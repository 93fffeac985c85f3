"""Word tracked changes ("Track Changes") between two renderings of a decree.

:func:`lacak` takes the old and the new .docx package and returns the new
package in which every difference from the old one is a revision Word and
LibreOffice show as Track Changes and let the reader accept or reject:

* inserted words as ``<w:ins><w:r><w:t>`` and deleted words as
  ``<w:del><w:r><w:delText>``, inside a paragraph whose text changed (a diff
  by word, each run keeping the formatting of the run the word came from);
* a paragraph only in the new document: its runs inserted and its paragraph
  mark inserted (``w:pPr/w:rPr/w:ins``); only in the old one: the old
  paragraph put back at its place, its runs deleted and its mark deleted;
* a table row only in the new document: ``w:trPr/w:ins`` and its runs
  inserted; only in the old one: the old row put back with ``w:trPr/w:del``
  and its runs deleted; rows present on both sides are compared cell by cell.

Blocks (paragraphs and tables) and rows are aligned with
:class:`difflib.SequenceMatcher` over their text; in a changed stretch the old
and new blocks are paired by likeness (shared words), so a paragraph with one
word changed is marked word by word, not deleted and inserted whole.

Only ``word/document.xml`` is changed: styles, headers, sections, numbering
and media are the new package's.  Formatting changes are not tracked (the new
formatting stands), and section properties, fields and drawings of the new
document are left as they are; a deleted old paragraph keeps its text but not
its drawings.  Every revision carries ``w:author`` and a fixed ``w:date``
given by the caller (the date of enactment, never the clock) and a ``w:id``
counted up in document order, so the same input gives the same bytes.

The modules: ``sejajar`` aligns and pairs sibling lists, ``teks`` reads text
and diffs it by word, ``revisi`` makes the revision marks, ``paragraf`` and
``blok`` compare paragraphs, and bodies, cells and tables.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from lxml import etree

from ..oxml.urutan import w
from ..paket import zip_tetap
from .blok import gabung_blok
from .revisi import Penanda
from .teks import beda_token, token

__all__ = ["beda_token", "lacak", "token"]

DOKUMEN = "word/document.xml"


def lacak(lama: bytes, baru: bytes, penulis: str = "naskah", waktu: dt.datetime | None = None) -> bytes:
    """The new .docx with every difference from the old one as a tracked change."""
    waktu = waktu or dt.datetime(2000, 1, 1)
    with zipfile.ZipFile(io.BytesIO(lama)) as z:
        akar_lama = _parse(z.read(DOKUMEN))
    with zipfile.ZipFile(io.BytesIO(baru)) as z:
        isi = [(info.filename, z.read(info)) for info in z.infolist()]
    bagian = dict(isi)
    akar_baru = _parse(bagian[DOKUMEN])
    pen = Penanda(_id_gaya(bagian.get("word/styles.xml")), _id_daftar(bagian.get("word/numbering.xml")))
    gabung_blok(akar_lama.find(w("body")), akar_baru.find(w("body")), pen)
    pen.selesai(akar_baru, penulis, waktu)
    xml = etree.tostring(akar_baru, xml_declaration=True, encoding="UTF-8", standalone=True)
    return zip_tetap((nama, xml if nama == DOKUMEN else data) for nama, data in isi)


def _parse(data: bytes):
    return etree.fromstring(data, etree.XMLParser(remove_blank_text=False, resolve_entities=False, huge_tree=True))


def _id_gaya(data: bytes | None) -> set[str]:
    if data is None:
        return set()
    return {st.get(w("styleId")) for st in _parse(data).iter(w("style"))}


def _id_daftar(data: bytes | None) -> set[str]:
    if data is None:
        return set()
    return {num.get(w("numId")) for num in _parse(data).iter(w("num"))}
