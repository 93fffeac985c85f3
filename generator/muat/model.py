"""The content model: plain dataclasses filled by the schema (``skema``).

Nothing here formats or renders; every object remembers where each of its
fields came from (``lokasi_bidang``) so that checks can point at the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..dasar.format import Tanggal
from ..dasar.galat import Lokasi
from ..dasar.nilai import Nilai


@dataclass
class Berlokasi:
    """Mixin: where the object and each of its fields were written."""

    lokasi: Lokasi | None = field(default=None, kw_only=True, repr=False, compare=False)
    lokasi_bidang: dict[str, Lokasi] = field(default_factory=dict, kw_only=True, repr=False, compare=False)

    def lokasi_dari(self, nama: str) -> Lokasi | None:
        return self.lokasi_bidang.get(nama, self.lokasi)


# --- instansi --------------------------------------------------------------


@dataclass
class Huruf(Berlokasi):
    nama: str = "Bookman Old Style"
    ukuran: Decimal = Decimal("12")


@dataclass
class Margin(Berlokasi):
    kiri: Decimal = Decimal("3")
    kanan: Decimal = Decimal("2")
    atas: Decimal = Decimal("2")
    bawah: Decimal = Decimal("2.5")


@dataclass
class NomorHalaman(Berlokasi):
    tampil: bool = True
    halaman_pertama: bool = False
    format: str = "- {n} -"


@dataclass
class Pengaturan(Berlokasi):
    kertas: str = "F4"
    huruf: Huruf = field(default_factory=Huruf)
    margin_cm: Margin = field(default_factory=Margin)
    nomor_halaman: NomorHalaman = field(default_factory=NomorHalaman)
    ttd_sekda_pangkat_nip: bool = False
    gelar_pada_penetapan: bool = False
    format_nomor: str = "{kode}/{urut}/{unit} TAHUN {tahun}"
    tanggal_hijriah: bool = False
    paraf_koordinasi: list[str] = field(
        default_factory=lambda: ["Konseptor", "Kasubbag Perundang-undangan", "Kabag Hukum", "Asisten"]
    )


@dataclass
class Instansi(Berlokasi):
    pemerintah_daerah: str
    jenis_daerah: str
    nama_daerah: str
    sekretariat: str
    ibukota: str
    kop: list[str]
    logo: Path | None = None
    pengaturan: Pengaturan = field(default_factory=Pengaturan)


# --- people ----------------------------------------------------------------


@dataclass
class Penandatangan(Berlokasi):
    jabatan: str
    nama: str | None = None
    prefiks: str | None = None
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    pangkat: str | None = None
    golongan: str | None = None
    nip: str | None = None
    perlu_konfirmasi: str | None = None
    catatan: str | None = None


# --- keputusan -------------------------------------------------------------


@dataclass
class Nomor(Berlokasi):
    kode: str
    unit: str
    tahun: int
    urut: str | None = None


@dataclass
class Ditetapkan(Berlokasi):
    tanggal: Tanggal
    tempat: str | None = None


@dataclass
class Keputusan(Berlokasi):
    id: str
    nomor: Nomor
    pejabat: str
    tentang: str
    menimbang: list[str]
    mengingat: list[str]
    menetapkan: str
    diktum: list[str]
    ditetapkan: Ditetapkan
    penandatangan: Penandatangan
    lampiran: list[str]
    status: str = "konsep"
    catatan: str | None = None
    berkas: Path | None = field(default=None, repr=False, compare=False)


# --- units and indicators --------------------------------------------------


@dataclass
class Periode(Berlokasi):
    awal: int
    akhir: int

    @property
    def tahun(self) -> list[int]:
        return list(range(self.awal, self.akhir + 1))


@dataclass
class Indikator(Berlokasi):
    id: str
    nama: str
    satuan: str
    target: dict[int, Nilai]
    arah: str = "naik"
    skala: str | None = None
    kondisi_awal: Nilai | None = None
    kondisi_akhir: Nilai | None = None
    makna: str | None = None
    alasan: str | None = None
    cara_hitung: str | None = None
    penanggung_jawab: str | None = None
    sumber_data: str | None = None
    perlu_konfirmasi: str | None = None
    catatan: str | None = None


@dataclass
class Sasaran(Berlokasi):
    kinerja_utama: str
    indikator: list[Indikator]
    no: int | None = None  # row number; None = the next number
    perlu_konfirmasi: str | None = None


@dataclass
class SubBagian(Berlokasi):
    sub_bagian: str
    sasaran: list[Sasaran]


@dataclass
class Unit(Berlokasi):
    id: str
    nama: str
    tingkat: str
    periode: Periode
    penandatangan: Penandatangan
    tugas: str | None = None
    fungsi: list[str] = field(default_factory=list)
    eselon_ii: list[Sasaran] = field(default_factory=list)
    eselon_iii: list[Sasaran] = field(default_factory=list)
    eselon_iv: list[SubBagian] = field(default_factory=list)
    perlu_konfirmasi: str | None = None
    catatan: str | None = None
    berkas: Path | None = field(default=None, repr=False, compare=False)

    def semua_indikator(self) -> list[Indikator]:
        hasil: list[Indikator] = []
        for s in self.eselon_ii + self.eselon_iii:
            hasil.extend(s.indikator)
        for sb in self.eselon_iv:
            for s in sb.sasaran:
                hasil.extend(s.indikator)
        return hasil


# --- realisasi and the LKjIP ------------------------------------------------


@dataclass
class CapaianIndikator(Berlokasi):
    """What one indicator achieved in one year."""

    realisasi: Nilai | None = None
    penjelasan: str | None = None  # causes of success or failure, remedies
    standar_nasional: Nilai | None = None
    perlu_konfirmasi: str | None = None
    catatan: str | None = None


@dataclass
class Realisasi(Berlokasi):
    """The realisasi of one year (konten/realisasi/<tahun>.yaml)."""

    tahun: int
    indikator: dict[str, CapaianIndikator]
    data_contoh: bool = False
    catatan: str | None = None
    berkas: Path | None = field(default=None, repr=False, compare=False)


@dataclass
class Kegiatan(Berlokasi):
    nama: str
    pagu: Decimal
    realisasi: Decimal


@dataclass
class Program(Berlokasi):
    nama: str
    kegiatan: list[Kegiatan]


@dataclass
class Narasi(Berlokasi):
    """Markdown files (paths relative to the content folder)."""

    kata_pengantar: Path | None = None
    pendahuluan: Path | None = None
    analisis: dict[str, Path] = field(default_factory=dict)  # unit or indicator id -> file
    penutup: Path | None = None


@dataclass
class Lkjip(Berlokasi):
    """The annual performance report of one year (konten/lkjip/*.yaml)."""

    id: str
    tahun: int
    unit: list[str]
    penandatangan: Penandatangan
    ditetapkan: Ditetapkan
    judul: str | None = None
    data_contoh: bool = False
    perjanjian_kinerja: dict[str, Nilai] = field(default_factory=dict)
    narasi: Narasi = field(default_factory=Narasi)
    anggaran: list[Program] = field(default_factory=list)
    catatan: str | None = None
    berkas: Path | None = field(default=None, repr=False, compare=False)


# --- the whole project -----------------------------------------------------


@dataclass
class Konten:
    folder: Path
    instansi: Instansi
    keputusan: list[Keputusan]
    unit: dict[str, Unit]
    realisasi: dict[int, Realisasi] = field(default_factory=dict)
    lkjip: list[Lkjip] = field(default_factory=list)

    def semua_indikator(self) -> list[tuple[Unit, Indikator]]:
        return [(u, i) for u in self.unit.values() for i in u.semua_indikator()]
