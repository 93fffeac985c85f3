"""The Perjanjian Kinerja on paper (issue 11): PDFs by real LibreOffice,
both signers on the last page of the pernyataan and of the annex, the
layout checker of the print-ready issue, a long annex over several pages,
and the konsep/final cycle of the decree (watermark, blank day, finals
protected under keluaran/final, PDF/A through the same LibreOffice run)."""

from __future__ import annotations

import json
import re
import stat
import zipfile
from pathlib import Path

import pytest

from tests.bantu import KONTEN, ganti_teks, jalankan_cli, potret, sha256_berkas
from tests.bantu_pk import baca_yaml, indikator_unit, nama_cetak, unit_konten
from tests.halaman_pdf import baca_halaman
from tests.pdfutil import font_pdf, halaman_pdf, meta_pdf
from tests.stres import UNIT_EMPAT_PULUH, buat_konten_stres
from tests.tata_letak import periksa_tata_letak

PK = baca_yaml(KONTEN / "pk" / "2022.yaml")
UNIT = unit_konten()
HUKUM = "pk-2022-hukum"


def _normal(teks: str) -> str:
    return re.sub(r"\s+", " ", teks.replace("\u00ad", "")).strip()


def _isi(halaman) -> str:
    return _normal(" ".join(halaman.baris_isi))


def _pihak(uid: str) -> tuple[dict, dict]:
    isi = PK["unit"][uid] or {}
    pertama = isi.get("pihak_pertama") or UNIT[uid]["penandatangan"]
    kedua = isi.get("pihak_kedua") or UNIT["sekretariat"]["penandatangan"]
    return pertama, kedua


def _dua_penanda(teks: str, pertama: dict, kedua: dict) -> None:
    """Both signature blocks on one page: PIHAK KEDUA before PIHAK PERTAMA,
    each office and each known name."""
    assert "PIHAK KEDUA," in teks and "PIHAK PERTAMA," in teks, teks[-600:]
    for ttd in (pertama, kedua):
        if ttd.get("nama"):
            assert _normal(nama_cetak(ttd)) in teks, (nama_cetak(ttd), teks[-600:])
        if ttd.get("nip"):
            assert f"NIP {ttd['nip']}" in teks


@pytest.fixture(scope="module")
def pdf_pk(pdf) -> dict[str, Path]:
    return {uid: pdf[f"pk-2022-{uid}"] for uid in PK["unit"]}


@pytest.mark.parametrize("uid", list(PK["unit"]))
def test_pernyataan_dan_lampiran_masing_masing_ditandatangani_dua_pihak(pdf_pk, uid):
    """Page 1, the pernyataan, ends with both signatures; the annex starts
    on a new page and its last page carries both signatures again."""
    halaman = baca_halaman(pdf_pk[uid])
    assert len(halaman) == 2
    pertama, kedua = _pihak(uid)
    satu, akhir = _isi(halaman[0]), _isi(halaman[-1])
    assert satu.startswith("PEMERINTAH KABUPATEN BALANGAN") and "PERJANJIAN KINERJA TAHUN 2022" in satu
    assert "Dalam rangka mewujudkan manajemen pemerintahan" in satu and "Indikator Kinerja" not in satu
    _dua_penanda(satu[satu.index("PIHAK KEDUA akan melakukan supervisi"):], pertama, kedua)
    assert akhir.startswith("PERJANJIAN KINERJA TAHUN 2022")
    _dua_penanda(akhir[akhir.rindex("Paringin,") - 200:], pertama, kedua)


def test_pdf_f4_huruf_tertanam(pdf_pk):
    pdf = pdf_pk["hukum"]
    assert all(abs(w - 215) < 1 and abs(h - 330) < 1 for w, h in halaman_pdf(pdf))
    font = font_pdf(pdf)
    assert font and all(f["emb"] for f in font) and any("Bookman" in f["name"] for f in font)


@pytest.mark.parametrize("uid", list(PK["unit"]))
def test_tata_letak_pk_siap_cetak(bangunan, pdf_pk, uid):
    """No broken word, no page of signatures alone, no amount, NIP or date split."""
    laporan = periksa_tata_letak(pdf_pk[uid], bangunan.berkas(f"pk-2022-{uid}"))
    assert laporan.temuan == [], str(laporan)


# --- a long annex ----------------------------------------------------------------


@pytest.fixture(scope="module")
def stres(tmp_path_factory) -> tuple[Path, Path]:
    """The stress content's PK of the unit with 40 indicators, with its PDF."""
    folder = tmp_path_factory.mktemp("pk_stres")
    konten = buat_konten_stres(folder / "konten")
    keluaran = folder / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--pdf",
                     f"pk-2022-{UNIT_EMPAT_PULUH}", "pk-2022-sekretariat")
    assert p.returncode == 0, p.stdout + p.stderr
    return konten, keluaran


def test_lampiran_panjang_ditutup_tanda_tangan_bersama_baris_terakhirnya(stres):
    konten, keluaran = stres
    pdf = keluaran / f"pk-2022-{UNIT_EMPAT_PULUH}.pdf"
    halaman = baca_halaman(pdf)
    assert len(halaman) >= 3  # the pernyataan, and an annex of 40 indicators over two pages or more
    unit = baca_yaml(konten / "unit" / f"{UNIT_EMPAT_PULUH}.yaml")
    akhir = _isi(halaman[-1])
    terakhir = indikator_unit(unit)[-1]["nama"]
    assert _normal(terakhir)[-25:] in akhir  # the last indicator row stays with the signatures
    pertama = unit["penandatangan"]
    _dua_penanda(akhir, pertama, baca_yaml(konten / "unit" / "sekretariat.yaml")["penandatangan"])
    laporan = periksa_tata_letak(pdf, keluaran / f"pk-2022-{UNIT_EMPAT_PULUH}.docx")
    assert laporan.temuan == [], str(laporan)


def test_jumlah_lima_belas_angka_terbilang(stres):
    """The head's PK sums every unit: 450.000.000.000.000 + 11.725.000.000."""
    _, keluaran = stres
    teks = _normal(" ".join(" ".join(h.baris_isi) for h in baca_halaman(keluaran / "pk-2022-sekretariat.pdf")))
    assert ("Jumlah anggaran: Rp450.011.725.000.000,00 (empat ratus lima puluh triliun sebelas miliar tujuh ratus "
            "dua puluh lima juta rupiah)") in teks


# --- konsep and final ---------------------------------------------------------------


def _xml(docx: Path, bagian: str) -> str:
    with zipfile.ZipFile(docx) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.fullmatch(bagian, n))


def _final(konten: Path) -> None:
    pk = konten / "pk" / "2022.yaml"
    ganti_teks(pk, "status: konsep", "status: final")


@pytest.fixture
def final(salinan_konten, tmp_path):
    _final(salinan_konten)
    keluaran = tmp_path / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(keluaran), "--pdf", HUKUM)
    assert p.returncode == 0, p.stdout + p.stderr
    return salinan_konten, keluaran


def test_final_dilindungi_tanpa_tanda_air_bertanggal_lengkap(final):
    _, keluaran = final
    docx = keluaran / "final" / f"{HUKUM}.docx"
    assert docx.exists() and not (keluaran / f"{HUKUM}.docx").exists()
    assert "KONSEP" not in _xml(docx, r"word/header\d+\.xml")
    assert "<w:highlight" not in _xml(docx, r"word/document\.xml")
    assert "Paringin, 3\u00a0Januari\u00a02022" in _xml(docx, r"word/document\.xml")
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    e = next(x for x in manifest["dokumen"] if x["id"] == HUKUM)
    assert e["jenis"] == "perjanjian_kinerja" and e["status"] == "final"
    assert e["berkas"] == f"final/{HUKUM}.docx" and e["pdf"] == f"final/{HUKUM}.pdf"
    for berkas in (e["berkas"], e["pdf"]):
        assert not (keluaran / berkas).stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), berkas
    assert e["sha256"] == sha256_berkas(keluaran / e["berkas"])
    meta = meta_pdf(keluaran / e["pdf"])
    assert re.search(r"pdfaid:part>\s*2", meta) and re.search(r"pdfaid:conformance>\s*B", meta)


def test_final_tidak_ditimpa_tanpa_izin_lalu_diarsipkan(final):
    konten, keluaran = final
    sebelum = potret(keluaran)
    ganti_teks(konten / "pk" / "2022.yaml", "pagu: 1125000000", "pagu: 1150000000")
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), HUKUM)
    assert p.returncode == 1 and "dokumen final sudah ada" in p.stderr and "--ganti-final" in p.stderr
    assert potret(keluaran) == sebelum
    lama = (keluaran / "final" / f"{HUKUM}.docx").read_bytes()
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran), "--ganti-final", HUKUM)
    assert p.returncode == 0, p.stderr
    arsip = list((keluaran / "final" / "arsip").glob(f"{HUKUM}-*.docx"))
    assert len(arsip) == 1 and arsip[0].read_bytes() == lama
    assert "Rp1.150.000.000,00" in _xml(keluaran / "final" / f"{HUKUM}.docx", r"word/document\.xml")


def test_status_per_unit_dan_konsep_paksa(salinan_konten, tmp_path):
    """A unit's own status overrides the file's; --konsep previews everything."""
    _final(salinan_konten)
    ganti_teks(salinan_konten / "pk" / "2022.yaml", "  kesra: {}", "  kesra: {status: konsep}")
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(keluaran), HUKUM, "pk-2022-kesra")
    assert p.returncode == 0, p.stderr
    assert (keluaran / "final" / f"{HUKUM}.docx").exists() and (keluaran / "pk-2022-kesra.docx").exists()
    assert 'string="KONSEP"' in _xml(keluaran / "pk-2022-kesra.docx", r"word/header\d+\.xml")
    pratinjau = tmp_path / "pratinjau"
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(pratinjau), "--konsep", HUKUM)
    assert p.returncode == 0 and not (pratinjau / "final").exists()
    assert 'string="KONSEP"' in _xml(pratinjau / f"{HUKUM}.docx", r"word/header\d+\.xml")


def test_naskah_daftar_menyebut_pk(salinan_konten):
    p = jalankan_cli("daftar", "--konten", str(salinan_konten), "--format", "json")
    assert p.returncode == 0, p.stderr
    daftar = {d["id"]: d for d in json.loads(p.stdout)["dokumen"]}
    for uid in PK["unit"]:
        d = daftar[f"pk-2022-{uid}"]
        assert d["jenis"] == "perjanjian_kinerja" and d["status"] == "konsep"
