"""``naskah periksa``: check the content without writing anything."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..dasar.tembolok import Tembolok
from ..periksa import laporan, periksa_konten
from . import opsi

KETERANGAN = (
    "Memeriksa semua berkas konten dan melaporkan setiap masalah dengan berkas, baris, kolom dan nama bidangnya: "
    "galat dulu, lalu peringatan, lalu bacaan yang ditandai perlu konfirmasi. Kode keluar 1 bila ada galat."
)


def argumen(p: argparse.ArgumentParser) -> None:
    opsi.konten(p)
    p.add_argument(
        "--keluaran", type=Path, default=opsi.KELUARAN, metavar="FOLDER",
        help="folder keluaran yang temboloknya (keluaran/.cache) dibaca: narasi yang isinya sudah pernah diurai "
        "tidak diurai ulang dengan pandoc. Tidak ada yang ditulis ke sana (bawaan: keluaran)",
    )
    p.add_argument("--ketat", action="store_true", help="perlakukan peringatan sebagai galat")
    opsi.format_laporan(p, "bentuk laporan (bawaan: teks)")


def jalankan(args: argparse.Namespace, terminal) -> int:
    _, p = periksa_konten(args.konten, Tembolok.dari_keluaran(args.keluaran, baca_saja=True))
    if args.ketat:
        p.ketat()
    if args.format == "json":
        terminal.mentah(laporan.json_teks(p.masalah))
    else:
        terminal.laporan(laporan.teks(p.masalah))
    return 1 if p.ada_galat else 0
