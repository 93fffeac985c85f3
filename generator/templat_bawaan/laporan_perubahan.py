"""The default template of the change report (``laporan_perubahan.docx``).

Built from the building blocks of the other default templates; ``naskah
templat`` writes it with them.  Variables:
``lama`` and ``baru`` (the two sides compared), ``ringkasan`` (the summary
line), ``ada_perubahan`` and ``kelompok``: a list of ``{judul, baris}`` where
each row has ``no``, ``bagian`` and ``perubahan`` (a docxtpl RichText: deleted
words struck through in red, inserted words underlined in blue).
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import RGBColor

from ..word.oxml.tabel import kepala_berulang
from .blok import TENGAH, baris_tag, dokumen, isi_sel, p, tabel

MERAH = RGBColor(0xC0, 0x00, 0x00)  # deleted words
BIRU = RGBColor(0x1F, 0x4E, 0x79)  # inserted words


def templat_laporan_perubahan() -> Document:
    doc = dokumen(landscape=False)
    p(doc, "LAPORAN PERUBAHAN KONTEN", gaya="Judul Naskah")
    p(doc, "")
    tbl = tabel(doc, 3, [3.6, 0.5, 12.4], garis=False)
    for baris, (label, isi) in zip(
        tbl.rows, (("Konten lama", "{{ lama }}"), ("Konten baru", "{{ baru }}"), ("Ringkasan", "{{ ringkasan }}"))
    ):
        sel = baris.cells
        isi_sel(sel[0], label)
        isi_sel(sel[1], ":")
        isi_sel(sel[2], isi)
    p(doc, "")
    keterangan = p(doc, "Keterangan: kata yang dihapus ")
    r = keterangan.add_run("dicoret merah")
    r.font.strike = True
    r.font.color.rgb = MERAH
    keterangan.add_run("; kata yang ditambahkan ")
    r = keterangan.add_run("bergaris bawah biru")
    r.font.underline = True
    r.font.color.rgb = BIRU
    keterangan.add_run(".")
    p(doc, "")
    p(doc, "{%p if not ada_perubahan %}")
    p(doc, "Tidak ada perubahan.", rata=TENGAH)
    p(doc, "{%p endif %}")
    p(doc, "{%p for k in kelompok %}")
    judul = p(doc, ("{{ k.judul }}", {"tebal": True}), setelah=3)
    judul.paragraph_format.keep_with_next = True
    tbl = tabel(doc, 4, [1.0, 4.6, 10.9], garis=True)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    kepala_berulang(tbl.rows[0])
    for sel, h in zip(tbl.rows[0].cells, ("No.", "Bagian", "Perubahan")):
        isi_sel(sel, h, gaya="Kepala Tabel")
    baris_tag(tbl, 1, "{%tr for r in k.baris %}")
    sel = tbl.rows[2].cells
    isi_sel(sel[0], "{{ r.no }}", gaya="Isi Tabel", rata=TENGAH)
    isi_sel(sel[1], "{{ r.bagian }}", gaya="Isi Tabel")
    isi_sel(sel[2], "{{r r.perubahan }}", gaya="Isi Tabel")
    baris_tag(tbl, 3, "{%tr endfor %}")
    p(doc, "")
    p(doc, "{%p endfor %}")
    return doc
