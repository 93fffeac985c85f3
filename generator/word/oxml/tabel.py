"""Table properties: row flags, cell margins, borders, and the column
widths a template gives."""

from __future__ import annotations

from .bagian import per_bagian
from .urutan import anak, buat, sisipkan, w

_SISI = ("top", "left", "bottom", "right", "insideH", "insideV")


def kepala_berulang(baris) -> None:
    """Repeat row ``baris`` (a python-docx row) at the top of every page."""
    sisipkan(baris._tr.get_or_add_trPr(), buat("tblHeader"))


def tidak_terpotong(baris) -> None:
    """Keep row ``baris`` whole on one page."""
    sisipkan(baris._tr.get_or_add_trPr(), buat("cantSplit"))


def margin_sel(tabel, *, atas: int, kiri: int, bawah: int, kanan: int) -> None:
    """The table's default cell margins, in twips."""
    mar = buat("tblCellMar")
    for sisi, lebar in (("top", atas), ("left", kiri), ("bottom", bawah), ("right", kanan)):
        mar.append(buat(sisi, w=str(lebar), type="dxa"))
    sisipkan(tabel._tbl.tblPr, mar)


def garis_gaya_tabel(gaya) -> None:
    """Single thin borders around and inside every table of style ``gaya``."""
    tblpr = anak(gaya.element, "tblPr")
    garis = buat("tblBorders")
    for sisi in _SISI:
        garis.append(buat(sisi, val="single", sz="4", space="0", color="auto"))
    sisipkan(tblpr, garis)


# --- the template's columns --------------------------------------------------


def tabel_per_bagian(doc):
    """(section index, table element) for each top-level table of the body."""
    return ((idx, el) for idx, el in per_bagian(doc) if el.tag == w("tbl"))


def lebar_kolom(tbl) -> list[int] | None:
    """The template's column widths (twips): those of the cells of the row
    with the most cells and none spanning columns (cell loops change the
    number of columns, not the grid); None when a cell has no width in twips
    of its own."""
    terbaik = None
    for tr in tbl.findall(w("tr")):
        sel = tr.findall(w("tc"))
        if any(tc.find(f"{w('tcPr')}/{w('gridSpan')}") is not None for tc in sel):
            continue
        if terbaik is None or len(sel) > len(terbaik):
            terbaik = sel
    if not terbaik:
        return None
    lebar = []
    for tc in terbaik:
        tcw = tc.find(f"{w('tcPr')}/{w('tcW')}")
        if tcw is None or not tcw.get(w("w")) or tcw.get(w("type"), "dxa") != "dxa":
            return None  # widths not set per cell (e.g. a pandoc table)
        lebar.append(int(tcw.get(w("w"))))
    return lebar
