"""Alat bantu tes: halaman PDF sebagai baris teks (``pdftotext -layout``) dan
kata berkotak (``pdftotext -bbox``), serta teks .docx sendiri sebagai kosakata.

Dipakai pemeriksa tata letak (``tests/tata_letak.py``).  Program poppler
dipanggil lewat ``tests/pdfutil.py``: bila tidak ada, tes GAGAL, tidak di-skip.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tests.pdfutil import _jalankan

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
XHTML = "{http://www.w3.org/1999/xhtml}"

#: Tanda hubung yang bisa tampak di ujung baris PDF (juga tanda hubung lunak).
TANDA_HUBUNG = "-\u2010\u2011\u00ad"


@dataclass(frozen=True)
class Kata:
    """Satu kata PDF dengan kotaknya (pt, dari kiri atas)."""

    teks: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def tinggi(self) -> float:
        return self.y1 - self.y0


@dataclass
class Halaman:
    """Satu halaman PDF: nomor fisiknya (mulai 1), baris -layout, kata berkotak."""

    nomor: int
    baris: list[str]
    kata: list[Kata] = field(default_factory=list)

    @property
    def baris_isi(self) -> list[str]:
        """Baris tak kosong tanpa nomor halaman di kepala ("- 3 -", "3")."""
        isi = [b for b in self.baris if b.strip()]
        if isi and POLA_NOMOR_HALAMAN.match(isi[0]):
            isi = isi[1:]
        return isi

    @property
    def nomor_tercetak(self) -> int | None:
        """Nomor halaman yang tercetak di baris pertamanya, bila ada."""
        isi = [b for b in self.baris if b.strip()]
        m = POLA_NOMOR_HALAMAN.match(isi[0]) if isi else None
        return int(m.group(1)) if m else None


POLA_NOMOR_HALAMAN = re.compile(r"^\s*[-\u2013]?\s*(\d{1,4})\s*[-\u2013]?\s*$")


def _kata_bbox(pdf: Path) -> list[list[Kata]]:
    """Kata tiap halaman menurut ``pdftotext -bbox``."""
    xml = _jalankan("pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-")
    akar = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False))
    hasil = []
    for page in akar.iter(f"{XHTML}page"):
        hasil.append(
            [
                Kata(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
                for w in page.iter(f"{XHTML}word")
            ]
        )
    return hasil


def baca_halaman(pdf: Path) -> list[Halaman]:
    """Semua halaman PDF, berurutan."""
    teks = _jalankan("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-")
    lembar = teks.split("\f")
    if lembar and not lembar[-1].strip():
        lembar = lembar[:-1]
    kata = _kata_bbox(pdf)
    return [
        Halaman(i + 1, isi.splitlines(), kata[i] if i < len(kata) else [])
        for i, isi in enumerate(lembar)
    ]


# --- teks .docx sendiri ----------------------------------------------------------------


def _teks_paragraf(p, *, tab: str = " ") -> str:
    """Teks satu w:p seperti yang dicetak: pemisah baris menjadi spasi, tab
    menjadi ``tab``, tanda hubung tak-putus menjadi "-", tanda hubung lunak
    tidak tampak; teks tanda air VML ikut."""
    hasil = []
    for el in p.iter():
        if el.tag == f"{{{W}}}t":
            hasil.append(el.text or "")
        elif el.tag == f"{{{W}}}tab":
            hasil.append(tab)
        elif el.tag in (f"{{{W}}}br", f"{{{W}}}cr"):
            hasil.append(" ")
        elif el.tag == f"{{{W}}}noBreakHyphen":
            hasil.append("-")
        elif el.tag == f"{{{V}}}textpath":
            hasil.append(" " + (el.get("string") or "") + " ")
    return "".join(hasil).replace("\u00ad", "")


def paragraf_docx(docx: Path) -> list[str]:
    """Teks tiap paragraf dokumen, kepala/kaki halaman dan catatan kakinya."""
    hasil = []
    with zipfile.ZipFile(docx) as z:
        for nama in sorted(z.namelist()):
            if not re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", nama):
                continue
            akar = etree.fromstring(z.read(nama))
            hasil += [_teks_paragraf(p) for p in akar.iter(f"{{{W}}}p")]
    return hasil


def entri_daftar_isi(docx: Path) -> list[str]:
    """Teks entri Daftar Isi yang ditulis di .docx (paragraf bergaya TOC n),
    tanpa nomor halaman sesudah tab terakhirnya."""
    with zipfile.ZipFile(docx) as z:
        akar = etree.fromstring(z.read("word/document.xml"))
        gaya = etree.fromstring(z.read("word/styles.xml"))
    nama_gaya = {
        s.get(f"{{{W}}}styleId"): (s.find(f"{{{W}}}name").get(f"{{{W}}}val") if s.find(f"{{{W}}}name") is not None else "")
        for s in gaya.iter(f"{{{W}}}style")
    }
    hasil = []
    for p in akar.iter(f"{{{W}}}p"):
        ps = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        nama = nama_gaya.get(ps.get(f"{{{W}}}val"), "") if ps is not None else ""
        if re.fullmatch(r"(?i)toc ?\d", nama or ""):
            teks = _teks_paragraf(p, tab="\t")
            depan, tab, nomor = teks.rpartition("\t")
            if tab and re.fullmatch(r"\s*\d*\s*", nomor):
                teks = depan  # the page number after the entry's last tab
            teks = re.sub(r"\s+", " ", teks).strip()
            if teks:
                hasil.append(teks)
    return hasil
