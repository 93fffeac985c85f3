"""The Petunjuk sheet: how a unit fills in its sheet, in Indonesian, with
the list of the workbook's sheets."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from .model import LEMBAR_META
from .tata import HURUF_TEBAL, atur_cetak, lebarkan, tulis_judul, tulis_kepala, tulis_sel

LANGKAH_REALISASI = (
    "Buka lembar unit Anda: nama lembar adalah nama unit. Satu baris untuk satu indikator kinerja.",
    "Isi hanya sel berwarna kuning: Realisasi, Penjelasan dan Standar Nasional. Kolom lain terkunci dan tidak boleh diubah.",
    "Realisasi ditulis seperti target: koma untuk desimal (93,75), tanda % untuk persen (93,75%), satuan boleh ditulis "
    "(12 Laporan). Titik adalah pemisah ribuan (1.250.000), bukan tanda desimal.",
    "Indikator yang memakai skala predikat (misalnya Nilai SAKIP atau Indeks Pelayanan Publik) boleh ditulis dengan "
    "predikatnya: BB = 70,62 atau 3,45 (B-). Daftar predikat tampil bila sel dipilih; predikat harus sesuai angkanya.",
    "Saat sel dipilih, catatan kecil menunjukkan bentuk isian dan target indikator itu.",
    "Bila Excel menampilkan peringatan bahwa isian bukan angka (misalnya karena Excel memakai titik sebagai tanda "
    "desimal), pilih Ya/Yes untuk tetap memakai ketikan Anda: naskah membacanya dengan koma desimal.",
    "Penjelasan: sebab keberhasilan atau kegagalan pencapaian kinerja, dan upaya perbaikannya.",
    "Standar Nasional: isi bila indikator memiliki standar nasional (misalnya nilai IKM nasional); bila tidak, kosongkan.",
    "Sel yang dikosongkan berarti nilainya dihapus. Sel yang tidak diubah tidak menimpa data yang sudah ada.",
    "Jangan mengganti nama lembar, menyisipkan atau menghapus baris, atau membuka kunci lembar. Lembar tersembunyi "
    f"'{LEMBAR_META}' menyimpan data untuk impor; jangan diubah.",
    "Simpan sebagai Buku Kerja Excel (.xlsx), lalu kirim kembali kepada pengelola data kinerja.",
)

LANGKAH_ANGGARAN = (
    "Lembar Anggaran memuat setiap kegiatan Perjanjian Kinerja tahun ini dengan pagunya. Isi kolom Realisasi (sel "
    "berwarna kuning) dengan jumlah rupiah yang dibelanjakan: angkanya saja, tanpa Rp dan titik ribuan (1047630000); "
    "tampilannya menjadi Rp1.047.630.000,00. Kode, program, kegiatan, unit dan pagu terkunci: pagu diubah di "
    "Perjanjian Kinerja.",
)

LANGKAH_IKU = (
    "Buku kerja ini hanya untuk dibaca dan ditelaah: setiap lembar memuat Indikator Kinerja Utama satu unit, "
    "dengan target setiap tahun periode.",
    "Usulan perubahan disampaikan kepada pengelola data kinerja; perubahan dilakukan di konten, bukan di buku kerja ini.",
)


def tulis_petunjuk(ws: Worksheet, judul: list[str], langkah: tuple[str, ...], lembar: list[tuple[str, str, str]]) -> None:
    """Title rows, numbered steps, then the table of the sheets (sheet
    name, unit name, what it holds: "7 indikator")."""
    tulis_judul(ws, judul)
    nomor = len(judul) + 2
    for i, teks in enumerate(langkah, start=1):
        tulis_sel(ws, nomor, 1, f"{i}.", bingkai=False).font = HURUF_TEBAL
        tulis_sel(ws, nomor, 2, teks, bingkai=False)
        nomor += 1
    nomor += 1
    tulis_kepala(ws, nomor, ["No.", "Lembar", "Isi"])
    for i, (nama, unit, isi) in enumerate(lembar, start=1):
        tulis_sel(ws, nomor + i, 1, f"{i}.")
        tulis_sel(ws, nomor + i, 2, nama if nama == unit else f"{nama} ({unit})")
        tulis_sel(ws, nomor + i, 3, isi)
    lebarkan(ws, {1: 4, 2: 110, 3: 18}, len(judul) + 2)
    atur_cetak(ws, None)
