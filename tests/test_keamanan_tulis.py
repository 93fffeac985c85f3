"""A build killed at any moment leaves keluaran/ whole: every document is
the old or the new complete file, and the manifest matches the files (after
the recovery that every build runs first when a journal is left)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from generator.tulis.transaksi import JURNAL, MANIFEST, STAGING, pulihkan

AKAR = Path(__file__).resolve().parent.parent


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


# The decree and its annexes (9 documents, 23 commit steps); the LKjIP is left
# out to keep the 20-odd runs short.
DOKUMEN = ["keputusan-iku"] + [
    f"keputusan-iku-lampiran-{u}"
    for u in ("sekretariat", "hukum", "kesra", "pemerintahan", "adbang", "perekonomian", "pbj", "prokopim")
]


def _bangun(konten: Path, keluaran: Path, jeda: float | None = None) -> subprocess.Popen:
    """``naskah bangun`` as a real process; with ``jeda``, the build of
    ``bangun_berjeda.py``, which announces each commit step on stderr and
    pauses ``jeda`` seconds after it."""
    if jeda is None:
        perintah = ["-m", "generator", "bangun", "--konten", str(konten), "--keluaran", str(keluaran),
                    "--templat", str(AKAR / "templat")]
    else:
        perintah = [str(AKAR / "tests" / "bangun_berjeda.py"), str(jeda), str(konten), str(keluaran), str(AKAR / "templat")]
    return subprocess.Popen(
        [sys.executable, *perintah, *DOKUMEN],
        cwd=AKAR, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def _dokumen(keluaran: Path) -> dict[str, str]:
    return {p.name: _sha(p) for p in sorted(keluaran.glob("*.docx"))}


def _manifest_cocok(keluaran: Path) -> None:
    data = json.loads((keluaran / MANIFEST).read_text(encoding="utf-8"))
    tercatat = {e["berkas"]: e["sha256"] for e in data["dokumen"]}
    assert tercatat == _dokumen(keluaran)


@pytest.fixture(scope="module")
def dua_versi(tmp_path_factory):
    """keluaran/ built from the old content, and the hashes of the new build."""
    dasar = tmp_path_factory.mktemp("versi")
    konten = dasar / "konten"
    shutil.copytree(AKAR / "konten", konten)
    lama = dasar / "lama"
    assert _bangun(konten, lama).wait() == 0
    berkas = konten / "unit" / "hukum.yaml"
    teks = berkas.read_text(encoding="utf-8")
    assert '2021: "83"' in teks
    berkas.write_text(teks.replace('2021: "83"', '2021: "84"', 1), encoding="utf-8")
    baru = dasar / "baru"
    assert _bangun(konten, baru).wait() == 0
    hash_lama, hash_baru = _dokumen(lama), _dokumen(baru)
    assert hash_lama != hash_baru
    return konten, lama, hash_lama, hash_baru


def _bunuh_setelah_langkah(konten: Path, keluaran: Path, langkah: int) -> tuple[int, str]:
    """Run a build that pauses after each commit step; kill it right after
    step ``langkah``.  Returns (the last step seen, its name)."""
    proses = _bangun(konten, keluaran, jeda=0.05)
    dilihat, nama = 0, ""
    for baris in proses.stderr:
        if baris.startswith("naskah-langkah "):
            _, nomor, nama = baris.rstrip("\n").split(" ", 2)
            dilihat = int(nomor)
            if dilihat == langkah:
                proses.kill()
                break
    proses.wait()
    proses.stderr.close()
    return dilihat, nama


def _periksa_utuh(keluaran: Path, hash_lama: dict, hash_baru: dict) -> None:
    for nama, h in _dokumen(keluaran).items():
        assert h in (hash_lama[nama], hash_baru[nama]), f"{nama} bukan versi lama maupun baru"
        with zipfile.ZipFile(keluaran / nama) as z:
            assert z.testzip() is None
    json.loads((keluaran / MANIFEST).read_text(encoding="utf-8"))


def test_bunuh_di_setiap_langkah_penulisan(dua_versi, tmp_path):
    konten, lama, hash_lama, hash_baru = dua_versi
    keluaran = tmp_path / "keluaran"
    shutil.copytree(lama, keluaran)
    jumlah, _ = _bunuh_setelah_langkah(konten, keluaran, langkah=10**6)  # a full run: count the steps
    assert jumlah >= 20
    assert _dokumen(keluaran) == hash_baru
    for langkah in range(1, jumlah + 1):
        shutil.rmtree(keluaran)
        shutil.copytree(lama, keluaran)
        dilihat, nama = _bunuh_setelah_langkah(konten, keluaran, langkah)
        assert dilihat == langkah
        _periksa_utuh(keluaran, hash_lama, hash_baru)
        ada_jurnal = (keluaran / JURNAL).exists()
        if nama.startswith("sementara"):
            # Killed while staging: nothing visible has changed.
            assert not ada_jurnal
            assert _dokumen(keluaran) == hash_lama
            _manifest_cocok(keluaran)
        elif nama.startswith(("jurnal dihapus", "selesai")):
            assert not ada_jurnal
            assert _dokumen(keluaran) == hash_baru
            _manifest_cocok(keluaran)
        else:
            # Killed between the journal and its removal: the next run finishes it.
            assert ada_jurnal, nama
        pulihkan(keluaran)
        _manifest_cocok(keluaran)
        assert not (keluaran / STAGING).exists()
        assert not (keluaran / JURNAL).exists()
        assert _dokumen(keluaran) == (hash_lama if nama.startswith("sementara") else hash_baru)


def test_bunuh_saat_merender(dua_versi, tmp_path):
    """Kills before the commit (while reading and rendering) change nothing."""
    konten, lama, hash_lama, hash_baru = dua_versi
    keluaran = tmp_path / "keluaran"
    shutil.copytree(lama, keluaran)
    for jeda in (0.05, 0.15, 0.3):
        proses = _bangun(konten, keluaran, jeda=0.3)
        time.sleep(jeda)
        proses.kill()
        _, err = proses.communicate()
        assert "naskah-langkah" not in err, "the build reached the commit too early for this test"
        assert _dokumen(keluaran) == hash_lama
        _manifest_cocok(keluaran)
