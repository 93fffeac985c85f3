"""The kinds of Perangkat Daerah (``jenis``): what each one calls its head,
its levels of units, the form of its decree, who signs its annexes and who
initials its drafts, from ``data/jenis/<jenis>.yaml`` (each section with its
legal source), so that the code names no institution.

Pure data: nothing here reads content. How one organisation's content
overrides these defaults is ``dasar.organisasi``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from .data import data

#: Every kind, in the order they are listed to the user.
JENIS = (
    "sekretariat_daerah",
    "sekretariat_dprd",
    "dinas",
    "badan",
    "inspektorat",
    "kecamatan",
    "kelurahan",
    "pemerintah_daerah",
    "lainnya",
)
#: The kind of content written before ``jenis`` existed.
JENIS_BAWAAN = "sekretariat_daerah"
#: Whether a head's pangkat and NIP are printed under the name (Permendagri
#: 1/2023 Pasal 44): always, by the setting, never.
WAJIB, PILIHAN, TIDAK = "wajib", "pilihan", "tidak"
#: Who signs an annex: the unit's head, or the head who signs the decree.
TTD_UNIT, TTD_KEPALA = "unit", "kepala"
#: The fields of a level, in the order content may write them.
MEDAN_TINGKAT = ("label", "kepala", "judul_tabel", "anak")


@dataclass(frozen=True)
class Tingkat:
    """One level of units: how a unit of it is called, its head's title,
    the heading of its IKU table, the levels below it."""

    nama: str
    label: str | None
    kepala: str | None
    judul_tabel: str
    anak: tuple[str, ...]


@dataclass(frozen=True)
class Jenis:
    nama: str
    label: str  # "Dinas"
    keterangan: str  # one line for the user
    contoh_nama: str  # "Dinas Kesehatan"
    nama_lengkap: str  # pattern: the organisation with its region
    kepala_label: str | None  # pattern: the start of the head's title ("Kepala Dinas")
    kepala_jabatan: str | None  # pattern: the head's full title
    pangkat_nip: str  # WAJIB | PILIHAN | TIDAK
    atasan: str | None  # pattern: the head's superior; None: none
    tingkat: dict[str, Tingkat]  # the root level (named like the kind) first
    mengingat: tuple[str, ...]  # default Mengingat items, without closing punctuation
    penandatangan_lampiran: str  # TTD_UNIT | TTD_KEPALA
    paraf: tuple[str, ...]  # default paraf koordinasi officials


def _tingkat(nama: str, isi: dict[str, Any], berkas: str) -> Tingkat:
    if not isinstance(isi, dict) or set(isi) - set(MEDAN_TINGKAT):
        raise ValueError(f"{berkas}: tingkat.{nama} harus berisi {', '.join(MEDAN_TINGKAT)}")
    anak = isi.get("anak") or []
    return Tingkat(nama, isi.get("label"), isi.get("kepala"), isi.get("judul_tabel") or "", tuple(anak))


@functools.cache
def jenis(nama: str) -> Jenis:
    """The kind ``nama`` (one of :data:`JENIS`), read once per process."""
    if nama not in JENIS:
        raise ValueError(f"jenis perangkat daerah '{nama}' tidak dikenal; pilihan: {', '.join(JENIS)}")
    berkas = f"jenis/{nama}.yaml"
    isi = data(f"jenis/{nama}")
    j, k = isi["jenis"], isi["kepala"]
    tingkat = {t: _tingkat(t, v, berkas) for t, v in isi["tingkat"].items() if t != "sumber"}
    if next(iter(tingkat), None) != nama:
        raise ValueError(f"{berkas}: tingkat pertama (akar) harus bernama {nama}")
    for t in tingkat.values():
        if set(t.anak) - set(tingkat):
            raise ValueError(f"{berkas}: tingkat.{t.nama}.anak menyebut tingkat yang tidak ada")
    if k["pangkat_nip"] not in (WAJIB, PILIHAN, TIDAK) or isi["lampiran"]["penandatangan"] not in (TTD_UNIT, TTD_KEPALA):
        raise ValueError(f"{berkas}: kepala.pangkat_nip atau lampiran.penandatangan tidak dikenal")
    peraturan = data("peraturan")
    return Jenis(
        nama=nama,
        label=j["label"],
        keterangan=j["keterangan"],
        contoh_nama=j["contoh_nama"],
        nama_lengkap=j["nama_lengkap"],
        kepala_label=k["label"],
        kepala_jabatan=k["jabatan"],
        pangkat_nip=k["pangkat_nip"],
        atasan=k["atasan"],
        tingkat=tingkat,
        mengingat=tuple(peraturan[p]["teks"] for p in isi["keputusan"]["mengingat"]),
        penandatangan_lampiran=isi["lampiran"]["penandatangan"],
        paraf=tuple(isi["paraf_koordinasi"]["jabatan"]),
    )


def kepala_daerah(jenis_daerah: str) -> str:
    """The title of the head of a region by its kind: Bupati, Wali Kota,
    Gubernur (UU 23/2014 Pasal 59 ayat (2))."""
    return data("jenis/pemerintah_daerah")["kepala_daerah"][jenis_daerah]


def semua_kepala_daerah() -> tuple[str, ...]:
    return tuple(v for k, v in data("jenis/pemerintah_daerah")["kepala_daerah"].items() if k != "sumber")


def kalimat_keputusan() -> dict[str, dict[str, Any]]:
    """The default wording of a decree on the IKU (``data/keputusan_iku.yaml``)."""
    return data("keputusan_iku")
