"""Who signs a unit's Perjanjian Kinerja with whom, by the organisation.

Every year each unit head signs a PK with the superior (PermenPAN-RB
53/2014): a Kepala Bagian with the Sekretaris Daerah, the Sekretaris Daerah
with the Bupati/Wali Kota/Gubernur; the Pemda's own PK has one signer.

The superior is resolved in ONE place, :func:`pihak_kedua_bawaan`, so that
the general organisation model (``dasar.organisasi.atasan``) replaces it in
one line.
"""

from __future__ import annotations

from ..dasar.data import data
from ..muat import model as m

#: The level of the Perangkat Daerah's own table (its head's unit).
TINGKAT_AKAR = "sekretariat"
#: The kind of content whose root PK is the regional head's, with one signer.
PEMERINTAH_DAERAH = "pemerintah_daerah"


def adalah_akar(unit: m.Unit, konten: m.Konten) -> bool:
    """Whether ``unit`` is the Perangkat Daerah's own table, headed by its head."""
    return unit.tingkat == TINGKAT_AKAR


def unit_akar(konten: m.Konten) -> m.Unit | None:
    """The first root unit of the content, if any."""
    return next((u for u in konten.unit.values() if adalah_akar(u, konten)), None)


def kepala_daerah(ins: m.Instansi) -> m.Penandatangan:
    """The head of the region, by the kind of region, without a name
    (UU 23/2014 Pasal 59 ayat (2)); wording in data/perjanjian_kinerja.yaml."""
    jabatan = data("perjanjian_kinerja")["kepala_daerah"][ins.jenis_daerah]
    return m.Penandatangan(jabatan=jabatan.format_map({"nama_daerah": ins.nama_daerah}))


def pihak_kedua_bawaan(unit: m.Unit, konten: m.Konten) -> m.Penandatangan | None:
    """The superior of ``unit``'s head: a unit below the root signs with the
    root unit's head (else the signer of the decree); the root unit with the
    head of the region; a Pemda's root unit alone (None)."""
    if adalah_akar(unit, konten):
        if getattr(konten.instansi, "jenis", None) == PEMERINTAH_DAERAH:
            return None
        return kepala_daerah(konten.instansi)
    akar = unit_akar(konten)
    if akar is not None:
        return akar.penandatangan
    return konten.keputusan[0].penandatangan if konten.keputusan else kepala_daerah(konten.instansi)
