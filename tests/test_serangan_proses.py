"""Attacks with real processes (issue 14, points 8, 17, 19 and the kill
tests): two builds into one keluaran/, a build killed with SIGKILL during
--ganti-final and during --pdf, a LibreOffice left running, a program given
as NASKAH_SOFFICE that does not write PDFs."""

from __future__ import annotations

import io
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfWriter

from generator.tulis.kunci import kunci_keluaran
from generator.tulis.pdf import LibreOfficeGagal, alasan_bukan_pdf, konversi_pdf
from tests.bantu import KONTEN, potret, sha256_berkas
from tests.bantu_keluaran import HUKUM, KEP, bangun, final, manifest, manifest_cocok, mulai_bangun, proses_dengan  # noqa: F401 (final: fixture)
from tests.bantu_keluaran import satu_baris, ubah_target

PBJ = "keputusan-iku-lampiran-pbj"


def _tunggu(syarat, batas: float = 120, jeda: float = 0.1):
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        hasil = syarat()
        if hasil:
            return hasil
        time.sleep(jeda)
    raise AssertionError("syarat tidak terpenuhi dalam batas waktu")


# --- 8. one writer at a time -------------------------------------------------------------------


def test_dua_bangun_bersamaan_ke_satu_keluaran(salinan_konten, tmp_path):
    """Two builds of different content into one keluaran/, 20 rounds: the
    manifest matches the files every time, each file is one build's whole."""
    ids = (HUKUM, PBJ)
    ubah_target(salinan_konten)
    versi: dict[str, set[str]] = {}
    for konten, nama in ((KONTEN, "a"), (salinan_konten, "b")):
        assert bangun(konten, tmp_path / nama, ids=ids).returncode == 0
        for d in ids:
            versi.setdefault(f"{d}.docx", set()).add(sha256_berkas(tmp_path / nama / f"{d}.docx"))
    assert len(versi[f"{HUKUM}.docx"]) == 2
    keluaran = tmp_path / "bersama"
    for putaran in range(20):
        proses = [mulai_bangun(konten, keluaran, ids=ids) for konten in (KONTEN, salinan_konten)]
        for p in proses:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, f"putaran {putaran}: {err}"
        entri = manifest_cocok(keluaran)
        assert set(entri) == set(versi) and all(e["sha256"] in versi[b] for b, e in entri.items()), putaran
        assert sorted(os.listdir(keluaran)) == sorted([*versi, "manifest.json", ".cache"]), putaran  # .cache: the build cache


def test_bangun_menunggu_lalu_menolak_dengan_nama_pemegang(tmp_path):
    keluaran = tmp_path / "k"
    with kunci_keluaran(keluaran):
        p = bangun(KONTEN, keluaran, "--tunggu", "1", ids=(HUKUM,))
        baris = satu_baris(p)
        assert "menunggu bangun lain selesai" in p.stderr
        assert f"proses {os.getpid()}" in baris and "Tidak ada berkas yang diubah" in baris
        # A build that may wait long enough goes on once the lock is free.
        menunggu = mulai_bangun(KONTEN, keluaran, "--tunggu", "120", ids=(HUKUM,))
        time.sleep(4)
        assert menunggu.poll() is None and not (keluaran / f"{HUKUM}.docx").exists()
    _, err = menunggu.communicate(timeout=120)
    assert menunggu.returncode == 0 and "menunggu bangun lain selesai" in err, err
    assert sorted(os.listdir(keluaran)) == sorted([f"{HUKUM}.docx", "manifest.json", ".cache"])  # .cache: the build cache


# --- kill -9 during --ganti-final ---------------------------------------------------------------


def _bunuh_setelah(konten, keluaran, langkah: int, *arg: str) -> None:
    """SIGKILL a build right after commit step ``langkah``."""
    proses = mulai_bangun(konten, keluaran, *arg, jeda=0.05)
    for baris in proses.stderr:
        if baris.startswith("naskah-langkah ") and int(baris.split(" ", 2)[1]) == langkah:
            proses.kill()
            break
    proses.wait()
    proses.stdout.close()
    proses.stderr.close()


def test_bunuh_saat_ganti_final(final, tmp_path):
    konten, asli = final
    lama = {d: (asli / "final" / f"{d}.docx").read_bytes() for d in (KEP, HUKUM)}
    ubah_target(konten)
    bersih = tmp_path / "bersih"
    assert bangun(konten, bersih).returncode == 0
    baru = {d: (bersih / "final" / f"{d}.docx").read_bytes() for d in (KEP, HUKUM)}
    # 2 archives with their records, 2 records, 2 documents, the manifest: 9 staged, then 9 renames.
    for langkah in (1, 5, 9, 10, 11, 13, 15, 17, 19, 20, 21):
        keluaran = tmp_path / f"k{langkah}"
        shutil.copytree(asli, keluaran)
        _bunuh_setelah(konten, keluaran, langkah, "--ganti-final")
        for d in (KEP, HUKUM):  # at any moment the final is the old or the new one, never lost
            assert (keluaran / "final" / f"{d}.docx").read_bytes() in (lama[d], baru[d]), langkah
        p = bangun(konten, keluaran, "--ganti-final")
        assert p.returncode == 0, f"langkah {langkah}: {p.stderr}"
        for d in (KEP, HUKUM):
            assert (keluaran / "final" / f"{d}.docx").read_bytes() == baru[d], langkah
            arsip = [x for x in (keluaran / "final" / "arsip").glob(f"{d}-*.docx") if x.read_bytes() == lama[d]]
            assert len(arsip) == 1, f"langkah {langkah}: {d} diarsipkan {len(arsip)} kali"
        manifest_cocok(keluaran)


# --- 17, 19. PDFs: of an unchanged final, after a kill, from a program that is not LibreOffice ----


def test_pdf_final_yang_belum_punya_pdf(final):
    konten, keluaran = final
    docx = keluaran / "final" / f"{HUKUM}.docx"
    sebelum = (docx.stat().st_ino, docx.read_bytes())
    p = bangun(konten, keluaran, "--pdf", ids=(HUKUM,))
    assert p.returncode == 0 and "PDF baru" in p.stdout, p.stderr
    pdf = keluaran / "final" / f"{HUKUM}.pdf"
    assert alasan_bukan_pdf(pdf.read_bytes()) is None
    assert (docx.stat().st_ino, docx.read_bytes()) == sebelum
    e = manifest_cocok(keluaran)[f"final/{HUKUM}.docx"]
    assert e["pdf"] == f"final/{HUKUM}.pdf" and e["pdf_sha256"] == sha256_berkas(pdf)
    potret_lalu = potret(keluaran)
    assert bangun(konten, keluaran, "--pdf", ids=(HUKUM,)).returncode == 0
    assert potret(keluaran) == potret_lalu


def _env_tmp(tmp: Path, **lain: str) -> dict:
    tmp.mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(tmp), "PYTHONIOENCODING": "utf-8", **lain}


def test_bunuh_saat_pdf_lalu_bangun_berikutnya_memulihkan(final, tmp_path):
    """SIGKILL while LibreOffice converts: the next run stops what is left,
    removes the temporary folders, writes the PDFs; no final is lost."""
    konten, keluaran = final
    finals = {d: (keluaran / "final" / f"{d}.docx").read_bytes() for d in (KEP, HUKUM)}
    tmp = tmp_path / "tmp"
    proses = mulai_bangun(konten, keluaran, "--pdf", env=_env_tmp(tmp))
    _tunggu(lambda: proses_dengan(str(tmp)))  # LibreOffice runs
    proses.kill()
    proses.communicate()
    assert list(tmp.glob("naskah-*")), "the killed run left no temporary folder: nothing to test"
    p = bangun(konten, keluaran, "--pdf", env=_env_tmp(tmp))
    assert p.returncode == 0, p.stderr
    assert not list(tmp.glob("naskah-*")) and not proses_dengan(str(tmp))
    for d, isi in finals.items():
        assert (keluaran / "final" / f"{d}.docx").read_bytes() == isi
        assert alasan_bukan_pdf((keluaran / "final" / f"{d}.pdf").read_bytes()) is None
    manifest_cocok(keluaran)


def _soffice_palsu(tmp_path: Path, isi: str) -> Path:
    program = tmp_path / "soffice-palsu"
    program.write_text(f"#!{sys.executable}\n{isi}", encoding="utf-8")
    program.chmod(0o755)
    return program


def test_libreoffice_yatim_dihentikan_oleh_bangun_berikutnya(tmp_path):
    """A LibreOffice that hangs (with a child, like soffice.bin) outlives a
    killed naskah; the next run, even without --pdf, stops both."""
    macet = _soffice_palsu(tmp_path, "import subprocess, sys, time\n"
                           "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)', *sys.argv[1:]])\n"
                           "time.sleep(600)\n")  # fmt: skip
    tmp, keluaran = tmp_path / "tmp", tmp_path / "keluaran"
    proses = mulai_bangun(KONTEN, keluaran, "--pdf", ids=(HUKUM,), env=_env_tmp(tmp, NASKAH_SOFFICE=str(macet)))
    yatim = _tunggu(lambda: len(proses_dengan(str(tmp))) >= 2 and proses_dengan(str(tmp)))
    proses.kill()
    proses.communicate()
    time.sleep(0.5)
    assert set(proses_dengan(str(tmp))) == set(yatim)  # the attack: LibreOffice outlives naskah
    p = bangun(KONTEN, keluaran, ids=(HUKUM,), env=_env_tmp(tmp))
    assert p.returncode == 0, p.stderr
    _tunggu(lambda: not proses_dengan(str(tmp)), batas=10)
    assert not list(tmp.glob("naskah-*"))


@pytest.mark.parametrize("isi", [b"bukan pdf", b"%PDF-1.4\n%%EOF\n", "kosong"])
def test_pdf_dari_program_palsu_ditolak(tmp_path, monkeypatch, isi):
    """A program given as NASKAH_SOFFICE that writes something else than a
    PDF with pages: refused in one line, nothing written."""
    if isi == "kosong":  # a well-formed PDF without pages
        buf = io.BytesIO()
        PdfWriter().write(buf)
        isi = buf.getvalue()
        assert alasan_bukan_pdf(isi) == "PDF tanpa halaman"
    sumber = tmp_path / "isi.pdf"
    sumber.write_bytes(isi)
    palsu = _soffice_palsu(tmp_path, "import pathlib, shutil, sys\n"
                           "a = sys.argv[1:]; out = pathlib.Path(a[a.index('--outdir') + 1]); out.mkdir(parents=True, exist_ok=True)\n"
                           f"[shutil.copy({str(sumber)!r}, out / (pathlib.Path(x).stem + '.pdf')) for x in a[a.index('--outdir') + 2:]]\n")  # fmt: skip
    keluaran = tmp_path / "keluaran"
    assert bangun(KONTEN, keluaran, ids=(HUKUM,)).returncode == 0
    sebelum = potret(keluaran)
    satu_baris(bangun(KONTEN, keluaran, "--pdf", ids=(HUKUM,), env={"NASKAH_SOFFICE": str(palsu)}))
    assert potret(keluaran) == sebelum
    monkeypatch.setenv("NASKAH_SOFFICE", str(palsu))
    with pytest.raises(LibreOfficeGagal, match="tidak menghasilkan PDF yang sah"):
        konversi_pdf([keluaran / f"{HUKUM}.docx"], tmp_path / "pdf")
    assert not list((tmp_path / "pdf").glob("*.pdf"))
