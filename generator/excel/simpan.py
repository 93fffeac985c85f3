"""Writing a workbook or a realisasi file: atomically (``tulis.transaksi``),
the replaced file kept first as ``NAME.bak-TANGGAL`` when asked, and a file
held open by another program named as such."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from ..dasar.galat import NaskahError, tampil_berkas
from ..tulis.transaksi import tulis_atomik
from .paket import buatan_naskah


def nama_cadangan(berkas: Path, waktu: dt.datetime | None = None) -> Path:
    """``2022.yaml`` -> ``2022.yaml.bak-20240503-141502`` (a name no
    content folder reads as YAML), made unique with ``-2``, ``-3``."""
    cap = (waktu or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    calon = berkas.with_name(f"{berkas.name}.bak-{cap}")
    n = 2
    while calon.exists():
        calon = berkas.with_name(f"{berkas.name}.bak-{cap}-{n}")
        n += 1
    return calon


def cadangkan(berkas: Path) -> Path:
    """Copy ``berkas`` beside itself under :func:`nama_cadangan`; the copy's path."""
    tujuan = nama_cadangan(berkas)
    shutil.copy2(berkas, tujuan)
    return tujuan


def tulis_berkas(berkas: Path, data: bytes) -> None:
    """Write ``data`` to ``berkas`` atomically; a file locked by another
    program (a workbook open in Excel on Windows) is a user error."""
    try:
        tulis_atomik(berkas, data)
    except PermissionError as exc:
        raise NaskahError(
            f"{tampil_berkas(berkas)}: tidak dapat ditulis ({exc.strerror or exc}); bila berkas itu sedang dibuka "
            "di Excel atau program lain, tutup dulu lalu ulangi"
        ) from None


def tulis_buku(berkas: Path, data: bytes, timpa: bool) -> Path | None:
    """Write a workbook. One that a spreadsheet program saved since naskah
    wrote it (a unit may have filled it in) is replaced only with ``timpa``,
    after a copy is kept (its path is returned)."""
    cadangan = None
    if berkas.is_dir():
        raise NaskahError(f"{tampil_berkas(berkas)}: sebuah folder; sebutkan nama berkas .xlsx dengan --keluaran BERKAS")
    if berkas.exists() and not buatan_naskah(berkas) and berkas.read_bytes() != data:
        if not timpa:
            raise NaskahError(
                f"{tampil_berkas(berkas)}: berkas ini sudah ada dan sudah disimpan oleh program lembar kerja "
                "(mungkin sudah diisi); tidak ditimpa. Tulis ke berkas lain dengan --keluaran BERKAS, atau ulangi dengan "
                f"--timpa: berkas yang sekarang disimpan dulu sebagai {berkas.name}.bak-TANGGAL"
            )
        cadangan = cadangkan(berkas)
    tulis_berkas(berkas, data)
    return cadangan
