"""Helpers of the attacks on keluaran/ (issue 14): a final decree built
from a copy of the example, the manifest checked against the files, and
the one clean line a refused run prints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bantu import AKAR, HUKUM, KEP, TEMPLAT, jadikan_final, jalankan_cli, sha256_berkas, ubah_target

__all__ = ["HUKUM", "KEP", "final", "jadikan_final", "ubah_target", "bangun", "manifest", "manifest_cocok", "satu_baris", "proses_dengan"]


@pytest.fixture
def final(salinan_konten, tmp_path):
    """The decree and one annex built as finals (no PDF): (content, keluaran)."""
    jadikan_final(salinan_konten)
    keluaran = tmp_path / "keluaran"
    p = bangun(salinan_konten, keluaran)
    assert p.returncode == 0, p.stderr
    return salinan_konten, keluaran


def bangun(konten: Path, keluaran: Path, *arg: str, ids: tuple[str, ...] = (KEP, HUKUM), env: dict | None = None):
    """``naskah bangun`` as a real process on a copy of the content."""
    return jalankan_cli(
        "bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--templat", str(TEMPLAT), *arg, *ids, env=env
    )


def mulai_bangun(konten: Path, keluaran: Path, *arg: str, ids: tuple[str, ...] = (KEP, HUKUM), env=None, jeda=None):
    """The same, started in the background (with ``jeda``: through
    ``tests/cli_berjeda.py``, announcing and pausing after each commit step)."""
    awal = [str(AKAR / "tests" / "cli_berjeda.py"), str(jeda)] if jeda is not None else ["-m", "generator"]
    perintah = [*awal, "bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--templat", str(TEMPLAT), *arg, *ids]
    return subprocess.Popen(
        [sys.executable, *perintah], cwd=AKAR, env=env, text=True, encoding="utf-8",
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def manifest(keluaran: Path) -> dict[str, dict]:
    """The manifest's entries by file."""
    return {e["berkas"]: e for e in json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))["dokumen"]}


def manifest_cocok(keluaran: Path) -> dict[str, dict]:
    """Every entry's file exists with its sha256 (and its PDF's), every
    document in keluaran/ and final/ is listed, and each final has a
    record beside it equal to its entry."""
    entri = manifest(keluaran)
    for berkas, e in entri.items():
        assert e["sha256"] == sha256_berkas(keluaran / berkas), berkas
        if "pdf" in e:
            assert e["pdf_sha256"] == sha256_berkas(keluaran / e["pdf"]), e["pdf"]
    ada = {p.relative_to(keluaran).as_posix() for p in [*keluaran.glob("*.docx"), *keluaran.glob("final/*.docx")]}
    assert ada == set(entri), f"manifest {sorted(entri)} != berkas {sorted(ada)}"
    for p in keluaran.glob("final/*.docx"):
        rekam = json.loads((keluaran / f"final/{p.name}.json").read_text(encoding="utf-8"))
        assert rekam == entri[f"final/{p.name}"]
    return entri


def satu_baris(p: subprocess.CompletedProcess, kode: int = 1) -> str:
    """A refused run: exit ``kode``, no traceback, its reason in one
    ``naskah:`` line, which is returned."""
    assert p.returncode == kode, f"kode keluar {p.returncode}\n{p.stdout}\n{p.stderr}"
    assert "Traceback" not in p.stderr and "Error" not in p.stderr, p.stderr
    baris = [b for b in p.stderr.splitlines() if b.startswith("naskah:")]
    assert len(baris) == 1, p.stderr
    return baris[0]


def proses_dengan(penanda: str) -> list[int]:
    """The processes whose command line contains ``penanda``."""
    hasil = []
    for p in Path("/proc").glob("[0-9]*"):
        try:
            if penanda.encode() in (p / "cmdline").read_bytes():
                hasil.append(int(p.name))
        except OSError:
            pass
    return hasil
