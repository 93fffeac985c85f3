"""``naskah templat``: write the default .docx templates."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..alur.templat import NAMA_LAMA
from ..dasar.galat import KeluaranError
from ..templat_bawaan import PEMBUAT, tulis_templat
from . import opsi

KETERANGAN = (
    "Menulis templat bawaan (keputusan.docx, lampiran_instansi.docx, lampiran_unit.docx, lkjip.docx, "
    "laporan_perubahan.docx, perjanjian_kinerja.docx) ke folder templat, untuk diubah tampilannya di Word atau "
    "LibreOffice. Templat yang sudah ada tidak ditimpa kecuali dengan --timpa; templat bernama lama "
    "(lampiran_sekretariat.docx, lampiran_bagian.docx) tetap dipakai dan tidak ditulis ulang dengan nama barunya. "
    "'naskah bangun' memakai folder templat/ di samping folder konten bila ada, selain itu templat bawaan yang sama."
)


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("--folder", type=Path, default=Path("templat"), metavar="FOLDER", help="folder tujuan (bawaan: templat)")
    p.add_argument("--timpa", action="store_true", help="timpa templat yang sudah ada")


def jalankan(args: argparse.Namespace, terminal) -> int:
    folder = args.folder
    if folder.exists() and not folder.is_dir():
        raise KeluaranError(f"{folder.as_posix()}: bukan folder; templat ditulis ke sebuah folder (--folder FOLDER)")
    try:
        ditulis = tulis_templat(folder, timpa=args.timpa, nama_lama=NAMA_LAMA)
    except OSError as exc:
        raise KeluaranError(
            f"{folder.as_posix()}: templat tidak dapat ditulis ke folder ini ({exc.strerror or exc}); periksa izin tulisnya"
        ) from None
    for berkas in ditulis:
        terminal.baris(f"✓ {berkas.as_posix()}")
    dilewati = len(PEMBUAT) - len(ditulis)
    if dilewati:
        terminal.baris(f"{dilewati} templat sudah ada dan tidak ditimpa; untuk menimpa: {opsi.ulang('templat', args, ['folder'], ['--timpa'])}")
    return 0
