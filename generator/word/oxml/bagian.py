"""Sections: page numbering, and sections kept when documents are joined."""

from __future__ import annotations

import copy

from .urutan import anak, buat, w

_RUJUKAN_KEPALA = (w("headerReference"), w("footerReference"))


def per_bagian(doc):
    """(section index, element) for each top-level element of the body; a
    section ends at a paragraph holding a sectPr."""
    idx = 0
    for el in doc.element.body.iterchildren():
        yield idx, el
        if el.tag == w("p") and el.find(f"{w('pPr')}/{w('sectPr')}") is not None:
            idx += 1


def nomor_halaman_mulai(sec, mulai: int = 1) -> None:
    """Number the pages of section ``sec`` from ``mulai``."""
    anak(sec._sectPr, "pgNumType").set(w("start"), str(mulai))


def tutup_bagian(body) -> None:
    """Close the body's last section where the body now ends: a paragraph
    carrying a copy of the final section properties goes before them."""
    akhir = body.find(w("sectPr"))
    ppr = buat("pPr")
    ppr.append(copy.deepcopy(akhir))
    pemisah = buat("p")
    pemisah.append(ppr)
    akhir.addprevious(pemisah)


def ambil_alih_bagian(body, sumber_body) -> None:
    """The body's final section properties become those of ``sumber_body``,
    without its header and footer references (headers come from the first
    section)."""
    baru = copy.deepcopy(sumber_body.find(w("sectPr")))
    for el in list(baru):
        if el.tag in _RUJUKAN_KEPALA:
            baru.remove(el)
    akhir = body.find(w("sectPr"))
    akhir.getparent().replace(akhir, baru)
