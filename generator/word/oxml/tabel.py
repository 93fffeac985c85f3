"""Table properties: row flags, cell margins, borders, and a grid that fits
the page."""

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


# --- a grid that fits the page -----------------------------------------------


def tabel_per_bagian(doc):
    """(section index, table element) for each top-level table of the body."""
    return ((idx, el) for idx, el in per_bagian(doc) if el.tag == w("tbl"))


def _rentang(tc) -> int:
    span = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
    return int(span.get(w("val"))) if span is not None else 1


def _lebar_kolom(baris) -> list[int] | None:
    """The widths (twips) of the cells of the row with the most cells and no
    merged ones; None when a cell has no width in twips of its own."""
    terbaik = None
    for tr in baris:
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


def _tulis_lebar_sel(baris, lebar: list[int]) -> None:
    for tr in baris:
        kol = 0
        for tc in tr.findall(w("tc")):
            span = _rentang(tc)
            lebar_sel = sum(lebar[kol:kol + span])
            kol += span
            tcpr = tc.find(w("tcPr"))
            if tcpr is None:
                continue
            tcw = anak(tcpr, "tcW")
            tcw.set(w("w"), str(lebar_sel))
            tcw.set(w("type"), "dxa")


def sesuaikan_grid(tbl, lebar_emu: int) -> None:
    """Rebuild the table grid from its cell widths and shrink it to
    ``lebar_emu`` when it is wider (cell loops change the number of
    columns); a table without widths per cell keeps its own grid."""
    baris = tbl.findall(w("tr"))
    lebar = _lebar_kolom(baris)
    if lebar is None:
        return
    jumlah = sum(lebar)
    faktor = min(1.0, (lebar_emu // 635) / jumlah) if jumlah else 1.0
    lebar = [int(x * faktor) for x in lebar]
    grid = tbl.find(w("tblGrid"))
    for g in list(grid):
        grid.remove(g)
    for x in lebar:
        grid.append(buat("gridCol", w=str(x)))
    _tulis_lebar_sel(baris, lebar)
    tblpr = tbl.find(w("tblPr"))
    tblw = tblpr.find(w("tblW")) if tblpr is not None else None
    if tblw is not None:
        tblw.set(w("w"), str(sum(lebar)))
        tblw.set(w("type"), "dxa")
