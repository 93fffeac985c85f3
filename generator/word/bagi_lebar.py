"""Sharing a table's spare width among its text columns so that the table is
as short as it can be.

A row is as tall as its tallest cell, so a column earns more width when its
text is what makes its rows tall: a long Makna in one row does not starve
the Indikator column of the rows where the Indikator text is the longest.
The height is estimated smoothly (a paragraph of width ``p`` in a cell of
text width ``c`` takes ``max(1, p / c)`` lines), and the width is handed out
in small equal steps, each to the column that shortens the table most.
Pure and deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

LANGKAH = 400  # the spare width is handed out in at most this many steps


@dataclass(frozen=True)
class KolomTeks:
    """One text column as the sharing sees it: its minimum width (twips, with
    padding), the widths of the paragraphs of its cell in each row (the
    header row first), and its weight for what no row needs."""

    minimum: float
    paragraf: Sequence[Sequence[float]]
    bobot: float


def jumlah_baris(paragraf: Sequence[float], lebar: float, padding: int) -> float:
    """Smooth estimate of the lines a cell's paragraphs take at ``lebar``."""
    isi = max(lebar - padding, 1.0)
    return sum(max(1.0, p / isi) for p in paragraf)


def _dua_teratas(kolom: list[list[float]], lantai: Sequence[float]) -> list[tuple[float, int, float]]:
    """Per row: (tallest, its column or -1 for the floor, the next tallest)."""
    hasil = []
    for r, bawah in enumerate(lantai):
        urut = sorted(((k[r], i) for i, k in enumerate(kolom)), key=lambda x: (-x[0], x[1]))
        puncak = urut[0] if urut and urut[0][0] > bawah else (bawah, -1)
        kedua = max([bawah] + [t for t, i in urut if i != puncak[1]][:1])
        hasil.append((puncak[0], puncak[1], kedua))
    return hasil


def _untung(i: int, baru: list[float], teratas: list[tuple[float, int, float]]) -> float:
    """How many lines the table loses when column ``i`` has ``baru`` lines per row."""
    return sum(
        tinggi - max(kedua if puncak == i else tinggi, b) for (tinggi, puncak, kedua), b in zip(teratas, baru)
    )


def bagi_lebar(kolom: Sequence[KolomTeks], lantai: Sequence[float], sisa: float, padding: int) -> list[float]:
    """Widths of the text columns sharing ``sisa`` twips (at least the sum of
    their minimums).  ``lantai`` holds, per row, the lines of the tallest
    cell of the other columns."""
    lebar = [k.minimum for k in kolom]
    lebih = sisa - sum(lebar)
    langkah = lebih / LANGKAH if lebih > 0 else 0.0
    baris = [[jumlah_baris(p, w, padding) for p in k.paragraf] for k, w in zip(kolom, lebar)]
    calon = [[jumlah_baris(p, w + langkah, padding) for p in k.paragraf] for k, w in zip(kolom, lebar)]
    while langkah > 0 and lebih >= langkah - 1e-9:
        teratas = _dua_teratas(baris, lantai)
        untung = [_untung(i, calon[i], teratas) for i in range(len(kolom))]
        terbaik = max(range(len(kolom)), key=lambda i: (untung[i], -i))
        if untung[terbaik] <= 1e-9:
            break
        lebar[terbaik] += langkah
        lebih -= langkah
        baris[terbaik] = calon[terbaik]
        calon[terbaik] = [jumlah_baris(p, lebar[terbaik] + langkah, padding) for p in kolom[terbaik].paragraf]
    jumlah = sum(k.bobot for k in kolom)
    for i, k in enumerate(kolom):
        lebar[i] += lebih * (k.bobot / jumlah if jumlah > 0 else 1 / len(kolom))
    return lebar
