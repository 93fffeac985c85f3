"""The content model of the Perjanjian Kinerja (konten/pk/*.yaml): one file
per PK of a year (a PK Perubahan is a file of its own, ``perubahan: 1``),
each naming the units that sign it.

A unit's PK is derived from its IKU: the targets are the IKU targets of the
year unless ``target`` states another value (with its ``alasan``), every
indicator is in it unless ``tanpa`` leaves it out with a reason. Only what
the IKU cannot give is written here: the parties where they differ from the
organisation, the budget (pagu per kegiatan) and the Rencana Aksi.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..dasar.nilai import Nilai
from .model import TAHUN, Berlokasi, Ditetapkan, Penandatangan
from .skema import BilanganBulat, NilaiKinerja, Pengenal, Pilihan, Rupiah, Teks, YaTidak
from .wadah import Daftar, Peta, PetaBebas, bidang

STATUS = ["konsep", "final"]
_CATATAN = "Catatan bebas (tidak dicetak)"


@dataclass(kw_only=True)
class TargetPk(Berlokasi):
    """A PK target that differs from the IKU target of the year."""

    nilai: Nilai = bidang(NilaiKinerja(), "Target Perjanjian Kinerja tahun itu")
    alasan: str | None = bidang(
        Teks(wajib=False), "Alasan target berbeda dari target IKU tahun itu (tanpa alasan: peringatan)"
    )


@dataclass(kw_only=True)
class RencanaAksi(Berlokasi):
    """The year's target of one indicator broken into quarters."""

    tw: list[Nilai] = bidang(Daftar(NilaiKinerja(), min_isi=4), "Target triwulan I, II, III dan IV (empat nilai)")
    kumulatif: bool = bidang(
        YaTidak(wajib=False),
        "ya: nilai triwulan adalah capaian sampai triwulan itu (TW IV sama dengan target tahunan); "
        "tidak: nilai tiap triwulan berdiri sendiri dan jumlah keempatnya sama dengan target tahunan",
        bawaan=True,
    )


@dataclass(kw_only=True)
class KegiatanPk(Berlokasi):
    id: str = bidang(Pengenal("hukum-k1"), "Pengenal kegiatan, unik dalam satu berkas PK; dirujuk realisasi anggaran")
    nama: str = bidang(Teks(), "Nama kegiatan")
    pagu: Decimal = bidang(Rupiah(), "Pagu anggaran kegiatan dalam rupiah")


@dataclass(kw_only=True)
class ProgramPk(Berlokasi):
    nama: str = bidang(Teks(), "Nama program")
    kegiatan: list[KegiatanPk] = bidang(Daftar(Peta(KegiatanPk), min_isi=1), "Kegiatan program ini")


@dataclass(kw_only=True)
class PkUnit(Berlokasi):
    """What one unit's PK states beyond its IKU."""

    status: str | None = bidang(
        Pilihan(STATUS, wajib=False), "Status PK unit ini bila berbeda dari status berkas: konsep atau final"
    )
    pihak_pertama: Penandatangan | None = bidang(
        Peta(Penandatangan, wajib=False), "Pihak pertama; bawaan: penanda tangan unit", bawaan=None
    )
    pihak_kedua: Penandatangan | None = bidang(
        Peta(Penandatangan, wajib=False), "Pihak kedua; bawaan: atasan kepala unit menurut organisasi", bawaan=None
    )
    ditetapkan: Ditetapkan | None = bidang(
        Peta(Ditetapkan, wajib=False), "Tempat dan tanggal bila berbeda dari berkas", bawaan=None
    )
    target: dict[str, TargetPk] = bidang(
        PetaBebas(Peta(TargetPk), wajib=False),
        "Target yang berbeda dari target IKU tahun itu, per id indikator: {nilai, alasan}",
    )
    tanpa: dict[str, str] = bidang(
        PetaBebas(Teks(), wajib=False), "Indikator IKU unit yang tidak dimuat PK ini, per id indikator, dengan alasannya"
    )
    rencana_aksi: dict[str, RencanaAksi] = bidang(
        PetaBebas(Peta(RencanaAksi), wajib=False), "Rencana Aksi: target triwulan per id indikator"
    )
    anggaran: list[ProgramPk] = bidang(Daftar(Peta(ProgramPk), wajib=False), "Program dan kegiatan beserta pagunya")
    perlu_konfirmasi: str | None = bidang(Teks(wajib=False), "Bacaan yang perlu dipastikan, dengan catatannya")
    catatan: str | None = bidang(Teks(wajib=False), _CATATAN)


@dataclass(kw_only=True)
class Pk(Berlokasi):
    """One Perjanjian Kinerja of a year (konten/pk/<tahun>.yaml)."""

    tahun: int = bidang(BilanganBulat(**TAHUN), "Tahun Perjanjian Kinerja")
    perubahan: int = bidang(
        BilanganBulat(min=0, max=99, wajib=False),
        "0 untuk PK awal tahun; n untuk PK Perubahan ke-n, yang menggantikan PK sebelumnya pada tahun yang sama",
        bawaan=0,
    )
    status: str = bidang(Pilihan(STATUS, wajib=False), "Status naskah: konsep atau final", bawaan="konsep")
    data_contoh: bool = bidang(YaTidak(wajib=False), "ya bila pagu atau pihaknya rekaan (data contoh)", bawaan=False)
    ditetapkan: Ditetapkan = bidang(Peta(Ditetapkan), "Tempat dan tanggal penandatanganan setiap unit")
    unit: dict[str, PkUnit] = bidang(PetaBebas(Peta(PkUnit)), "PK per id unit, berurutan")
    catatan: str | None = bidang(Teks(wajib=False), _CATATAN)
    berkas: Path | None = field(default=None, repr=False, compare=False)

    @property
    def nama(self) -> str:
        """The PK as messages name it: 'PK 2022', 'PK Perubahan ke-1 2022'."""
        return f"PK Perubahan ke-{self.perubahan} {self.tahun}" if self.perubahan else f"PK {self.tahun}"
