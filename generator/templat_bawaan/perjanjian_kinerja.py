"""The default template of the Perjanjian Kinerja (``perjanjian_kinerja.docx``)
in the format of PermenPAN-RB 53/2014: the pernyataan page (letterhead,
title, the parties, the promise, place and date, PIHAK KEDUA and PIHAK
PERTAMA side by side), then the annex (targets, programs and their budget
with the total in words, the Rencana Aksi) signed by the same two parties.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from ..word.oxml.tabel import kepala_berulang
from .blok import (RATA, TENGAH, baris_tag, dokumen, gabung_baris, isi_penanda_atas, isi_penanda_nama, isi_sel, p, tabel,
                   tabel_daftar, tabel_ttd)
from .keputusan import kop

_LEBAR_PIHAK = [2.6, 0.5, 13.4]
_LEBAR_TTD = (8.0, 8.5)
_TENGAH = {"{% vm %}{{ s.no }}", "{{ i.target }}"}


def _pihak(doc) -> None:
    """Nama and Jabatan of each party, then the words that name it."""
    tbl = tabel(doc, 5, _LEBAR_PIHAK, garis=False)
    baris_tag(tbl, 0, "{%tr for x in pihak %}")
    for i, (label, tag) in enumerate((("Nama", "{{r x.nama }}"), ("Jabatan", "{{ x.jabatan }}")), start=1):
        sel = tbl.rows[i].cells
        isi_sel(sel[0], label)
        isi_sel(sel[1], ":")
        isi_sel(sel[2], tag)
    gabung_baris(tbl, 3)
    isi_sel(tbl.rows[3].cells[0], "{{ x.sebutan }}", rata=RATA).paragraph_format.space_after = Pt(12)
    baris_tag(tbl, 4, "{%tr endfor %}")


def _ttd_dua(doc) -> None:
    """PIHAK KEDUA on the left, PIHAK PERTAMA on the right under the place
    and date; the names in a row of their own, so that they line up."""
    tbl = tabel_ttd(doc, *_LEBAR_TTD, baris=2)
    for sel, nama, atas in zip(tbl.rows[0].cells, ("ttd_kedua", "ttd_pertama"),
                               (["", "{{ label_kedua }}"], ["{{ tempat_tanggal }}", "{{ label_pertama }}"])):
        isi_penanda_atas(sel, nama, atas)
    for sel, nama in zip(tbl.rows[1].cells, ("ttd_kedua", "ttd_pertama")):
        isi_penanda_nama(sel, nama, baru=False)
    for row in tbl.rows:
        for sel in row.cells:
            for par in sel.paragraphs:
                par.alignment = TENGAH


def _pernyataan(doc) -> None:
    kop(doc)
    p(doc, "{{ judul }}", gaya="Judul Naskah")
    p(doc, "")
    p(doc, "{{ pembuka }}", rata=RATA)
    p(doc, "")
    _pihak(doc)
    p(doc, "{{ janji }}", rata=RATA)
    p(doc, "")
    p(doc, "{%p if pengawasan %}")
    p(doc, "{{ pengawasan }}", rata=RATA)
    p(doc, "")
    p(doc, "{%p endif %}")
    p(doc, "")
    _ttd_dua(doc)


def _tabel_sasaran(doc) -> None:
    """No | Sasaran | Indikator Kinerja | Target: one row per indicator, the
    number and the sasaran merged down its indicators."""
    kolom = [("No.", 1.0, "{% vm %}{{ s.no }}"), ("{{ judul_sasaran }}", 5.4, "{% vm %}{{ s.sasaran }}"),
             ("Indikator Kinerja", 6.6, "{{r i.nama }}"), ("Target", 3.0, "{{ i.target }}")]
    tbl = tabel(doc, 6, [lebar for _, lebar, _ in kolom], garis=True)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    kepala_berulang(tbl.rows[0])
    for sel, (judul, _, _) in zip(tbl.rows[0].cells, kolom):
        isi_sel(sel, judul, gaya="Kepala Tabel")
    baris_tag(tbl, 1, "{%tr for s in sasaran %}")
    baris_tag(tbl, 2, "{%tr for i in s.indikator %}")
    for sel, (_, _, tag) in zip(tbl.rows[3].cells, kolom):
        isi_sel(sel, tag, gaya="Isi Tabel", rata=TENGAH if tag in _TENGAH else None)
    baris_tag(tbl, 4, "{%tr endfor %}")
    baris_tag(tbl, 5, "{%tr endfor %}")


def _anggaran(doc) -> None:
    """The programs (and kegiatan) with their budget, the total and its words."""
    p(doc, "{%p if ada_anggaran %}")
    p(doc, "")
    tabel_daftar(doc, [("No.", 1.0), ("{{ judul_program }}", 10.5), ("Anggaran (Rp)", 4.5)],
                 ["{{ r.no }}", "{{r r.nama }}", "{{r r.pagu }}"], "{%tr for r in anggaran %}",
                 total=["", "{{ label_jumlah }}", "{{ jumlah }}"])  # fmt: skip
    p(doc, "")
    p(doc, "{{ jumlah_terbilang }}", rata=RATA)
    p(doc, "{%p endif %}")
    p(doc, "{%p if tanda_contoh %}")
    p(doc, "")
    p(doc, ("{{ tanda_contoh }}", {"tebal": True}), gaya="Isi Tabel")
    p(doc, "{%p endif %}")


def _rencana_aksi(doc) -> None:
    """The quarterly targets of the indicators that have them."""
    p(doc, "{%p if rencana_aksi %}")
    p(doc, "")
    p(doc, "{{ judul_rencana_aksi }}", gaya="Judul Naskah").paragraph_format.keep_with_next = True
    p(doc, "")
    tw = [(f"TW {r}", 1.9) for r in ("I", "II", "III", "IV")]
    tabel_daftar(doc, [("No.", 1.0), ("Indikator Kinerja", 5.6), ("Target", 1.8), *tw],
                 ["{{ r.no }}", "{{ r.nama }}", "{{ r.target }}", *(f"{{{{ r.tw[{k}] }}}}" for k in range(4))],
                 "{%tr for r in rencana_aksi %}", tengah_mulai=2)  # fmt: skip
    p(doc, "{%p endif %}")


def _lampiran(doc) -> None:
    judul = p(doc, "{{ judul }}", gaya="Judul Naskah")
    judul.paragraph_format.page_break_before = True
    p(doc, "{%p for b in judul_unit %}")
    p(doc, "{{ b }}", gaya="Judul Naskah")
    p(doc, "{%p endfor %}")
    p(doc, "")
    _tabel_sasaran(doc)
    _anggaran(doc)
    _rencana_aksi(doc)
    p(doc, "")
    _ttd_dua(doc)


def templat_perjanjian_kinerja() -> Document:
    doc = dokumen(landscape=False)
    _pernyataan(doc)
    _lampiran(doc)
    return doc
