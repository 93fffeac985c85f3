"""Jalur dan petunjuk (issue 10, butir 4), dengan CLI sungguhan dari folder
kerja lain: templat dicari di ``--templat``, lalu di ``templat/`` di samping
folder konten, lalu templat bawaan naskah (dokumennya sama per bita dengan
yang dibuat dari ``templat/`` yang disertakan), tidak pernah di folder kerja;
templat yang hilang disebut bersama foldernya dan ``--templat``; setiap saran
perintah membawa opsi yang diberikan pengguna; ``naskah daftar`` mencetak
tepat id yang lalu ditulis ``naskah bangun``."""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.bantu import KONTEN, TEMPLAT, jalankan_cli, potret, templat_dengan
from tests.bantu_keluaran import HUKUM, KEP, bangun, final, satu_baris, ubah_target  # noqa: F401 - final is a fixture
from generator.commands import opsi
from generator.dasar.perintah import kutip

PENANDA = "TANDA-TEMPLAT-PROYEK"


@pytest.fixture
def kerja(tmp_path) -> Path:
    """A working directory that is not the project, with a decoy templat/
    whose templates are not Word files: used, it would fail the build."""
    folder = tmp_path / "kerja"
    (folder / "templat").mkdir(parents=True)
    for berkas in TEMPLAT.glob("*.docx"):
        (folder / "templat" / berkas.name).write_text("bukan templat", encoding="utf-8")
    return folder


@pytest.fixture
def proyek(tmp_path) -> Path:
    """A project folder (a space in its name) holding a copy of the content, without templat/."""
    folder = tmp_path / "proyek dinkes"
    shutil.copytree(KONTEN, folder / "konten")
    return folder


def _manifest(keluaran: Path) -> dict[str, dict]:
    return {e["id"]: e for e in json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))["dokumen"]}


def _baris_naskah(p) -> list[str]:
    return [b for b in p.stderr.splitlines() if b.startswith("naskah:")]


def _saran(teks: str, awal: str, akhir: str = "\n") -> list[str]:
    """The command a hint names between ``awal`` and ``akhir``, split as the shell would."""
    perintah = shlex.split(teks.split(awal, 1)[1].split(akhir, 1)[0])
    assert perintah[0] == "naskah", teks
    return perintah[1:]


# --- where the templates come from ---------------------------------------------------


def test_templat_proyek_di_samping_konten_bukan_folder_kerja(proyek, kerja):
    templat_dengan(proyek / "templat", "lampiran_unit.docx", "{{ periode }}", "{{ periode }} " + PENANDA)
    keluaran = kerja / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(proyek / "konten"), "--keluaran", str(keluaran), HUKUM, cwd=kerja)
    assert p.returncode == 0, p.stderr
    assert _manifest(keluaran)[HUKUM]["templat"] == "templat/lampiran_unit.docx"
    from docx import Document

    teks = "\n".join(par.text for par in Document(str(keluaran / f"{HUKUM}.docx")).paragraphs)
    assert PENANDA in teks


def test_templat_bawaan_bila_proyek_tanpa_templat_sama_per_bita(proyek, kerja, bangunan):
    """The whole example from a project without templat/: the built-in
    templates, documents byte-identical to the build with templat/."""
    keluaran = kerja / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(proyek / "konten"), "--keluaran", str(keluaran), cwd=kerja)
    assert p.returncode == 0, p.stderr
    dibangun, acuan = _manifest(keluaran), {e["id"]: e for e in bangunan.manifest["dokumen"]}
    assert set(dibangun) == set(acuan)
    for did, e in dibangun.items():
        assert e["templat"] == "bawaan:" + Path(acuan[did]["templat"]).name, e
        assert (keluaran / e["berkas"]).read_bytes() == (bangunan.folder / acuan[did]["berkas"]).read_bytes(), did
    assert not (proyek / "templat").exists() and not (keluaran / "templat").exists()


def test_templat_opsi_menang_atas_templat_proyek(proyek, kerja, tmp_path):
    (proyek / "templat").mkdir()  # an empty project folder: --templat is used instead
    keluaran = kerja / "keluaran"
    p = jalankan_cli(
        "bangun", "--konten", str(proyek / "konten"), "--keluaran", str(keluaran), "--templat", str(TEMPLAT), HUKUM, cwd=kerja
    )
    assert p.returncode == 0, p.stderr
    assert _manifest(keluaran)[HUKUM]["templat"] == (TEMPLAT / "lampiran_unit.docx").as_posix()


# --- a missing template names the folder and --templat ---------------------------------


def test_templat_proyek_kurang_satu_menyebut_folder_dan_opsi(proyek, kerja):
    shutil.copytree(TEMPLAT, proyek / "templat")
    (proyek / "templat" / "lkjip.docx").unlink()
    keluaran = kerja / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(proyek / "konten"), "--keluaran", str(keluaran), "lkjip-2022", cwd=kerja)
    assert p.returncode == 1
    (baris,) = _baris_naskah(p)
    folder = (proyek / "templat").resolve().as_posix()
    assert f"{folder}/lkjip.docx: templat tidak ditemukan di folder {folder}" in baris
    assert "--templat FOLDER" in baris
    assert _saran(baris, "tidak ditimpa):") == ["templat", "--folder", str((proyek / "templat").resolve())]
    assert potret(keluaran) is None  # nothing written


def test_templat_opsi_kurang_satu_menyebut_folder(tmp_path, kerja):
    folder = tmp_path / "templat saya"
    shutil.copytree(TEMPLAT, folder)
    (folder / "keputusan.docx").unlink()
    (folder / "lampiran_unit.docx").unlink()
    p = jalankan_cli("bangun", "--konten", str(KONTEN), "--keluaran", str(kerja / "k"), "--templat", str(folder), KEP, cwd=kerja)
    assert p.returncode == 1
    (baris,) = _baris_naskah(p)
    tempat = folder.as_posix()
    assert f"{tempat}/keputusan.docx, {tempat}/lampiran_unit.docx: templat tidak ditemukan di folder {tempat}" in baris
    assert "--templat" in baris and "naskah templat --folder" in baris


def test_folder_templat_opsi_tidak_ada(tmp_path, kerja):
    p = jalankan_cli("bangun", "--konten", str(KONTEN), "--keluaran", str(kerja / "k"), "--templat", str(tmp_path / "tidak-ada"), cwd=kerja)
    assert p.returncode == 1
    (baris,) = _baris_naskah(p)
    assert "folder templat (--templat) tidak ditemukan" in baris and "naskah templat --folder" in baris
    assert potret(kerja / "k") is None


# --- hints carry the user's options -----------------------------------------------------


def test_saran_periksa_membawa_konten(proyek, kerja):
    """The example has warnings: the build's last line names `naskah periksa`
    with the same --konten (quoted: the folder has a space), which runs."""
    konten = proyek / "konten"
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(kerja / "k"), HUKUM, cwd=kerja)
    assert p.returncode == 0, p.stderr
    saran = _saran(p.stderr.strip().splitlines()[-1], "Rinciannya:")
    assert saran == ["periksa", "--konten", str(konten)]
    periksa = jalankan_cli(*saran, cwd=kerja)
    assert periksa.returncode == 0, periksa.stdout + periksa.stderr


def test_saran_ganti_final_membawa_opsi(final):
    konten, keluaran = final
    ubah_target(konten)
    baris = satu_baris(bangun(konten, keluaran, "--ganti-final", ids=(HUKUM,)))
    saran = _saran(baris, "Ganti seluruh set sekaligus:", ". Tidak ada berkas")
    assert saran[:7] == ["bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--templat", str(TEMPLAT)]
    assert saran[7] == "--ganti-final" and {KEP, HUKUM} <= set(saran[8:])
    ulang = jalankan_cli(*saran)
    assert ulang.returncode == 0, ulang.stderr  # the hint, run as printed, replaces the whole set


def test_ulang_hanya_opsi_yang_diberikan():
    args = argparse.Namespace(konten=Path("konten"), keluaran=Path("hasil"), templat=None, ketat=False, pdf=True, tunggu=300)
    assert opsi.ulang("bangun", args, ["konten", "keluaran", "templat", "ketat", "pdf", "tunggu"]) == (
        "naskah bangun --keluaran hasil --pdf"
    )
    args = argparse.Namespace(folder=Path("templat baru"))
    assert opsi.ulang("templat", args, ["folder"], ["--timpa"]) == f"naskah templat --folder {kutip('templat baru')} --timpa"


# --- naskah daftar ------------------------------------------------------------------------


def test_daftar_sama_dengan_yang_ditulis_bangun(bangunan, kerja):
    p = jalankan_cli("daftar", "--konten", str(KONTEN), "--format", "json", cwd=kerja)
    assert p.returncode == 0, p.stderr
    daftar = json.loads(p.stdout)["dokumen"]
    ditulis = bangunan.manifest["dokumen"]
    kunci = ("id", "jenis", "berkas", "judul")
    assert sorted(tuple(d[k] for k in kunci) for d in daftar) == sorted(tuple(e[k] for k in kunci) for e in ditulis)
    assert {d["id"]: d["status"] for d in daftar} == {e["id"]: e.get("status") for e in ditulis}
    teks = jalankan_cli("daftar", "--konten", str(KONTEN), cwd=kerja)
    assert teks.returncode == 0
    baris = teks.stdout.splitlines()
    assert [b.split()[0] for b in baris] == [d["id"] for d in daftar]
    for b, d in zip(baris, daftar):
        assert b.split()[1:] == [d["jenis"], d["status"] or "-", d["berkas"]]
    assert "Rinciannya: naskah periksa --konten" in teks.stderr  # the example has warnings
    assert not list(kerja.glob("*.docx")) and not (kerja / "keluaran").exists()


def test_daftar_konsep_dan_konten_salah(salinan_konten, kerja):
    p = jalankan_cli("daftar", "--konten", str(salinan_konten), "--konsep", "--format", "json", cwd=kerja)
    assert p.returncode == 0
    assert {d["status"] for d in json.loads(p.stdout)["dokumen"]} == {"konsep", None}
    (salinan_konten / "keputusan.yaml").write_text("id: keputusan-iku\nstatus: [\n", encoding="utf-8")
    p = jalankan_cli("daftar", "--konten", str(salinan_konten), cwd=kerja)
    assert p.returncode == 1 and p.stdout == ""
    assert re.search(r"keputusan\.yaml:\d+:\d+: ", p.stderr), p.stderr
    assert "Traceback" not in p.stderr
