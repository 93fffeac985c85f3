"""Options shared by several verbs, declared once, and the command lines
of the hints, which carry the options the user gave."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from ..dasar.perintah import baris_perintah

KONTEN = Path("konten")
KELUARAN = Path("keluaran")


def konten(p: argparse.ArgumentParser, bantuan: str = "folder konten (bawaan: konten)") -> None:
    p.add_argument("--konten", type=Path, default=KONTEN, metavar="FOLDER", help=bantuan)


def keluaran(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keluaran", type=Path, default=KELUARAN, metavar="FOLDER", help="folder keluaran (bawaan: keluaran)")


def templat(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--templat",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="folder templat .docx. Urutan pencarian: folder yang disebut di sini; bila tidak disebut, folder templat/ "
        "di samping folder konten (proyek/konten -> proyek/templat), dari folder mana pun perintah dijalankan; "
        "bila proyek tidak punya folder templat/, templat bawaan naskah. "
        "Folder yang dipakai harus memuat semua templat yang diperlukan",
    )


def format_laporan(p: argparse.ArgumentParser, bantuan: str) -> None:
    p.add_argument("--format", choices=["teks", "json"], default="teks", help=bantuan)


_BAWAAN = {"konten": KONTEN, "keluaran": KELUARAN, "tunggu": 300}


def ulang(perintah: str, args: argparse.Namespace, opsi: Iterable[str], tambahan: Iterable[str] = ()) -> str:
    """``naskah PERINTAH`` with those of the options ``opsi`` (names of
    ``args``) that the user set, then ``tambahan``: the command a hint
    asks the user to run, as they would type it."""
    argumen: list[str | Path] = [perintah]
    for nama in opsi:
        nilai, bendera = getattr(args, nama, None), "--" + nama.replace("_", "-")
        if nilai is True:
            argumen.append(bendera)
        elif nilai not in (None, False, _BAWAAN.get(nama)):
            argumen += [bendera, nilai]
    return baris_perintah(*argumen, *tambahan)
