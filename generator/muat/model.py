"""The content model: one dataclass per part of the content, each content
field declared once with :func:`~.wadah.bidang` (its schema type, its
Indonesian description and its default); ``wadah.Peta`` reads YAML into them.

Nothing here formats or renders; every object remembers where each of its
fields came from (``lokasi_bidang``) so that checks can point at the line.
Fields are keyword-only and in the order a reader of the YAML expects them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from ..dasar.format import Tanggal
from ..dasar.galat import Lokasi
from ..dasar.nilai import Nilai
from ..dasar.perangkat_daerah import teks_perangkat_daerah
from .skema import BilanganBulat, Desimal, JalurBerkas, NilaiKinerja, Pengenal, Pilihan, Rupiah, TanggalBidang, Teks, YaTidak
from .wadah import Daftar, Peta, PetaBebas, PetaTahun, bidang

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


def _teks(keterangan: str) -> Any:
    """An optional free-text field."""
    return bidang(Teks(wajib=False), keterangan)


_PERLU_KONFIRMASI = "Bacaan yang perlu dipastikan, dengan catatannya"
_CATATAN = "Catatan bebas (tidak dicetak)"


# --- instansi --------------------------------------------------------------


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


def _paraf_bawaan() -> list[str]:
    return list(teks_perangkat_daerah().paraf_koordinasi)


@dataclass(kw_only=True)
class Pengaturan(Berlokasi):
    kertas: str = bidang(Pilihan(["F4", "A4", "Legal", "Letter"], wajib=False), "Ukuran kertas", bawaan="F4")
    huruf: Huruf = bidang(Peta(Huruf, wajib=False), "Huruf dasar dokumen")
    margin_cm: Margin = bidang(Peta(Margin, wajib=False), "Margin halaman dalam cm")
    nomor_halaman: NomorHalaman = bidang(Peta(NomorHalaman, wajib=False), "Nomor halaman")
    ttd_sekda_pangkat_nip: bool = bidang(
        YaTidak(wajib=False), "Cetak pangkat dan NIP di bawah nama Sekretaris Daerah", bawaan=False
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
    paraf_koordinasi: list[str] = bidang(
        Daftar(Teks(), wajib=False),
        "Jabatan pada tabel paraf koordinasi naskah konsep; [] untuk tanpa tabel",
        pabrik=_paraf_bawaan,
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


@dataclass(kw_only=True)
class Instansi(Berlokasi):
    pemerintah_daerah: str = bidang(Teks(), "Nama pemerintah daerah, misalnya Pemerintah Kabupaten Balangan")
    jenis_daerah: str = bidang(Pilihan(["Kabupaten", "Kota", "Provinsi"]), "Jenis daerah")
    nama_daerah: str = bidang(Teks(), "Nama daerah tanpa jenisnya, misalnya Balangan")
    sekretariat: str = bidang(Teks(), "Nama perangkat daerah yang menerbitkan naskah")
    ibukota: str = bidang(Teks(), "Ibu kota daerah, tempat penetapan")
    kop: list[str] = bidang(Daftar(Teks(), min_isi=1), "Baris kop dari atas ke bawah; baris terakhir alamat")
    logo: Path | None = bidang(JalurBerkas(wajib=False), "Berkas logo PNG/JPG, relatif terhadap folder konten")
    pengaturan: Pengaturan = bidang(Peta(Pengaturan, wajib=False), "Pengaturan dokumen")


# --- people ----------------------------------------------------------------


@dataclass(kw_only=True)
class Penandatangan(Berlokasi):
    jabatan: str = bidang(Teks(), "Jabatan penanda tangan")
    nama: str | None = _teks("Nama penanda tangan, tanpa gelar akademik")
    prefiks: str | None = bidang(Pilihan(PREFIKS, wajib=False), "Awalan jabatan: Plt., Plh. atau Pj.")
    gelar_depan: str | None = _teks("Gelar akademik di depan nama")
    gelar_belakang: str | None = _teks("Gelar akademik di belakang nama")
    pangkat: str | None = _teks("Pangkat, misalnya Pembina Utama Muda")
    golongan: str | None = _teks("Golongan/ruang, misalnya IV/c")
    nip: str | None = _teks("NIP 18 angka, misalnya 19760417 199412 1 001")
    perlu_konfirmasi: str | None = _teks(_PERLU_KONFIRMASI)
    catatan: str | None = _teks(_CATATAN)


# --- keputusan -------------------------------------------------------------


@dataclass(kw_only=True)
class Nomor(Berlokasi):
    kode: str = bidang(Teks(), "Kode klasifikasi, misalnya 188.45")
    urut: str | None = _teks("Nomor urut; boleh kosong selama konsep")
    unit: str = bidang(Teks(), "Kode unit pengolah, misalnya Kum")
    tahun: int = bidang(BilanganBulat(**TAHUN), "Tahun nomor keputusan")


@dataclass(kw_only=True)
class Ditetapkan(Berlokasi):
    tempat: str | None = _teks("Tempat penetapan; bawaan: ibu kota daerah")
    tanggal: Tanggal = bidang(TanggalBidang(), "Tanggal penetapan, misalnya 20 Desember 2021 atau Desember 2021")


@dataclass(kw_only=True)
class Keputusan(Berlokasi):
    id: str = bidang(Pengenal("keputusan-iku"), "Pengenal keputusan, juga nama berkas hasil")
    status: str = bidang(Pilihan(["konsep", "final"], wajib=False), "Status naskah: konsep atau final", bawaan="konsep")
    nomor: Nomor = bidang(Peta(Nomor), "Nomor keputusan")
    pejabat: str = bidang(Teks(), "Pejabat yang menetapkan")
    tentang: str = bidang(Teks(), "Perihal keputusan")
    menimbang: list[str] = bidang(Daftar(Teks(), min_isi=1), "Butir Menimbang, tanpa huruf a., b.")
    mengingat: list[str] = bidang(Daftar(Teks(), min_isi=1), "Butir Mengingat, tanpa angka 1., 2.")
    menetapkan: str = bidang(Teks(), "Judul yang ditetapkan")
    diktum: list[str] = bidang(Daftar(Teks(), min_isi=1), "Diktum, tanpa KESATU, KEDUA")
    ditetapkan: Ditetapkan = bidang(Peta(Ditetapkan), "Tempat dan tanggal penetapan")
    penandatangan: Penandatangan = bidang(Peta(Penandatangan), "Penanda tangan keputusan")
    lampiran: list[str] = bidang(Daftar(Teks(), wajib=False), "Id unit yang dilampirkan, berurutan")
    catatan: str | None = _teks(_CATATAN)
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
    skala: str | None = _teks("Skala predikat nilai: sakip, ipp, ikm atau capaian")
    boleh_negatif: bool = bidang(
        YaTidak(wajib=False), "ya bila nilainya dapat di bawah nol, misalnya laju pertumbuhan", bawaan=False
    )
    kondisi_awal: Nilai | None = bidang(NilaiKinerja(wajib=False), "Kondisi awal periode")
    target: dict[int, Nilai] = bidang(PetaTahun(NilaiKinerja()), "Target setiap tahun periode")
    kondisi_akhir: Nilai | None = bidang(
        NilaiKinerja(wajib=False), "Kondisi akhir periode; bawaan: target tahun terakhir"
    )
    makna: str | None = _teks("Makna indikator")
    alasan: str | None = _teks("Alasan pemilihan indikator")
    cara_hitung: str | None = _teks("Cara menghitung indikator")
    penanggung_jawab: str | None = _teks("Penanggung jawab indikator")
    sumber_data: str | None = _teks("Sumber data indikator")
    perlu_konfirmasi: str | None = _teks(_PERLU_KONFIRMASI)
    catatan: str | None = _teks(_CATATAN)


@dataclass(kw_only=True)
class Sasaran(Berlokasi):
    no: int | None = bidang(
        BilanganBulat(min=1, max=999, wajib=False), "Nomor baris tabel; bila kosong, nomor sesudah baris sebelumnya"
    )
    kinerja_utama: str = bidang(Teks(), "Kinerja utama (sasaran)")
    indikator: list[Indikator] = bidang(Daftar(Peta(Indikator), min_isi=1), "Indikator kinerja sasaran ini")
    perlu_konfirmasi: str | None = _teks(_PERLU_KONFIRMASI)


@dataclass(kw_only=True)
class SubBagian(Berlokasi):
    sub_bagian: str = bidang(Teks(), "Nama Sub Bagian")
    sasaran: list[Sasaran] = bidang(Daftar(Peta(Sasaran), min_isi=1), "Sasaran Sub Bagian ini")


class SasaranBerjalur(NamedTuple):
    """One sasaran of a unit with its place in the unit's file."""

    jalur: str  # dotted path: "eselon_iii[2]", "eselon_iv[1].sasaran[3]"
    tingkat: str  # the field holding it: "eselon_ii", "eselon_iii" or "eselon_iv"
    sub_bagian: SubBagian | None  # for eselon_iv
    sasaran: Sasaran


@dataclass(kw_only=True)
class Unit(Berlokasi):
    id: str = bidang(Pengenal("hukum"), "Pengenal unit, juga bagian nama berkas lampiran")
    nama: str = bidang(Teks(), "Nama unit, misalnya Bagian Hukum")
    tingkat: str = bidang(Pilihan(["sekretariat", "bagian"]), "Tingkat tabel IKU unit: sekretariat atau bagian")
    periode: Periode = bidang(Peta(Periode), "Periode IKU; setiap indikator bertarget setiap tahunnya")
    tugas: str | None = _teks("Tugas unit")
    fungsi: list[str] = bidang(Daftar(Teks(), wajib=False), "Fungsi unit")
    penandatangan: Penandatangan = bidang(Peta(Penandatangan), "Penanda tangan lampiran unit")
    eselon_ii: list[Sasaran] = bidang(Daftar(Peta(Sasaran), wajib=False), "Sasaran tingkat eselon II (unit tingkat sekretariat)")
    eselon_iii: list[Sasaran] = bidang(Daftar(Peta(Sasaran), wajib=False), "Sasaran tingkat eselon III (kepala unit)")
    eselon_iv: list[SubBagian] = bidang(Daftar(Peta(SubBagian), wajib=False), "Sasaran tingkat eselon IV, per Sub Bagian")
    perlu_konfirmasi: str | None = _teks(_PERLU_KONFIRMASI)
    catatan: str | None = _teks(_CATATAN)
    berkas: Path | None = field(default=None, repr=False, compare=False)

    def sasaran_berjalur(self) -> Iterator[SasaranBerjalur]:
        """Every sasaran of the unit in reading order, with its path and level."""
        for nama in ("eselon_ii", "eselon_iii"):
            for i, s in enumerate(getattr(self, nama), start=1):
                yield SasaranBerjalur(f"{nama}[{i}]", nama, None, s)
        for i, sb in enumerate(self.eselon_iv, start=1):
            for j, s in enumerate(sb.sasaran, start=1):
                yield SasaranBerjalur(f"eselon_iv[{i}].sasaran[{j}]", "eselon_iv", sb, s)

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
    penjelasan: str | None = _teks("Sebab keberhasilan atau kegagalan, dan upaya perbaikannya")
    standar_nasional: Nilai | None = bidang(NilaiKinerja(wajib=False), "Standar nasional, bila ada")
    perlu_konfirmasi: str | None = _teks(_PERLU_KONFIRMASI)
    catatan: str | None = _teks(_CATATAN)


@dataclass(kw_only=True)
class Realisasi(Berlokasi):
    """The realisasi of one year (konten/realisasi/<tahun>.yaml)."""

    tahun: int = bidang(BilanganBulat(**TAHUN), "Tahun realisasi")
    data_contoh: bool = bidang(YaTidak(wajib=False), "ya bila angkanya rekaan (data contoh)", bawaan=False)
    catatan: str | None = _teks(_CATATAN)
    indikator: dict[str, CapaianIndikator] = bidang(
        PetaBebas(Peta(CapaianIndikator)), "Realisasi per id indikator"
    )
    berkas: Path | None = field(default=None, repr=False, compare=False)


@dataclass(kw_only=True)
class Kegiatan(Berlokasi):
    nama: str = bidang(Teks(), "Nama kegiatan")
    pagu: Decimal = bidang(Rupiah(), "Pagu anggaran kegiatan dalam rupiah")
    realisasi: Decimal = bidang(Rupiah(), "Realisasi anggaran kegiatan dalam rupiah")


@dataclass(kw_only=True)
class Program(Berlokasi):
    nama: str = bidang(Teks(), "Nama program")
    kegiatan: list[Kegiatan] = bidang(Daftar(Peta(Kegiatan), min_isi=1), "Kegiatan program ini")


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
    judul: str | None = _teks("Judul lengkap laporan")
    data_contoh: bool = bidang(
        YaTidak(wajib=False), "ya menandai sampul dan Ikhtisar Eksekutif sebagai data contoh", bawaan=False
    )
    unit: list[str] = bidang(Daftar(Teks(), min_isi=1), "Id unit yang dilaporkan")
    penandatangan: Penandatangan = bidang(Peta(Penandatangan), "Penanda tangan laporan")
    pihak_kedua: Penandatangan | None = bidang(
        Peta(Penandatangan, wajib=False),
        "Pihak kedua Perjanjian Kinerja (atasan penanda tangan laporan); bila tidak ditulis: kepala daerah, tanpa nama",
        bawaan=None,
    )
    ditetapkan: Ditetapkan = bidang(Peta(Ditetapkan), "Tempat dan tanggal penandatanganan")
    perjanjian_kinerja: dict[str, Nilai] = bidang(
        PetaBebas(NilaiKinerja(), wajib=False),
        "Target Perjanjian Kinerja yang berbeda dari target IKU tahun itu, per id indikator",
    )
    narasi: Narasi = bidang(Peta(Narasi, wajib=False), "Berkas narasi Markdown laporan")
    anggaran: list[Program] = bidang(Daftar(Peta(Program), wajib=False), "Realisasi anggaran per program")
    catatan: str | None = _teks(_CATATAN)
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
