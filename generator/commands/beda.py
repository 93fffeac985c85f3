"""``naskah beda``: what changed between two revisions of the content.

Each side is a git revision (commit, tag, branch, ``HEAD~1``) or a content
folder.  A revision is read from the repository holding the content folder
(``--konten``): ``git archive --format=zip`` of that folder at the revision,
taken in memory and unpacked with :mod:`zipfile` into a temporary folder
(no ``tar``, so it works on Windows too).  Both sides are loaded with the
ordinary content loader and compared by :mod:`generator.beda`; the report is
printed and written as ``laporan-perubahan.docx`` through the template
``laporan_perubahan.docx``, with its manifest entry.

With ``--lacak`` each decree present on both sides is also built on both
sides exactly as ``naskah bangun`` builds it (into a temporary folder), and
the new one is written as ``<id>-lacak.docx`` with every difference from the
old one as a Word tracked change (:mod:`generator.lacak`), in the same
transaction as the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docxtpl import RichText
from rich.markup import escape

from ..beda import inti as bd
from ..alur.bangun import TEMPLAT as TEMPLAT_DOKUMEN
from ..alur.bangun import bangun
from ..dasar.galat import GALAT, KontenError, Masalah, NaskahError, tampil_berkas
from ..muat.konten import muat_konten
from ..word.lacak import lacak
from ..muat.model import Konten
from ..word.render import Perender
from ..tulis.transaksi import Transaksi
from ..word.paket import atur_properti, docx_bytes

NAMA = "beda"
BANTUAN = "bandingkan konten dua revisi git atau dua folder konten"
KETERANGAN = (
    "Membandingkan konten dua revisi git (commit, tag, cabang, HEAD~1) atau dua folder konten, "
    "lalu melaporkan per unit indikator yang ditambahkan, dihapus atau berganti nama, setiap perubahan target "
    "(lama -> baru), dan perubahan teks dengan kata yang berubah ditandai: [-dihapus-] dan {+ditambahkan+}; "
    "juga perubahan Keputusan (nomor, tentang, Menimbang, Mengingat, Diktum, tanggal, penandatangan) dan instansi. "
    "Laporan yang sama ditulis sebagai keluaran/laporan-perubahan.docx. "
    "Dengan --lacak, setiap Keputusan yang ada di kedua sisi juga ditulis sebagai keluaran/ID-lacak.docx: "
    "Keputusan baru beserta Lampirannya dengan setiap perbedaan dari yang lama sebagai perubahan terlacak "
    "(Track Changes) yang dapat diterima atau ditolak di Word atau LibreOffice."
)

ID_LAPORAN = "laporan-perubahan"
BERKAS_LAPORAN = "laporan-perubahan.docx"
TEMPLAT_LAPORAN = "laporan_perubahan.docx"
JUDUL_LAPORAN = "Laporan Perubahan Konten"

MERAH = "C00000"  # deleted words
BIRU = "1F4E79"  # inserted words

JENIS_LACAK = "lacak-perubahan"
PENULIS_LACAK = "naskah"

GIT_TIDAK_ADA = "git tidak ditemukan; pasang git atau bandingkan dua folder konten"


def argumen(p: argparse.ArgumentParser) -> None:
    p.add_argument("lama", metavar="REV_LAMA", help="revisi git (commit, tag, cabang, HEAD~1) atau folder konten yang lama")
    p.add_argument(
        "baru",
        nargs="?",
        metavar="REV_BARU",
        help="revisi git atau folder konten yang baru (bawaan: folder konten di pohon kerja, lihat --konten)",
    )
    p.add_argument(
        "--konten",
        type=Path,
        default=Path("konten"),
        metavar="FOLDER",
        help="folder konten; untuk revisi git, folder yang sama di dalam repositorinya (bawaan: konten)",
    )
    p.add_argument("--keluaran", type=Path, default=Path("keluaran"), metavar="FOLDER", help="folder keluaran (bawaan: keluaran)")
    p.add_argument("--templat", type=Path, default=Path("templat"), metavar="FOLDER", help="folder templat .docx (bawaan: templat)")
    p.add_argument("--format", choices=["teks", "json"], default="teks", help="bentuk laporan di terminal (bawaan: teks)")
    p.add_argument(
        "--lacak",
        action="store_true",
        help="tulis juga Keputusan baru dengan perubahan terlacak (Track Changes) terhadap yang lama",
    )


# --- the two sides ------------------------------------------------------------


@dataclass
class Sisi:
    """One side of the comparison: where its content was read from."""

    label: str  # "git:HEAD~1:konten" or the folder as given
    folder: Path
    revisi: str | None = None
    akar: Path | None = None  # the unpacked archive's root (git side)
    awalan: str = ""  # the content folder's path inside the repository

    def berkas(self, jalur: Path) -> str:
        """A content file's name as the user knows it: ``HEAD~1:konten/unit/x.yaml``."""
        if self.akar is not None:
            try:
                return f"{self.revisi}:{Path(jalur).resolve().relative_to(self.akar.resolve()).as_posix()}"
            except ValueError:
                pass
        return tampil_berkas(Path(jalur))


def _git(argumen: list[str], cwd: Path) -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise NaskahError(GIT_TIDAK_ADA)
    try:
        return subprocess.run(
            ["git", *argumen], cwd=cwd, capture_output=True, stdin=subprocess.DEVNULL, check=False
        )
    except (FileNotFoundError, PermissionError):
        raise NaskahError(GIT_TIDAK_ADA) from None


def _pesan_git(proses: subprocess.CompletedProcess) -> str:
    teks = proses.stderr.decode("utf-8", "replace").strip().splitlines()
    return teks[-1] if teks else f"kode keluar {proses.returncode}"


def _repositori(konten: Path) -> tuple[Path, str]:
    """The repository holding the content folder, and the folder's path in it."""
    folder = Path(konten).absolute()
    ada = folder
    while not ada.is_dir() and ada != ada.parent:
        ada = ada.parent
    proses = _git(["rev-parse", "--show-toplevel"], ada)
    if proses.returncode != 0:
        raise NaskahError(
            f"folder konten '{konten.as_posix()}' tidak berada di dalam repositori git; sebutkan folder konten di dalam "
            "repositori dengan --konten FOLDER, atau bandingkan dua folder konten"
        )
    akar = Path(proses.stdout.decode("utf-8", "replace").strip()).resolve()
    try:
        awalan = folder.resolve().relative_to(akar).as_posix()
    except ValueError:
        raise NaskahError(f"folder konten '{konten.as_posix()}' tidak berada di dalam repositori {akar}") from None
    return akar, "" if awalan == "." else awalan


def ambil_revisi(revisi: str, konten: Path, tujuan: Path) -> Sisi:
    """Unpack the content folder as it was at ``revisi`` into ``tujuan``."""
    akar, awalan = _repositori(konten)
    if revisi.startswith("-") or _git(["rev-parse", "--verify", "--quiet", f"{revisi}^{{commit}}"], akar).returncode != 0:
        raise NaskahError(
            f"revisi '{revisi}' tidak dikenal git (repositori {akar.as_posix()}); "
            "tulis hash commit, nama tag, nama cabang atau bentuk seperti HEAD~1"
        )
    if awalan and _git(["cat-file", "-e", f"{revisi}:{awalan}"], akar).returncode != 0:
        raise NaskahError(f"folder '{awalan}' tidak ada di revisi '{revisi}'")
    perintah = ["archive", "--format=zip", revisi]
    if awalan:
        perintah += ["--", awalan]
    proses = _git(perintah, akar)
    if proses.returncode != 0:
        raise NaskahError(f"git archive gagal untuk revisi '{revisi}': {_pesan_git(proses)}")
    tujuan.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(io.BytesIO(proses.stdout)) as arsip:
            arsip.extractall(tujuan)
    except (zipfile.BadZipFile, OSError) as exc:
        raise NaskahError(f"isi revisi '{revisi}' tidak dapat dibuka ({exc})") from None
    folder = tujuan / awalan if awalan else tujuan
    label = f"git:{revisi}:{awalan or '.'}"
    return Sisi(label, folder, revisi=revisi, akar=tujuan, awalan=awalan)


def _seperti_jalur(teks: str) -> bool:
    return teks.startswith((".", "~")) or "\\" in teks or teks.endswith("/") or Path(teks).is_absolute()


def ambil_sisi(arg: str, konten: Path, tujuan: Path) -> Sisi:
    """A folder when ``arg`` names one, else a git revision."""
    jalur = Path(arg)
    if jalur.is_dir():
        return Sisi(jalur.as_posix(), jalur)
    if jalur.exists():
        raise NaskahError(f"'{arg}' adalah berkas, bukan folder konten atau revisi git")
    try:
        return ambil_revisi(arg, konten, tujuan)
    except NaskahError as exc:
        if _seperti_jalur(arg) or ("/" in arg and str(exc).startswith(("revisi", "git tidak", "folder konten"))):
            raise NaskahError(f"folder '{arg}' tidak ditemukan, dan bukan pula revisi git yang dikenal") from None
        raise


def _muat(sisi: Sisi, nama: str, terminal) -> Konten | None:
    """Load one side; print its problems (naming the side) when it does not load."""
    konten, p = muat_konten(sisi.folder)
    if konten is not None:
        return konten
    for masalah in p.masalah:
        if masalah.tingkat == GALAT:
            terminal.err.print(f"galat ({nama}): {_tampil_masalah(masalah, sisi)}", markup=False, emoji=False, style="red")
    terminal.gagal(f"konten {nama} ({sisi.label}) tidak dapat dibaca; perbaiki galat di atas lalu ulangi")
    return None


def _tampil_masalah(masalah: Masalah, sisi: Sisi) -> str:
    bagian = []
    if masalah.lokasi is not None:
        teks = sisi.berkas(masalah.lokasi.berkas)
        if masalah.lokasi.baris is not None:
            teks += f":{masalah.lokasi.baris}"
            if masalah.lokasi.kolom is not None:
                teks += f":{masalah.lokasi.kolom}"
        bagian.append(teks)
    if masalah.jalur:
        bagian.append(masalah.jalur)
    bagian.append(masalah.pesan)
    return ": ".join(bagian)


def _logo(konten: Konten) -> bytes | None:
    if konten.instansi.logo is None:
        return None
    try:
        return (konten.folder / konten.instansi.logo).read_bytes()
    except OSError:
        return None


# --- the Word report ----------------------------------------------------------


def _kata(rt: RichText, segmen: list[bd.Segmen]) -> None:
    for n, (jenis, teks) in enumerate(segmen):
        if n:
            rt.add(" ")
        if jenis == bd.HAPUS:
            rt.add(teks, strike=True, color=MERAH)
        elif jenis == bd.TAMBAH:
            rt.add(teks, underline=True, color=BIRU)
        else:
            rt.add(teks)


def teks_kaya(p: bd.Perubahan) -> RichText:
    """The "Perubahan" cell: deleted words struck through in red, inserted
    words underlined in blue (RichText escapes its own text)."""
    rt = RichText()
    if p.jenis == bd.DITAMBAH:
        rt.add("Ditambahkan" + (": " if p.baru else ""))
        if p.baru:
            rt.add(p.baru, underline=True, color=BIRU)
    elif p.jenis == bd.DIHAPUS:
        rt.add("Dihapus" + (": " if p.lama else ""))
        if p.lama:
            rt.add(p.lama, strike=True, color=MERAH)
    elif p.jenis == bd.GANTI_NAMA:
        rt.add("Berganti nama: ")
        _kata(rt, p.kata or [])
    elif p.jenis == bd.PINDAH:
        rt.add(f"Dipindahkan dari {p.lama} ke {p.baru}")
    elif p.kata is not None:
        _kata(rt, p.kata)
    else:
        if p.lama:
            rt.add(p.lama, strike=True, color=MERAH)
        else:
            rt.add(bd.KOSONG)
        rt.add(" \u2192 ")
        if p.baru:
            rt.add(p.baru, underline=True, color=BIRU)
        else:
            rt.add(bd.KOSONG)
    return rt


def konteks_laporan(hasil: bd.Beda) -> dict:
    kelompok = []
    for k in hasil.kelompok:
        if not k.perubahan:
            continue
        baris = [
            {"no": str(n), "bagian": p.bagian, "perubahan": teks_kaya(p)} for n, p in enumerate(k.perubahan, start=1)
        ]
        kelompok.append({"judul": k.judul, "baris": baris})
    return {
        "lama": hasil.lama,
        "baru": hasil.baru,
        "ringkasan": hasil.ringkasan(),
        "ada_perubahan": hasil.ada_perubahan,
        "kelompok": kelompok,
    }


def tulis_laporan(
    hasil: bd.Beda, konten_baru: Konten, keluaran: Path, templat: Path, tambahan: list[tuple[str, bytes, dict]] = ()
) -> dict:
    """Render the report with the new side's page settings; write it and its
    manifest entry, and the ``tambahan`` files (path, bytes, manifest entry),
    in one transaction."""
    doc = Perender().render(templat / TEMPLAT_LAPORAN, konteks_laporan(hasil), konten_baru.instansi.pengaturan, None)
    atur_properti(doc, judul=JUDUL_LAPORAN)
    trans = Transaksi(keluaran)
    trans.tambah(
        BERKAS_LAPORAN,
        docx_bytes(doc),
        {
            "id": ID_LAPORAN,
            "jenis": ID_LAPORAN,
            "judul": JUDUL_LAPORAN,
            "sumber": [hasil.lama, hasil.baru],
            "templat": (templat / TEMPLAT_LAPORAN).as_posix(),
        },
    )
    for relatif, data, keterangan in tambahan:
        trans.tambah(relatif, data, keterangan)
    entri = trans.simpan()
    return next(e for e in entri if e["id"] == ID_LAPORAN)


# --- the decree with tracked changes --------------------------------------------


def _waktu_lacak(kep) -> dt.datetime:
    """The revisions' date: the new decree's date of enactment, not the clock."""
    t = kep.ditetapkan.tanggal
    return dt.datetime(t.tahun, t.bulan, t.hari or 1)


def _bangun_sisi(sisi: Sisi, nama: str, ids: list[str], templat: Path, folder: Path, terminal) -> dict[str, bytes] | None:
    """The decrees of one side exactly as ``naskah bangun`` makes them, built
    into a temporary folder; None (problems printed) when the side does not build."""
    try:
        entri = bangun(sisi.folder, folder, templat, ids)
    except KontenError as exc:
        for masalah in exc.masalah:
            terminal.err.print(f"galat ({nama}): {_tampil_masalah(masalah, sisi)}", markup=False, emoji=False, style="red")
        terminal.gagal(
            f"Keputusan {nama} ({sisi.label}) tidak dapat dibuat untuk --lacak; perbaiki galat di atas lalu ulangi. "
            "Tidak ada berkas yang ditulis."
        )
        return None
    return {e["id"]: (folder / e["berkas"]).read_bytes() for e in entri if e["id"] in ids}


def buat_lacak(
    lama: Sisi, baru: Sisi, konten_lama: Konten, konten_baru: Konten, templat: Path, sementara: Path, terminal
) -> list[tuple[str, bytes, dict]] | None:
    """``<id>-lacak.docx`` for each decree present on both sides: (path,
    bytes, manifest entry); None when a side does not build."""
    ada_lama = {k.id for k in konten_lama.keputusan}
    kep_sama = [k for k in konten_baru.keputusan if k.id in ada_lama]
    if not kep_sama:
        terminal.info("--lacak: tidak ada Keputusan (menurut id) yang ada di kedua sisi; tidak ada berkas -lacak yang ditulis")
        return []
    ids = [k.id for k in kep_sama]
    docx_lama = _bangun_sisi(lama, "lama", ids, templat, sementara / "bangun-lama", terminal)
    if docx_lama is None:
        return None
    docx_baru = _bangun_sisi(baru, "baru", ids, templat, sementara / "bangun-baru", terminal)
    if docx_baru is None:
        return None
    hasil = []
    for kep in kep_sama:
        data = lacak(docx_lama[kep.id], docx_baru[kep.id], PENULIS_LACAK, _waktu_lacak(kep))
        entri = {
            "id": f"{kep.id}-lacak",
            "jenis": JENIS_LACAK,
            "judul": f"Keputusan {kep.pejabat} tentang {kep.tentang} (perubahan terlacak)",
            "sumber": [lama.label, baru.label],
            "templat": (templat / TEMPLAT_DOKUMEN["keputusan"]).as_posix(),
        }
        hasil.append((f"{kep.id}-lacak.docx", data, entri))
    return hasil


# --- the verb -----------------------------------------------------------------


def jalankan(args: argparse.Namespace, terminal) -> int:
    with tempfile.TemporaryDirectory(prefix="naskah-beda-", ignore_cleanup_errors=True) as sementara:
        sementara = Path(sementara)
        lama = ambil_sisi(args.lama, args.konten, sementara / "lama")
        if args.baru is None:
            baru = Sisi(args.konten.as_posix(), args.konten)
            if not args.konten.is_dir():
                raise NaskahError(f"folder konten '{args.konten.as_posix()}' tidak ditemukan; sebutkan dengan --konten FOLDER")
        else:
            baru = ambil_sisi(args.baru, args.konten, sementara / "baru")
        konten_lama = _muat(lama, "lama", terminal)
        konten_baru = _muat(baru, "baru", terminal)
        if konten_lama is None or konten_baru is None:
            return 1
        hasil = bd.bandingkan(konten_lama, konten_baru, lama.label, baru.label, logo=(_logo(konten_lama), _logo(konten_baru)))
        tambahan: list[tuple[str, bytes, dict]] = []
        if getattr(args, "lacak", False):
            tambahan = buat_lacak(lama, baru, konten_lama, konten_baru, args.templat, sementara, terminal)
            if tambahan is None:
                return 1
        entri = tulis_laporan(hasil, konten_baru, args.keluaran, args.templat, tambahan)

    tujuan = (args.keluaran / entri["berkas"]).as_posix()
    ditulis_lacak = [(e["id"], (args.keluaran / berkas).as_posix()) for berkas, _, e in tambahan]
    if args.format == "json":
        terminal.mentah(json.dumps(hasil.sebagai_dict(), ensure_ascii=False, indent=2))
        terminal.info(f"{ID_LAPORAN} → {tujuan}")
        for did, jalur in ditulis_lacak:
            terminal.info(f"{did} → {jalur}")
        return 0
    for jenis, teks in hasil.baris():
        gaya = "bold" if jenis in ("kepala", "ringkasan", "judul") else None
        terminal.out.print(teks, style=gaya, markup=False, emoji=False, highlight=False)
    terminal.out.print()
    terminal.out.print(f"[green]✓[/] {ID_LAPORAN}  → {escape(tujuan)}")
    for did, jalur in ditulis_lacak:
        terminal.out.print(f"[green]✓[/] {escape(did)}  → {escape(jalur)}")
    return 0
