"""Bangun ulang inkremental (issue 13): dokumen yang masukan dan berkasnya
tidak berubah dibiarkan, dan keluaran selalu sama per byte dengan bangun
penuh ke folder kosong.

Semua bangun lewat CLI sungguhan; bangun penuh pembanding selalu ke folder
baru (tanpa tembolok)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bantu import AKAR, KONTEN, TEMPLAT, ganti_teks, jadikan_final, jalankan_cli, potret, templat_dengan

KEP = "keputusan-iku"
LKJIP = "lkjip-2022"
UNIT = ("sekretariat", "hukum", "kesra", "pemerintahan", "adbang", "perekonomian", "pbj", "prokopim")
PK = {f"pk-2022-{u}" for u in UNIT}
SEMUA = {KEP, LKJIP} | {f"{KEP}-lampiran-{u}" for u in UNIT} | PK


def _bangun(konten: Path, keluaran: Path, templat: Path = TEMPLAT, *arg: str) -> subprocess.CompletedProcess:
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--templat", str(templat), *arg)
    assert p.returncode == 0, p.stdout + p.stderr
    return p


def _ditulis(p: subprocess.CompletedProcess) -> set[str]:
    """The ids the build reports as written (✓)."""
    return {m.group(1) for m in re.finditer(r"^✓ \S+\s+(?:\S+\s+)?(\S+)\s+→", p.stdout, re.M)}


def _tidak_berubah(p: subprocess.CompletedProcess) -> set[str]:
    return {m.group(1) for m in re.finditer(r"^= \S+\s+(?:konsep\s+|final\s+)?(\S+)\s+\(.*tidak berubah", p.stdout, re.M)}


def _manifest(keluaran: Path) -> dict[str, dict]:
    data = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    return {e["berkas"]: {k: v for k, v in e.items() if k != "ditulis"} for e in data["dokumen"]}


def _sama_dengan_penuh(konten: Path, inkremental: Path, penuh: Path, templat: Path = TEMPLAT) -> None:
    """A full build into an empty folder gives the same documents and the
    same manifest entries as the incremental one."""
    _bangun(konten, penuh, templat)
    harap = _manifest(penuh)
    ada = _manifest(inkremental)
    for berkas, e in harap.items():
        assert (inkremental / berkas).read_bytes() == (penuh / berkas).read_bytes(), berkas
        assert ada[berkas] == e, berkas


@pytest.fixture(scope="module")
def awal(tmp_path_factory) -> tuple[Path, Path]:
    """The example built once into a keluaran with its cache: (folder, manifest bytes)."""
    keluaran = tmp_path_factory.mktemp("awal") / "keluaran"
    _bangun(KONTEN, keluaran)
    return keluaran, (keluaran / "manifest.json").read_bytes()


def test_bangun_ulang_tanpa_perubahan_tidak_menulis_apa_pun(awal, tmp_path):
    keluaran = tmp_path / "keluaran"
    shutil.copytree(awal[0], keluaran, copy_function=shutil.copy2)
    sebelum = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in keluaran.rglob("*") if p.is_file()}
    isi = potret(keluaran)
    p = _bangun(KONTEN, keluaran)
    assert _ditulis(p) == set() and _tidak_berubah(p) == SEMUA, p.stdout
    assert "0 dokumen ditulis; 18 tidak berubah" in p.stdout
    assert potret(keluaran) == isi
    assert {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in keluaran.rglob("*") if p.is_file()} == sebelum
    # --semua builds everything again, to the same bytes.
    p = _bangun(KONTEN, keluaran, TEMPLAT, "--semua")
    assert _ditulis(p) == SEMUA and not _tidak_berubah(p)
    assert {k: v for k, v in potret(keluaran).items() if not k.startswith(".cache")} == {
        k: v for k, v in isi.items() if not k.startswith(".cache")}


def _ubah_target(konten: Path) -> None:
    """One target of one unit that the LKjIP does not report."""
    berkas = konten / "unit" / "adbang.yaml"
    isi = berkas.read_text(encoding="utf-8")
    assert '2024: "4"' in isi
    berkas.write_text(isi.replace('2024: "4"', '2024: "5"', 1), encoding="utf-8")


def _ubah_narasi(konten: Path) -> None:
    ganti_teks(konten / "lkjip" / "2022" / "penutup.md", "# Kesimpulan", "# Kesimpulan Laporan")


def _ubah_realisasi(konten: Path) -> None:
    ganti_teks(konten / "realisasi" / "2022.yaml", 'realisasi: "86"', 'realisasi: "87"')


def _ubah_pagu(konten: Path) -> None:
    """One kegiatan's pagu in the year's Perjanjian Kinerja."""
    ganti_teks(konten / "pk" / "2022.yaml", "pagu: 520000000", "pagu: 530000000")


def _hapus_unit(konten: Path) -> None:
    ganti_teks(konten / "keputusan.yaml", "adbang, perekonomian, pbj, prokopim]", "adbang, perekonomian, prokopim]")
    pk = (konten / "pk" / "2022.yaml").read_text(encoding="utf-8")
    awal, akhir = pk.index("  pbj:\n"), pk.index("  prokopim:")
    (konten / "pk" / "2022.yaml").write_text(pk[:awal] + pk[akhir:], encoding="utf-8")
    ganti_teks(konten / "realisasi" / "2022.yaml", "  pbj-k1: {realisasi: 702450000}\n", "")
    (konten / "unit" / "pbj.yaml").unlink()


def test_rangkaian_perubahan_sama_dengan_bangun_penuh(awal, tmp_path):
    """After each edit the incremental build rebuilds what it must, no more,
    and equals a full build of the same content into an empty folder."""
    konten, keluaran, templat = tmp_path / "konten", tmp_path / "keluaran", tmp_path / "templat"
    shutil.copytree(KONTEN, konten)
    shutil.copytree(awal[0], keluaran)
    shutil.copytree(TEMPLAT, templat)
    lampiran = {i for i in SEMUA if "-lampiran-" in i}
    bagian = lampiran - {f"{KEP}-lampiran-sekretariat"}
    langkah = [
        ("target", _ubah_target, {f"{KEP}-lampiran-adbang", KEP}),
        ("narasi", _ubah_narasi, {LKJIP}),
        ("templat", None, bagian | {KEP}),
        ("realisasi", _ubah_realisasi, {LKJIP}),
        # the unit's PK, the head's PK (the budget of every unit) and the
        # LKjIP's budget table
        ("pagu", _ubah_pagu, {"pk-2022-adbang", "pk-2022-sekretariat", LKJIP}),
        # the decree's file changed: every annex is rendered again, but only
        # the one whose number moved (VIII -> VII) has other bytes; the head's
        # PK and the LKjIP lose the unit's budget
        ("hapus unit", _hapus_unit, {f"{KEP}-lampiran-prokopim", KEP, "pk-2022-sekretariat", LKJIP}),
    ]
    for i, (nama, ubah, harap) in enumerate(langkah):
        if ubah is None:
            shutil.rmtree(templat)
            templat_dengan(templat, "lampiran_unit.docx", "{{ periode }}", "{{ periode }} (diubah)")
        else:
            ubah(konten)
        p = _bangun(konten, keluaran, templat)
        assert _ditulis(p) == harap, (nama, p.stdout)
        assert _tidak_berubah(p) == (SEMUA - {f"{KEP}-lampiran-pbj", "pk-2022-pbj"} if nama == "hapus unit" else SEMUA) - harap, nama
        _sama_dengan_penuh(konten, keluaran, tmp_path / f"penuh-{i}", templat)


def test_grafik_dan_narasi_dari_tembolok_tanpa_matplotlib(awal, tmp_path):
    """A report rebuilt after a narrative edit takes its 21 charts from the
    cache (matplotlib is not even imported) and converts only the edited
    narrative."""
    konten, keluaran = tmp_path / "konten", tmp_path / "keluaran"
    shutil.copytree(KONTEN, konten)
    shutil.copytree(awal[0], keluaran)
    narasi = sum(1 for b in (keluaran / ".cache" / "narasi").rglob("*") if b.is_file())
    _ubah_narasi(konten)
    kode = (
        "import sys; from generator.cli import main; r = main(sys.argv[1:]); "
        "print('matplotlib' in sys.modules, 'matplotlib.pyplot' in sys.modules); sys.exit(r)"
    )
    p = subprocess.run(
        [sys.executable, "-c", kode, "bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--templat", str(TEMPLAT)],
        cwd=AKAR, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    assert p.returncode == 0, p.stderr
    assert _ditulis(p) == {LKJIP}, p.stdout
    assert p.stdout.strip().splitlines()[-1] == "False False", p.stdout
    # the edited narrative: one parse and one conversion more
    assert sum(1 for b in (keluaran / ".cache" / "narasi").rglob("*") if b.is_file()) == narasi + 2


def test_grafik_baru_digambar_di_proses_pekerja(awal, tmp_path):
    """Charts not drawn before are drawn in worker processes: matplotlib
    never enters the build's own process, and the report is the same, byte
    for byte, as the one built before."""
    keluaran = tmp_path / "keluaran"
    kode = (
        "import sys; from generator.cli import main; r = main(sys.argv[1:]); "
        "print('matplotlib' in sys.modules, 'numpy' in sys.modules); sys.exit(r)"
    )
    p = subprocess.run(
        [sys.executable, "-c", kode, "bangun", "--konten", str(KONTEN), "--keluaran", str(keluaran), "--templat", str(TEMPLAT),
         LKJIP],
        cwd=AKAR, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().splitlines()[-1] == "False False", p.stdout
    assert sum(1 for b in (keluaran / ".cache" / "grafik").rglob("*") if b.is_file()) == 21
    assert (keluaran / f"{LKJIP}.docx").read_bytes() == (awal[0] / f"{LKJIP}.docx").read_bytes()


def test_tembolok_rusak_dan_berkas_diubah_dibangun_ulang(awal, tmp_path):
    keluaran = tmp_path / "keluaran"
    shutil.copytree(awal[0], keluaran)
    (keluaran / ".cache" / "dokumen.json").write_text("{ rusak", encoding="utf-8")
    for i, blob in enumerate(sorted((keluaran / ".cache" / "grafik").rglob("*"))):
        if blob.is_file() and i % 2:
            blob.write_bytes(blob.read_bytes()[:100])  # cut short
    p = _bangun(KONTEN, keluaran)
    # Everything is made again (nothing to trust), to the bytes already there.
    assert _ditulis(p) == set() and _tidak_berubah(p) == SEMUA, p.stdout
    _sama_dengan_penuh(KONTEN, keluaran, tmp_path / "penuh")
    catatan = json.loads((keluaran / ".cache" / "dokumen.json").read_text(encoding="utf-8"))["berkas"]
    assert {r["id"] for r in catatan.values()} == SEMUA
    for blob in (keluaran / ".cache" / "grafik").rglob("*"):
        if blob.is_file():
            sidik, _, isi = blob.read_bytes().partition(b"\n")
            assert sidik.decode() == hashlib.sha256(isi).hexdigest(), blob  # the damaged ones drawn again
    # A document altered in keluaran/ (by hand, by Word) is written again.
    hukum = keluaran / f"{KEP}-lampiran-hukum.docx"
    hukum.write_bytes(hukum.read_bytes() + b"\0")
    p = _bangun(KONTEN, keluaran)
    assert _ditulis(p) == {f"{KEP}-lampiran-hukum"}
    assert hukum.read_bytes() == (tmp_path / "penuh" / hukum.name).read_bytes()


def test_bangun_gagal_tidak_mengubah_tembolok(awal, tmp_path):
    """A build refused after rendering (a final that would change) leaves
    keluaran/, its cache included, as it was."""
    konten, keluaran = tmp_path / "konten", tmp_path / "keluaran"
    shutil.copytree(KONTEN, konten)
    jadikan_final(konten)
    _bangun(konten, keluaran)
    sebelum = potret(keluaran)
    _ubah_target(konten)
    _ubah_narasi(konten)
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--templat", str(TEMPLAT))
    assert p.returncode == 1 and "dokumen final sudah ada" in p.stderr, p.stderr
    assert potret(keluaran) == sebelum


def test_final_dan_konsep_bergantian(tmp_path):
    """konsep -> final -> unchanged final left as it is -> preview with
    --konsep (the finals untouched) -> final again, unchanged: each build
    equals a full build of the same content and options."""
    konten, keluaran = tmp_path / "konten", tmp_path / "keluaran"
    shutil.copytree(KONTEN, konten)
    _bangun(konten, keluaran)
    jadikan_final(konten)
    p = _bangun(konten, keluaran)
    assert {KEP, f"{KEP}-lampiran-hukum"} <= _ditulis(p)
    assert (keluaran / "final" / f"{KEP}.docx").is_file()
    final = potret(keluaran / "final")
    p = _bangun(konten, keluaran)
    assert _ditulis(p) == set() and "final, isinya tidak berubah" in p.stdout
    p = _bangun(konten, keluaran, TEMPLAT, "--konsep")
    assert KEP in _ditulis(p) and potret(keluaran / "final") == final
    p = _bangun(konten, keluaran)
    assert _ditulis(p) == set() and potret(keluaran / "final") == final
    penuh = tmp_path / "penuh"
    _bangun(konten, penuh)
    for berkas in (f"final/{KEP}.docx", f"final/{KEP}-lampiran-hukum.docx", f"{LKJIP}.docx"):
        assert (keluaran / berkas).read_bytes() == (penuh / berkas).read_bytes(), berkas


def test_periksa_membaca_tembolok_tanpa_menulis(awal, tmp_path):
    """``naskah periksa --keluaran`` takes the narratives' parses a build
    cached (pandoc is not run: here it cannot be found) and writes nothing
    there; without that cache the same check needs pandoc."""
    keluaran = tmp_path / "keluaran"
    shutil.copytree(awal[0], keluaran)
    isi = potret(keluaran)
    tanpa_pandoc = {"PYPANDOC_PANDOC": str(tmp_path / "tidak-ada" / "pandoc")}
    p = jalankan_cli("periksa", "--konten", str(KONTEN), "--keluaran", str(keluaran), env=tanpa_pandoc)
    assert p.returncode == 0 and "narasi" not in p.stdout + p.stderr, p.stdout + p.stderr
    assert potret(keluaran) == isi
    kosong = tmp_path / "kosong"
    p = jalankan_cli("periksa", "--konten", str(KONTEN), "--keluaran", str(kosong), env=tanpa_pandoc)
    assert p.returncode == 1 and "pandoc tidak ditemukan" in p.stdout, p.stdout + p.stderr
    assert not kosong.exists()
