"""Korpus konten rusak: satu berkas per kelas galat (issue 3, butir 5).

Dasar: ``tests/konten_mini/`` adalah konten terkecil yang sah (``naskah periksa``
memberi 0 galat, 0 peringatan, 0 perlu konfirmasi; ``naskah bangun`` berhasil).

Format korpus
-------------
Setiap ``tests/rusak/<kode>-<n>.yaml`` adalah pengganti lengkap SATU berkas
``konten_mini``. Baris-baris pertamanya komentar::

    # berkas: unit/satu.yaml
    # harap: 12:5: sasaran[1].indikator[2].target.2022: nilai '12,,5' tidak dapat dibaca: ...
    # tingkat: peringatan
    # (komentar lain: keterangan kasusnya)

* ``berkas``: berkas ``konten_mini`` yang diganti (jalur relatif terhadap folder konten).
* ``harap``: baris laporan yang diharapkan, tepat seperti tercetak sesudah jalur
  berkas dan titik dua: ``<baris>:<kolom>: <jalur>: <pesan>``. Bila kolom tidak
  bermakna ditulis ``<baris>: ...`` saja; bila tidak ada jalur (galat susunan YAML)
  bagian ``<jalur>: `` tidak ditulis. Nomor baris dihitung dari awal berkas
  korpus, komentar kepala ini ikut dihitung (berkas disalin apa adanya).
* ``tingkat`` (boleh tidak ada): ``galat`` (bawaan), ``peringatan`` atau ``konfirmasi``.

Komentar kepala berakhir pada baris pertama yang tidak diawali ``#``. Kode
``<kode>`` menamai kelas masalahnya (umumnya sama dengan ``kode`` laporan JSON).

Yang diperiksa untuk setiap berkas korpus (CLI sungguhan, sebagai proses):
salin ``konten_mini`` ke folder sementara, ganti berkasnya, lalu

* galat: ``naskah periksa`` keluar dengan kode 1; baris ``<berkas>:<harap>``
  muncul TEPAT SATU KALI di stdout/stderr, di bawah judul GALAT; tanpa traceback
  Python. ``naskah bangun --keluaran K`` (K berisi hasil bangun ``konten_mini``)
  juga keluar dengan kode 1, menyebut baris yang sama, dan K tetap sama persis
  (setiap berkas, bait demi bait, tanpa berkas tambahan).
* peringatan: ``naskah periksa --ketat`` keluar 1 dengan baris itu sebagai galat;
  tanpa ``--ketat`` keluar 0 dengan baris itu di bawah judul PERINGATAN;
  ``naskah bangun --ketat`` keluar 1 dan K tidak berubah.
* konfirmasi: keluar 0 (juga dengan ``--ketat``), baris di bawah PERLU KONFIRMASI.
* ``naskah periksa --format json`` memuat masalah yang sama (berkas, baris, kolom,
  jalur, pesan) tepat satu kali, di kelompok tingkatnya.

Beberapa kasus dibuat di kode ini, bukan di korpus (lihat ``_kasus_dibuat``):
berkas yang bukan UTF-8 (bait cp1252), berkas kosong 0 bait, id dokumen yang
bentrok dengan keputusan kedua, dan logo yang bukan gambar PNG/JPEG utuh (perlu
berkas kedua di samping berkas yang diganti).
"""

from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bantu import AKAR, jalankan_cli, potret

TESTS = Path(__file__).resolve().parent
KONTEN_MINI = TESTS / "konten_mini"
RUSAK = TESTS / "rusak"
TEMPLAT = AKAR / "templat"

JUDUL = {"galat": "GALAT", "peringatan": "PERINGATAN", "konfirmasi": "PERLU KONFIRMASI"}
RE_JUDUL = re.compile(r"^(GALAT|PERINGATAN|PERLU KONFIRMASI) \(\d+\)$")
RE_HARAP = re.compile(r"^\d+(:\d+)?: \S")

# Kelas yang wajib punya sedikitnya satu berkas korpus (issue 3 dan brief pengujian).
KELAS_WAJIB = {
    # susunan YAML
    "yaml-tab", "yaml-kutip", "yaml-titik-dua", "yaml-indentasi", "yaml-kurung", "kunci-ganda",
    "karakter-kendali", "berkas-kosong", "yaml-encoding",
    # skema
    "wajib", "jenis", "kunci-asing", "pilihan", "nilai", "tahun", "target-tahun", "periode",
    "id-ganda", "rujukan", "jalur", "berkas-hilang", "tanggal",
    # domain: galat
    "nip", "pangkat-golongan", "predikat", "tanggal-nomor", "tanggal-periode",
    # domain: peringatan
    "kondisi-akhir", "persen", "arah", "target-pencilan", "menimbang", "mengingat", "gelar",
    "penomoran", "ttd-nama-berbeda",
    # daftar perlu konfirmasi
    "perlu-konfirmasi",
    # serangan (issue 14): id dokumen, format nomor, nilai negatif, panjang angka,
    # bom alias, susunan terlalu dalam, logo yang bukan PNG/JPEG utuh
    "id", "format", "negatif", "batas-angka", "yaml-alias-batas", "yaml-dalam", "berkas-jenis",
}  # fmt: skip


@dataclass(frozen=True)
class Kasus:
    nama: str  # <kode>-<n>
    berkas: str  # relative to the content folder
    harap: str
    tingkat: str
    isi: bytes
    tambahan: tuple[tuple[str, bytes], ...] = ()  # other files written beside it (generated cases only)

    @property
    def kode(self) -> str:
        return self.nama.rsplit("-", 1)[0]

    @property
    def baris_harap(self) -> str:
        return f"{self.berkas}:{self.harap}"


def baca_kasus(berkas: Path) -> Kasus:
    isi = berkas.read_bytes()
    kepala: dict[str, str] = {}
    for mentah in isi.split(b"\n"):
        if not mentah.startswith(b"#"):
            break
        baris = mentah.decode("utf-8").rstrip("\r")
        m = re.match(r"#\s*(berkas|harap|tingkat)\s*:\s?(.*)$", baris)
        if m and m[1] not in kepala:
            kepala[m[1]] = m[2].rstrip()
    return Kasus(
        nama=berkas.stem,
        berkas=kepala.get("berkas", ""),
        harap=kepala.get("harap", ""),
        tingkat=kepala.get("tingkat", "galat"),
        isi=isi,
    )


def _kasus_dibuat() -> list[Kasus]:
    """Cases that cannot be kept as one text file in the corpus."""
    satu = (KONTEN_MINI / "unit/satu.yaml").read_text(encoding="utf-8")
    lama = "  - kinerja_utama: Meningkatnya Kualitas Reformasi Birokrasi"
    assert satu.count(lama) == 1
    baris_latin = satu[: satu.index(lama)].count("\n") + 1
    # Saved as "ANSI" by Notepad: the en dash is byte 0x96 in cp1252.
    latin = satu.replace(lama, lama + " – Tahap I").encode("cp1252")

    keputusan = (KONTEN_MINI / "keputusan.yaml").read_text(encoding="utf-8")
    baris_lampiran = keputusan.splitlines().index("  - satu") + 1
    # A second decree whose id is the id of the first decree's annex for unit
    # 'satu': both would be written to keputusan-mini-lampiran-satu.docx.
    kedua = keputusan.replace("id: keputusan-mini\n", "id: keputusan-mini-lampiran-satu\n", 1).encode("utf-8")

    return [
        Kasus(
            "id-ganda-3",
            "keputusan.yaml",
            f"{baris_lampiran}:5: lampiran[1]: id dokumen 'keputusan-mini-lampiran-satu' sudah dipakai oleh keputusan "
            "(konten/keputusan/kedua.yaml:1:5); setiap dokumen hasil (keputusan, lampirannya, LKjIP, Perjanjian Kinerja) memerlukan id "
            "sendiri karena id menjadi nama berkasnya: ganti salah satu id",
            "galat",
            keputusan.encode("utf-8"),
            (("keputusan/kedua.yaml", kedua),),
        ),
        Kasus(
            "yaml-encoding-1",
            "unit/satu.yaml",
            f"{baris_latin}: berkas bukan teks UTF-8; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai > Encoding UTF-8)",
            "galat",
            latin,
        ),
        Kasus("berkas-kosong-0", "instansi.yaml", "1: berkas konten kosong", "galat", b""),
    ] + _kasus_logo()


def _gambar(format_: str) -> bytes:
    from PIL import Image

    isi = io.BytesIO()
    Image.new("RGB", (120, 120), (200, 30, 30)).save(isi, format_)
    return isi.getvalue()


def _kasus_logo() -> list[Kasus]:
    """Logos that are not a whole PNG or JPEG: refused by the check, never a
    crash of the build (issue 14, butir 10)."""
    instansi = (KONTEN_MINI / "instansi.yaml").read_text(encoding="utf-8")
    assert instansi.count("\nlogo: null\n") == 1
    baris_logo = instansi[: instansi.index("\nlogo: null\n")].count("\n") + 2
    png, jpeg = _gambar("PNG"), _gambar("JPEG")
    kasus = [
        # (name, file, bytes, why it cannot be used)
        ("berkas-jenis-1", "gambar/logo.png", b"bukan gambar, hanya teks\n", "bukan gambar PNG atau JPEG"),
        ("berkas-jenis-2", "gambar/logo.txt", b"bukan gambar\n", "bukan gambar PNG atau JPEG"),
        ("berkas-jenis-3", "gambar/logo.png", png[: len(png) // 2], "gambar PNG rusak atau terpotong"),
        ("berkas-jenis-4", "gambar/logo.bmp", b"BM ini teks biasa\n", "gambar rusak atau terpotong"),
        ("berkas-jenis-5", "gambar/logo.jpg", jpeg[:20], "bukan gambar PNG atau JPEG"),
        ("berkas-jenis-6", "gambar/logo.gif", _gambar("GIF"), "bukan gambar PNG atau JPEG (terbaca sebagai GIF)"),
    ]
    return [
        Kasus(
            nama,
            "instansi.yaml",
            f"{baris_logo}:7: logo: berkas logo '{jalur}' tidak dapat dipakai: {alasan}; logo harus berupa gambar PNG "
            "atau JPG yang utuh",
            "galat",
            instansi.replace("\nlogo: null\n", f"\nlogo: {jalur}\n").encode("utf-8"),
            ((jalur, isi),),
        )
        for nama, jalur, isi, alasan in kasus
    ]


KORPUS = [baca_kasus(p) for p in sorted(RUSAK.glob("*.yaml"))]
SEMUA = KORPUS + _kasus_dibuat()


# --- helpers ------------------------------------------------------------------


def _siapkan(kasus: Kasus, tmp_path: Path) -> Path:
    konten = tmp_path / "konten"
    shutil.copytree(KONTEN_MINI, konten)
    tujuan = konten / kasus.berkas
    assert tujuan.is_file(), f"{kasus.nama}: '{kasus.berkas}' bukan berkas konten_mini"
    tujuan.write_bytes(kasus.isi)
    for jalur, isi in kasus.tambahan:
        (konten / jalur).parent.mkdir(parents=True, exist_ok=True)
        (konten / jalur).write_bytes(isi)
    return konten


def _periksa(tmp_path: Path, *opsi: str):
    # Run from tmp_path so that every place is printed as konten/<berkas>:...
    return jalankan_cli("periksa", "--konten", "konten", *opsi, cwd=tmp_path)


def _bangun(tmp_path: Path, keluaran: Path, *opsi: str):
    return jalankan_cli(
        "bangun", "--konten", "konten", "--keluaran", str(keluaran), "--templat", str(TEMPLAT), *opsi, cwd=tmp_path
    )


def _keluaran(proses) -> str:
    return proses.stdout + "\n" + proses.stderr


def _normal(baris: str) -> str:
    """A report line without indentation, the 'galat: ' prefix of bangun, and
    the content folder: 'konten/unit/satu.yaml:3:1: ...' -> 'unit/satu.yaml:3:1: ...'."""
    baris = baris.strip()
    for awalan in ("galat: ", "peringatan: "):
        if baris.startswith(awalan):
            baris = baris[len(awalan) :]
    if baris.startswith("konten/"):
        baris = baris[len("konten/") :]
    return baris


def _cocok(kasus: Kasus, proses) -> list[int]:
    """Indexes of the output lines equal to the expected line."""
    semua = _keluaran(proses).splitlines()
    return [i for i, b in enumerate(semua) if _normal(b) == kasus.baris_harap]


def _potong(teks: str, batas: int = 3000) -> str:
    return teks if len(teks) <= batas else "[...]\n" + teks[-batas:]


def _rincian(kasus: Kasus, proses) -> str:
    return (
        f"\nkasus   : {kasus.nama} ({kasus.tingkat})"
        f"\nharap   : {kasus.baris_harap}"
        f"\nkode    : {proses.returncode}"
        f"\nstdout  :\n{_potong(proses.stdout)}"
        f"\nstderr  :\n{_potong(proses.stderr)}"
    )


def _tepat_sekali(kasus: Kasus, proses) -> int:
    assert "Traceback" not in _keluaran(proses), "traceback Python di keluaran" + _rincian(kasus, proses)
    cocok = _cocok(kasus, proses)
    assert len(cocok) == 1, f"baris harapan muncul {len(cocok)} kali, harus tepat 1" + _rincian(kasus, proses)
    return cocok[0]


def _judul_di_atas(proses, indeks: int) -> str | None:
    baris = _keluaran(proses).splitlines()
    for b in reversed(baris[:indeks]):
        m = RE_JUDUL.match(b.strip())
        if m:
            return m[1]
    return None


@pytest.fixture(scope="module")
def keluaran_mini(tmp_path_factory) -> Path:
    """konten_mini built once with the real CLI: the output folder that a failed
    build must leave untouched."""
    kerja = tmp_path_factory.mktemp("mini")
    shutil.copytree(KONTEN_MINI, kerja / "konten")
    keluaran = kerja / "keluaran"
    proses = _bangun(kerja, keluaran)
    assert proses.returncode == 0, f"bangun konten_mini gagal:\n{proses.stdout}\n{proses.stderr}"
    assert (keluaran / "manifest.json").is_file()
    return keluaran


# --- the base --------------------------------------------------------------------


def test_konten_mini_bersih(tmp_path):
    shutil.copytree(KONTEN_MINI, tmp_path / "konten")
    for opsi in ((), ("--ketat",)):
        proses = _periksa(tmp_path, *opsi)
        assert proses.returncode == 0, proses.stdout + proses.stderr
        assert proses.stdout.strip().splitlines()[-1] == "0 galat, 0 peringatan, 0 perlu konfirmasi.", proses.stdout
    data = json.loads(_periksa(tmp_path, "--format", "json").stdout)
    assert data["ringkasan"] == {"galat": 0, "peringatan": 0, "konfirmasi": 0}


def test_konten_mini_dibangun(keluaran_mini):
    manifest = json.loads((keluaran_mini / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["dokumen"]) == 3  # the decree and one annex per unit
    for entri in manifest["dokumen"]:
        assert (keluaran_mini / entri["berkas"]).is_file()


def test_korpus_tertata():
    """Every corpus file has a usable header, and every error class has a file."""
    assert KORPUS, "tests/rusak/ kosong"
    salah = []
    for k in KORPUS:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*-\d+", k.nama):
            salah.append(f"{k.nama}: nama berkas harus <kode>-<n>.yaml")
        if not (KONTEN_MINI / k.berkas).is_file():
            salah.append(f"{k.nama}: '# berkas: {k.berkas}' bukan berkas konten_mini")
        if not RE_HARAP.match(k.harap):
            salah.append(f"{k.nama}: '# harap: {k.harap}' harus <baris>[:<kolom>]: [<jalur>: ]<pesan>")
        if k.tingkat not in JUDUL:
            salah.append(f"{k.nama}: '# tingkat: {k.tingkat}' harus galat, peringatan atau konfirmasi")
    assert not salah, "\n".join(salah)
    kurang = KELAS_WAJIB - {k.kode for k in SEMUA}
    assert not kurang, f"kelas tanpa berkas korpus: {sorted(kurang)}"


# --- the corpus ----------------------------------------------------------------------


@pytest.mark.parametrize("kasus", SEMUA, ids=[k.nama for k in SEMUA])
def test_rusak(kasus: Kasus, tmp_path, keluaran_mini):
    _siapkan(kasus, tmp_path)
    keluaran = tmp_path / "keluaran"
    shutil.copytree(keluaran_mini, keluaran)
    sebelum = potret(keluaran)

    if kasus.tingkat == "galat":
        proses = _periksa(tmp_path)
        assert proses.returncode == 1, "naskah periksa harus keluar dengan kode 1" + _rincian(kasus, proses)
        i = _tepat_sekali(kasus, proses)
        assert _judul_di_atas(proses, i) == "GALAT", "baris tidak di bawah judul GALAT" + _rincian(kasus, proses)
        bangun = _bangun(tmp_path, keluaran)
    elif kasus.tingkat == "peringatan":
        ketat = _periksa(tmp_path, "--ketat")
        assert ketat.returncode == 1, "naskah periksa --ketat harus keluar dengan kode 1" + _rincian(kasus, ketat)
        i = _tepat_sekali(kasus, ketat)
        assert _judul_di_atas(ketat, i) == "GALAT", "dengan --ketat peringatan harus menjadi galat" + _rincian(kasus, ketat)
        proses = _periksa(tmp_path)
        assert proses.returncode == 0, "peringatan saja: naskah periksa harus keluar dengan kode 0" + _rincian(kasus, proses)
        i = _tepat_sekali(kasus, proses)
        assert _judul_di_atas(proses, i) == "PERINGATAN", "baris tidak di bawah judul PERINGATAN" + _rincian(kasus, proses)
        bangun = _bangun(tmp_path, keluaran, "--ketat")
    else:
        for opsi in ((), ("--ketat",)):
            proses = _periksa(tmp_path, *opsi)
            assert proses.returncode == 0, "perlu konfirmasi bukan galat" + _rincian(kasus, proses)
            i = _tepat_sekali(kasus, proses)
            assert _judul_di_atas(proses, i) == "PERLU KONFIRMASI", _rincian(kasus, proses)
        return

    assert bangun.returncode == 1, "naskah bangun harus keluar dengan kode 1" + _rincian(kasus, bangun)
    _tepat_sekali(kasus, bangun)
    assert potret(keluaran) == sebelum, "keluaran/ berubah padahal bangun gagal" + _rincian(kasus, bangun)


@pytest.mark.parametrize("kasus", SEMUA, ids=[k.nama for k in SEMUA])
def test_rusak_json(kasus: Kasus, tmp_path):
    """--format json gives the same problem: berkas, baris, kolom, jalur, pesan."""
    _siapkan(kasus, tmp_path)
    proses = _periksa(tmp_path, "--format", "json")
    assert "Traceback" not in _keluaran(proses), _rincian(kasus, proses)
    assert proses.returncode == (1 if kasus.tingkat == "galat" else 0), _rincian(kasus, proses)
    data = json.loads(proses.stdout)
    kelompok = {"galat": "galat", "peringatan": "peringatan", "konfirmasi": "konfirmasi"}[kasus.tingkat]

    def sebagai_baris(m: dict) -> str:
        tempat = (m["berkas"] or "").removeprefix("konten/")
        if m["baris"] is not None:
            tempat += f":{m['baris']}"
            if m["kolom"] is not None:
                tempat += f":{m['kolom']}"
        return ": ".join([tempat] + ([m["jalur"]] if m["jalur"] else []) + [m["pesan"]])

    cocok = [m for m in data[kelompok] if sebagai_baris(m) == kasus.baris_harap]
    assert len(cocok) == 1, (
        f"JSON harus memuat masalah ini tepat sekali di '{kelompok}'\nharap: {kasus.baris_harap}\n"
        + "\n".join(f"  {t}: {sebagai_baris(m)}" for t in ("galat", "peringatan", "konfirmasi") for m in data[t])
    )
    assert cocok[0]["tingkat"] == kasus.tingkat
    assert data["ringkasan"][kelompok] >= 1


def test_pencilan_hanya_tahun_yang_menyimpang(tmp_path):
    """3, 30, 4 over a three-year period: only 2022 is out of line. 2021 and
    2023 are not outliers just because 30 pulls the median of 'the other
    years' up (with two other years the median is their mean)."""
    kasus = baca_kasus(RUSAK / "target-pencilan-2.yaml")
    _siapkan(kasus, tmp_path)
    data = json.loads(_periksa(tmp_path, "--format", "json").stdout)
    pencilan = sorted(m["jalur"] for m in data["peringatan"] if m["kode"] == "target-pencilan")
    assert pencilan == ["sasaran[1].indikator[2].target.2022"], json.dumps(data["peringatan"], ensure_ascii=False, indent=2)
