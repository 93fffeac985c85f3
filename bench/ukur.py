"""Measuring for the benchmark: whole processes, interleaved pairs, medians
of paired ratios with their min-max, on a machine other work shares."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent

# Runs ``python -m generator ARGS`` as itself, then writes the peak resident
# set of that Python process (KiB, Linux ru_maxrss) to the file named by
# NASKAH_BENCH_RSS: LibreOffice and pandoc, its children, are not counted.
_PEMBUNGKUS = (
    "import atexit, os, resource, runpy, sys\n"
    "def _rss():\n"
    "    with open(os.environ['NASKAH_BENCH_RSS'], 'w') as f:\n"
    "        f.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
    "atexit.register(_rss)\n"
    "sys.argv = ['naskah', *sys.argv[1:]]\n"
    "runpy.run_module('generator', run_name='__main__', alter_sys=True)\n"
)


@dataclass
class Proses:
    """One finished process: wall seconds, peak RSS (MiB) of naskah's Python."""

    detik: float
    rss_mib: float
    keluaran: str = ""


def naskah(*argumen: str, env: dict | None = None, periksa: bool = True) -> Proses:
    """``python -m generator ARGUMEN`` as a child process, timed from start
    to exit (interpreter start and imports included)."""
    lingkungan = {**os.environ, "PYTHONPATH": str(AKAR), "PYTHONIOENCODING": "utf-8", **(env or {})}
    with tempfile.NamedTemporaryFile(prefix="naskah-bench-rss-", delete=False) as f:
        rss = Path(f.name)
    lingkungan["NASKAH_BENCH_RSS"] = str(rss)
    # As installed (pip compiles the modules): a shell that forbids writing
    # bytecode would make every run compile naskah's modules again.
    lingkungan.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        t0 = time.perf_counter()
        hasil = subprocess.run([sys.executable, "-c", _PEMBUNGKUS, *argumen], cwd=AKAR, env=lingkungan,
                               capture_output=True, text=True, encoding="utf-8", stdin=subprocess.DEVNULL)
        detik = time.perf_counter() - t0
        kib = int(rss.read_text() or 0) if rss.exists() else 0
    finally:
        rss.unlink(missing_ok=True)
    if periksa and hasil.returncode != 0:
        raise RuntimeError(f"naskah {' '.join(argumen)} gagal ({hasil.returncode}):\n{hasil.stdout}\n{hasil.stderr}")
    return Proses(detik, kib / 1024, hasil.stdout + hasil.stderr)


def python_kosong() -> float:
    """Wall seconds of ``python -c pass``."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - t0


@dataclass
class Pasangan:
    """Interleaved runs A B A B ...: each B against the A just before it."""

    a: list[float] = field(default_factory=list)
    b: list[float] = field(default_factory=list)

    @property
    def rasio(self) -> list[float]:
        return [b / a for a, b in zip(self.a, self.b)]


def berpasangan(a: Callable[[], float], b: Callable[[], float], n: int) -> Pasangan:
    hasil = Pasangan()
    for _ in range(n):
        hasil.a.append(a())
        hasil.b.append(b())
    return hasil


def median(nilai: list[float]) -> float:
    return statistics.median(nilai)


def sebaran(nilai: list[float], format_: str = "{:.3f}") -> str:
    """'median (min–max, n=N)'."""
    return (f"{format_.format(median(nilai))} (min–maks {format_.format(min(nilai))}–{format_.format(max(nilai))}, "
            f"n={len(nilai)})")


def mesin() -> str:
    """The machine the figures come from (they are ratios for that reason)."""
    inti = os.cpu_count()
    try:
        beban = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        beban = "?"
    return (f"Mesin: {inti} inti, beban rata-rata (1/5/15 menit) {beban} saat mulai; Python {sys.version.split()[0]}. "
            "Mesin dipakai bersama proses lain: angka mutlak bergoyang, rasio berpasangan lebih dapat dipercaya.")
