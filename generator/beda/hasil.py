"""The result of ``naskah beda``: changes (:class:`Perubahan`) grouped by
part of the content (:class:`Kelompok`) in :class:`Beda`, with their
terminal lines, their summary and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .kata import KONTEKS_KATA, Segmen, tandai

# Kinds of changes.
UBAH = "ubah"  # a value or a text changed
DITAMBAH = "tambah"  # something added
DIHAPUS = "hapus"  # something removed
GANTI_NAMA = "ganti-nama"  # an indicator kept its id and changed its name
PINDAH = "pindah"  # an indicator moved to another unit

# Categories counted in the summary.
K_IND_TAMBAH = "indikator-ditambahkan"
K_IND_HAPUS = "indikator-dihapus"
K_IND_NAMA = "indikator-berganti-nama"
K_IND_PINDAH = "indikator-dipindahkan"
K_TARGET = "target"
K_TEKS = "teks"
K_UNIT_TAMBAH = "unit-ditambahkan"
K_UNIT_HAPUS = "unit-dihapus"
K_LAIN = "lain"
K_RUJUKAN = "rujukan"  # a pointer to a change counted elsewhere (a move, seen from the old unit)

KOSONG = "(kosong)"

#: The fields of a signer compared, with their labels.
BIDANG_TTD = (
    ("prefiks", "prefiks"),
    ("jabatan", "jabatan"),
    ("gelar_depan", "gelar depan"),
    ("nama", "nama"),
    ("gelar_belakang", "gelar belakang"),
    ("pangkat", "pangkat"),
    ("golongan", "golongan"),
    ("nip", "NIP"),
)


@dataclass
class Perubahan:
    """One change, at one place (``bagian``: ``hukum-1 target 2022``)."""

    bagian: str
    jenis: str
    kategori: str = K_LAIN
    lama: str | None = None
    baru: str | None = None
    kata: list[Segmen] | None = None  # word diff, for text changes
    indikator: str | None = None
    bidang: str | None = None
    tahun: int | None = None

    def teks(self, *, konteks: int | None = KONTEKS_KATA) -> str:
        """The terminal line, e.g. ``hukum-1 target 2022: 84 -> 85``."""
        if self.jenis == DITAMBAH:
            return f"{self.bagian} ditambahkan" + (f": {self.baru}" if self.baru else "")
        if self.jenis == DIHAPUS:
            return f"{self.bagian} dihapus" + (f": {self.lama}" if self.lama else "")
        if self.jenis == GANTI_NAMA:
            return f'{self.bagian} berganti nama: "{self.lama}" -> "{self.baru}"'
        if self.jenis == PINDAH:
            return f"{self.bagian} dipindahkan dari {self.lama} ke {self.baru}"
        if self.kata is not None:
            return f"{self.bagian}: {tandai(self.kata, konteks=konteks)}"
        return f"{self.bagian}: {self.lama or KOSONG} -> {self.baru or KOSONG}"

    def sebagai_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"bagian": self.bagian, "jenis": self.jenis, "kategori": self.kategori}
        for kunci in ("indikator", "bidang", "tahun"):
            if getattr(self, kunci) is not None:
                d[kunci] = getattr(self, kunci)
        d["lama"] = self.lama
        d["baru"] = self.baru
        if self.kata is not None:
            d["kata"] = [{"jenis": j, "teks": t} for j, t in self.kata]
        d["teks"] = self.teks(konteks=None)
        return d


@dataclass
class Kelompok:
    """The changes of one part of the content: instansi, a decree, a unit."""

    id: str  # "instansi", "keputusan:keputusan-iku", "unit:hukum", "pk:pk-2022-hukum"
    jenis: str  # "instansi" | "keputusan" | "unit" | "pk"
    judul: str
    status: str = UBAH  # UBAH, DITAMBAH or DIHAPUS (the whole part)
    perubahan: list[Perubahan] = field(default_factory=list)

    def sebagai_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "jenis": self.jenis,
            "judul": self.judul,
            "status": self.status,
            "perubahan": [p.sebagai_dict() for p in self.perubahan],
        }


RINGKASAN_LABEL = (
    (K_UNIT_TAMBAH, "unit ditambahkan"),
    (K_UNIT_HAPUS, "unit dihapus"),
    (K_IND_TAMBAH, "indikator ditambahkan"),
    (K_IND_HAPUS, "indikator dihapus"),
    (K_IND_NAMA, "indikator berganti nama"),
    (K_IND_PINDAH, "indikator dipindahkan"),
    (K_TARGET, "target berubah"),
    (K_TEKS, "teks berubah"),
    (K_LAIN, "perubahan lain"),
)


@dataclass
class Beda:
    lama: str  # label of the old side: "git:HEAD~1:konten", "konten-lama"
    baru: str
    kelompok: list[Kelompok] = field(default_factory=list)

    @property
    def ada_perubahan(self) -> bool:
        return any(k.perubahan for k in self.kelompok)

    def hitung(self) -> dict[str, int]:
        """Number of changes per category (every category, zeros included)."""
        hasil = {k: 0 for k, _ in RINGKASAN_LABEL}
        for k in self.kelompok:
            for p in k.perubahan:
                if p.kategori in hasil:
                    hasil[p.kategori] += 1
        return hasil

    def ringkasan(self) -> str:
        """``5 perubahan: 1 indikator ditambahkan, 1 target berubah, ...``"""
        hitung = self.hitung()
        jumlah = sum(hitung.values())
        if not jumlah:
            return "Tidak ada perubahan"
        rincian = [f"{hitung[k]} {label}" for k, label in RINGKASAN_LABEL if hitung[k]]
        return f"{jumlah} perubahan: " + ", ".join(rincian)

    def baris(self) -> list[tuple[str, str]]:
        """The terminal report: (kind, text) pairs; kind "judul" or "isi"."""
        hasil = [("kepala", f"Perubahan konten: {self.lama} (lama) -> {self.baru} (baru)")]
        if not self.ada_perubahan:
            hasil.append(("ringkasan", f"Tidak ada perubahan antara {self.lama} dan {self.baru}."))
            return hasil
        hasil.append(("ringkasan", f"Ringkasan: {self.ringkasan()}"))
        for k in self.kelompok:
            if not k.perubahan:
                continue
            hasil.append(("kosong", ""))
            hasil.append(("judul", k.judul))
            for p in k.perubahan:
                hasil.append(("isi", "  " + p.teks()))
        return hasil

    def sebagai_dict(self) -> dict[str, Any]:
        return {
            "lama": self.lama,
            "baru": self.baru,
            "ada_perubahan": self.ada_perubahan,
            "ringkasan": self.hitung(),
            "kelompok": [k.sebagai_dict() for k in self.kelompok if k.perubahan],
        }
