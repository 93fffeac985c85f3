"""Alat bantu tes untuk memeriksa PDF dengan poppler-utils (pdfinfo, pdffonts, pdftotext).

Semua fungsi memanggil program sungguhan. Bila programnya tidak ada, tes GAGAL
dengan pesan yang jelas (jalankan `make sistem`), tidak pernah di-skip.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

PT_KE_MM = 25.4 / 72


class AlatPdfTidakAda(RuntimeError):
    pass


def _jalankan(program: str, *argumen: str) -> str:
    exe = shutil.which(program)
    if exe is None:
        raise AlatPdfTidakAda(
            f"Program `{program}` (poppler-utils) tidak ditemukan, padahal tes PDF membutuhkannya. "
            "Jalankan `make sistem` (atau: apt-get install poppler-utils)."
        )
    hasil = subprocess.run(
        [exe, *argumen],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
    )
    if hasil.returncode != 0:
        raise RuntimeError(
            f"`{program} {' '.join(argumen)}` gagal (kode {hasil.returncode}):\n"
            + hasil.stderr.decode("utf-8", errors="replace")
        )
    return hasil.stdout.decode("utf-8", errors="replace")


def jumlah_halaman(path: Path) -> int:
    teks = _jalankan("pdfinfo", str(path))
    m = re.search(r"^Pages:\s+(\d+)", teks, re.M)
    if not m:
        raise RuntimeError(f"pdfinfo tidak menyebut jumlah halaman {path}:\n{teks}")
    return int(m.group(1))


def halaman_pdf(path: Path) -> list[tuple[float, float]]:
    """Ukuran (lebar, tinggi) tiap halaman dalam milimeter, urut halaman."""
    n = jumlah_halaman(path)
    teks = _jalankan("pdfinfo", "-f", "1", "-l", str(n), str(path))
    ukuran: dict[int, tuple[float, float]] = {}
    for m in re.finditer(
        r"^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts", teks, re.M
    ):
        ukuran[int(m.group(1))] = (
            float(m.group(2)) * PT_KE_MM,
            float(m.group(3)) * PT_KE_MM,
        )
    if sorted(ukuran) != list(range(1, n + 1)):
        raise RuntimeError(f"pdfinfo tidak memberi ukuran semua {n} halaman {path}:\n{teks}")
    return [ukuran[i] for i in range(1, n + 1)]


def font_pdf(path: Path) -> list[dict]:
    """Font di PDF menurut pdffonts: dict dengan kunci name, type, emb (bool), sub (bool)."""
    teks = _jalankan("pdffonts", str(path))
    baris = teks.splitlines()
    # Kepala: "name  type  encoding  emb sub uni object ID", lalu garis "----- ---- ...".
    idx = next((i for i, b in enumerate(baris) if b.startswith("---")), None)
    if idx is None:
        raise RuntimeError(f"Keluaran pdffonts tak dikenal untuk {path}:\n{teks}")
    # Lebar kolom dari garis putus-putus (nama font bisa mengandung spasi).
    kolom = [(m.start(), m.end()) for m in re.finditer(r"-+", baris[idx])]
    hasil = []
    for b in baris[idx + 1:]:
        if not b.strip():
            continue
        sel = [b[a:z + 1].strip() if i < len(kolom) - 1 else b[a:].strip()
               for i, (a, z) in enumerate(kolom)]
        hasil.append(
            {
                "name": sel[0],
                "type": sel[1],
                "encoding": sel[2],
                "emb": sel[3] == "yes",
                "sub": sel[4] == "yes",
            }
        )
    return hasil


def teks_pdf(path: Path) -> str:
    """Teks PDF menurut `pdftotext -layout`."""
    return _jalankan("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-")


def meta_pdf(path: Path) -> str:
    """Metadata XMP PDF menurut `pdfinfo -meta` (kosong bila tidak ada)."""
    return _jalankan("pdfinfo", "-meta", str(path))
