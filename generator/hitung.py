"""Stage 3: computations on the content (pure functions, no formatting).

For the decree: the predicate of scored values and the kondisi akhir.  The
LKjIP computations (capaian, bands, budget absorption) live here too.
"""

from __future__ import annotations

from .model import Indikator
from .nilai import Nilai
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
