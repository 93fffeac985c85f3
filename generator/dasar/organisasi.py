"""One organisation's structure: its kind's defaults (``dasar.jenis``) with
what its content overrides (instansi.yaml ``kepala``, ``kepala_daerah``,
``tingkat``). Pure: no I/O besides the data files.

Functions take the model's objects (``muat.model``): this one module of
``dasar`` sits on the model, whose base (``muat.model_dasar``) needs no
other stage. Nothing here formats.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..muat.model_dasar import Penandatangan
from .jenis import JENIS, PILIHAN, TIDAK, TTD_KEPALA, WAJIB, Jenis, Tingkat, jenis, kepala_daerah, semua_kepala_daerah

if TYPE_CHECKING:
    from ..muat.model import Instansi, Konten, Unit


def jenis_instansi(ins: Instansi) -> Jenis:
    return jenis(ins.jenis)


def medan(ins: Instansi) -> dict[str, str]:
    """The fields the patterns of the kind's data may use."""
    label = jenis_instansi(ins).label
    inti = ins.nama[len(label):].strip() if ins.nama.startswith(label + " ") else ins.nama
    return {
        "nama": ins.nama,
        "inti": inti,
        "daerah": f"{ins.jenis_daerah} {ins.nama_daerah}",
        "jenis_daerah": ins.jenis_daerah,
        "nama_daerah": ins.nama_daerah,
        "kepala_daerah": kepala_daerah(ins.jenis_daerah),
    }


def _isi(pola: str, ins: Instansi) -> str:
    return pola.format_map(medan(ins))


def akar(ins: Instansi) -> str:
    """The root level: the Perangkat Daerah itself, named like its kind."""
    return ins.jenis


def tingkat(ins: Instansi) -> dict[str, Tingkat]:
    """Every level of the organisation: the kind's, each field overridden
    by the content's ``tingkat``, then the levels only the content names."""
    bawaan = jenis_instansi(ins).tingkat
    hasil: dict[str, Tingkat] = {}
    for nama in [*bawaan, *(t for t in ins.tingkat if t not in bawaan)]:
        dasar = bawaan.get(nama, Tingkat(nama, None, None, "", ()))
        isi = ins.tingkat.get(nama)
        if isi is not None:
            dasar = Tingkat(
                nama,
                isi.label if isi.label is not None else dasar.label,
                isi.kepala if isi.kepala is not None else dasar.kepala,
                isi.judul_tabel if isi.judul_tabel is not None else dasar.judul_tabel,
                tuple(isi.anak) if isi.anak is not None else dasar.anak,
            )
        hasil[nama] = Tingkat(nama, _isi_atau(dasar.label, ins), _isi_atau(dasar.kepala, ins), dasar.judul_tabel, dasar.anak)
    return hasil


def _isi_atau(pola: str | None, ins: Instansi) -> str | None:
    return None if pola is None else _isi(pola, ins)


def anak_bawaan(ins: Instansi, induk: str) -> str | None:
    """The level of a sub_unit that names none: the first below its parent's."""
    t = tingkat(ins).get(induk)
    return t.anak[0] if t is not None and t.anak else None


def judul_tabel(ins: Instansi, nama: str) -> str:
    """The heading of a level's IKU table in an annex ("" for none)."""
    t = tingkat(ins).get(nama)
    return t.judul_tabel if t is not None else ""


def label_kepala(ins: Instansi) -> str | None:
    """The start of the head's title for the kind ("Kepala Dinas", "Bupati");
    None when the kind has no default (lainnya)."""
    pola = jenis_instansi(ins).kepala_label
    return None if pola is None else _isi(pola, ins)


def jabatan_kepala(ins: Instansi) -> str:
    """The head's full title: as the content names it, else the kind's
    pattern ("Kepala Dinas Kesehatan Kabupaten Contoh", "Bupati Contoh")."""
    if ins.kepala is not None:
        return ins.kepala.jabatan
    pola = jenis_instansi(ins).kepala_jabatan
    # A kind without a default (lainnya) requires kepala (checked); this
    # stand-in only keeps a report of other problems going.
    return _isi(pola, ins) if pola is not None else f"Kepala {ins.nama} {medan(ins)['daerah']}"


def paraf(ins: Instansi) -> list[str]:
    """The officials who initial a draft: as the settings name them, else
    the kind's list."""
    daftar = ins.pengaturan.paraf_koordinasi
    return list(jenis_instansi(ins).paraf) if daftar is None else list(daftar)


def nama_lengkap(ins: Instansi) -> str:
    """The organisation with its region ("Dinas Kesehatan Kabupaten Contoh")."""
    return _isi(jenis_instansi(ins).nama_lengkap, ins)


def jabatan_kepala_daerah(ins: Instansi) -> str:
    """The office of the head of the region ("Bupati Balangan")."""
    if ins.kepala_daerah is not None:
        return ins.kepala_daerah.jabatan
    return f"{kepala_daerah(ins.jenis_daerah)} {ins.nama_daerah}"


def kepala(ins: Instansi) -> Penandatangan:
    """The head as a signer: as the content names him, else his title only."""
    return ins.kepala if ins.kepala is not None else Penandatangan(jabatan=jabatan_kepala(ins))


def adalah_akar(unit: Unit, ins: Instansi) -> bool:
    """Whether ``unit`` is the Perangkat Daerah's own table, headed by its head."""
    return unit.tingkat == akar(ins)


def unit_akar(konten: Konten) -> Unit | None:
    """The first unit of the root level, if any."""
    return next((u for u in konten.unit.values() if adalah_akar(u, konten.instansi)), None)


def atasan(unit: Unit, konten: Konten) -> Penandatangan | None:
    """The superior of a unit's head (the second party of his Perjanjian
    Kinerja): for a unit below the root, the root unit's head (else the
    decree's signer, else the head); for the root unit, the kind's superior
    of the head (the head of the region: ``kepala_daerah`` as written, else
    his office without a name); None for a head without one (the Pemda)."""
    ins = konten.instansi
    if not adalah_akar(unit, ins):
        root = unit_akar(konten)
        if root is not None:
            return root.penandatangan
        for kep in konten.keputusan:
            return kep.penandatangan
        return kepala(ins)
    return atasan_kepala(ins)


def atasan_kepala(ins: Instansi) -> Penandatangan | None:
    """The superior of the head by the kind: the head of the region
    (``kepala_daerah`` as written, else his office without a name), the
    Camat of a Lurah; None for the Pemda."""
    pola = jenis_instansi(ins).atasan
    if pola is None:
        return None
    if "{kepala_daerah}" in pola:
        return ins.kepala_daerah if ins.kepala_daerah is not None else Penandatangan(jabatan=jabatan_kepala_daerah(ins))
    return Penandatangan(jabatan=_isi(pola, ins))


def penandatangan_lampiran(unit: Unit, ins: Instansi, penandatangan_keputusan: Penandatangan) -> Penandatangan:
    """Who signs a unit's annex: the unit's head, or for a kind whose
    annexes the head signs (the Pemda), the decree's signer."""
    if jenis_instansi(ins).penandatangan_lampiran == TTD_KEPALA:
        return penandatangan_keputusan
    return unit.penandatangan


@functools.cache
def _aturan_jabatan() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern of an office, its rule) for every head whose pangkat and NIP
    are not always printed, from every kind's data."""
    hasil = []
    for j in map(jenis, JENIS):
        if j.pangkat_nip == WAJIB or j.kepala_label is None:
            continue
        label = [j.kepala_label]
        if "{kepala_daerah}" in j.kepala_label:
            label = [j.kepala_label.format(kepala_daerah=k) for k in semua_kepala_daerah()]
        for teks in label:
            kata = r"\s+".join(re.escape(k) for k in teks.split())
            hasil.append((re.compile(rf"\s*{kata}\b", re.IGNORECASE), j.pangkat_nip))
    return tuple(hasil)


def aturan_pangkat_nip(jabatan: str) -> str:
    """Whether the pangkat and NIP of the holder of ``jabatan`` are printed
    under the name (Permendagri 1/2023 Pasal 44): ``wajib``, ``pilihan``
    (the Sekretaris Daerah: by the setting ``ttd_kepala_pangkat_nip``) or
    ``tidak`` (the head of the region)."""
    for pola, aturan in _aturan_jabatan():
        if pola.match(jabatan):
            return aturan
    return WAJIB


def cocok_jabatan(jabatan: str, awal: str) -> bool:
    """Whether ``jabatan`` begins with the title ``awal`` (letter case and
    the spaces between words do not matter)."""
    kata = r"\s+".join(re.escape(k) for k in awal.split())
    return re.match(rf"\s*{kata}\b", jabatan, re.IGNORECASE) is not None


__all__ = [
    "PILIHAN", "TIDAK", "WAJIB", "adalah_akar", "akar", "anak_bawaan", "atasan", "aturan_pangkat_nip", "cocok_jabatan",
    "atasan_kepala", "jabatan_kepala", "jabatan_kepala_daerah", "jenis_instansi", "judul_tabel", "kepala", "label_kepala",
    "medan", "nama_lengkap", "paraf", "penandatangan_lampiran", "tingkat", "unit_akar",
]

