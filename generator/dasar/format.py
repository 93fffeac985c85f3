"""Indonesian formatting of numbers, money, dates and ordinals.

Every piece of Indonesian formatting in the project lives here: thousands
"." and decimal ",", Rupiah and its words, dates without a leading zero
(EYD, Ejaan Bahasa Indonesia yang Disempurnakan).
Numbers are ``Decimal`` or ``int`` only; a ``float`` is refused because it
cannot keep the decimals a source wrote (3,20 must not become 3,2).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal

from .desimal import desimal_terhingga

LOCALE = "id"

NAMA_BULAN: tuple[str, ...] = tuple(
    get_month_names("wide", locale=LOCALE)[i] for i in range(1, 13)
)

_SEN = Decimal("0.01")


# --------------------------------------------------------------------------
# numbers


def _decimal(x: Decimal | int, fungsi: str) -> Decimal:
    """Return ``x`` as a finite Decimal; refuse float, bool and NaN/inf."""
    return desimal_terhingga(
        x,
        fungsi,
        "{nama}: nilai {x!r} harus berupa bilangan bulat atau Decimal (bukan float), agar jumlah desimal tidak berubah",
        "{nama}: nilai {x!r} bukan angka terhingga",
    )


def angka(x: Decimal | int, desimal: int | None = None) -> str:
    """Format a number the Indonesian way: ``1.234.567,89``.

    Without ``desimal`` the decimals of a Decimal are kept as written
    (``Decimal("3.20")`` -> ``"3,20"``); with ``desimal`` the value is rounded
    half-up to that many decimals. Negative zero is shown without a sign.
    """
    d = _decimal(x, "angka")
    if desimal is not None:
        if desimal < 0:
            raise ValueError(f"angka: jumlah desimal {desimal} tidak boleh negatif")
        d = d.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
    n = max(0, -int(d.as_tuple().exponent))
    if d.is_zero():
        d = abs(d)
    pola = "#,##0" + ("." + "0" * n if n else "")
    return format_decimal(d, format=pola, locale=LOCALE)


def persen(x: Decimal | int, desimal: int | None = None) -> str:
    """``Decimal("95.67")`` -> ``"95,67%"`` (no space before the sign)."""
    return angka(x, desimal) + "%"


def rupiah(x: Decimal | int, desimal: int | None = 2) -> str:
    """``1234567`` -> ``"Rp1.234.567,00"``; negative -> ``"-Rp5.000,00"``.

    ``desimal=None`` keeps the decimals as written.
    """
    teks = angka(x, desimal)
    if teks.startswith("-"):
        return "-Rp" + teks[1:]
    return "Rp" + teks


def terbilang(n: int) -> str:
    """Cardinal words in lower case: ``30`` -> ``"tiga puluh"``."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang: nilai {n!r} harus berupa bilangan bulat")
    if n < 0:
        return "minus " + terbilang(-n)
    from num2words import num2words  # imported when a number is first written out (not by naskah periksa)

    return num2words(n, lang=LOCALE).lower()


def angka_terbilang(n: int) -> str:
    """A number followed by its words, as legal text writes it: ``"30 (tiga puluh)"``."""
    return f"{angka(n)} ({terbilang(n)})"


def rupiah_terbilang(x: Decimal | int) -> str:
    """``950000`` -> ``"Rp950.000,00 (sembilan ratus lima puluh ribu rupiah)"``.

    The amount is rounded half-up to whole sen; non-zero sen are spelled after
    the rupiah: ``"... rupiah lima puluh sen"``.
    """
    d = _decimal(x, "rupiah_terbilang").quantize(_SEN, rounding=ROUND_HALF_UP)
    mutlak = abs(d)
    utuh = int(mutlak)
    sen = int((mutlak - utuh) * 100)
    kata = terbilang(utuh) + " rupiah"
    if sen:
        kata += f" {terbilang(sen)} sen"
    if d < 0:
        kata = "minus " + kata
    return f"{rupiah(d)} ({kata})"


# --------------------------------------------------------------------------
# dates


def tanggal(d: datetime.date) -> str:
    """``date(2021, 12, 20)`` -> ``"20 Desember 2021"`` (no leading zero)."""
    return format_date(d, "d MMMM y", locale=LOCALE)


def tanggal_tanpa_hari(bulan: int, tahun: int) -> str:
    """``(12, 2021)`` -> ``"Desember 2021"``, the date of an unsigned draft."""
    if not 1 <= bulan <= 12:
        raise ValueError(f"bulan {bulan} tidak ada (harus 1 sampai 12)")
    return f"{NAMA_BULAN[bulan - 1]} {tahun}"


def nama_hari(d: datetime.date) -> str:
    """Day name: ``date(2021, 12, 20)`` -> ``"Senin"``."""
    return format_date(d, "EEEE", locale=LOCALE)


def _alasan_tidak_valid(tahun: int, bulan: int, hari: int | None) -> str | None:
    """Why (tahun, bulan, hari) is not a real date, or None when it is."""
    if not 1 <= tahun <= 9999:
        return f"tahun {tahun} tidak ada"
    if not 1 <= bulan <= 12:
        return f"bulan {bulan} tidak ada"
    if hari is not None:
        akhir = calendar.monthrange(tahun, bulan)[1]
        if hari < 1:
            return f"tanggal {hari} tidak ada"
        if hari > akhir:
            return f"{NAMA_BULAN[bulan - 1]} {tahun} hanya sampai tanggal {akhir}"
    return None


@dataclass(frozen=True)
class Tanggal:
    """A date whose day may be unknown (a draft is dated "Desember 2021")."""

    tahun: int
    bulan: int
    hari: int | None = None

    def __post_init__(self) -> None:
        alasan = _alasan_tidak_valid(self.tahun, self.bulan, self.hari)
        if alasan:
            raise ValueError(f"tanggal tidak valid: {alasan}")

    @property
    def teks(self) -> str:
        """``"20 Desember 2021"``, or ``"Desember 2021"`` without a day."""
        if self.hari is None:
            return tanggal_tanpa_hari(self.bulan, self.tahun)
        return tanggal(datetime.date(self.tahun, self.bulan, self.hari))

    @property
    def date(self) -> datetime.date | None:
        """The ``datetime.date``, or None when the day is unknown."""
        if self.hari is None:
            return None
        return datetime.date(self.tahun, self.bulan, self.hari)


# Month names accepted by parse_tanggal: babel's wide and abbreviated names,
# plus the forms Indonesian offices still write (old spellings, "Agt").
_BULAN: dict[str, int] = {
    **{nama.lower(): i for i, nama in get_month_names("wide", locale=LOCALE).items()},
    **{
        nama.lower(): i
        for i, nama in get_month_names("abbreviated", locale=LOCALE).items()
    },
    "agt": 8,
    "sept": 9,
    "peb": 2,
    "pebruari": 2,
    "nop": 11,
    "nopember": 11,
}

_BENTUK_TANGGAL = "20 Desember 2021, Desember 2021, 2021-12-20 atau 2021-12"
_RE_TEKS = re.compile(r"(?:(\d{1,2})\s+)?([^\W\d_]+)\.?\s+(\d{4})")
_RE_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _tanggal_error(teks: object, alasan: str | None = None) -> ValueError:
    keterangan = f" ({alasan})" if alasan else ""
    return ValueError(
        f"tanggal tidak valid: '{teks}'{keterangan}; tulis seperti {_BENTUK_TANGGAL}"
    )


def parse_tanggal(teks: str | datetime.date) -> Tanggal:
    """Read a date written as ``20 Desember 2021``, ``Desember 2021``,
    ``2021-12-20`` or ``2021-12``.

    Month names are case-insensitive; the short forms (``Des``, ``Agu``,
    ``Agt``, ...) and old spellings (``Pebruari``, ``Nopember``) are accepted.
    A ``datetime.date`` (what YAML makes of an unquoted ``2021-12-20``) is
    accepted as is. Anything else raises ``ValueError`` in Indonesian.
    """
    if isinstance(teks, datetime.date):
        return Tanggal(teks.year, teks.month, teks.day)
    if not isinstance(teks, str):
        raise _tanggal_error(teks)
    bersih = " ".join(teks.split())
    if m := _RE_ISO.fullmatch(bersih):
        tahun, bulan = int(m[1]), int(m[2])
        hari = int(m[3]) if m[3] else None
    elif m := _RE_TEKS.fullmatch(bersih):
        bulan_ = _BULAN.get(m[2].lower())
        if bulan_ is None:
            raise _tanggal_error(teks, f"nama bulan '{m[2]}' tidak dikenal")
        tahun, bulan = int(m[3]), bulan_
        hari = int(m[1]) if m[1] else None
    else:
        raise _tanggal_error(teks)
    alasan = _alasan_tidak_valid(tahun, bulan, hari)
    if alasan:
        raise _tanggal_error(teks, alasan)
    return Tanggal(tahun, bulan, hari)


# --------------------------------------------------------------------------
# ordinals, Roman numerals, NIP, capitals

# The diktum of a Keputusan is numbered KESATU, KEDUA, ... (Permendagri 1/2023
# on tata naskah dinas); num2words gets Indonesian ordinals wrong, so 1..20 is a table.
_ORDINAL_DIKTUM: tuple[str, ...] = (
    "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA",
    "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH",
    "KESEBELAS", "KEDUA BELAS", "KETIGA BELAS", "KEEMPAT BELAS", "KELIMA BELAS",
    "KEENAM BELAS", "KETUJUH BELAS", "KEDELAPAN BELAS", "KESEMBILAN BELAS",
    "KEDUA PULUH",
)  # fmt: skip


def ordinal_diktum(n: int) -> str:
    """The label of the n-th diktum: ``1`` -> ``"KESATU"``, ``21`` -> ``"KEDUA PULUH SATU"``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"nomor diktum harus bilangan bulat mulai 1, bukan {n!r}")
    if n <= len(_ORDINAL_DIKTUM):
        return _ORDINAL_DIKTUM[n - 1]
    return "KE" + terbilang(n).upper()


_ROMAWI = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def huruf_urut(n: int) -> str:
    """The letter of the n-th item (1-based) of a lettered list such as
    Menimbang: 1 -> a, 26 -> z, 27 -> aa."""
    if n < 1:
        raise ValueError(f"huruf_urut: urutan {n} harus 1 atau lebih")
    hasil = ""
    while n > 0:
        n, sisa = divmod(n - 1, 26)
        hasil = chr(ord("a") + sisa) + hasil
    return hasil


def romawi(n: int) -> str:
    """Roman numeral for 1..3999: ``4`` -> ``"IV"``."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 3999:
        raise ValueError(f"angka romawi hanya untuk 1 sampai 3999, bukan {n!r}")
    hasil = []
    for nilai, simbol in _ROMAWI:
        jumlah, n = divmod(n, nilai)
        hasil.append(simbol * jumlah)
    return "".join(hasil)


def nip(teks: str | int) -> str:
    """Group an 18-digit NIP as ``19760417 199412 1 001`` (birth date, TMT CPNS,
    gender, sequence: Peraturan Kepala BKN 22/2007).

    Whitespace in the input is ignored. Anything that is not 18 digits is
    returned stripped, unchanged: validation happens elsewhere. An int is
    accepted because YAML reads an unquoted NIP as one.
    """
    teks = str(teks).strip()
    angka_saja = "".join(teks.split())
    if not re.fullmatch(r"\d{18}", angka_saja):
        return teks
    a = angka_saja
    return f"{a[:8]} {a[8:14]} {a[14]} {a[15:]}"


# --------------------------------------------------------------------------
# spaces that must not break a line

SPASI_TAK_PUTUS = "\u00a0"
#: Zero width, no break on either side: Word's "no-width non break", and
#: for Unicode line breaking (UAX #14, rule LB8a) no break after it.
SAMBUNG = "\u200d"

_BULAN_POLA = "|".join(NAMA_BULAN)
_TAK_PUTUS = (
    # a NIP: 19760417 199412 1 001
    re.compile(r"(?<!\d)\d{8} +\d{6} +\d +\d{3}(?!\d)"),
    # a date, with or without its day: 20 Desember 2021, Desember 2021
    re.compile(rf"(?<![\w.,])(?:\d{{1,2}} +)?(?:{_BULAN_POLA}) +\d{{4}}(?!\d)", re.IGNORECASE),
    # Rupiah written with a space before the amount: Rp 5.000
    re.compile(r"(?<!\w)Rp\.? +(?=[-\d])"),
    # a comparison or plus-minus sign and its number: ≥ 75,00; > 90%
    re.compile(r"(?<!\S)[≥≤<>±] +(?=[-\u2212]?\d)"),
    # a number and its per cent sign written apart: 95 %
    re.compile(r"\d +%"),
    # the blank left for the number of a document to be signed: 188.45/      /Kum
    re.compile(r"/ +/"),
)
_MINUS_RUPIAH = re.compile(r"(?<![\w\-])-(?=Rp)")


def tanpa_putus(teks: str) -> str:
    """``teks`` with its spaces made non-breaking where a line must not
    break: inside a NIP and a date, between "Rp" or a comparison sign and
    its number, before a per cent sign, and in the blank of a document
    number.  A leading minus sign stays with its digits anyway (a line never
    breaks between a hyphen and a digit: Unicode line breaking, UAX #14
    rule LB25); before "Rp" it is joined to the amount with :data:`SAMBUNG`."""
    for pola in _TAK_PUTUS:
        teks = pola.sub(lambda m: m.group().replace(" ", SPASI_TAK_PUTUS), teks)
    return _MINUS_RUPIAH.sub("-" + SAMBUNG, teks)


def huruf_kapital(teks: str) -> str:
    """Capitals for titles (plain ``str.upper``; "%" and digits unchanged)."""
    return teks.upper()


# --------------------------------------------------------------------------
# Hijri dates: optional beside the Gregorian date (a local practice, off by default)

BULAN_HIJRIAH: tuple[str, ...] = (
    "Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir",
    "Rajab", "Syakban", "Ramadan", "Syawal", "Zulkaidah", "Zulhijah",
)


def tanggal_hijriah(d: datetime.date) -> str:
    """The Hijri date of a Gregorian day: ``16 Jumadil Awal 1443 H``
    (Umm al-Qura calendar, through hijridate)."""
    from hijridate import Gregorian

    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return f"{h.day} {BULAN_HIJRIAH[h.month - 1]} {h.year} H"


def tanggal_penetapan(t: Tanggal, *, hijriah: bool = False) -> str:
    """The date of enactment; with ``hijriah`` and a known day
    ``20 Desember 2021 M / 16 Jumadil Awal 1443 H``."""
    if hijriah and t.date is not None:
        return f"{t.teks} M / {tanggal_hijriah(t.date)}"
    return t.teks
