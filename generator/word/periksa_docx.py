"""A written document is re-opened before it is committed.

What naskah reports as written must open: every XML part of the package
parses (lxml, strict, no entities, no network), and the package holds what
a reader (python-docx, Word) needs to open it: a content type for every
part, every internal relationship pointing at a part that is there, and a
main document part of the WordprocessingML type (ECMA-376 Part 2, Open
Packaging Conventions: 9.1.2 content types, 9.3 relationships).  It must
also carry nothing that runs or fetches when Word opens it: only the
fields a report uses (page numbers, a table of contents, cross-references),
no imported chunks (``w:altChunk``), and no external relationship but a
hyperlink.  DDE/DDEAUTO, INCLUDEPICTURE, INCLUDETEXT and every other field
can only come from a template edited by hand; such a document is a build
failure.

Each part is read as a stream (``iterparse``, every element let go once
seen), so that checking a report of hundreds of pages does not hold its
tree a second time beside the one just written.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from ..dasar.galat import NaskahError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_DOKUMEN_UTAMA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
#: Content types of a WordprocessingML main document part (document, template, with macros).
_JENIS_UTAMA = frozenset(
    f"application/vnd.{jenis}.main+xml"
    for jenis in (
        "openxmlformats-officedocument.wordprocessingml.document",
        "openxmlformats-officedocument.wordprocessingml.template",
        "ms-word.document.macroEnabled",
        "ms-word.template.macroEnabledTemplate",
    )
)

# Fields of page layout and navigation (ECMA-376 Part 1, 17.16.5): what the
# templates and the report use, and what Word adds when it updates them.
FIELD_BOLEH = frozenset(
    {"PAGE", "NUMPAGES", "SECTION", "SECTIONPAGES", "TOC", "PAGEREF", "REF", "NOTEREF", "SEQ", "STYLEREF", "HYPERLINK"}
)

_OPSI_PARSER = {"resolve_entities": False, "no_network": True, "huge_tree": True, "remove_blank_text": False}


def pastikan_terbuka(data: bytes | Path, nama: str) -> None:
    """Raise :class:`NaskahError` (one Indonesian line naming ``nama``) when
    the .docx ``data`` (its bytes or its file) does not open or carries a
    field, an imported chunk or an external link it must not."""
    paket = _Paket()
    try:
        with zipfile.ZipFile(data if isinstance(data, Path) else io.BytesIO(data)) as z:
            for info in z.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    with z.open(info) as isi:
                        _periksa_bagian(isi, nama, info.filename, paket)
            ada = set(z.namelist())
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _rusak(nama, f"paket zip rusak ({exc.__class__.__name__})") from None
    paket.periksa(ada, nama)


def _periksa_bagian(isi, nama: str, nama_bagian: str, paket: _Paket) -> None:
    """One part, read as a stream: well-formed, and nothing it must not
    carry; its relationships and content types go to ``paket``."""
    rels = nama_bagian.endswith(".rels")
    field = _Field()
    try:
        for _, el in etree.iterparse(isi, events=("end",), **_OPSI_PARSER):
            if rels:
                _relasi(el, nama, nama_bagian, paket)
            elif el.tag == f"{_W}altChunk":
                raise _tolak(nama, nama_bagian, "isi yang diimpor dari berkas lain (altChunk)")
            elif el.tag in (f"{_CT}Default", f"{_CT}Override") and nama_bagian == "[Content_Types].xml":
                paket.jenis_isi(el)
            else:
                for instruksi in field.lihat(el):
                    kode = instruksi.split()[0].upper() if instruksi.split() else ""
                    if kode and kode not in FIELD_BOLEH:
                        raise _tolak(nama, nama_bagian, f"field Word '{kode}'")
            el.clear(keep_tail=True)
            induk = el.getparent()
            while induk is not None and el.getprevious() is not None:  # the elements seen go, not only their content
                del induk[0]
    except etree.XMLSyntaxError as exc:
        raise _rusak(nama, f"XML bagian {nama_bagian} rusak ({exc.msg})") from None


def _relasi(el, nama: str, nama_bagian: str, paket: _Paket) -> None:
    if el.tag != f"{_REL}Relationship":
        return
    if el.get("TargetMode") == "External":
        if not el.get("Type", "").endswith("/hyperlink"):
            jenis = el.get("Type", "").rsplit("/", 1)[-1]
            raise _tolak(nama, nama_bagian, f"rujukan ke berkas luar ({jenis}: {el.get('Target', '')[:80]})")
        return
    paket.relasi.append((nama_bagian, el.get("Type"), el.get("Target", "")))


class _Paket:
    """What the package check needs, gathered while each part is read:
    the content types, and every internal relationship (its .rels part,
    type and target)."""

    def __init__(self) -> None:
        self.bawaan: dict[str, str | None] = {}
        self.timpa: dict[str, str | None] = {}
        self.relasi: list[tuple[str, str | None, str]] = []

    def jenis_isi(self, el) -> None:
        if el.tag == f"{_CT}Default":
            self.bawaan[el.get("Extension", "").lower()] = el.get("ContentType")
        else:
            self.timpa[el.get("PartName", "").lstrip("/")] = el.get("ContentType")

    def _jenis(self, bagian: str) -> str | None:
        return self.timpa.get(bagian) or self.bawaan.get(posixpath.splitext(bagian)[1][1:].lower())

    def periksa(self, ada: set[str], nama: str) -> None:
        """Content types, relationships to parts that are there, and the
        main document part."""
        if "[Content_Types].xml" not in ada or "_rels/.rels" not in ada:
            raise _rusak(nama, "paket tanpa [Content_Types].xml atau _rels/.rels")
        utama = None
        for berkas_rels, jenis, target in sorted(self.relasi, key=lambda r: r[0]):
            folder = posixpath.dirname(posixpath.dirname(berkas_rels))  # word/_rels/document.xml.rels -> word
            bagian = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
            if bagian not in ada:
                raise _rusak(nama, f"{berkas_rels} merujuk bagian yang tidak ada ({target[:80]})")
            if self._jenis(bagian) is None:
                raise _rusak(nama, f"bagian {bagian} tanpa jenis isi di [Content_Types].xml")
            if berkas_rels == "_rels/.rels" and jenis == _DOKUMEN_UTAMA:
                utama = bagian
        if utama is None or self._jenis(utama) not in _JENIS_UTAMA:
            raise _rusak(nama, "paket tanpa bagian dokumen Word utama")


def _rusak(nama: str, sebab: str) -> NaskahError:
    return NaskahError(f"{nama}: dokumen yang dibuat tidak dapat dibuka: {sebab}; tidak ada berkas yang ditulis")


def _tolak(nama: str, bagian: str, apa: str) -> NaskahError:
    return NaskahError(
        f"{nama}: dokumen memuat {apa} di {bagian}, yang tidak diizinkan; periksa templatnya. Tidak ada berkas yang ditulis"
    )


class _Field:
    """The instruction of every field, seen element by element in document
    order: simple fields, and complex fields whose instruction may be split
    over several runs (and nest)."""

    def __init__(self) -> None:
        self.terbuka: list[list] = []  # [instruction so far, already given]

    def lihat(self, el) -> list[str]:
        tag = el.tag
        if tag == f"{_W}fldSimple":
            return [el.get(f"{_W}instr", "")]
        if tag in (f"{_W}instrText", f"{_W}delInstrText"):
            if self.terbuka:
                self.terbuka[-1][0] += el.text or ""
                return []
            return [el.text or ""]
        if tag != f"{_W}fldChar":
            return []
        jenis = el.get(f"{_W}fldCharType")
        hasil = []
        if jenis == "begin":
            self.terbuka.append(["", False])
        elif self.terbuka and jenis in ("separate", "end"):
            if not self.terbuka[-1][1]:
                self.terbuka[-1][1] = True
                hasil.append(self.terbuka[-1][0])
            if jenis == "end":
                self.terbuka.pop()
        return hasil
