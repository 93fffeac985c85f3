"""Pemeriksa tata letak, bagian kata: tiap kata PDF adalah kata teks dokumen
sendiri, atau potongan kata dokumen yang dipenggal di batas suku kata dengan
tanda hubung.  Potongan-potongan sebuah kata dicari di awal baris berikutnya
(di lajur yang sama; baris tabel yang terbelah: di halaman berikutnya)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

import pyphen

from tests.halaman_pdf import TANDA_HUBUNG, Halaman, Kata

SAH = "sah"  # dipenggal di batas suku kata, atau sesudah tanda hubung kata majemuk
TERPOTONG = "terpotong"  # satu kata dokumen dibelah di tempat lain
LANJUT = "lanjut"  # awal sebuah kata dokumen: potongan berikutnya masih dicari

_TEPI = re.compile(r"^\W+|\W+$")
_BAGIAN = re.compile(r"[-\u2010\u2011\u2013\u2014/]")
_LABEL_DAFTAR = re.compile(r"^(\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")
#: The dot leader and page number a Daftar Isi entry ends with ("PENDAHULUAN.....5").
_PANDU = re.compile(r"(?<=\w)[.\u2026]{3,}\d*$")
_POTONGAN_MAKS = 10
_CALON_HALAMAN_LAIN = 40


def inti(kata: str) -> str:
    """Kata tanpa tanda baca di kedua ujungnya, huruf kecil."""
    return _TEPI.sub("", kata).casefold()


@dataclass(frozen=True)
class Kosakata:
    """Kata-kata teks dokumen sendiri (dan bagian kata majemuk bertanda hubung)."""

    kata: frozenset[str]
    bagian: frozenset[str]
    urut: tuple[str, ...]

    @classmethod
    def dari_teks(cls, paragraf: list[str]) -> "Kosakata":
        kata = {inti(k) for p in paragraf for k in p.split()} - {""}
        bagian = {b for k in kata for b in _BAGIAN.split(k) if b}
        return cls(frozenset(kata), frozenset(bagian), tuple(sorted(kata)))

    def kenal(self, teks: str) -> bool:
        """``teks`` kata dokumen, atau semua bagiannya (di antara tanda hubung
        atau garis miring) bagian kata dokumen, atau angka (juga Rupiah: yang
        terbelah dilaporkan pemeriksaan angka), atau label daftar ("1.", "a)").
        Titik pandu dan nomor halaman entri Daftar Isi tidak ikut dinilai."""
        teks = _PANDU.sub("", teks)
        k = inti(teks)
        if not re.search(r"[^\W\d_]", k.removeprefix("rp")) or _LABEL_DAFTAR.match(teks.strip()) or k in self.kata:
            return True
        bagian = [b for b in _BAGIAN.split(k) if b]
        return bool(bagian) and all(b in self.bagian for b in bagian)

    def awalan(self, teks: str) -> bool:
        """``teks`` awal sebuah kata dokumen yang lebih panjang."""
        i = bisect.bisect_left(self.urut, teks)
        return i < len(self.urut) and self.urut[i].startswith(teks) and self.urut[i] != teks


@functools.cache
def _kamus() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="id_ID")


def batas_suku(kata: str, posisi: int) -> bool:
    """Apakah ``posisi`` dalam ``kata`` batas suku kata menurut kamus id_ID."""
    for m in re.finditer(r"[^\W\d_]+", kata):
        if m.start() < posisi < m.end():
            return posisi - m.start() in _kamus().positions(m.group().lower())
    return False


def _varian(potongan: list[str]):
    """(teks gabungan, posisi pemenggalan bertanda hubung lunak, ada potongan
    tanpa tanda hubung) untuk tiap cara membaca tanda hubung di ujung potongan:
    hilang (tanda hubung pemenggalan) atau tetap (kata majemuk)."""
    pilihan = [[(p[:-1], True), (p, False)] if p and p[-1] in TANDA_HUBUNG else [(p, None)] for p in potongan[:-1]]
    for cara in itertools.product(*pilihan):
        teks, lunak, polos = "", [], False
        for bagian, tanda in cara:
            teks += bagian
            if tanda:
                lunak.append(len(teks))
            polos |= tanda is None
        yield teks + potongan[-1], lunak, polos


def sambung(potongan: list[str], kosakata: Kosakata) -> str | None:
    """Bagaimana potongan di ujung baris-baris berurutan menyambung: SAH,
    TERPOTONG, LANJUT (awal kata dokumen), atau None (bukan satu kata)."""
    potongan = [re.sub(r"^\W+", "", potongan[0]), *potongan[1:-1], re.sub(r"\W+$", "", potongan[-1])]
    if not all(re.search(r"[^\W\d_]", p) for p in potongan):
        return None  # a piece without letters ("-", "2021") is no part of a broken word
    lanjut = False
    hasil = None
    for teks, lunak, polos in _varian(potongan):
        k = inti(teks)
        if k in kosakata.kata:
            if not polos and all(batas_suku(teks, i) for i in lunak):
                return SAH
            hasil = TERPOTONG
        lanjut |= kosakata.awalan(k)
    return hasil or (LANJUT if lanjut else None)


def _lajur(kata: Kata, hal: Halaman) -> list[Kata]:
    return [k for k in hal.kata if k.x0 < kata.x1 + 2 and k.x1 > kata.x0 - 2]


def _berikut(kata: Kata, halaman: list[Halaman], i: int) -> list[tuple[Kata, int]]:
    """Calon potongan berikut: kata baris sesudahnya yang mulai di kiri ujung
    ``kata``, terdekat dulu; lalu kata teratas lajurnya di halaman berikut."""
    h = kata.tinggi or 10
    sini = [k for k in halaman[i].kata if kata.y0 + 0.4 * h < k.y0 < kata.y0 + 1.9 * h and k.x0 < kata.x1 + 2]
    hasil = [(k, i) for k in sorted(sini, key=lambda k: (k.y0, -k.x0))]
    if i + 1 < len(halaman):
        sana = sorted(_lajur(kata, halaman[i + 1]), key=lambda k: (k.y0, k.x0))[:_CALON_HALAMAN_LAIN]
        hasil += [(k, i + 1) for k in sana]
    return hasil


def _sebelum(kata: Kata, halaman: list[Halaman], i: int) -> list[Kata]:
    """Calon potongan sebelumnya: kata baris sebelumnya yang berakhir di kanan
    awal ``kata``, terdekat dulu; lalu kata terbawah lajurnya di halaman sebelumnya."""
    h = kata.tinggi or 10
    sini = [k for k in halaman[i].kata if kata.y0 - 1.9 * h < k.y0 < kata.y0 - 0.4 * h and k.x1 > kata.x0 - 2]
    hasil = sorted(sini, key=lambda k: (-k.y0, k.x0))
    if i > 0:
        hasil += sorted(_lajur(kata, halaman[i - 1]), key=lambda k: (-k.y0, k.x0))[:_CALON_HALAMAN_LAIN]
    return hasil


def rantai(awal: Kata, halaman: list[Halaman], i: int, kosakata: Kosakata) -> tuple[list[Kata], str] | None:
    """Potongan-potongan satu kata mulai dari ``awal`` (sampai sepuluh), dengan
    cara sambungnya; lalu, bila tak ada, satu potongan sebelum ``awal``."""

    def maju(rangkai: list[Kata], j: int):
        if len(rangkai) >= _POTONGAN_MAKS:
            return None
        for calon, k in _berikut(rangkai[-1], halaman, j):
            hasil = sambung([x.teks for x in rangkai] + [calon.teks], kosakata)
            if hasil in (SAH, TERPOTONG):
                return rangkai + [calon], hasil
            if hasil == LANJUT and (lebih := maju(rangkai + [calon], k)):
                return lebih
        return None

    if hasil := maju([awal], i):
        return hasil
    for kepala in _sebelum(awal, halaman, i):
        cara = sambung([kepala.teks, awal.teks], kosakata)
        if cara in (SAH, TERPOTONG):
            return [kepala, awal], cara
    return None


def _awal_penggalan(teks: str) -> bool:
    """Letters followed by a hyphen: the first piece of a hyphenated word."""
    return teks[-1:] in TANDA_HUBUNG and bool(re.search(r"[^\W\d_]", teks[:-1]))


def kata_terpotong(halaman: list[Halaman], kosakata: Kosakata) -> list[tuple[int, str]]:
    """(halaman, "Meningkatn|ya") tiap kata dokumen yang terbelah di PDF, dan
    (halaman, kata) tiap kata PDF lain yang bukan kata dokumen."""
    hasil = []
    selesai: set[int] = set()  # id() of the words already part of a found word
    for i, hal in enumerate(halaman):
        for kata in sorted(hal.kata, key=lambda k: (k.y0, k.x0)):
            kenal = kosakata.kenal(kata.teks)
            # a known word ending in a hyphen ("Ke-") may still begin a hyphenated word
            if id(kata) in selesai or (kenal and not _awal_penggalan(kata.teks)):
                continue
            temu = rantai(kata, halaman, i, kosakata)
            if temu is None:
                if not kenal:
                    hasil.append((hal.nomor, kata.teks))
                continue
            potongan, cara = temu
            selesai |= {id(k) for k in potongan}
            if cara != SAH:
                hasil.append((hal.nomor, "|".join(k.teks for k in potongan)))
    return hasil
