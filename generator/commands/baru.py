"""``naskah baru``: start the content folder of a new Perangkat Daerah."""

from __future__ import annotations

import argparse
import datetime
import re
from pathlib import Path

from ..baru import Permintaan, buat_folder, periksa_tujuan
from ..dasar.galat import NaskahError
from ..dasar.jenis import JENIS, jenis
from ..muat.konten import INSTANSI
from ..muat.model import TAHUN
from . import opsi

KETERANGAN = (
    "Menulis folder konten baru yang lengkap dan sah untuk satu Perangkat Daerah: instansi.yaml, keputusan.yaml, "
    "unit/ (unit perangkat daerah sendiri dan satu unit untuk tiap tingkat di bawahnya, masing-masing dengan satu "
    "indikator isian), pk/TAHUN.yaml (Perjanjian Kinerja setiap unit dengan anggaran isian), realisasi/TAHUN.yaml, "
    "lkjip/TAHUN/ dengan narasi Markdown, dan skema JSON untuk editor. "
    "Jabatan, sebutan unit dan kalimat keputusan diambil dari jenisnya; setiap isian yang masih harus diganti "
    "ditandai perlu_konfirmasi dan dijelaskan komentar di berkasnya. Folder yang sudah berisi tidak disentuh."
)

#: The kind whose organisation is the Pemda itself: named after the region.
PEMDA = "pemerintah_daerah"
#: Kabupaten, Kota, Provinsi: the choices of instansi.yaml jenis_daerah.
JENIS_DAERAH: list[str] = INSTANSI.bidang["jenis_daerah"].pilihan


def _daerah(teks: str) -> tuple[str, str]:
    """``--daerah "Kabupaten Contoh"`` -> ("Kabupaten", "Contoh")."""
    kata = teks.split(maxsplit=1)
    cocok = [j for j in JENIS_DAERAH if kata and kata[0].lower() == j.lower()]
    if not cocok or len(kata) < 2:
        raise argparse.ArgumentTypeError(
            f"'{teks}' harus diawali jenis daerah ({', '.join(JENIS_DAERAH)}) lalu namanya, "
            'misalnya --daerah "Kabupaten Contoh"'
        )
    return cocok[0], " ".join(kata[1].split())


def _tahun(teks: str) -> int:
    if not re.fullmatch(r"\d{4}", teks.strip()) or not TAHUN["min"] <= int(teks) <= TAHUN["max"]:
        raise argparse.ArgumentTypeError(f"'{teks}' bukan tahun {TAHUN['min']}-{TAHUN['max']}, misalnya 2025")
    return int(teks)


def _periode(teks: str) -> tuple[int, int]:
    cocok = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})\s*", teks)
    if not cocok or int(cocok[1]) > int(cocok[2]):
        raise argparse.ArgumentTypeError(f"'{teks}' bukan periode TAHUN-TAHUN, misalnya 2025-2029")
    return _tahun(cocok[1]), _tahun(cocok[2])


def _nama_tunggal() -> list[str]:
    """The kinds whose name is the kind itself (one per region: the
    Sekretariat Daerah, ...), from their data: their example name is their label."""
    return [jenis(n).label for n in JENIS if jenis(n).contoh_nama == jenis(n).label]


def _daftar_jenis() -> str:
    return "; ".join(f"{n} ({jenis(n).keterangan})" for n in JENIS).replace("%", "%%")


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("folder", type=Path, metavar="FOLDER", help="folder konten baru: belum ada, atau kosong")
    p.add_argument("--jenis", required=True, choices=JENIS, metavar="JENIS", help=f"jenis perangkat daerah: {_daftar_jenis()}")
    p.add_argument(
        "--nama",
        metavar="NAMA",
        help='nama perangkat daerah tanpa nama daerahnya, misalnya "Dinas Kesehatan" atau "Kecamatan Sukamaju"; '
        f"boleh tidak ditulis bila namanya sama dengan jenisnya ({', '.join(_nama_tunggal())}) dan untuk {PEMDA}",
    )
    p.add_argument(
        "--daerah", required=True, type=_daerah, metavar="DAERAH",
        help=f'jenis dan nama daerah, misalnya "Kabupaten Contoh" ({", ".join(JENIS_DAERAH)})',
    )  # fmt: skip
    p.add_argument("--ibukota", metavar="NAMA", help="ibu kota daerah, tempat penetapan (bawaan: nama daerah, ditandai untuk diganti)")
    p.add_argument("--tahun", type=_tahun, metavar="TAHUN", help="tahun Perjanjian Kinerja, realisasi dan LKjIP (bawaan: tahun ini)")
    p.add_argument("--periode", type=_periode, metavar="AWAL-AKHIR", help="periode IKU, misalnya 2025-2029 (bawaan: TAHUN sampai TAHUN+4)")
    p.add_argument("--kepala", metavar="JABATAN", help="jabatan lengkap kepala perangkat daerah (bawaan: dari jenisnya; dipastikan untuk jenis lainnya)")


def _nama(args: argparse.Namespace, jenis_daerah: str, nama_daerah: str) -> str:
    """The organisation's name: as given; else the Pemda's own, or the
    kind's name where the kind is one organisation per region."""
    if args.nama and args.nama.strip():
        return " ".join(args.nama.split())
    j = jenis(args.jenis)
    if args.jenis == PEMDA:
        return f"Pemerintah {jenis_daerah} {nama_daerah}"
    if j.contoh_nama == j.label:
        return j.label
    raise NaskahError(f'--nama wajib untuk jenis {args.jenis}; misalnya --nama "{j.contoh_nama}"')


def permintaan(args: argparse.Namespace) -> Permintaan:
    jenis_daerah, nama_daerah = args.daerah
    tahun = args.tahun or datetime.date.today().year
    awal, akhir = args.periode or (tahun, tahun + 4)
    if not awal <= tahun <= akhir:
        raise NaskahError(f"--tahun {tahun} di luar --periode {awal}-{akhir}; LKjIP melaporkan satu tahun periode IKU")
    return Permintaan(
        jenis=args.jenis,
        nama=_nama(args, jenis_daerah, nama_daerah),
        jenis_daerah=jenis_daerah,
        nama_daerah=nama_daerah,
        ibukota=" ".join(args.ibukota.split()) if args.ibukota and args.ibukota.strip() else None,
        tahun=tahun,
        awal=awal,
        akhir=akhir,
        kepala=" ".join(args.kepala.split()) if args.kepala and args.kepala.strip() else None,
    )


def jalankan(args: argparse.Namespace, terminal) -> int:
    periksa_tujuan(args.folder)
    minta = permintaan(args)
    berkas = buat_folder(args.folder, minta)
    folder = args.folder.as_posix().rstrip("/")
    for b in berkas:
        terminal.tanda("✓", "green", f"{folder}/{b.as_posix()}")
    terminal.baris(
        f"Konten {minta.nama} ({minta.daerah}, jenis {minta.jenis}) ditulis di {folder}/: {len(berkas)} berkas. "
        "Isian yang masih harus diganti ditandai perlu_konfirmasi (daftarnya dicetak naskah periksa) dan GANTI di komentar."
    )
    ulang = argparse.Namespace(konten=args.folder)
    terminal.baris("Langkah berikutnya:")
    terminal.baris(f"  {opsi.ulang('periksa', ulang, ['konten'])}")
    terminal.baris(f"  {opsi.ulang('bangun', ulang, ['konten'])}")
    return 0
