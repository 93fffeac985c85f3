"""A signature block never stands alone on a page.

A template names its signature table with the caption ``TANDA_TANGAN``
(Table Properties > Alt Text > Title in Word); its rows are kept whole and
together, so the "Ditetapkan di / pada tanggal" lines stay with the
signature (two signers side by side may take a row for the lines above
their names and one for the names, so that the names line up).  After the
tables are laid out, what the block closes is kept on its page:

* a **table** right before it (the IKU table of a Lampiran, the diktum of a
  decree, the Perjanjian Kinerja): the block's rows become that table's
  last rows, borderless, their cells on the table's grid where the template
  put them (a grid column split in two where a cell would otherwise be too
  narrow for its words), and the row above them keeps with them.  A row-to-row keep holds in Word and
  in LibreOffice on every page of a table, where a table's keep with the
  paragraph after it holds in LibreOffice only on the table's first page;
* **text** before it: the last two paragraphs (with widow control at least
  their last two lines) and the empty paragraphs between keep with it.

A last row so tall that it and the signature cannot share a page would move
whole and still leave the signature alone: it may break across pages
instead, and the trailing paragraphs of its tallest cell become a row of
their own that keeps with the signature (``ekor_baris``).  Nothing is
shrunk.
"""

from __future__ import annotations

from decimal import Decimal

from .metrik import metrik_huruf
from .oxml.ikat import (
    akhir_bagian,
    baris_sel,
    berisi,
    geser_kiri,
    halaman_bagian,
    ikat_ke_berikut,
    judul_tabel,
    paragraf_kosong,
    rata_tengah,
    sel_tanpa_garis,
)
from .oxml.tabel_isi import (
    Sel,
    UkuranHuruf,
    bagi_kolom,
    baris,
    baris_kepala,
    boleh_terpotong,
    gaya_tabel,
    lebar_grid,
    margin_kiri_kanan,
    sel_baris,
    tak_terpotong,
)
from .oxml.urutan import w
from .ekor_baris import pisah_ekor
from .tinggi_baris import kata_terlebar, tinggi_baris, tinggi_sel

TANDA_TANGAN = "Tanda tangan"
#: Paragraphs of text kept with the signature when no table precedes it.
_PARAGRAF_TEKS = 2
#: The share of a page the end of a too-tall row may fill above the signature.
_CADANGAN = 0.9


class _Ukur:
    """Estimated heights (twips) of table rows of one document."""

    def __init__(self, doc, nama_huruf: str, ukuran: Decimal):
        self.gaya = doc.styles.element
        self.metrik = metrik_huruf(nama_huruf)
        self.ukuran = UkuranHuruf(self.gaya, ukuran)

    def baris(self, tbl, tr) -> float:
        return tinggi_baris(tr, lebar_grid(tbl), margin_kiri_kanan(tbl, self.gaya), self.metrik, self.ukuran,
                            gaya_tabel(tbl))

    def sel(self, tbl, tc, s) -> float:
        """Cell ``tc`` in the place of cell ``s`` of a row of ``tbl``."""
        lebar = sum(lebar_grid(tbl)[s.kolom:s.kolom + s.rentang]) - margin_kiri_kanan(tbl, self.gaya)
        return tinggi_sel(tc, self.metrik, self.ukuran, gaya_tabel(tbl), lebar)

    def kata_terlebar(self, tbl, tc) -> float:
        """The widest word of cell ``tc`` set in a row of ``tbl``."""
        return kata_terlebar(tc, self.metrik, self.ukuran, gaya_tabel(tbl))


def ikat_tanda_tangan(doc, nama_huruf: str, ukuran: Decimal) -> None:
    """Keep each signature block of ``doc`` with what it closes."""
    ukur = _Ukur(doc, nama_huruf, ukuran)
    for ttd in list(doc.element.body.iterchildren(w("tbl"))):
        if (judul_tabel(ttd) or "").strip().casefold() != TANDA_TANGAN.casefold():
            continue
        for tr in baris(ttd):
            tak_terpotong(tr)
        for tr in baris(ttd)[:-1]:  # a signature of several rows (names side by side) stays together
            for p in tr.iter(w("p")):
                ikat_ke_berikut(p)
        kosong, sebelum = _sebelum(ttd)
        if sebelum is not None and sebelum.tag == w("tbl"):
            if _jadi_baris_akhir(sebelum, ttd, len(kosong), ukur):
                for p in kosong:
                    p.getparent().remove(p)
                continue
        _ikat_teks(ttd)


def _sebelum(ttd) -> tuple[list, object | None]:
    """The empty paragraphs right before ``ttd`` and the element before them
    (None at the start of the body or of a section)."""
    kosong = []
    el = ttd.getprevious()
    while el is not None and el.tag == w("p") and not berisi(el) and not akhir_bagian(el):
        kosong.append(el)
        el = el.getprevious()
    return kosong, (None if el is None or akhir_bagian(el) else el)


def _ikat_teks(ttd) -> None:
    """Keep-with-next on the paragraphs before ``ttd``: the empty ones and the
    last two of text, or the last row of a table (a table on one page)."""
    teks = 0
    el = ttd.getprevious()
    while el is not None and not akhir_bagian(el):
        if el.tag == w("tbl"):
            semua = baris(el)
            for p in semua[-1].iter(w("p")) if semua else ():
                ikat_ke_berikut(p)
            return
        if el.tag == w("p"):
            ikat_ke_berikut(el)
            teks += berisi(el)
            if teks >= _PARAGRAF_TEKS:
                return
        el = el.getprevious()


def _jadi_baris_akhir(tbl, ttd, jarak: int, ukur: _Ukur) -> bool:
    """Move the rows of ``ttd`` into ``tbl`` as its last rows, ``jarak``
    empty lines above the signature, each kept with the next; False
    (nothing changed) when their cells do not fit on the table's grid."""
    tempat = _letak(tbl, ttd, ukur)
    if not tempat or any(t is None for t in tempat):
        return False
    per_baris = [_pasang(tbl, t) for t in tempat]
    semua = baris(tbl)
    ttd_tr = []
    for n, sel in enumerate(per_baris):
        jarak_baris = jarak if n == 0 else 0
        ttd_tr.append(baris_sel([sel_tanpa_garis([paragraf_kosong() for _ in range(jarak_baris)] + isi, lebar, rentang,
                                                 atas=n == 0) for isi, lebar, rentang in sel]))
        tbl.append(ttd_tr[-1])
    for tr in ttd_tr[:-1]:  # the signature's rows stay together
        for p in tr.iter(w("p")):
            ikat_ke_berikut(p)
    ttd.getparent().remove(ttd)
    if semua:
        _ikat_baris(tbl, semua, ttd_tr, ukur)
    return True


def _ikat_baris(tbl, semua: list, ttd_tr: list, ukur: _Ukur) -> None:
    """The row before the signature rows keeps with them when they fit on a
    page under the repeated header rows; else the end of that row, made a
    row of its own (``ekor_baris``), does, and the rest may break."""
    akhir = semua[-1]
    halaman = halaman_bagian(tbl)
    kepala = sum(ukur.baris(tbl, tr) for tr in semua if baris_kepala(tr))
    tinggi_ttd = sum(ukur.baris(tbl, tr) for tr in ttd_tr)
    sisa = halaman.tinggi - kepala - tinggi_ttd if halaman is not None else None
    if sisa is not None and ukur.baris(tbl, akhir) > sisa:
        boleh_terpotong(akhir)
        akhir = pisah_ekor(akhir, lambda tc, s: ukur.sel(tbl, tc, s), sisa * _CADANGAN)
        if akhir is None:
            return
    for p in akhir.iter(w("p")):
        ikat_ke_berikut(p)


#: Where a cell of a signature row goes on the table's grid: the cell, its
#: first grid column, the column after its last, its indent (twips).
_Tempat = list[tuple[Sel, int, int, int]]


def _geser(tbl) -> int:
    """How far a centred table starts right of the text's left edge (twips)."""
    batas = sum(lebar_grid(tbl))
    halaman = halaman_bagian(tbl)
    return (halaman.lebar - batas) // 2 if halaman and rata_tengah(tbl) and halaman.lebar > batas else 0


def _letak(tbl, ttd, ukur: _Ukur) -> list[_Tempat | None]:
    """Each row of ``ttd`` placed on ``tbl``'s grid (``_tempat``).  When a
    cell would be narrower there than its longest word (the table's first
    columns together wider than where the right block starts: a block one
    narrow column wide breaks "PIHAK" into "PIH/AK"), the grid's columns are
    first split where the signature's cells start, so that every cell keeps
    its width; no existing cell moves or changes width."""
    tempat = [_tempat(tbl, ttd, tr) for tr in baris(ttd)]
    if any(t is None for t in tempat) or not any(_terlalu_sempit(tbl, t, ukur) for t in tempat):
        return tempat
    lebar_ttd, geser = lebar_grid(ttd), _geser(tbl)
    for x in sorted({sum(lebar_ttd[:s.kolom]) - geser for tr in baris(ttd) for s in sel_baris(tr)}):
        bagi_kolom(tbl, x)
    return [_tempat(tbl, ttd, tr) for tr in baris(ttd)]


def _terlalu_sempit(tbl, tempat: _Tempat, ukur: _Ukur) -> bool:
    """Whether a cell of ``tempat`` has a word wider than its room on the grid."""
    grid = lebar_grid(tbl)
    tepi = margin_kiri_kanan(tbl, ukur.gaya)
    return any(ukur.kata_terlebar(tbl, s.el) > sum(grid[k:akhir]) - indent - tepi for s, k, akhir, indent in tempat)


def _tempat(tbl, ttd, tr) -> _Tempat | None:
    """The cells of ``ttd``'s row ``tr`` placed on ``tbl``'s grid, each
    starting at the last column boundary at or before its place on the page
    and indented the rest.  An empty cell that would take no column is
    dropped; None when a cell with content would."""
    grid = lebar_grid(tbl)
    if not grid:
        return None
    batas = [sum(grid[:i]) for i in range(len(grid) + 1)]
    geser = _geser(tbl)
    lebar_ttd = lebar_grid(ttd)
    awal = []
    for s in sel_baris(tr):
        x = sum(lebar_ttd[:s.kolom]) - geser
        k = max(i for i, b in enumerate(batas[:-1]) if b <= max(x, 0))
        awal.append((s, k, max(0, x - batas[k])))
    tempat = []
    for i, (s, k, indent) in enumerate(awal):
        akhir = awal[i + 1][1] if i + 1 < len(awal) else len(grid)
        if akhir > k:
            tempat.append((s, k, akhir, indent))
        elif any(berisi(p) for p in s.el.iter(w("p"))):
            return None
    return tempat


def _pasang(tbl, tempat: _Tempat) -> list[tuple[list, int, int]]:
    """(content, width, grid columns) of each placed cell, its paragraphs
    indented by the cell's indent."""
    grid = lebar_grid(tbl)
    hasil = []
    for s, k, akhir, indent in tempat:
        isi = [el for el in s.el if el.tag != w("tcPr")]
        for p in isi:
            if p.tag == w("p"):
                geser_kiri(p, indent)
        hasil.append((isi, sum(grid[k:akhir]), akhir - k))
    return hasil
