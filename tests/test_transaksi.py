"""tulis.Transaksi dan tulis.pulihkan di tingkat unit, dengan injeksi gangguan:
os.replace / os.fsync dibuat "mati" (BaseException, seperti proses yang dibunuh:
tidak ada except yang menangkapnya) pada langkah ke-N, untuk SETIAP N dari
sebuah commit. Sesudah pulihkan(): setiap dokumen utuh versi lama atau versi
baru, semuanya dari versi yang sama, manifest cocok dengan sha256 setiap berkas,
dan tidak ada sisa berkas sementara."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.bantu import KONTEN, TEMPLAT, baca_konten_mentah, potret
from generator.tulis import transaksi as tulis
from generator.alur.bangun import bangun

NAMA = ["a.docx", "b.docx", "c.docx"]


class Mati(BaseException):
    """Proses berhenti di sini (bukan OSError: tidak ada penanganan galat yang berjalan)."""


def _isi(versi: str, nama: str) -> bytes:
    return f"{versi}:{nama}:".encode() * 500


def _transaksi(folder: Path, versi: str) -> tulis.Transaksi:
    t = tulis.Transaksi(folder)
    for n in NAMA:
        t.tambah(n, _isi(versi, n), {"id": n.split(".")[0], "jenis": "lampiran", "judul": f"{versi} {n}", "sumber": []})
    return t


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _versi_berkas(folder: Path) -> dict[str, str | None]:
    """nama -> 'lama' | 'baru' | None (berkas hilang); gagal bila isinya bukan salah satu versi utuh."""
    hasil = {}
    for n in NAMA:
        p = folder / n
        if not p.exists():
            hasil[n] = None
            continue
        data = p.read_bytes()
        versi = [v for v in ("lama", "baru") if data == _isi(v, n)]
        assert versi, f"{n} setengah tertulis atau rusak ({len(data)} byte)"
        hasil[n] = versi[0]
    return hasil


def _manifest_cocok(folder: Path) -> str:
    """Manifest sah, mencatat tepat berkas yang ada dengan sha256-nya; kembalikan versinya."""
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    catat = {e["berkas"]: e for e in data["dokumen"]}
    assert sorted(catat) == sorted(NAMA)
    for n, e in catat.items():
        assert e["sha256"] == _sha((folder / n).read_bytes()), f"manifest tidak cocok dengan {n}"
    versi = {e["judul"].split()[0] for e in catat.values()}
    assert len(versi) == 1, f"manifest mencampur versi: {versi}"
    return versi.pop()


def _tanpa_sisa(folder: Path) -> None:
    ada = {p.relative_to(folder).as_posix() for p in folder.rglob("*")}
    assert ada == set(NAMA) | {"manifest.json"}, f"sisa berkas: {sorted(ada - set(NAMA) - {'manifest.json'})}"


class Penghitung:
    """Bungkus os.replace dan os.fsync; mati pada panggilan ke-``mati_pada`` (None: tidak pernah)."""

    def __init__(self, monkeypatch, mati_pada: int | None):
        self.mati_pada = mati_pada
        self.langkah = []
        self.replace_asli, self.fsync_asli = os.replace, os.fsync
        monkeypatch.setattr(os, "replace", self._bungkus("replace", self.replace_asli))
        monkeypatch.setattr(os, "fsync", self._bungkus("fsync", self.fsync_asli))

    def _bungkus(self, nama, asli):
        def f(*a, **k):
            self.langkah.append(nama)
            if self.mati_pada is not None and len(self.langkah) == self.mati_pada:
                raise Mati(f"mati pada langkah {len(self.langkah)} ({nama})")
            return asli(*a, **k)

        return f

    def pulihkan(self, monkeypatch) -> None:
        monkeypatch.setattr(os, "replace", self.replace_asli)
        monkeypatch.setattr(os, "fsync", self.fsync_asli)


def _folder_lama(folder: Path) -> None:
    _transaksi(folder, "lama").simpan()
    assert _versi_berkas(folder) == {n: "lama" for n in NAMA}
    assert _manifest_cocok(folder) == "lama"
    _tanpa_sisa(folder)


def _jumlah_langkah(tmp_path: Path, monkeypatch) -> int:
    folder = tmp_path / "hitung"
    _folder_lama(folder)
    p = Penghitung(monkeypatch, None)
    _transaksi(folder, "baru").simpan()
    p.pulihkan(monkeypatch)
    assert "replace" in p.langkah and "fsync" in p.langkah
    return len(p.langkah)


def test_commit_lengkap_menulis_versi_baru(tmp_path):
    folder = tmp_path / "keluaran"
    _folder_lama(folder)
    entri = _transaksi(folder, "baru").simpan()
    assert {e["berkas"] for e in entri} == set(NAMA)
    assert _versi_berkas(folder) == {n: "baru" for n in NAMA}
    assert _manifest_cocok(folder) == "baru"
    _tanpa_sisa(folder)


def test_mati_di_setiap_langkah_lalu_pulihkan(tmp_path, monkeypatch):
    total = _jumlah_langkah(tmp_path, monkeypatch)
    assert total >= len(NAMA) + 2  # sekurangnya: tiap berkas, manifest, jurnal
    hasil = []
    for n in range(1, total + 1):
        folder = tmp_path / f"mati-{n}"
        _folder_lama(folder)
        p = Penghitung(monkeypatch, n)
        with pytest.raises(Mati):
            _transaksi(folder, "baru").simpan()
        p.pulihkan(monkeypatch)
        replace_sebelum = p.langkah[: n - 1].count("replace")
        # Saat mati: tiap dokumen di tempatnya utuh (lama atau baru), tidak pernah setengah.
        saat_mati = _versi_berkas(folder)
        assert None not in saat_mati.values(), f"langkah {n}: dokumen hilang saat mati"

        tulis.pulihkan(folder)

        akhir = _versi_berkas(folder)
        versi = _manifest_cocok(folder)
        assert set(akhir.values()) == {versi}, f"langkah {n}: campuran versi {akhir}"
        _tanpa_sisa(folder)
        if replace_sebelum == 0:
            # Mati sebelum jurnal terpasang: staging dibuang, berkas lama utuh.
            assert versi == "lama", f"langkah {n}: mati sebelum jurnal, tetapi hasilnya {versi}"
        if "baru" in saat_mati.values():
            # Sebagian dokumen sudah diganti: pemulihan harus menyelesaikannya.
            assert versi == "baru", f"langkah {n}: pemulihan tidak menyelesaikan penggantian"
        hasil.append(versi)
        # Bangun berikutnya berjalan normal di atas folder yang dipulihkan.
        _transaksi(folder, "baru").simpan()
        assert _manifest_cocok(folder) == "baru"
        _tanpa_sisa(folder)
    assert "lama" in hasil and "baru" in hasil, hasil


def test_transaksi_berikutnya_memulihkan_sendiri(tmp_path, monkeypatch):
    """Tanpa memanggil pulihkan(): commit berikutnya menyelesaikan sisa yang tertinggal dulu."""
    total = _jumlah_langkah(tmp_path, monkeypatch)
    folder = tmp_path / "keluaran"
    _folder_lama(folder)
    p = Penghitung(monkeypatch, total - 1)
    with pytest.raises(Mati):
        _transaksi(folder, "baru").simpan()
    p.pulihkan(monkeypatch)
    t = tulis.Transaksi(folder)
    t.tambah("a.docx", _isi("baru", "a.docx"), {"id": "a", "jenis": "lampiran", "judul": "baru a.docx", "sumber": []})
    t.simpan()
    assert _versi_berkas(folder) == {n: "baru" for n in NAMA}
    assert _manifest_cocok(folder) == "baru"
    _tanpa_sisa(folder)


def _tanpa_tembolok(p: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in p.items() if k != ".cache" and not k.startswith(".cache/")}


def test_bangun_sungguhan_mati_di_tengah_penggantian(bangunan, salinan_konten, tmp_path, monkeypatch):
    """bangun() dengan konten yang diubah, mati sesudah sebagian berkas diganti;
    pulihkan() menghasilkan keluaran yang sama dengan bangun bersih konten baru."""
    keluaran = tmp_path / "keluaran"
    shutil.copytree(bangunan.folder, keluaran)
    berkas = salinan_konten / "keputusan.yaml"
    asli = baca_konten_mentah(KONTEN).keputusan["tentang"]
    isi = berkas.read_text(encoding="utf-8")
    assert isi.count(asli) == 1
    berkas.write_text(isi.replace(asli, asli + " (Perubahan)"), encoding="utf-8")

    bersih = tmp_path / "bersih"
    bangun(salinan_konten, bersih, TEMPLAT)
    harap = potret(bersih)
    assert harap != potret(keluaran)

    # Mati pada os.replace keempat: jurnal dan dua dokumen sudah terpasang.
    replace_asli = os.replace
    hitung = {"n": 0}

    def replace(*a, **k):
        hitung["n"] += 1
        if hitung["n"] == 4:
            raise Mati("mati di tengah penggantian")
        return replace_asli(*a, **k)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(Mati):
        bangun(salinan_konten, keluaran, TEMPLAT)
    monkeypatch.setattr(os, "replace", replace_asli)
    tulis.pulihkan(keluaran)
    # The build cache (.cache/) is no output: keluaran's still holds the records
    # of the build before the killed one, which the next build checks anyway.
    assert _tanpa_tembolok(potret(keluaran)) == _tanpa_tembolok(harap)
