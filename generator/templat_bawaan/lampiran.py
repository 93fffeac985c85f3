"""The default templates of the decree's annexes: the IKU of a unit below
the root level, a Bidang or a Bagian (``lampiran_unit.docx``), and of the
Perangkat Daerah itself, the root level (``lampiran_instansi.docx``), on
landscape paper with the header row of each IKU table repeated on every
page."""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT

from ..word.oxml.tabel import kepala_berulang
from .blok import RATA, TENGAH, baris_tag, dokumen, gabung_baris, isi_sel, p, tabel, ttd

_TENGAH_SEL = {"{{ v }}", "{{ i.satuan }}", "{{ i.kondisi_awal }}", "{{ i.kondisi_akhir }}", "{% vm %}{{ s.no }}"}


def _blok_lampiran(doc) -> None:
    """LAMPIRAN, the decree's title, number, date and subject, top right
    (left out when ``lampiran`` is empty: a shared header on the first annex)."""
    p(doc, "{%p if lampiran %}")
    tbl = tabel(doc, 5, [14.5, 2.6, 0.4, 10.5], garis=False)
    for i, teks in enumerate(("{{ lampiran }}", "{{ judul_keputusan }}")):
        sel = tbl.rows[i].cells
        gabung = sel[1].merge(sel[3])
        isi_sel(gabung, teks)
    for i, (label, isi) in enumerate(
        (("NOMOR", "{{ nomor_keputusan }}"), ("TANGGAL", "{{ tanggal }}"), ("TENTANG", "{{ tentang }}")), start=2
    ):
        sel = tbl.rows[i].cells
        isi_sel(sel[1], label)
        isi_sel(sel[2], ":")
        isi_sel(sel[3], isi)
    p(doc, "")
    p(doc, "{%p endif %}")


def _tugas_fungsi(doc) -> None:
    p(doc, "{%p if tugas %}")
    p(doc, ("Tugas", {"tebal": True}), ": {{ tugas }}", rata=RATA)
    p(doc, "{%p endif %}")
    p(doc, "{%p if fungsi %}")
    p(doc, ("Fungsi", {"tebal": True}), ":")
    p(doc, "{%p for f in fungsi %}")
    p(doc, "{{ loop.index }}. {{ f }}", rata=RATA)
    p(doc, "{%p endfor %}")
    p(doc, "")
    p(doc, "{%p endif %}")


def _sel_penjelasan(sel) -> None:
    """Makna / Alasan / Cara Hitung: one paragraph per item, label in bold."""
    par = sel.paragraphs[0]
    par.style = "Isi Tabel"
    par.add_run("{%p for b in i.penjelasan %}")
    p2 = sel.add_paragraph(style="Isi Tabel")
    r = p2.add_run("{% if b.label %}{{ b.label }}: {% endif %}")
    r.bold = True
    p2.add_run("{{ b.teks }}")
    sel.add_paragraph("{%p endfor %}", style="Isi Tabel")


def _kolom_iku(depan, akhir, *, label_awal: str, lebar_target: float, lebar_makna: float) -> list:
    """(header, width cm, cell tag) of every column: ``depan``, the Satuan
    (unless the setting prints it elsewhere), the optional Kondisi Awal, one
    Target per year of the period, ``akhir``, and Makna / Alasan / Cara
    Hitung, Penanggung Jawab and Sumber Data."""
    return (
        list(depan)
        + [
            ("{%tc if satuan_kolom %}", 0.3, "{%tc if satuan_kolom %}"),
            ("Satuan", 1.6, "{{ i.satuan }}"),
            ("{%tc endif %}", 0.3, "{%tc endif %}"),
            ("{%tc if ada_kondisi_awal %}", 0.3, "{%tc if ada_kondisi_awal %}"),
            (label_awal, 1.8, "{{ i.kondisi_awal }}"),
            ("{%tc endif %}", 0.3, "{%tc endif %}"),
            ("{%tc for t in tahun %}", 0.3, "{%tc for v in i.target %}"),
            ("Target {{ t }}", lebar_target, "{{ v }}"),
            ("{%tc endfor %}", 0.3, "{%tc endfor %}"),
        ]
        + list(akhir)
        + [
            ("Makna / Alasan Pemilihan / Cara Hitung", lebar_makna, None),
            ("Penang\u00adgung Jawab", 2.0, "{{ i.penanggung_jawab }}"),
            ("Sumber Data", 2.1, "{{ i.sumber_data }}"),
        ]
    )


def _tabel_iku(doc, semua: list) -> None:
    """The IKU table of columns ``semua``: grouped (k.judul), one row per
    indikator of each sasaran."""
    tbl = tabel(doc, 11, [lebar for _, lebar, _ in semua], garis=True)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    kepala = tbl.rows[0]
    kepala_berulang(kepala)
    for sel, (h, _, _) in zip(kepala.cells, semua):
        isi_sel(sel, h, gaya="Kepala Tabel")
    baris_tag(tbl, 1, "{%tr for k in tb.kelompok %}")
    baris_tag(tbl, 2, "{%tr if k.judul %}")
    gabung_baris(tbl, 3)
    # A group's heading row keeps with its first indicator row.
    isi_sel(tbl.rows[3].cells[0], "{% colspan jumlah_kolom %}", ("{{ k.judul }}", {"tebal": True}),
            gaya="Isi Tabel").paragraph_format.keep_with_next = True
    baris_tag(tbl, 4, "{%tr endif %}")
    baris_tag(tbl, 5, "{%tr for s in k.sasaran %}")
    baris_tag(tbl, 6, "{%tr for i in s.indikator %}")
    for sel, (_, _, tag) in zip(tbl.rows[7].cells, semua):
        if tag is None:
            _sel_penjelasan(sel)
        else:
            isi_sel(sel, tag, gaya="Isi Tabel", rata=TENGAH if tag in _TENGAH_SEL else None)
    baris_tag(tbl, 8, "{%tr endfor %}")
    baris_tag(tbl, 9, "{%tr endfor %}")
    baris_tag(tbl, 10, "{%tr endfor %}")


def _tabel_loop(doc, depan, akhir, **lebar) -> None:
    p(doc, "{%p for tb in tabel %}")
    p(doc, "{%p if tb.judul %}")
    p(doc, ("{{ tb.judul }}", {"tebal": True}), setelah=3).paragraph_format.keep_with_next = True
    p(doc, "{%p endif %}")
    _tabel_iku(doc, _kolom_iku(depan, akhir, **lebar))
    p(doc, "")
    p(doc, "{%p endfor %}")


def _templat_lampiran(judul: list[list[str]], depan: list, akhir: list, **lebar) -> Document:
    """An annex: the LAMPIRAN block, the title lines (each a list of runs:
    a ``{{r }}`` tag takes a run of its own), tugas and fungsi, the IKU
    tables and the signature."""
    doc = dokumen(landscape=True)
    _blok_lampiran(doc)
    for baris in judul:
        p(doc, *baris, gaya="Judul Naskah")
    p(doc, "")
    _tugas_fungsi(doc)
    _tabel_loop(doc, depan, akhir, **lebar)
    ttd(doc, ditetapkan=False, lebar_kiri=17.0, lebar_kanan=11.0)
    return doc


def templat_lampiran_unit() -> Document:
    depan = [
        ("No.", 0.8, "{% vm %}{{ s.no }}"),
        ("Kinerja Utama", 3.4, "{% vm %}{{ s.kinerja_utama }}"),
        ("Indikator Kinerja Utama", 3.6, "{{r i.nama }}"),
    ]
    return _templat_lampiran(
        [["INDIKATOR KINERJA UTAMA (IKU) TAHUN {{ periode }}"], ["{{r judul_unit }}"]],
        depan, [], label_awal="Kondisi Awal", lebar_target=1.6, lebar_makna=6.6,
    )


def templat_lampiran_instansi() -> Document:
    depan = [
        ("Sasaran", 2.3, "{% vm %}{{ s.kinerja_utama }}"),
        ("Indikator", 2.4, "{{r i.nama }}"),
    ]
    akhir = [("Kondisi Akhir Periode", 1.8, "{{ i.kondisi_akhir }}")]
    return _templat_lampiran(
        [["INDIKATOR KINERJA UTAMA"], ["{{r judul_unit }}", " {{ daerah }}"], ["TAHUN {{ periode }}"]],
        depan, akhir, label_awal="Kondisi Awal Periode", lebar_target=2.0, lebar_makna=4.6,
    )
