"""Benchmark of naskah on the machine it runs on, honest on a shared one:
whole processes where a user waits for a process, runs interleaved
(A B A B ...) and the median of the paired ratios with their min-max,
every figure stated with what it includes.  Targets: issue 13.

    python bench/bench.py                 # everything (about ten minutes on 2 cores)
    python bench/bench.py --cepat         # fewer runs, smaller multiples (a few minutes)
    python bench/bench.py --buat-skala N FOLDER   # content N times the example

Measures:
* start-up: ``naskah --help`` against ``python -c pass``;
* ``naskah periksa`` on the example, after a build (its narratives' parses
  cached in keluaran/.cache) and without a cache;
* naskah against docxtpl alone, in this process: the same templates, the
  same contexts (built once, before timing) and the same compiled-template
  cache (one sandboxed Jinja environment for all renders); the time naskah
  spends beyond docxtpl is broken down by what it buys;
* for the example and for N times it (1x, 5x, 40x; --cepat: 1x, 2x, 6x):
  a full ``naskah bangun`` process into an empty keluaran (no cache),
  wall time per multiple, peak RSS of naskah's Python process, and a
  rebuild of unchanged content into the same keluaran; these without
  LibreOffice (the Daftar Isi left without page numbers), so that the
  multiples measure naskah itself;
* the example with LibreOffice numbering the Daftar Isi: the full build,
  the rebuild of unchanged content, and the rebuild after one target of
  one unit changed;
* ``naskah beda --lacak`` against the plain ``naskah beda`` at 10x (--cepat: 3x);
* with ``--pdf``: the example's PDFs in one LibreOffice against one per document.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
AKAR = BENCH.parent
sys.path.insert(0, str(AKAR))
sys.path.insert(0, str(BENCH))

import baseline  # noqa: E402
import ukur  # noqa: E402
from skala import buat_skala  # noqa: E402

KONTEN = AKAR / "konten"
TEMPLAT = AKAR / "templat"
#: The multiples' builds run without LibreOffice: naskah itself is measured.
TANPA_KANTOR = {"NASKAH_SOFFICE": str(Path(tempfile.gettempdir()) / "naskah-bench-tanpa-libreoffice")}


class Hasil:
    """The targets, each PASS or FAIL with its measured figure."""

    def __init__(self) -> None:
        self.baris: list[tuple[str, str, str]] = []

    def target(self, nama: str, lulus: bool, angka: str, *, dijelaskan: bool = False) -> None:
        """``dijelaskan``: missed, but the issue accepts instead a precise
        account of what the remaining time buys, and the output gives it."""
        tanda = "PASS" if lulus else "JELAS" if dijelaskan else "FAIL"
        self.baris.append((nama, tanda, angka))
        print(f"  -> {tanda}: {nama}: {angka}")

    def cetak(self) -> None:
        print("\n== Target issue 13 (JELAS: di atas sasaran, dengan rincian waktu yang dipakai, seperti dibolehkan issue) ==")
        for nama, tanda, angka in self.baris:
            print(f"{tanda:<5}  {nama}: {angka}")


def _judul(teks: str) -> None:
    print(f"\n== {teks} ==", flush=True)


def mulai(n: int, hasil: Hasil) -> None:
    _judul("Start: naskah --help dibanding python -c pass (proses utuh)")
    p = ukur.berpasangan(ukur.python_kosong, lambda: ukur.naskah("--help").detik, n)
    kosong, bantu = ukur.median(p.a), ukur.median(p.b)
    print(f"python -c pass : {ukur.sebaran(p.a)} s")
    print(f"naskah --help  : {ukur.sebaran(p.b)} s (rasio {ukur.sebaran(p.rasio, '{:.2f}')})")
    batas = 3 * kosong + 0.1
    hasil.target("naskah --help <= 3x python -c pass + 0,1 s", bantu <= batas,
                 f"{bantu:.3f} s, batas {batas:.3f} s (median)")


def periksa(n: int, tmp: Path, hasil: Hasil) -> None:
    _judul("naskah periksa pada contoh (proses utuh: mulai Python, impor, baca, periksa, narasi lewat pandoc)")
    keluaran, kosong = tmp / "periksa" / "keluaran", tmp / "periksa" / "kosong"
    _bangun(KONTEN, keluaran, "--templat", str(TEMPLAT), env=TANPA_KANTOR)  # the usual order: build, edit, check
    p = ukur.berpasangan(lambda: ukur.naskah("periksa", "--konten", str(KONTEN), "--keluaran", str(keluaran)).detik,
                         lambda: ukur.naskah("periksa", "--konten", str(KONTEN), "--keluaran", str(kosong)).detik, n)
    print(f"sesudah bangun : {ukur.sebaran(p.a)} s (narasi yang tidak berubah diambil dari tembolok keluaran; "
          "pandoc tidak dijalankan)")
    print(f"tanpa tembolok : {ukur.sebaran(p.b)} s (setiap narasi diurai pandoc, enam proses pandoc)")
    hasil.target("naskah periksa contoh <= 0,4 s (sesudah bangun)", ukur.median(p.a) <= 0.4,
                 f"{ukur.median(p.a):.3f} s (median; min–maks {min(p.a):.3f}–{max(p.a):.3f}); "
                 f"tanpa tembolok {ukur.median(p.b):.3f} s")
    shutil.rmtree(tmp / "periksa", ignore_errors=True)


def _bangun(konten: Path, keluaran: Path, *opsi: str, env: dict | None = None) -> ukur.Proses:
    return ukur.naskah("bangun", "--konten", str(konten), "--keluaran", str(keluaran), *opsi, env=env)


def skala(kelipatan: list[int], n: int, tmp: Path, hasil: Hasil) -> None:
    _judul("Kelipatan contoh: bangun penuh (proses utuh, keluaran kosong tanpa tembolok) dan bangun ulang tanpa "
           "perubahan; tanpa LibreOffice (Daftar Isi tanpa nomor halaman)")
    per_kelipatan: dict[int, float] = {}
    for k in kelipatan:
        konten = buat_skala(KONTEN, tmp / f"skala-{k}" / "konten", k)
        shutil.copytree(TEMPLAT, konten.parent / "templat")  # a project's templat/ beside its content, as the example
        keluaran = tmp / f"skala-{k}" / "keluaran"
        rss: list[float] = []

        def penuh() -> float:
            shutil.rmtree(keluaran, ignore_errors=True)
            p = _bangun(konten, keluaran, env=TANPA_KANTOR)
            rss.append(p.rss_mib)
            return p.detik

        def ulang() -> float:
            p = _bangun(konten, keluaran, env=TANPA_KANTOR)
            assert re.search(r"^0 dokumen ditulis", p.keluaran, re.M), p.keluaran
            rss.append(p.rss_mib)
            return p.detik

        p = ukur.berpasangan(penuh, ulang, n)
        per_kelipatan[k] = ukur.median(p.a) / k
        print(f"{k:>3}x: bangun penuh {ukur.sebaran(p.a, '{:.2f}')} s; per kelipatan {per_kelipatan[k]:.2f} s; "
              f"RSS puncak Python naskah {max(rss):.0f} MiB")
        print(f"      bangun ulang tanpa perubahan {ukur.sebaran(p.b, '{:.2f}')} s; "
              f"rasio ulang/penuh {ukur.sebaran(p.rasio, '{:.3f}')}")
        shutil.rmtree(tmp / f"skala-{k}", ignore_errors=True)
        if k == kelipatan[-1]:
            hasil.target(f"RSS puncak pada {k}x <= 300 MiB", max(rss) <= 300, f"{max(rss):.0f} MiB (terbesar dari {len(rss)} proses)")
    besar, tengah = kelipatan[-1], kelipatan[-2]
    rasio = per_kelipatan[besar] / per_kelipatan[tengah]
    hasil.target(f"biaya per kelipatan pada {besar}x <= 1,2x biaya pada {tengah}x", rasio <= 1.2,
                 f"{per_kelipatan[besar]:.2f} s / {per_kelipatan[tengah]:.2f} s = {rasio:.2f} (median)")


def _ubah_satu_target(konten: Path) -> tuple[Path, str]:
    """One target of one unit (the first indicator of Bagian Hukum, 2024):
    (its file, its text before)."""
    berkas = konten / "unit" / "hukum.yaml"
    lama = berkas.read_text(encoding="utf-8")
    m = re.search(r"(2024: \")(\d+)", lama)
    berkas.write_text(lama[: m.start(2)] + str(int(m.group(2)) + 1) + lama[m.end(2):], encoding="utf-8")
    return berkas, lama


def contoh(n: int, tmp: Path, hasil: Hasil) -> None:
    _judul("Contoh dengan LibreOffice (Daftar Isi bernomor): bangun penuh, bangun ulang tanpa perubahan, "
           "bangun ulang sesudah satu target satu unit diubah")
    konten = tmp / "contoh" / "konten"
    shutil.copytree(KONTEN, konten)
    shutil.copytree(TEMPLAT, konten.parent / "templat")
    keluaran = tmp / "contoh" / "keluaran"
    ditulis: list[str] = []

    def penuh() -> float:
        shutil.rmtree(keluaran, ignore_errors=True)
        return _bangun(konten, keluaran).detik

    def ulang() -> float:
        return _bangun(konten, keluaran).detik

    def ubah() -> float:
        berkas, lama = _ubah_satu_target(konten)
        try:
            p = _bangun(konten, keluaran)
        finally:
            berkas.write_text(lama, encoding="utf-8")
        ditulis[:] = re.findall(r"^✓ \S+\s+(?:\S+\s+)?(\S+)\s+→", p.keluaran, re.M)
        return p.detik

    nol = ukur.berpasangan(penuh, ulang, n)
    satu = ukur.berpasangan(penuh, ubah, n)
    print(f"bangun penuh                 : {ukur.sebaran(nol.a + satu.a, '{:.2f}')} s")
    print(f"bangun ulang tanpa perubahan : {ukur.sebaran(nol.b, '{:.2f}')} s; rasio {ukur.sebaran(nol.rasio, '{:.3f}')}")
    print(f"sesudah satu target diubah   : {ukur.sebaran(satu.b, '{:.2f}')} s; rasio {ukur.sebaran(satu.rasio, '{:.3f}')}")
    print(f"  (hukum.yaml, target 2024 indikator pertama; ditulis ulang: {', '.join(ditulis)}; Perjanjian Kinerja "
          "2022 Bagian Hukum dan Sekretaris Daerah serta LKjIP, yang juga membaca berkas unit itu, dirender ulang, "
          "isinya sama sehingga tidak ditulis dan Daftar Isi LKjIP diambil dari tembolok)")
    hasil.target("bangun ulang tanpa perubahan <= 0,2x bangun penuh", ukur.median(nol.rasio) <= 0.2,
                 f"{ukur.median(nol.rasio):.3f} (median; min–maks {min(nol.rasio):.3f}–{max(nol.rasio):.3f})")
    hasil.target("satu target satu unit diubah <= 0,5x bangun penuh", ukur.median(satu.rasio) <= 0.5,
                 f"{ukur.median(satu.rasio):.3f} (median; min–maks {min(satu.rasio):.3f}–{max(satu.rasio):.3f})")


def lacak(k: int, n: int, tmp: Path, hasil: Hasil) -> None:
    _judul(f"naskah beda --lacak dibanding naskah beda pada {k}x (proses utuh), lama -> baru: satu target satu unit diubah")
    lama = buat_skala(KONTEN, tmp / "lacak" / "lama" / "konten", k)
    baru = tmp / "lacak" / "baru" / "konten"
    shutil.copytree(lama, baru)
    _ubah_satu_target(baru)
    argumen = ("beda", str(lama), str(baru), "--konten", str(baru), "--templat", str(TEMPLAT))
    hangat = tmp / "lacak" / "hangat"
    _bangun(baru, hangat, "--templat", str(TEMPLAT), env=TANPA_KANTOR)  # the usual order: build, then review the changes

    def polos() -> float:
        shutil.rmtree(tmp / "lacak" / "k1", ignore_errors=True)
        return ukur.naskah(*argumen, "--keluaran", str(tmp / "lacak" / "k1")).detik

    def dingin() -> float:
        shutil.rmtree(tmp / "lacak" / "k2", ignore_errors=True)
        return ukur.naskah(*argumen, "--lacak", "--keluaran", str(tmp / "lacak" / "k2")).detik

    def sesudah_bangun() -> float:
        return ukur.naskah(*argumen, "--lacak", "--keluaran", str(hangat)).detik

    p = ukur.berpasangan(polos, sesudah_bangun, n)
    q = ukur.berpasangan(polos, dingin, max(1, n - 1))
    print(f"naskah beda                        : {ukur.sebaran(p.a + q.a, '{:.2f}')} s (muat dan bandingkan dua konten, "
          "laporan perubahan)")
    print(f"naskah beda --lacak, sesudah bangun: {ukur.sebaran(p.b, '{:.2f}')} s; rasio {ukur.sebaran(p.rasio, '{:.2f}')} "
          "(ke keluaran yang berisi bangun konten baru: Lampiran yang sama diambil dari sana, yang lama dirender)")
    print(f"naskah beda --lacak, keluaran baru : {ukur.sebaran(q.b, '{:.2f}')} s; rasio {ukur.sebaran(q.rasio, '{:.2f}')} "
          "(tanpa tembolok: setiap Lampiran dirender sekali untuk kedua sisi)")
    hasil.target(f"beda --lacak pada {k}x <= 3x beda (sesudah bangun ke keluaran yang sama)", ukur.median(p.rasio) <= 3,
                 f"{ukur.median(p.rasio):.2f} (median; min–maks {min(p.rasio):.2f}–{max(p.rasio):.2f}); "
                 f"keluaran baru tanpa tembolok: {ukur.median(q.rasio):.2f}")
    shutil.rmtree(tmp / "lacak", ignore_errors=True)


def pdf(tmp: Path) -> None:
    """LibreOffice: every document of the example in one batch, against one
    LibreOffice start per document (target of issue 5: at least 4x faster)."""
    import time

    from generator.tulis.pdf import konversi_pdf

    _judul("PDF: semua dokumen contoh dalam satu proses LibreOffice dibanding satu proses per dokumen")
    keluaran = tmp / "pdf" / "keluaran"
    _bangun(KONTEN, keluaran, "--templat", str(TEMPLAT))
    berkas = sorted(keluaran.glob("*.docx"))
    konversi_pdf(berkas[:1], tmp / "pdf" / "pemanasan")
    t0 = time.perf_counter()
    konversi_pdf(berkas, tmp / "pdf" / "batch")
    batch = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i, b in enumerate(berkas):
        konversi_pdf([b], tmp / "pdf" / f"satu-{i}")
    satu = time.perf_counter() - t0
    print(f"{len(berkas)} dokumen, satu proses: {batch:.2f} s; satu proses per dokumen: {satu:.2f} s; rasio {satu / batch:.2f} "
          "(sasaran >= 4)")


def main() -> int:
    ap = argparse.ArgumentParser(description="Ukur kecepatan naskah (issue 13)")
    ap.add_argument("--cepat", action="store_true", help="lebih sedikit ulangan dan kelipatan lebih kecil (beberapa menit)")
    ap.add_argument("--buat-skala", nargs=2, metavar=("N", "FOLDER"), help="tulis konten sintetis N kali contoh ke FOLDER, lalu keluar")
    ap.add_argument("--pdf", action="store_true", help="ukur juga PDF semua dokumen dalam satu proses LibreOffice dibanding satu per dokumen")
    args = ap.parse_args()
    if args.buat_skala:
        n, folder = int(args.buat_skala[0]), Path(args.buat_skala[1])
        print(buat_skala(KONTEN, folder, n).as_posix())
        return 0
    ulang, kelipatan, n_lacak = (3, [1, 2, 6], 3) if args.cepat else (5, [1, 5, 40], 10)
    pasang_skala = 1 if args.cepat else 2
    print(ukur.mesin())
    hasil = Hasil()
    with tempfile.TemporaryDirectory(prefix="naskah-bench-") as tmp:
        mulai(ulang * 2, hasil)
        periksa(ulang, Path(tmp), hasil)
        baseline.bandingkan(KONTEN, TEMPLAT, ulang, hasil)
        contoh(ulang if not args.cepat else 2, Path(tmp), hasil)
        skala(kelipatan, pasang_skala, Path(tmp), hasil)
        lacak(n_lacak, 2 if args.cepat else 3, Path(tmp), hasil)
        if args.pdf:
            pdf(Path(tmp))
    hasil.cetak()
    return 0


if __name__ == "__main__":
    sys.exit(main())
