"""``naskah skema``: write the JSON Schemas of the content files for editors."""

from __future__ import annotations

import argparse

from ..dasar.galat import KeluaranError
from ..muat.json_skema import FOLDER_SKEMA, tulis_skema
from . import opsi

KETERANGAN = (
    f"Menulis skema JSON setiap jenis berkas konten (instansi, keputusan, unit, realisasi, lkjip, pk) ke {FOLDER_SKEMA}/ "
    "di folder konten, dan menambahkan baris pertama '# yaml-language-server: $schema=...' pada setiap berkas YAML "
    "konten. Editor dengan YAML language server (misalnya VS Code dengan ekstensi YAML) lalu melengkapi kunci dan "
    "menandai kesalahan selagi mengetik. Isi berkas lain tidak berubah; menjalankannya lagi tidak mengubah apa pun."
)


def argumen(p: argparse.ArgumentParser) -> None:
    opsi.konten(p)


def jalankan(args: argparse.Namespace, terminal) -> int:
    folder = args.konten
    if not folder.is_dir():
        raise KeluaranError(f"{folder.as_posix()}: folder konten tidak ditemukan; sebutkan dengan --konten FOLDER")
    try:
        diubah = tulis_skema(folder)
    except OSError as exc:
        raise KeluaranError(
            f"{folder.as_posix()}: skema tidak dapat ditulis ({exc.strerror or exc}); periksa izin tulis folder itu"
        ) from None
    for berkas in diubah:
        terminal.baris(f"✓ {berkas.as_posix()}")
    if not diubah:
        terminal.baris(f"Skema dan baris $schema di {folder.as_posix()}/ sudah sesuai; tidak ada yang diubah.")
    return 0
