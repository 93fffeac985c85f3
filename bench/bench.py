"""Benchmark: the full `naskah bangun` against docxtpl alone.

Prints, for the shipped example:
* the full build in this process (load, validate, compute, context, render,
  page setup, compose, deterministic write) against docxtpl alone rendering
  the same templates with the same contexts and saving them (the baseline,
  measured in the same run); target ratio <= 1.5;
* the wall time of a whole `naskah bangun` process for the decree and its
  annexes (interpreter start and imports included); target < 2 s on a
  2-core machine;
* the LKjIP build alone (pandoc, charts, computations), reported beside.

Usage: python bench/bench.py [--ulang N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))

import jinja2  # noqa: E402
from docxtpl import DocxTemplate  # noqa: E402

from generator.alur.bangun import bangun  # noqa: E402
from generator.alur.rencana import rencana  # noqa: E402
from generator.periksa import muat_valid  # noqa: E402


def _docxtpl_saja(konteks_templat: list[tuple[Path, dict]]) -> None:
    for templat, konteks in konteks_templat:
        tpl = DocxTemplate(templat)
        tpl.render(konteks, jinja_env=jinja2.Environment(autoescape=True), autoescape=True)
        tpl.save(io.BytesIO())


def _ukur(fungsi, ulang: int) -> list[float]:
    hasil = []
    for _ in range(ulang):
        t0 = time.perf_counter()
        fungsi()
        hasil.append(time.perf_counter() - t0)
    return hasil


def main() -> int:
    ap = argparse.ArgumentParser(description="Ukur kecepatan naskah bangun")
    ap.add_argument("--ulang", type=int, default=5, help="jumlah pengulangan (bawaan 5)")
    ap.add_argument("--tanpa-pdf", action="store_true", help="lewati pengukuran konversi PDF (LibreOffice)")
    args = ap.parse_args()
    konten = AKAR / "konten"
    templat = AKAR / "templat"
    dok = [d for d in rencana(muat_valid(konten), templat) if d.jenis != "lkjip"]
    dok_ids = [d.id for d in dok]
    pasangan = [(templat / d.templat, d.buat_konteks()) for d in dok]
    with tempfile.TemporaryDirectory() as tmp:
        keluaran = Path(tmp) / "keluaran"
        # warm-up: imports, caches
        bangun(konten, keluaran, templat, dok_ids)
        _docxtpl_saja(pasangan)
        dasar = _ukur(lambda: _docxtpl_saja(pasangan), args.ulang)
        penuh = _ukur(lambda: bangun(konten, keluaran, templat, dok_ids), args.ulang)
        proses = []
        for _ in range(max(3, args.ulang // 2)):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "generator", "bangun", "--konten", str(konten), "--templat", str(templat),
                 "--keluaran", str(keluaran), *dok_ids],
                check=True, capture_output=True, cwd=AKAR,
            )
            proses.append(time.perf_counter() - t0)
        # The LKjIP alone (pandoc narratives, charts, computations).
        lkjip_ids = [d.id for d in rencana(muat_valid(konten), templat) if d.jenis == "lkjip"]
        lkjip = _ukur(lambda: bangun(konten, keluaran, templat, lkjip_ids), max(3, args.ulang // 2)) if lkjip_ids else []
    m_dasar, m_penuh, m_proses = (statistics.median(x) for x in (dasar, penuh, proses))
    rasio = m_penuh / m_dasar
    print(f"dokumen: {len(dok)} ({sum(1 for d in dok if d.jenis == 'lampiran')} lampiran + keputusan gabungan)")
    print("(perbandingan docxtpl dan proses utuh: Keputusan dan Lampirannya; LKjIP diukur tersendiri)")
    print(f"docxtpl saja (baseline)      : {m_dasar:.3f} s (median {args.ulang}x)")
    print(f"naskah bangun (dalam proses) : {m_penuh:.3f} s (median {args.ulang}x)")
    print(f"rasio naskah/docxtpl         : {rasio:.2f} (target <= 1,5) {'OK' if rasio <= 1.5 else 'MELEBIHI'}")
    print(f"proses naskah bangun utuh    : {m_proses:.3f} s (median {len(proses)}x; target < 2 s) {'OK' if m_proses < 2 else 'MELEBIHI'}")
    if lkjip:
        print(f"LKjIP saja (dalam proses)    : {statistics.median(lkjip):.3f} s (median {len(lkjip)}x; {', '.join(lkjip_ids)})")
    if not args.tanpa_pdf:
        _bench_pdf(konten, templat)
    return 0


def _bench_pdf(konten: Path, templat: Path) -> None:
    """LibreOffice: every document of the example in one batch, against one
    LibreOffice start per document (target: the batch at least 4x faster)."""
    from generator.tulis.pdf import konversi_pdf

    with tempfile.TemporaryDirectory() as tmp:
        keluaran = Path(tmp) / "keluaran"
        bangun(konten, keluaran, templat)
        berkas = sorted(keluaran.glob("*.docx"))
        konversi_pdf(berkas[:1], Path(tmp) / "pemanasan")
        t0 = time.perf_counter()
        konversi_pdf(berkas, Path(tmp) / "batch")
        batch = time.perf_counter() - t0
        t0 = time.perf_counter()
        for i, b in enumerate(berkas):
            konversi_pdf([b], Path(tmp) / f"satu-{i}")
        satu_per_satu = time.perf_counter() - t0
    rasio = satu_per_satu / batch
    print(f"PDF {len(berkas)} dokumen, satu proses LibreOffice : {batch:.2f} s")
    print(f"PDF {len(berkas)} dokumen, satu proses per dokumen : {satu_per_satu:.2f} s")
    print(f"rasio per-dokumen/batch      : {rasio:.2f} (target >= 4) {'OK' if rasio >= 4 else 'KURANG'}")


if __name__ == "__main__":
    sys.exit(main())
