"""The two sides of ``naskah beda``: a content folder, or the content folder
as it was at a git revision.

A revision is read from the repository holding the content folder:
``git archive --format=zip`` of that folder at the revision, taken in memory
and unpacked with :mod:`zipfile` into a temporary folder (no ``tar``, so it
works on Windows too).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..dasar.galat import NaskahError, tampil_berkas

GIT_TIDAK_ADA = "git tidak ditemukan; pasang git atau bandingkan dua folder konten"


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
    """A folder when ``arg`` names one, else a git revision (unpacked into ``tujuan``)."""
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


def sisi_kerja(konten: Path) -> Sisi:
    """The content folder of the working tree (the default new side)."""
    if not konten.is_dir():
        raise NaskahError(f"folder konten '{konten.as_posix()}' tidak ditemukan; sebutkan dengan --konten FOLDER")
    return Sisi(konten.as_posix(), konten)
