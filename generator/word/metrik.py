"""How wide a text is in a font: advance widths shipped as data.

The widths come from ``data/metrik_huruf.yaml`` (URW Bookman, generated from
the fonts of ``fonts-urw-base35``), so a user without those fonts (Word on
Windows) lays tables out the same way.  Pair kerning is ignored: it only
narrows a text, so a width measured here is never too small for it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Mapping

from ..dasar.data import data

TWIP_PER_PT = 20
TANDA_HUBUNG_LUNAK = "\u00ad"
#: Characters that take no room: the soft hyphen (shown only where a line
#: breaks), the zero width joiner and the word joiner.
_TANPA_LEBAR = frozenset((TANDA_HUBUNG_LUNAK, "\u200d", "\u2060"))


@dataclass(frozen=True)
class Metrik:
    """The advance widths of one font family, regular and bold faces, and
    the height of one line of single spacing (font units)."""

    nama: str
    unit_per_em: int
    biasa: Mapping[int, int]
    tebal: Mapping[int, int]
    tinggi_baris: int = 0

    def lebar(self, teks: str, ukuran_pt: float, *, tebal: bool = False) -> float:
        """Width of ``teks`` on one line, in twips.  A soft hyphen or a
        joiner takes no room; a character the data does not know counts as
        wide as an M."""
        wajah = self.tebal if tebal else self.biasa
        lebar_m = wajah[ord("M")]
        unit = sum(wajah.get(ord(c), lebar_m) for c in teks if c not in _TANPA_LEBAR)
        return unit * ukuran_pt * TWIP_PER_PT / self.unit_per_em

    def tinggi(self, ukuran_pt: float) -> float:
        """Height of one line of single spacing at ``ukuran_pt``, in twips
        (1.2 em when the data holds none)."""
        unit = self.tinggi_baris or self.unit_per_em * 1.2
        return unit * ukuran_pt * TWIP_PER_PT / self.unit_per_em


@functools.cache
def _semua() -> dict[str, Metrik]:
    hasil = {}
    for kunci, bagian in data("metrik_huruf").items():
        metrik = Metrik(
            kunci, int(bagian["unit_per_em"]), bagian["biasa"], bagian["tebal"], int(bagian.get("tinggi_baris", 0))
        )
        for nama in bagian["nama"]:
            hasil[nama.casefold()] = metrik
    return hasil


def metrik_huruf(nama: str) -> Metrik:
    """The metrics for font ``nama``.  A font the data does not hold is
    measured as Bookman, one of the widest text faces, so its columns come
    out wide enough rather than too narrow."""
    semua = _semua()
    return semua.get(nama.casefold().strip(), semua["bookman old style"])
