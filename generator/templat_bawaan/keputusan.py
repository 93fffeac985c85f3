"""The default template of the decree (``keputusan.docx``): letterhead,
title, Menimbang, Mengingat, the diktum, the signature and, in a konsep, the
paraf koordinasi (the order of parts of a Keputusan, Permendagri 1/2023)."""

from __future__ import annotations

from docx.document import Document
from docx.shared import Pt

from ..word.oxml.tabel import tidak_terpotong
from .blok import RATA, TENGAH, baris_tag, dokumen, isi_sel, p, tabel, ttd

_LEBAR_PASAL = [3.2, 0.5, 1.1, 11.2]
_LEBAR_DIKTUM = [3.2, 0.5, 12.3]


def kop(doc) -> None:
    p(doc, "{%p if logo %}")
    p(doc, "{{ logo }}", rata=TENGAH)
    p(doc, "{%p endif %}")
    p(doc, "{%p for baris in kop_judul %}")
    p(doc, "{{ baris }}", gaya="Kop")
    p(doc, "{%p endfor %}")
    p(doc, "{{ kop_alamat }}", gaya="Kop Alamat")
    p(doc, "")


def _judul(doc) -> None:
    p(doc, "{{ judul_keputusan }}", gaya="Judul Naskah")
    p(doc, "{{ nomor_label }} {{ nomor_keputusan }}", gaya="Judul Naskah")
    p(doc, "")
    p(doc, "TENTANG", gaya="Judul Naskah")
    p(doc, "")
    p(doc, "{{ tentang }}", gaya="Judul Naskah")
    p(doc, "")
    p(doc, "{{ pejabat }}", gaya="Judul Naskah")
    p(doc, "")


def _daftar_pasal(doc, label: str, baris_loop: str, kolom: list[str]) -> None:
    """Menimbang/Mengingat: label, colon, number, hanging text (a table keeps
    the hanging indent in Word and LibreOffice alike)."""
    tbl = tabel(doc, 3, _LEBAR_PASAL, garis=False)
    baris_tag(tbl, 0, f"{{%tr for b in {baris_loop} %}}")
    sel = tbl.rows[1].cells
    isi_sel(sel[0], f"{{% if loop.first %}}{label}{{% endif %}}")
    isi_sel(sel[1], "{% if loop.first %}:{% endif %}")
    isi_sel(sel[2], f"{{{{ b.{kolom[0]} }}}}")
    isi_sel(sel[3], f"{{{{ b.{kolom[1]} }}}}", rata=RATA).paragraph_format.space_after = Pt(3)
    baris_tag(tbl, 2, "{%tr endfor %}")
    p(doc, "")


def _memutuskan(doc) -> None:
    """MEMUTUSKAN, Menetapkan, and one row per diktum."""
    p(doc, "{{ memutuskan }}", gaya="Judul Naskah")
    p(doc, "")
    tbl = tabel(doc, 1, _LEBAR_DIKTUM, garis=False)
    sel = tbl.rows[0].cells
    isi_sel(sel[0], "Menetapkan")
    isi_sel(sel[1], ":")
    isi_sel(sel[2], "{{ menetapkan }}", rata=RATA)
    p(doc, "")
    tbl = tabel(doc, 3, _LEBAR_DIKTUM, garis=False)
    baris_tag(tbl, 0, "{%tr for d in diktum %}")
    sel = tbl.rows[1].cells
    isi_sel(sel[0], "{{ d.ordinal }}")
    isi_sel(sel[1], ":")
    isi_sel(sel[2], "{{ d.teks }}", rata=RATA).paragraph_format.space_after = Pt(6)
    baris_tag(tbl, 2, "{%tr endfor %}")
    p(doc, "")


def _paraf(doc) -> None:
    """Paraf koordinasi of a konsep, on the decree's last page."""
    p(doc, "{%p if paraf %}")
    p(doc, "")
    p(doc, ("Paraf Koordinasi", {"tebal": True}), gaya="Isi Tabel")
    tbl = tabel(doc, 4, [0.9, 5.0, 2.6], garis=True)
    for sel, h in zip(tbl.rows[0].cells, ("No.", "Jabatan", "Paraf")):
        isi_sel(sel, h, gaya="Kepala Tabel")
    baris_tag(tbl, 1, "{%tr for r in paraf %}")
    for sel, tag in zip(tbl.rows[2].cells, ("{{ r.no }}", "{{ r.jabatan }}", "")):
        isi_sel(sel, tag, gaya="Isi Tabel")
    tidak_terpotong(tbl.rows[2])
    baris_tag(tbl, 3, "{%tr endfor %}")
    p(doc, "{%p endif %}")


def templat_keputusan() -> Document:
    doc = dokumen(landscape=False)
    kop(doc)
    _judul(doc)
    _daftar_pasal(doc, "Menimbang", "menimbang", ["huruf", "teks"])
    _daftar_pasal(doc, "Mengingat", "mengingat", ["angka", "teks"])
    _memutuskan(doc)
    ttd(doc, ditetapkan=True, lebar_kiri=7.5, lebar_kanan=8.5)
    _paraf(doc)
    return doc
