"""The .docx package as bytes, identical for identical content.

python-docx stamps every zip entry with the clock (python-docx #1042) and the
core properties with the time of saving; here both come from the content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from typing import Any

import docxcompose.utils  # noqa: F401  (imported here so that the fix below follows it)
from docx.oxml import ns as _ns
from docx.opc.pkgwriter import PackageWriter

# Importing docxcompose re-points python-docx's global "cp" prefix to the
# custom-properties namespace (docxcompose/utils.py: nsmap.update), after
# which python-docx writes core properties in the wrong namespace.  Put it
# back; docxcompose looks things up with its own map.
_ns.nsmap["cp"] = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"

WAKTU_ZIP = (1980, 1, 1, 0, 0, 0)


def atur_properti(doc: Any, *, judul: str = "", waktu: dt.datetime | None = None) -> None:
    """Core properties from the content, never from the clock."""
    waktu = waktu or dt.datetime(2000, 1, 1)
    cp = doc.core_properties
    cp.title = judul
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


class _ZipTetap:
    """python-docx's package writer interface, with fixed entry times.

    python-docx stamps every zip entry with the clock (python-docx #1042);
    this writer gives each entry the same time, attributes and compression,
    in python-docx's own stable part order, compressing each part once.
    """

    def __init__(self, berkas: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(berkas, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=WAKTU_ZIP)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        info.create_system = 0
        self._zip.writestr(info, blob, compresslevel=6)

    def close(self) -> None:
        self._zip.close()


def _stabilkan_nsid(doc: Any) -> None:
    """docxcompose gives each joined list a random nsid (docxcompose
    composer.add_numberings): replace them by ids derived from the list's
    place, unique and the same on every build."""
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return
    from docx.oxml.ns import qn

    for i, an in enumerate(numbering.findall(qn("w:abstractNum"))):
        nsid = an.find(qn("w:nsid"))
        if nsid is not None:
            kunci = hashlib.sha256(f"naskah-nsid-{i}-{an.get(qn('w:abstractNumId'))}".encode()).hexdigest()
            nsid.set(qn("w:val"), kunci[:8].upper())


def docx_bytes(doc: Any) -> bytes:
    """The document as .docx bytes, identical for identical content."""
    _stabilkan_nsid(doc)
    paket = doc.part.package
    bagian = list(paket.parts)
    for part in bagian:
        part.before_marshal()
    buf = io.BytesIO()
    penulis = _ZipTetap(buf)
    try:
        PackageWriter._write_content_types_stream(penulis, bagian)
        PackageWriter._write_pkg_rels(penulis, paket.rels)
        PackageWriter._write_parts(penulis, bagian)
    finally:
        penulis.close()
    return buf.getvalue()
