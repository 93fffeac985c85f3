"""Files of the content folder: only regular files, inside the folder, of a
bounded size.

A FIFO would block the reader, ``/dev/zero`` would never end, a loop of
symbolic links cannot be resolved, and a link out of the content folder
would read a file the user did not mean to publish. Each is refused before
the file is opened, with a reason in Indonesian.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

BATAS_YAML = 5 * 1024 * 1024  # far above the largest content file (a unit: ~30 KiB)


TIDAK_DITEMUKAN = "tidak ditemukan"


class BerkasTidakSah(ValueError):
    """A content file that cannot be read. The text says why in Indonesian,
    to follow the file's name ("berkas konten ...", "berkas logo 'x' ...");
    ``kode`` is the report's code."""

    def __init__(self, pesan: str, kode: str) -> None:
        super().__init__(pesan)
        self.kode = kode


def ukuran_tampil(bait: int) -> str:
    return f"{bait // (1024 * 1024)} MiB" if bait >= 1024 * 1024 else f"{bait // 1024} KiB"


def periksa_berkas(berkas: Path, folder: Path | None, batas: int) -> None:
    """Raise :class:`BerkasTidakSah` unless ``berkas`` is a regular file of
    at most ``batas`` bytes lying (after every symbolic link) inside
    ``folder`` (when given). Nothing is opened."""
    try:
        info = os.stat(berkas)
    except FileNotFoundError:
        if os.path.islink(berkas):
            raise BerkasTidakSah("berupa tautan simbolik ke berkas yang tidak ada", "berkas-hilang") from None
        raise BerkasTidakSah(TIDAK_DITEMUKAN, "berkas-hilang") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise BerkasTidakSah("berupa tautan simbolik yang berputar (menunjuk ke dirinya sendiri); ganti dengan berkas biasa", "tautan") from None
        raise BerkasTidakSah(f"tidak dapat dibaca ({exc.strerror})", "berkas-hilang") from None
    if folder is not None and not _di_dalam(berkas, folder):
        raise BerkasTidakSah("berupa tautan simbolik ke luar folder konten; salin berkasnya ke dalam folder konten", "tautan")
    if stat.S_ISDIR(info.st_mode):
        raise BerkasTidakSah("adalah sebuah folder, bukan berkas", "berkas-hilang")
    if not stat.S_ISREG(info.st_mode):
        raise BerkasTidakSah(
            "bukan berkas biasa (FIFO, soket atau perangkat); folder konten hanya boleh berisi berkas biasa", "berkas-khusus"
        )
    if info.st_size > batas:
        raise _terlalu_besar(batas)


def baca_berkas(berkas: Path, folder: Path | None, batas: int) -> bytes:
    """The bytes of ``berkas`` after :func:`periksa_berkas`, read up to
    ``batas`` (a file that grows meanwhile is refused too)."""
    periksa_berkas(berkas, folder, batas)
    try:
        with open(berkas, "rb") as f:
            data = f.read(batas + 1)
    except OSError as exc:
        raise BerkasTidakSah(f"tidak dapat dibaca ({exc.strerror})", "berkas-hilang") from None
    if len(data) > batas:
        raise _terlalu_besar(batas)
    return data


def _terlalu_besar(batas: int) -> BerkasTidakSah:
    return BerkasTidakSah(f"lebih dari {ukuran_tampil(batas)}; perkecil berkas itu", "berkas-besar")


def _di_dalam(berkas: Path, folder: Path) -> bool:
    try:
        return Path(berkas).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of symbolic links (Python < 3.13)
        return False
