"""The end of a row too tall to share a page with what follows it, made a
row of its own.

A row taller than a page less the signature block must break across pages,
and where it breaks is the office suite's choice: its last part may fill the
last page and push the signature alone onto the next.  Here the trailing
paragraphs of its tallest cell (in an IKU table the Alasan and Cara Hitung
after a long Makna) move into a new row under it: the other cells are merged
down into that row and the line between the two parts of the split cell is
removed, so that it still reads as one row, and the new row is short enough
to go with the signature.
"""

from __future__ import annotations

import copy

from .oxml.tabel_isi import sel_baris, tak_terpotong
from .oxml.urutan import anak, buat, w


def _paragraf(tc) -> list:
    return tc.findall(w("p"))


def _tcpr(tc):
    """The properties of cell ``tc``, added first when it has none."""
    tcpr = tc.find(w("tcPr"))
    if tcpr is None:
        tcpr = buat("tcPr")
        tc.insert(0, tcpr)
    return tcpr


def _ekor(tc, tinggi, anggaran: float) -> int:
    """How many trailing paragraphs of cell ``tc`` fit in ``anggaran``
    twips (``tinggi`` measures a cell), keeping at least one in place."""
    semua = _paragraf(tc)
    n = 0
    while n + 1 < len(semua):
        uji = buat("tc")
        for p in semua[len(semua) - n - 1:]:
            uji.append(copy.deepcopy(p))
        if tinggi(uji) > anggaran:
            break
        n += 1
    return n


def _gabung_bawah(tcpr, lanjut: bool) -> None:
    """Cell properties ``tcpr`` start (or continue) a vertical merge."""
    vm = tcpr.find(w("vMerge"))
    if vm is None:
        vm = anak(tcpr, "vMerge")
        if not lanjut:
            vm.set(w("val"), "restart")
    elif lanjut:
        vm.attrib.pop(w("val"), None)


def _tanpa_garis(tcpr, sisi: str) -> None:
    garis = anak(tcpr, "tcBorders")
    for el in garis.findall(w(sisi)):
        garis.remove(el)
    urutan = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")
    baru = buat(sisi, val="nil")
    for el in garis:
        if el.tag in {w(s) for s in urutan[urutan.index(sisi) + 1:]}:
            el.addprevious(baru)
            return
    garis.append(baru)


def pisah_ekor(tr, tinggi_sel, anggaran: float):
    """Split the trailing paragraphs of row ``tr``'s tallest cell into a new
    row after it, no taller than ``anggaran`` twips (``tinggi_sel(tc, sel)``
    estimates a cell of the row); return the new row, or None when that
    cell has no paragraph to spare."""
    semua = sel_baris(tr)
    sel = [s for s in semua if not s.lanjutan]
    if not sel:
        return None
    tinggi = max(sel, key=lambda s: tinggi_sel(s.el, s))
    n = _ekor(tinggi.el, lambda tc: tinggi_sel(tc, tinggi), anggaran)
    if n == 0:
        return None
    baru = buat("tr")
    for s in semua:
        tc = buat("tc")
        tcpr = copy.deepcopy(_tcpr(s.el))
        tc.append(tcpr)
        if s is tinggi:
            for el in tcpr.findall(w("vMerge")):
                tcpr.remove(el)
            _tanpa_garis(tcpr, "top")
            _tanpa_garis(_tcpr(s.el), "bottom")
            for p in _paragraf(s.el)[-n:]:
                tc.append(p)
        else:
            _gabung_bawah(_tcpr(s.el), lanjut=s.lanjutan)
            _gabung_bawah(tcpr, lanjut=True)
            tc.append(buat("p"))
        baru.append(tc)
    tr.addnext(baru)
    tak_terpotong(baru)
    return baru
