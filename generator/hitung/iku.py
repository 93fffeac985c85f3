"""Stage 3: computations on the content (pure functions, no formatting).

For the decree: the predicate of scored values and the kondisi akhir.  The
LKjIP computations (capaian, bands, budget absorption) live here too.
"""

from __future__ import annotations

from ..dasar.nilai import Nilai
from ..dasar.organisasi import judul_tabel
from ..muat.model import Indikator, Instansi, Sasaran, SubUnit, Unit
from .skala import Skala


def predikat(nilai: Nilai, ind: Indikator, skala: dict[str, Skala]) -> str | None:
    """The predicate shown with a value: as written, else derived from the
    indicator's scale, else none."""
    if nilai.predikat is not None:
        return nilai.predikat
    if ind.skala is None or ind.skala not in skala:
        return None
    try:
        return skala[ind.skala].predikat(nilai.angka)
    except ValueError:
        return None


def kondisi_akhir(ind: Indikator) -> Nilai | None:
    """The end-of-period condition: as written, else the last year's target."""
    if ind.kondisi_akhir is not None:
        return ind.kondisi_akhir
    if not ind.target:
        return None
    return ind.target[max(ind.target)]


def nomor_baris(kelompok: list[list[Sasaran]]) -> list[list[int]]:
    """Row numbers of one table, given as groups (one per sub_unit) of sasaran.

    A sasaran with an explicit ``no`` keeps it; one without takes the next
    number after the previous row of the table.
    """
    hasil: list[list[int]] = []
    terakhir = 0
    for daftar in kelompok:
        nomor = []
        for s in daftar:
            terakhir = s.no if s.no is not None else terakhir + 1
            nomor.append(terakhir)
        hasil.append(nomor)
    return hasil


def tabel_unit(unit: Unit, ins: Instansi) -> list[tuple[str, list[tuple[str, list[Sasaran]]]]]:
    """The unit's IKU tables, one per level that has sasaran, in reading
    order: (heading, [(group heading, sasaran)]). The unit's own sasaran
    form a group without heading; each sub_unit's, a group headed by its
    name. Headings are the levels' ``judul_tabel`` (kind data or content)."""
    tabel: dict[str, list[tuple[SubUnit | None, list[Sasaran]]]] = {}
    for t in unit.sasaran_berjalur():
        kelompok = tabel.setdefault(t.tingkat, [])
        if not kelompok or kelompok[-1][0] is not t.sub_unit:
            kelompok.append((t.sub_unit, []))
        kelompok[-1][1].append(t.sasaran)
    return [
        (judul_tabel(ins, tingkat), [(sub.nama if sub else "", daftar) for sub, daftar in kelompok])
        for tingkat, kelompok in tabel.items()
    ]
