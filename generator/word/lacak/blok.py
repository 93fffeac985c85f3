"""Bodies, table cells and tables: blocks and rows, old against new."""

from __future__ import annotations

import copy

from lxml import etree

from ..oxml.urutan import w
from .paragraf import salin_hapus_paragraf, tandai_tambah_paragraf, ubah_paragraf
from .revisi import DEL, INS, SECTPR, Penanda, tandai_baris, tandai_tanda_paragraf
from .sejajar import Penggabung
from .teks import ada_sect, dice, kata, sig_baris, sig_blok, teks_p, teks_sel

P, TBL, TR, TC = w("p"), w("tbl"), w("tr"), w("tc")


def _blok(induk) -> list:
    return [e for e in induk if e.tag in (P, TBL)]


def _taruh_di_badan(induk):
    """Put old blocks back after the last new one, else before the sectPr."""

    def taruh(salinan: list, terakhir) -> None:
        if terakhir is not None:
            for d in salinan:
                terakhir.addnext(d)
                terakhir = d
            return
        sect = induk.find(SECTPR)
        for d in salinan:
            if sect is not None:
                sect.addprevious(d)
            else:
                induk.append(d)

    return taruh


def gabung_blok(induk_lama, induk_baru, pen: Penanda) -> None:
    """Body or table cell: paragraphs and tables, old against new."""
    kata_blok: dict = {}

    def kata_dari(e):
        if e not in kata_blok:
            kata_blok[e] = kata(teks_p(e) if e.tag == P else " ".join(teks_sel(tc) for tc in e.iter(TC)))
        return kata_blok[e]

    def mirip(a, b) -> float | None:
        if a.tag != b.tag or (a.tag == P and ada_sect(a) != ada_sect(b)):
            return None  # never paired
        return dice(kata_dari(a), kata_dari(b))

    Penggabung(
        sig=sig_blok,
        mirip=mirip,
        ubah=lambda a, b: ubah_paragraf(a, b, pen) if a.tag == P else _ubah_tabel(a, b, pen),
        salin_hapus=lambda a: [salin_hapus_paragraf(a, pen) if a.tag == P else _salin_hapus_tabel(a, pen)],
        tandai_tambah=lambda b: tandai_tambah_paragraf(b, pen) if b.tag == P else _tandai_tambah_tabel(b, pen),
        taruh_akhir=_taruh_di_badan(induk_baru),
    ).gabung(_blok(induk_lama), _blok(induk_baru))
    _pisahkan_tabel(induk_baru, pen)


def _pisahkan_tabel(induk, pen: Penanda) -> None:
    """Two tables side by side are one table to Word: keep an old table put
    back apart from its neighbour by an empty paragraph whose mark is deleted.
    A cell must end with a paragraph."""
    anak = list(induk)
    for a, b in zip(anak, anak[1:]):
        if a.tag == TBL and b.tag == TBL and (pen.salinan(a) or pen.salinan(b)):
            p = etree.Element(P)
            tandai_tanda_paragraf(p, DEL, pen)
            a.addnext(p)
    if induk.tag == TC:
        blok = _blok(induk)
        if blok and blok[-1].tag == TBL:
            induk.append(etree.Element(P))


# --- tables ---------------------------------------------------------------------


def _hapus_isi(el, pen: Penanda) -> None:
    """Every paragraph inside ``el`` (a row or table copy) with its runs deleted."""
    for p in list(el.iter(P)):
        p.getparent().replace(p, salin_hapus_paragraf(p, pen, tanda=False))


def _salin_hapus_baris(el, pen: Penanda):
    """A copy of an old row (or table): its rows and its runs deleted."""
    salinan = copy.deepcopy(el)
    for baris in salinan.iter(TR):
        tandai_baris(baris, DEL, pen)
    _hapus_isi(salinan, pen)
    pen.bersihkan(salinan)
    return salinan


def _salin_hapus_tabel(tbl, pen: Penanda):
    salinan = _salin_hapus_baris(tbl, pen)
    pen.salinan_tabel.append(salinan)
    return salinan


def _tandai_tambah_baris(tr, pen: Penanda) -> None:
    for baris in tr.iter(TR):
        tandai_baris(baris, INS, pen)
    for p in tr.iter(P):
        tandai_tambah_paragraf(p, pen, tanda=False)


def _tandai_tambah_tabel(tbl, pen: Penanda) -> None:
    for tr in tbl.findall(TR):
        _tandai_tambah_baris(tr, pen)


def _kolom(tbl) -> int:
    return len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}"))


def _rentang(tr) -> list[int]:
    hasil = []
    for tc in tr.findall(TC):
        span = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
        hasil.append(int(span.get(w("val"), "1")) if span is not None else 1)
    return hasil


def _ganti_tabel(lama, baru, pen: Penanda) -> None:
    """Another grid: the old table deleted whole, the new one inserted whole."""
    baru.addprevious(_salin_hapus_tabel(lama, pen))
    pemisah = etree.Element(P)
    tandai_tanda_paragraf(pemisah, DEL, pen)
    baru.addprevious(pemisah)
    _tandai_tambah_tabel(baru, pen)


def _ubah_baris(a, b, pen: Penanda) -> None:
    if _rentang(a) != _rentang(b):
        b.addprevious(_salin_hapus_baris(a, pen))
        _tandai_tambah_baris(b, pen)
        return
    for tc_a, tc_b in zip(a.findall(TC), b.findall(TC)):
        gabung_blok(tc_a, tc_b, pen)


def _ubah_tabel(lama, baru, pen: Penanda) -> None:
    if _kolom(lama) != _kolom(baru):
        _ganti_tabel(lama, baru, pen)
        return
    kata_baris: dict = {}

    def kata_dari(tr):
        if tr not in kata_baris:
            kata_baris[tr] = kata(" ".join(sig_baris(tr)))
        return kata_baris[tr]

    def taruh_akhir(salinan: list, terakhir) -> None:
        for d in salinan:
            if terakhir is not None:
                terakhir.addnext(d)
                terakhir = d
            else:
                baru.append(d)

    Penggabung(
        sig=sig_baris,
        mirip=lambda a, b: dice(kata_dari(a), kata_dari(b)),
        ubah=lambda a, b: _ubah_baris(a, b, pen),
        salin_hapus=lambda a: [_salin_hapus_baris(a, pen)],
        tandai_tambah=lambda b: _tandai_tambah_baris(b, pen),
        taruh_akhir=taruh_akhir,
    ).gabung(lama.findall(TR), baru.findall(TR))
