"""Satuan indikator tampak (issue #9 butir 6): dengan pengaturan bawaan
(``satuan`` tidak ditulis) salinan contoh mencetak kolom Satuan di tabel IKU
setiap Lampiran dan di tabel LKjIP; ``setelah_indikator`` menaruhnya di
belakang nama indikator kecuali targetnya sudah bersatuan; ``tidak`` (pilihan
contoh Balangan untuk Lampiran, karena naskah sumbernya tanpa kolom Satuan)
tidak mencetaknya."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from generator.dasar.nilai import parse_nilai
from tests.bantu import KONTEN, baca_konten_mentah, jalankan_cli
from tests.docxbaca import baca_docx, normal, tabel_iku

_KONTEN = baca_konten_mentah(KONTEN)
LAMPIRAN = list(_KONTEN.keputusan.get("lampiran") or [])
LUNAK = "\u00ad"


def _pengaturan_satuan(konten: Path, isi: str | None) -> None:
    """Ganti baris ``satuan:`` pengaturan instansi.yaml dengan ``isi`` (None: hapus)."""
    berkas = konten / "instansi.yaml"
    teks = re.sub(r"(?m)^  satuan:.*\n", "", berkas.read_text(encoding="utf-8"))
    if isi is not None:
        teks = teks.rstrip("\n") + f"\n  satuan: {isi}\n"
    berkas.write_text(teks, encoding="utf-8")


def _bangun(tmp_path: Path, isi: str | None) -> Path:
    konten, keluaran = tmp_path / "konten", tmp_path / "keluaran"
    shutil.copytree(KONTEN, konten)
    _pengaturan_satuan(konten, isi)
    proses = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran))
    assert proses.returncode == 0, proses.stdout + proses.stderr
    return keluaran


@pytest.fixture(scope="module")
def bawaan(tmp_path_factory) -> Path:
    return _bangun(tmp_path_factory.mktemp("satuan_bawaan"), None)


@pytest.fixture(scope="module")
def setelah(tmp_path_factory) -> Path:
    return _bangun(tmp_path_factory.mktemp("satuan_setelah"), "{lampiran: setelah_indikator, lkjip: setelah_indikator}")


def _kolom_satuan(kepala: list[str]) -> int | None:
    idx = [i for i, k in enumerate(kepala) if k.replace(LUNAK, "").replace("-", "") == "Satuan"]
    return idx[0] if idx else None


def _baris_indikator(bagian, ind: dict) -> list[str]:
    nama = normal(ind["nama"])
    for t in tabel_iku(bagian):
        for baris in t.isi:
            if any(nama in sel for sel in baris):
                return baris
    raise AssertionError(f"{ind['id']}: baris indikator tidak ditemukan")


def test_contoh_memilih_tidak_mencetak_satuan_di_lampiran():
    teks = (KONTEN / "instansi.yaml").read_text(encoding="utf-8")
    assert re.search(r"(?m)^  satuan: \{lampiran: tidak\}$", teks)


@pytest.mark.parametrize("uid", LAMPIRAN)
def test_bawaan_kolom_satuan_di_lampiran(bawaan, uid):
    bagian = baca_docx(bawaan / f"{_KONTEN.keputusan['id']}-lampiran-{uid}.docx").bagian[0]
    for t in tabel_iku(bagian):
        assert _kolom_satuan(t.kepala) is not None, f"{uid}: tidak ada kolom Satuan: {t.kepala}"
    for ind in _KONTEN.indikator(uid):
        baris = _baris_indikator(bagian, ind)
        kolom = _kolom_satuan(tabel_iku(bagian)[0].kepala)
        assert baris[kolom] == normal(ind["satuan"]), (ind["id"], baris)


def test_bawaan_kolom_satuan_di_lkjip(bawaan):
    doc = Document(str(bawaan / "lkjip-2022.docx"))
    kepala = [[c.text.replace(LUNAK, "") for c in t.rows[0].cells] for t in doc.tables]
    # tabel IKU, Perjanjian Kinerja (Bab II dan lampiran) dan capaian
    assert sum("Satuan" in k for k in kepala) == 4, kepala


@pytest.mark.parametrize("uid", LAMPIRAN)
def test_setelah_indikator_di_lampiran(setelah, uid):
    bagian = baca_docx(setelah / f"{_KONTEN.keputusan['id']}-lampiran-{uid}.docx").bagian[0]
    for t in tabel_iku(bagian):
        assert _kolom_satuan(t.kepala) is None, t.kepala
    teks = bagian.teks
    for ind in _KONTEN.indikator(uid):
        bersatuan = all(parse_nilai(str(v)).satuan for v in ind["target"].values())
        dengan = f"{normal(ind['nama'])} ({normal(ind['satuan'])})"
        assert (dengan in teks) != bersatuan, (ind["id"], dengan)


def test_setelah_indikator_di_lkjip(setelah):
    doc = Document(str(setelah / "lkjip-2022.docx"))
    kepala = [[c.text.replace(LUNAK, "") for c in t.rows[0].cells] for t in doc.tables]
    assert not any("Satuan" in k for k in kepala), kepala
    teks = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Nilai SAKIP (nilai)" in teks
