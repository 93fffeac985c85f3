"""``naskah baru`` (issue 10, butir 3): penolakan, komentar dan baris skema,
keluaran yang tetap, dan petunjuk langkah berikutnya.

Semua lewat CLI sungguhan; setiap penolakan tidak meninggalkan apa pun
(folder tujuan tetap seperti semula, tidak ada folder sementara). Jalannya
folder sampai dokumen untuk setiap jenis dites di ``test_jenis.py``.
"""

from __future__ import annotations

import datetime
import re
import shlex
from pathlib import Path

import pytest
import yaml

from generator.dasar.jenis import JENIS
from generator.muat import json_skema as js
from generator.muat.konten import berkas_konten
from tests.bantu import jalankan_cli, potret

DINAS = ("--jenis", "dinas", "--nama", "Dinas Kesehatan", "--daerah", "Kabupaten Contoh")


def _baru(folder: Path, *argumen: str, cwd: Path | None = None):
    return jalankan_cli("baru", str(folder), *argumen, **({"cwd": cwd} if cwd else {}))


def _tanpa_jejak(induk: Path, sebelum: dict | None) -> None:
    """The parent folder as it was: no temporary folder left behind."""
    assert potret(induk) == sebelum


# --- refusals ------------------------------------------------------------------------


def test_folder_tidak_kosong_ditolak(tmp_path):
    folder = tmp_path / "konten"
    folder.mkdir()
    (folder / "catatan.txt").write_text("milik pengguna", encoding="utf-8")
    sebelum = potret(tmp_path)
    proses = _baru(folder, *DINAS)
    assert proses.returncode == 1
    galat = proses.stderr.strip().splitlines()
    assert len(galat) == 1 and "folder tidak kosong" in galat[0] and "konten" in galat[0], proses.stderr
    _tanpa_jejak(tmp_path, sebelum)


def test_berkas_di_tempat_folder_ditolak(tmp_path):
    berkas = tmp_path / "konten"
    berkas.write_text("x", encoding="utf-8")
    sebelum = potret(tmp_path)
    proses = _baru(berkas, *DINAS)
    assert proses.returncode == 1 and "bukan folder" in proses.stderr
    _tanpa_jejak(tmp_path, sebelum)


def test_folder_kosong_diisi(tmp_path):
    folder = tmp_path / "konten"
    folder.mkdir()
    proses = _baru(folder, *DINAS)
    assert proses.returncode == 0, proses.stderr
    assert (folder / "instansi.yaml").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["konten"]


def test_jenis_salah_mendapat_daftar(tmp_path):
    proses = _baru(tmp_path / "konten", "--jenis", "dinsa", "--nama", "Dinas Kesehatan", "--daerah", "Kabupaten Contoh")
    assert proses.returncode == 2
    baris = [b for b in proses.stderr.splitlines() if "galat" in b]
    assert len(baris) == 1 and "--jenis" in baris[0] and "'dinsa'" in baris[0], proses.stderr
    for jenis in JENIS:
        assert f"'{jenis}'" in baris[0], jenis
    assert list(tmp_path.iterdir()) == []


def test_bantuan_mendaftar_jenis():
    proses = jalankan_cli("baru", "--help")
    assert proses.returncode == 0
    teks = " ".join(proses.stdout.split())
    for jenis in JENIS:
        assert re.search(rf"\b{jenis} \(", teks), jenis
    for opsi in ("--jenis", "--nama", "--daerah", "--ibukota", "--tahun", "--periode", "--kepala"):
        assert opsi in teks


@pytest.mark.parametrize("daerah", ["Contoh", "Kab. Contoh", "Kabupaten", "Desa Contoh", ""])
def test_daerah_salah_ditolak(tmp_path, daerah):
    proses = _baru(tmp_path / "konten", "--jenis", "inspektorat", "--daerah", daerah)
    assert proses.returncode == 2
    baris = [b for b in proses.stderr.splitlines() if "galat" in b]
    assert len(baris) == 1 and "--daerah" in baris[0], proses.stderr
    assert all(j in baris[0] for j in ("Kabupaten", "Kota", "Provinsi")) and '"Kabupaten Contoh"' in baris[0]
    assert list(tmp_path.iterdir()) == []


def test_nama_wajib_bila_jenis_bukan_nama(tmp_path):
    proses = _baru(tmp_path / "konten", "--jenis", "dinas", "--daerah", "Kabupaten Contoh")
    assert proses.returncode == 1
    assert "--nama wajib untuk jenis dinas" in proses.stderr and '--nama "Dinas Kesehatan"' in proses.stderr
    assert list(tmp_path.iterdir()) == []


def test_tahun_di_luar_periode_ditolak(tmp_path):
    proses = _baru(tmp_path / "konten", *DINAS, "--tahun", "2031", "--periode", "2025-2029")
    assert proses.returncode == 1 and "--tahun 2031 di luar --periode 2025-2029" in proses.stderr
    assert list(tmp_path.iterdir()) == []


def test_nilai_yang_ditolak_model_tidak_meninggalkan_apa_pun(tmp_path):
    """A name the content model refuses (an invisible control character) is
    reported at its place in the folder it would have written; nothing is
    left, not even the parent folders made for it."""
    sebelum = potret(tmp_path)
    folder = tmp_path / "a" / "b" / "konten"
    proses = _baru(folder, "--jenis", "dinas", "--nama", "Dinas\x07Kesehatan", "--daerah", "Kabupaten Contoh")
    assert proses.returncode == 1
    assert "konten/instansi.yaml:" in proses.stderr and "karakter kendali" in proses.stderr, proses.stderr
    assert ".baru-" not in proses.stderr
    _tanpa_jejak(tmp_path, sebelum)


# --- what is written -------------------------------------------------------------------


@pytest.fixture(scope="module")
def dinas(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("baru") / "konten-dinkes"
    proses = _baru(folder, *DINAS, "--ibukota", "Sukamaju", "--tahun", "2025")
    assert proses.returncode == 0, proses.stderr
    return folder


def _berkas_yaml(folder: Path) -> list[tuple[str, Path]]:
    return [(jenis, b) for jenis, daftar in berkas_konten(folder).items() for b in daftar]


def test_isi_folder(dinas):
    yaml_ = {b.relative_to(dinas).as_posix() for _, b in _berkas_yaml(dinas)}
    assert {"instansi.yaml", "keputusan.yaml", "realisasi/2025.yaml", "lkjip/2025/lkjip.yaml", "pk/2025.yaml"} <= yaml_
    unit = {p.stem for p in (dinas / "unit").glob("*.yaml")}
    assert unit == {"dinas-kesehatan", "sekretariat", "bidang", "uptd"}
    lk = yaml.safe_load((dinas / "lkjip" / "2025" / "lkjip.yaml").read_text(encoding="utf-8"))
    narasi = lk["narasi"]
    for jalur in [narasi["kata_pengantar"], narasi["pendahuluan"], narasi["penutup"], *narasi["analisis"].values()]:
        assert (dinas / jalur).is_file() and (dinas / jalur).read_text(encoding="utf-8").strip(), jalur
    assert set(narasi["analisis"]) == unit
    assert {p.name for p in (dinas / js.FOLDER_SKEMA).iterdir()} == {f"{j}.json" for j in js.JENIS}


def test_baris_skema_dan_komentar(dinas):
    """Each YAML file opens with its schema's modeline; every field of its
    top level and of its signers has an Indonesian comment above it."""
    for jenis, berkas in _berkas_yaml(dinas):
        baris = berkas.read_text(encoding="utf-8").splitlines()
        assert baris[0] == js.modeline(berkas, dinas, jenis)
        assert (berkas.parent / baris[0].split("$schema=", 1)[1]).resolve() == js.jalur_skema(dinas, jenis).resolve()
        sebelumnya = ""
        for b in baris[1:]:
            if re.match(r"[a-z_]+:", b):
                assert sebelumnya.startswith("#"), f"{berkas.name}: {b!r} tanpa komentar"
            if b.strip():
                sebelumnya = b.strip()
    unit = (dinas / "unit" / "bidang.yaml").read_text(encoding="utf-8")
    for kunci in ("nama", "satuan", "arah", "target", "nip"):
        assert re.search(rf"#.*\n\s+{kunci}:", unit), kunci


def test_isian_ditandai_perlu_konfirmasi(dinas):
    unit = yaml.safe_load((dinas / "unit" / "bidang.yaml").read_text(encoding="utf-8"))
    assert unit["nama"].endswith("...") and unit["perlu_konfirmasi"]
    assert unit["penandatangan"]["nama"] is None and unit["penandatangan"]["perlu_konfirmasi"]
    sub = unit["sub_unit"][0]
    assert sub["tingkat"] == "seksi" and sub["nama"].startswith("Seksi")
    for s in [*unit["sasaran"], *sub["sasaran"]]:
        assert s["perlu_konfirmasi"] and all(i["perlu_konfirmasi"] for i in s["indikator"])
    realisasi = yaml.safe_load((dinas / "realisasi" / "2025.yaml").read_text(encoding="utf-8"))
    assert realisasi["data_contoh"] == "ya"
    assert all(v["perlu_konfirmasi"] for v in realisasi["indikator"].values())
    pk = yaml.safe_load((dinas / "pk" / "2025.yaml").read_text(encoding="utf-8"))
    assert pk["tahun"] == 2025 and pk["status"] == "konsep" and pk["data_contoh"] == "ya"
    assert pk["ditetapkan"] == {"tanggal": "Januari 2025"}
    assert set(pk["unit"]) == {p.stem for p in (dinas / "unit").glob("*.yaml")}
    kegiatan = set()
    for isi in pk["unit"].values():  # a placeholder budget, flagged; the parties come from the organisation
        assert isi["perlu_konfirmasi"] and "pihak_pertama" not in isi and "pihak_kedua" not in isi
        assert [p["nama"] for p in isi["anggaran"]] == ["Program ..."]
        kegiatan |= {k["id"] for p in isi["anggaran"] for k in p["kegiatan"]}
    assert set(realisasi["anggaran"]) == kegiatan
    assert all(v["perlu_konfirmasi"] for v in realisasi["anggaran"].values())
    keputusan = yaml.safe_load((dinas / "keputusan.yaml").read_text(encoding="utf-8"))
    assert keputusan["penandatangan"]["perlu_konfirmasi"]
    assert keputusan["ditetapkan"] == {"tanggal": "Januari 2025"}
    instansi = yaml.safe_load((dinas / "instansi.yaml").read_text(encoding="utf-8"))
    assert instansi["ibukota"] == "Sukamaju" and instansi["jenis"] == "dinas"


def test_keluaran_tetap_kecuali_tahun(tmp_path, dinas):
    """The same options give the same bytes; without --tahun the year is
    this year's, and that is the only difference."""
    lagi = tmp_path / "konten-dinkes"
    assert _baru(lagi, *DINAS, "--ibukota", "Sukamaju", "--tahun", "2025").returncode == 0
    assert potret(lagi) == potret(dinas)

    tahun = datetime.date.today().year
    bawaan, tertulis = tmp_path / "bawaan", tmp_path / "tertulis"
    assert _baru(bawaan, *DINAS).returncode == 0
    assert _baru(tertulis, *DINAS, "--tahun", str(tahun), "--periode", f"{tahun}-{tahun + 4}").returncode == 0
    assert potret(bawaan) == potret(tertulis)


def test_petunjuk_membawa_opsi_dan_dapat_dijalankan(tmp_path):
    folder = tmp_path / "konten dinkes"
    proses = _baru(folder, *DINAS, cwd=tmp_path)
    assert proses.returncode == 0, proses.stderr
    saran = [b.strip() for b in proses.stdout.splitlines() if b.strip().startswith("naskah ")]
    assert saran == [f"naskah periksa --konten {shlex.quote(str(folder))}", f"naskah bangun --konten {shlex.quote(str(folder))}"]
    periksa = jalankan_cli(*shlex.split(saran[0])[1:], cwd=tmp_path)
    assert periksa.returncode == 0 and "0 galat, 0 peringatan" in periksa.stdout


def test_petunjuk_tanpa_opsi_bawaan(tmp_path):
    """Written to konten/ in the working folder, the hint is the plain command."""
    proses = _baru(Path("konten"), *DINAS, cwd=tmp_path)
    assert proses.returncode == 0, proses.stderr
    saran = [b.strip() for b in proses.stdout.splitlines() if b.strip().startswith("naskah ")]
    assert saran == ["naskah periksa", "naskah bangun"]
    assert (tmp_path / "konten" / "instansi.yaml").is_file()
