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
