"""Tata kolom diuji sampai ke PDF: tabel IKU konten uji tekanan dengan lebar
kolom, ukuran huruf dan tanda hubung lunak dari mesin tata kolom, ditulis ke
.docx kecil (python-docx, bukan templat bawaan), diubah LibreOffice dalam
satu proses, lalu diperiksa pemeriksa tata letak: tidak ada kata terpotong.

Bukti bahwa metrik, kelonggaran dan pemenggalannya cukup untuk LibreOffice
dengan URW Bookman; penerapannya di templat adalah tugas tersendiri."""

from __future__ import annotations

import pytest
import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Mm, Pt, Twips

from generator.word.oxml.urutan import buat, sisipkan
from generator.word.penggalan import sisipkan_penggalan
from generator.word.tata_kolom import ANGKA, ISI, NOMOR, Huruf, Kolom, TataKolom, tata_kolom
from tests.bantu import sasaran_mentah
from tests.stres import buat_konten_stres, indikator
from tests.tata_letak import periksa_tata_letak

LANSKAP_F4 = 15874  # (330 - 30 - 20) mm dalam twip
PAD = 114
UNIT = ("pemerintahan", "hukum", "perekonomian", "kesra")  # kata 40+ huruf, periode 6/6/7/1, 40 indikator
_PENJELASAN = (("makna", "Makna Indikator"), ("alasan", "Alasan Pemilihan Indikator"), ("cara_hitung", "Cara Hitung"))


def kolom_iku(unit: dict) -> list[Kolom]:
    """Kolom tabel IKU seperti Lampiran: No., Kinerja Utama, Indikator, Target per tahun, Makna, PJ, Sumber Data."""
    ind = list(indikator(unit))
    kinerja = [s["kinerja_utama"] for s in sasaran_mentah(unit) for _ in s["indikator"]]
    tahun = range(unit["periode"]["awal"], unit["periode"]["akhir"] + 1)
    return [
        Kolom("No.", [str(n) for n in range(1, len(ind) + 1)], NOMOR),
        Kolom("Kinerja Utama", kinerja),
        Kolom("Indikator Kinerja Utama", [i["nama"] for i in ind]),
        *[Kolom(f"Target {t}", [str(i["target"][t]) for i in ind], ANGKA) for t in tahun],
        Kolom(
            "Makna / Alasan Pemilihan / Cara Hitung",
            ["\n".join(f"{label}: {i[k]}" for k, label in _PENJELASAN if i.get(k)) for i in ind],
        ),
        Kolom("Penanggung Jawab", [i.get("penanggung_jawab") or "" for i in ind]),
        Kolom("Sumber Data", [i.get("sumber_data") or "" for i in ind]),
    ]


def tulis_tabel(kolom: list[Kolom], tata: TataKolom, path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(330), Mm(215)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2.5)
    doc.styles["Normal"].font.name = "Bookman Old Style"
    tabel = doc.add_table(rows=len(kolom[0].isi) + 1, cols=len(kolom))
    tabel.style = "Table Grid"
    tabel.autofit = False
    sisipkan(tabel._tbl.tblPr, buat("tblLayout", type="fixed"))
    mar = buat("tblCellMar")
    for sisi in ("left", "right"):
        mar.append(buat(sisi, w=str(PAD // 2), type="dxa"))
    sisipkan(tabel._tbl.tblPr, mar)
    for g, w in zip(tabel._tbl.tblGrid.gridCol_lst, tata.lebar):
        g.w = Twips(w)
    for j, (k, w, penggalan) in enumerate(zip(kolom, tata.lebar, tata.penggalan)):
        for i, teks in enumerate([k.kepala, *k.isi]):
            sel = tabel.cell(i, j)
            sel.width = Twips(w)
            for n, baris in enumerate(sisipkan_penggalan(teks, penggalan).split("\n")):
                par = sel.paragraphs[0] if n == 0 else sel.add_paragraph()
                run = par.add_run(baris)
                run.font.size, run.bold = Pt(tata.ukuran), i == 0
    doc.save(path)


@pytest.fixture(scope="module")
def tabel_stres(tmp_path_factory):
    from generator.tulis.pdf import konversi_pdf

    folder = tmp_path_factory.mktemp("tata_kolom_pdf")
    konten = buat_konten_stres(folder / "konten")
    hasil = {}
    for uid in UNIT:
        kolom = kolom_iku(yaml.safe_load((konten / "unit" / f"{uid}.yaml").read_text(encoding="utf-8")))
        tata = tata_kolom(kolom, Huruf("Bookman Old Style", 9), lebar_total=LANSKAP_F4, padding=PAD)
        tulis_tabel(kolom, tata, folder / f"{uid}.docx")
        hasil[uid] = tata
    pdf = konversi_pdf([folder / f"{u}.docx" for u in UNIT], folder / "pdf", batas_waktu=240)
    return {u: (t, p, folder / f"{u}.docx") for (u, t), p in zip(hasil.items(), pdf)}


@pytest.mark.parametrize("uid", UNIT)
def test_tabel_iku_stres_tanpa_kata_terpotong(tabel_stres, uid):
    tata, pdf, docx = tabel_stres[uid]
    assert tata.muat
    laporan = periksa_tata_letak(pdf, docx)
    assert laporan.temuan == [], str(laporan)


def test_kata_40_huruf_dipenggal_hanya_bila_perlu(tabel_stres):
    assert tabel_stres["pemerintahan"][0].tahap == ISI  # dua kata 40+ huruf dan target bersatuan
    assert not any(tabel_stres["perekonomian"][0].penggalan)  # 7 tahun, 40 indikator: muat utuh
