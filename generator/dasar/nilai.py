"""Typed values (targets, kondisi) read from the text a user writes.

A value is written as the decree prints it: ``100%``, ``3,20``, ``2,991``,
``10 titik``, ``BB = 70,4``, ``3,40 (B-)``, ``1.234.567,89``. The number keeps
the decimals it was written with; a comma is the decimal separator and a dot
groups thousands (EYD, Ejaan Bahasa Indonesia yang Disempurnakan).

How dots and commas are read
----------------------------
* A comma is the decimal separator; there may be one at most. When a comma is
  present every dot must be a thousands separator in proper groups of three
  (``1.234.567,89``).
* Without a comma, dots that form proper thousands groups (first group 1-3
  digits not starting with 0, then groups of exactly 3 digits) are thousands
  separators: ``2.991`` is 2991 and ``1.000`` is 1000, as in Indonesian.
* Otherwise a single dot is a decimal point when 1 or 2 digits follow it
  (``3.20``, ``70.4``: a value typed YAML-style) or when the integer part is
  ``0`` (``0.125``, which cannot be a thousands grouping).
* Anything else (``12.3456``, ``1.23.456``, ``12,,5``) is refused as unclear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import format as fmt

BENTUK = "100, 3,20, 100%, 10 titik, BB = 70,4 atau 3,40 (B-)"

POLA_DEPAN = "{predikat} = {angka}"
POLA_KURUNG = "{angka} ({predikat})"

_PREDIKAT = r"[+-]?[^\W\d_]{1,2}[+-]?"
_RE_NILAI = re.compile(
    rf"(?:(?P<depan>{_PREDIKAT})\s*=\s*)?"
    r"(?P<angka>[-\u2212]?\d[\d.,]*)"
    r"\s*(?P<satuan>%|[^\W\d_][^\d()=%]*?)?"
    rf"\s*(?:\(\s*(?P<kurung>{_PREDIKAT})\s*\))?"
)
_RE_RIBUAN = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


class NilaiError(ValueError):
    """A value that cannot be read; the message is for the user (Indonesian)."""


def _galat(teks: object, alasan: str | None = None) -> NilaiError:
    keterangan = f" ({alasan})" if alasan else ""
    return NilaiError(
        f"nilai '{teks}' tidak dapat dibaca{keterangan}: tulis angka seperti {BENTUK}"
    )


@dataclass(frozen=True)
class Nilai:
    """A number as written, with its unit and predicate.

    ``angka`` keeps the exponent as written (``"3,20"`` -> ``Decimal("3.20")``);
    ``satuan`` is ``"%"`` or the unit word(s) after the number; ``predikat`` is
    the grade written with it, normalised (``"(-B)"`` -> ``"B-"``); ``pola`` is
    the form the predicate was written in (``POLA_DEPAN`` or ``POLA_KURUNG``).
    """

    angka: Decimal
    satuan: str | None = None
    predikat: str | None = None
    teks: str = ""
    pola: str | None = None

    @property
    def desimal(self) -> int:
        """Number of decimals written: ``3,20`` -> 2, ``100`` -> 0."""
        return max(0, -int(self.angka.as_tuple().exponent))

    def tampil(self, predikat: str | None = None, pola: str | None = None) -> str:
        """The Indonesian display of the value.

        ``predikat`` overrides the written one (or supplies one when none was
        written); ``pola`` is a pattern with ``{angka}`` and ``{predikat}``,
        defaulting to the form the predicate was written in, else
        ``"{angka} ({predikat})"``. Without any predicate only the number and
        unit are shown.
        """
        teks = fmt.angka(self.angka)
        if self.satuan == "%":
            teks += "%"
        elif self.satuan:
            teks += f" {self.satuan}"
        predikat = predikat if predikat is not None else self.predikat
        if predikat is None:
            return teks
        pola = pola or self.pola or POLA_KURUNG
        return pola.format(angka=teks, predikat=predikat)


def _baca_angka(teks: str) -> Decimal | None:
    """Read an Indonesian number (see the module docstring); None if unclear."""
    tanda = "-" if teks[0] in "-\u2212" else ""
    badan = teks[len(tanda):]
    if "," in badan:
        bulat, _, pecahan = badan.partition(",")
        if "," in pecahan or not pecahan.isdigit():
            return None
        if "." in bulat:
            if not _RE_RIBUAN.fullmatch(bulat):
                return None
            bulat = bulat.replace(".", "")
    elif "." in badan:
        if _RE_RIBUAN.fullmatch(badan):
            bulat, pecahan = badan.replace(".", ""), ""
        else:
            bulat, _, pecahan = badan.partition(".")
            if not (bulat.isdigit() and pecahan.isdigit()):
                return None
            if len(pecahan) > 2 and bulat != "0":
                return None
    else:
        bulat, pecahan = badan, ""
    if not bulat.isdigit():
        return None
    return Decimal(f"{tanda}{bulat}.{pecahan}" if pecahan else f"{tanda}{bulat}")


def _normal_predikat(teks: str) -> str | None:
    """``"-B"`` -> ``"B-"``, ``"bb"`` -> ``"BB"``; None if signed on both sides."""
    if teks[0] in "+-":
        if teks[-1] in "+-":
            return None
        teks = teks[1:] + teks[0]
    return teks.upper()


def parse_nilai(teks: str | int | Decimal) -> Nilai:
    """Read a target or kondisi; raise ``NilaiError`` (Indonesian) if unclear.

    Accepted: a bare number (``100``, ``3,20``, ``1.234.567,89``, ``3.20``),
    a number with ``%`` or a unit (``100%``, ``10 titik``, ``12 Laporan``),
    a predicate before (``BB = 70,4``) or after in parentheses (``3,40 (B-)``).
    An int or Decimal is taken as is; a float is refused because it has
    already lost the decimals that were written.
    """
    if isinstance(teks, bool):
        raise _galat(teks)
    if isinstance(teks, float):
        raise _galat(teks, "bilangan pecahan YAML kehilangan angka nol di belakang; "
                           "apit dengan tanda kutip")  # fmt: skip
    if isinstance(teks, (int, Decimal)):
        angka = Decimal(teks)
        if not angka.is_finite():
            raise _galat(teks, "bukan angka terhingga")
        return Nilai(angka, teks=fmt.angka(angka))
    if not isinstance(teks, str):
        raise _galat(teks)
    bersih = " ".join(teks.split())
    if not bersih:
        raise NilaiError(f"nilai kosong: tulis angka seperti {BENTUK}")
    m = _RE_NILAI.fullmatch(bersih)
    if m is None:
        if len(re.findall(r"\d[\d.,]*", bersih)) > 1:
            raise _galat(teks, "lebih dari satu angka")
        raise _galat(teks)
    if m["depan"] and m["kurung"]:
        raise _galat(teks, "predikat ditulis dua kali")
    angka = _baca_angka(m["angka"])
    if angka is None:
        if "." in m["angka"]:
            raise _galat(teks, "titik adalah pemisah ribuan; tulis desimal dengan koma")
        raise _galat(teks)
    predikat, pola = None, None
    if m["depan"] or m["kurung"]:
        predikat = _normal_predikat(m["depan"] or m["kurung"])
        if predikat is None:
            raise _galat(teks, "tanda predikat di kedua sisi")
        pola = POLA_DEPAN if m["depan"] else POLA_KURUNG
    satuan = m["satuan"].strip() if m["satuan"] else None
    return Nilai(angka, satuan, predikat, teks, pola)
