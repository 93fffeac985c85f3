"""Patterns a user writes in the settings (``format_nomor``,
``nomor_halaman.format``): text with named fields such as ``{kode}``.

Only the bare named fields are filled in: no format specification
(``{kode:>999999999}`` would build a huge string), no conversion
(``{kode!r}``), no attribute or index (``{kode.__class__}`` would print
Python internals into a document). ``{{`` and ``}}`` stay literal braces.
"""

from __future__ import annotations

import string
from collections.abc import Iterable


class PolaError(ValueError):
    """A pattern that uses something other than its named fields; the text
    says what, in Indonesian."""


def _daftar(medan: Iterable[str]) -> str:
    nama = [f"{{{m}}}" for m in medan]
    return nama[0] if len(nama) == 1 else ", ".join(nama[:-1]) + " dan " + nama[-1]


def bagian_pola(pola: str, medan: Iterable[str]) -> list[tuple[str, str | None]]:
    """``pola`` as (literal text, field name or None) pairs; :class:`PolaError`
    for a field not in ``medan``, or one with a format specification, a
    conversion, an attribute or an index, or for unbalanced braces."""
    boleh = list(medan)
    hasil: list[tuple[str, str | None]] = []
    try:
        bagian = list(string.Formatter().parse(pola))
    except ValueError:
        raise PolaError(
            f"kurung kurawal tidak berpasangan; tulis {{{{ dan }}}} untuk kurung kurawal biasa. Medan yang boleh: {_daftar(boleh)}"
        ) from None
    for teks, nama, spesifikasi, konversi in bagian:
        if nama is None:
            hasil.append((teks, None))
            continue
        if nama not in boleh or spesifikasi or konversi:
            tulisan = "{" + nama + (f"!{konversi}" if konversi else "") + (f":{spesifikasi}" if spesifikasi else "") + "}"
            tulisan = tulisan if len(tulisan) <= 40 else tulisan[:39] + "…"
            raise PolaError(f"'{tulisan}' tidak diizinkan; yang boleh hanya {_daftar(boleh)}, tanpa tambahan apa pun di dalam kurung kurawal")
        hasil.append((teks, nama))
    return hasil


def isi_pola(pola: str, **nilai: object) -> str:
    """``pola`` with each named field replaced by ``str`` of its value
    (:class:`PolaError` as :func:`bagian_pola`)."""
    return "".join(teks + (str(nilai[nama]) if nama is not None else "") for teks, nama in bagian_pola(pola, nilai))
