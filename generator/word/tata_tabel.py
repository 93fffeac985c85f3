"""Tables laid out from their content once a document is rendered.

Which tables, and how:

* A **ruled table** (its borders show, its own or its style's such as Table
  Grid) whose cells carry widths in twips, as every table of the default
  templates does (the IKU tables of a Lampiran, the LKjIP tables, the change
  report, the paraf table), gets its columns from the layout engine
  (``tata_kolom``): no column narrower than its longest word, number and
  Rupiah columns at their longest value, the rest to the text columns, then
  syllable breaks (soft hyphens in the cells' text) and a font at most 2 pt
  smaller where needed.
* A **layout table** (no borders: the Menimbang, Mengingat and diktum rows,
  the LAMPIRAN block, the signature) keeps the widths of its template,
  shrunk to the text width when wider.  Its columns are a design that lines
  up across tables (the colon after "Menimbang" under the one after
  "Mengingat", the signature in the right half), which widths taken from the
  content of each table would break; its cells hold running text that
  wraps at spaces.
* A table **without widths per cell** (a narrative's table from pandoc)
  keeps its own grid.

Reading a ruled table: the header of a column is its cell in the last header
row (the rows that repeat on every page, or the first row when none does),
found up through a vertical merge; a cell that spans columns constrains none
of them, and a cell continuing a vertical merge holds no text.  The kind of a
column comes from its body cells: all "Rp" amounts make a Rupiah column,
small ordinals ("1", "2.1") under a "No" header a number column, all short
values with a digit ("100%", "≥ 75", "10 Kesepakatan", "2022") a target
column, anything else text.  A column whose body cells are all empty (Paraf:
written in by hand) keeps its template width.  The table keeps its
template's total width when that fits the page (a narrow table stays
narrow), and takes the whole text width when the template is wider or when
its words would have to break in the template's width.

Every table, of whatever kind, then keeps its rows whole (``tinggi_baris``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .metrik import TANDA_HUBUNG_LUNAK, metrik_huruf
from .oxml.tabel import lebar_kolom, tabel_per_bagian
from .oxml.tabel_isi import (
    UkuranHuruf,
    baris,
    baris_kepala,
    bergaris,
    gaya_tabel,
    kecilkan_huruf,
    lebar_grid,
    margin_kiri_kanan,
    sel_baris,
    tulis_lebar,
    ubah_teks,
    ukuran_isi,
)
from .penggalan import sisipkan_penggalan
from .tata_kolom import ANGKA, NOMOR, RUPIAH, TEKS, UTUH, Huruf, Kolom, TataKolom, tata_kolom
from .tinggi_baris import Bidang, jaga_baris

#: The most a table's font may shrink, in points (issue: 1 to 2 pt).
KURANG_MAKS = 2.0
_S = "[ \u00a0]"
_RUPIAH = re.compile(rf"[-\u2212\u2011]?Rp{_S}?\d[\d.]*(,\d+)?")
_NOMOR = re.compile(r"\d{1,3}(\.\d{1,3})*\.?")
_KEPALA_NOMOR = re.compile(r"(?i)no(mor)?\.?")
_KOSONG = re.compile(r"[-\u2013\u2014]?")
#: A target value: a digit, at most this many characters.
_NILAI_MAKS = 24


def jenis_kolom(kepala: str, isi: list[str]) -> str | None:
    """The kind of a column from its header and body cells; None when every
    body cell is empty (a column written in by hand)."""
    nilai = [t.strip() for t in isi if t.strip()]
    if not nilai:
        return None
    if all(_KOSONG.fullmatch(t) for t in nilai):
        return ANGKA  # placeholders only ("-")
    if all(_RUPIAH.fullmatch(t) or _KOSONG.fullmatch(t) for t in nilai):
        return RUPIAH
    if _KEPALA_NOMOR.fullmatch(kepala.strip()) and all(_NOMOR.fullmatch(t) for t in nilai):
        return NOMOR
    if all(_KOSONG.fullmatch(t) or (len(t) <= _NILAI_MAKS and re.search(r"\d", t)) for t in nilai):
        return ANGKA
    return TEKS


def _sel_kolom(semua: list, n: int, n_kepala: int) -> tuple[list[str], list[list], list[list]]:
    """Per grid column: its header text, its body cells (text ones), and the
    cells (header and body) that lie in it alone."""
    kepala = [""] * n
    for b in semua[:n_kepala]:  # later header rows override earlier ones
        for s in b:
            if s.rentang == 1 and s.kolom < n and not s.lanjutan:
                kepala[s.kolom] = s.teks
    isi: list[list] = [[] for _ in range(n)]
    sel: list[list] = [[] for _ in range(n)]
    for r, b in enumerate(semua):
        for s in b:
            if s.rentang != 1 or s.kolom >= n:
                continue
            sel[s.kolom].append(s.el)
            if r >= n_kepala and not s.lanjutan:
                isi[s.kolom].append(s)
    return kepala, isi, sel


def _jumlah_kepala(tbl) -> int:
    """Header rows: the leading rows that repeat on every page, else the first."""
    n = 0
    for tr in baris(tbl):
        if not baris_kepala(tr):
            break
        n += 1
    return n or 1


def _atur(kolom: list[Kolom], huruf: Huruf, total: int, penuh: int, padding: int) -> TataKolom:
    """The engine's layout in ``total`` twips, or in ``penuh`` (the text
    width) when the words do not fit whole in ``total``."""
    tata = tata_kolom(kolom, huruf, lebar_total=total, padding=padding, kurang_maks=KURANG_MAKS)
    if tata.tahap != UTUH and total < penuh:
        return tata_kolom(kolom, huruf, lebar_total=penuh, padding=padding, kurang_maks=KURANG_MAKS)
    return tata


def tata_tabel(tbl, bidang: Bidang, nama_huruf: str, gaya_el, ukuran: UkuranHuruf) -> None:
    """Lay out one table of a section whose text area is ``bidang``."""
    templat = lebar_kolom(tbl)
    padding = margin_kiri_kanan(tbl, gaya_el)
    metrik = metrik_huruf(nama_huruf)
    if templat is None:
        jaga_baris(tbl, lebar_grid(tbl), padding, bidang.tinggi, metrik, ukuran)
        return
    total = min(sum(templat), bidang.lebar)
    lebar = [x * total // sum(templat) for x in templat] if sum(templat) else templat
    if bergaris(tbl, gaya_el):
        lebar = _lebar_isi(tbl, lebar, (total, bidang.lebar), nama_huruf, padding, ukuran)
    tulis_lebar(tbl, lebar)
    jaga_baris(tbl, lebar, padding, bidang.tinggi, metrik, ukuran)


def _lebar_isi(
    tbl, lebar: list[int], ruang: tuple[int, int], nama_huruf: str, padding: int, ukuran: UkuranHuruf
) -> list[int]:
    """Widths of a ruled table from its content (``lebar``: its template
    widths fitted to the page; ``ruang``: the table's width and the text
    width); the font and soft hyphens written into it."""
    n = len(lebar)
    n_kepala = _jumlah_kepala(tbl)
    semua = [sel_baris(tr) for tr in baris(tbl)]
    kepala, isi, sel = _sel_kolom(semua, n, n_kepala)
    jenis = [jenis_kolom(k, [s.teks for s in i]) for k, i in zip(kepala, isi)]
    aktif = [j for j in range(n) if jenis[j] is not None]
    if not aktif:
        return lebar
    tetap = sum(lebar[j] for j in range(n) if jenis[j] is None)
    besar = ukuran_isi(tbl, ukuran, baris(tbl)[n_kepala:])
    huruf = Huruf(nama_huruf, float(besar))
    nama = gaya_tabel(tbl)
    kolom = [
        Kolom(kepala[j], [s.teks for s in isi[j]], jenis[j], [ukuran.tebal(s.el, nama) for s in isi[j]]) for j in aktif
    ]
    tata = _atur(kolom, huruf, ruang[0] - tetap, ruang[1] - tetap, padding)
    for j, x, penggalan in zip(aktif, tata.lebar, tata.penggalan):
        lebar[j] = x
        for tc in sel[j] if penggalan else ():  # the engine's breaks replace the template's
            ubah_teks(tc, lambda t, p=penggalan: sisipkan_penggalan(t.replace(TANDA_HUBUNG_LUNAK, ""), p))
    if tata.ukuran < float(besar):
        kecilkan_huruf(tbl, ukuran, besar - Decimal(str(tata.ukuran)))
    return lebar


def tata_semua_tabel(doc, bidang: list[Bidang], nama_huruf: str, ukuran_bawaan: Decimal) -> None:
    """:func:`tata_tabel` for every top-level table of the body, each with
    the text area of its section."""
    gaya_el = doc.styles.element
    ukuran = UkuranHuruf(gaya_el, ukuran_bawaan)
    for idx, tbl in tabel_per_bagian(doc):
        tata_tabel(tbl, bidang[min(idx, len(bidang) - 1)], nama_huruf, gaya_el, ukuran)
