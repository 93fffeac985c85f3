"""``naskah bangun``: build the documents into keluaran/."""

from __future__ import annotations

import argparse

from ..alur.bangun import bangun
from ..periksa import laporan
from . import opsi

KETERANGAN = (
    "Membaca konten, memeriksanya, lalu menulis Keputusan beserta seluruh Lampirannya, "
    "Lampiran tiap unit sebagai berkas tersendiri, dan keluaran/manifest.json. "
    "Bila ada galat, tidak ada berkas yang ditulis."
)


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", nargs="*", metavar="ID", help="hanya dokumen dengan id ini (bawaan: semua)")
    opsi.konten(p)
    opsi.keluaran(p)
    opsi.templat(p)
    p.add_argument("--ketat", action="store_true", help="perlakukan peringatan sebagai galat (tidak ada yang ditulis bila ada)")
    p.add_argument("--konsep", action="store_true", help="buat semua Keputusan sebagai konsep (pratinjau), apa pun statusnya di konten")
    p.add_argument("--pdf", action="store_true", help="buat juga PDF tiap dokumen dengan LibreOffice (PDF/A-2b untuk dokumen final)")
    p.add_argument(
        "--ganti-final",
        action="store_true",
        help="izinkan mengganti dokumen final yang isinya berubah; berkas lama diarsipkan lebih dulu di keluaran/final/arsip/",
    )


def jalankan(args: argparse.Namespace, terminal) -> int:
    catatan: list = []
    entri = bangun(
        args.konten,
        args.keluaran,
        args.templat,
        args.id,
        ketat=args.ketat,
        konsep=args.konsep,
        pdf=args.pdf,
        ganti_final=args.ganti_final,
        masalah=catatan.extend,
    )
    for e in entri:
        if e.get("tetap"):
            terminal.out.print(f"[cyan]=[/] {e['jenis']:<10} final   {e['id']}  (final, isinya tidak berubah; tidak ditulis ulang)")
            continue
        pdf = f" + {(args.keluaran / e['pdf']).as_posix()}" if e.get("pdf") else ""
        terminal.out.print(
            f"[green]✓[/] {e['jenis']:<10} {e.get('status', ''):<7} {e['id']}  → {(args.keluaran / e['berkas']).as_posix()}{pdf}",
            highlight=False,
        )
    ditulis = sum(1 for e in entri if not e.get("tetap"))
    terminal.out.print(f"{ditulis} dokumen ditulis; manifest: {(args.keluaran / 'manifest.json').as_posix()}")
    if catatan:
        terminal.info(f"Konten: {laporan.ringkasan(catatan)} Rinciannya: naskah periksa")
    return 0
