"""Word-level diff of two texts (``naskah beda``): which words were deleted
and which inserted, and the one-line terminal form ``[-so-]`` ``{+so+}``.

Words are compared with :class:`difflib.SequenceMatcher`, as
``git diff --word-diff`` does.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

# Kinds of word segments.
SAMA = "sama"
HAPUS = "hapus"
TAMBAH = "tambah"

KONTEKS_KATA = 6  # words of unchanged context kept around a change on the terminal

Segmen = tuple[str, str]  # (SAMA | HAPUS | TAMBAH, words joined by one space)


def rapat(teks: str | None) -> str:
    """The text with every run of whitespace made one space (None -> "")."""
    return " ".join((teks or "").split())


def beda_kata(lama: str | None, baru: str | None) -> list[Segmen]:
    """Word-level diff of two texts: a list of (kind, words) segments.

    Words are whitespace-separated (punctuation stays with its word, as in
    ``git diff --word-diff``); a replaced stretch gives the deleted words
    first, then the inserted ones.
    """
    a, b = rapat(lama).split(), rapat(baru).split()
    hasil: list[Segmen] = []

    def tambah(jenis: str, kata: list[str]) -> None:
        if not kata:
            return
        if hasil and hasil[-1][0] == jenis:
            hasil[-1] = (jenis, hasil[-1][1] + " " + " ".join(kata))
        else:
            hasil.append((jenis, " ".join(kata)))

    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            tambah(SAMA, a[i1:i2])
        else:
            tambah(HAPUS, a[i1:i2])
            tambah(TAMBAH, b[j1:j2])
    return hasil


def tandai(segmen: Iterable[Segmen], *, konteks: int | None = KONTEKS_KATA) -> str:
    """Segments as one line: deleted words ``[-so-]``, inserted ``{+so+}``.

    With ``konteks`` an unchanged stretch keeps that many words on each side
    of a change and the rest becomes ``…``; ``None`` keeps the whole text.
    """
    segmen = list(segmen)
    bagian: list[str] = []
    for n, (jenis, teks) in enumerate(segmen):
        if jenis == HAPUS:
            bagian.append(f"[-{teks}-]")
        elif jenis == TAMBAH:
            bagian.append(f"{{+{teks}+}}")
        else:
            bagian.append(_ringkas(teks, konteks, awal=n == 0, akhir=n == len(segmen) - 1))
    return " ".join(b for b in bagian if b)


def _ringkas(teks: str, konteks: int | None, *, awal: bool, akhir: bool) -> str:
    if konteks is None:
        return teks
    kata = teks.split(" ")
    if awal and akhir:
        return teks
    if awal:
        return teks if len(kata) <= konteks + 1 else "… " + " ".join(kata[-konteks:])
    if akhir:
        return teks if len(kata) <= konteks + 1 else " ".join(kata[:konteks]) + " …"
    if len(kata) <= 2 * konteks + 1:
        return teks
    return " ".join(kata[:konteks]) + " … " + " ".join(kata[-konteks:])

