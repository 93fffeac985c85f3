"""A written document is re-opened before it is committed.

What naskah reports as written must open: every XML part of the package
parses (lxml, strict, no entities, no network) and python-docx loads the
document.  It must also carry nothing that runs or fetches when Word opens
it: only the fields a report uses (page numbers, a table of contents,
cross-references), no imported chunks (``w:altChunk``), and no external
relationship but a hyperlink.  DDE/DDEAUTO, INCLUDEPICTURE, INCLUDETEXT and
every other field can only come from a template edited by hand; such a
document is a build failure.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from ..dasar.galat import NaskahError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# Fields of page layout and navigation (ECMA-376 Part 1, 17.16.5): what the
# templates and the report use, and what Word adds when it updates them.
FIELD_BOLEH = frozenset(
    {"PAGE", "NUMPAGES", "SECTION", "SECTIONPAGES", "TOC", "PAGEREF", "REF", "NOTEREF", "SEQ", "STYLEREF", "HYPERLINK"}
)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


def pastikan_terbuka(data: bytes, nama: str) -> None:
    """Raise :class:`NaskahError` (one Indonesian line naming ``nama``) when
    the .docx ``data`` does not open or carries a field, an imported chunk
    or an external link it must not."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():  # one part at a time: a large document is not held twice
                if info.filename.endswith((".xml", ".rels")):
                    _periksa_bagian(z.read(info), nama, info.filename)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _rusak(nama, f"paket zip rusak ({exc.__class__.__name__})") from None
    try:
        import docx

        docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise _rusak(nama, f"python-docx tidak dapat memuatnya ({exc.__class__.__name__})") from None


def _periksa_bagian(isi: bytes, nama: str, nama_bagian: str) -> None:
    try:
        akar = etree.fromstring(isi, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise _rusak(nama, f"XML bagian {nama_bagian} rusak ({exc.msg})") from None
    _aman(akar, nama, nama_bagian)


def _rusak(nama: str, sebab: str) -> NaskahError:
    return NaskahError(f"{nama}: dokumen yang dibuat tidak dapat dibuka: {sebab}; tidak ada berkas yang ditulis")


def _tolak(nama: str, bagian: str, apa: str) -> NaskahError:
    return NaskahError(
        f"{nama}: dokumen memuat {apa} di {bagian}, yang tidak diizinkan; periksa templatnya. Tidak ada berkas yang ditulis"
    )


def _aman(akar, nama: str, nama_bagian: str) -> None:
    if nama_bagian.endswith(".rels"):
        for rel in akar.iter(f"{_REL}Relationship"):
            if rel.get("TargetMode") == "External" and not rel.get("Type", "").endswith("/hyperlink"):
                jenis = rel.get("Type", "").rsplit("/", 1)[-1]
                raise _tolak(nama, nama_bagian, f"rujukan ke berkas luar ({jenis}: {rel.get('Target', '')[:80]})")
        return
    if next(akar.iter(f"{_W}altChunk"), None) is not None:
        raise _tolak(nama, nama_bagian, "isi yang diimpor dari berkas lain (altChunk)")
    for instruksi in _instruksi_field(akar):
        kode = instruksi.split()[0].upper() if instruksi.split() else ""
        if kode and kode not in FIELD_BOLEH:
            raise _tolak(nama, nama_bagian, f"field Word '{kode}'")


def _instruksi_field(akar):
    """The instruction of every field of a part: simple fields, and complex
    fields whose instruction may be split over several runs (and nest)."""
    terbuka: list[list] = []  # [instruction so far, already yielded]
    for el in akar.iter(f"{_W}fldSimple", f"{_W}fldChar", f"{_W}instrText", f"{_W}delInstrText"):
        if el.tag == f"{_W}fldSimple":
            yield el.get(f"{_W}instr", "")
        elif el.tag in (f"{_W}instrText", f"{_W}delInstrText"):
            if terbuka:
                terbuka[-1][0] += el.text or ""
            else:
                yield el.text or ""
        else:
            jenis = el.get(f"{_W}fldCharType")
            if jenis == "begin":
                terbuka.append(["", False])
            elif terbuka and jenis in ("separate", "end"):
                if not terbuka[-1][1]:
                    terbuka[-1][1] = True
                    yield terbuka[-1][0]
                if jenis == "end":
                    terbuka.pop()
