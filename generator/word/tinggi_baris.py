"""Rows stay whole: every row of a table is kept on one page unless it is
taller than a page.

A row's height is estimated with the font's real metrics: each paragraph of
a cell is wrapped word by word at the cell's text width (a word wider than
the line takes as many lines as it needs), each line one line height of the
font at the paragraph's size.  The estimate errs on the tall side (the
metrics' slack, the larger line height of the font's two sets), so a row
near a page's height is rather let to break than clipped.  A row fits when
it is no taller than the section's text height less the header rows that
repeat above it on every page; only a row that does not fit may split (its
continuation then starts under the repeated header, as Word and
LibreOffice do).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from .metrik import Metrik
from .oxml.tabel_isi import (
    UkuranHuruf,
    baris,
    baris_kepala,
    boleh_terpotong,
    gaya_tabel,
    sel_baris,
    tak_terpotong,
    teks_paragraf,
)
from .oxml.urutan import w
from .penggalan import kata_kata

#: Slack on every measured width, as the column layout (``tata_kolom``) uses.
LONGGAR = 0.05


@dataclass(frozen=True)
class Bidang:
    """The text area of a section, in twips."""

    lebar: int
    tinggi: int


def jumlah_baris_teks(metrik: Metrik, teks: str, ukuran: float, lebar: float) -> int:
    """Lines one paragraph takes when wrapped at its ordinary spaces into
    ``lebar`` twips (at least one)."""
    lebar = max(lebar, 1.0)
    spasi = metrik.lebar(" ", ukuran) * (1 + LONGGAR)
    baris_ke, isi = 1, 0.0
    for kata in kata_kata(teks):
        k = metrik.lebar(kata, ukuran) * (1 + LONGGAR)
        if isi and isi + spasi + k <= lebar:
            isi += spasi + k
            continue
        if isi:
            baris_ke += 1
        tambahan = max(0, math.ceil(k / lebar) - 1)
        baris_ke += tambahan
        isi = k - tambahan * lebar
    return baris_ke


def tinggi_sel(tc, metrik: Metrik, ukuran: UkuranHuruf, nama_gaya: str | None, lebar: float) -> float:
    """Estimated height of a cell's paragraphs in twips at text width ``lebar``."""
    total = 0.0
    for p in tc.findall(w("p")):
        pt = float(ukuran.paragraf(p, nama_gaya))
        besar = max([pt] + [float(ukuran.run(r, Decimal(str(pt)))) for r in p.iter(w("r"))])
        total += sum(
            jumlah_baris_teks(metrik, bagian, besar, lebar) for bagian in teks_paragraf(p).split("\n")
        ) * metrik.tinggi(besar)
    return total


def kata_terlebar(tc, metrik: Metrik, ukuran: UkuranHuruf, nama_gaya: str | None) -> float:
    """The width (twips) of the widest word of cell ``tc``: the narrowest
    text width that breaks none of its words (0 for an empty cell)."""
    tebal = ukuran.tebal(tc, nama_gaya)
    terlebar = 0.0
    for p in tc.findall(w("p")):
        pt = float(ukuran.paragraf(p, nama_gaya))
        besar = max([pt] + [float(ukuran.run(r, Decimal(str(pt)))) for r in p.iter(w("r"))])
        for kata in kata_kata(teks_paragraf(p)):
            terlebar = max(terlebar, metrik.lebar(kata, besar, tebal=tebal) * (1 + LONGGAR))
    return terlebar


def tinggi_baris(tr, lebar: Sequence[int], padding: int, metrik: Metrik, ukuran: UkuranHuruf, nama_gaya) -> float:
    """Estimated height of row ``tr`` in twips: that of its tallest cell."""
    return max(
        (
            tinggi_sel(s.el, metrik, ukuran, nama_gaya, sum(lebar[s.kolom:s.kolom + s.rentang]) - padding)
            for s in sel_baris(tr)
        ),
        default=0.0,
    )


def jaga_baris(tbl, lebar: Sequence[int], padding: int, tinggi_teks: int, metrik: Metrik, ukuran: UkuranHuruf) -> None:
    """``w:cantSplit`` on every row of ``tbl`` that fits on a page under the
    repeated header rows; none on a row taller than that."""
    nama = gaya_tabel(tbl)
    semua = baris(tbl)
    kepala = sum(tinggi_baris(tr, lebar, padding, metrik, ukuran, nama) for tr in semua if baris_kepala(tr))
    for tr in semua:
        if baris_kepala(tr) or tinggi_baris(tr, lebar, padding, metrik, ukuran, nama) <= tinggi_teks - kepala:
            tak_terpotong(tr)
        else:
            boleh_terpotong(tr)
