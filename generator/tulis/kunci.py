"""One writer at a time in a keluaran folder.

Two builds into the same folder would each read the finals and the manifest
and then commit over each other.  A build therefore holds an exclusive lock
on the folder (``filelock``: ``flock`` on POSIX, ``LockFileEx`` on Windows)
from the recovery of an interrupted commit to the end of its own commit.
The holder's process id, host and start time are written beside the lock,
so that a build that has to wait can say who it is waiting for.

A lock is released by the operating system when its process dies, so a
killed build never leaves the folder locked; the files it leaves are
replaced by the next holder and removed when it is done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from ..dasar.galat import KeluaranError
from .transaksi import tulis_atomik

KUNCI = ".naskah-kunci"
INFO = ".naskah-kunci.json"


def pemegang(folder: Path) -> str:
    """Who holds the lock of ``folder``, as the user reads it."""
    try:
        info = json.loads((Path(folder) / INFO).read_text(encoding="utf-8"))
        return f"proses {int(info['pid'])} di {info['host']}, sejak {info['mulai']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "pemegangnya tidak diketahui"


@contextlib.contextmanager
def kunci_keluaran(
    folder: Path, tunggu: float = 300, saat_menunggu: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the folder's lock for the ``with`` block.  When another build
    holds it, call ``saat_menunggu`` with the holder and wait up to
    ``tunggu`` seconds, then refuse."""
    folder = Path(folder)
    dibuat = not folder.exists()
    kunci = FileLock(str(folder / KUNCI))
    try:
        _ambil(kunci, folder, tunggu, saat_menunggu)
    except OSError as exc:
        raise KeluaranError(f"{folder.as_posix()}: folder keluaran tidak dapat ditulis ({exc.strerror or exc})") from None
    try:
        _tulis_info(folder)
        yield
    finally:
        _lepas(kunci, folder, dibuat)


def _ambil(kunci: FileLock, folder: Path, tunggu: float, saat_menunggu: Callable[[str], None] | None) -> None:
    """Try once; when held, announce the holder and wait.  A folder that a
    holder created and removed when it was done is made again."""
    batas = time.monotonic() + tunggu
    menunggu = False
    while True:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            kunci.acquire(timeout=max(0.0, batas - time.monotonic()) if menunggu else 0)
            return
        except FileNotFoundError:
            if time.monotonic() < batas:
                continue
            raise
        except Timeout:
            if menunggu:
                raise KeluaranError(
                    f"{folder.as_posix()}: bangun lain masih menulis ke folder keluaran ini ({pemegang(folder)}); "
                    f"sudah ditunggu {tunggu:g} detik. Tidak ada berkas yang diubah; ulangi setelah bangun itu selesai."
                ) from None
            menunggu = True
            if saat_menunggu is not None:
                saat_menunggu(pemegang(folder))


def _tulis_info(folder: Path) -> None:
    info = {"pid": os.getpid(), "host": socket.gethostname(), "mulai": dt.datetime.now().isoformat(timespec="seconds")}
    with contextlib.suppress(OSError):
        tulis_atomik(folder / INFO, (json.dumps(info) + "\n").encode("utf-8"))


def _lepas(kunci: FileLock, folder: Path, dibuat: bool) -> None:
    """Remove the holder's note and, on POSIX, the lock file while still
    holding it (a waiter that locked the removed file sees it gone and
    tries again; Windows removes it on release), then release; a folder
    this build created and left empty goes too."""
    with contextlib.suppress(OSError):
        (folder / INFO).unlink(missing_ok=True)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            (folder / KUNCI).unlink(missing_ok=True)
    kunci.release()
    if dibuat:
        with contextlib.suppress(OSError):
            folder.rmdir()
