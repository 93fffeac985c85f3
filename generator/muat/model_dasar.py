"""The base of the content model (see ``model``): where each object and
field was written, the optional-text field, and the signer, which every
part of the content uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..dasar.galat import Lokasi
from .skema import Pilihan, Teks
from .wadah import bidang

TAHUN = dict(min=1945, max=2200)
PREFIKS = ["Plt.", "Plh.", "Pj."]


@dataclass
class Berlokasi:
    """Mixin: where the object and each of its fields were written."""

    lokasi: Lokasi | None = field(default=None, kw_only=True, repr=False, compare=False)
    lokasi_bidang: dict[str, Lokasi] = field(default_factory=dict, kw_only=True, repr=False, compare=False)

    def lokasi_dari(self, nama: str) -> Lokasi | None:
        return self.lokasi_bidang.get(nama, self.lokasi)

    def lokasi_butir(self, nama: str, bagian: str | int) -> Lokasi | None:
        """The place of an item inside a field (``menimbang[2]``,
        ``target.2021``), else the place of the field."""
        kunci = f"{nama}[{bagian}]" if isinstance(bagian, int) else f"{nama}.{bagian}"
        return self.lokasi_bidang.get(kunci, self.lokasi_dari(nama))


def teks_bebas(keterangan: str) -> Any:
    """An optional free-text field."""
    return bidang(Teks(wajib=False), keterangan)


PERLU_KONFIRMASI = "Bacaan yang perlu dipastikan, dengan catatannya"
CATATAN = "Catatan bebas (tidak dicetak)"


# --- people ----------------------------------------------------------------


@dataclass(kw_only=True)
class Penandatangan(Berlokasi):
    jabatan: str = bidang(Teks(), "Jabatan penanda tangan")
    nama: str | None = teks_bebas("Nama penanda tangan, tanpa gelar akademik")
    prefiks: str | None = bidang(Pilihan(PREFIKS, wajib=False), "Awalan jabatan: Plt., Plh. atau Pj.")
    gelar_depan: str | None = teks_bebas("Gelar akademik di depan nama")
    gelar_belakang: str | None = teks_bebas("Gelar akademik di belakang nama")
    pangkat: str | None = teks_bebas("Pangkat, misalnya Pembina Utama Muda")
    golongan: str | None = teks_bebas("Golongan/ruang, misalnya IV/c")
    nip: str | None = teks_bebas("NIP 18 angka, misalnya 19760417 199412 1 001")
    perlu_konfirmasi: str | None = teks_bebas(PERLU_KONFIRMASI)
    catatan: str | None = teks_bebas(CATATAN)
