"""Attacks on keluaran/ (issue 14, points 1, 3, 9, 14, 15, 18, 20): each
reproduces what broke and asserts the clean outcome: one Indonesian line,
the exit code, the files untouched or completed, nothing outside keluaran/."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess

import pytest

from generator.dasar.galat import KeluaranError
from generator.tulis.jalur import dalam_keluaran
from generator.tulis.transaksi import JURNAL, STAGING, Transaksi, pulihkan
from tests.bantu import KONTEN, jalankan_cli, potret, sha256_berkas
from tests.bantu_keluaran import HUKUM, KEP, bangun, final, manifest, manifest_cocok, mulai_bangun, satu_baris, ubah_target  # noqa: F401 (final: fixture)


def _bytes_final(keluaran):
    return {did: (keluaran / "final" / f"{did}.docx").read_bytes() for did in (KEP, HUKUM)}


def _diarsipkan(keluaran, lama: dict[str, bytes]) -> None:
    """Each old final is in final/arsip/ exactly once, with its record."""
    for did, isi in lama.items():
        salinan = [p for p in (keluaran / "final" / "arsip").glob(f"{did}-*.docx") if p.read_bytes() == isi]
        assert len(salinan) == 1, did
        assert json.loads(salinan[0].with_suffix(".json").read_text(encoding="utf-8"))["id"] == did


# --- 1. finals protected by their own files, not by the manifest ---------------------------


@pytest.mark.parametrize("manifest_lama", ["hilang", "lama", "rusak"])
def test_final_terlindung_tanpa_manifest_yang_benar(final, manifest_lama, tmp_path):
    konten, keluaran = final
    if manifest_lama == "hilang":
        (keluaran / "manifest.json").unlink()
    elif manifest_lama == "lama":  # an index from before the finals existed
        konsep = tmp_path / "konsep"
        assert bangun(KONTEN, konsep).returncode == 0
        shutil.copy(konsep / "manifest.json", keluaran / "manifest.json")
    else:
        (keluaran / "manifest.json").write_text("{rusak", encoding="utf-8")
    sebelum, lama = potret(keluaran), _bytes_final(keluaran)
    ubah_target(konten)
    baris = satu_baris(bangun(konten, keluaran))
    assert "dokumen final sudah ada" in baris and "--ganti-final" in baris and "pindahkan" not in baris
    assert potret(keluaran) == sebelum
    p = bangun(konten, keluaran, "--ganti-final")
    assert p.returncode == 0, p.stderr
    _diarsipkan(keluaran, lama)
    assert _bytes_final(keluaran) != lama
    manifest_cocok(keluaran)


def test_final_tanpa_catatan_tetap_final(final):
    """Record and index both lost: the file in final/ is still a final."""
    konten, keluaran = final
    for p in [keluaran / "manifest.json", *keluaran.glob("final/*.docx.json")]:
        p.unlink()
    sebelum, lama = potret(keluaran), _bytes_final(keluaran)
    ubah_target(konten)
    assert "dokumen final sudah ada" in satu_baris(bangun(konten, keluaran))
    assert potret(keluaran) == sebelum
    assert bangun(konten, keluaran, "--ganti-final").returncode == 0
    _diarsipkan(keluaran, lama)
    (arsip,) = [p for p in (keluaran / "final" / "arsip").glob("*.json") if re.fullmatch(rf"{KEP}-[\d-]+-\w{{12}}\.json", p.name)]
    rekam = json.loads(arsip.read_text(encoding="utf-8"))
    assert rekam["sha256"] == sha256_berkas(arsip.with_suffix(".docx"))
    assert "hilang" in rekam["catatan"]
    manifest_cocok(keluaran)


def test_manifest_rusak_dibangun_ulang_dari_catatan(final):
    """A damaged index is rebuilt from the records; the finals are not rewritten."""
    konten, keluaran = final
    inode = {p.name: p.stat().st_ino for p in keluaran.glob("final/*.docx")}
    asli = manifest(keluaran)
    (keluaran / "manifest.json").write_text('{"dokumen": [42, {"id": "x"}, {"berkas": "../../luar"}]}', encoding="utf-8")
    p = bangun(konten, keluaran, ids=())
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr
    entri = manifest_cocok(keluaran)
    for berkas in (f"final/{KEP}.docx", f"final/{HUKUM}.docx"):
        assert entri[berkas] == asli[berkas]
    assert {n: (keluaran / "final" / n).stat().st_ino for n in inode} == inode


def test_catatan_hilang_ditulis_lagi_tanpa_menyentuh_final(final):
    konten, keluaran = final
    rekam = keluaran / "final" / f"{KEP}.docx.json"
    isi = json.loads(rekam.read_text(encoding="utf-8"))
    rekam.unlink()
    docx = keluaran / "final" / f"{KEP}.docx"
    sebelum = (docx.stat().st_ino, docx.read_bytes())
    p = bangun(konten, keluaran)
    assert p.returncode == 0 and "tidak berubah" in p.stdout, p.stderr
    assert (docx.stat().st_ino, docx.read_bytes()) == sebelum
    baru = json.loads(rekam.read_text(encoding="utf-8"))
    assert {k: v for k, v in baru.items() if k != "ditulis"} == {k: v for k, v in isi.items() if k != "ditulis"}
    manifest_cocok(keluaran)


# --- 3. every written path stays inside keluaran/ ---------------------------------------------


def _ganti_id(konten, did: str) -> None:
    berkas = konten / "keputusan.yaml"
    isi = berkas.read_text(encoding="utf-8")
    berkas.write_text(isi.replace("id: keputusan-iku\n", f"id: {json.dumps(did)}\n", 1), encoding="utf-8")


@pytest.mark.parametrize("did", ["../../x", "/tmp/naskah-serangan-mutlak", "..\\evil", "final/keputusan-iku"])
def test_id_yang_menjadi_jalur_ditolak(salinan_konten, tmp_path, did):
    keluaran = tmp_path / "dalam" / "keluaran"
    assert bangun(KONTEN, keluaran, ids=(HUKUM,)).returncode == 0
    _ganti_id(salinan_konten, did)
    sebelum_luar = {p for p in tmp_path.rglob("*") if keluaran not in p.parents}
    sebelum = potret(keluaran)
    p = bangun(salinan_konten, keluaran, ids=())
    satu_baris(p)
    assert potret(keluaran) == sebelum
    assert {p for p in tmp_path.rglob("*") if keluaran not in p.parents} == sebelum_luar
    assert not os.path.exists("/tmp/naskah-serangan-mutlak.docx")


def test_beda_lacak_id_yang_menjadi_jalur_ditolak(salinan_konten, tmp_path):
    lama = tmp_path / "lama"
    shutil.copytree(KONTEN, lama)
    for konten in (lama, salinan_konten):
        _ganti_id(konten, "../../lacak-luar")
    keluaran = tmp_path / "a" / "b" / "keluaran"
    p = jalankan_cli("beda", str(lama), str(salinan_konten), "--keluaran", str(keluaran), "--lacak")
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert not list(tmp_path.rglob("*lacak-luar*")) and not keluaran.exists()


def test_tautan_simbolik_ke_luar_ditolak(final, tmp_path):
    """keluaran/final/arsip as a link to a folder outside: nothing written there."""
    konten, keluaran = final
    luar = tmp_path / "luar"
    luar.mkdir()
    (keluaran / "final" / "arsip").symlink_to(luar, target_is_directory=True)
    sebelum = potret(keluaran)
    ubah_target(konten)
    baris = satu_baris(bangun(konten, keluaran, "--ganti-final"))
    assert "luar folder keluaran" in baris
    assert list(luar.iterdir()) == [] and potret(keluaran) == sebelum


def test_transaksi_dan_jurnal_tidak_keluar_folder(tmp_path):
    keluaran = tmp_path / "k"
    for jalur in ("../x.docx", "/etc/x", "a/../../x", "C:/x", "a\\..\\x", ""):
        with pytest.raises(KeluaranError):
            Transaksi(keluaran).tambah(jalur, b"x")
        with pytest.raises(KeluaranError):
            dalam_keluaran(keluaran, jalur)
    # A journal naming a file outside is foreign: discarded, nothing renamed.
    (keluaran / STAGING).mkdir(parents=True)
    (keluaran / STAGING / "0000-x").write_bytes(b"jahat")
    (keluaran / JURNAL).write_text(json.dumps({"ganti": [[f"{STAGING}/0000-x", "../jahat.txt", False]]}), encoding="utf-8")
    pulihkan(keluaran)
    assert not (tmp_path / "jahat.txt").exists() and not (keluaran / JURNAL).exists()


# --- 9. a file that cannot be replaced: the commit and its recovery ----------------------------


def _chattr(tanda: str, jalur) -> None:
    subprocess.run(["chattr", tanda, str(jalur)], check=True, capture_output=True)


def test_berkas_terkunci_saat_commit_dan_pemulihan(final):
    """final/ made immutable (as a file held by Word or an antivirus on
    Windows): the commit stops with one line naming it, every later run
    too (no traceback from the recovery), and once it is free the next run
    finishes the commit; no final is lost."""
    if shutil.which("chattr") is None or os.geteuid() != 0:
        pytest.fail("this test needs chattr and root (run as in CI)")
    konten, keluaran = final
    lama = _bytes_final(keluaran)
    ubah_target(konten)
    folder = keluaran / "final"
    _chattr("+i", folder)
    try:
        for _ in range(2):
            baris = satu_baris(bangun(konten, keluaran, "--ganti-final"))
            assert "final/arsip" in baris and "tidak dapat diganti" in baris and "jalankan perintah ini lagi" in baris
            assert (keluaran / JURNAL).exists()
    finally:
        _chattr("-i", folder)
    p = bangun(konten, keluaran, "--ganti-final")
    assert p.returncode == 0, p.stderr
    _diarsipkan(keluaran, lama)
    manifest_cocok(keluaran)
    assert not (keluaran / JURNAL).exists()


# --- 14. user text on the terminal ---------------------------------------------------------------


@pytest.mark.parametrize("nama", ["out[/]x", "hasil [rev2]", "x[bold]y", "e:warning:"])
def test_markup_di_jalur_dicetak_apa_adanya(tmp_path, nama):
    keluaran = tmp_path / nama
    p = bangun(KONTEN, keluaran, ids=(HUKUM,))
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr
    assert f"{keluaran.as_posix()}/{HUKUM}.docx" in p.stdout
    assert f"{keluaran.as_posix()}/manifest.json" in p.stdout


def test_karakter_kendali_dari_kunci_yaml_tidak_sampai_terminal(salinan_konten):
    berkas = salinan_konten / "instansi.yaml"
    berkas.write_text(berkas.read_text(encoding="utf-8") + '"\\e[2J\\e]0;judul\\a\\u202ekunci": 1\n', encoding="utf-8")
    for perintah in (["periksa"], ["bangun", "--keluaran", str(salinan_konten.parent / "k")]):
        p = jalankan_cli(*perintah, "--konten", str(salinan_konten))
        keluar = p.stdout + p.stderr
        assert "\x1b" not in keluar and "\x07" not in keluar and "\u202e" not in keluar
        assert "\\x1b[2J" in keluar, keluar


# --- 15. damaged manifest entries, a templat folder that is a file -------------------------------


def test_templat_ke_berkas_atau_folder_terkunci(tmp_path):
    berkas = tmp_path / "BERKAS"
    berkas.write_text("x", encoding="utf-8")
    assert "bukan folder" in satu_baris(jalankan_cli("templat", "--folder", str(berkas)))
    assert "tidak dapat ditulis" in satu_baris(jalankan_cli("templat", "--folder", str(berkas / "sub")))
    if shutil.which("chattr") is not None and os.geteuid() == 0:
        folder = tmp_path / "terkunci"
        folder.mkdir()
        _chattr("+i", folder)
        try:
            assert "tidak dapat ditulis" in satu_baris(jalankan_cli("templat", "--folder", str(folder)))
        finally:
            _chattr("-i", folder)


# --- 18. a final set is replaced whole ----------------------------------------------------------


def test_ganti_sebagian_set_final_ditolak(final):
    konten, keluaran = final
    sebelum, lama = potret(keluaran), _bytes_final(keluaran)
    ubah_target(konten)
    baris = satu_baris(bangun(konten, keluaran, "--ganti-final", ids=(HUKUM,)))
    assert f"dokumen final {HUKUM} satu set dengan dokumen final {KEP}" in baris
    assert f"naskah bangun --ganti-final {HUKUM}" in baris or f"--ganti-final {KEP}" in baris
    assert potret(keluaran) == sebelum
    assert bangun(konten, keluaran, "--ganti-final").returncode == 0
    _diarsipkan(keluaran, lama)


# --- 20. Ctrl-C during the commit says what is true ---------------------------------------------


def _hentikan_pada(konten, keluaran, awalan: str):
    """Interrupt (SIGINT, as Ctrl-C) the build right after the first commit step named ``awalan``."""
    proses = mulai_bangun(konten, keluaran, jeda=0.5)
    for baris in proses.stderr:
        if baris.startswith("naskah-langkah ") and baris.split(" ", 2)[2].startswith(awalan):
            proses.send_signal(signal.SIGINT)
            break
    _, err = proses.communicate(timeout=120)
    assert proses.returncode == 130, err
    return err


@pytest.mark.parametrize(
    "awalan, harap",
    [("sementara", "sebelum ada berkas yang diganti"), ("ganti", "di tengah penulisan"), ("selesai", "sesudah semua berkas ditulis")],
)
def test_ctrl_c_saat_commit(salinan_konten, tmp_path, awalan, harap):
    keluaran = tmp_path / "keluaran"
    assert bangun(KONTEN, keluaran).returncode == 0
    sebelum = potret(keluaran)
    ubah_target(salinan_konten)
    err = _hentikan_pada(salinan_konten, keluaran, awalan)
    assert harap in err and "tetap utuh" not in err and "Traceback" not in err, err
    if awalan == "sementara":
        assert potret(keluaran) == sebelum
    else:
        assert bangun(salinan_konten, keluaran).returncode == 0
        assert potret(keluaran) != sebelum
        manifest_cocok(keluaran)
