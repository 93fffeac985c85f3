"""Cacat kecil LKjIP (issue #9 butir 7) pada salinan contoh yang diubah:
target 0 (tercapai tepat dan terlampaui), kemajuan di atas 100% dan di bawah
nol dibaca wajar, sel Capaian tetap pendek (penjelasannya di kalimat), grafik
target 0 bersumbu terbaca, dan lampiran Perjanjian Kinerja bertanda tangan
dua pihak."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from generator.word.grafik import sumbu_y
from tests.bantu import KONTEN, ganti_teks, jalankan_cli

LKJIP = "lkjip-2022"
TIDAK_DAPAT = "tidak dapat dinyatakan sebagai persentase"


def _ubah_blok(berkas: Path, awal: str, lama: str, baru: str) -> None:
    """Ganti ``lama`` dengan ``baru`` sekali, sesudah baris yang memuat ``awal``."""
    teks = berkas.read_text(encoding="utf-8")
    i = teks.index(awal)
    j = teks.index(lama, i)
    berkas.write_text(teks[:j] + baru + teks[j + len(lama):], encoding="utf-8")


def _konten_uji(tujuan: Path, *, tanpa_pihak_kedua: bool = False) -> Path:
    shutil.copytree(KONTEN, tujuan)
    hukum = tujuan / "unit" / "hukum.yaml"
    # hukum-6: target dan realisasi 0 pada 2021 dan 2022 (grafik serba nol)
    for tahun in ("2021", "2022"):
        _ubah_blok(hukum, "id: hukum-6", f'{tahun}: "3"', f'{tahun}: "0"')
    _ubah_blok(tujuan / "realisasi" / "2021.yaml", "hukum-6:", 'realisasi: "2"', 'realisasi: "0"')
    _ubah_blok(tujuan / "realisasi" / "2022.yaml", "hukum-6:", 'realisasi: "3"', 'realisasi: "0"')
    # hukum-1: makin rendah makin baik, realisasi lebih dari dua kali target akhir: kemajuan di bawah nol
    _ubah_blok(hukum, "id: hukum-1", "arah: naik", "arah: turun")
    _ubah_blok(tujuan / "realisasi" / "2022.yaml", "hukum-1:", 'realisasi: "86"', 'realisasi: "200"')
    # hukum-2: target Perjanjian Kinerja 0 dengan realisasi 84 (lebih baik daripada target)
    pk = tujuan / "pk" / "2022.yaml"
    ganti_teks(pk, "    target:\n", '    target:\n      hukum-2: {nilai: "0", alasan: "uji target nol"}\n')
    # the Rencana Aksi of hukum-6 follows its target of 0
    ganti_teks(pk, 'hukum-6: {tw: ["0", "1", "1", "1"]', 'hukum-6: {tw: ["0", "0", "0", "0"]')
    if tanpa_pihak_kedua:  # the Sekretaris Daerah's PK without its pihak_kedua
        teks = pk.read_text(encoding="utf-8")
        pk.write_text(re.sub(r"(?m)^    pihak_kedua:\n(?:      .*\n)+", "", teks, count=1), encoding="utf-8")
    return tujuan


def _bangun(tmp: Path, **kw) -> Document:
    konten = _konten_uji(tmp / "konten", **kw)
    proses = jalankan_cli("bangun", LKJIP, "--konten", str(konten), "--keluaran", str(tmp / "keluaran"))
    assert proses.returncode == 0, proses.stdout + proses.stderr
    return Document(str(tmp / "keluaran" / f"{LKJIP}.docx"))


@pytest.fixture(scope="module")
def lkjip(tmp_path_factory) -> Document:
    return _bangun(tmp_path_factory.mktemp("lkjip_kalimat"))


def _paragraf(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _kalimat_indikator(doc, nama: str) -> str:
    """The paragraphs under the Heading 4 of indicator ``nama``, up to the next heading."""
    par = doc.paragraphs
    i = next(k for k, p in enumerate(par) if p.style.name == "Heading 4" and p.text.endswith(nama))
    hasil = []
    for p in par[i + 1:]:
        if p.style.name.startswith("Heading"):
            break
        hasil.append(p.text)
    return "\n".join(hasil)


def _sel(doc) -> list[str]:
    return [c.text for t in doc.tables for r in t.rows for c in r.cells]


def test_target_nol_terlampaui_dijelaskan_di_kalimat(lkjip):
    teks = _kalimat_indikator(lkjip, "Tingkat kepuasan layanan penanganan kasus/perkara")
    assert "sebesar 0 dengan realisasi 84: realisasi lebih baik daripada target" in teks, teks
    assert f"Karena targetnya 0, capaian kinerjanya {TIDAK_DAPAT}." in teks, teks


def test_sel_capaian_pendek(lkjip):
    sel = _sel(lkjip)
    assert "tidak dapat dihitung" in sel
    assert not any("sebagai persentase" in s or "target 0" in s for s in sel), [s for s in sel if "persentase" in s]


def test_target_nol_tercapai_tepat(lkjip):
    teks = _kalimat_indikator(lkjip, "Jumlah pelaporan RANHAM")
    assert "Target tahun 2022 sebesar 0 tercapai tepat dengan realisasi 0, sehingga capaian kinerjanya dinyatakan 100,00%" in teks


def test_kemajuan_di_bawah_nol_dan_di_atas_seratus_dibaca_wajar(lkjip):
    semua = "\n".join(_paragraf(lkjip))
    assert not re.search(r"telah mencapai -\d", semua)
    assert not re.search(r"telah mencapai \d{3,},", semua)  # di atas 100%: "melampaui", bukan "mencapai 120%"
    assert re.search(r"realisasi tahun 2022 masih jauh dari target tersebut; capaiannya di bawah nol \(-\d", semua)
    assert "Realisasi tahun 2022 telah melampaui target akhir periode" in semua
    assert "sebesar 85 dengan realisasi 200, jauh dari target, sehingga capaian kinerjanya di bawah nol (-" in semua
    # realisasi 0 terhadap target akhir 15: belum ada kemajuan, bukan "telah mencapai 0,00%"
    assert "realisasi tahun 2022 belum menunjukkan kemajuan (0,00%)" in semua
    assert "telah mencapai 0,00%" not in semua


def test_grafik_target_nol_bersumbu_nol_sampai_satu():
    nol = [Decimal(0), Decimal(0)]
    assert sumbu_y(nol, nol) == (0.0, 1.0)
    assert sumbu_y(nol, [None, None]) == (0.0, 1.0)
    assert sumbu_y(nol, [Decimal(2), Decimal(0)]) is None  # ada nilai: skala otomatis
    assert sumbu_y([Decimal(-2)], [Decimal(1)]) is None


def _blok_pk(doc) -> str:
    return "\n".join(c.text for c in doc.tables[-1].rows[-1].cells)


def test_perjanjian_kinerja_dua_pihak(lkjip):
    blok = _blok_pk(lkjip)
    kedua, pertama = blok.index("PIHAK KEDUA,"), blok.index("PIHAK PERTAMA,")
    assert kedua < pertama  # pihak kedua di kiri
    assert "BUPATI BALANGAN," in blok[kedua:pertama] and "H. ABDUL HADI" in blok[kedua:pertama]
    assert "SEKRETARIS DAERAH KABUPATEN BALANGAN," in blok[pertama:] and "H. SUTIKNO" in blok[pertama:]


def test_perjanjian_kinerja_tanpa_pihak_kedua_memakai_kepala_daerah(tmp_path):
    blok = _blok_pk(_bangun(tmp_path, tanpa_pihak_kedua=True))
    kedua, pertama = blok.index("PIHAK KEDUA,"), blok.index("PIHAK PERTAMA,")
    assert "BUPATI BALANGAN," in blok[kedua:pertama] and "ABDUL HADI" not in blok
