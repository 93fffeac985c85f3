"""Running pandoc (the binary pypandoc-binary ships) with limits.

pandoc's parsers can take pathological time and memory on some inputs; its
manual advises a timeout and a heap limit (``+RTS -M``) for untrusted
input.  Both are set here, and the process is killed when the time is up.
"""

from __future__ import annotations

import functools
import subprocess
import threading
from pathlib import Path

BATAS_WAKTU = 30  # seconds for one run; a 1 MiB narrative takes a few
BATAS_MEMORI_MB = 512  # pandoc's heap; a 1 MiB narrative needs under 300 MB


class PandocGagal(Exception):
    """pandoc did not finish or refused its input; the text says why, in
    Indonesian."""


_KUNCI = threading.Lock()


def program_pandoc() -> str:
    """The pandoc pypandoc finds.  Its probing runs pandoc, so it is done
    once per process, on the first conversion that needs pandoc (a build
    whose narratives all come from the cache never imports pypandoc), and
    under a lock: narratives are converted from several threads."""
    with _KUNCI:
        return _cari_pandoc()


@functools.cache
def _cari_pandoc() -> str:
    import pypandoc

    try:
        return pypandoc.get_pandoc_path()
    except OSError:
        raise PandocGagal("pandoc tidak ditemukan; pasang ulang paket pypandoc-binary") from None


def jalankan_pandoc(argumen: list[str], masukan: bytes, *, cwd: Path | None = None, batas_waktu: float = BATAS_WAKTU) -> bytes:
    """pandoc ``argumen`` reading ``masukan`` on stdin; its stdout."""
    perintah = [program_pandoc(), "+RTS", f"-M{BATAS_MEMORI_MB}m", "-RTS", *argumen]
    try:
        hasil = subprocess.run(
            perintah, input=masukan, capture_output=True, timeout=batas_waktu, cwd=cwd, check=False
        )
    except subprocess.TimeoutExpired:
        raise PandocGagal(f"pandoc tidak selesai dalam {batas_waktu:g} detik") from None
    except OSError as exc:
        raise PandocGagal(f"pandoc tidak dapat dijalankan ({exc.strerror or exc.__class__.__name__})") from None
    if hasil.returncode != 0:
        pesan = hasil.stderr.decode("utf-8", "replace").strip()
        if "heap" in pesan.lower():
            raise PandocGagal(f"pandoc kehabisan memori (batas {BATAS_MEMORI_MB} MB)")
        baris = pesan.splitlines()[0][:300] if pesan else f"kode keluar {hasil.returncode}"
        raise PandocGagal(f"pandoc menolak masukannya: {baris}")
    return hasil.stdout
