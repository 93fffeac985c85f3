"""What a build may leave as it is: each document's input key, and the
record of the keys that made the documents in keluaran/.

A document's key (:func:`kunci_dokumen`) is the hash of everything its
bytes come from: the bytes of each of its ``sumber`` files (content files,
narratives and the images they show, the logo), its template's bytes, what
the plan decides for it (id, title, date, status, file), the keys of the
annexes joined into it, and the program (:func:`generator.dasar.tembolok.sidik_paket`:
naskah's code and data files, the libraries installed).

The record (``keluaran/.cache/dokumen.json``) holds, per file in
keluaran/, the key that made it and the sha256 of its bytes.  A document
is left as it is (:func:`pilah`) when its key is the recorded one and its
file still has the recorded bytes; a document with a Daftar Isi also
needs the same LibreOffice (:func:`generator.tulis.kantor.identitas_kantor`:
none, or another version, numbers it differently).  A missing or damaged
record, or ``--semua``, builds everything.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..dasar.tembolok import Tembolok, kunci, sidik_paket
from ..word.narasi_cek import siapkan_narasi
from .hasil import GAGAL, Hasil
from .rencana import Dokumen

CATATAN = "dokumen.json"


def _relatif(jalur: Path, folder: Path) -> str:
    try:
        return Path(jalur).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return Path(jalur).as_posix()


def _isi(jalur: Path) -> bytes:
    try:
        return Path(jalur).read_bytes()
    except OSError:
        return b"\0tidak-ada"  # a file that is not there is an input too


def lengkapi_sumber(dokumen: Iterable[Dokumen], folder_konten: Path, tembolok: Tembolok) -> None:
    """Add to each document's ``sumber`` the images its narratives show
    (known only once they are parsed; the parse is cached)."""
    for d in dokumen:
        for md in d.narasi:
            gambar = siapkan_narasi(md, folder_konten, tembolok).gambar
            d.sumber += [p for p in (folder_konten / g for g in sorted(gambar)) if p not in d.sumber]


def kunci_dokumen(semua: list[Dokumen], templat: Path, folder_konten: Path) -> dict[str, str]:
    """id -> the input key of each planned document."""
    per_id = {d.id: d for d in semua}
    hasil: dict[str, str] = {}
    program = sidik_paket()

    @functools.cache
    def sidik(jalur: Path) -> str:  # a unit file is read by its annex, the decree and the LKjIP: hashed once
        return hashlib.sha256(_isi(jalur)).hexdigest()

    def k(d: Dokumen) -> str:
        if d.id not in hasil:
            sumber = []
            for s in dict.fromkeys(s for s in d.sumber if s is not None):
                sumber += [_relatif(s, folder_konten), sidik(Path(s))]
            status = d.status.value if d.status is not None else ""
            hasil[d.id] = kunci(
                "dokumen", program, d.id, d.jenis, d.judul, d.berkas, d.jalur, d.templat, sidik(templat / d.templat),
                status, d.logo, d.waktu.isoformat(), *sumber, "bagian", *(k(per_id[b]) for b in d.bagian),
            )
        return hasil[d.id]

    for d in semua:
        k(d)
    return hasil


@dataclass
class Pilahan:
    """The chosen documents split: those to build, and those left as they
    are (id -> their file in keluaran/, whose bytes are the recorded ones)."""

    bangun: list[Dokumen]
    tetap: dict[str, Path] = field(default_factory=dict)
    sidik: dict[str, str] = field(default_factory=dict)  # id -> sha256 of a file left as it is


def sha_berkas(jalur: Path) -> str | None:
    try:
        return hashlib.sha256(jalur.read_bytes()).hexdigest()
    except OSError:
        return None


def pilah(semua: list[Dokumen], dipilih: list[Dokumen], kunci_: dict[str, str], keluaran: Path, catatan: dict,
          kantor: Callable[[], str], *, paksa: bool = False) -> Pilahan:
    """Which documents of ``semua`` (the chosen ones, and the annexes a
    decree joins) are left as they are; the chosen others are to be built.
    ``kantor`` gives the LibreOffice of this build (asked only when a
    document has a Daftar Isi)."""
    if paksa:
        return Pilahan(list(dipilih))
    hasil = Pilahan([])
    ids = {d.id for d in dipilih} | {b for d in dipilih for b in d.bagian}
    for d in semua:
        rekam = catatan.get(d.jalur)
        if d.id not in ids or not isinstance(rekam, dict) or rekam.get("kunci") != kunci_[d.id] or rekam.get("id") != d.id:
            continue
        if rekam.get("kantor") is not None and rekam["kantor"] != kantor():
            continue
        berkas = keluaran / d.jalur
        sidik = sha_berkas(berkas)
        if sidik is not None and sidik == rekam.get("sha256"):
            hasil.tetap[d.id] = berkas
            hasil.sidik[d.id] = sidik
    hasil.bangun = [d for d in dipilih if d.id not in hasil.tetap]
    return hasil


def baca_catatan(tembolok: Tembolok) -> dict:
    """path in keluaran/ -> {id, kunci, sha256[, kantor, pdf_sha256]}."""
    data = tembolok.baca_json(CATATAN).get("berkas")
    return data if isinstance(data, dict) else {}


def tulis_catatan(tembolok: Tembolok, keluaran: Path, catatan: dict, baru: dict[str, dict]) -> None:
    """The records of the files just written over the old ones; a record
    whose file is gone is dropped."""
    gabung = {j: r for j, r in {**catatan, **baru}.items() if os.path.isfile(keluaran / j)}
    tembolok.tulis_json(CATATAN, {"berkas": gabung})


def catatan_baru(dokumen: list[Dokumen], kunci_: dict[str, str], hasil: Hasil, pilahan: Pilahan,
                 daftar_isi: dict[str, str], kantor: Callable[[], str], pdf: dict[str, bytes], catatan: dict) -> dict[str, dict]:
    """The records of the documents of this build (written, or left as
    they are: their record kept, a PDF made now added).  A document with a
    Daftar Isi records the LibreOffice ``kantor`` that numbered it (or that
    was missing); one on which LibreOffice failed is not recorded: it is
    built again next time."""
    baru: dict[str, dict] = {}
    for d in dokumen:
        if d.id in pilahan.tetap:
            rekam = dict(catatan[d.jalur])
        elif daftar_isi.get(d.id) == GAGAL:
            continue
        else:
            rekam = {"id": d.id, "kunci": kunci_[d.id], "sha256": hasil.sidik(d.id)}
            if d.id in daftar_isi:
                rekam["kantor"] = kantor()
        if d.id in pdf:
            rekam["pdf_sha256"] = hashlib.sha256(pdf[d.id]).hexdigest()
        baru[d.jalur] = rekam
    return baru
