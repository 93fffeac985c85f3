"""What the realisasi workbook holds, taken from the content (pure: no
openpyxl, no files): one sheet per unit of the year, one row per
indicator, the columns of each row, and the fingerprint of what the locked
cells show."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..dasar.nilai import Nilai
from ..hitung.perjanjian import target_tahun
from ..muat import model as m


class Kolom(NamedTuple):
    judul: str  # the heading printed in the header row
    kunci: str  # the field of Baris it shows
    isian: bool  # filled by the unit: unlocked


KOLOM = (
    Kolom("Kode", "id", False),
    Kolom("Sasaran", "sasaran", False),
    Kolom("Indikator", "indikator", False),
    Kolom("Satuan", "satuan", False),
    Kolom("Arah", "arah", False),
    Kolom("Target", "target", False),
    Kolom("Realisasi", "realisasi", True),
    Kolom("Penjelasan", "penjelasan", True),
    Kolom("Standar Nasional", "standar_nasional", True),
)
NOMOR_KOLOM = {k.kunci: i for i, k in enumerate(KOLOM, start=1)}
#: The fields of a year's realisasi (``CapaianIndikator``) a unit fills in,
#: in the order they are written in the YAML.
ISIAN = tuple(k.kunci for k in KOLOM if k.isian)
#: Values read by the content's NilaiKinerja (the others are free text).
ISIAN_NILAI = ("realisasi", "standar_nasional")
BARIS_JUDUL = 4  # the header row; rows 1-3 hold the title
BARIS_AWAL = BARIS_JUDUL + 1

# Sheet names: Excel allows 31 characters, none of []:*?/\, no apostrophe
# at either end, and reserves "History"; naskah keeps its own sheets' names.
PANJANG_LEMBAR = 31
_TERLARANG = re.compile(r"[\[\]:*?/\\]")
LEMBAR_PETUNJUK = "Petunjuk"
LEMBAR_META = "naskah"
LEMBAR_ANGGARAN = "Anggaran"
_CADANGAN = {"history", LEMBAR_PETUNJUK.casefold(), LEMBAR_META.casefold(), LEMBAR_ANGGARAN.casefold()}


@dataclass
class Baris:
    """One indicator: what every column of its row shows (text)."""

    id: str
    sasaran: str
    indikator: str
    satuan: str
    arah: str
    target: str
    realisasi: str = ""
    penjelasan: str = ""
    standar_nasional: str = ""
    ind: m.Indikator | None = field(default=None, repr=False, compare=False)

    def nilai(self, kunci: str) -> str:
        return getattr(self, kunci)


@dataclass
class Lembar:
    """One unit's sheet."""

    nama: str
    unit: m.Unit
    baris: list[Baris]


def teks_nilai(nilai: Nilai | None) -> str:
    """A value exactly as written in the YAML (``"BB = 70,62"``, ``"93,75%"``)."""
    if nilai is None:
        return ""
    return nilai.teks.strip() or nilai.tampil()


def nama_lembar(nama: str, dipakai: set[str]) -> str:
    """A sheet name Excel accepts for ``nama``, unique (case ignored) among
    ``dipakai``, which it joins."""
    dasar = _TERLARANG.sub("-", " ".join(nama.split())).strip("' ") or "Unit"
    dasar = dasar[:PANJANG_LEMBAR].rstrip("' ")
    kandidat, n = dasar, 2
    while kandidat.casefold() in dipakai or kandidat.casefold() in _CADANGAN:
        akhiran = f" ({n})"
        kandidat = dasar[: PANJANG_LEMBAR - len(akhiran)].rstrip("' ") + akhiran
        n += 1
    dipakai.add(kandidat.casefold())
    return kandidat


def urutan_unit(konten: m.Konten) -> list[m.Unit]:
    """Every unit in the order the decrees annex them, then the others in file order."""
    urut = [uid for kep in konten.keputusan for uid in kep.lampiran if uid in konten.unit]
    urut += list(konten.unit)
    return [konten.unit[uid] for uid in dict.fromkeys(urut)]


def unit_tahun(konten: m.Konten, tahun: int) -> list[m.Unit]:
    """The units whose period holds ``tahun`` and that have indicators (:func:`urutan_unit`)."""
    return [u for u in urutan_unit(konten) if tahun in u.periode.tahun and u.semua_indikator()]


def _baris(konten: m.Konten, sasaran: m.Sasaran, ind: m.Indikator, tahun: int, capaian: m.CapaianIndikator | None) -> Baris:
    b = Baris(
        id=ind.id,
        sasaran=sasaran.kinerja_utama,
        indikator=ind.nama,
        satuan=ind.satuan,
        arah=ind.arah,
        # The target of the year's latest Perjanjian Kinerja, else the IKU's.
        target=teks_nilai(target_tahun(konten, ind, tahun)),
        ind=ind,
    )
    if capaian is not None:
        b.realisasi = teks_nilai(capaian.realisasi)
        b.penjelasan = capaian.penjelasan or ""
        b.standar_nasional = teks_nilai(capaian.standar_nasional)
    return b


def lembar_realisasi(konten: m.Konten, tahun: int) -> list[Lembar]:
    """The unit sheets of the year's workbook, with the realisasi written so far."""
    realisasi = konten.realisasi.get(tahun)
    isi = realisasi.indikator if realisasi is not None else {}
    dipakai: set[str] = set()
    hasil = []
    for unit in unit_tahun(konten, tahun):
        baris = [
            _baris(konten, s, ind, tahun, isi.get(ind.id))
            for s in unit.semua_sasaran()
            for ind in s.indikator
        ]
        hasil.append(Lembar(nama_lembar(unit.nama, dipakai), unit, baris))
    return hasil


def berkas_realisasi(konten: m.Konten, tahun: int) -> Path:
    """The file holding the year's realisasi: the one the content has, else
    ``realisasi/TAHUN.yaml``."""
    r = konten.realisasi.get(tahun)
    if r is not None and r.berkas is not None:
        return Path(r.berkas)
    return Path(konten.folder) / "realisasi" / f"{tahun}.yaml"


def identitas_instansi(instansi: m.Instansi) -> str:
    """Who the content belongs to, as the workbook records it."""
    # ``sekretariat`` is named ``nama`` in the general organisation model.
    nama = getattr(instansi, "nama", None) or getattr(instansi, "sekretariat", "")
    return f"{instansi.pemerintah_daerah} - {nama}"


def sidik_konten(konten: m.Konten, tahun: int, lembar: list[Lembar], anggaran: list[list[str]] | None = None) -> str:
    """sha256 of what the locked cells show (ids, sasaran, names, satuan,
    arah, targets; ``anggaran``: each kegiatan's locked cells as text) and
    whose content it is: equal as long as the IKU and the Perjanjian Kinerja
    the workbook was made from have not changed."""
    data = [
        tahun,
        identitas_instansi(konten.instansi),
        [[lb.nama, lb.unit.id, [[b.id, b.sasaran, b.indikator, b.satuan, b.arah, b.target] for b in lb.baris]] for lb in lembar],
        anggaran or [],
    ]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()
