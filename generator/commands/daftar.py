"""``naskah daftar``: the documents a build would make, without making them."""

from __future__ import annotations

import argparse
import json

from ..alur.rencana import rencana
from ..periksa import laporan, muat_valid
from . import opsi

KETERANGAN = (
    "Membaca dan memeriksa konten, lalu mencetak setiap dokumen yang akan dibuat 'naskah bangun', satu per baris: "
    "id (dipakai untuk 'naskah bangun ID'), jenisnya (keputusan, lampiran, perjanjian_kinerja, lkjip), status "
    "(konsep atau final, untuk Keputusan dan Lampirannya serta Perjanjian Kinerja) dan berkasnya di folder keluaran. Tidak ada dokumen yang dibuat. "
    "Bila konten salah, setiap galat dicetak dengan berkas, baris dan kolomnya, dan kode keluar 1."
)


def argumen(p: argparse.ArgumentParser) -> None:
    opsi.konten(p)
    p.add_argument("--konsep", action="store_true", help="seperti 'naskah bangun --konsep': semua Keputusan sebagai konsep")
    opsi.format_laporan(p, "bentuk daftar (bawaan: teks; json untuk program lain)")


def jalankan(args: argparse.Namespace, terminal) -> int:
    catatan: list = []
    konten = muat_valid(args.konten, laporan=catatan.extend)
    dokumen = [
        {"id": d.id, "jenis": d.jenis, "status": d.status.value if d.status else None, "berkas": d.jalur, "judul": d.judul}
        for d in rencana(konten, paksa_konsep=args.konsep)
    ]
    if args.format == "json":
        terminal.mentah(json.dumps({"dokumen": dokumen}, ensure_ascii=False, indent=2))
    else:
        lebar = max((len(d["id"]) for d in dokumen), default=0)
        lebar_jenis = max((len(d["jenis"]) for d in dokumen), default=0)
        for d in dokumen:
            terminal.baris(f"{d['id']:<{lebar}}  {d['jenis']:<{lebar_jenis}}  {d['status'] or '-':<6}  {d['berkas']}")
    if catatan:
        terminal.info(f"Konten: {laporan.ringkasan(catatan)} Rinciannya: {opsi.ulang('periksa', args, ['konten'])}")
    return 0
