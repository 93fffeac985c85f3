"""The ids of the documents a build makes, and their collisions.

A build makes, for every decree ``ID``, the document ``ID`` and one annex
``ID-lampiran-UNIT`` per unit it annexes, for every LKjIP its ``ID``, and
for every unit of a Perjanjian Kinerja ``pk-TAHUN-UNIT`` (a PK Perubahan
``pk-TAHUN-UNIT-perubahan-N``);
each id is the name of its file in keluaran/ (``ID.docx``, ``ID.pdf``). Two
documents with one id would overwrite each other, so every collision is an
error at the place of the later one, naming the earlier one.
"""

from __future__ import annotations

from typing import NamedTuple

from ..dasar.galat import Lokasi
from ..hitung.perjanjian import id_dokumen as id_pk
from ..muat import model as m
from ..muat.pemeriksa import Pemeriksa


class IdDokumen(NamedTuple):
    """One document of the build: its id, where that id comes from, and what it is."""

    id: str
    lokasi: Lokasi | None
    jalur: str
    asal: str  # "keputusan (keputusan.yaml:1:5)", in messages
    induk: str | None = None  # an annex: the id of its decree


def _tempat(lokasi: Lokasi | None) -> str:
    return str(lokasi) if lokasi is not None else "?"


def id_dokumen(konten: m.Konten) -> list[IdDokumen]:
    """Every document id of a build: the decrees and LKjIPs first (ids
    written), then the annexes (ids made from them)."""
    hasil: list[IdDokumen] = []
    for kep in konten.keputusan:
        lok = kep.lokasi_dari("id")
        hasil.append(IdDokumen(kep.id, lok, "id", f"keputusan ({_tempat(lok)})"))
    for lk in konten.lkjip:
        lok = lk.lokasi_dari("id")
        hasil.append(IdDokumen(lk.id, lok, "id", f"LKjIP ({_tempat(lok)})"))
    for kep in konten.keputusan:
        for uid in dict.fromkeys(kep.lampiran):
            n = kep.lampiran.index(uid) + 1
            lok = kep.lokasi_butir("lampiran", n)
            asal = f"lampiran unit '{uid}' dari keputusan '{kep.id}' ({_tempat(lok)})"
            hasil.append(IdDokumen(f"{kep.id}-lampiran-{uid}", lok, f"lampiran[{n}]", asal, kep.id))
    for pk in konten.pk:
        for uid in pk.unit:
            lok = pk.lokasi_bidang.get(f"unit.{uid}#kunci", pk.lokasi_dari("unit"))
            hasil.append(IdDokumen(id_pk(pk, uid), lok, f"unit.{uid}", f"Perjanjian Kinerja unit '{uid}' ({_tempat(lok)})"))
    return hasil


def periksa_id_dokumen(konten: m.Konten, p: Pemeriksa) -> None:
    """Each document id once. An annex of a decree whose own id already
    collided is not reported again, nor a unit named twice in one decree's
    lampiran (``validasi`` reports that)."""
    dilihat: dict[str, IdDokumen] = {}
    bentrok: set[str] = set()
    for d in id_dokumen(konten):
        lain = dilihat.setdefault(d.id, d)
        if lain is d:
            continue
        if d.induk is None:
            bentrok.add(d.id)
        elif d.induk in bentrok:
            continue
        p.galat(
            d.lokasi,
            d.jalur,
            f"id dokumen '{d.id}' sudah dipakai oleh {lain.asal}; setiap dokumen hasil (keputusan, "
            "lampirannya, LKjIP, Perjanjian Kinerja) memerlukan id sendiri karena id menjadi nama berkasnya: ganti salah satu id",
            "id-ganda",
        )
