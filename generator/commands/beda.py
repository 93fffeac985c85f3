"""``naskah beda``: what changed between two revisions of the content.

Each side is a git revision or a content folder (:mod:`generator.beda.git`);
both are loaded with the ordinary content loader, compared
(:mod:`generator.beda.inti`), and the report printed and written with
``--lacak``'s decrees (:mod:`generator.alur.beda`).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from ..alur import beda as alur
from ..alur.bangun import Simpanan, bangun_memori
from ..alur.templat import folder_templat
from ..beda.git import Sisi, ambil_sisi, sisi_kerja
from ..beda.inti import bandingkan
from ..beda.pk import id_pk_bersama
from ..dasar.galat import GALAT, KontenError
from ..dasar.tembolok import Tembolok
from ..muat.konten import muat_konten
from ..muat.model import Konten
from ..periksa import periksa_konten
from ..tulis.proses import tandai
from . import opsi
from .terminal import polos

KETERANGAN = (
    "Membandingkan konten dua revisi git (commit, tag, cabang, HEAD~1) atau dua folder konten, "
    "lalu melaporkan per unit indikator yang ditambahkan, dihapus atau berganti nama, setiap perubahan target "
    "(lama -> baru), dan perubahan teks dengan kata yang berubah ditandai: [-dihapus-] dan {+ditambahkan+}; "
    "juga perubahan Keputusan (nomor, tentang, Menimbang, Mengingat, Diktum, tanggal, penandatangan), instansi, "
    "dan setiap Perjanjian Kinerja (target, pihak, program, kegiatan dan pagunya, Rencana Aksi). "
    "Laporan yang sama ditulis sebagai keluaran/laporan-perubahan.docx. "
    "Dengan --lacak, setiap Keputusan dan Perjanjian Kinerja yang ada di kedua sisi juga ditulis sebagai "
    "keluaran/ID-lacak.docx: dokumen baru (Keputusan beserta Lampirannya) dengan setiap perbedaan dari yang lama "
    "sebagai perubahan terlacak (Track Changes) yang dapat diterima atau ditolak di Word atau LibreOffice."
)


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("lama", metavar="REV_LAMA", help="revisi git (commit, tag, cabang, HEAD~1) atau folder konten yang lama")
    p.add_argument(
        "baru",
        nargs="?",
        metavar="REV_BARU",
        help="revisi git atau folder konten yang baru (bawaan: folder konten di pohon kerja, lihat --konten)",
    )
    opsi.konten(p, "folder konten; untuk revisi git, folder yang sama di dalam repositorinya (bawaan: konten)")
    opsi.keluaran(p)
    opsi.templat(p)
    opsi.format_laporan(p, "bentuk laporan di terminal (bawaan: teks)")
    p.add_argument(
        "--lacak",
        action="store_true",
        help="tulis juga Keputusan dan Perjanjian Kinerja baru dengan perubahan terlacak (Track Changes) terhadap yang lama",
    )


def _muat(sisi: Sisi, nama: str, terminal, periksa: bool, tembolok: Tembolok) -> tuple[Konten | None, list]:
    """Load one side (and, with ``periksa``, validate it as a build does);
    print its errors when it does not load.  Returns the content and its
    validation errors."""
    if periksa:
        konten, p = periksa_konten(sisi.folder, tembolok)
    else:
        konten, p = muat_konten(sisi.folder)
    if konten is None:
        terminal.galat_sisi(p.masalah, nama, sisi.berkas)
        terminal.gagal(f"konten {nama} ({sisi.label}) tidak dapat dibaca; perbaiki galat di atas lalu ulangi")
    return konten, [x for x in p.masalah if x.tingkat == GALAT]


def _lacak(sisi: list[tuple[Sisi, str, Konten, list]], ids: list[str], templat: Path, keluaran: Path, terminal) -> list | None:
    """The ``-lacak`` decrees; None (errors printed) when a side does not
    build.  What both sides share, or what a build left current in
    ``keluaran``, is made once (:class:`generator.alur.bangun.Simpanan`)."""
    if not ids:
        terminal.info("--lacak: tidak ada Keputusan atau Perjanjian Kinerja (menurut id) yang ada di kedua sisi; "
                      "tidak ada berkas -lacak yang ditulis")
        return []
    dibangun = []
    simpanan = Simpanan(keluaran)
    for s, nama, konten, galat in sisi:
        try:
            if galat:
                raise KontenError(galat)
            dibangun.append(bangun_memori(konten, templat, ids, simpanan))
        except KontenError as exc:
            terminal.galat_sisi(exc.masalah, nama, s.berkas)
            terminal.gagal(
                f"Dokumen {nama} ({s.label}) tidak dapat dibuat untuk --lacak; perbaiki galat di atas lalu ulangi. "
                "Tidak ada berkas yang ditulis."
            )
            return None
    return alur.berkas_lacak(*dibangun, [sisi[0][0].label, sisi[1][0].label], templat)


def jalankan(args: argparse.Namespace, terminal) -> int:
    with tempfile.TemporaryDirectory(prefix="naskah-beda-", ignore_cleanup_errors=True) as sementara:
        tandai(Path(sementara))  # removed by the next run if this one is killed
        lama = ambil_sisi(args.lama, args.konten, Path(sementara) / "lama")
        baru = sisi_kerja(args.konten) if args.baru is None else ambil_sisi(args.baru, args.konten, Path(sementara) / "baru")
        tembolok = Tembolok.dari_keluaran(args.keluaran, tunda=Path(sementara) / "tembolok")
        (konten_lama, galat_lama), (konten_baru, galat_baru) = (
            _muat(lama, "lama", terminal, args.lacak, tembolok), _muat(baru, "baru", terminal, args.lacak, tembolok))
        if konten_lama is None or konten_baru is None:
            return 1
        hasil = bandingkan(konten_lama, konten_baru, lama.label, baru.label, logo=(alur.logo(konten_lama), alur.logo(konten_baru)))
        with folder_templat(args.templat, args.konten) as templat:
            tambahan = []
            if args.lacak:
                ada_lama = {k.id for k in konten_lama.keputusan}
                sisi = [(lama, "lama", konten_lama, galat_lama), (baru, "baru", konten_baru, galat_baru)]
                ids = [k.id for k in konten_baru.keputusan if k.id in ada_lama] + id_pk_bersama(konten_lama, konten_baru)
                tambahan = _lacak(sisi, ids, templat, args.keluaran, terminal)
                if tambahan is None:
                    return 1
            berkas = [alur.laporan(hasil, konten_baru, templat), *tambahan]
        alur.tulis(args.keluaran, berkas)
        tembolok.simpan()  # the narratives parsed for --lacak, once the files are written
    ditulis = [(e["id"], (args.keluaran / relatif).as_posix()) for relatif, _, e in berkas]
    if args.format == "json":
        terminal.mentah(json.dumps(hasil.sebagai_dict(), ensure_ascii=False, indent=2))
        for did, jalur in ditulis:
            terminal.info(f"{did} → {jalur}")
        return 0
    for jenis, teks in hasil.baris():
        gaya = "bold" if jenis in ("kepala", "ringkasan", "judul") else None
        terminal.out.print(polos(teks), style=gaya, markup=False, emoji=False, highlight=False)
    terminal.out.print()
    for did, jalur in ditulis:
        terminal.tanda("✓", "green", f"{did}  → {jalur}")
    return 0
