"""The default template of the LKjIP (``lkjip.docx``), in the chapters of
the Laporan Kinerja (PermenPAN-RB 53/2014): cover, Kata Pengantar,
Ikhtisar Eksekutif, Daftar Isi, Bab I-IV and the Perjanjian Kinerja."""

from __future__ import annotations

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt

from ..word.oxml.field import field_mulai, field_selesai
from ..word.oxml.gaya import huruf_gaya
from ..word.oxml.tabel import garis_gaya_tabel
from ..word.oxml.warisan import perbarui_field_saat_dibuka
from .blok import HURUF, RATA, TENGAH, dokumen, isi_penanda, p, tabel_daftar, tabel_ttd, ttd

# The style names pandoc's docx writer gives a narrative (pandoc manual,
# --reference-doc): the template defines them so that a narrative takes the
# report's look.
GAYA_PANDOC = ("Heading 1", "Heading 2", "Heading 3", "Heading 4", "Body Text", "First Paragraph", "Compact",
               "Table", "Block Text", "Hyperlink", "toc 1", "toc 2", "toc 3", "Title", "Caption")
_JUDUL = (("Heading 1", 14, True, False), ("Heading 2", 12, False, False),
          ("Heading 3", 12, False, False), ("Heading 4", 12, False, True))  # fmt: skip
# A Satuan column in {%tc if satuan_kolom %} ... {%tc endif %}: the setting
# (pengaturan.satuan.lkjip) may print the satuan after the indicator instead.
_SATUAN = ([("{%tc if satuan_kolom %}", 0.3), ("Satuan", 1.7), ("{%tc endif %}", 0.3)],
           ["{%tc if satuan_kolom %}", "{{ r.satuan }}", "{%tc endif %}"])
_PK = ([("No.", 0.9), ("Sasaran / Kinerja Utama", 5.0), ("Indikator", 6.4), *_SATUAN[0], ("Target", 2.4)],
       ["{{ r.no }}", "{{ r.sasaran }}", "{{ r.indikator }}", *_SATUAN[1], "{{ r.target }}"],
       "{%tr for r in pk %}")  # fmt: skip


def _gaya_judul(gaya) -> None:
    """Headings in the report's font, black; a chapter on a new page, centred."""
    for nama, ukuran, tengah, miring in _JUDUL:
        st = gaya[nama]
        st.font.size = Pt(ukuran)
        st.font.bold = not miring
        st.font.italic = miring
        st.font.color.rgb = None
        pf = st.paragraph_format
        pf.space_before = Pt(12 if nama != "Heading 1" else 0)
        pf.space_after = Pt(6 if nama != "Heading 1" else 18)
        pf.keep_with_next = True
        if tengah:
            pf.alignment = TENGAH
            pf.page_break_before = True
        huruf_gaya(st, HURUF)


def _gaya_lkjip(doc) -> None:
    """The styles pandoc writes with, and the table of contents."""
    gaya = doc.styles
    _gaya_judul(gaya)
    body = gaya["Body Text"]
    body.font.name = HURUF
    body.paragraph_format.alignment = RATA
    body.paragraph_format.space_after = Pt(6)
    body.paragraph_format.first_line_indent = Cm(1.0)
    pertama = gaya.add_style("First Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    pertama.base_style = body
    compact = gaya.add_style("Compact", WD_STYLE_TYPE.PARAGRAPH)
    compact.base_style = body
    compact.paragraph_format.space_after = Pt(2)
    compact.paragraph_format.first_line_indent = Cm(0)
    for i in (1, 2, 3):
        toc = gaya.add_style(f"toc {i}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = gaya["Normal"]
        toc.paragraph_format.left_indent = Cm(0.6 * (i - 1))
        toc.paragraph_format.space_after = Pt(3)
        toc.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)  # right, dots
    garis_gaya_tabel(gaya.add_style("Table", WD_STYLE_TYPE.TABLE))


def _paragraf_loop(doc, daftar: str) -> None:
    """One Body Text paragraph per item of ``daftar``."""
    p(doc, f"{{%p for par in {daftar} %}}")
    p(doc, "{{ par }}", gaya="Body Text")
    p(doc, "{%p endfor %}")


def _sampul(doc) -> None:
    for _ in range(3):
        p(doc, "")
    p(doc, "{{ judul }}", gaya="Judul Naskah")
    p(doc, "{{ instansi }}", gaya="Judul Naskah")
    p(doc, "TAHUN {{ tahun }}", gaya="Judul Naskah")
    p(doc, "")
    p(doc, "{%p if logo %}")
    p(doc, "{{ logo }}", rata=TENGAH)
    p(doc, "{%p endif %}")
    p(doc, "{%p if data_contoh %}")
    p(doc, "")
    p(doc, ("{{ tanda_contoh }}", {"tebal": True}), rata=TENGAH)
    p(doc, "{%p endif %}")
    for _ in range(6):
        p(doc, "")
    p(doc, "{{ pemda }}", gaya="Judul Naskah")
    p(doc, "{{ tempat }}", gaya="Judul Naskah")
    p(doc, "{{ tahun_terbit }}", gaya="Judul Naskah")


def _pengantar_dan_ikhtisar(doc) -> None:
    p(doc, "KATA PENGANTAR", gaya="Heading 1")
    p(doc, "{{p kata_pengantar }}")
    p(doc, "")
    ttd(doc, ditetapkan=False, lebar_kiri=7.5, lebar_kanan=8.5)
    p(doc, "IKHTISAR EKSEKUTIF", gaya="Heading 1")
    _paragraf_loop(doc, "ikhtisar")
    tabel_daftar(doc, [("Kategori Capaian", 6.0), ("Rentang", 5.0), ("Jumlah Indikator", 4.0)],
                  ["{{ r.pita }}", "{{ r.rentang }}", "{{ r.jumlah }}"], "{%tr for r in ringkasan_pita %}",
                  tengah_mulai=2)  # fmt: skip


def _daftar_isi(doc) -> None:
    """A TOC field Word refreshes on opening, pre-filled with the report's own
    headings so that any reader shows them."""
    p(doc, "DAFTAR ISI", gaya="Judul Naskah").paragraph_format.page_break_before = True
    p(doc, "")
    field_mulai(doc.add_paragraph(style="toc 1"), ' TOC \\o "1-3" \\h \\z \\u ', kotor=True)
    p(doc, "{%p for h in daftar_isi %}")
    p(doc, "{%p if h.tingkat == 1 %}")
    p(doc, "{{ h.teks }}", gaya="toc 1")
    p(doc, "{%p else %}")
    p(doc, "{{ h.teks }}", gaya="toc 2")
    p(doc, "{%p endif %}")
    p(doc, "{%p endfor %}")
    field_selesai(doc.add_paragraph(style="toc 1"))


def _bab_1_2(doc) -> None:
    p(doc, "BAB I PENDAHULUAN", gaya="Heading 1")
    p(doc, "{{p pendahuluan }}")
    p(doc, "BAB II PERENCANAAN KINERJA", gaya="Heading 1")
    _paragraf_loop(doc, "bab2")
    p(doc, "A. Indikator Kinerja Utama", gaya="Heading 2")
    tabel_daftar(doc, [("No.", 0.9), ("Unit", 2.6), ("Sasaran / Kinerja Utama", 3.6), ("Indikator", 4.2),
                        *_SATUAN[0], ("Target {{ tahun }}", 1.8), ("Target Akhir Periode", 1.8)],
                  ["{{ r.no }}", "{{ r.unit }}", "{{ r.sasaran }}", "{{ r.indikator }}", *_SATUAN[1],
                   "{{ r.target }}", "{{ r.target_akhir }}"], "{%tr for r in iku %}", tengah_mulai=4)  # fmt: skip
    p(doc, "")
    p(doc, "B. Perjanjian Kinerja Tahun {{ tahun }}", gaya="Heading 2")
    p(doc, "{{ kalimat_pk }}", gaya="Body Text")
    tabel_daftar(doc, *_PK, tengah_mulai=3)


def _capaian_indikator(doc) -> None:
    """Per unit and indikator: the sentences, the comparison over the years,
    the explanation and the chart."""
    p(doc, "{%p for u in unit %}")
    p(doc, "{{ u.judul }}", gaya="Heading 3")
    p(doc, "{%p for i in u.indikator %}")
    p(doc, "{{ i.judul }}", gaya="Heading 4")
    p(doc, "{%p for par in i.kalimat %}")
    p(doc, "{{ par }}", gaya="Body Text")
    p(doc, "{%p endfor %}")
    tabel_daftar(doc, [("Tahun", 2.0), ("Target", 3.2), ("Realisasi", 3.2), ("Capaian", 3.0), ("Kategori", 3.6)],
                  ["{{ b.tahun }}", "{{ b.target }}", "{{ b.realisasi }}", "{{ b.capaian }}", "{{ b.pita }}"],
                  "{%tr for b in i.perbandingan %}", tengah_mulai=0)  # fmt: skip
    p(doc, "")
    p(doc, "{%p if i.penjelasan %}")
    p(doc, ("Penjelasan: ", {"tebal": True}), "{{ i.penjelasan }}", gaya="Body Text")
    p(doc, "{%p endif %}")
    p(doc, "{{ i.grafik }}", rata=TENGAH)
    p(doc, "{{ i.keterangan_grafik }}", gaya="Isi Tabel", rata=TENGAH)
    p(doc, "{%p endfor %}")
    p(doc, "{%p if u.analisis %}")
    p(doc, "{{p u.analisis }}")
    p(doc, "{%p endif %}")
    p(doc, "{%p endfor %}")


def _bab_3(doc) -> None:
    p(doc, "BAB III AKUNTABILITAS KINERJA", gaya="Heading 1")
    p(doc, "A. Capaian Kinerja Organisasi", gaya="Heading 2")
    p(doc, "{{ kalimat_capaian }}", gaya="Body Text")
    tabel_daftar(doc, [("No.", 0.9), ("Indikator", 5.0), *_SATUAN[0], ("Target", 2.0), ("Realisasi", 2.0),
                        ("Capaian", 1.9), ("Kategori", 2.6)],
                  ["{{ r.no }}", "{{ r.indikator }}", *_SATUAN[1], "{{ r.target }}", "{{ r.realisasi }}",
                   "{{ r.capaian }}", "{{ r.pita }}"], "{%tr for r in capaian %}", tengah_mulai=2)  # fmt: skip
    p(doc, "")
    _capaian_indikator(doc)
    p(doc, "B. Realisasi Anggaran", gaya="Heading 2")
    p(doc, "{{ kalimat_anggaran }}", gaya="Body Text")
    tabel_daftar(doc, [("No.", 0.9), ("Program / Kegiatan", 6.6), ("Pagu (Rp)", 3.1), ("Realisasi (Rp)", 3.1),
                        ("Serapan", 2.0)],
                  ["{{ r.no }}", "{{ r.nama }}", "{{ r.pagu }}", "{{ r.realisasi }}", "{{ r.serapan }}"],
                  "{%tr for r in anggaran %}", tengah_mulai=2,
                  total=["", "Jumlah", "{{ total.pagu }}", "{{ total.realisasi }}", "{{ total.serapan }}"])  # fmt: skip
    p(doc, "")
    _paragraf_loop(doc, "kalimat_efisiensi")


def _bab_4_dan_lampiran(doc) -> None:
    p(doc, "BAB IV PENUTUP", gaya="Heading 1")
    p(doc, "{{p penutup }}")
    p(doc, "LAMPIRAN: PERJANJIAN KINERJA TAHUN {{ tahun }}", gaya="Heading 1")
    tabel_daftar(doc, *_PK, tengah_mulai=3)
    p(doc, "")
    _ttd_pk(doc)


def _ttd_pk(doc) -> None:
    """The two parties of the Perjanjian Kinerja (PermenPAN-RB 53/2014):
    PIHAK KEDUA, the superior, on the left; PIHAK PERTAMA, the report's
    signer, on the right under the place and date."""
    kiri, kanan = tabel_ttd(doc, 7.5, 8.5).rows[0].cells
    isi_penanda(kiri, "pihak_kedua", ["", "", "", "{{ pk_label_kedua }}"])
    isi_penanda(kanan, "pk_pihak_pertama", ["Ditetapkan di {{ pk_tempat }}", "pada tanggal {{ pk_tanggal }}", "",
                                            "{{ pk_label_pertama }}"])


def templat_lkjip() -> Document:
    doc = dokumen(landscape=False)
    _gaya_lkjip(doc)
    _sampul(doc)
    _pengantar_dan_ikhtisar(doc)
    _daftar_isi(doc)
    _bab_1_2(doc)
    _bab_3(doc)
    _bab_4_dan_lampiran(doc)
    perbarui_field_saat_dibuka(doc)  # the table of contents
    return doc
