"""A cell's value as the content writes it, and the check of a value typed
for an indicator.

A person's typing is kept as typed (``"93,75"``, ``"BB = 70,62"``). A
spreadsheet program stores a typed number as a binary float (93.75 may come
back as 93.74999999999999) and a percentage as a fraction (0.9375 in a
``0.00%`` cell): the number is written back with the decimals the cell's
number format shows, never with the float's noise, in Indonesian
(``"93,75%"``). The check is the content's own: the value must read as the
content's ``NilaiKinerja`` and fit the indicator (sign, scale, predicate).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, NamedTuple

from ..dasar import format as fmt
from ..dasar.galat import Lokasi
from ..dasar.nilai import Nilai
from ..hitung.skala import Skala
from ..muat import model as m
from ..muat.pemeriksa import Pemeriksa
from ..muat.skema import GAGAL, NilaiKinerja
from ..muat.yaml_lokasi import Simpul


class SelError(ValueError):
    """A cell whose value cannot be taken; the message is for the user."""


class FormatAngka(NamedTuple):
    """What a number format shows: decimals (None: as many as the value
    needs, like General), at least ``wajib`` of them, percent, thousands."""

    desimal: int | None
    wajib: int = 0
    persen: bool = False
    ribuan: bool = False


# Parts of a format code that print no digit: quoted text, escaped
# characters, [colour]/[condition], padding and fill characters.
_HIASAN = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')


def baca_format(kode: str | None) -> FormatAngka:
    """``"0.00%"`` -> 2 decimals, percent; ``"#,##0.0"`` -> 1, thousands;
    ``"General"`` (or text, or scientific) -> as the value needs."""
    bagian = _HIASAN.sub("", (kode or "General").split(";")[0])
    if not re.search(r"[0#?]", bagian) or re.search(r"[eE][+-]", bagian):
        return FormatAngka(None, persen="%" in bagian)
    pecahan = re.search(r"\.([0#?]+)", bagian)
    digit = pecahan.group(1) if pecahan else ""
    return FormatAngka(len(digit), digit.count("0"), "%" in bagian, bool(re.search(r"[0#?],[0#?]", bagian)))


def _tulis_angka(d: Decimal, ribuan: bool) -> str:
    if ribuan:
        return fmt.angka(d)
    teks = format(abs(d) if d.is_zero() else d, "f")
    return teks.replace(".", ",")


def teks_angka(angka: int | float, kode_format: str | None) -> str:
    """A number stored in a cell, as its number format shows it, in
    Indonesian: 93.75 -> ``"93,75"``; 0.9375 in ``0.00%`` -> ``"93,75%"``."""
    bentuk = baca_format(kode_format)
    # 15 significant digits: what a spreadsheet keeps; drops the float's noise.
    d = Decimal(angka) if isinstance(angka, int) else Decimal(format(angka, ".15g"))
    if bentuk.persen:
        d = d.scaleb(2)
    if bentuk.desimal is not None:
        d = d.quantize(Decimal(1).scaleb(-bentuk.desimal), rounding=ROUND_HALF_UP)
        while -d.as_tuple().exponent > bentuk.wajib and d.as_tuple().digits[-1] == 0:
            d = d.quantize(Decimal(1).scaleb(d.as_tuple().exponent + 1))
    elif d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return _tulis_angka(d, bentuk.ribuan) + ("%" if bentuk.persen else "")


def teks_sel(nilai: Any, kode_format: str | None) -> str:
    """What a cell holds as content text; ``""`` for an empty cell. Raises
    :class:`SelError` for a value that is no text nor number."""
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        raise SelError(f"berisi nilai logika {'TRUE' if nilai else 'FALSE'}, bukan angka atau teks")
    if isinstance(nilai, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        raise SelError(
            "berisi tanggal atau jam: program lembar kerja mengubah ketikan seperti 3/4 atau 3.20 menjadi tanggal; "
            "ketik ulang angkanya dengan koma desimal, misalnya 3,20"
        )
    if isinstance(nilai, (int, float)):
        if nilai != nilai or nilai in (float("inf"), float("-inf")):
            raise SelError("berisi angka yang tidak terhingga")
        return teks_angka(nilai, kode_format)
    teks = str(nilai).replace("\r\n", "\n").replace("\r", "\n")
    return teks.strip()


# --- the check of a value typed for an indicator ----------------------------


def contoh(ind: m.Indikator, skala: dict[str, Skala]) -> str:
    """The forms a value of ``ind`` is typed in, for messages and prompts."""
    sk = skala.get(ind.skala) if ind.skala else None
    if sk is not None and sk.pita:
        pita = sk.pita[min(1, len(sk.pita) - 1)]
        angka = fmt.angka(pita.batas + Decimal("0.62")) if pita.batas is not None else "70,62"
        if "{predikat}" in sk.pola:
            return f"{sk.pola.format(angka=angka, predikat=pita.predikat)} atau {angka}"
        return angka
    if ind.satuan.strip() == "%":
        return "93,75 atau 93,75%"
    return "93,75"


def _predikat(nilai: Nilai, ind: m.Indikator, skala: dict[str, Skala]) -> str | None:
    sk = skala.get(ind.skala) if ind.skala else None
    if sk is None:
        if nilai.predikat is not None:
            return f"indikator ini tidak memakai skala predikat; tulis angkanya saja tanpa predikat '{nilai.predikat}'"
        return None
    try:
        benar = sk.predikat(nilai.angka)
    except ValueError as exc:
        return f"{exc}; periksa angkanya"
    if nilai.predikat is None:
        return None
    dikenal = [p.predikat for p in sk.pita]
    if nilai.predikat.casefold() not in {p.casefold() for p in dikenal}:
        return f"predikat '{nilai.predikat}' tidak dikenal pada skala {sk.nama}; pilih salah satu: {', '.join(dikenal)}"
    if nilai.predikat.casefold() != benar.casefold():
        return (f"predikat '{nilai.predikat}' tidak sesuai nilai {fmt.angka(nilai.angka)} pada skala {sk.nama} "
                f"(seharusnya {benar}); perbaiki predikat atau angkanya")
    return None


def periksa_nilai(teks: str, ind: m.Indikator, skala: dict[str, Skala]) -> str | None:
    """Why ``teks`` cannot be a realisasi (or standar nasional) of ``ind``
    (Indonesian, without the field's name), or None when it can."""
    if not re.search(r"\d", teks):
        return f"'{teks}' bukan angka; tulis misalnya {contoh(ind, skala)}"
    p = Pemeriksa()
    nilai = NilaiKinerja(wajib=False).baca(Simpul(teks, Lokasi(Path()), teks, True), "", p)
    if nilai is GAGAL or p.masalah:
        return p.masalah[0].pesan if p.masalah else f"'{teks}' tidak dapat dibaca"
    if nilai.angka < 0 and not ind.boleh_negatif:
        return (f"'{teks}' di bawah nol, padahal indikator ini tidak boleh bernilai negatif; periksa angkanya, atau "
                "tulis boleh_negatif: ya pada indikator di konten bila nilainya memang dapat di bawah nol")
    return _predikat(nilai, ind, skala)
