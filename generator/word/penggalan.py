"""Where an Indonesian word may be hyphenated: at its syllable boundaries,
from the ``id_ID`` hyphenation dictionary that pyphen ships (the syllable
rules of EYD, Ejaan Bahasa Indonesia yang Disempurnakan: "Pemenggalan
Kata"), marked with soft hyphens (U+00AD) so that Word and LibreOffice
break there only when a line needs it."""

from __future__ import annotations

import functools
import re

import pyphen

from .metrik import TANDA_HUBUNG_LUNAK

_HURUF = re.compile(r"[^\W\d_]+")
_VOKAL = re.compile(r"[aeiouAEIOU\u00c0-\u00c6\u00c8-\u00cf\u00d2-\u00d6\u00d9-\u00dc\u00e0-\u00e6\u00e8-\u00ef\u00f2-\u00f6\u00f9-\u00fc]")
_PISAH = re.compile(r"[ \t\r\n]+")
#: Hard hyphens and dashes: a line may break after them.
_TANDA_HUBUNG = "-\u2010\u2013\u2014"


@functools.cache
def _kamus() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="id_ID")


def kata_kata(teks: str) -> list[str]:
    """The words of a text, split at ordinary white space only: a
    non-breaking space keeps its neighbours in one word."""
    return [k for k in _PISAH.split(teks.replace(TANDA_HUBUNG_LUNAK, "")) if k]


def _bersuku(kata: str) -> list[int]:
    """The dictionary's boundaries in a run of letters, keeping only those
    whose pieces each hold a vowel: every Indonesian syllable has one, so a
    piece without ("l" of "pemi-l-ihan", "SK" of "SKPD") is joined to the
    piece after it (to the one before, at the end of the word)."""
    batas = list(_kamus().positions(kata))
    while True:
        potong = [0, *batas, len(kata)]
        kosong = [i for i in range(len(potong) - 1) if not _VOKAL.search(kata[potong[i]:potong[i + 1]])]
        if not kosong or not batas:
            return batas
        i = kosong[0]
        del batas[min(i, len(batas) - 1)]


@functools.cache
def batas_suku(kata: str) -> tuple[int, ...]:
    """Positions inside ``kata`` (any token) where a soft hyphen may go: the
    syllable boundaries of each run of letters."""
    hasil = []
    for m in _HURUF.finditer(kata):
        hasil += [m.start() + i for i in _bersuku(m.group())]
    return tuple(hasil)


def penggal(kata: str) -> str:
    """``kata`` with a soft hyphen at each syllable boundary ("Pe­nang­gung")."""
    potong = [0, *batas_suku(kata), len(kata)]
    return TANDA_HUBUNG_LUNAK.join(kata[a:z] for a, z in zip(potong, potong[1:]))


def potongan(kata: str, *, bersuku: bool) -> list[tuple[str, bool]]:
    """The pieces a word may be split into at line ends: after a hard hyphen
    between two letters or digits always (never after a minus sign), at a
    syllable boundary too when ``bersuku``.  Each piece comes
    with whether a hyphen is drawn after it (a syllable break)."""
    batas = {
        i + 1: False
        for i, c in enumerate(kata[:-1])
        if c in _TANDA_HUBUNG and i > 0 and kata[i - 1].isalnum() and kata[i + 1].isalnum()
    }
    if bersuku:
        for i in batas_suku(kata):
            batas.setdefault(i, kata[i - 1] not in _TANDA_HUBUNG)
    potong = sorted(batas)
    awal = [0, *potong]
    akhir = [*potong, len(kata)]
    return [(kata[a:z], batas.get(z, False)) for a, z in zip(awal, akhir)]


def sisipkan_penggalan(teks: str, penggalan: dict[str, str]) -> str:
    """``teks`` with each word of ``penggalan`` (a word as key, its form with
    soft hyphens as value) replaced wherever it stands as a whole word."""
    if not penggalan:
        return teks
    pola = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(penggalan, key=len, reverse=True))) + r")(?!\w)")
    return pola.sub(lambda m: penggalan[m.group(1)], teks)
