"""Konsep and final documents, PDFs for signature, and the protection of
final documents (issue 5)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from docx import Document

from tests.bantu import HUKUM, KEP, KONTEN, jadikan_final as _jadikan_final, jalankan_cli, potret, sha256_berkas, ubah_target as _ubah_target
from generator.dasar import format as fmt
from tests.pdfutil import font_pdf, halaman_pdf, meta_pdf, teks_pdf



def _xml(docx: Path, bagian: str) -> str:
    with zipfile.ZipFile(docx) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.fullmatch(bagian, n))


def _teks(docx: Path) -> str:
    """Teks dokumen seperti terbaca: spasi tak-putus sebagai spasi, tanpa tanda hubung lunak."""
    doc = Document(str(docx))
    semua = [p.text for p in doc.paragraphs]
    semua += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(semua).replace("\u00a0", " ").replace("\u00ad", "")


def _bangun(konten: Path, keluaran: Path, *arg: str):
    return jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), *arg, KEP, HUKUM)


# --- konsep -----------------------------------------------------------------


def test_konsep_tanda_air_nomor_tanggal_paraf_sorotan(bangunan):
    """The shipped example is a konsep: KONSEP watermark in every header,
    sequence number and day blank, paraf koordinasi table, and each reading
    marked perlu_konfirmasi highlighted."""
    kep = bangunan.berkas(KEP)
    kepala = _xml(kep, r"word/header\d+\.xml")
    assert kepala.count('string="KONSEP"') >= 2  # default and first-page header
    for lampiran in (bangunan.berkas(HUKUM),):
        assert 'string="KONSEP"' in _xml(lampiran, r"word/header\d+\.xml")
    teks = _teks(kep)
    assert re.search(r"NOMOR :? ?188\.45/\s+/Kum TAHUN 2021", teks)
    assert "pada tanggal Desember 2021" in teks
    assert "Paraf Koordinasi" in teks
    for jabatan in ("Konseptor", "Kasubbag Perundang-undangan", "Kabag Hukum", "Asisten"):
        assert jabatan in teks
    # Every unit, indicator and signer marked perlu_konfirmasi is highlighted
    # once in the decree (the reading by reading check: test_contoh_konfirmasi).
    ditandai = sum(
        len(re.findall(r"^ *perlu_konfirmasi:", p.read_text(encoding="utf-8"), re.M))
        for p in (KONTEN / "unit").glob("*.yaml")
    )
    ditandai += 1  # the Sekda on the decree page
    sorot = _xml(kep, r"word/document\.xml").count('<w:highlight w:val="yellow"/>')
    assert sorot == ditandai


def test_konsep_paksa_untuk_pratinjau(salinan_konten, tmp_path):
    _jadikan_final(salinan_konten)
    keluaran = tmp_path / "k"
    p = _bangun(salinan_konten, keluaran, "--konsep")
    assert p.returncode == 0, p.stderr
    assert (keluaran / f"{KEP}.docx").exists() and not (keluaran / "final").exists()
    assert 'string="KONSEP"' in _xml(keluaran / f"{KEP}.docx", r"word/header\d+\.xml")


# --- final ------------------------------------------------------------------


@pytest.fixture
def final(salinan_konten, tmp_path):
    _jadikan_final(salinan_konten)
    keluaran = tmp_path / "keluaran"
    p = _bangun(salinan_konten, keluaran, "--pdf")
    assert p.returncode == 0, p.stderr
    return salinan_konten, keluaran


def test_final_tanpa_tanda_air_paraf_sorotan(final):
    _, keluaran = final
    kep = keluaran / "final" / f"{KEP}.docx"
    assert "KONSEP" not in _xml(kep, r"word/header\d+\.xml")
    assert '<w:highlight' not in _xml(kep, r"word/document\.xml")
    teks = _teks(kep)
    assert "Paraf Koordinasi" not in teks
    assert re.search(r"NOMOR :? ?188\.45/45/Kum TAHUN 2021", teks)
    assert "pada tanggal 20 Desember 2021" in teks


def test_final_hanya_baca_dan_tercatat(final):
    _, keluaran = final
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    for did in (KEP, HUKUM):
        e = next(x for x in manifest["dokumen"] if x["id"] == did)
        assert e["status"] == "final" and e["berkas"] == f"final/{did}.docx" and e["pdf"] == f"final/{did}.pdf"
        for berkas in (e["berkas"], e["pdf"]):
            mode = (keluaran / berkas).stat().st_mode
            assert not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), berkas
        assert e["sha256"] == sha256_berkas(keluaran / e["berkas"])
        assert e["pdf_sha256"] == sha256_berkas(keluaran / e["pdf"])


def test_pdf_final_pdfa_f4_font_tertanam(final):
    _, keluaran = final
    pdf = keluaran / "final" / f"{KEP}.pdf"
    halaman = halaman_pdf(pdf)
    assert len(halaman) > 0
    assert abs(halaman[0][0] - 215) < 1 and abs(halaman[0][1] - 330) < 1
    assert abs(halaman[-1][0] - 330) < 1 and abs(halaman[-1][1] - 215) < 1
    font = font_pdf(pdf)
    assert font and all(f["emb"] for f in font)
    assert any("Bookman" in f["name"] for f in font)
    assert not any(re.search(r"Sans|DejaVu", f["name"]) for f in font)
    meta = meta_pdf(pdf)
    assert re.search(r"pdfaid:part>\s*2", meta) and re.search(r"pdfaid:conformance>\s*B", meta)


def test_pdf_konsep_bukan_pdfa_dan_bertanda_air(salinan_konten, tmp_path):
    keluaran = tmp_path / "k"
    p = _bangun(salinan_konten, keluaran, "--pdf")
    assert p.returncode == 0, p.stderr
    pdf = keluaran / f"{KEP}.pdf"
    assert len(halaman_pdf(pdf)) > 2
    assert "pdfaid" not in meta_pdf(pdf)
    assert all(f["emb"] for f in font_pdf(pdf))


def test_final_tidak_ditimpa_tanpa_izin(final):
    konten, keluaran = final
    sebelum = potret(keluaran)
    # Same content: nothing to do, nothing rewritten.
    p = _bangun(konten, keluaran)
    assert p.returncode == 0 and "tidak berubah" in p.stdout
    assert potret(keluaran) == sebelum
    # Changed content: refused, nothing touched.
    _ubah_target(konten)
    p = _bangun(konten, keluaran)
    assert p.returncode == 1
    assert "dokumen final sudah ada" in p.stderr and "--ganti-final" in p.stderr
    assert potret(keluaran) == sebelum


def test_ganti_final_mengarsipkan_dulu(final):
    konten, keluaran = final
    manifest_lama = {e["id"]: e for e in json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))["dokumen"]}
    isi_lama = {did: (keluaran / "final" / f"{did}.docx").read_bytes() for did in (KEP, HUKUM)}
    pdf_lama = {did: (keluaran / "final" / f"{did}.pdf").read_bytes() for did in (KEP, HUKUM)}
    _ubah_target(konten)
    p = _bangun(konten, keluaran, "--ganti-final")
    assert p.returncode == 0, p.stderr
    arsip = keluaran / "final" / "arsip"
    for did in (KEP, HUKUM):
        sha = manifest_lama[did]["sha256"]
        docx = list(arsip.glob(f"{did}-*-{sha[:12]}.docx"))
        assert len(docx) == 1 and docx[0].read_bytes() == isi_lama[did]
        assert re.fullmatch(rf"{re.escape(did)}-\d{{8}}-\d{{6}}-{sha[:12]}\.docx", docx[0].name)
        assert docx[0].with_suffix(".pdf").read_bytes() == pdf_lama[did]
        assert json.loads(docx[0].with_suffix(".json").read_text(encoding="utf-8")) == manifest_lama[did]
        baru = (keluaran / "final" / f"{did}.docx").read_bytes()
        assert baru != isi_lama[did]
        # The replaced final gets a fresh PDF too, never a stale one beside it.
        assert (keluaran / "final" / f"{did}.pdf").read_bytes() != pdf_lama[did]
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    for e in manifest["dokumen"]:
        assert e["sha256"] == sha256_berkas(keluaran / e["berkas"])


def test_final_wajib_nomor_dan_tanggal_lengkap(salinan_konten):
    berkas = salinan_konten / "keputusan.yaml"
    isi = berkas.read_text(encoding="utf-8").replace("status: konsep", "status: final")
    isi = isi.replace("urut: 45", "urut: null")
    berkas.write_text(isi, encoding="utf-8")
    p = jalankan_cli("periksa", "--konten", str(salinan_konten))
    assert p.returncode == 1
    assert re.search(r"keputusan\.yaml:\d+:\d+: nomor\.urut: keputusan berstatus final wajib memiliki nomor urut", p.stdout)
    assert re.search(r"keputusan\.yaml:\d+:\d+: ditetapkan\.tanggal: keputusan berstatus final wajib bertanggal lengkap", p.stdout)


# --- Hijri date -----------------------------------------------------------------


@pytest.mark.parametrize(
    "tanggal, harap",
    [
        ((2021, 12, 20), "16 Jumadil Awal 1443 H"),
        ((2023, 3, 23), "1 Ramadan 1444 H"),
        ((2024, 4, 10), "1 Syawal 1445 H"),
        ((2023, 7, 19), "1 Muharram 1445 H"),
    ],
)
def test_tanggal_hijriah(tanggal, harap):
    import datetime as dt

    assert fmt.tanggal_hijriah(dt.date(*tanggal)) == harap


def test_tanggal_hijriah_di_keputusan_bila_diatur(salinan_konten, tmp_path):
    _jadikan_final(salinan_konten)
    ins = salinan_konten / "instansi.yaml"
    isi = ins.read_text(encoding="utf-8")
    assert "pengaturan:" in isi
    ins.write_text(isi.replace("pengaturan:", "pengaturan:\n  tanggal_hijriah: ya", 1), encoding="utf-8")
    keluaran = tmp_path / "k"
    p = _bangun(salinan_konten, keluaran)
    assert p.returncode == 0, p.stderr
    assert "pada tanggal 20 Desember 2021 M / 16 Jumadil Awal 1443 H" in _teks(keluaran / "final" / f"{KEP}.docx")


def test_pdf_tanpa_libreoffice_galat_jelas(salinan_konten, salinan_keluaran):
    """`bangun --pdf` where LibreOffice cannot be found: one Indonesian line,
    exit 1, and keluaran/ untouched (PDFs are made before anything is written)."""
    sebelum = potret(salinan_keluaran)
    p = jalankan_cli(
        "bangun", "--konten", str(salinan_konten), "--keluaran", str(salinan_keluaran), "--pdf",
        env={"NASKAH_SOFFICE": str(salinan_konten / "tidak-ada" / "soffice")},
    )
    assert p.returncode == 1
    assert "LibreOffice" in p.stderr and "Traceback" not in p.stderr
    assert potret(salinan_keluaran) == sebelum
