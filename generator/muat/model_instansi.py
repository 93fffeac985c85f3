"""The content model of ``instansi.yaml`` (see ``model``): the Pemda and
its Perangkat Daerah, its kind and levels, letterhead and the settings of
the documents."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from ..dasar.jenis import JENIS, JENIS_BAWAAN
from .model_dasar import Berlokasi, Penandatangan, teks_bebas
from .skema import Desimal, JalurBerkas, Pilihan, Teks, YaTidak
from .wadah import Daftar, Peta, PetaBebas, bidang


@dataclass(kw_only=True)
class Huruf(Berlokasi):
    nama: str = bidang(Teks(wajib=False), "Nama huruf dasar dokumen", bawaan="Bookman Old Style")
    ukuran: Decimal = bidang(
        Desimal(min=Decimal(6), max=Decimal(24), wajib=False), "Ukuran huruf dasar dalam poin", bawaan=Decimal("12")
    )


def _margin(sisi: str, cm: str) -> Any:
    return bidang(Desimal(min=Decimal(0), max=Decimal(8), wajib=False), f"Margin {sisi} dalam cm", bawaan=Decimal(cm))


@dataclass(kw_only=True)
class Margin(Berlokasi):
    kiri: Decimal = _margin("kiri", "3")
    kanan: Decimal = _margin("kanan", "2")
    atas: Decimal = _margin("atas", "2")
    bawah: Decimal = _margin("bawah", "2.5")


@dataclass(kw_only=True)
class NomorHalaman(Berlokasi):
    tampil: bool = bidang(YaTidak(wajib=False), "Cetak nomor halaman di tengah atas", bawaan=True)
    halaman_pertama: bool = bidang(YaTidak(wajib=False), "Cetak nomor halaman pada halaman pertama", bawaan=False)
    format: str = bidang(Teks(wajib=False), "Bentuk nomor halaman; {n} diganti nomornya", bawaan="- {n} -")


#: The fields ``format_nomor`` may use (and nothing else: see ``dasar.pola``).
MEDAN_NOMOR = ("kode", "urut", "unit", "tahun")


#: Where a table prints an indicator's satuan (``Satuan`` below).
KOLOM, SETELAH_INDIKATOR, TIDAK = "kolom", "setelah_indikator", "tidak"
CETAK_SATUAN = [KOLOM, SETELAH_INDIKATOR, TIDAK]


def _cetak_satuan(tabel: str) -> Any:
    return bidang(
        Pilihan(CETAK_SATUAN, wajib=False),
        f"Satuan indikator di {tabel}: kolom Satuan, setelah_indikator (di belakang nama indikator, "
        "bila targetnya tidak memuat satuan) atau tidak dicetak",
        bawaan=KOLOM,
    )


@dataclass(kw_only=True)
class Satuan(Berlokasi):
    """Where each template prints the satuan of an indicator."""

    lampiran: str = _cetak_satuan("tabel IKU Lampiran keputusan")
    lkjip: str = _cetak_satuan("tabel IKU, Perjanjian Kinerja dan capaian LKjIP")


#: How the decree's own punctuation is printed (``Pengaturan.tanda_baca``).
BAKU, SEPERTI_TERTULIS = "baku", "seperti_tertulis"
#: Whether every annex carries the LAMPIRAN header or only the first.
PER_UNIT, BERSAMA = "per_unit", "bersama"


@dataclass(kw_only=True)
class Pengaturan(Berlokasi):
    KUNCI_LAMA: ClassVar[dict[str, str]] = {"ttd_sekda_pangkat_nip": "ttd_kepala_pangkat_nip"}

    kertas: str = bidang(Pilihan(["F4", "A4", "Legal", "Letter"], wajib=False), "Ukuran kertas", bawaan="F4")
    huruf: Huruf = bidang(Peta(Huruf, wajib=False), "Huruf dasar dokumen")
    margin_cm: Margin = bidang(Peta(Margin, wajib=False), "Margin halaman dalam cm")
    nomor_halaman: NomorHalaman = bidang(Peta(NomorHalaman, wajib=False), "Nomor halaman")
    ttd_kepala_pangkat_nip: bool = bidang(
        YaTidak(wajib=False),
        "Cetak pangkat dan NIP di bawah nama kepala yang boleh menandatangani tanpa keduanya "
        "(Sekretaris Daerah, Permendagri 1/2023 Pasal 44); kepala lain selalu dengan pangkat dan NIP",
        bawaan=False,
    )
    gelar_pada_penetapan: bool = bidang(
        YaTidak(wajib=False), "Cetak gelar akademik penanda tangan pada Keputusan dan Lampirannya", bawaan=False
    )
    format_nomor: str = bidang(
        Teks(wajib=False),
        "Bentuk nomor keputusan dari {kode}, {urut}, {unit} dan {tahun}",
        bawaan="{kode}/{urut}/{unit} TAHUN {tahun}",
    )
    tanggal_hijriah: bool = bidang(
        YaTidak(wajib=False), "Cetak tanggal Hijriah di samping tanggal penetapan", bawaan=False
    )
    satuan: Satuan = bidang(Peta(Satuan, wajib=False), "Tempat satuan indikator dicetak, per templat")
    paraf_koordinasi: list[str] | None = bidang(
        Daftar(Teks(), wajib=False),
        "Jabatan pada tabel paraf koordinasi naskah konsep; [] untuk tanpa tabel; "
        "bila tidak ditulis: daftar bawaan jenis perangkat daerah",
        bawaan=None,
    )
    tanda_baca: str = bidang(
        Pilihan([BAKU, SEPERTI_TERTULIS], wajib=False),
        "Tanda baca judul keputusan: baku (jabatan diakhiri koma, MEMUTUSKAN:, Menetapkan dalam huruf kapital "
        "diakhiri titik) atau seperti_tertulis (dicetak persis seperti ditulis di konten)",
        bawaan=BAKU,
    )
    nomor_titik_dua: bool = bidang(
        YaTidak(wajib=False), "Cetak 'NOMOR :' (dengan titik dua) pada judul keputusan", bawaan=False
    )
    kepala_lampiran: str = bidang(
        Pilihan([PER_UNIT, BERSAMA], wajib=False),
        "Kepala lampiran (LAMPIRAN, NOMOR, TANGGAL, TENTANG): per_unit (setiap lampiran, LAMPIRAN I, II, ...) "
        "atau bersama (sekali, pada lampiran pertama)",
        bawaan=PER_UNIT,
    )
    pihak_kesatu: bool = bidang(
        YaTidak(wajib=False), "Perjanjian Kinerja menyebut PIHAK KESATU, bukan PIHAK PERTAMA", bawaan=False
    )


@dataclass(kw_only=True)
class TingkatOrganisasi(Berlokasi):
    """One level of units as the content names it, over the kind's default."""

    label: str | None = teks_bebas("Sebutan unit tingkat ini, misalnya Bidang")
    kepala: str | None = teks_bebas("Jabatan kepala unit tingkat ini, misalnya Kepala Bidang")
    judul_tabel: str | None = bidang(
        Teks(wajib=False, kosong=True), 'Judul tabel IKU tingkat ini di lampiran; "" untuk tanpa judul'
    )
    anak: list[str] | None = bidang(
        Daftar(Teks(), wajib=False), "Tingkat di bawahnya; yang pertama menjadi bawaan sub_unit", bawaan=None
    )


@dataclass(kw_only=True)
class Instansi(Berlokasi):
    KUNCI_LAMA: ClassVar[dict[str, str]] = {"sekretariat": "nama"}

    jenis: str = bidang(
        Pilihan(list(JENIS), wajib=False),
        "Jenis perangkat daerah; menentukan jabatan kepala, tingkat unit, bentuk keputusan dan paraf bawaan",
        bawaan=JENIS_BAWAAN,
    )
    nama: str = bidang(Teks(), "Nama perangkat daerah tanpa nama daerah, misalnya Dinas Kesehatan")
    pemerintah_daerah: str = bidang(Teks(), "Nama pemerintah daerah, misalnya Pemerintah Kabupaten Balangan")
    jenis_daerah: str = bidang(Pilihan(["Kabupaten", "Kota", "Provinsi"]), "Jenis daerah")
    nama_daerah: str = bidang(Teks(), "Nama daerah tanpa jenisnya, misalnya Balangan")
    ibukota: str = bidang(Teks(), "Ibu kota daerah, tempat penetapan")
    kop: list[str] = bidang(Daftar(Teks(), min_isi=1), "Baris kop dari atas ke bawah; baris terakhir alamat")
    logo: Path | None = bidang(JalurBerkas(wajib=False), "Berkas logo PNG/JPG, relatif terhadap folder konten")
    kepala: Penandatangan | None = bidang(
        Peta(Penandatangan, wajib=False),
        "Kepala perangkat daerah; bila tidak ditulis: jabatan bawaan jenisnya, tanpa nama",
        bawaan=None,
    )
    kepala_daerah: Penandatangan | None = bidang(
        Peta(Penandatangan, wajib=False),
        "Kepala daerah (Bupati/Wali Kota/Gubernur), atasan kepala perangkat daerah; bila tidak ditulis: jabatannya saja",
        bawaan=None,
    )
    tingkat: dict[str, TingkatOrganisasi] = bidang(
        PetaBebas(Peta(TingkatOrganisasi), wajib=False),
        "Tingkat unit per nama tingkat, menimpa bawaan jenisnya (wajib untuk jenis lainnya)",
    )
    pengaturan: Pengaturan = bidang(Peta(Pengaturan, wajib=False), "Pengaturan dokumen")
