"""The one check of a number given to formatting and computation: an exact,
finite Decimal (or an int), never a float whose decimals may change."""

from __future__ import annotations

from decimal import Decimal


def desimal_terhingga(x: object, nama: str, salah_jenis: str, tak_terhingga: str) -> Decimal:
    """``x`` as a finite Decimal.

    A float, a bool or anything but an int or a Decimal raises TypeError with
    ``salah_jenis``; NaN or infinity raises ValueError with ``tak_terhingga``.
    Both messages are format strings that may name ``{nama}`` and ``{x!r}``.
    """
    if isinstance(x, bool) or not isinstance(x, (int, Decimal)):
        raise TypeError(salah_jenis.format(nama=nama, x=x))
    d = Decimal(x)
    if not d.is_finite():
        raise ValueError(tak_terhingga.format(nama=nama, x=x))
    return d


def panjang_angka(d: Decimal) -> tuple[int, int]:
    """(digits before the decimal point, digits after it) of a finite
    Decimal as written: ``Decimal("0012.500")`` -> (2, 3), ``0`` -> (1, 0)."""
    tanda, angka, eksponen = d.as_tuple()
    digit = "".join(map(str, angka)).lstrip("0")
    if eksponen >= 0:
        return max(len(digit) + eksponen, 1) if digit else 1, 0
    desimal = -eksponen
    return max(len(digit) - desimal, 1), desimal


def pesan_batas(d: Decimal, bulat: int, desimal: int) -> str | None:
    """Why ``d`` does not fit ``bulat`` digits before the decimal point and
    ``desimal`` after it (Indonesian), or None when it fits."""
    di_depan, di_belakang = panjang_angka(d)
    if di_depan <= bulat and di_belakang <= desimal:
        return None
    return (
        f"angka terlalu panjang ({di_depan} angka sebelum koma, {di_belakang} sesudahnya); "
        f"paling banyak {bulat} angka sebelum koma dan {desimal} angka sesudah koma"
    )
