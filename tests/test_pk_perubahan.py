"""PK Perubahan and what reads the PK (issue 11): the LKjIP measures against
the latest PK of the year and says so in Bab II; the target and budget
functions; naskah beda and --lacak on a PK change; the PIHAK KESATU
setting; the Pemda's one-signer PK; amounts in words written by hand."""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from generator.dasar import format as fmt
from generator.dasar.nilai import parse_nilai
from generator.hitung.perjanjian import anggaran_tahun, pk_berlaku, target_tahun
from generator.periksa import muat_valid
from tests.bantu import KONTEN, TEMPLAT, ganti_teks, jalankan_cli
from tests.bantu_pk import PERUBAHAN, baca_pk, baca_yaml, blok_ttd, indikator_unit
from tests.docxbaca import normal


def _nama(uid: str, iid: str) -> str:
    return next(i["nama"] for i in indikator_unit(baca_yaml(KONTEN / "unit" / f"{uid}.yaml")) if i["id"] == iid)


@pytest.fixture(scope="module")
def perubahan(tmp_path_factory) -> tuple[Path, Path]:
    """The example with a PK Perubahan ke-1 of Bagian Hukum, built (the LKjIP and the PKs of hukum)."""
    import shutil

    akar = tmp_path_factory.mktemp("pk_perubahan")
    konten = akar / "konten"
    shutil.copytree(KONTEN, konten)
    (konten / "pk" / "2022-perubahan-1.yaml").write_text(PERUBAHAN, encoding="utf-8")
    keluaran = akar / "keluaran"
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(keluaran),
                     "lkjip-2022", "pk-2022-hukum", "pk-2022-hukum-perubahan-1", "pk-2022-sekretariat")
    assert p.returncode == 0, p.stdout + p.stderr
    return konten, keluaran


def test_fungsi_target_dan_anggaran_memakai_pk_terakhir(perubahan):
    konten = muat_valid(perubahan[0])
    pk = pk_berlaku(konten, 2022)
    assert (pk.tahun, pk.perubahan) == (2022, 1)
    ind = {i.id: i for _, i in konten.semua_indikator()}
    assert target_tahun(konten, ind["hukum-2"], 2022).tampil() == "80"  # the PK Perubahan's own
    assert target_tahun(konten, ind["hukum-1"], 2022).tampil() == "84"  # superseded: the IKU's again
    assert target_tahun(konten, ind["pemerintahan-1"], 2022).teks == "100%"  # a unit the Perubahan leaves: PK 2022
    assert target_tahun(konten, ind["hukum-2"], 2023).tampil() == "83"  # no PK that year: the IKU
    hukum = anggaran_tahun(konten, 2022, "hukum")
    assert [(k.id, k.pagu, k.realisasi) for p in hukum for k in p.kegiatan] == [
        ("hukum-k1", Decimal(1300000000), Decimal(1047630000))]
    semua = anggaran_tahun(konten, 2022)
    assert sum(k.pagu for p in semua for k in p.kegiatan) == Decimal(12075000000 - 1125000000 + 1300000000)
    assert pk_berlaku(konten, 2023) is None


def test_pk_perubahan_berjudul_dan_bertarget_sendiri(perubahan):
    _, keluaran = perubahan
    d = baca_pk(keluaran / "pk-2022-hukum-perubahan-1.docx")
    assert d.paragraf.count("PERJANJIAN KINERJA PERUBAHAN TAHUN 2022") == 2  # the pernyataan and the annex
    target = {b[2]: b[3] for b in d.baris_sasaran()}
    assert target[_nama("hukum", "hukum-2")] == "80 indeks"
    assert target[_nama("hukum", "hukum-1")] == "84 indeks"  # PK 2022's own target not carried over
    assert "Jumlah anggaran: Rp1.300.000.000,00 (satu miliar tiga ratus juta rupiah)" in d.paragraf
    assert "Paringin, Juli 2022" in blok_ttd(d.tabel[1])  # konsep: day blank
    assert d.baris_rencana_aksi() == []  # the Perubahan states no Rencana Aksi
    # the PK it supersedes is still built as it was
    awal = baca_pk(keluaran / "pk-2022-hukum.docx")
    assert {b[2]: b[3] for b in awal.baris_sasaran()}[_nama("hukum", "hukum-1")] == "85 indeks"


def test_pk_kepala_sebelum_perubahan_tetap(perubahan):
    """The head's PK of PK 2022 sums the budget as it stood then."""
    d = baca_pk(perubahan[1] / "pk-2022-sekretariat.docx")
    assert "Jumlah anggaran: Rp12.075.000.000,00 (dua belas miliar tujuh puluh lima juta rupiah)" in d.paragraf


def test_lkjip_mengukur_terhadap_pk_perubahan(perubahan):
    _, keluaran = perubahan
    doc = Document(str(keluaran / "lkjip-2022.docx"))
    paragraf = [normal(p.text) for p in doc.paragraphs]
    kalimat = next(p for p in paragraf if p.startswith("Capaian kinerja tahun 2022 diukur terhadap"))
    assert kalimat == (
        "Capaian kinerja tahun 2022 diukur terhadap Perjanjian Kinerja Tahun 2022 yang ditandatangani pada "
        "3 Januari 2022 (untuk Sekretariat Daerah dan Bagian Pemerintahan) dan Perjanjian Kinerja Perubahan ke-1 "
        "Tahun 2022 yang ditandatangani pada 1 Juli 2022 (untuk Bagian Hukum). Perjanjian Kinerja tersebut memuat "
        f"target yang sama dengan target IKU tahun 2022, kecuali indikator {_nama('hukum', 'hukum-2')} yang "
        "targetnya disesuaikan."
    )
    baris = [[normal(c.text) for c in r.cells] for t in doc.tables for r in t.rows]
    capaian = {b[1]: b for b in baris if len(b) == 7}
    b2 = capaian[_nama("hukum", "hukum-2")]
    assert b2[3] == "80" and b2[5] == fmt.persen(Decimal(84) / Decimal(80) * 100, desimal=2)  # realisasi 84
    assert capaian[_nama("hukum", "hukum-1")][3] == "84"
    hukum = next(b for b in baris if "Fasilitasi dan Koordinasi Hukum" in b)
    assert hukum[2:4] == ["Rp1.300.000.000,00", "Rp1.047.630.000,00"]


def test_lkjip_satu_pk_perubahan_untuk_semua_unit(tmp_path, salinan_konten):
    teks = (salinan_konten / "pk" / "2022.yaml").read_text(encoding="utf-8")
    teks = teks.replace("perubahan: 0", "perubahan: 1").replace("  tanggal: 3 Januari 2022", "  tanggal: 1 Juli 2022")
    (salinan_konten / "pk" / "2022-perubahan-1.yaml").write_text(teks, encoding="utf-8")
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(tmp_path / "k"), "lkjip-2022")
    assert p.returncode == 0, p.stderr
    paragraf = [normal(x.text) for x in Document(str(tmp_path / "k" / "lkjip-2022.docx")).paragraphs]
    assert any(x.startswith("Capaian kinerja tahun 2022 diukur terhadap Perjanjian Kinerja Perubahan ke-1 Tahun 2022 "
                            "yang ditandatangani pada 1 Juli 2022. Perjanjian Kinerja tersebut") for x in paragraf)


# --- naskah beda ------------------------------------------------------------------


@pytest.fixture(scope="module")
def beda(tmp_path_factory):
    """Two content folders: the example and a PK change (a pagu, a target of
    the PK's own, a second party written, a kegiatan added)."""
    import shutil

    akar = tmp_path_factory.mktemp("pk_beda")
    lama, baru = akar / "lama", akar / "baru"
    shutil.copytree(KONTEN, lama)
    shutil.copytree(KONTEN, baru)
    pk = baru / "pk" / "2022.yaml"
    ganti_teks(pk, "pagu: 1125000000", "pagu: 1150000000")
    ganti_teks(pk, "    target:\n", '    target:\n      hukum-2: {nilai: "85", alasan: "uji"}\n')
    ganti_teks(pk, "  kesra: {}", "  kesra:\n    pihak_kedua:\n      jabatan: Asisten Pemerintahan dan Kesra\n"
               "    anggaran:\n      - nama: Program Pemerintahan dan Kesejahteraan Rakyat\n        kegiatan:\n"
               "          - id: kesra-k1\n            nama: Pelaksanaan Kebijakan Kesejahteraan Rakyat\n"
               "            pagu: 410000000\n")
    keluaran = akar / "k"
    p = jalankan_cli("beda", str(lama), str(baru), "--keluaran", str(keluaran), "--templat", str(TEMPLAT), "--lacak")
    assert p.returncode == 0, p.stdout + p.stderr
    return p, keluaran


def test_beda_melaporkan_perubahan_pk(beda):
    proses, _ = beda
    baris = [b.strip() for b in proses.stdout.splitlines()]
    i = baris.index("Perjanjian Kinerja 2022 Bagian Hukum (pk-2022-hukum)")
    hukum = baris[i + 1:baris.index("", i)]
    assert hukum == [
        "hukum-2 target PK 2022: 83 -> 85",
        "kegiatan hukum-k1 pagu: Rp1.125.000.000,00 -> Rp1.150.000.000,00",
        "jumlah anggaran: Rp1.125.000.000,00 -> Rp1.150.000.000,00",
    ]
    k = baris.index("Perjanjian Kinerja 2022 Bagian Kesejahteraan Rakyat (pk-2022-kesra)")
    kesra = baris[k + 1:baris.index("", k)]
    assert "pihak kedua jabatan: Sekretaris Daerah Kabupaten Balangan -> Asisten Pemerintahan dan Kesra" in kesra
    assert ("kegiatan kesra-k1 ditambahkan: Pelaksanaan Kebijakan Kesejahteraan Rakyat (Program Pemerintahan dan "
            "Kesejahteraan Rakyat): Rp410.000.000,00") in kesra
    s = baris.index("Perjanjian Kinerja 2022 Sekretariat Daerah (pk-2022-sekretariat)")
    assert "jumlah anggaran: Rp12.075.000.000,00 -> Rp12.510.000.000,00" in baris[s + 1:baris.index("", s)]
    ringkasan = next(b for b in baris if b.startswith("Ringkasan:"))
    assert "1 target berubah" in ringkasan
    # counted: the pagu, the kegiatan added, six fields of the party written (jabatan, nama, gelar, pangkat,
    # golongan, NIP); the head's total follows the units and is not counted again
    assert re.search(r"\b(\d+) perubahan lain", ringkasan).group(1) == "8"


def test_laporan_docx_memuat_perubahan_pk(beda):
    _, keluaran = beda
    doc = Document(str(keluaran / "laporan-perubahan.docx"))
    teks = [normal(p.text) for p in doc.paragraphs] + [normal(c.text) for t in doc.tables for r in t.rows for c in r.cells]
    assert "Perjanjian Kinerja 2022 Bagian Hukum (pk-2022-hukum)" in teks
    assert "kegiatan hukum-k1 pagu" in teks and "Rp1.125.000.000,00 → Rp1.150.000.000,00" in teks


def test_lacak_pk(beda):
    _, keluaran = beda
    with zipfile.ZipFile(keluaran / "pk-2022-hukum-lacak.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    hapus = "".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml))
    sisip = "".join(re.findall(r"<w:ins [^>]*>.*?</w:ins>", xml, re.S))
    assert "1.125.000.000,00" in hapus.replace("\u00a0", " ") and "1.150.000.000,00" in sisip
    assert "85" in sisip and "83" in hapus
    with zipfile.ZipFile(keluaran / "pk-2022-pbj-lacak.docx") as z:
        assert "<w:ins " not in z.read("word/document.xml").decode("utf-8")  # unchanged: no revision


# --- settings and the Pemda's PK -----------------------------------------------------


def test_pihak_kesatu(salinan_konten, tmp_path):
    ins = salinan_konten / "instansi.yaml"
    teks = ins.read_text(encoding="utf-8")
    ins.write_text(teks.replace("pengaturan:\n", "pengaturan:\n  pihak_kesatu: ya\n", 1), encoding="utf-8")
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(tmp_path / "k"), "pk-2022-hukum")
    assert p.returncode == 0, p.stderr
    d = baca_pk(tmp_path / "k" / "pk-2022-hukum.docx")
    assert "PIHAK PERTAMA" not in d.teks
    assert "selanjutnya disebut PIHAK KESATU." in d.teks and "PIHAK KESATU," in blok_ttd(d.tabel[1])
    assert any(p.startswith("PIHAK KESATU berjanji") for p in d.paragraf)


def _pemda(folder: Path) -> str:
    """A Pemda's content from ``naskah baru --jenis pemerintah_daerah``, the
    Bupati named in its root unit; returns the root unit's id."""
    p = jalankan_cli("baru", str(folder), "--jenis", "pemerintah_daerah", "--daerah", "Kabupaten Contoh", "--tahun", "2025")
    assert p.returncode == 0, p.stderr
    akar = next(b for b in sorted((folder / "unit").glob("*.yaml")) if baca_yaml(b)["tingkat"] == "pemerintah_daerah")
    ganti_teks(akar, "jabatan: \"Bupati Contoh\"\n  # Nama tanpa gelar akademik, biasanya huruf kapital.\n  nama: null",
               "jabatan: \"Bupati Contoh\"\n  # Nama tanpa gelar akademik, biasanya huruf kapital.\n  nama: ABDUL CONTOH")
    return akar.stem


def _bangun_pk(folder: Path, keluaran: Path, *ids: str) -> None:
    p = jalankan_cli("bangun", "--konten", str(folder), "--keluaran", str(keluaran), *ids)
    assert p.returncode == 0, p.stdout + p.stderr


def test_pk_pemda_satu_penanda_tangan(tmp_path):
    """The Bupati's own PK (the root unit of a Pemda) has one signer: no
    party is named, no supervision sentence; a unit below it signs with
    the Bupati as PIHAK KEDUA."""
    folder = tmp_path / "pemda"
    akar = _pemda(folder)
    bawah = next(b.stem for b in sorted((folder / "unit").glob("*.yaml")) if b.stem != akar)
    _bangun_pk(folder, tmp_path / "k", f"pk-2025-{akar}", f"pk-2025-{bawah}")
    d = baca_pk(tmp_path / "k" / f"pk-2025-{akar}.docx")
    assert "PIHAK" not in d.teks and "selaku atasan" not in d.teks and "supervisi" not in d.teks
    assert any(p.startswith("berjanji akan mewujudkan target kinerja tahunan") for p in d.paragraf)
    assert [b[2] for b in d.pihak if b[0] == "Nama"] == ["ABDUL CONTOH"]  # one party
    assert [b[2] for b in d.pihak if b[0] == "Jabatan"] == ["Bupati Contoh"]
    for blok in (blok_ttd(d.tabel[1]), blok_ttd(d.tabel[-1][-2:])):  # the pernyataan and the annex
        assert "BUPATI CONTOH," in blok and "ABDUL CONTOH" in blok and "PIHAK" not in blok
    lain = baca_pk(tmp_path / "k" / f"pk-2025-{bawah}.docx")
    assert [b[2] for b in lain.pihak if b[0] == "Nama"][1] == "ABDUL CONTOH"
    assert "PIHAK KEDUA," in blok_ttd(lain.tabel[1]) and "BUPATI CONTOH," in blok_ttd(lain.tabel[1])


def test_pk_pemda_pihak_kedua_tertulis_diperingatkan(tmp_path):
    """A pihak_kedua written for the Bupati's own PK is warned of at its
    place and not printed."""
    folder = tmp_path / "pemda"
    akar = _pemda(folder)
    ganti_teks(folder / "pk" / "2025.yaml", f"  {akar}:\n", f"  {akar}:\n    pihak_kedua:\n      jabatan: Gubernur Contoh\n")
    p = jalankan_cli("periksa", "--konten", str(folder), "--format", "json")
    peringatan = json.loads(p.stdout)["peringatan"]
    assert len(peringatan) == 1 and "ditandatangani satu pihak" in peringatan[0]["pesan"], p.stdout
    assert peringatan[0]["berkas"].endswith("pk/2025.yaml") and peringatan[0]["jalur"] == f"unit.{akar}.pihak_kedua.jabatan"
    _bangun_pk(folder, tmp_path / "k", f"pk-2025-{akar}")
    d = baca_pk(tmp_path / "k" / f"pk-2025-{akar}.docx")
    assert "Gubernur" not in d.teks and "GUBERNUR" not in d.teks and "PIHAK" not in d.teks


# --- amounts in words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "jumlah, harap",
    [
        (0, "Rp0,00 (nol rupiah)"),
        (1_000, "Rp1.000,00 (seribu rupiah)"),
        (11_000, "Rp11.000,00 (sebelas ribu rupiah)"),
        (100_100, "Rp100.100,00 (seratus ribu seratus rupiah)"),
        (1_000_000, "Rp1.000.000,00 (satu juta rupiah)"),
        (350_000_000, "Rp350.000.000,00 (tiga ratus lima puluh juta rupiah)"),
        (1_234_567_890, "Rp1.234.567.890,00 (satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh "
                        "ribu delapan ratus sembilan puluh rupiah)"),
        (1_000_000_000_000, "Rp1.000.000.000.000,00 (satu triliun rupiah)"),
        (123_456_789_012_345, "Rp123.456.789.012.345,00 (seratus dua puluh tiga triliun empat ratus lima puluh enam "
                              "miliar tujuh ratus delapan puluh sembilan juta dua belas ribu tiga ratus empat puluh "
                              "lima rupiah)"),
        (Decimal("2500750.50"), "Rp2.500.750,50 (dua juta lima ratus ribu tujuh ratus lima puluh rupiah lima puluh sen)"),
    ],
)
def test_terbilang_rupiah(jumlah, harap):
    assert fmt.rupiah_terbilang(jumlah) == harap


@pytest.fixture(scope="module")
def pk_terbilang(tmp_path_factory):
    """PKs whose totals are 1.000.000, 1.234.567.890, 350.000.000, a 15-digit
    amount, and a sum across kegiatan (1.001 + 10.999)."""
    import shutil

    akar = tmp_path_factory.mktemp("pk_terbilang")
    konten = akar / "konten"
    shutil.copytree(KONTEN, konten)
    pk = konten / "pk" / "2022.yaml"
    for lama, baru in (("pagu: 640000000", "pagu: 1000000"), ("pagu: 1125000000", "pagu: 1234567890"),
                       ("pagu: 520000000", "pagu: 350000000"), ("pagu: 780000000", 'pagu: "123.456.789.012.345"'),
                       ("pagu: 1240000000", "pagu: 1001"), ("pagu: 385000000", "pagu: 10999")):
        ganti_teks(pk, lama, baru)
    ids = ["pk-2022-perekonomian", "pk-2022-hukum", "pk-2022-adbang", "pk-2022-pbj", "pk-2022-pemerintahan"]
    p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(akar / "k"), *ids)
    assert p.returncode == 0, p.stdout + p.stderr
    return {i.removeprefix("pk-2022-"): baca_pk(akar / "k" / f"{i}.docx") for i in ids}


@pytest.mark.parametrize(
    "uid, harap",
    [
        ("perekonomian", "Rp1.000.000,00 (satu juta rupiah)"),
        ("hukum", "Rp1.234.567.890,00 (satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu "
                  "delapan ratus sembilan puluh rupiah)"),
        ("adbang", "Rp350.000.000,00 (tiga ratus lima puluh juta rupiah)"),
        ("pbj", "Rp123.456.789.012.345,00 (seratus dua puluh tiga triliun empat ratus lima puluh enam miliar tujuh "
                "ratus delapan puluh sembilan juta dua belas ribu tiga ratus empat puluh lima rupiah)"),
        ("pemerintahan", "Rp12.000,00 (dua belas ribu rupiah)"),
    ],
)
def test_jumlah_terbilang_di_dokumen(pk_terbilang, uid, harap):
    d = pk_terbilang[uid]
    assert f"Jumlah anggaran: {harap}" in d.paragraf
    assert d.baris_anggaran()[-1] == ["", "Jumlah", harap.split(" (")[0]]
    assert parse_nilai(harap.split(" (")[0].removeprefix("Rp")).angka == sum(
        parse_nilai(b[2].removeprefix("Rp")).angka for b in d.baris_anggaran() if re.fullmatch(r"\d+\.\d+", b[0]))


def test_lkjip_tanpa_pk_memakai_target_iku(salinan_konten, tmp_path):
    """Without any PK of the year the report measures against the IKU and says so."""
    import shutil

    shutil.rmtree(salinan_konten / "pk")
    realisasi = salinan_konten / "realisasi" / "2022.yaml"
    teks = realisasi.read_text(encoding="utf-8")
    realisasi.write_text(teks[: teks.index("\n# Realisasi anggaran 2022")] + "\n", encoding="utf-8")
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(tmp_path / "k"), "lkjip-2022")
    assert p.returncode == 0, p.stdout + p.stderr
    doc = Document(str(tmp_path / "k" / "lkjip-2022.docx"))
    paragraf = [normal(x.text) for x in doc.paragraphs]
    assert ("Perjanjian Kinerja tahun 2022 belum dicatat; capaian kinerja diukur terhadap target IKU tahun 2022."
            in paragraf)
    capaian = {b[1]: b for b in ([normal(c.text) for c in r.cells] for t in doc.tables for r in t.rows) if len(b) == 7}
    assert capaian[_nama("hukum", "hukum-1")][3] == "84"  # the IKU's target
    assert not any(x.startswith("Realisasi anggaran tahun 2022 sebesar") for x in paragraf)
