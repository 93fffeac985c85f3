"""Options shared by several verbs, declared once."""

from __future__ import annotations

import argparse
from pathlib import Path


def konten(p: argparse.ArgumentParser, bantuan: str = "folder konten (bawaan: konten)") -> None:
    p.add_argument("--konten", type=Path, default=Path("konten"), metavar="FOLDER", help=bantuan)


def keluaran(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keluaran", type=Path, default=Path("keluaran"), metavar="FOLDER", help="folder keluaran (bawaan: keluaran)")


def templat(p: argparse.ArgumentParser) -> None:
    p.add_argument("--templat", type=Path, default=Path("templat"), metavar="FOLDER", help="folder templat .docx (bawaan: templat)")


def format_laporan(p: argparse.ArgumentParser, bantuan: str) -> None:
    p.add_argument("--format", choices=["teks", "json"], default="teks", help=bantuan)
