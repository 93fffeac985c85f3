"""Wording that depends on the kind of Perangkat Daerah, from
``data/<jenis>.yaml`` (each section with its legal source), so that the code
names no institution. Only the Sekretariat Daerah exists today.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .data import data

JENIS_BAWAAN = "sekretariat_daerah"
TINGKAT = ("eselon_ii", "eselon_iii", "eselon_iv")


@dataclass(frozen=True)
class TeksPerangkatDaerah:
    judul_tabel_iku: dict[str, str]  # unit field holding the sasaran -> heading of its IKU table
    paraf_koordinasi: tuple[str, ...]  # default officials of the paraf table of a draft


@functools.cache
def teks_perangkat_daerah(jenis: str = JENIS_BAWAAN) -> TeksPerangkatDaerah:
    """The wording of the kind ``jenis`` (the name of its data file)."""
    isi = data(jenis)
    judul = isi["judul_tabel_iku"]
    paraf = isi["paraf_koordinasi"]["jabatan"]
    if not all(isinstance(judul.get(t), str) for t in TINGKAT):
        raise ValueError(f"{jenis}.yaml: judul_tabel_iku memerlukan teks untuk {', '.join(TINGKAT)}")
    if not isinstance(paraf, list) or not all(isinstance(j, str) for j in paraf):
        raise ValueError(f"{jenis}.yaml: paraf_koordinasi.jabatan harus berupa daftar teks")
    return TeksPerangkatDaerah({t: judul[t] for t in TINGKAT}, tuple(paraf))
