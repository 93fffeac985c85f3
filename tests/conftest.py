"""Fixture bersama: contoh Balangan dibangun SEKALI per sesi dengan CLI sungguhan,
diubah ke PDF SEKALI dengan LibreOffice sungguhan, dan konten YAML dibaca
sendiri (yaml.safe_load) sebagai sumber nilai yang diharapkan."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

AKAR = Path(__file__).resolve().parents[1]
KONTEN = AKAR / "konten"
TEMPLAT = AKAR / "templat"


def jalankan_cli(*argumen: str, cwd: Path = AKAR, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m generator ARGUMEN...`` sebagai proses sungguhan."""
    lingkungan = dict(os.environ)
    lingkungan["PYTHONIOENCODING"] = "utf-8"
    lingkungan.pop("NASKAH_UJI_LANGKAH", None)
    if env:
        lingkungan.update(env)
    return subprocess.run(
        [sys.executable, "-m", "generator", *argumen],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=lingkungan,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def sha256_berkas(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def potret(folder: Path) -> dict[str, str] | None:
    """Semua berkas (juga yang tersembunyi) di bawah ``folder`` -> sha256; None bila folder tidak ada."""
    folder = Path(folder)
    if not folder.exists():
        return None
    hasil = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        hasil[rel] = "<folder>" if p.is_dir() else sha256_berkas(p)
    return hasil


# --- konten yang diharapkan, dibaca langsung dari YAML --------------------------


@dataclass
class KontenMentah:
    folder: Path
    instansi: dict
    keputusan: dict
    unit: dict[str, dict]  # id -> isi YAML
    berkas_unit: dict[str, Path]  # id -> berkas

    def indikator(self, uid: str) -> list[dict]:
        """Indikator unit dalam urutan YAML: eselon_ii, eselon_iii, lalu eselon_iv per Sub Bagian."""
        u = self.unit[uid]
        hasil = []
        for tingkat in ("eselon_ii", "eselon_iii"):
            for s in u.get(tingkat) or []:
                hasil.extend(s["indikator"])
        for sb in u.get("eselon_iv") or []:
            for s in sb["sasaran"]:
                hasil.extend(s["indikator"])
        return hasil

    def sasaran(self, uid: str) -> list[dict]:
        u = self.unit[uid]
        hasil = []
        for tingkat in ("eselon_ii", "eselon_iii"):
            hasil.extend(u.get(tingkat) or [])
        for sb in u.get("eselon_iv") or []:
            hasil.extend(sb["sasaran"])
        return hasil


def baca_konten_mentah(folder: Path) -> KontenMentah:
    folder = Path(folder)
    instansi = yaml.safe_load((folder / "instansi.yaml").read_text(encoding="utf-8"))
    keputusan = yaml.safe_load((folder / "keputusan.yaml").read_text(encoding="utf-8"))
    unit, berkas = {}, {}
    for p in sorted((folder / "unit").glob("*.yaml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        unit[data["id"]] = data
        berkas[data["id"]] = p
    return KontenMentah(folder, instansi, keputusan, unit, berkas)


@pytest.fixture(scope="session")
def konten() -> KontenMentah:
    return baca_konten_mentah(KONTEN)


# --- satu bangun per sesi ------------------------------------------------------


@dataclass
class Bangunan:
    folder: Path
    proses: subprocess.CompletedProcess
    manifest: dict

    def entri(self, did: str) -> dict:
        for e in self.manifest["dokumen"]:
            if e["id"] == did:
                return e
        raise KeyError(did)

    def berkas(self, did: str) -> Path:
        return self.folder / self.entri(did)["berkas"]


@pytest.fixture(scope="session")
def bangunan(tmp_path_factory) -> Bangunan:
    """``python -m generator bangun --keluaran X`` dari akar repo (konten/ dan templat/ bawaan)."""
    keluaran = tmp_path_factory.mktemp("bangun") / "keluaran"
    proses = jalankan_cli("bangun", "--keluaran", str(keluaran))
    assert proses.returncode == 0, f"bangun gagal:\n{proses.stdout}\n{proses.stderr}"
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    return Bangunan(keluaran, proses, manifest)


@pytest.fixture(scope="session")
def id_keputusan(konten) -> str:
    return konten.keputusan["id"]


@pytest.fixture(scope="session")
def berkas_keputusan(bangunan, id_keputusan) -> Path:
    return bangunan.berkas(id_keputusan)


def jalur_sumber(sumber: str, keluaran: Path, konten_folder: Path = KONTEN) -> Path | None:
    """Berkas yang dimaksud satu butir ``sumber`` manifest (mutlak, atau relatif
    terhadap induk folder konten, folder konten, atau folder keluaran)."""
    p = Path(sumber)
    calon = [p] if p.is_absolute() else [konten_folder.parent / p, konten_folder / p, Path(keluaran) / p]
    for c in calon:
        if c.is_file():
            return c.resolve()
    return None


@pytest.fixture(scope="session")
def lampiran_per_unit(bangunan, konten) -> dict[str, Path]:
    """id unit -> berkas lampiran tersendiri (dicari lewat manifest: jenis lampiran, sumbernya berkas unit itu)."""
    hasil = {}
    for uid in konten.keputusan["lampiran"]:
        target = konten.berkas_unit[uid].resolve()
        cocok = [
            e
            for e in bangunan.manifest["dokumen"]
            if e["jenis"] == "lampiran" and target in {jalur_sumber(s, bangunan.folder) for s in e["sumber"]}
        ]
        assert len(cocok) == 1, f"manifest tidak memuat tepat satu lampiran bersumber {target}: {cocok}"
        hasil[uid] = bangunan.folder / cocok[0]["berkas"]
    return hasil


@pytest.fixture(scope="session")
def pdf(bangunan, tmp_path_factory) -> dict[str, Path]:
    """Semua .docx hasil bangun diubah ke PDF dalam SATU batch LibreOffice."""
    from generator.tulis.pdf import konversi_pdf

    berkas = [bangunan.folder / e["berkas"] for e in bangunan.manifest["dokumen"]]
    hasil = konversi_pdf(berkas, tmp_path_factory.mktemp("pdf"), batas_waktu=240)
    return {p.stem: p for p in hasil}


# --- salinan untuk kasus yang mengubah konten atau keluaran --------------------


@pytest.fixture
def salinan_konten(tmp_path) -> Path:
    tujuan = tmp_path / "konten"
    shutil.copytree(KONTEN, tujuan)
    return tujuan


@pytest.fixture
def salinan_keluaran(bangunan, tmp_path) -> Path:
    tujuan = tmp_path / "keluaran"
    shutil.copytree(bangunan.folder, tujuan)
    return tujuan


def ganti_teks(berkas: Path, lama: str, baru: str) -> int:
    """Ganti satu kemunculan ``lama`` (harus tepat satu) dengan ``baru``; kembalikan nomor baris (1-based)."""
    isi = berkas.read_text(encoding="utf-8")
    assert isi.count(lama) == 1, f"{lama!r} muncul {isi.count(lama)} kali di {berkas}"
    baris = isi[: isi.index(lama)].count("\n") + 1
    berkas.write_text(isi.replace(lama, baru), encoding="utf-8")
    return baris
