"""The default template of the change report (``laporan_perubahan.docx``).

Built with python-docx in the style of :mod:`templat_dasar` (whose helpers
it reuses); ``naskah templat`` writes it with the others.  Variables:
``lama`` and ``baru`` (the two sides compared), ``ringkasan`` (the summary
line), ``ada_perubahan`` and ``kelompok``: a list of ``{judul, baris}`` where
each row has ``no``, ``bagian`` and ``perubahan`` (a docxtpl RichText: deleted
words struck through in red, inserted words underlined in blue).
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import RGBColor

MERAH = RGBColor(0xC0, 0x00, 0x00)  # deleted words
BIRU = RGBColor(0x1F, 0x4E, 0x79)  # inserted words


def templat_laporan_perubahan() -> Document:
    # Imported here: templat_dasar lists this template in its PEMBUAT and
    # imports this module, so a module-level import would be circular.
    from .dasar import TENGAH, _baris_tag, _dokumen, _isi_sel, _kepala_berulang, _p, _tabel

    doc = _dokumen(landscape=False)
    _p(doc, "LAPORAN PERUBAHAN KONTEN", gaya="Judul Naskah")
    _p(doc, "")
    tabel = _tabel(doc, 3, [3.6, 0.5, 12.4], garis=False)
    for baris, (label, isi) in zip(
        tabel.rows, (("Konten lama", "{{ lama }}"), ("Konten baru", "{{ baru }}"), ("Ringkasan", "{{ ringkasan }}"))
    ):
        sel = baris.cells
        _isi_sel(sel[0], label)
        _isi_sel(sel[1], ":")
        _isi_sel(sel[2], isi)
    _p(doc, "")
    keterangan = _p(doc, "Keterangan: kata yang dihapus ")
    r = keterangan.add_run("dicoret merah")
    r.font.strike = True
    r.font.color.rgb = MERAH
    keterangan.add_run("; kata yang ditambahkan ")
    r = keterangan.add_run("bergaris bawah biru")
    r.font.underline = True
    r.font.color.rgb = BIRU
    keterangan.add_run(".")
    _p(doc, "")
    _p(doc, "{%p if not ada_perubahan %}")
    _p(doc, "Tidak ada perubahan.", rata=TENGAH)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p for k in kelompok %}")
    judul = _p(doc, ("{{ k.judul }}", {"tebal": True}), setelah=3)
    judul.paragraph_format.keep_with_next = True
    tabel = _tabel(doc, 4, [1.0, 4.6, 10.9], garis=True)
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    _kepala_berulang(tabel.rows[0])
    for sel, h in zip(tabel.rows[0].cells, ("No.", "Bagian", "Perubahan")):
        _isi_sel(sel, h, gaya="Kepala Tabel")
    _baris_tag(tabel, 1, "{%tr for r in k.baris %}")
    sel = tabel.rows[2].cells
    _isi_sel(sel[0], "{{ r.no }}", gaya="Isi Tabel", rata=TENGAH)
    _isi_sel(sel[1], "{{ r.bagian }}", gaya="Isi Tabel")
    _isi_sel(sel[2], "{{r r.perubahan }}", gaya="Isi Tabel")
    _baris_tag(tabel, 3, "{%tr endfor %}")
    _p(doc, "")
    _p(doc, "{%p endfor %}")
    return doc
