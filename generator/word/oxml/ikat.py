"""Keeping content on one page: keep-with-next on paragraphs, the caption
(Word's alt-text title) that names a table, the text area of a section, and
a borderless row that carries the cells of another table."""

from __future__ import annotations

from dataclasses import dataclass

from .tabel_isi import tak_terpotong, teks_paragraf
from .urutan import anak, buat, sisipkan, w


def ikat_ke_berikut(p) -> None:
    """Keep paragraph element ``p`` on the page of the element after it
    (``w:keepNext``); in a table row it keeps the row with the next row."""
    anak(anak(p, "pPr"), "keepNext")


def berisi(p) -> bool:
    """Whether paragraph element ``p`` shows something: text or a picture."""
    return bool(teks_paragraf(p).strip()) or next(p.iter(w("drawing")), None) is not None


def akhir_bagian(el) -> bool:
    """Whether body element ``el`` is a paragraph that ends a section (carries a ``w:sectPr``)."""
    return el.tag == w("p") and el.find(f"{w('pPr')}/{w('sectPr')}") is not None


def beri_judul_tabel(tabel, judul: str) -> None:
    """Name table ``tabel`` (python-docx) ``judul`` (``w:tblCaption``)."""
    sisipkan(tabel._tbl.tblPr, buat("tblCaption", val=judul))


def judul_tabel(tbl) -> str | None:
    """The caption of table element ``tbl``, None when it has none."""
    cap = tbl.find(f"{w('tblPr')}/{w('tblCaption')}")
    return cap.get(w("val")) if cap is not None else None


def rata_tengah(tbl) -> bool:
    """Whether table element ``tbl`` is centred on the page."""
    jc = tbl.find(f"{w('tblPr')}/{w('jc')}")
    return jc is not None and jc.get(w("val")) == "center"


@dataclass(frozen=True)
class Halaman:
    """The text area of a section, in twips."""

    lebar: int
    tinggi: int


def halaman_bagian(el) -> Halaman | None:
    """The text area of the section body element ``el`` lies in (page size
    less margins); None when the section does not give it."""
    sect, nxt = None, el
    while nxt is not None and sect is None:
        if akhir_bagian(nxt):
            sect = nxt.find(f"{w('pPr')}/{w('sectPr')}")
        elif nxt.tag == w("sectPr"):
            sect = nxt
        nxt = nxt.getnext()
    ukuran = sect.find(w("pgSz")) if sect is not None else None
    margin = sect.find(w("pgMar")) if sect is not None else None
    if ukuran is None or margin is None:
        return None
    try:
        lebar, tinggi = int(ukuran.get(w("w"))), int(ukuran.get(w("h")))
        kiri, kanan = int(margin.get(w("left"), 0)), int(margin.get(w("right"), 0))
        atas, bawah = abs(int(margin.get(w("top"), 0))), abs(int(margin.get(w("bottom"), 0)))
    except (TypeError, ValueError):
        return None
    return Halaman(lebar - kiri - kanan, tinggi - atas - bawah)


def geser_kiri(p, twip: int) -> None:
    """Indent paragraph element ``p`` ``twip`` further from the left."""
    if twip <= 0:
        return
    ind = anak(anak(p, "pPr"), "ind")
    for nama in ("left", "start"):
        if ind.get(w(nama)) is not None:
            ind.set(w(nama), str(int(ind.get(w(nama))) + twip))
            return
    ind.set(w("left"), str(twip))


def paragraf_kosong():
    """A new empty paragraph element."""
    return buat("p")


def sel_tanpa_garis(isi: list, lebar: int, rentang: int, *, atas: bool = True):
    """A cell ``lebar`` twips wide over ``rentang`` grid columns, without
    left, bottom and right borders (the line above it stays unless not
    ``atas``), holding the elements ``isi`` (paragraphs, tables)."""
    tc = buat("tc")
    tcpr = buat("tcPr")
    tc.append(tcpr)
    anak(tcpr, "tcW").attrib.update({w("w"): str(lebar), w("type"): "dxa"})
    if rentang > 1:
        anak(tcpr, "gridSpan").set(w("val"), str(rentang))
    garis = anak(tcpr, "tcBorders")
    for sisi in ("left", "bottom", "right") if atas else ("top", "left", "bottom", "right"):
        garis.append(buat(sisi, val="nil"))
    for el in isi:
        tc.append(el)
    return tc


def baris_sel(sel: list):
    """A new row, kept whole on one page, of the cell elements ``sel``."""
    tr = buat("tr")
    for tc in sel:
        tr.append(tc)
    tak_terpotong(tr)
    return tr
