"""The decree printed as its source printed it (example settings) versus the
standard form (the defaults): tanda_baca, nomor_titik_dua, kepala_lampiran."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bantu import ganti_teks, jalankan_cli
from tests.docxbaca import baca_docx

PENGATURAN_SUMBER = ("  tanda_baca: seperti_tertulis\n", "  nomor_titik_dua: ya\n", "  kepala_lampiran: bersama\n")
UNIT = ["sekretariat", "hukum", "kesra", "pemerintahan", "adbang", "perekonomian", "pbj", "prokopim"]
ROMAWI = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def _bangun(konten: Path, keluaran: Path) -> Path:
    hasil = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran))
    assert hasil.returncode == 0, hasil.stderr
    return keluaran


@pytest.fixture(scope="module")
def baku(tmp_path_factory) -> Path:
    """The example with the three settings removed: the standard form."""
    import shutil

    from tests.bantu import KONTEN

    akar = tmp_path_factory.mktemp("baku")
    konten = akar / "konten"
    shutil.copytree(KONTEN, konten)
    for baris in PENGATURAN_SUMBER:
        ganti_teks(konten / "instansi.yaml", baris, "")
    return _bangun(konten, akar / "keluaran")


def _judul(keluaran: Path) -> list[str]:
    return [p for p in baca_docx(keluaran / "keputusan-iku.docx").bagian[0].paragraf if p]


def _pejabat(judul: list[str]) -> str:
    """The office line above Menimbang: two lines after TENTANG."""
    return judul[judul.index("TENTANG") + 2]


def _menetapkan(keluaran: Path) -> str:
    teks = baca_docx(keluaran / "keputusan-iku.docx").bagian[0].teks
    return re.search(r"(?m)^Menetapkan\n:\n(.*)$", teks).group(1)


def test_contoh_mencetak_tanda_baca_sumber(bangunan):
    """The seed: 'NOMOR : 188.45/ 45/Kum TAHUN 2021', the office without a
    comma, 'MEMUTUSKAN' without a colon, Menetapkan as written, no full stop."""
    judul = _judul(bangunan.folder)
    assert any(re.fullmatch(r"NOMOR : 188\.45/\s*/Kum TAHUN 2021", p) for p in judul), judul
    assert _pejabat(judul) == "SEKRETARIS DAERAH KABUPATEN BALANGAN"
    assert "MEMUTUSKAN" in judul and "MEMUTUSKAN:" not in judul
    assert _menetapkan(bangunan.folder) == (
        "Keputusan Sekretaris Daerah tentang Indikator Kinerja Utama Sekretariat Daerah Kabupaten Balangan Tahun 2021-2026"
    )


def test_bawaan_memakai_bentuk_baku(baku):
    judul = _judul(baku)
    assert any(re.fullmatch(r"NOMOR 188\.45/\s*/Kum TAHUN 2021", p) for p in judul), judul
    assert _pejabat(judul) == "SEKRETARIS DAERAH KABUPATEN BALANGAN,"
    assert "MEMUTUSKAN:" in judul
    assert _menetapkan(baku) == (
        "KEPUTUSAN SEKRETARIS DAERAH TENTANG INDIKATOR KINERJA UTAMA SEKRETARIAT DAERAH KABUPATEN BALANGAN TAHUN 2021-2026."
    )


def _pembuka(keluaran: Path, uid: str) -> str:
    return next(p for p in baca_docx(keluaran / f"keputusan-iku-lampiran-{uid}.docx").bagian[0].paragraf if p)


def test_contoh_satu_kepala_lampiran(bangunan):
    """kepala_lampiran: bersama: 'LAMPIRAN' with NOMOR/TANGGAL/TENTANG on the
    first annex only, in the standalone files and in the joined decree."""
    assert _pembuka(bangunan.folder, UNIT[0]) == "LAMPIRAN"
    for uid in UNIT[1:]:
        assert re.fullmatch(r"INDIKATOR KINERJA UTAMA \(IKU\) TAHUN 20\d\d-2026", _pembuka(bangunan.folder, uid)), uid
    bagian = baca_docx(bangunan.folder / "keputusan-iku.docx").bagian
    kepala = [b for b in bagian[1:] if re.search(r"(?m)^LAMPIRAN", b.teks)]
    assert len(kepala) == 1 and re.search(r"(?m)^NOMOR\n:\n188\.45/", kepala[0].teks)


def test_bawaan_kepala_setiap_lampiran(baku):
    for uid, romawi in zip(UNIT, ROMAWI):
        assert _pembuka(baku, uid) == f"LAMPIRAN {romawi}", uid
