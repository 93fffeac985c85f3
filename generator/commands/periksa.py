"""``naskah periksa``: check the content without writing anything."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..bangun import periksa_konten
from ..galat import GALAT

NAMA = "periksa"
BANTUAN = "periksa konten tanpa menulis apa pun"
KETERANGAN = "Memeriksa semua berkas konten dan melaporkan setiap masalah beserta berkas, baris dan kolomnya."


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("--konten", type=Path, default=Path("konten"), metavar="FOLDER", help="folder konten (bawaan: konten)")


def jalankan(args: argparse.Namespace, terminal) -> int:
    konten, p = periksa_konten(args.konten)
    terminal.masalah(p.masalah)
    galat = sum(1 for m in p.masalah if m.tingkat == GALAT)
    peringatan = len(p.masalah) - galat
    terminal.baris(f"{galat} galat, {peringatan} peringatan.")
    return 1 if galat else 0
