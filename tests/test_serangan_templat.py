"""Templat adalah kode yang tidak dipercaya (issue 14, butir 16): templat yang
diubah pengguna diisi di dalam sandbox Jinja. Tag yang mencoba menjalankan
perintah, memuat templat lain, membagi dengan nol, memanggil makro tanpa
henti, atau membuat teks raksasa berakhir dengan SATU baris berbahasa
Indonesia yang menyebut templat dan teks tag-nya; tidak ada traceback, tidak
ada pesan Jinja berbahasa Inggris saja, keluaran tidak berubah, dan perintahnya
tidak pernah berjalan."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bantu import TEMPLAT, jalankan_cli, potret, templat_dengan


def _satu_baris(p) -> str:
    assert p.returncode == 1, p.stdout + p.stderr
    baris = [b for b in p.stderr.splitlines() if b.strip()]
    assert len(baris) == 1, p.stderr
    assert "Traceback" not in p.stderr and "jinja2" not in p.stderr
    return baris[0]


def test_templat_tidak_dapat_menjalankan_perintah(tmp_path, salinan_keluaran):
    jejak = tmp_path / "dijalankan"
    serangan = "{{ cycler.__init__.__globals__.os.popen('touch " + str(jejak) + "').read() }}"
    templat = templat_dengan(tmp_path / "templat", "keputusan.docx", "{{ tentang }}", serangan)
    sebelum = potret(salinan_keluaran)
    p = jalankan_cli("bangun", "--templat", str(templat), "--keluaran", str(salinan_keluaran))
    baris = _satu_baris(p)
    assert "keputusan.docx: templat tidak dapat diisi di sekitar teks «{{ cycler.__init__" in baris
    assert "atribut '__init__' tidak boleh dipakai di templat" in baris
    assert not jejak.exists(), "perintah di dalam templat dijalankan"
    assert potret(salinan_keluaran) == sebelum


@pytest.mark.parametrize(
    "tag, alasan",
    [
        ("{{ 1/0 }}", "pembagian dengan nol"),
        ("{% include 'lain.docx' %}", "templat tidak boleh memuat templat lain"),
        ("{% extends 'lain.docx' %}", "templat tidak boleh memuat templat lain"),
        ("{% import 'lain.docx' as m %}", "templat tidak boleh memuat templat lain"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "makro memanggil dirinya sendiri tanpa henti"),
        ("{{ 1 + 'a' }}", "jenis nilai tidak cocok untuk operasi ini"),
        ("{{ 'a' * 10**9 }}", "perhitungan terlalu besar"),
        ("{{ 7 ** 12345 }}", "perhitungan terlalu besar"),
        ("{{ range(10**9)|list }}", "angka atau rentang terlalu besar"),
        ("{{ tentang.__class__.__mro__ }}", "atribut '__class__' tidak boleh dipakai"),
    ],
)
def test_galat_saat_templat_diisi_satu_baris(tmp_path, salinan_keluaran, tag, alasan):
    templat = templat_dengan(tmp_path / "templat", "keputusan.docx", "{{ tentang }}", tag)
    sebelum = potret(salinan_keluaran)
    p = jalankan_cli("bangun", "--templat", str(templat), "--keluaran", str(salinan_keluaran))
    baris = _satu_baris(p)
    assert f"keputusan.docx: templat tidak dapat diisi di sekitar teks «{tag}»" in baris, baris
    assert alasan in baris, baris
    for inggris in ("division by zero", "no loader", "unsupported operand", "is unsafe", "maximum recursion"):
        assert inggris not in baris
    assert potret(salinan_keluaran) == sebelum
