"""Every path written stays inside the keluaran folder.

A document's file name comes from its id, an archive's from an id too, and a
journal left on disk names the files to rename: each is checked here before
anything is written, both as text (one relative path, no ``..``, no drive, no
backslash) and on disk (a symbolic link inside keluaran/ must not lead out).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..dasar.galat import KeluaranError

# Separators, a drive or stream colon, control characters: never in a file name.
_BUKAN_NAMA = re.compile(r"[/\\:\x00-\x1f\x7f]")


def periksa_id(did: str) -> None:
    """Refuse a document id that cannot be one file name inside keluaran/."""
    if not isinstance(did, str) or not did or did.startswith(".") or _BUKAN_NAMA.search(did):
        raise KeluaranError(
            f"id dokumen '{did}' tidak dapat dipakai sebagai nama berkas: id harus satu nama di dalam folder keluaran, "
            "tanpa '/', '\\', ':' atau karakter kendali, dan tidak diawali titik. Tidak ada berkas yang ditulis."
        )


def relatif_sah(relatif: str) -> bool:
    """``relatif`` is a plain relative path with forward slashes, free of
    ``..``, empty parts, drives and backslashes."""
    if not isinstance(relatif, str) or not relatif or "\\" in relatif or ":" in relatif:
        return False
    if PurePosixPath(relatif).is_absolute() or PureWindowsPath(relatif).anchor:
        return False
    return all(b not in ("", ".", "..") and not _BUKAN_NAMA.search(b) for b in relatif.split("/"))


def dalam_keluaran(keluaran: Path, relatif: str) -> Path:
    """``keluaran/relatif``, refused when the text or a link on disk would
    lead outside ``keluaran``."""
    if not relatif_sah(relatif):
        raise KeluaranError(
            f"{keluaran.as_posix()}: jalur '{relatif}' berada di luar folder keluaran; tidak ada berkas yang ditulis."
        )
    akar = Path(keluaran).resolve()
    if not (akar / relatif).resolve().is_relative_to(akar):
        raise KeluaranError(
            f"{(Path(keluaran) / relatif).as_posix()}: jalur ini menunjuk ke luar folder keluaran (tautan simbolik?); "
            "tidak ada berkas yang ditulis."
        )
    return Path(keluaran) / relatif
