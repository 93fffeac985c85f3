"""``naskah excel``: the realisasi workbook out to the units and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..dasar.galat import tampil_berkas
from ..dasar.perintah import baris_perintah
from ..excel import KELUARAN, ekspor
from ..excel.gabung import HasilImpor, impor_buku
from . import opsi

KETERANGAN = (
    "Mengumpulkan realisasi kinerja dan realisasi anggaran dari unit lewat buku kerja Excel. 'ekspor TAHUN' menulis "
    "buku kerja berisi satu lembar per unit dan lembar Anggaran untuk diisi; 'impor BERKAS' membaca buku kerja yang "
    "sudah diisi kembali ke "
    "konten/realisasi/TAHUN.yaml, atau menyebut setiap sel yang harus diperbaiki. 'ekspor --iku' menulis seluruh IKU "
    "sebagai buku kerja baca-saja untuk ditelaah."
)


def _bantuan(p: argparse.ArgumentParser) -> None:
    p.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")


def argumen(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=type(p), title="aksi")
    sub.required = True
    e = sub.add_parser("ekspor", help="tulis buku kerja realisasi TAHUN (atau IKU dengan --iku)", add_help=False,
                       description="Menulis buku kerja realisasi satu tahun: lembar Petunjuk, satu lembar per unit "
                       "(satu baris per indikator; hanya Realisasi, Penjelasan dan Standar Nasional yang dapat diisi), "
                       "dan lembar Anggaran bila tahun itu ada Perjanjian Kinerja (satu baris per kegiatan dengan "
                       "pagunya; hanya Realisasi yang dapat diisi, dalam rupiah).")
    _bantuan(e)
    e.add_argument("tahun", nargs="?", type=int, metavar="TAHUN", help="tahun realisasi yang dikumpulkan")
    e.add_argument("--iku", action="store_true", help="tulis seluruh IKU (semua unit, target setiap tahun) sebagai buku kerja baca-saja")
    opsi.konten(e)
    e.add_argument("--keluaran", dest="berkas", type=Path, default=None, metavar="BERKAS",
                   help=f"berkas .xlsx yang ditulis (bawaan: {KELUARAN.as_posix()}/realisasi-TAHUN.xlsx, "
                   f"dengan --iku {KELUARAN.as_posix()}/iku.xlsx)")
    e.add_argument("--timpa", action="store_true",
                   help="timpa buku kerja yang sudah disimpan oleh program lembar kerja; yang lama disimpan dulu sebagai BERKAS.bak-TANGGAL")
    e.set_defaults(aksi_jalankan=_ekspor, parser_aksi=e)
    i = sub.add_parser("impor", help="baca buku kerja yang sudah diisi ke konten/realisasi/TAHUN.yaml", add_help=False,
                       description="Membaca buku kerja hasil 'naskah excel ekspor' yang sudah diisi unit. Hanya sel yang "
                       "diubah yang ditulis. Bila ada sel yang salah, setiap sel disebut dan tidak ada yang ditulis.")
    _bantuan(i)
    i.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx yang sudah diisi")
    opsi.konten(i)
    i.add_argument("--timpa", action="store_true", help="impor juga bila berkas realisasi berubah sejak ekspor; "
                   "berkas lama disimpan dulu sebagai TAHUN.yaml.bak-TANGGAL")
    i.set_defaults(aksi_jalankan=_impor)


def jalankan(args: argparse.Namespace, terminal) -> int:
    return args.aksi_jalankan(args, terminal)


def _ekspor(args: argparse.Namespace, terminal) -> int:
    if args.iku == (args.tahun is not None):
        args.parser_aksi.error("sebutkan TAHUN, atau --iku tanpa TAHUN")
    tahun = None if args.iku else args.tahun
    berkas, cadangan = ekspor(args.konten, tahun, args.berkas, args.timpa)
    if cadangan is not None:
        terminal.baris(f"Berkas lama disimpan sebagai {tampil_berkas(cadangan)}")
    terminal.tanda("✓", "green", tampil_berkas(berkas))
    if tahun is not None:
        konten = ["--konten", args.konten] if args.konten != opsi.KONTEN else []
        terminal.baris(f"Kirim buku kerja ini ke unit. Setelah diisi: {baris_perintah('excel', 'impor', berkas, *konten)}")
    return 0


def _impor(args: argparse.Namespace, terminal) -> int:
    hasil = impor_buku(args.berkas, args.konten, args.timpa)
    terminal.masalah(hasil.peringatan)
    _laporan_impor(hasil, args, terminal)
    return 0


def _laporan_impor(hasil: HasilImpor, args: argparse.Namespace, terminal) -> None:
    tujuan = tampil_berkas(hasil.berkas)
    if not hasil.perubahan:
        terminal.tanda("=", "cyan", f"{tujuan}: tidak ada sel yang berubah; berkas tidak ditulis")
        return
    for c, sekarang in hasil.bentrok:
        terminal.info(f"{c.lokasi}: {c.id}: {c.label} di {tujuan} sudah diubah sesudah ekspor ('{sekarang}'); diganti dengan isi buku kerja")
    if hasil.cadangan is not None:
        terminal.baris(f"Berkas lama disimpan sebagai {tampil_berkas(hasil.cadangan)}")
    for c in hasil.perubahan:
        lama = f"'{c.lama}'" if c.lama else "(kosong)"
        baru = f"'{c.baru}'" if c.baru else "(dihapus)"
        terminal.baris(f"  {c.id} {c.label}: {lama} -> {baru}  ({c.lokasi})")
    terminal.tanda("✓", "green", f"{tujuan}: {len(hasil.perubahan)} nilai ditulis")
    terminal.baris(f"Periksa konten: {opsi.ulang('periksa', args, ['konten'])}")
