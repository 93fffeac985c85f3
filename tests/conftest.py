"""Fixture bersama: contoh Balangan dibangun SEKALI per sesi dengan CLI sungguhan,
diubah ke PDF SEKALI dengan LibreOffice sungguhan, dan konten YAML dibaca
sendiri (yaml.safe_load) sebagai sumber nilai yang diharapkan. Alat bantunya
ada di ``tests/bantu.py``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.bantu import AKAR, KONTEN, Bangunan, KontenMentah, baca_konten_mentah, jalankan_cli, jalur_sumber


@pytest.fixture(scope="session")
def konten() -> KontenMentah:
    return baca_konten_mentah(KONTEN)


# --- satu bangun per sesi ------------------------------------------------------


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
    """Semua .docx hasil bangun diubah ke PDF dengan SATU LibreOffice lewat UNO,
    seperti ``naskah bangun --pdf`` (indeks dan field diperbarui sebelum ekspor).
    Jalur ``soffice --convert-to`` dites tersendiri di test_pdf.py."""
    from generator.tulis.kantor import Kantor

    folder = tmp_path_factory.mktemp("pdf")
    hasil = {}
    with Kantor(batas_waktu=240) as kantor:
        for e in bangunan.manifest["dokumen"]:
            berkas = bangunan.folder / e["berkas"]
            tujuan = folder / f"{berkas.stem}.pdf"
            tujuan.write_bytes(kantor.proses(berkas.name, berkas.read_bytes(), pdf=True).pdf)
            hasil[berkas.stem] = tujuan
    return hasil


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


# --- konten Dinas kecil yang ditulis tangan (test_organisasi.py) ------------------


@pytest.fixture(scope="session")
def dinas_kecil(tmp_path_factory) -> Bangunan:
    """``tests/konten_dinas_kecil`` dibangun sekali dengan CLI sungguhan, dari
    folder lain (templat bawaan naskah, karena tests/ tidak punya templat/)."""
    keluaran = tmp_path_factory.mktemp("dinas_kecil") / "keluaran"
    konten = AKAR / "tests" / "konten_dinas_kecil"
    proses = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), cwd=keluaran.parent)
    assert proses.returncode == 0, f"bangun gagal:\n{proses.stdout}\n{proses.stderr}"
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    return Bangunan(keluaran, proses, manifest)
