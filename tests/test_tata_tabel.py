"""Tata tabel saat dokumen dirender (word/tata_tabel, word/tinggi_baris):
tabel bergaris diberi lebar kolom dari isinya, tabel tata letak (tanpa garis)
mempertahankan lebar templatnya, tiap baris utuh kecuali lebih tinggi dari
satu halaman, spasi tak-putus di NIP dan tanggal.

Dokumen kecil dibuat dengan python-docx di tes ini, lalu diatur seperti
dokumen hasil bangun (``atur_dokumen``)."""

from __future__ import annotations

import math

import pytest
from docx import Document
from docx.shared import Cm

from generator.muat.model import Pengaturan
from generator.word.halaman import atur_dokumen
from generator.word.metrik import metrik_huruf
from generator.word.oxml.tabel import kepala_berulang, margin_sel
from generator.word.oxml.urutan import buat
from generator.word.tata_kolom import ANGKA, NOMOR, RUPIAH, TEKS
from generator.word.tata_tabel import jenis_kolom
from tests.docxbaca import q, teks_paragraf

PENG = Pengaturan()
LONGGAR = 1.05
PAD = 114


def _dokumen():
    doc = Document()
    doc.styles["Normal"].font.name = PENG.huruf.nama
    return doc


def _tabel(doc, isi: list[list[str]], lebar_cm: list[float], *, garis: bool = True, kepala: bool = True):
    tbl = doc.add_table(rows=len(isi), cols=len(lebar_cm))
    if garis:
        tbl.style = "Table Grid"
        margin_sel(tbl, atas=0, kiri=PAD // 2, bawah=0, kanan=PAD // 2)
    tbl.autofit = False
    for j, w in enumerate(lebar_cm):
        for sel in tbl.columns[j].cells:
            sel.width = Cm(w)
    for i, baris in enumerate(isi):
        for j, teks in enumerate(baris):
            par = tbl.cell(i, j).paragraphs[0]
            for n, bagian in enumerate(teks.split("\n")):
                (par if n == 0 else tbl.cell(i, j).add_paragraph()).add_run(bagian)
    if kepala:
        kepala_berulang(tbl.rows[0])
    return tbl


def _grid(tbl) -> list[int]:
    return [int(g.get(q("w:w"))) for g in tbl._tbl.find(q("w:tblGrid"))]


def _lebar_teks(doc) -> int:
    sec = doc.sections[0]
    return int(sec.page_width - sec.left_margin - sec.right_margin) // 635


def _utuh(tr) -> bool:
    return tr.find(f"{q('w:trPr')}/{q('w:cantSplit')}") is not None


@pytest.mark.parametrize(
    ("kepala", "isi", "jenis"),
    [
        ("No.", ["1", "2", "1.1", "12"], NOMOR),
        ("Pagu (Rp)", ["Rp4.250.000.000,00", "Rp\u00a05.000", "-Rp1.000,00"], RUPIAH),
        ("Target 2022", ["100%", "BB = 70,4", "10 Kesepakatan", "3,40 (B-)", "-"], ANGKA),
        ("Tahun", ["2021", "2022"], ANGKA),
        ("Indikator", ["Persentase dokumen perencanaan yang tepat waktu", "83"], TEKS),
        ("Kategori", ["Sangat Tinggi"], TEKS),
        ("No.", ["a", "b"], TEKS),
        ("Paraf", ["", "  "], None),  # diisi tangan: lebar templat
    ],
)
def test_jenis_kolom_dari_isinya(kepala, isi, jenis):
    assert jenis_kolom(kepala, isi) == jenis


def test_tabel_bergaris_dari_isinya():
    doc = _dokumen()
    indikator = "Persentase dokumen perencanaan dan penganggaran perangkat daerah yang ditetapkan tepat waktu"
    tbl = _tabel(
        doc,
        [["No.", "Indikator", "Target 2022", "Pagu (Rp)", "Paraf"]]
        + [[str(n), indikator, "100%", "Rp4.250.000.000,00", ""] for n in range(1, 4)],
        [1.0, 5.0, 5.0, 3.0, 3.0],
    )
    templat = _lebar_sel(tbl)
    atur_dokumen(doc, PENG)
    lebar = _grid(tbl)
    total = _lebar_teks(doc)
    assert sum(lebar) == total  # templat lebih lebar dari halaman: selebar teks
    m = metrik_huruf(PENG.huruf.nama)
    ukuran = float(PENG.huruf.ukuran)
    assert lebar[4] == int(templat[4] * total / sum(templat))  # Paraf: lebar templat, diperkecil sebanding
    assert lebar[3] >= math.ceil(m.lebar("Rp4.250.000.000,00", ukuran) * LONGGAR) + PAD
    assert lebar[0] < lebar[2] < lebar[1]  # No. sempit, Indikator mendapat sisanya
    baris = tbl._tbl.findall(q("w:tr"))
    assert all(_utuh(tr) for tr in baris)
    assert baris[0].find(f"{q('w:trPr')}/{q('w:tblHeader')}") is not None
    for tr in baris:  # lebar sel mengikuti grid
        assert [int(tc.find(f"{q('w:tcPr')}/{q('w:tcW')}").get(q("w:w"))) for tc in tr.findall(q("w:tc"))] == lebar


def _lebar_sel(tbl) -> list[int]:
    tr = tbl._tbl.find(q("w:tr"))
    return [int(tc.find(f"{q('w:tcPr')}/{q('w:tcW')}").get(q("w:w"))) for tc in tr.findall(q("w:tc"))]


def test_tabel_tata_letak_mempertahankan_lebar_templat():
    doc = _dokumen()
    tbl = _tabel(doc, [["Menimbang", ":", "a.", "bahwa " * 40], ["", "", "b.", "bahwa"]], [3.2, 0.5, 1.1, 11.2], garis=False, kepala=False)
    sebelum = _lebar_sel(tbl)
    atur_dokumen(doc, PENG)
    faktor = min(1.0, _lebar_teks(doc) / sum(sebelum))
    assert _grid(tbl) == [int(w * faktor) for w in sebelum]
    assert all(_utuh(tr) for tr in tbl._tbl.findall(q("w:tr")))
    assert not any("\u00ad" in (t.text or "") for t in tbl._tbl.iter(q("w:t")))


def test_baris_lebih_tinggi_dari_halaman_boleh_terbelah():
    doc = _dokumen()
    panjang = "kalimat penjelasan indikator yang sangat panjang " * 400
    tbl = _tabel(doc, [["No.", "Makna"], ["1", "pendek"], ["2", panjang]], [1.0, 15.0])
    atur_dokumen(doc, PENG)
    kepala, pendek, tinggi = tbl._tbl.findall(q("w:tr"))
    assert _utuh(kepala) and _utuh(pendek) and not _utuh(tinggi)


def test_kata_panjang_dipenggal_di_batas_suku_tanpa_menyentuh_kode_field():
    doc = _dokumen()
    kata = "Pertanggungjawabanpenyelenggaraanpemerintahandaerah"
    tahun = range(2020, 2028)
    tbl = _tabel(
        doc,
        [["Indikator", "Sumber Data", *(f"Target {t}" for t in tahun)], [kata, "BPS", *("100,00%" for _ in tahun)]],
        [4.0, 2.0, *(1.5 for _ in tahun)],
    )
    # satu field di sel Sumber Data: kodenya tidak boleh dipenggal
    p = tbl.cell(1, 1).paragraphs[0]._p
    r = buat("r")
    instr = buat("instrText")
    instr.text = " DOCPROPERTY Pertanggungjawabanpenyelenggaraanpemerintahandaerah "
    r.append(instr)
    p.append(r)
    atur_dokumen(doc, PENG)
    teks = teks_paragraf(tbl.cell(1, 0).paragraphs[0]._p)
    assert "\u00ad" in teks and teks.replace("\u00ad", "") == kata
    assert instr.text == " DOCPROPERTY Pertanggungjawabanpenyelenggaraanpemerintahandaerah "
    # huruf diperkecil (paling banyak 2 pt) sebelum isi dipenggal
    ukuran = {r.get(q("w:val")) for r in tbl._tbl.iter(q("w:sz"))}
    assert ukuran and all(int(u) >= int(PENG.huruf.ukuran * 2) - 4 for u in ukuran)


def test_nip_dan_tanggal_di_badan_tidak_terbelah():
    doc = _dokumen()
    doc.add_paragraph("pada tanggal 28 Februari 2023")
    doc.add_paragraph("NIP 19760417 199412 1 001")
    atur_dokumen(doc, PENG)
    teks = [p.text for p in doc.paragraphs]
    assert teks == ["pada tanggal 28\u00a0Februari\u00a02023", "NIP 19760417\u00a0199412\u00a01\u00a0001"]


def test_tanda_hubung_lunak_bukan_perubahan_terlacak():
    """Tata letak tabel yang berbeda di konten lama dan baru memasang tanda
    hubung lunak di kata yang berbeda; itu bukan perubahan teks."""
    import io
    import zipfile

    from generator.word.lacak import lacak

    def dokumen(kata: str) -> bytes:
        doc = _dokumen()
        doc.add_paragraph(f"{kata} Jawab bagian hukum")
        _tabel(doc, [["Indikator", "Penanggung Jawab"], ["Nilai SAKIP", f"{kata} Jawab"]], [8.0, 8.0])
        data = io.BytesIO()
        doc.save(data)
        return data.getvalue()

    hasil = lacak(dokumen("Penanggung"), dokumen("Pe\u00adnang\u00adgung"))
    with zipfile.ZipFile(io.BytesIO(hasil)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<w:del " not in xml and "<w:ins " not in xml
    assert "Pe\u00adnang\u00adgung" in xml  # teks baru dipertahankan
