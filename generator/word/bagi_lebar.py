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

    @functools.cached_property
    def _ukur(self) -> list:
        """[width, room left, words, widest word, words ** -_LUNAK, the
        narrowest text width seen where the paragraph takes one line]."""
        n = len(self.kata)
        return [self.lebar, self.sisa, n, max(self.kata) if n else 0.0, n**-_LUNAK if n else 0.0, float("inf")]

    def baris(self, isi: float) -> float:
        """Estimated lines at text width ``isi``: at least one, and, when
        each word fits on a line, fewer than it has words (a soft bound, so
        that a short paragraph still gains from more width).

        Once the paragraph takes one line at some width it takes one line
        at every greater width (each step below is monotonic, in floating
        point too): that answer is given without computing it again."""
        ukur = self._ukur
        lebar, sisa, n, terlebar, n_lunak, satu_baris = ukur
        isi = max(isi, 1.0)
        if isi >= satu_baris:
            return 1.0
        per_isi = lebar / max(isi - sisa, isi / 5)
        if per_isi <= 1.0:
            ukur[5] = isi
        baris = max(1.0, per_isi)
        if n and terlebar <= isi:
            baris = max(1.0, (baris**-_LUNAK + n_lunak) ** (-1 / _LUNAK))
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
    isi = lebar - padding
    return sum(p.baris(isi) for p in paragraf)


def _teratas(kolom: list[list[float]], r: int, bawah: float) -> tuple[float, int, float]:
    """Row ``r``: (tallest, its column or -1 for the floor, the next
    tallest); on a tie the first column is the tallest."""
    tinggi, puncak = None, -1
    for i, k in enumerate(kolom):
        if tinggi is None or k[r] > tinggi:
            tinggi, puncak = k[r], i
    if tinggi is None or not tinggi > bawah:
        return bawah, -1, bawah if tinggi is None else max([bawah, tinggi])
    lain = [k[r] for i, k in enumerate(kolom) if i != puncak]
    return tinggi, puncak, max([bawah, max(lain)]) if lain else bawah


def _dua_teratas(kolom: list[list[float]], lantai: Sequence[float]) -> list[tuple[float, int, float]]:
    """Per row: (tallest, its column or -1 for the floor, the next tallest)."""
    return [_teratas(kolom, r, bawah) for r, bawah in enumerate(lantai)]


def _suku(i: int, b: float, teratas: tuple[float, int, float]) -> float:
    """The lines row ``teratas`` loses when column ``i`` has ``b`` lines there."""
    tinggi, puncak, kedua = teratas
    return tinggi - max(kedua if puncak == i else tinggi, b)


def bagi_lebar(kolom: Sequence[KolomTeks], lantai: Sequence[float], sisa: float, padding: int) -> list[float]:
    """Widths of the text columns sharing up to ``sisa`` twips (at least the
    sum of their minimums); what no row needs is left over.  ``lantai``
    holds, per row, the lines of the tallest cell of the other columns.

    Each step gives ``langkah`` to the column whose candidate lines shorten
    the table most (the first on a tie).  Only that column's lines change,
    so only the rows where they changed are looked at again; each gain is
    still summed over every row in order."""
    lebar = [k.minimum for k in kolom]
    lebih = sisa - sum(lebar)
    langkah = lebih / LANGKAH if lebih > 0 else 0.0
    baris = [[jumlah_baris(p, w, padding) for p in k.paragraf] for k, w in zip(kolom, lebar)]
    calon = [[jumlah_baris(p, w + langkah, padding) for p in k.paragraf] for k, w in zip(kolom, lebar)]
    n, semua_baris = len(kolom), range(len(lantai))
    teratas = _dua_teratas(baris, lantai)
    suku = [[_suku(i, c, t) for c, t in zip(calon[i], teratas)] for i in range(n)]
    while langkah > 0 and lebih >= langkah - 1e-9:
        untung = [sum(s) for s in suku]
        terbaik = untung.index(max(untung))  # the first on a tie
        if untung[terbaik] <= 1e-9:
            break
        lebar[terbaik] += langkah
        lebih -= langkah
        lama, baru = baris[terbaik], calon[terbaik]
        baris[terbaik] = baru
        calon[terbaik] = [jumlah_baris(p, lebar[terbaik] + langkah, padding) for p in kolom[terbaik].paragraf]
        for r in semua_baris:
            if baru[r] != lama[r]:
                teratas[r] = t = _teratas(baris, r, lantai[r])
                for i in range(n):
                    suku[i][r] = _suku(i, calon[i][r], t)
        suku[terbaik] = [_suku(terbaik, c, t) for c, t in zip(calon[terbaik], teratas)]
    return lebar
