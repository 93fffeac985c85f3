"""The content model: one dataclass per part of the content, each content
field declared once with :func:`~.wadah.bidang` (its schema type, its
Indonesian description and its default); ``wadah.Peta`` reads YAML into them.

Nothing here formats or renders; every object remembers where each of its
fields came from (``lokasi_bidang``) so that checks can point at the line.
Fields are keyword-only and in the order a reader of the YAML expects them.
The base and the signer are in ``model_dasar``, ``instansi.yaml`` in
``model_instansi``; every name is available from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from ..dasar.format import Tanggal
from ..dasar.nilai import Nilai
from .model_dasar import CATATAN, PERLU_KONFIRMASI, PREFIKS, TAHUN, Berlokasi, Penandatangan, teks_bebas
from .model_instansi import (
    BAKU,
    BERSAMA,
    CETAK_SATUAN,
    PER_UNIT,
    SEPERTI_TERTULIS,
    KOLOM,
    MEDAN_NOMOR,
    SETELAH_INDIKATOR,
    TIDAK,
    Huruf,
    Instansi,
    Margin,
    NomorHalaman,
    Pengaturan,
    Satuan,
    TingkatOrganisasi,
)
from .skema import BilanganBulat, JalurBerkas, NilaiKinerja, Pengenal, Pilihan, Rupiah, TanggalBidang, Teks, YaTidak
from .usang import Usang
from .wadah import Daftar, Peta, PetaBebas, PetaTahun, bidang

if TYPE_CHECKING:
    from .model_pk import Pk

__all__ = [
    "BAKU", "BERSAMA", "PER_UNIT", "SEPERTI_TERTULIS", "CATATAN", "CETAK_SATUAN", "KOLOM", "MEDAN_NOMOR", "PERLU_KONFIRMASI", "PREFIKS", "SETELAH_INDIKATOR", "TAHUN",
    "TIDAK", "Berlokasi", "CapaianIndikator", "Ditetapkan", "Huruf", "Indikator", "Instansi",
    "Keputusan", "Konten", "Lkjip", "Margin", "Narasi", "Nomor", "NomorHalaman", "Penandatangan", "Pengaturan",
    "Periode", "Realisasi", "RealisasiKegiatan", "Sasaran", "SasaranBerjalur", "Satuan", "SubUnit", "TingkatOrganisasi", "Unit",
]


# --- keputusan -------------------------------------------------------------


@dataclass(kw_only=True)
class Nomor(Berlokasi):
    kode: str = bidang(Teks(), "Kode klasifikasi, misalnya 188.45")
    urut: str | None = teks_bebas("Nomor urut; boleh kosong selama konsep")
    unit: str = bidang(Teks(), "Kode unit pengolah, misalnya Kum")
    tahun: int = bidang(BilanganBulat(**TAHUN), "Tahun nomor keputusan")


@dataclass(kw_only=True)
class Ditetapkan(Berlokasi):
    tempat: str | None = teks_bebas("Tempat penetapan; bawaan: ibu kota daerah")
    tanggal: Tanggal = bidang(TanggalBidang(), "Tanggal penetapan, misalnya 20 Desember 2021 atau Desember 2021")


@dataclass(kw_only=True)
class Keputusan(Berlokasi):
    id: str = bidang(Pengenal("keputusan-iku"), "Pengenal keputusan, juga nama berkas hasil")
    status: str = bidang(Pilihan(["konsep", "final"], wajib=False), "Status naskah: konsep atau final", bawaan="konsep")
    nomor: Nomor = bidang(Peta(Nomor), "Nomor keputusan")
    pejabat: str = bidang(Teks(wajib=False), "Pejabat yang menetapkan; bawaan: jabatan kepala perangkat daerah", bawaan="")
    tentang: str = bidang(Teks(wajib=False), "Perihal keputusan; bawaan: Indikator Kinerja Utama perangkat daerah dan periodenya", bawaan="")
    menimbang: list[str] = bidang(
        Daftar(Teks(), min_isi=1, wajib=False), "Butir Menimbang, tanpa huruf a., b.; bawaan: kalimat baku keputusan IKU"
    )
    mengingat: list[str] = bidang(
        Daftar(Teks(), min_isi=1, wajib=False), "Butir Mengingat, tanpa angka 1., 2.; bawaan: peraturan jenis perangkat daerah"
    )
    menetapkan: str = bidang(Teks(wajib=False), "Judul yang ditetapkan; bawaan: Keputusan PEJABAT tentang TENTANG", bawaan="")
    diktum: list[str] = bidang(
        Daftar(Teks(), min_isi=1, wajib=False), "Diktum, tanpa KESATU, KEDUA; bawaan: kalimat baku keputusan IKU"
    )
    ditetapkan: Ditetapkan = bidang(Peta(Ditetapkan), "Tempat dan tanggal penetapan")
    penandatangan: Penandatangan = bidang(Peta(Penandatangan), "Penanda tangan keputusan")
    lampiran: list[str] = bidang(Daftar(Teks(), wajib=False), "Id unit yang dilampirkan, berurutan")
    catatan: str | None = teks_bebas(CATATAN)
    berkas: Path | None = field(default=None, repr=False, compare=False)


# --- units and indicators --------------------------------------------------


@dataclass(kw_only=True)
class Periode(Berlokasi):
    awal: int = bidang(BilanganBulat(**TAHUN), "Tahun awal periode")
    akhir: int = bidang(BilanganBulat(**TAHUN), "Tahun akhir periode")

    @property
    def tahun(self) -> list[int]:
        return list(range(self.awal, self.akhir + 1))


@dataclass(kw_only=True)
class Indikator(Berlokasi):
    id: str = bidang(Pengenal("hukum-3"), "Pengenal indikator, unik di seluruh konten")
    nama: str = bidang(Teks(), "Nama indikator")
    satuan: str = bidang(Teks(), "Satuan: % atau kata satuan, misalnya dokumen")
    arah: str = bidang(
        Pilihan(["naik", "turun"], wajib=False), "Arah yang baik: naik (makin tinggi makin baik) atau turun", bawaan="naik"
    )
    skala: str | None = teks_bebas("Skala predikat nilai: sakip, ipp, ikm atau capaian")
    boleh_negatif: bool = bidang(
        YaTidak(wajib=False), "ya bila nilainya dapat di bawah nol, misalnya laju pertumbuhan", bawaan=False
    )
    kondisi_awal: Nilai | None = bidang(NilaiKinerja(wajib=False), "Kondisi awal periode")
    target: dict[int, Nilai] = bidang(PetaTahun(NilaiKinerja()), "Target setiap tahun periode")
    kondisi_akhir: Nilai | None = bidang(
        NilaiKinerja(wajib=False), "Kondisi akhir periode; bawaan: target tahun terakhir"
    )
    makna: str | None = teks_bebas("Makna indikator")
    alasan: str | None = teks_bebas("Alasan pemilihan indikator")
    cara_hitung: str | None = teks_bebas("Cara menghitung indikator")
    penanggung_jawab: str | None = teks_bebas("Penanggung jawab indikator")
    sumber_data: str | None = teks_bebas("Sumber data indikator")
    perlu_konfirmasi: str | None = teks_bebas(PERLU_KONFIRMASI)
    catatan: str | None = teks_bebas(CATATAN)


@dataclass(kw_only=True)
class Sasaran(Berlokasi):
    no: int | None = bidang(
        BilanganBulat(min=1, max=999, wajib=False), "Nomor baris tabel; bila kosong, nomor sesudah baris sebelumnya"
    )
    kinerja_utama: str = bidang(Teks(), "Kinerja utama (sasaran)")
    indikator: list[Indikator] = bidang(Daftar(Peta(Indikator), min_isi=1), "Indikator kinerja sasaran ini")
    perlu_konfirmasi: str | None = teks_bebas(PERLU_KONFIRMASI)


@dataclass(kw_only=True)
class SubUnit(Berlokasi):
    """A unit below a unit (a Subbagian, a Seksi), to any depth."""

    KUNCI_LAMA: ClassVar[dict[str, str]] = {"sub_bagian": "nama"}

    nama: str = bidang(Teks(), "Nama unit, misalnya Seksi Promosi Kesehatan")
    tingkat: str | None = teks_bebas("Tingkat unit; bawaan: tingkat pertama di bawah tingkat induknya")
    sasaran: list[Sasaran] = bidang(Daftar(Peta(Sasaran), wajib=False), "Sasaran kepala unit ini")
    sub_unit: list[SubUnit] = bidang(Daftar(Peta(lambda: SubUnit), wajib=False), "Unit di bawahnya")

    def simpul(self, jalur: str) -> Iterator[tuple[str, SubUnit]]:
        """(dotted path, node) of this node and every node below it, in reading order."""
        yield jalur, self
        for i, anak in enumerate(self.sub_unit, start=1):
            yield from anak.simpul(f"{jalur}.sub_unit[{i}]")


class SasaranBerjalur(NamedTuple):
    """One sasaran of a unit with its place in the unit's file."""

    jalur: str  # dotted path: "sasaran[2]", "sub_unit[1].sasaran[3]"
    tingkat: str  # the level of the node holding it: the unit's own, or its sub_unit's
    sub_unit: SubUnit | None  # the node holding it; None for the unit's own sasaran
    sasaran: Sasaran


@dataclass(kw_only=True)
class Unit(Berlokasi):
    id: str = bidang(Pengenal("hukum"), "Pengenal unit, juga bagian nama berkas lampiran")
    nama: str = bidang(Teks(), "Nama unit, misalnya Bagian Hukum")
    KUNCI_LAMA: ClassVar[dict[str, str]] = {"eselon_ii": "sasaran", "eselon_iii": "sasaran", "eselon_iv": "sub_unit"}

    tingkat: str = bidang(
        Teks(),
        "Tingkat unit menurut jenis perangkat daerah, misalnya bidang; tingkat akar bernama seperti jenisnya "
        "(misalnya dinas): tabel perangkat daerah sendiri",
    )
    periode: Periode = bidang(Peta(Periode), "Periode IKU; setiap indikator bertarget setiap tahunnya")
    tugas: str | None = teks_bebas("Tugas unit")
    fungsi: list[str] = bidang(Daftar(Teks(), wajib=False), "Fungsi unit")
    penandatangan: Penandatangan = bidang(Peta(Penandatangan), "Penanda tangan lampiran unit")
    sasaran: list[Sasaran] = bidang(Daftar(Peta(Sasaran), wajib=False), "Sasaran kepala unit")
    sub_unit: list[SubUnit] = bidang(Daftar(Peta(SubUnit), wajib=False), "Unit di bawahnya (Subbagian, Seksi, ...), bertingkat")
    perlu_konfirmasi: str | None = teks_bebas(PERLU_KONFIRMASI)
    catatan: str | None = teks_bebas(CATATAN)
    berkas: Path | None = field(default=None, repr=False, compare=False)

    def simpul(self) -> Iterator[tuple[str, SubUnit]]:
        """(dotted path, node) of every sub_unit at any depth, in reading order."""
        for i, anak in enumerate(self.sub_unit, start=1):
            yield from anak.simpul(f"sub_unit[{i}]")

    def sasaran_berjalur(self) -> Iterator[SasaranBerjalur]:
        """Every sasaran of the unit in reading order, with its path and level."""
        for i, s in enumerate(self.sasaran, start=1):
            yield SasaranBerjalur(f"sasaran[{i}]", self.tingkat, None, s)
        for jalur, sub in self.simpul():
            for j, s in enumerate(sub.sasaran, start=1):
                yield SasaranBerjalur(f"{jalur}.sasaran[{j}]", sub.tingkat or "", sub, s)

    def indikator_berjalur(self) -> Iterator[tuple[str, Indikator]]:
        """(dotted path, indicator) for every indicator of the unit."""
        for t in self.sasaran_berjalur():
            for k, ind in enumerate(t.sasaran.indikator, start=1):
                yield f"{t.jalur}.indikator[{k}]", ind

    def semua_sasaran(self) -> list[Sasaran]:
        return [t.sasaran for t in self.sasaran_berjalur()]

    def semua_indikator(self) -> list[Indikator]:
        return [ind for _, ind in self.indikator_berjalur()]


# --- realisasi and the LKjIP ------------------------------------------------


@dataclass(kw_only=True)
class CapaianIndikator(Berlokasi):
    """What one indicator achieved in one year."""

    realisasi: Nilai | None = bidang(NilaiKinerja(wajib=False), "Realisasi indikator tahun itu")
    penjelasan: str | None = teks_bebas("Sebab keberhasilan atau kegagalan, dan upaya perbaikannya")
    standar_nasional: Nilai | None = bidang(NilaiKinerja(wajib=False), "Standar nasional, bila ada")
    perlu_konfirmasi: str | None = teks_bebas(PERLU_KONFIRMASI)
    catatan: str | None = teks_bebas(CATATAN)


@dataclass(kw_only=True)
class RealisasiKegiatan(Berlokasi):
    """What one kegiatan of the year's Perjanjian Kinerja spent."""

    realisasi: Decimal = bidang(Rupiah(), "Realisasi anggaran kegiatan dalam rupiah")
    perlu_konfirmasi: str | None = teks_bebas(PERLU_KONFIRMASI)
    catatan: str | None = teks_bebas(CATATAN)


@dataclass(kw_only=True)
class Realisasi(Berlokasi):
    """The realisasi of one year (konten/realisasi/<tahun>.yaml)."""

    tahun: int = bidang(BilanganBulat(**TAHUN), "Tahun realisasi")
    data_contoh: bool = bidang(YaTidak(wajib=False), "ya bila angkanya rekaan (data contoh)", bawaan=False)
    catatan: str | None = teks_bebas(CATATAN)
    indikator: dict[str, CapaianIndikator] = bidang(
        PetaBebas(Peta(CapaianIndikator)), "Realisasi per id indikator"
    )
    anggaran: dict[str, RealisasiKegiatan] = bidang(
        PetaBebas(Peta(RealisasiKegiatan), wajib=False),
        "Realisasi anggaran per id kegiatan Perjanjian Kinerja tahun itu (pk/TAHUN.yaml)",
    )
    berkas: Path | None = field(default=None, repr=False, compare=False)


def _markdown(keterangan: str) -> Any:
    return bidang(JalurBerkas(wajib=False), f"Berkas Markdown {keterangan}, relatif terhadap folder konten")


@dataclass(kw_only=True)
class Narasi(Berlokasi):
    """Markdown files (paths relative to the content folder)."""

    kata_pengantar: Path | None = _markdown("kata pengantar")
    pendahuluan: Path | None = _markdown("Bab I Pendahuluan")
    analisis: dict[str, Path] = bidang(
        PetaBebas(JalurBerkas(), wajib=False), "Berkas Markdown analisis per id unit atau id indikator"
    )
    penutup: Path | None = _markdown("Bab IV Penutup")


@dataclass(kw_only=True)
class Lkjip(Berlokasi):
    """The annual performance report of one year (konten/lkjip/*.yaml)."""

    id: str = bidang(Pengenal("lkjip-2022"), "Pengenal laporan, juga nama berkas hasil")
    tahun: int = bidang(BilanganBulat(**TAHUN), "Tahun yang dilaporkan")
    judul: str | None = teks_bebas("Judul lengkap laporan")
    data_contoh: bool = bidang(
        YaTidak(wajib=False), "ya menandai sampul dan Ikhtisar Eksekutif sebagai data contoh", bawaan=False
    )
    unit: list[str] = bidang(Daftar(Teks(), min_isi=1), "Id unit yang dilaporkan")
    penandatangan: Penandatangan = bidang(Peta(Penandatangan), "Penanda tangan laporan")
    ditetapkan: Ditetapkan = bidang(Peta(Ditetapkan), "Tempat dan tanggal penandatanganan")
    narasi: Narasi = bidang(Peta(Narasi, wajib=False), "Berkas narasi Markdown laporan")
    # Moved to the Perjanjian Kinerja (konten/pk/TAHUN.yaml); naskah periksa says where.
    pihak_kedua: bool | None = bidang(Usang(), "Tidak dipakai lagi: pihak kedua ditulis di pk/TAHUN.yaml")
    perjanjian_kinerja: bool | None = bidang(Usang(), "Tidak dipakai lagi: target PK ditulis di pk/TAHUN.yaml")
    anggaran: bool | None = bidang(
        Usang(), "Tidak dipakai lagi: pagu ditulis di pk/TAHUN.yaml, realisasinya di realisasi/TAHUN.yaml"
    )
    catatan: str | None = teks_bebas(CATATAN)
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
    pk: list[Pk] = field(default_factory=list)  # by year, then perubahan

    def semua_indikator(self) -> list[tuple[Unit, Indikator]]:
        return [(u, i) for u in self.unit.values() for i in u.semua_indikator()]
