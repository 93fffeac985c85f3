"""The ``naskah`` command line: one module per verb under ``commands/``.

A verb's module is imported only when that verb runs (or shows its help), so
that ``naskah --help`` and ``naskah periksa`` do not load Word, charts or
PDF code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from . import __version__
from .dasar.galat import KontenError, NaskahError

# (verb, one-line help, module under commands/ with KETERANGAN, argumen() and jalankan())
PERINTAH = (
    ("baru", "mulai folder konten baru untuk satu perangkat daerah, menurut jenisnya", "baru"),
    ("bangun", "buat dokumen Word dari konten", "bangun"),
    ("periksa", "periksa konten tanpa menulis apa pun", "periksa"),
    ("daftar", "daftar id dokumen yang akan dibuat bangun, tanpa membuatnya", "daftar"),
    ("beda", "bandingkan konten dua revisi git atau dua folder konten", "beda"),
    ("excel", "kumpulkan realisasi dari unit lewat buku kerja Excel (ekspor, impor)", "excel"),
    ("templat", "tulis templat .docx bawaan", "templat"),
    ("skema", "tulis skema JSON konten agar editor melengkapi kunci dan menandai kesalahan", "skema"),
)


class _Format(argparse.HelpFormatter):
    """argparse's help with Indonesian headings."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "Pemakaian: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with Indonesian help headings and error lines."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Format)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"

    def error(self, message: str) -> None:  # pragma: no cover - argparse path
        pesan = (
            message.replace("the following arguments are required", "argumen wajib belum diberikan")
            .replace("unrecognized arguments", "argumen tidak dikenal")
            .replace("invalid choice", "pilihan tidak dikenal")
            .replace("expected one argument", "memerlukan satu nilai")
            .replace("argument ", "argumen ")
            .replace("choose from", "pilih salah satu dari")
        )
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: galat: {pesan}\n")


def _perintah_diminta(argv: list[str]) -> str | None:
    """The verb on the command line: the first word that is not an option
    (``naskah`` itself has only -h and --versi, which take no value)."""
    return next((a for a in argv if not a.startswith("-")), None)


def buat_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; only the verb named in ``argv`` gets its options (its
    module imported), the others are listed by name and help."""
    diminta = _perintah_diminta(sys.argv[1:] if argv is None else argv)
    parser = _Parser(
        prog="naskah",
        description="Pembuat naskah kinerja Perangkat Daerah (Sekretariat Daerah, Sekretariat DPRD, Dinas, Badan, "
        "Inspektorat, Kecamatan, Kelurahan, Pemerintah Daerah): Keputusan IKU dengan Lampiran per unit, "
        "Perjanjian Kinerja setiap unit, dan LKjIP, dari konten YAML.",
        epilog="Bantuan tiap perintah: naskah PERINTAH --help",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
    parser.add_argument("--versi", action="version", version=f"naskah {__version__}", help="tampilkan versi lalu keluar")
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH", parser_class=_Parser, title="perintah")
    sub.required = True
    for nama, bantuan, modul in PERINTAH:
        if nama != diminta:
            sub.add_parser(nama, help=bantuan, add_help=False)
            continue
        modul = importlib.import_module(f".commands.{modul}", __package__)
        p = sub.add_parser(nama, help=bantuan, description=modul.KETERANGAN, add_help=False)
        p.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
        modul.argumen(p)
        p.set_defaults(jalankan=modul.jalankan)
    return parser


def _keluaran_aman() -> None:
    """A Windows console in an old code page cannot print every character of
    a decree (or ✓): print a replacement rather than crash."""
    for aliran in (sys.stdout, sys.stderr):
        if hasattr(aliran, "reconfigure"):
            try:
                aliran.reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                pass


def main(argv: list[str] | None = None) -> int:
    _keluaran_aman()
    parser = buat_parser(argv)
    args = parser.parse_args(argv)
    from .commands.terminal import Terminal

    terminal = Terminal()
    try:
        return args.jalankan(args, terminal)
    except KontenError as exc:
        terminal.masalah(exc.masalah)
        keluaran = getattr(args, "keluaran", None)
        terminal.gagal(f"Tidak ada berkas yang ditulis; {keluaran.as_posix()}/ tetap seperti semula." if keluaran else "Tidak ada berkas yang ditulis.")
        return 1
    except NaskahError as exc:
        terminal.gagal(str(exc))
        return 1
    except KeyboardInterrupt as exc:
        terminal.gagal(_pesan_henti(getattr(exc, "tahap", None), getattr(args, "keluaran", None)))
        return 130
    except OSError as exc:  # a file or folder the system refuses, outside the cases handled where they happen
        terminal.gagal(f"{exc.filename or 'berkas'}: tidak dapat dibaca atau ditulis ({exc.strerror or exc}).")
        return 1


def _pesan_henti(tahap: str | None, keluaran: Path | None) -> str:
    """What Ctrl-C left behind, truthfully: before the commit's journal
    nothing was replaced; after it, the next run finishes the commit."""
    if keluaran is None:
        return "Dihentikan oleh pengguna."
    from .tulis.transaksi import JURNAL

    folder = Path(keluaran).as_posix()
    if tahap == "selesai":
        return f"Dihentikan oleh pengguna sesudah semua berkas ditulis; {folder}/ sudah lengkap."
    if tahap == "tertunda" or (Path(keluaran) / JURNAL).exists():
        return (
            f"Dihentikan oleh pengguna di tengah penulisan: sebagian berkas di {folder}/ sudah diganti. "
            "Jalankan perintah ini lagi: penulisan yang terhenti diselesaikan lebih dulu."
        )
    return f"Dihentikan oleh pengguna sebelum ada berkas yang diganti; {folder}/ tetap seperti semula."
