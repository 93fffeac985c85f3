"""Building blocks of the JSON Schemas (draft 2020-12) the field types of
``skema`` and ``wadah`` state for editors: type lists, bounds, and the form
of an Indonesian performance value."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

#: A JSON Schema (draft 2020-12) as a dict; ``Defs`` collects the named
#: schemas of nested mappings (``$defs``) while a document's schema is built.
JsonSkema = dict[str, Any]
Defs = dict[str, JsonSkema]


def jenis_json(bidang: Any, *jenis: str) -> str | list[str]:
    """The JSON types of a field's values: ``jenis``, and null when the
    field is optional and an empty value means "not written"."""
    semua = [*jenis] if bidang.wajib else [*jenis, "null"]
    return semua[0] if len(semua) == 1 else semua


def angka_json(angka: Decimal | int) -> int | float:
    """A bound as a JSON number."""
    return int(angka) if angka == int(angka) else float(angka)


def rentang_json(bawah: Decimal | int | None, atas: Decimal | int | None) -> JsonSkema:
    """``minimum`` and ``maximum`` of a number, where given."""
    batas = {"minimum": bawah, "maximum": atas}
    return {k: angka_json(v) for k, v in batas.items() if v is not None}


# The form of a target or kondisi (``dasar.nilai``: an optional predicate
# and "=", a number, a unit or %, an optional predicate in parentheses) for
# an editor; the number itself and the predicate are checked by naskah
# periksa. Letters are "not a digit, space or sign", so that no unit or
# predicate a reader accepts is refused here.
_HURUF = r"[^\s\d=()+\-.,%]"
_PREDIKAT_JSON = rf"[+-]?{_HURUF}{{1,2}}[+-]?"
POLA_NILAI_JSON = (
    rf"^\s*(?:{_PREDIKAT_JSON}\s*=\s*)?[-\u2212]?\d[\d.,]*"
    r"\s*(?:%|[^\s\d()=%.,+\-][^\d()=%]*?)?"
    rf"\s*(?:\(\s*{_PREDIKAT_JSON}\s*\))?\s*$"
)
