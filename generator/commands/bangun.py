"""``naskah bangun``: build the documents into keluaran/."""

from __future__ import annotations

import argparse

from ..alur.bangun import bangun
from ..dasar.galat import KeluaranError
from ..muat.pemeriksa import KODE_KONTEN_LAMA
from ..periksa import laporan
from ..tulis.final import SetTerpisah
from ..tulis.transaksi import Terputus
from . import opsi

KETERANGAN = (
    "Membaca konten, memeriksanya, lalu menulis Keputusan beserta seluruh Lampirannya, "
    "Lampiran tiap unit sebagai berkas tersendiri, dan keluaran/manifest.json. "
    "Bila ada galat, tidak ada berkas yang ditulis."
)


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", nargs="*", metavar="ID", help="hanya dokumen dengan id ini (bawaan: semua; daftar id: naskah daftar)")
    opsi.konten(p)
    opsi.keluaran(p)
    opsi.templat(p)
    p.add_argument("--ketat", action="store_true", help="perlakukan peringatan sebagai galat (tidak ada yang ditulis bila ada)")
    p.add_argument("--konsep", action="store_true", help="buat semua Keputusan sebagai konsep (pratinjau), apa pun statusnya di konten")
    p.add_argument("--pdf", action="store_true", help="buat juga PDF tiap dokumen dengan LibreOffice (PDF/A-2b untuk dokumen final)")
    p.add_argument(
        "--semua",
        action="store_true",
        help="buat ulang semua dokumen; tanpa opsi ini dokumen yang masukannya (konten, templat, pengaturan, versi naskah) "
        "dan berkasnya tidak berubah sejak bangun terakhir dibiarkan (catatannya di keluaran/.cache/)",
    )
    p.add_argument(
        "--ganti-final",
        action="store_true",
        help="izinkan mengganti dokumen final yang isinya berubah; berkas lama diarsipkan lebih dulu di keluaran/final/arsip/",
    )
    p.add_argument(
        "--tunggu",
        type=float,
        default=300,
        metavar="DETIK",
        help="bila bangun lain sedang menulis ke folder keluaran yang sama, tunggu paling lama sekian detik (bawaan: 300)",
    )


# The options of ``naskah bangun`` a hint repeats (the ids are the hint's own).
OPSI = ("konten", "keluaran", "templat", "ketat", "konsep", "pdf", "semua", "tunggu")


def jalankan(args: argparse.Namespace, terminal) -> int:
    catatan: list = []
    keluaran = args.keluaran.as_posix()
    try:
        entri = bangun(
            args.konten,
            args.keluaran,
            args.templat,
            args.id,
            ketat=args.ketat,
            konsep=args.konsep,
            pdf=args.pdf,
            ganti_final=args.ganti_final,
            semua=args.semua,
            masalah=catatan.extend,
            tunggu=args.tunggu,
            saat_menunggu=lambda siapa: terminal.info(f"menunggu bangun lain selesai menulis ke {keluaran} ({siapa}) ..."),
        )
    except SetTerpisah as exc:
        raise KeluaranError(exc.pesan(opsi.ulang("bangun", args, OPSI, ["--ganti-final", *exc.anggota]))) from None
    try:
        _cetak(entri, args, terminal, catatan)
    except KeyboardInterrupt:
        raise Terputus("selesai") from None  # everything is written already
    return 0


def _cetak(entri: list[dict], args: argparse.Namespace, terminal, catatan: list) -> None:
    lebar = max([10, *(len(f"{e.get('jenis', '')}") + 1 for e in entri)])
    for e in entri:
        jenis, status = f"{e.get('jenis', ''):<{lebar - 1}}", f"{e.get('status', '')}"
        pdf_baru = f" + PDF baru {(args.keluaran / e['pdf']).as_posix()}" if e.get("pdf_baru") else ""
        if e.get("tetap"):
            terminal.tanda("=", "cyan", f"{jenis} final   {e['id']}  (final, isinya tidak berubah; tidak ditulis ulang){pdf_baru}")
            continue
        if e.get("tidak_berubah"):
            terminal.tanda("=", "cyan", f"{jenis} {status:<7} {e['id']}  (tidak berubah; tidak ditulis ulang){pdf_baru}")
            continue
        pdf = f" + {(args.keluaran / e['pdf']).as_posix()}" if e.get("pdf") else ""
        terminal.tanda("✓", "green", f"{jenis} {status:<7} {e['id']}  → {(args.keluaran / e['berkas']).as_posix()}{pdf}")
    ditulis = sum(1 for e in entri if not e.get("tetap") and not e.get("tidak_berubah"))
    sama = len(entri) - ditulis
    tetap = f"{sama} tidak berubah; " if sama else ""
    terminal.baris(f"{ditulis} dokumen ditulis; {tetap}manifest: {(args.keluaran / 'manifest.json').as_posix()}")
    if catatan:
        # Content written with old keys: each rename is printed where it is to be made.
        terminal.masalah(m for m in catatan if m.kode in KODE_KONTEN_LAMA)
        terminal.info(f"Konten: {laporan.ringkasan(catatan)} Rinciannya: {opsi.ulang('periksa', args, ['konten'])}")
