"""Alat bantu tes: membaca kembali .docx hasil bangun (zipfile + lxml).

Tidak ada yang diambil dari kode generator: teks, tabel, dan bagian (section)
dibaca langsung dari word/document.xml, word/styles.xml, dan header*.xml.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}

#: Urutan diktum (Permendagri 1/2023 tentang Tata Naskah Dinas), ditulis di sini, tidak diambil dari generator.
ORDINAL = [
    "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
    "KEDELAPAN", "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS",
]  # fmt: skip
ROMAWI = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def q(tag: str) -> str:
    awalan, _, nama = tag.partition(":")
    return f"{{{NS[awalan]}}}{nama}"


def normal(teks: str) -> str:
    """Spasi beruntun (termasuk tab dan baris baru) menjadi satu; tanda hubung lunak dibuang."""
    return re.sub(r"\s+", " ", teks.replace("\xad", "")).strip()


def teks_paragraf(p) -> str:
    """Teks satu w:p seperti yang dibaca orang: w:t, tab, dan pemisah baris."""
    hasil = []
    for el in p.iter():
        if el.tag == q("w:t"):
            hasil.append(el.text or "")
        elif el.tag == q("w:tab"):
            hasil.append("\t")
        elif el.tag in (q("w:br"), q("w:cr")):
            hasil.append("\n")
    return "".join(hasil)


def teks_sel(tc) -> str:
    """Teks satu sel: paragrafnya dipisah baris baru."""
    return "\n".join(teks_paragraf(p) for p in tc.iter(q("w:p")))


def baris_tabel(tbl) -> list[list[str]]:
    """Teks tiap sel (sudah dinormalkan) tiap baris langsung tabel."""
    return [[normal(teks_sel(tc)) for tc in tr.findall(q("w:tc"))] for tr in tbl.findall(q("w:tr"))]


@dataclass
class Bagian:
    """Satu section dokumen: elemen body-nya dan sectPr yang menutupnya."""

    elemen: list = field(default_factory=list)
    sectpr: object = None

    @property
    def tabel(self) -> list:
        return [e for e in self.elemen if e.tag == q("w:tbl")]

    @property
    def paragraf(self) -> list[str]:
        """Semua paragraf (juga di dalam tabel) berurutan, dinormalkan."""
        hasil = []
        for e in self.elemen:
            for p in e.iter(q("w:p")):
                hasil.append(normal(teks_paragraf(p)))
        return hasil

    @property
    def teks(self) -> str:
        """Paragraf-paragraf digabung dengan baris baru (untuk regex (?m)^...$)."""
        return "\n".join(self.paragraf)

    @property
    def orientasi(self) -> str:
        w, h = ukuran_twip(self.sectpr)
        return "lanskap" if w > h else "potret"


def ukuran_twip(sectpr) -> tuple[int, int]:
    pgsz = sectpr.find(q("w:pgSz"))
    return int(pgsz.get(q("w:w"))), int(pgsz.get(q("w:h")))


@dataclass
class Docx:
    path: Path
    dokumen: object  # root word/document.xml
    gaya: object  # root word/styles.xml
    bagian: list[Bagian]
    header: dict[str, object]  # r:id -> root header xml

    @property
    def teks(self) -> str:
        return "\n".join(b.teks for b in self.bagian)


def _bagi(body) -> list[Bagian]:
    hasil = [Bagian()]
    for el in body:
        if el.tag == q("w:sectPr"):
            hasil[-1].sectpr = el
            continue
        hasil[-1].elemen.append(el)
        if el.tag == q("w:p"):
            sp = el.find(q("w:pPr") + "/" + q("w:sectPr"))
            if sp is not None:
                hasil[-1].sectpr = sp
                hasil.append(Bagian())
    if hasil[-1].sectpr is None and not hasil[-1].elemen:
        hasil.pop()
    return hasil


@lru_cache(maxsize=64)
def _baca(path: str, mtime_ns: int, ukuran: int) -> Docx:
    with zipfile.ZipFile(path) as z:
        dokumen = etree.fromstring(z.read("word/document.xml"))
        gaya = etree.fromstring(z.read("word/styles.xml"))
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        header = {}
        for rel in rels:
            if rel.get("Type", "").endswith("/header"):
                target = rel.get("Target").lstrip("/")
                nama = target if target.startswith("word/") else f"word/{target}"
                header[rel.get("Id")] = etree.fromstring(z.read(nama))
    body = dokumen.find(q("w:body"))
    return Docx(Path(path), dokumen, gaya, _bagi(body), header)


def baca_docx(path: Path) -> Docx:
    st = Path(path).stat()
    return _baca(str(Path(path).resolve()), st.st_mtime_ns, st.st_size)


@dataclass
class Tabel:
    """Satu tabel dibaca per kolom grid (sel bergabung mendatar diulang tiap kolomnya)."""

    el: object
    kepala: list[str]  # teks kepala tiap kolom grid (baris kepala digabung)
    jumlah_kepala: int  # banyak baris kepala (yang ditandai w:tblHeader; sekurangnya 1)
    isi: list[list[str]]  # baris sesudah kepala, per kolom grid


def _baris_grid(tr) -> list[str]:
    hasil = []
    for tc in tr.findall(q("w:tc")):
        span_el = tc.find(q("w:tcPr") + "/" + q("w:gridSpan"))
        span = int(span_el.get(q("w:val"))) if span_el is not None else 1
        hasil += [normal(teks_sel(tc))] * span
    return hasil


def baris_kepala_berulang(tr) -> bool:
    """w:trPr/w:tblHeader ada dan tidak dimatikan (val false/0/off)."""
    el = tr.find(q("w:trPr") + "/" + q("w:tblHeader"))
    return el is not None and el.get(q("w:val"), "true").lower() not in ("false", "0", "off")


def baca_tabel(tbl) -> Tabel:
    tr = tbl.findall(q("w:tr"))
    n = 0
    while n < len(tr) and baris_kepala_berulang(tr[n]):
        n += 1
    n = max(n, 1)
    kepala_baris = [_baris_grid(t) for t in tr[:n]]
    lebar = max(len(b) for b in kepala_baris)
    kepala = []
    for i in range(lebar):
        bagian = []
        for b in kepala_baris:
            if i < len(b) and b[i] and b[i] not in bagian:
                bagian.append(b[i])
        kepala.append(" ".join(bagian))
    return Tabel(tbl, kepala, n, [_baris_grid(t) for t in tr[n:]])


def tabel_iku(bagian: Bagian) -> list[Tabel]:
    """Tabel IKU sebuah bagian: tabel yang baris pertamanya berupa kepala kolom
    (sel pendek) dengan kolom Indikator dan kolom tahun."""
    hasil = []
    for tbl in bagian.tabel:
        tr = tbl.find(q("w:tr"))
        if tr is None:
            continue
        sel = [s for s in _baris_grid(tr) if len(s) <= 40]
        if any(re.search(r"\bIndikator\b", s) for s in sel) and any(re.search(r"\b20\d\d\b", s) for s in sel):
            hasil.append(baca_tabel(tbl))
    return hasil


def cari_berurutan(teks: str, pola: list[tuple[str, str]]) -> list[int]:
    """Cari tiap pola (nama, regex) berurutan mulai dari akhir temuan sebelumnya.

    Gagal dengan pesan yang menyebut bagian mana yang tidak ditemukan (atau
    tidak pada urutannya).
    """
    posisi = 0
    awal = []
    for nama, regex in pola:
        m = re.compile(regex, re.M).search(teks, posisi)
        if m is None:
            ada = re.compile(regex, re.M).search(teks)
            keterangan = "ada, tetapi tidak pada urutannya" if ada else "tidak ada"
            raise AssertionError(f"{nama!r} {keterangan} (pola {regex!r})")
        awal.append(m.start())
        posisi = m.end()
    return awal


def baris_penuh(teks: str) -> str:
    """Regex satu paragraf utuh berisi persis ``teks`` (setelah dinormalkan)."""
    return rf"^{re.escape(normal(teks))}$"


def nip_berkelompok(nip: str) -> str:
    """NIP 18 angka dikelompokkan (Peraturan Kepala BKN 22/2007 tentang NIP PNS): 19760417 199412 1 001."""
    d = re.sub(r"\D", "", str(nip))
    assert len(d) == 18, nip
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"
