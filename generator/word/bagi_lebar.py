"""Sharing a table's spare width among its text columns so that the table is
as short as it can be.

A row is as tall as its tallest cell, so a column earns more width when its
text is what makes its rows tall: a long Makna in one row does not starve
the Indikator column of the rows where the Indikator text is the longest.
The height of a paragraph is estimated smoothly, so that the sharing can
tell which column gains from a little more width: a paragraph of width
``p`` in a cell of text width ``c`` takes ``max(1, p / (c - r))`` lines,
where ``r`` is the room a line breaker leaves unused at the end of a line,
about 0.4 of a word and its space (the words weighted by their width).
Without it narrow columns, whose lines end with large gaps, would look
shorter than they print.  The width is handed out in small equal steps,
each to the column that shortens the table most.  Pure and deterministic.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

LANGKAH = 400  # the spare width is handed out in at most this many steps


#: The unused room at the end of a line, as a share of a word and its space.
SISA_BARIS = 0.4
#: Sharpness of the soft minimum of the estimate and the number of words.
_LUNAK = 4


@dataclass(frozen=True)
class Paragraf:
    """A paragraph as the sharing sees it: the widths of its words and of
    the space between two of them (twips)."""

    kata: tuple[float, ...]
    spasi: float = 0.0

    @functools.cached_property
    def lebar(self) -> float:
        """Its width on one line."""
        return sum(self.kata) + self.spasi * max(0, len(self.kata) - 1)

    @functools.cached_property
    def sisa(self) -> float:
        """The room left unused at the end of an average line."""
        jumlah = sum(self.kata)
        return SISA_BARIS * (sum(k * k for k in self.kata) / jumlah + self.spasi) if jumlah > 0 else 0.0

    def baris(self, isi: float) -> float:
        """Estimated lines at text width ``isi``: at least one, and, when
        each word fits on a line, fewer than it has words (a soft bound, so
        that a short paragraph still gains from more width)."""
        isi = max(isi, 1.0)
        baris = max(1.0, self.lebar / max(isi - self.sisa, isi / 5))
        n = len(self.kata)
        if n and max(self.kata) <= isi:
            baris = max(1.0, (baris**-_LUNAK + n**-_LUNAK) ** (-1 / _LUNAK))
        return baris


@dataclass(frozen=True)
class KolomTeks:
    """One text column as the sharing sees it: its minimum width (twips, with
    padding) and the paragraphs of its cell in each row (the header row
    first)."""

    minimum: float
    paragraf: Sequence[Sequence[Paragraf]]


def jumlah_baris(paragraf: Sequence[Paragraf], lebar: float, padding: int) -> float:
    """Estimated lines a cell's paragraphs take at column width ``lebar``."""
    return sum(p.baris(lebar - padding) for p in paragraf)


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
    """Widths of the text columns sharing up to ``sisa`` twips (at least the
    sum of their minimums); what no row needs is left over.  ``lantai``
    holds, per row, the lines of the tallest cell of the other columns."""
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
    return lebar
