"""Pemeriksa tata letak pada PDF yang dibangun tes: contoh Balangan (fixture
``pdf`` bersama) dan konten uji tekanan (tests/stres.py, dibangun sekali di
sini dengan ``naskah bangun --pdf``).

Tiap jenis cacat satu tes, dengan butir issue #9 yang memperbaikinya; tidak
ada yang boleh ditemukan."""

from __future__ import annotations

import pytest

from tests.bantu import jalankan_cli
from tests.stres import buat_konten_stres
from tests.tata_letak import ANGKA_TERBELAH, DAFTAR_ISI, HALAMAN_TTD, KATA_TERPOTONG, periksa_folder, periksa_tata_letak

JENIS = [
    KATA_TERPOTONG,  # issue #9 butir 1: lebar kolom dari isinya (word/tata_tabel, word/tata_kolom)
    HALAMAN_TTD,  # issue #9 butir 3: blok tanda tangan tidak pernah sendirian (word/tanda_tangan)
    ANGKA_TERBELAH,  # issue #9 butir 4: spasi tak-putus (format.tanpa_putus), kolom Rupiah selebar jumlahnya
    DAFTAR_ISI,  # issue #9 butir 5: Daftar Isi bernomor (LibreOffice lewat UNO)
]


def _ringkas(laporan, jenis: str) -> str:
    return "\n".join(f"{l.berkas}: {t}" for l in laporan for t in l.jenis(jenis))


@pytest.fixture(scope="module")
def laporan_contoh(bangunan, pdf):
    return [periksa_tata_letak(path, bangunan.folder / f"{stem}.docx") for stem, path in sorted(pdf.items())]


@pytest.fixture(scope="module")
def laporan_stres(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stres")
    konten = buat_konten_stres(folder / "konten")
    proses = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(folder / "keluaran"), "--pdf")
    assert proses.returncode == 0, proses.stdout + proses.stderr
    laporan = periksa_folder(folder / "keluaran")
    assert laporan, "bangun --pdf tidak menghasilkan PDF"
    return laporan


@pytest.mark.parametrize("jenis", JENIS)
def test_contoh_siap_cetak(laporan_contoh, jenis):
    assert not any(l.jenis(jenis) for l in laporan_contoh), _ringkas(laporan_contoh, jenis)


@pytest.mark.parametrize("jenis", JENIS)
def test_konten_stres_siap_cetak(laporan_stres, jenis):
    assert not any(l.jenis(jenis) for l in laporan_stres), _ringkas(laporan_stres, jenis)
