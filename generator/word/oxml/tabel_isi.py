"""A rendered table as the layout sees it: its cells on the grid with their
text, its header rows, whether its borders show, its cell margins; and the
edits the layout makes: widths, run sizes, row flags, text of the runs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from .tabel import tidak_terpotong
from .urutan import anak, buat, w

#: Word's default left and right cell margin (ECMA-376 Part 1, 17.4.42), twips.
MARGIN_SEL_BAWAAN = 108
_GARIS_TAK_TAMPAK = {"nil", "none"}


@dataclass(frozen=True)
class Sel:
    """One cell of a row: its element, first grid column, the grid columns it
    spans, whether it continues a vertical merge (its text is in a row
    above), and its text (paragraphs separated by "\\n")."""

    el: object
    kolom: int
    rentang: int
    lanjutan: bool
    teks: str


def _nilai(induk, jalur: str, atribut: str = "val") -> str | None:
    el = induk.find(jalur) if induk is not None else None
    return el.get(w(atribut)) if el is not None else None


def teks_paragraf(p) -> str:
    """The text of a ``w:p`` as read: runs' text, a tab as a space, a line
    break as a new line; field instructions and deleted text left out."""
    bagian = []
    for el in p.iter(w("t"), w("tab"), w("br"), w("cr"), w("noBreakHyphen")):
        if el.tag == w("t"):
            bagian.append(el.text or "")
        elif el.tag == w("noBreakHyphen"):
            bagian.append("-")
        elif el.tag == w("tab") and el.getparent().tag == w("r"):
            bagian.append(" ")
        elif el.tag != w("tab"):
            bagian.append("\n")
    return "".join(bagian)


def baris(tbl) -> list:
    """The rows (``w:tr``) of a table."""
    return tbl.findall(w("tr"))


def sel_baris(tr) -> list[Sel]:
    """The cells of row ``tr`` placed on the grid (after ``w:gridBefore``)."""
    kolom = int(_nilai(tr, f"{w('trPr')}/{w('gridBefore')}") or 0)
    hasil = []
    for tc in tr.findall(w("tc")):
        tcpr = tc.find(w("tcPr"))
        rentang = int(_nilai(tcpr, w("gridSpan")) or 1)
        vm = tcpr.find(w("vMerge")) if tcpr is not None else None
        lanjutan = vm is not None and vm.get(w("val"), "continue") == "continue"
        teks = "\n".join(teks_paragraf(p) for p in tc.findall(w("p")))
        hasil.append(Sel(tc, kolom, rentang, lanjutan, teks))
        kolom += rentang
    return hasil


def baris_kepala(tr) -> bool:
    """Whether row ``tr`` repeats at the top of every page (``w:tblHeader``)."""
    el = tr.find(f"{w('trPr')}/{w('tblHeader')}")
    return el is not None and el.get(w("val"), "true") not in ("false", "0", "off")


def _gaya_tabel(tbl, gaya_el):
    nama = _nilai(tbl, f"{w('tblPr')}/{w('tblStyle')}")
    if nama is None or gaya_el is None:
        return None
    for st in gaya_el.iter(w("style")):
        if st.get(w("styleId")) == nama:
            return st
    return None


def _garis_tampak(batas) -> bool:
    return batas is not None and any(
        (s.get(w("val")) or "nil") not in _GARIS_TAK_TAMPAK for s in batas
    )


def bergaris(tbl, gaya_el) -> bool:
    """Whether the table draws lines between its cells: borders of its own or
    of its table style (``Table Grid``), not all nil or none."""
    sendiri = tbl.find(f"{w('tblPr')}/{w('tblBorders')}")
    if sendiri is not None:
        return _garis_tampak(sendiri)
    gaya = _gaya_tabel(tbl, gaya_el)
    return gaya is not None and _garis_tampak(gaya.find(f"{w('tblPr')}/{w('tblBorders')}"))


def margin_kiri_kanan(tbl, gaya_el) -> int:
    """The left plus right cell margin of the table, in twips: its own, its
    style's, or Word's default."""
    total = 0
    for sisi in (("left", "start"), ("right", "end")):
        nilai = None
        for sumber in (tbl, _gaya_tabel(tbl, gaya_el)):
            if sumber is None or nilai is not None:
                continue
            mar = sumber.find(f"{w('tblPr')}/{w('tblCellMar')}")
            for nama in sisi:
                if mar is not None and nilai is None and _nilai(mar, w(nama), "w") is not None:
                    nilai = int(_nilai(mar, w(nama), "w"))
        total += MARGIN_SEL_BAWAAN if nilai is None else nilai
    return total


# --- font sizes ------------------------------------------------------------------


class UkuranHuruf:
    """The size (points) and weight a run of a table is drawn at: its own,
    else its paragraph style's (through ``w:basedOn``), else the table
    style's, else the document default."""

    def __init__(self, gaya_el, bawaan: Decimal):
        self._gaya = {st.get(w("styleId")): st for st in gaya_el.iter(w("style"))} if gaya_el is not None else {}
        self._par_bawaan = next(
            (i for i, st in self._gaya.items() if st.get(w("type")) == "paragraph" and st.get(w("default")) in ("1", "true")),
            None,
        )
        self.bawaan = bawaan

    def _dari_gaya(self, nama: str | None, sifat: str) -> str | None:
        for _ in range(20):  # a basedOn loop must not hang the build
            st = self._gaya.get(nama)
            if st is None:
                return None
            el = st.find(f"{w('rPr')}/{w(sifat)}")
            if el is not None:
                return el.get(w("val"), "true")
            nama = _nilai(st, w("basedOn"))
        return None

    def _paragraf(self, p, gaya_tabel: str | None, sifat: str) -> str | None:
        nama = _nilai(p, f"{w('pPr')}/{w('pStyle')}") or self._par_bawaan
        dari = self._dari_gaya(nama, sifat)
        return dari if dari is not None else self._dari_gaya(gaya_tabel, sifat)

    def paragraf(self, p, gaya_tabel: str | None = None) -> Decimal:
        """The size of paragraph ``p``'s own text (without run overrides)."""
        sz = self._paragraf(p, gaya_tabel, "sz")
        return Decimal(sz) / 2 if sz is not None else self.bawaan

    def run(self, r, ukuran_paragraf: Decimal) -> Decimal:
        sz = _nilai(r, f"{w('rPr')}/{w('sz')}")
        return Decimal(sz) / 2 if sz is not None else ukuran_paragraf

    def tebal(self, tc, gaya_tabel: str | None = None) -> bool:
        """Whether every run of cell ``tc`` that holds text is bold."""
        ada = False
        for p in tc.iter(w("p")):
            dasar = self._paragraf(p, gaya_tabel, "b")
            for r in p.iter(w("r")):
                if r.find(w("t")) is None:
                    continue
                b = r.find(f"{w('rPr')}/{w('b')}")
                nilai = b.get(w("val"), "true") if b is not None else dasar
                if nilai is None or nilai in ("0", "false", "off"):
                    return False
                ada = True
        return ada


def gaya_tabel(tbl) -> str | None:
    """The id of the table's style."""
    return _nilai(tbl, f"{w('tblPr')}/{w('tblStyle')}")


def ukuran_isi(tbl, ukuran: UkuranHuruf, baris_isi: list) -> Decimal:
    """The size of the table's body text: that of the first run holding text
    in its body rows (the document default when none does)."""
    nama = gaya_tabel(tbl)
    for tr in baris_isi:
        for p in tr.iter(w("p")):
            dasar = ukuran.paragraf(p, nama)
            for r in p.iter(w("r")):
                if r.find(w("t")) is not None:
                    return ukuran.run(r, dasar)
    return ukuran.bawaan


def kecilkan_huruf(tbl, ukuran: UkuranHuruf, kurang: Decimal) -> None:
    """Every run and paragraph mark of the table ``kurang`` points smaller."""
    nama = gaya_tabel(tbl)
    for p in tbl.iter(w("p")):
        dasar = ukuran.paragraf(p, nama)
        ppr = anak(p, "pPr")
        _tulis_ukuran(anak(ppr, "rPr"), dasar - kurang)
        for r in p.iter(w("r")):
            _tulis_ukuran(anak(r, "rPr"), ukuran.run(r, dasar) - kurang)


def _tulis_ukuran(rpr, pt: Decimal) -> None:
    setengah = str(max(2, int(pt * 2)))
    for nama in ("sz", "szCs"):
        anak(rpr, nama).set(w("val"), setengah)


# --- widths, rows and text --------------------------------------------------------


def lebar_grid(tbl) -> list[int]:
    """The widths (twips) of the table's grid columns as written."""
    return [int(g.get(w("w")) or 0) for g in tbl.iterfind(f"{w('tblGrid')}/{w('gridCol')}")]


def tulis_lebar(tbl, lebar: list[int]) -> None:
    """Grid columns, cell widths (a spanning cell the sum of its columns) and
    the table width, in twips."""
    grid = tbl.find(w("tblGrid"))
    for g in list(grid):
        grid.remove(g)
    for x in lebar:
        grid.append(buat("gridCol", w=str(x)))
    for tr in baris(tbl):
        for sel in sel_baris(tr):
            tcpr = sel.el.find(w("tcPr"))
            if tcpr is None:
                continue
            tcw = anak(tcpr, "tcW")
            tcw.set(w("w"), str(sum(lebar[sel.kolom:sel.kolom + sel.rentang])))
            tcw.set(w("type"), "dxa")
    tblw = tbl.find(f"{w('tblPr')}/{w('tblW')}")
    if tblw is not None:
        tblw.set(w("w"), str(sum(lebar)))
        tblw.set(w("type"), "dxa")


def bagi_kolom(tbl, x: int) -> None:
    """Split the grid column that ``x`` (twips from the table's left edge)
    falls inside into two at ``x``: every row's cell over it spans both, so
    no cell moves or changes width. Nothing when ``x`` is on a boundary or
    outside the table."""
    awal = 0
    for k, g in enumerate(tbl.iterfind(f"{w('tblGrid')}/{w('gridCol')}")):
        lebar = int(g.get(w("w")) or 0)
        if awal < x < awal + lebar:
            g.set(w("w"), str(x - awal))
            g.addnext(buat("gridCol", w=str(awal + lebar - x)))
            for tr in baris(tbl):
                _rentang_lebih(tr, k)
            return
        awal += lebar


def _rentang_lebih(tr, k: int) -> None:
    """Whatever covers grid column ``k`` in row ``tr`` (its cell, else the
    row's gridBefore or gridAfter) covers one column more."""
    trpr = tr.find(w("trPr"))
    sebelum = trpr.find(w("gridBefore")) if trpr is not None else None
    if sebelum is not None and k < int(sebelum.get(w("val")) or 0):
        sebelum.set(w("val"), str(int(sebelum.get(w("val"))) + 1))
        return
    for s in sel_baris(tr):
        if s.kolom <= k < s.kolom + s.rentang:
            tcpr = s.el.find(w("tcPr"))
            if tcpr is None:
                tcpr = buat("tcPr")
                s.el.insert(0, tcpr)
            anak(tcpr, "gridSpan").set(w("val"), str(s.rentang + 1))
            return
    sesudah = trpr.find(w("gridAfter")) if trpr is not None else None
    if sesudah is not None:
        sesudah.set(w("val"), str(int(sesudah.get(w("val")) or 0) + 1))


def tak_terpotong(tr) -> None:
    """Keep row ``tr`` whole on one page (``w:cantSplit``), once."""
    if tr.find(f"{w('trPr')}/{w('cantSplit')}") is None:
        tidak_terpotong(_Baris(tr))


def boleh_terpotong(tr) -> None:
    """Let row ``tr`` break across pages: no ``w:cantSplit``."""
    trpr = tr.find(w("trPr"))
    for el in trpr.findall(w("cantSplit")) if trpr is not None else ():
        trpr.remove(el)


class _Baris:
    """The little of a python-docx row that :mod:`.tabel` uses."""

    def __init__(self, tr):
        self._tr = tr


def ubah_teks(akar, fungsi: Callable[[str], str]) -> None:
    """Replace the text of every ``w:t`` under ``akar`` with ``fungsi`` of it
    (field instructions are ``w:instrText`` and stay as they are)."""
    for t in akar.iter(w("t")):
        if t.text:
            baru = fungsi(t.text)
            if baru != t.text:
                t.text = baru
