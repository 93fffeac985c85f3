"""The LKjIP of 2022, read back from the generated .docx and PDF.

Expected values come from the content YAML and independent arithmetic: the
capaian formulas are written out here again (not taken from the generator).
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from docx import Document
from lxml import etree

from tests.bantu import KONTEN, jalankan_cli, jalur_sumber, potret, sasaran_mentah
from tests.docxbaca import normal
from generator.dasar import format as fmt
from generator.dasar.nilai import parse_nilai
from tests.pdfutil import font_pdf, halaman_pdf, teks_pdf

LKJIP = "lkjip-2022"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _yaml(p: Path) -> dict:
    return yaml.safe_load(p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data():
    lk = _yaml(KONTEN / "lkjip" / "2022" / "lkjip.yaml")
    realisasi = {int(p.stem): _yaml(p) for p in (KONTEN / "realisasi").glob("*.yaml")}
    unit = {u["id"]: u for u in (_yaml(p) for p in (KONTEN / "unit").glob("*.yaml"))}
    return lk, realisasi, unit


@pytest.fixture(scope="module")
def pk() -> dict:
    """The PK of the report's year (no PK Perubahan in the example)."""
    return _yaml(KONTEN / "pk" / "2022.yaml")


def _target_pk(pk: dict) -> dict[str, str]:
    """Indicator id -> the PK's own target."""
    return {iid: t["nilai"] for u in pk["unit"].values() for iid, t in (u.get("target") or {}).items()}


def _indikator(unit: dict):
    for s in sasaran_mentah(unit):
        yield from s["indikator"]


def _capaian(target: Decimal, realisasi: Decimal, arah: str) -> Decimal:
    """Written out independently of generator.capaian (PermenPAN-RB 53/2014)."""
    if arah == "turun":
        return (2 * target - realisasi) / target * 100
    return realisasi / target * 100


@pytest.fixture(scope="module")
def docx_lkjip(bangunan):
    return Document(str(bangunan.berkas(LKJIP)))


def _baris(doc) -> list[list[str]]:
    """Teks sel tiap baris tabel, dinormalkan (spasi tak-putus jadi spasi, tanpa tanda hubung lunak)."""
    return [[normal(c.text) for c in r.cells] for t in doc.tables for r in t.rows]


def _tampil(teks: str) -> str:
    return parse_nilai(teks).tampil()


def test_manifest_lkjip(bangunan, data):
    lk, realisasi, unit = data
    e = bangunan.entri(LKJIP)
    assert e["jenis"] == "lkjip"
    sumber = {jalur_sumber(s, bangunan.folder) for s in e["sumber"]}
    assert None not in sumber
    harap = {(KONTEN / "lkjip" / "2022" / "lkjip.yaml").resolve(), (KONTEN / "instansi.yaml").resolve()}
    harap |= {(KONTEN / "realisasi" / f"{t}.yaml").resolve() for t in realisasi if t <= lk["tahun"]}
    harap |= {(KONTEN / p).resolve() for p in [lk["narasi"]["kata_pengantar"], lk["narasi"]["pendahuluan"],
                                                 lk["narasi"]["penutup"], *lk["narasi"]["analisis"].values()]}
    assert harap <= sumber


def test_setiap_indikator_target_realisasi_capaian(docx_lkjip, data, pk):
    """The capaian table holds, per indicator, the PK target, the realisasi and
    the capaian to two decimals, computed here by hand; a missing realisasi
    reads 'belum ada data'."""
    lk, realisasi, unit = data
    baris = _baris(docx_lkjip)
    tahun = lk["tahun"]
    jumlah = 0
    for uid in lk["unit"]:
        for ind in _indikator(unit[uid]):
            jumlah += 1
            target_teks = _target_pk(pk).get(ind["id"], ind["target"][tahun])
            isi = realisasi[tahun]["indikator"].get(ind["id"])
            cocok = [b for b in baris if len(b) == 7 and b[1] == ind["nama"]]  # the capaian table of Bab III
            assert len(cocok) == 1, ind["id"]
            b = cocok[0]
            target = parse_nilai(target_teks)
            assert b[3].startswith(fmt.angka(target.angka)) or fmt.angka(target.angka) in b[3], (ind["id"], b)
            if isi is None or isi.get("realisasi") is None:
                assert b[4] == "belum ada data" and b[5] == "belum ada data", b
                continue
            r = parse_nilai(isi["realisasi"])
            assert fmt.angka(r.angka) in b[4], (ind["id"], b)
            c = _capaian(target.angka, r.angka, ind.get("arah", "naik"))
            assert b[5] == fmt.persen(c, desimal=2), (ind["id"], b[5], c)
    assert jumlah == 21


def test_override_perjanjian_kinerja_dipakai(docx_lkjip, data, pk):
    lk, _, unit = data
    (iid, nilai), = _target_pk(pk).items()
    ind = next(i for u in unit.values() for i in _indikator(u) if i["id"] == iid)
    assert nilai != ind["target"][lk["tahun"]]
    baris = [b for b in _baris(docx_lkjip) if len(b) == 7 and b[1] == ind["nama"]]
    assert baris[0][3] == _tampil(nilai)


def test_band_sesuai_capaian(docx_lkjip):
    """The band written beside each capaian follows the bands of Permendagri 86/2017."""
    def pita(c: Decimal) -> str:
        if c > 90:
            return "Sangat Tinggi"
        if c > 75:
            return "Tinggi"
        if c > 65:
            return "Sedang"
        if c > 50:
            return "Rendah"
        return "Sangat Rendah"

    dilihat = 0
    for b in _baris(docx_lkjip):
        if len(b) == 7 and b[5].endswith("%") and b[6] != "Kategori" and not b[6].endswith("%"):
            c = Decimal(b[5].rstrip("%").replace(".", "").replace(",", "."))
            assert b[6] == pita(c), b
            dilihat += 1
    assert dilihat >= 20


def test_anggaran_rupiah_dan_serapan(docx_lkjip, data, pk):
    """Pagu from the PK, realisasi from realisasi/2022.yaml, by kegiatan id."""
    lk, realisasi, _ = data
    baris = _baris(docx_lkjip)
    total_pagu = total_real = 0
    for prog in (prog for u in pk["unit"].values() for prog in u.get("anggaran") or []):
        for k in prog["kegiatan"]:
            pagu, real = Decimal(k["pagu"]), Decimal(realisasi[lk["tahun"]]["anggaran"][k["id"]]["realisasi"])
            total_pagu += pagu
            total_real += real
            b = next(b for b in baris if k["nama"] in b)
            assert b[2] == fmt.rupiah(pagu) and b[3] == fmt.rupiah(real)
            assert b[4] == fmt.persen(real / pagu * 100, desimal=2)
            assert re.fullmatch(r"Rp\d{1,3}(\.\d{3})*,00", b[2])
    jumlah = next(b for b in baris if b[1] == "Jumlah")
    assert jumlah[2:] == [fmt.rupiah(total_pagu), fmt.rupiah(total_real), fmt.persen(total_real / total_pagu * 100, desimal=2)]


def test_perbandingan_antartahun(docx_lkjip, data):
    """Each indicator's comparison table lists 2021 and 2022 with the 2021 IKU target."""
    lk, realisasi, unit = data
    baris = _baris(docx_lkjip)
    ind = next(_indikator(unit["sekretariat"]))
    r21 = parse_nilai(realisasi[2021]["indikator"][ind["id"]]["realisasi"])
    t21 = parse_nilai(ind["target"][2021])
    cocok = [b for b in baris if b and b[0] == "2021" and fmt.angka(r21.angka) in b[2]]
    assert cocok, "baris 2021 tabel perbandingan tidak ada"
    assert cocok[0][3] == fmt.persen(_capaian(t21.angka, r21.angka, "naik"), desimal=2)


def test_ikhtisar_menghitung_kategori(docx_lkjip):
    teks = "\n".join(p.text for p in docx_lkjip.paragraphs)
    assert "IKHTISAR EKSEKUTIF" in teks
    assert re.search(r"menyajikan capaian 21 indikator kinerja utama dari 3 unit kerja", teks)
    assert "1 indikator belum ada data realisasinya" in teks
    assert "Capaian tertinggi diraih indikator" in teks and "capaian terendah pada indikator" in teks
    assert re.search(r"serapan \d{1,3},\d{2}%", teks)
    # The band table of the Ikhtisar: Permendagri 86/2017 ranges, counts adding up to 21.
    baris = {b[0]: b for b in _baris(docx_lkjip) if len(b) == 3}
    assert baris["Sangat Tinggi"][1] == "> 90%"
    assert baris["Tinggi"][1] == "> 75% s.d. 90%"
    assert baris["Sangat Rendah"][1] == "≤ 50%"
    jumlah = sum(int(b[2]) for k, b in baris.items() if k not in ("Kategori Capaian",))
    assert jumlah == 21


def test_sampul_menandai_data_contoh(docx_lkjip, data):
    lk, _, _ = data
    assert lk["data_contoh"] is True
    awal = [p.text for p in docx_lkjip.paragraphs[:30]]
    assert any("DATA CONTOH" in t for t in awal)


def test_grafik_tertanam_resolusi_cetak(bangunan, data):
    """One chart per indicator, embedded as an image of 300 dpi at the size it
    is printed (JFIF density and pixel width against the drawing's width)."""
    lk, _, unit = data
    jumlah = sum(1 for u in lk["unit"] for _ in _indikator(unit[u]))
    with zipfile.ZipFile(bangunan.berkas(LKJIP)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/") and n.endswith((".jpeg", ".jpg", ".png"))]
        doc = etree.fromstring(z.read("word/document.xml"))
        gambar = doc.findall(f".//{W}drawing")
        assert len(gambar) >= jumlah
        assert len(media) >= jumlah
        data_gambar = z.read(media[-1])
    from PIL import Image
    import io

    im = Image.open(io.BytesIO(data_gambar))
    assert round(im.info["dpi"][0]) == 300
    extent = gambar[-1].find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    lebar_inci = int(extent.get("cx")) / 914400
    assert abs(im.size[0] / lebar_inci - 300) < 3  # printed at 300 dpi


def test_narasi_markdown_memakai_gaya_templat(docx_lkjip, data):
    """Markdown headings become the template's heading styles (shifted one
    level under the chapter), bold and italic stay, lists and tables come in."""
    lk, _, _ = data
    md = (KONTEN / lk["narasi"]["pendahuluan"]).read_text(encoding="utf-8")
    judul = {m.group(2).strip(): len(m.group(1)) for m in re.finditer(r"^(#+)\s+(.+)$", md, re.M)}
    assert judul
    gaya = {p.text.strip(): p.style.name for p in docx_lkjip.paragraphs}
    for teks, tingkat in judul.items():
        assert gaya.get(teks) == f"Heading {tingkat + 1}", (teks, gaya.get(teks))
    with zipfile.ZipFile(KONTEN.parent / "templat" / "lkjip.docx") as z:
        gaya_templat = z.read("word/styles.xml").decode()
    assert 'w:styleId="Heading2"' in gaya_templat
    tebal = [r.text for p in docx_lkjip.paragraphs for r in p.runs if r.bold]
    miring = [r.text for p in docx_lkjip.paragraphs for r in p.runs if r.italic]
    assert any("data contoh" in t for t in tebal + miring)
    assert any(p.style.name in ("Compact", "List Paragraph") or p._p.find(f"{W}pPr/{W}numPr") is not None
               for p in docx_lkjip.paragraphs)
    assert any("Golongan" in b for b in _baris(docx_lkjip))  # the pipe table of pendahuluan.md


def test_daftar_isi_field(bangunan):
    """The TOC field ships with its result filled from LibreOffice's layout
    (tests/test_uno.py), so nothing asks to refresh it on opening."""
    with zipfile.ZipFile(bangunan.berkas(LKJIP)) as z:
        xml = z.read("word/document.xml").decode()
        settings = z.read("word/settings.xml").decode()
    assert "TOC \\o" in xml
    assert "updateFields" not in settings


def test_libreoffice_mengonversi_lkjip(pdf):
    berkas = pdf[LKJIP]
    halaman = halaman_pdf(berkas)
    assert len(halaman) > 15
    for lebar, tinggi in halaman:
        assert abs(lebar - 215) < 1 and abs(tinggi - 330) < 1
    font = font_pdf(berkas)
    assert all(f["emb"] for f in font)
    assert any("Bookman" in f["name"] for f in font)
    teks = teks_pdf(berkas)
    assert "BAB III" in teks and "belum ada data" in teks


def test_bangun_lkjip_saja(tmp_path):
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", LKJIP, "--keluaran", str(keluaran))
    assert p.returncode == 0, p.stderr
    assert sorted(x.name for x in keluaran.glob("*.docx")) == [f"{LKJIP}.docx"]


# --- validation (issue 4 §7) ------------------------------------------------


def _periksa(folder: Path):
    return jalankan_cli("periksa", "--konten", str(folder))


def _ubah(berkas: Path, lama: str, baru: str) -> int:
    isi = berkas.read_text(encoding="utf-8")
    assert isi.count(lama) >= 1, lama
    baris = isi[: isi.index(lama)].count("\n") + 1
    berkas.write_text(isi.replace(lama, baru, 1), encoding="utf-8")
    return baris


def test_realisasi_indikator_tak_dikenal(salinan_konten):
    berkas = salinan_konten / "realisasi" / "2022.yaml"
    baris = _ubah(berkas, "  hukum-1:", "  hukum-99:")
    p = _periksa(salinan_konten)
    assert p.returncode == 1
    assert re.search(rf"realisasi/2022\.yaml:{baris}:3: indikator\.hukum-99: indikator 'hukum-99' tidak ada di IKU", p.stdout), p.stdout


def test_realisasi_di_luar_periode(salinan_konten):
    berkas = salinan_konten / "realisasi" / "2021.yaml"
    baru = salinan_konten / "realisasi" / "2020.yaml"
    isi = berkas.read_text(encoding="utf-8").replace("tahun: 2021", "tahun: 2020")
    baru.write_text(isi, encoding="utf-8")
    baris = isi[: isi.index("tahun: 2020")].count("\n") + 1
    p = _periksa(salinan_konten)
    assert p.returncode == 1
    assert re.search(rf"realisasi/2020\.yaml:{baris}:\d+: tahun: tahun 2020 di luar periode", p.stdout), p.stdout


def test_anggaran_negatif(salinan_konten):
    berkas = salinan_konten / "realisasi" / "2022.yaml"
    baris = _ubah(berkas, "sekretariat-k1: {realisasi: 331250000}", "sekretariat-k1: {realisasi: -5}")
    p = _periksa(salinan_konten)
    assert p.returncode == 1
    assert re.search(rf"2022\.yaml:{baris}:\d+: anggaran\.sekretariat-k1\.realisasi: jumlah rupiah tidak boleh negatif", p.stdout), p.stdout


def test_realisasi_kosong_dan_melebihi_pagu_peringatan(salinan_konten):
    p = _periksa(salinan_konten)
    assert p.returncode == 0
    assert re.search(r"realisasi 2022 indikator 'pemerintahan-10' .* belum ada; laporan menulis 'belum ada data'", p.stdout)
    assert re.search(r"realisasi/2022\.yaml:\d+:\d+: anggaran\.pemerintahan-k2\.realisasi: realisasi melebihi pagu", p.stdout)
    ketat = jalankan_cli("periksa", "--konten", str(salinan_konten), "--ketat")
    assert ketat.returncode == 1


def test_galat_lkjip_tidak_mengubah_keluaran(salinan_konten, salinan_keluaran):
    sebelum = potret(salinan_keluaran)
    _ubah(salinan_konten / "realisasi" / "2022.yaml", "  hukum-1:", "  hukum-99:")
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(salinan_keluaran))
    assert p.returncode == 1
    assert potret(salinan_keluaran) == sebelum
