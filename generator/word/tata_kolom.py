"""Column widths of a table from its content, measured with the font's real
advance widths.

The rules, in order:

* no column is narrower than its longest word (plus the cell padding);
* a number, target or Rupiah column, and a narrow ordinal column, takes what
  its longest value needs on one line and no more while the text needs room;
* the rest of the width goes to the text columns, each step to the column
  whose text makes its rows the tallest (``bagi_lebar``: the table comes out
  as short as it can); what no row needs (every cell already on as few lines
  as it can take) goes to every column in proportion to its width, so that a
  small table across the page keeps its columns in balance;
* when that cannot fit, the headers of the text columns may break at a
  syllable boundary, then a target value may wrap at an ordinary space
  (between its number and its unit; a non-breaking space holds, and a
  Rupiah amount never wraps), then every header, then the table's font
  shrinks by half points (at most ``kurang_maks``), then the words of the
  text columns may break at a syllable boundary too.  At the table's own
  font size the first two of these steps are taken also when the table fits
  without them but comes out clearly shorter with them (``HEMAT``): eight
  target columns may wrap "BB = 70,4" rather than leave a Makna column a few
  words wide.  A number column's header ("Tar-get") breaks only to fit.  A
  break is a soft hyphen at a boundary from the Indonesian hyphenation
  dictionary, never a cut inside a syllable.

Pure and deterministic: the same columns give the same widths.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Sequence

from .bagi_lebar import KolomTeks, Paragraf, bagi_lebar, jumlah_baris
from .metrik import Metrik, metrik_huruf
from .penggalan import batas_suku, kata_kata, penggal, potongan

TEKS = "teks"
ANGKA = "angka"  # a number or a target: "83", "100%", "≥ 75,00"
RUPIAH = "rupiah"
NOMOR = "nomor"  # a narrow ordinal: "No.", "1", "12"
JENIS = (TEKS, ANGKA, RUPIAH, NOMOR)

UTUH = "utuh"  # no word broken
KEPALA_TEKS = "kepala teks dipenggal"  # header words of text columns may break at syllables
NILAI = "nilai dipecah"  # and a target may wrap at a space ("10" / "Kesepakatan")
KEPALA = "kepala dipenggal"  # and every header word may break at syllables ("Tar-get")
ISI = "isi dipenggal"  # header words and words of text columns may break
SESAK = "sesak"  # even so too wide: widths shrunk, words will be cut

_HURUF = re.compile(r"\w*[^\W\d_]\w*")
#: A later stage is taken while an earlier one fits only when it makes the
#: table this much shorter.
HEMAT = 0.1


@dataclass(frozen=True)
class Kolom:
    """One column: its header, the text of each of its cells, its kind, and
    which cells are set in bold (a total row; none when empty)."""

    kepala: str
    isi: Sequence[str] = ()
    jenis: str = TEKS
    tebal: Sequence[bool] = ()

    def __post_init__(self):
        if self.jenis not in JENIS:
            raise ValueError(f"jenis kolom {self.jenis!r} tidak dikenal; pilih salah satu dari {JENIS}")

    def sel(self) -> list[tuple[str, bool]]:
        """(text, bold) of each body cell."""
        return [(t, i < len(self.tebal) and bool(self.tebal[i])) for i, t in enumerate(self.isi)]


@dataclass(frozen=True)
class Huruf:
    """The table's font: name, size of the cell text in points, and whether
    the header row is bold."""

    nama: str
    ukuran: float
    kepala_tebal: bool = True


@dataclass(frozen=True)
class TataKolom:
    """The layout: widths in twips (summing to the text width), the font size
    in points for the whole table, and per column the words to write with
    soft hyphens (word -> word with U+00AD at its syllable boundaries)."""

    lebar: tuple[int, ...]
    ukuran: float
    penggalan: tuple[dict[str, str], ...]
    tahap: str

    @property
    def muat(self) -> bool:
        """False when even broken words and the smallest font do not fit."""
        return self.tahap != SESAK


@dataclass(frozen=True)
class _Ukuran:
    """Measures of one column at one font size, in twips with padding."""

    minimum: float  # the widest piece that may not break further


@dataclass(frozen=True)
class _Ukur:
    """What measuring needs besides the column: metrics, size, padding.
    Each width and each column's paragraphs are measured once per size
    (the stages of one table measure the same words again and again)."""

    metrik: Metrik
    ukuran: float
    kepala_tebal: bool
    padding: int
    longgar: float
    _ingat: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def lebar(self, teks: str, *, tebal: bool = False) -> float:
        kunci = ("lebar", teks, tebal)
        if kunci not in self._ingat:
            self._ingat[kunci] = self.metrik.lebar(teks, self.ukuran, tebal=tebal) * (1 + self.longgar)
        return self._ingat[kunci]

    def kata_terlebar(self, teks: str, *, tebal: bool, bersuku: bool) -> float:
        """The widest piece of the words of ``teks`` that a line may not split."""
        kunci = ("terlebar", teks, tebal, bersuku)
        if kunci not in self._ingat:
            hubung = self.lebar("-", tebal=tebal)
            self._ingat[kunci] = max(
                (
                    self.lebar(bagian, tebal=tebal) + (hubung if bertanda else 0)
                    for kata in kata_kata(teks)
                    for bagian, bertanda in potongan(kata, bersuku=bersuku)
                ),
                default=0.0,
            )
        return self._ingat[kunci]

    def baris_terpanjang(self, teks: str, *, tebal: bool = False) -> float:
        return max((self.lebar(b.strip(), tebal=tebal) for b in teks.split("\n")), default=0.0)


_URUTAN = (UTUH, KEPALA_TEKS, NILAI, KEPALA, ISI, SESAK)
#: The stages a table may take for being shorter rather than for fitting:
#: none breaks a number column's header.
_UNTUK_PENDEK = (UTUH, KEPALA_TEKS, NILAI)


def boleh_dipenggal(kolom: Kolom, tahap: str) -> tuple[bool, bool]:
    """Whether the header's words and the cells' words of ``kolom`` may break
    at syllables in stage ``tahap``."""
    teks = kolom.jenis == TEKS
    kepala = tahap != UTUH and (teks or tahap not in _UNTUK_PENDEK)
    return kepala, teks and tahap in (ISI, SESAK)


def _nilai_dipecah(kolom: Kolom, tahap: str) -> bool:
    """Whether the values of a target column may wrap at ordinary spaces."""
    return kolom.jenis == ANGKA and _URUTAN.index(tahap) >= _URUTAN.index(NILAI)


def ukur_kolom(kolom: Kolom, u: _Ukur, tahap: str) -> _Ukuran:
    """The minimum width of one column in stage ``tahap``."""
    kepala_bersuku, isi_bersuku = boleh_dipenggal(kolom, tahap)
    tebal = u.kepala_tebal
    kepala = u.kata_terlebar(kolom.kepala, tebal=tebal, bersuku=kepala_bersuku)
    sel = kolom.sel()
    if kolom.jenis == TEKS:
        isi = max((u.kata_terlebar(t, tebal=b, bersuku=isi_bersuku) for t, b in sel), default=0.0)
    elif _nilai_dipecah(kolom, tahap):
        isi = max((u.kata_terlebar(t, tebal=b, bersuku=False) for t, b in sel), default=0.0)
    else:
        isi = max((u.baris_terpanjang(t, tebal=b) for t, b in sel), default=0.0)
    return _Ukuran(math.ceil(max(kepala, isi)) + u.padding)


def _paragraf(kolom: Kolom, u: _Ukur, baris: int) -> list[list[Paragraf]]:
    """The paragraphs of each row's cell as word widths, the header row first."""
    kunci = ("paragraf", kolom.kepala, tuple(kolom.isi), kolom.jenis, tuple(kolom.tebal), baris)
    if kunci not in u._ingat:
        u._ingat[kunci] = _ukur_paragraf(kolom, u, baris)
    return u._ingat[kunci]


def _ukur_paragraf(kolom: Kolom, u: _Ukur, baris: int) -> list[list[Paragraf]]:
    sel = [(kolom.kepala, u.kepala_tebal), *kolom.sel()] + [("", False)] * (baris - 1 - len(kolom.isi))
    return [
        [
            Paragraf(tuple(u.lebar(k, tebal=tebal) for k in kata_kata(p)), u.lebar(" ", tebal=tebal))
            for p in teks.split("\n")
            if p.strip()
        ]
        for teks, tebal in sel
    ]


def _bagi(kolom: Sequence[Kolom], ukuran: list[_Ukuran], total: int, u: _Ukur) -> list[float]:
    """Widths (floats) that fill ``total``: fixed columns at their minimum,
    the rest shared among the text columns so that the table is as short as
    it can be;
    what no row needs goes to every column in proportion to its
    width, so that a table with room to spare keeps its columns in balance."""
    teks = [i for i, k in enumerate(kolom) if k.jenis == TEKS]
    lebar = [x.minimum for x in ukuran]
    if not teks:
        return [x * total / sum(lebar) for x in lebar]
    baris = 1 + max(len(k.isi) for k in kolom)
    tetap = [_paragraf(k, u, baris) for i, k in enumerate(kolom) if i not in teks]
    lebar_tetap = [lebar[i] for i in range(len(kolom)) if i not in teks]
    lantai = [
        max([0.0] + [jumlah_baris(p[r], w, u.padding) for p, w in zip(tetap, lebar_tetap)]) for r in range(baris)
    ]
    sisa = total - sum(lebar_tetap)
    kolom_teks = [KolomTeks(ukuran[i].minimum, _paragraf(kolom[i], u, baris)) for i in teks]
    for i, x in zip(teks, bagi_lebar(kolom_teks, lantai, sisa, u.padding)):
        lebar[i] = x
    return [x * total / sum(lebar) for x in lebar]


def bulatkan(lebar: Sequence[float], total: int) -> tuple[int, ...]:
    """Whole twips summing to ``total``: each rounded down, the twips left
    given one by one to the largest fractions (the first column on a tie)."""
    bawah = [math.floor(x) for x in lebar]
    sisa = total - sum(bawah)
    urut = sorted(range(len(lebar)), key=lambda i: (-(lebar[i] - bawah[i]), i))
    for i in urut[: max(0, sisa)]:
        bawah[i] += 1
    return tuple(bawah)


def _ukuran_dicoba(ukuran: float, kurang_maks: float) -> list[float]:
    """The font sizes to try, from ``ukuran`` down by half points."""
    langkah = int(round(kurang_maks * 2))
    return [ukuran - i / 2 for i in range(langkah + 1) if ukuran - i / 2 >= 1]


def _tahapan(huruf: Huruf, kurang_maks: float) -> list[tuple[float, tuple[str, ...]]]:
    """(font size, the stages tried at that size) in the order tried."""
    ukuran = _ukuran_dicoba(float(huruf.ukuran), kurang_maks)
    return [(s, (UTUH, KEPALA_TEKS, NILAI, KEPALA)) for s in ukuran] + [(ukuran[-1], (ISI,))]


def tinggi_tabel(kolom: Sequence[Kolom], lebar: Sequence[float], u: _Ukur) -> float:
    """Estimated lines of the whole table (the header row once)."""
    baris = 1 + max(len(k.isi) for k in kolom)
    paragraf = [_paragraf(k, u, baris) for k in kolom]
    return sum(max(jumlah_baris(p[r], w, u.padding) for p, w in zip(paragraf, lebar)) for r in range(baris))


def _penggalan_kolom(kolom: Kolom, lebar_isi: float, u: _Ukur, tahap: str) -> dict[str, str]:
    """The words of one column that are wider than its text width and may
    break in stage ``tahap``."""
    kepala, isi = boleh_dipenggal(kolom, tahap)
    sumber = [(kolom.kepala, u.kepala_tebal)] if kepala else []
    if isi:
        sumber += kolom.sel()
    hasil = {}
    for teks, tebal in sumber:
        for kata in kata_kata(teks):
            if u.lebar(kata, tebal=tebal) <= lebar_isi:
                continue
            for m in _HURUF.finditer(kata):
                if batas_suku(m.group()):
                    hasil[m.group()] = penggal(m.group())
    return dict(sorted(hasil.items()))


def _pilih(calon: list[tuple[str, tuple[int, ...], float]]) -> tuple[str, tuple[int, ...]]:
    """Among the stages that fit, the first of those that break no number
    header whose table is about as short as their shortest (a later one only
    when it saves more than :data:`HEMAT` of the lines); the first that fits
    when each of those breaks a number header."""
    pendek = [c for c in calon if c[0] in _UNTUK_PENDEK]
    if not pendek:
        return calon[0][0], calon[0][1]
    calon = pendek
    terpendek = min(t for _, _, t in calon)
    tahap, lebar, _ = next(c for c in calon if c[2] * (1 - HEMAT) <= terpendek)
    return tahap, lebar


def tata_kolom(
    kolom: Sequence[Kolom],
    huruf: Huruf,
    *,
    lebar_total: int,
    padding: int,
    kurang_maks: float = 2.0,
    longgar: float = 0.05,
) -> TataKolom:
    """Lay out a table of ``kolom`` across ``lebar_total`` twips.

    ``padding`` is a cell's left plus right margin in twips; ``longgar`` the
    slack added to every measured width (the metrics are URW Bookman's; Word's
    Bookman Old Style is a little different).  The result's ``lebar`` always
    sums to ``lebar_total``; its ``tahap`` says how far the rules had to go.
    """
    if not kolom:
        raise ValueError("tabel tanpa kolom")
    metrik = metrik_huruf(huruf.nama)
    for ukuran, tahapan in _tahapan(huruf, kurang_maks):
        u = _Ukur(metrik, ukuran, huruf.kepala_tebal, padding, longgar)
        calon = []
        sudah: dict[tuple[float, ...], tuple[tuple[int, ...], float]] = {}  # stages with the same minimums share a layout
        for tahap in tahapan:
            ukur = [ukur_kolom(k, u, tahap) for k in kolom]
            if sum(x.minimum for x in ukur) <= lebar_total:
                kunci = tuple(x.minimum for x in ukur)
                if kunci not in sudah:
                    lebar = bulatkan(_bagi(kolom, ukur, lebar_total, u), lebar_total)
                    sudah[kunci] = (lebar, tinggi_tabel(kolom, lebar, u))
                calon.append((tahap, *sudah[kunci]))
        if calon:
            tahap, lebar = _pilih(calon)
            break
    else:
        tahap = SESAK
        jumlah = sum(x.minimum for x in ukur)
        lebar = bulatkan([x.minimum * lebar_total / jumlah for x in ukur], lebar_total)
    penggalan = tuple(_penggalan_kolom(k, w - padding, u, tahap) for k, w in zip(kolom, lebar))
    return TataKolom(lebar, u.ukuran, penggalan, tahap)
