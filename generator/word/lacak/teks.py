"""Text as the reader sees it, likeness of two texts, and a diff by word."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from ..oxml.urutan import w

P, TR, TC, PPR, SECTPR = w("p"), w("tr"), w("tc"), w("pPr"), w("sectPr")


def teks_p(p) -> str:
    """A paragraph's text as the reader sees it (tab as \\t, line break as \\n,
    no soft hyphen)."""
    bagian = []
    for el in p.iter(w("t"), w("tab"), w("br"), w("cr")):
        if el.tag == w("t"):
            bagian.append(el.text or "")
        elif el.tag == w("tab"):
            bagian.append("\t")
        else:
            bagian.append("\n")
    return _tampak("".join(bagian))


def teks_sel(tc) -> str:
    return "\n".join(teks_p(p) for p in tc.iter(P))


def sig_baris(tr) -> tuple:
    return tuple(teks_sel(tc) for tc in tr.findall(TC))


def ada_sect(p) -> bool:
    return p.find(f"{PPR}/{SECTPR}") is not None


def sig_blok(el):
    if el.tag == P:
        return ("p", teks_p(el), ada_sect(el))
    return ("t", tuple(sig_baris(tr) for tr in el.findall(TR)))


def kata(teks: str) -> Counter:
    return Counter(teks.split())


def dice(a: Counter, b: Counter) -> float:
    """Likeness of two bags of words (Dice's coefficient)."""
    if not a and not b:
        return 1.0
    bersama = sum((a & b).values())
    return 2 * bersama / (sum(a.values()) + sum(b.values()))


_TOKEN = re.compile(r"\s+|\S+")
_TANDA_BACA = re.compile(r"^([(\[\"“‘']*)(.*?)([)\]\"”’';:,.!?]*)$", re.S)


def token(teks: str) -> list[str]:
    """Words, spaces, and each punctuation mark around a word as tokens of
    their own ("(IKU);" -> "(", "IKU", ")", ";"); numbers such as 1.234,56
    stay whole."""
    hasil: list[str] = []
    for t in _TOKEN.findall(teks):
        if t.isspace():
            hasil.append(t)
            continue
        buka, inti, tutup = _TANDA_BACA.match(t).groups()
        hasil.extend(buka)
        if inti:
            hasil.append(inti)
        hasil.extend(tutup)
    return hasil


def _tampak(t: str) -> str:
    """A token as printed: soft hyphens (where a table's layout lets a word
    break, word/tata_tabel) are no change of the text."""
    return t.replace("\u00ad", "")


def _segmen(a: list[str], b: list[str]) -> list[list]:
    """[kind, old text, new text] runs of equal and changed tokens."""
    segmen: list[list] = []
    cocok = difflib.SequenceMatcher(None, [_tampak(t) for t in a], [_tampak(t) for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in cocok.get_opcodes():
        jenis = "sama" if op == "equal" else "ubah"
        lama_t, baru_t = "".join(a[i1:i2]), "".join(b[j1:j2])
        if segmen and segmen[-1][0] == jenis:
            segmen[-1][1] += lama_t
            segmen[-1][2] += baru_t
        else:
            segmen.append([jenis, lama_t, baru_t])
    return segmen


def beda_token(lama: str, baru: str) -> list[tuple[str, str, str]]:
    """(kind, old text, new text) segments, kind "sama" or "ubah"; a stretch of
    spaces between two changes joins them, so a rewritten phrase reads as one
    deletion and one insertion."""
    segmen = _segmen(token(lama), token(baru))
    gabung: list[list] = []
    k = 0
    while k < len(segmen):
        s = segmen[k]
        if (
            s[0] == "sama" and s[1].isspace() and gabung and gabung[-1][0] == "ubah"
            and k + 1 < len(segmen) and segmen[k + 1][0] == "ubah"
        ):  # fmt: skip
            nxt = segmen[k + 1]
            gabung[-1][1] += s[1] + nxt[1]
            gabung[-1][2] += s[2] + nxt[2]
            k += 2
            continue
        gabung.append(list(s))
        k += 1
    return [tuple(s) for s in gabung]
