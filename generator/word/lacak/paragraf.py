"""Paragraphs: a changed paragraph marked word by word, a new one inserted,
an old one put back deleted."""

from __future__ import annotations

import copy

from lxml import etree

from ..oxml.urutan import XML_SPACE, w
from .revisi import DEL, INS, PPR, RPR, Penanda, bungkus, ppr_salinan, run_hapus, tandai_tanda_paragraf
from .teks import beda_token, teks_p

P, R = w("p"), w("r")

#: Run children a paragraph may hold to be rebuilt word by word.
_ISI_RUN_SEDERHANA = {RPR, w("t"), w("tab"), w("br"), w("lastRenderedPageBreak")}
#: Paragraph children dropped when a paragraph is rebuilt word by word.
_ANAK_P_BUANG = {w("proofErr")}


def _run_sederhana(r) -> bool:
    for c in r:
        if c.tag not in _ISI_RUN_SEDERHANA:
            return False
        if c.tag == w("br") and c.get(w("type")) not in (None, "textWrapping"):
            return False
    return True


def _sederhana(p) -> bool:
    """Only runs of text, tabs and line breaks: rebuilt word by word."""
    for c in p:
        if c.tag in (PPR, *_ANAK_P_BUANG):
            continue
        if c.tag != R or not _run_sederhana(c):
            return False
    return True


def _isi_run(p) -> tuple[str, list]:
    """A simple paragraph's text and, for each character, where it came
    from: (the rPr of its run, and "t" for text, else the w:tab or w:br
    element it stands for)."""
    teks: list[str] = []
    sumber: list = []
    for r in p.findall(R):
        rpr = r.find(RPR)
        for c in r:
            if c.tag == w("t"):
                teks.append(c.text or "")
                sumber.extend([(rpr, "t")] * len(c.text or ""))
            elif c.tag in (w("tab"), w("br")):
                teks.append("\t" if c.tag == w("tab") else "\n")
                sumber.append((rpr, c.tag))
    return "".join(teks), sumber


def _runs(teks: str, sumber: list, awal: int, akhir: int, hapus: bool) -> list:
    """Runs for characters awal..akhir, one per stretch from the same run,
    each with a copy of that run's rPr; text in w:t (w:delText when deleted),
    tabs and breaks as the elements they were."""
    hasil = []
    k = awal
    while k < akhir:
        rpr = sumber[k][0]
        r = etree.Element(R)
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        while k < akhir and sumber[k][0] is rpr:
            jenis = sumber[k][1]
            if jenis != "t":
                etree.SubElement(r, jenis)
                k += 1
                continue
            ujung = k
            while ujung < akhir and sumber[ujung][0] is rpr and sumber[ujung][1] == "t":
                ujung += 1
            t = etree.SubElement(r, w("delText") if hapus else w("t"))
            t.text = teks[k:ujung]
            t.set(XML_SPACE, "preserve")
            k = ujung
        hasil.append(r)
    return hasil


def _anak_beda(lama, baru, pen: Penanda) -> list:
    """The runs of ``baru`` rebuilt against ``lama``: equal words as they
    are, deleted words in w:del, inserted words in w:ins."""
    teks_l, sumber_l = _isi_run(lama)
    teks_b, sumber_b = _isi_run(baru)
    anak = []
    pl = pb = 0
    for jenis, sl, sb in beda_token(teks_l, teks_b):
        if jenis == "sama":
            anak.extend(_runs(teks_b, sumber_b, pb, pb + len(sb), False))
        else:
            if sl:
                d = pen.buat(DEL)
                d.extend(_runs(teks_l, sumber_l, pl, pl + len(sl), True))
                pen.bersihkan(d)
                anak.append(d)
            if sb:
                ins = pen.buat(INS)
                ins.extend(_runs(teks_b, sumber_b, pb, pb + len(sb), False))
                anak.append(ins)
        pl += len(sl)
        pb += len(sb)
    return anak


def ubah_paragraf(lama, baru, pen: Penanda) -> None:
    """Mark in ``baru`` how its text differs from ``lama``'s."""
    if teks_p(lama) == teks_p(baru):
        return  # same text: formatting changes are not tracked
    if not (_sederhana(lama) and _sederhana(baru)):
        baru.addprevious(salin_hapus_paragraf(lama, pen))
        tandai_tambah_paragraf(baru, pen)
        return
    anak = _anak_beda(lama, baru, pen)
    for c in list(baru):
        if c.tag != PPR:
            baru.remove(c)
    baru.extend(anak)


def tandai_tambah_paragraf(p, pen: Penanda, tanda: bool = True) -> None:
    """Mark paragraph ``p`` inserted (its runs, and its mark when ``tanda``)."""
    bungkus(p, INS, pen)
    if tanda:
        tandai_tanda_paragraf(p, INS, pen)


def _run_milik(p) -> list:
    """The runs of a paragraph (also inside hyperlinks and the like), not
    those of text boxes inside it."""
    return [r for r in p.iter(R) if next(r.iterancestors(P), None) is p]


def salin_hapus_paragraf(p, pen: Penanda, tanda: bool = True):
    """The old paragraph put back: its runs deleted, its mark deleted; no
    section properties, bookmarks or links of the old package."""
    hasil = etree.Element(P)
    ppr = ppr_salinan(p)
    if ppr is not None:
        hasil.append(ppr)
    runs = [x for x in (run_hapus(r) for r in _run_milik(p)) if x is not None]
    if runs:
        d = pen.buat(DEL)
        d.extend(runs)
        hasil.append(d)
    if tanda:
        tandai_tanda_paragraf(hasil, DEL, pen)
    pen.bersihkan(hasil)
    return hasil
