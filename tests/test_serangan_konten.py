"""Serangan lewat konten (issue 14 butir 3, 5, 6, 7, 10, 11, 13).

Setiap serangan diulang dengan CLI sungguhan: ``naskah periksa`` dan
``naskah bangun`` keluar dengan kode 1, tanpa traceback, dengan tepat satu
baris galat ``berkas[:baris:kolom]: [jalur: ]pesan``, dan bangun tidak menulis
apa pun (folder keluaran yang sudah ada tetap sama bait demi bait). Kasus
yang cukup dengan satu berkas pengganti ada di korpus ``tests/rusak/``; di
sini kasus yang memerlukan tautan simbolik, FIFO, perangkat, berkas kedua,
atau pemeriksaan di dalam proses (memori bom alias, format nomor).
"""

from __future__ import annotations

import os
import shutil
import stat
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bantu import KONTEN, TEMPLAT, jalankan_cli, potret

KONTEN_MINI = Path(__file__).resolve().parent / "konten_mini"

LKJIP_MINI = """\
id: {id}
tahun: 2022
unit: [satu]
penandatangan:
  jabatan: Sekretaris Daerah Kabupaten Contoh
  nama: BUDI SANTOSO
ditetapkan:
  tanggal: 20 Januari 2023
"""


# --- helpers -------------------------------------------------------------------


def _salin(tmp_path: Path, sumber: Path = KONTEN_MINI) -> Path:
    konten = tmp_path / "konten"
    shutil.copytree(sumber, konten, symlinks=True)
    return konten


def _periksa(tmp_path: Path):
    return jalankan_cli("periksa", "--konten", "konten", cwd=tmp_path)


def _bangun(tmp_path: Path, keluaran: Path, *opsi: str):
    return jalankan_cli(
        "bangun", "--konten", "konten", "--keluaran", str(keluaran), "--templat", str(TEMPLAT), *opsi, cwd=tmp_path
    )


def _baris_galat(proses) -> list[str]:
    """The error lines of a run, as 'berkas:baris:kolom: jalur: pesan' without
    the 'konten/' folder: those under periksa's GALAT heading, or bangun's
    lines starting with 'galat: '."""
    hasil, di_galat = [], False
    for baris in (proses.stdout + "\n" + proses.stderr).splitlines():
        teks = baris.strip()
        if teks.startswith(("GALAT (", "PERINGATAN (", "PERLU KONFIRMASI (")):
            di_galat = teks.startswith("GALAT (")
        elif teks.startswith("galat: konten/") or (di_galat and teks.startswith("konten/")):
            hasil.append(teks.removeprefix("galat: ").removeprefix("konten/"))
    return hasil


def _tepat_satu_galat(proses, harap: str) -> None:
    keluaran = proses.stdout + proses.stderr
    assert "Traceback" not in keluaran, keluaran
    assert proses.returncode == 1, keluaran
    assert _baris_galat(proses) == [harap], keluaran


def _gagal_di_keduanya(tmp_path: Path, keluaran_mini: Path, harap: str) -> None:
    """periksa and bangun both refuse with the one line; bangun writes nothing."""
    _tepat_satu_galat(_periksa(tmp_path), harap)
    keluaran = tmp_path / "keluaran"
    shutil.copytree(keluaran_mini, keluaran)
    sebelum = potret(keluaran)
    _tepat_satu_galat(_bangun(tmp_path, keluaran), harap)
    assert potret(keluaran) == sebelum
    kosong = tmp_path / "keluaran-baru"
    _tepat_satu_galat(_bangun(tmp_path, kosong), harap)
    assert not kosong.exists()


@pytest.fixture(scope="module")
def keluaran_mini(tmp_path_factory) -> Path:
    kerja = tmp_path_factory.mktemp("mini")
    _salin(kerja)
    proses = _bangun(kerja, kerja / "keluaran")
    assert proses.returncode == 0, proses.stdout + proses.stderr
    return kerja / "keluaran"


# --- butir 11: only regular files inside the content folder ------------------------

BUKAN_BIASA = "berkas konten bukan berkas biasa (FIFO, soket atau perangkat); folder konten hanya boleh berisi berkas biasa"
KE_LUAR = "berkas konten berupa tautan simbolik ke luar folder konten; salin berkasnya ke dalam folder konten"


def _fifo(konten: Path) -> str:
    os.mkfifo(konten / "unit" / "fifo.yaml")
    return f"unit/fifo.yaml: {BUKAN_BIASA}"


def _instansi_fifo(konten: Path) -> str:
    (konten / "instansi.yaml").unlink()
    os.mkfifo(konten / "instansi.yaml")
    return f"instansi.yaml: {BUKAN_BIASA}"


def _putar(konten: Path) -> str:
    os.symlink("putar.yaml", konten / "unit" / "putar.yaml")
    return "unit/putar.yaml: berkas konten berupa tautan simbolik yang berputar (menunjuk ke dirinya sendiri); ganti dengan berkas biasa"


def _dev_zero(konten: Path) -> str:
    os.symlink("/dev/zero", konten / "unit" / "nol.yaml")
    return f"unit/nol.yaml: {KE_LUAR}"


def _luar(konten: Path) -> str:
    luar = konten.parent / "di-luar.yaml"
    shutil.copy(konten / "unit" / "dua.yaml", luar)
    (konten / "unit" / "dua.yaml").unlink()
    os.symlink(luar, konten / "unit" / "dua.yaml")
    return f"unit/dua.yaml: {KE_LUAR}"


def _putus(konten: Path) -> str:
    os.symlink("tidak-ada.yaml", konten / "unit" / "putus.yaml")
    return "unit/putus.yaml: berkas konten berupa tautan simbolik ke berkas yang tidak ada"


def _besar(konten: Path) -> str:
    with open(konten / "unit" / "besar.yaml", "w", encoding="utf-8") as f:
        f.write("# " + "x" * (6 * 1024 * 1024) + "\n")
    return "unit/besar.yaml: berkas konten lebih dari 5 MiB; perkecil berkas itu"


def _perangkat(konten: Path) -> str:
    # Needs root (as in CI): a missing right fails the test rather than skipping it.
    os.mknod(konten / "unit" / "null.yaml", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    return f"unit/null.yaml: {BUKAN_BIASA}"


@pytest.mark.parametrize(
    "siapkan",
    [_fifo, _instansi_fifo, _putar, _dev_zero, _luar, _putus, _besar, _perangkat],
    ids=lambda f: f.__name__.strip("_"),
)
def test_berkas_konten_khusus(siapkan: Callable[[Path], str], tmp_path, keluaran_mini):
    """FIFO, symlink loop, /dev/zero, a link out, a device, a huge file: one
    line each, no hang (the CLI runs under a timeout), nothing written."""
    harap = siapkan(_salin(tmp_path))
    _gagal_di_keduanya(tmp_path, keluaran_mini, harap)


def test_tautan_ke_berkas_di_dalam_folder_boleh(tmp_path):
    konten = _salin(tmp_path)
    (konten / "data").mkdir()
    shutil.move(konten / "unit" / "dua.yaml", konten / "data" / "dua.yaml")
    os.symlink("../data/dua.yaml", konten / "unit" / "dua.yaml")
    proses = _periksa(tmp_path)
    assert proses.returncode == 0, proses.stdout + proses.stderr


@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_logo_bukan_berkas_biasa(target, tmp_path, keluaran_mini):
    konten = _salin(tmp_path)
    (konten / "gambar").mkdir()
    if target == "fifo":
        os.mkfifo(konten / "gambar" / "logo.png")
        alasan = "bukan berkas biasa (FIFO, soket atau perangkat); folder konten hanya boleh berisi berkas biasa"
    else:
        os.symlink(target, konten / "gambar" / "logo.png")
        alasan = "berupa tautan simbolik ke luar folder konten; salin berkasnya ke dalam folder konten"
    instansi = konten / "instansi.yaml"
    teks = instansi.read_text(encoding="utf-8")
    instansi.write_text(teks.replace("\nlogo: null\n", "\nlogo: gambar/logo.png\n"), encoding="utf-8")
    baris = teks.splitlines().index("logo: null") + 1
    _gagal_di_keduanya(tmp_path, keluaran_mini, f"instansi.yaml:{baris}:7: logo: berkas logo 'gambar/logo.png' {alasan}")


# --- butir 3: ids of documents collide ---------------------------------------------


def test_id_lkjip_sama_dengan_id_keputusan(tmp_path, keluaran_mini):
    konten = _salin(tmp_path)
    (konten / "lkjip").mkdir()
    (konten / "lkjip" / "lkjip.yaml").write_text(LKJIP_MINI.format(id="keputusan-mini"), encoding="utf-8")
    _gagal_di_keduanya(
        tmp_path,
        keluaran_mini,
        "lkjip/lkjip.yaml:1:5: id: id dokumen 'keputusan-mini' sudah dipakai oleh keputusan (konten/keputusan.yaml:1:5); "
        "setiap dokumen hasil (keputusan, lampirannya, LKjIP, Perjanjian Kinerja) memerlukan id sendiri karena id menjadi nama berkasnya: "
        "ganti salah satu id",
    )


def test_dua_lkjip_dengan_id_sama(tmp_path, keluaran_mini):
    konten = _salin(tmp_path)
    (konten / "lkjip").mkdir()
    for nama in ("a.yaml", "b.yaml"):
        (konten / "lkjip" / nama).write_text(LKJIP_MINI.format(id="lkjip-2022"), encoding="utf-8")
    _gagal_di_keduanya(
        tmp_path,
        keluaran_mini,
        "lkjip/b.yaml:1:5: id: id dokumen 'lkjip-2022' sudah dipakai oleh LKjIP (konten/lkjip/a.yaml:1:5); "
        "setiap dokumen hasil (keputusan, lampirannya, LKjIP, Perjanjian Kinerja) memerlukan id sendiri karena id menjadi nama berkasnya: "
        "ganti salah satu id",
    )


def test_lkjip_mini_sah(tmp_path):
    """The LKjIP used above is valid by itself: the collision is the only error."""
    konten = _salin(tmp_path)
    (konten / "lkjip").mkdir()
    (konten / "lkjip" / "lkjip.yaml").write_text(LKJIP_MINI.format(id="lkjip-2022"), encoding="utf-8")
    proses = _periksa(tmp_path)
    assert proses.returncode == 0, proses.stdout + proses.stderr


# --- butir 6: numbers too long ------------------------------------------------------


def test_rupiah_terlalu_panjang(tmp_path, keluaran_mini):
    konten = _salin(tmp_path)
    (konten / "pk").mkdir()
    pk = (
        "tahun: 2022\nditetapkan: {tanggal: 3 Januari 2022}\nunit:\n  satu:\n    anggaran:\n"
        "      - nama: Program Contoh\n        kegiatan:\n          - id: satu-k1\n            nama: Kegiatan Contoh\n"
        '            pagu: "1.000.000.000.000.000.000"\n  dua: {}\n'
    )
    (konten / "pk" / "2022.yaml").write_text(pk, encoding="utf-8")
    _gagal_di_keduanya(
        tmp_path,
        keluaran_mini,
        "pk/2022.yaml:10:19: unit.satu.anggaran[1].kegiatan[1].pagu: angka terlalu panjang (19 angka sebelum koma, "
        "0 sesudahnya); paling banyak 15 angka sebelum koma dan 2 angka sesudah koma",
    )


def test_tahun_ribuan_digit(tmp_path, keluaran_mini):
    """5000 digits: Python refuses to convert such a string to int (ValueError)."""
    konten = _salin(tmp_path)
    satu = konten / "unit" / "satu.yaml"
    teks = satu.read_text(encoding="utf-8")
    satu.write_text(teks.replace("periode: {awal: 2021,", "periode: {awal: " + "9" * 5000 + ","), encoding="utf-8")
    _gagal_di_keduanya(tmp_path, keluaran_mini, "unit/satu.yaml:4:17: periode.awal: nilai di luar rentang yang wajar (1945 sampai 2200)")


# --- butir 5: values below zero -------------------------------------------------------


def test_pertumbuhan_negatif_dibangun(tmp_path):
    """An indicator with boleh_negatif: ya, a negative target and realisasi:
    the LKjIP is built (capaian with the general formula), no traceback."""
    konten = _salin(tmp_path, KONTEN)
    hukum = konten / "unit" / "hukum.yaml"
    teks = hukum.read_text(encoding="utf-8")
    awal = teks.index("      - id: hukum-2\n")
    blok_akhir = teks.index("        makna:", awal)
    blok = teks[awal:blok_akhir]
    baru = blok.replace("        arah: naik\n", "        arah: naik\n        boleh_negatif: ya\n").replace('"83"', '"-2"')
    hukum.write_text(teks[:awal] + baru + teks[blok_akhir:], encoding="utf-8")
    realisasi = konten / "realisasi" / "2022.yaml"
    r = realisasi.read_text(encoding="utf-8")
    i = r.index("  hukum-2:\n")
    realisasi.write_text(r[:i] + r[i:].replace('realisasi: "84"', 'realisasi: "-1"', 1), encoding="utf-8")
    periksa = _periksa(tmp_path)
    assert periksa.returncode == 0 and "Traceback" not in periksa.stderr, periksa.stdout + periksa.stderr
    proses = _bangun(tmp_path, tmp_path / "keluaran", "lkjip-2022")
    assert proses.returncode == 0 and "Traceback" not in proses.stderr, proses.stdout + proses.stderr
    assert (tmp_path / "keluaran" / "lkjip-2022.docx").is_file()


def test_realisasi_negatif_tanpa_izin(tmp_path, keluaran_mini):
    konten = _salin(tmp_path)
    (konten / "realisasi").mkdir()
    (konten / "realisasi" / "2022.yaml").write_text(
        'tahun: 2022\nindikator:\n  satu-2:\n    realisasi: "-5"\n', encoding="utf-8"
    )
    _gagal_di_keduanya(
        tmp_path,
        keluaran_mini,
        "realisasi/2022.yaml:4:16: indikator.satu-2.realisasi: realisasi 2022 (-5) di bawah nol, padahal indikator "
        "'satu-2' tidak boleh bernilai negatif; periksa angkanya, atau tulis boleh_negatif: ya pada indikator itu bila "
        "nilainya memang dapat di bawah nol (misalnya laju pertumbuhan)",
    )


# --- butir 7: alias bomb, in the process ----------------------------------------------


def test_bom_alias_cepat_dan_hemat(tmp_path):
    from generator.dasar.galat import KontenError
    from generator.muat.yaml_lokasi import muat_yaml

    baris = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        baris.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]")
    berkas = tmp_path / "bom.yaml"
    berkas.write_text("\n".join(baris) + "\n", encoding="utf-8")
    tracemalloc.start()
    mulai = time.monotonic()
    with pytest.raises(KontenError) as info:
        muat_yaml(berkas)
    _, puncak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.monotonic() - mulai < 5
    assert puncak < 50 * 1024 * 1024
    [masalah] = info.value.masalah
    assert masalah.kode == "yaml-alias-batas" and masalah.lokasi.baris == 5 and masalah.lokasi.kolom == 8


def test_alias_wajar_tetap_boleh(tmp_path):
    from generator.muat.yaml_lokasi import muat_yaml

    berkas = tmp_path / "ttd.yaml"
    berkas.write_text("a: &ttd {jabatan: Sekda, nama: BUDI}\nb: *ttd\nc: [*ttd, *ttd]\n", encoding="utf-8")
    assert muat_yaml(berkas).polos()["c"][1] == {"jabatan": "Sekda", "nama": "BUDI"}


# --- butir 13: the decree number pattern ------------------------------------------------


@pytest.mark.parametrize("pola", ["{kode:>999999999}/{urut}", "{kode.__class__}/{urut}", "{kode!r}", "{kode[0]}", "{0}", "{kode"])
def test_isi_pola_menolak(pola):
    from generator.dasar.pola import PolaError, isi_pola

    with pytest.raises(PolaError, match="kurung kurawal"):
        isi_pola(pola, kode="188.45", urut="1", unit="Kum", tahun=2021)


def test_nomor_keputusan_tidak_pernah_memformat_bebas():
    """Content that skipped the check (naskah beda reads old revisions): the
    pattern is refused by the formatting itself, the default form is used."""
    from generator.konteks.keputusan import nomor_keputusan
    from generator.muat import model as m

    kep = m.Keputusan.__new__(m.Keputusan)
    kep.nomor = m.Nomor(kode="188.45", urut="7", unit="Kum", tahun=2021)
    for pola in ("{kode:>999999999}", "{kode.__class__}"):
        ins = m.Instansi.__new__(m.Instansi)
        ins.pengaturan = m.Pengaturan(format_nomor=pola)
        mulai = time.monotonic()
        assert nomor_keputusan(kep, ins) == "188.45/7/Kum TAHUN 2021"
        assert time.monotonic() - mulai < 1
