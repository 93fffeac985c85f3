"""CLI sebagai proses sungguhan: bantuan berbahasa Indonesia, konten rusak
(pesan satu baris dengan berkas dan baris, kode keluar 1, keluaran/ tidak
berubah), dan ``naskah bangun ID``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.bantu import AKAR, jalankan_cli, potret, sha256_berkas

INGGRIS = re.compile(
    r"Traceback|while (parsing|scanning)|expected|found character|could not|Error\b|No such file|usage:",
)
KATA_INDONESIA = re.compile(r"\b(tidak|baris|berkas|kunci|tanda kutip|galat|periksa|tahun|periode)\b", re.I)


def _baris_stderr(proses) -> list[str]:
    return [b for b in proses.stderr.splitlines() if b.strip()]


def _pesan_indonesia(proses) -> None:
    assert not INGGRIS.search(proses.stderr), f"pesan berbahasa Inggris atau traceback:\n{proses.stderr}"
    assert KATA_INDONESIA.search(proses.stderr), proses.stderr


def _gagal_tanpa_mengubah(konten: Path, keluaran: Path, *ids: str):
    sebelum = potret(keluaran)
    proses = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), *ids)
    assert proses.returncode == 1, f"kode keluar {proses.returncode}\n{proses.stdout}\n{proses.stderr}"
    assert potret(keluaran) == sebelum, "keluaran/ berubah padahal bangun gagal"
    assert ".docx" not in proses.stdout
    return proses


def _satu_baris_menyebut(proses, nama_berkas: str) -> str:
    """Tepat satu baris stderr menyebut berkas itu; baris itu dikembalikan."""
    baris = [b for b in _baris_stderr(proses) if nama_berkas in b]
    assert len(baris) == 1, f"harus tepat satu baris yang menyebut {nama_berkas}:\n{proses.stderr}"
    return baris[0]


def _nomor_baris(teks: str, nama_berkas: str) -> int:
    m = re.search(rf"{re.escape(nama_berkas)}:(\d+)", teks)
    assert m, f"pesan tidak menyebut nomor baris {nama_berkas}:N: {teks!r}"
    return int(m.group(1))


def _baris_dengan(berkas: Path, awalan: str) -> int:
    """Nomor baris (1-based) pertama yang (setelah spasi awal) diawali ``awalan``."""
    for i, b in enumerate(berkas.read_text(encoding="utf-8").split("\n"), start=1):
        if b.lstrip().startswith(awalan):
            return i
    raise AssertionError(f"{awalan!r} tidak ada di {berkas}")


def _ubah_baris(berkas: Path, nomor: int, fungsi) -> None:
    baris = berkas.read_text(encoding="utf-8").split("\n")
    baris[nomor - 1] = fungsi(baris[nomor - 1])
    berkas.write_text("\n".join(baris), encoding="utf-8")


# --- 11. bantuan ------------------------------------------------------------------------


def test_bantuan_python_m_generator():
    p = jalankan_cli("--help")
    assert p.returncode == 0, p.stderr
    assert "bangun" in p.stdout and "konten" in p.stdout
    assert "show this help" not in p.stdout
    assert re.search(r"\b(perintah|bantuan|tampilkan)\b", p.stdout, re.I)


def test_bantuan_naskah_bangun():
    naskah = Path(sys.executable).parent / ("naskah.exe" if os.name == "nt" else "naskah")
    assert naskah.is_file(), f"skrip konsol naskah tidak terpasang di {naskah.parent}"
    p = subprocess.run([str(naskah), "bangun", "--help"], cwd=AKAR, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert p.returncode == 0, p.stderr
    for kata in ("--konten", "--keluaran", "konten", "keluaran"):
        assert kata in p.stdout
    assert "show this help" not in p.stdout
    assert re.search(r"\b(dokumen|folder|bawaan)\b", p.stdout)


def test_bantuan_tanpa_judul_bagian_bahasa_inggris():
    """Judul bagian bawaan argparse ('usage:', 'positional arguments:', 'options:') juga diterjemahkan."""
    for argumen in ([], ["bangun"]):
        p = jalankan_cli(*argumen, "--help")
        assert p.returncode == 0, p.stderr
        inggris = re.findall(r"(?im)^(usage|positional arguments|options|optional arguments):", p.stdout)
        assert not inggris, f"python -m generator {' '.join(argumen)} --help masih berbahasa Inggris: {inggris}"


# --- 9. konten rusak -----------------------------------------------------------------------


def test_kutip_tidak_ditutup_di_akhir_berkas(salinan_konten, salinan_keluaran):
    berkas = salinan_konten / "unit" / "hukum.yaml"
    isi = berkas.read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert isi[-1].endswith('"') and isi[-1].count('"') == 2
    nomor = len(isi)
    isi[-1] = isi[-1][:-1]
    berkas.write_text("\n".join(isi) + "\n", encoding="utf-8")
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    baris = _satu_baris_menyebut(p, "unit/hukum.yaml")
    assert _nomor_baris(baris, "hukum.yaml") == nomor
    _pesan_indonesia(p)


def test_kutip_tidak_ditutup_di_tengah_berkas(salinan_konten, salinan_keluaran):
    """Kutip dibuka di satu baris dan (tanpa sengaja) tertutup oleh kutip baris lain:
    pesan harus menunjuk baris tempat kutip itu dibuka."""
    berkas = salinan_konten / "unit" / "hukum.yaml"
    nomor = _baris_dengan(berkas, "jabatan:")
    _ubah_baris(berkas, nomor, lambda b: b.replace("jabatan: ", 'jabatan: "', 1))
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    baris = _satu_baris_menyebut(p, "unit/hukum.yaml")
    assert _nomor_baris(baris, "hukum.yaml") == nomor, f"baris yang disebut salah: {baris}"
    _pesan_indonesia(p)


def test_indentasi_tab(salinan_konten, salinan_keluaran):
    berkas = salinan_konten / "unit" / "hukum.yaml"
    nomor = _baris_dengan(berkas, "nama:")
    _ubah_baris(berkas, nomor, lambda b: "\t" + b.lstrip(" "))
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    baris = _satu_baris_menyebut(p, "unit/hukum.yaml")
    assert _nomor_baris(baris, "hukum.yaml") == nomor
    assert re.search(r"\btab\b", baris, re.I)
    _pesan_indonesia(p)


def test_keluaran_yang_belum_ada_tidak_dibuat_saat_gagal(salinan_konten, tmp_path):
    berkas = salinan_konten / "unit" / "hukum.yaml"
    _ubah_baris(berkas, _baris_dengan(berkas, "nama:"), lambda b: "\t" + b.lstrip(" "))
    keluaran = tmp_path / "belum-ada"
    p = _gagal_tanpa_mengubah(salinan_konten, keluaran)
    assert not keluaran.exists()
    _pesan_indonesia(p)


def test_instansi_hilang(salinan_konten, salinan_keluaran):
    (salinan_konten / "instansi.yaml").unlink()
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    _satu_baris_menyebut(p, "instansi.yaml")
    _pesan_indonesia(p)


def test_berkas_unit_lampiran_hilang(salinan_konten, salinan_keluaran, konten):
    uid = konten.keputusan["lampiran"][1]
    (salinan_konten / "unit" / konten.berkas_unit[uid].name).unlink()
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    # Every place that names the unit or its indicators is reported (the
    # decree's lampiran list, the LKjIP and the realisasi files), nothing else.
    galat = [b for b in _baris_stderr(p) if b.startswith("galat:")]
    assert galat and all(uid in b for b in galat), p.stderr
    baris = _satu_baris_menyebut(p, "keputusan.yaml")
    # Rujukannya di keputusan.yaml, pada baris daftar lampiran.
    assert uid in baris
    assert _nomor_baris(baris, "keputusan.yaml") == _baris_dengan(salinan_konten / "keputusan.yaml", "lampiran:")
    _pesan_indonesia(p)


def test_kunci_tak_dikenal_dengan_saran(salinan_konten, salinan_keluaran):
    berkas = salinan_konten / "unit" / "hukum.yaml"
    nomor = _baris_dengan(berkas, "sumber_data:")
    _ubah_baris(berkas, nomor, lambda b: b.replace("sumber_data:", "sumber_dta:", 1))
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    baris = _satu_baris_menyebut(p, "unit/hukum.yaml")
    assert _nomor_baris(baris, "hukum.yaml") == nomor
    assert "sumber_dta" in baris
    assert re.search(r"maksud Anda\s+'?sumber_data'?", baris), baris
    _pesan_indonesia(p)


def test_target_di_luar_periode(salinan_konten, salinan_keluaran, konten):
    """Tahun 2021 ditambahkan ke target indikator pertama Administrasi Pembangunan (periode 2022-2026)."""
    uid = next(u for u, d in konten.unit.items() if d["periode"]["awal"] == 2022)
    berkas = salinan_konten / "unit" / konten.berkas_unit[uid].name
    nomor = _baris_dengan(berkas, "target:") + 1
    _ubah_baris(berkas, nomor, lambda b: re.sub(r"^(\s*)2022:", r'\g<1>2021: "100"\n\g<1>2022:', b))
    assert "2021:" in berkas.read_text(encoding="utf-8").split("\n")[nomor - 1]
    p = _gagal_tanpa_mengubah(salinan_konten, salinan_keluaran)
    baris = _satu_baris_menyebut(p, f"unit/{berkas.name}")
    assert _nomor_baris(baris, berkas.name) in (nomor, nomor - 1)  # baris 2021 atau baris "target:"
    # Jalur bidang: tingkat, indikator, target.
    sasaran = "sasaran" if konten.unit[uid].get("sasaran") else "sub_unit"
    assert re.search(rf"{sasaran}\[1\]\.(sasaran\[1\]\.)?indikator\[1\]\.target\b", baris), baris
    assert "2021" in baris
    _pesan_indonesia(p)


# --- 10. naskah bangun ID -------------------------------------------------------------------


def test_bangun_satu_id_menjaga_entri_lain(bangunan, salinan_keluaran):
    manifest_lama = json.loads((salinan_keluaran / "manifest.json").read_text(encoding="utf-8"))
    target = next(e for e in manifest_lama["dokumen"] if e["jenis"] == "lampiran")
    lain = [e for e in manifest_lama["dokumen"] if e["id"] != target["id"]]
    (salinan_keluaran / target["berkas"]).unlink()
    inode = {e["id"]: (salinan_keluaran / e["berkas"]).stat().st_ino for e in lain}
    isi_lain = {e["id"]: sha256_berkas(salinan_keluaran / e["berkas"]) for e in lain}

    p = jalankan_cli("bangun", "--keluaran", str(salinan_keluaran), target["id"])
    assert p.returncode == 0, p.stderr
    baris_dokumen = [b for b in p.stdout.splitlines() if ".docx" in b]
    assert len(baris_dokumen) == 1 and target["berkas"] in baris_dokumen[0]

    manifest = json.loads((salinan_keluaran / "manifest.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in manifest["dokumen"]] == [e["id"] for e in manifest_lama["dokumen"]]
    for e in manifest["dokumen"]:
        assert e["sha256"] == sha256_berkas(salinan_keluaran / e["berkas"])
        if e["id"] != target["id"]:
            assert e == next(x for x in lain if x["id"] == e["id"])
            assert (salinan_keluaran / e["berkas"]).stat().st_ino == inode[e["id"]], f"{e['id']} ditulis ulang"
            assert sha256_berkas(salinan_keluaran / e["berkas"]) == isi_lain[e["id"]]
    assert (salinan_keluaran / target["berkas"]).read_bytes() == bangunan.berkas(target["id"]).read_bytes()
    sisa = {x.name for x in salinan_keluaran.iterdir()} - {e["berkas"] for e in manifest["dokumen"]} - {"manifest.json"}
    assert sisa == {".cache"}  # the build cache


def test_bangun_id_tak_dikenal(bangunan, salinan_keluaran):
    p = _gagal_tanpa_mengubah(AKAR / "konten", salinan_keluaran, "tidak-ada-dokumen-ini")
    assert "tidak-ada-dokumen-ini" in p.stderr
    for e in bangunan.manifest["dokumen"]:
        assert re.search(rf"(?<![\w-]){re.escape(e['id'])}(?![\w-])", p.stderr), f"{e['id']} tidak disebut"
    _pesan_indonesia(p)


def test_konsol_windows_lama_tidak_macet(tmp_path):
    """A console in cp1252 (old Windows code page) cannot show ✓ or →: the
    command still succeeds and prints replacements."""
    p = jalankan_cli("bangun", "--keluaran", str(tmp_path / "k"), "keputusan-iku-lampiran-hukum",
                     env={"PYTHONIOENCODING": "cp1252"})
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
