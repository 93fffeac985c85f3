"""What ``naskah baru`` writes for one kind of Perangkat Daerah: the
request (the user's options) and the units of the new folder, drawn from
the organisation's level tree (``dasar.organisasi.tingkat``: the kind's
data file with what instansi.yaml overrides).

The units are the root unit (the Perangkat Daerah's own table, named like
the organisation, signed by its head) and one unit per level directly
below the root, each with one sub_unit of its level's first child level
where it has one. Every name and title not known from the options is a
placeholder ending in :data:`ISIAN`, flagged ``perlu_konfirmasi`` by the
templates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..dasar import organisasi as org
from ..muat import model as m
from ..muat.skema import PANJANG_ID, POLA_ID

#: What a placeholder name ends with ("Bidang ...", "Kepala Bidang ...").
ISIAN = "..."


@dataclass(frozen=True)
class Permintaan:
    """The options of ``naskah baru``."""

    jenis: str
    nama: str
    jenis_daerah: str  # Kabupaten | Kota | Provinsi
    nama_daerah: str
    ibukota: str | None  # None: not given; the region's name is written, flagged
    tahun: int  # the year of the PK, the realisasi and the LKjIP
    awal: int  # the IKU period
    akhir: int
    kepala: str | None = None  # the head's full title, when given

    @property
    def daerah(self) -> str:
        return f"{self.jenis_daerah} {self.nama_daerah}"

    @property
    def tahun_periode(self) -> list[int]:
        return list(range(self.awal, self.akhir + 1))


@dataclass(frozen=True)
class SubBaru:
    """The one sub_unit of a new unit."""

    nama: str
    tingkat: str
    indikator: str  # the id of its placeholder indicator


@dataclass(frozen=True)
class UnitBaru:
    """One unit file of the new folder."""

    id: str
    nama: str
    tingkat: str
    jabatan: str  # the title of the unit's head, who signs its annex
    akar: bool  # the Perangkat Daerah's own table
    indikator: str
    sub: SubBaru | None

    @property
    def semua_indikator(self) -> list[str]:
        return [self.indikator] + ([self.sub.indikator] if self.sub is not None else [])


def _id_dari(teks: str) -> str:
    """An id from a name: ASCII letters and digits, words joined by '-'."""
    ascii_ = unicodedata.normalize("NFKD", teks).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def _id_akar(ins: m.Instansi, lain: set[str]) -> str:
    """The root unit's id: from the organisation's name ("dinas-kesehatan"),
    else from its level. Ids of five letters and more are never a Windows
    device name (con, com1, ...)."""
    dari_nama = _id_dari(ins.nama)[: PANJANG_ID - 4].strip("-")
    if POLA_ID.fullmatch(dari_nama) and len(dari_nama) > 4 and dari_nama not in lain:
        return dari_nama
    return org.akar(ins).replace("_", "-")


def rancang_unit(ins: m.Instansi) -> list[UnitBaru]:
    """The units of a new folder for ``ins`` (see the module's docstring)."""
    tingkat = org.tingkat(ins)
    akar = org.akar(ins)
    hasil: list[UnitBaru] = []
    for nama in tingkat[akar].anak:
        t = tingkat[nama]
        uid = nama.replace("_", "-")
        sub = None
        if t.anak:
            s = tingkat[t.anak[0]]
            sub = SubBaru(f"{s.label or s.nama} {ISIAN}", s.nama, f"{uid}-2")
        # A level whose heads have no common title (the Perangkat Daerah of a Pemda): the title is all placeholder.
        jabatan = f"{t.kepala} {ISIAN}" if t.kepala else ISIAN
        hasil.append(UnitBaru(uid, f"{t.label or nama} {ISIAN}", nama, jabatan, False, f"{uid}-1", sub))
    rid = _id_akar(ins, {u.id for u in hasil})
    return [UnitBaru(rid, ins.nama, akar, org.jabatan_kepala(ins), True, f"{rid}-1", None), *hasil]
