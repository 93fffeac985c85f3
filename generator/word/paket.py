"""The .docx package as bytes, identical for identical content.

python-docx stamps every zip entry with the clock (python-docx #1042) and the
core properties with the time of saving; here both come from the content.
Whole documents are written by :func:`docx_bytes`, packages rewritten part
by part by :func:`zip_tetap`, both through the one zip writer of the program
(``dasar.zip_tetap``).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

from docx.opc.part import XmlPart
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import ns as _ns
from lxml import etree

from ..dasar.zip_tetap import ZipTetap, zip_tetap  # noqa: F401 (zip_tetap: the word/ modules take it from here)
from .oxml.penomoran import stabilkan_nsid

# The longest text a core property may hold (python-docx refuses longer ones,
# after the limit Word itself puts on the Title of a document).
BATAS_PROPERTI = 255
_CP_INTI = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


@contextmanager
def _awalan_cp_inti() -> Iterator[None]:
    """python-docx's "cp" prefix on the core-properties namespace while the
    core properties are written.

    python-docx finds and makes core properties through its global prefix
    map; importing docxcompose (docxtpl does) re-points "cp" there to the
    custom-properties namespace (docxcompose/utils.py: ``nsmap.update``;
    docxcompose #101), after which core properties land in the wrong
    namespace.  The map is put right for this block only and given back as
    it was, so docxcompose keeps its own meaning outside it.
    """
    sebelumnya = _ns.nsmap.get("cp")
    _ns.nsmap["cp"] = _CP_INTI
    try:
        yield
    finally:
        if sebelumnya is None:
            del _ns.nsmap["cp"]
        else:
            _ns.nsmap["cp"] = sebelumnya


def atur_properti(doc: Any, *, judul: str = "", waktu: dt.datetime | None = None) -> None:
    """Core properties from the content, never from the clock.  A title
    longer than a property holds is shortened there only (the document
    shows it in full)."""
    waktu = waktu or dt.datetime(2000, 1, 1)
    with _awalan_cp_inti():
        cp = doc.core_properties
        cp.title = potong_properti(judul)
        cp.author = "naskah"
        cp.last_modified_by = "naskah"
        cp.created = waktu
        cp.modified = waktu
        cp.last_printed = waktu
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""


def potong_properti(teks: str, batas: int = BATAS_PROPERTI) -> str:
    """``teks`` when it fits in ``batas`` characters; else cut at the last
    word boundary that leaves room for an ellipsis, which ends it."""
    if len(teks) <= batas:
        return teks
    potongan = teks[: batas - 1]
    spasi = potongan.rfind(" ")
    if spasi > 0:
        potongan = potongan[:spasi]
    return potongan.rstrip(" ,;:-") + "\u2026"


class _ZipTetap(ZipTetap):
    """The fixed zip writer with python-docx's package writer interface."""

    def write(self, pack_uri, blob: bytes) -> None:
        self.tulis(pack_uri.membername, blob)


def _stabilkan_nsid(doc: Any) -> None:
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return
    stabilkan_nsid(numbering)


def docx_bytes(doc: Any) -> bytes:
    """The document as .docx bytes, identical for identical content: fixed
    zip entry times, python-docx's own stable part order, list ids from
    their place."""
    buf = io.BytesIO()
    tulis_docx(doc, buf)
    return buf.getvalue()


def tulis_docx(doc: Any, berkas: BinaryIO) -> None:
    """The bytes of :func:`docx_bytes` written into ``berkas`` (a large
    document is then not held as bytes too)."""
    _stabilkan_nsid(doc)
    paket = doc.part.package
    bagian = list(paket.parts)
    for part in bagian:
        part.before_marshal()
    penulis = _ZipTetap(berkas)
    try:
        PackageWriter._write_content_types_stream(penulis, bagian)
        PackageWriter._write_pkg_rels(penulis, paket.rels)
        for part in bagian:  # python-docx's PackageWriter._write_parts, an XML part serialised into the zip as a stream
            if type(part).blob is XmlPart.blob:
                with penulis.buka(part.partname.membername) as f:
                    etree.ElementTree(part.element).write(f, encoding="UTF-8", standalone=True)
            else:
                penulis.write(part.partname, part.blob)
            if len(part.rels):
                penulis.write(part.partname.rels_uri, part.rels.xml)
    finally:
        penulis.close()
