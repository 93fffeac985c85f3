"""Word tracked changes ("Track Changes") between two renderings of a decree.

:func:`lacak` takes the old and the new .docx package and returns the new
package in which every difference from the old one is a revision Word and
LibreOffice show as Track Changes and let the reader accept or reject:

* inserted words as ``<w:ins><w:r><w:t>`` and deleted words as
  ``<w:del><w:r><w:delText>``, inside a paragraph whose text changed (a diff
  by word, each run keeping the formatting of the run the word came from);
* a paragraph only in the new document: its runs inserted and its paragraph
  mark inserted (``w:pPr/w:rPr/w:ins``); only in the old one: the old
  paragraph put back at its place, its runs deleted and its mark deleted;
* a table row only in the new document: ``w:trPr/w:ins`` and its runs
  inserted; only in the old one: the old row put back with ``w:trPr/w:del``
  and its runs deleted; rows present on both sides are compared cell by cell.

Blocks (paragraphs and tables) and rows are aligned with
:class:`difflib.SequenceMatcher` over their text; in a changed stretch the old
and new blocks are paired by likeness (shared words), so a paragraph with one
word changed is marked word by word, not deleted and inserted whole.

Only ``word/document.xml`` is changed: styles, headers, sections, numbering
and media are the new package's.  Formatting changes are not tracked (the new
formatting stands), and section properties, fields and drawings of the new
document are left as they are; a deleted old paragraph keeps its text but not
its drawings.  Every revision carries ``w:author`` and a fixed ``w:date``
given by the caller (the date of enactment, never the clock) and a ``w:id``
counted up in document order, so the same input gives the same bytes.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

DOKUMEN = "word/document.xml"
WAKTU_ZIP = (1980, 1, 1, 0, 0, 0)
AMBANG = 0.5  # least likeness (shared words) for an old and a new block to be paired
BATAS_PASANGAN = 250_000  # old x new blocks beyond which a changed stretch is not paired


def w(nama: str) -> str:
    return f"{{{W_NS}}}{nama}"


P, TBL, TR, TC, R = w("p"), w("tbl"), w("tr"), w("tc"), w("r")
PPR, RPR, TRPR, SECTPR = w("pPr"), w("rPr"), w("trPr"), w("sectPr")
INS, DEL = w("ins"), w("del")

#: Run children a paragraph may hold to be rebuilt word by word.
_ISI_RUN_SEDERHANA = {RPR, w("t"), w("tab"), w("br"), w("lastRenderedPageBreak")}
#: Paragraph children dropped when a paragraph is rebuilt word by word.
_ANAK_P_BUANG = {w("proofErr")}
#: Run content that refers to other parts of the old package: never copied over.
_ISI_RUJUKAN = {
    w("drawing"), w("pict"), w("object"), w("footnoteReference"), w("endnoteReference"), w("commentReference"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
}  # fmt: skip
#: Inline containers whose runs are wrapped one by one.
_WADAH_RUN = {w("hyperlink"), w("smartTag"), w("fldSimple"), w("customXml")}


# --- the package --------------------------------------------------------------


def lacak(lama: bytes, baru: bytes, penulis: str = "naskah", waktu: dt.datetime | None = None) -> bytes:
    """The new .docx with every difference from the old one as a tracked change."""
    waktu = waktu or dt.datetime(2000, 1, 1)
    with zipfile.ZipFile(io.BytesIO(lama)) as z:
        akar_lama = _parse(z.read(DOKUMEN))
    with zipfile.ZipFile(io.BytesIO(baru)) as z:
        isi = [(info.filename, z.read(info)) for info in z.infolist()]
    bagian = dict(isi)
    akar_baru = _parse(bagian[DOKUMEN])
    pen = _Penanda(_id_gaya(bagian.get("word/styles.xml")), _id_daftar(bagian.get("word/numbering.xml")))
    badan_lama, badan_baru = akar_lama.find(w("body")), akar_baru.find(w("body"))
    _gabung_blok(badan_lama, badan_baru, pen)
    pen.selesai(akar_baru, penulis, waktu)
    xml = etree.tostring(akar_baru, xml_declaration=True, encoding="UTF-8", standalone=True)
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, data in isi:
            info = zipfile.ZipInfo(nama, date_time=WAKTU_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            z.writestr(info, xml if nama == DOKUMEN else data, compresslevel=6)
    return keluar.getvalue()


def _parse(data: bytes):
    return etree.fromstring(data, etree.XMLParser(remove_blank_text=False, resolve_entities=False, huge_tree=True))


def _id_gaya(data: bytes | None) -> set[str]:
    if data is None:
        return set()
    return {st.get(w("styleId")) for st in _parse(data).iter(w("style"))}


def _id_daftar(data: bytes | None) -> set[str]:
    if data is None:
        return set()
    return {num.get(w("numId")) for num in _parse(data).iter(w("num"))}


class _Penanda:
    """Makes the w:ins/w:del elements; ids, author and date come at the end.

    lxml keeps one Python object per element while it is referenced, so the
    elements made here are known again by identity when the tree is walked.
    """

    def __init__(self, gaya: set[str], daftar: set[str]) -> None:
        self.dibuat: list = []
        self.salinan_tabel: list = []  # old tables put back as deleted
        self.gaya = gaya  # style ids of the new package
        self.daftar = daftar  # numbering ids of the new package

    def bersihkan(self, el) -> None:
        """Drop, in content copied from the old document, references to
        styles and lists the new package does not have."""
        for ref in list(el.iter(w("pStyle"), w("rStyle"), w("tblStyle"))):
            if ref.get(w("val")) not in self.gaya:
                ref.getparent().remove(ref)
        for num in list(el.iter(w("numPr"))):
            nid = num.find(w("numId"))
            if nid is not None and nid.get(w("val")) not in self.daftar | {"0"}:
                num.getparent().remove(num)

    def buat(self, tag: str):
        el = etree.Element(tag)
        self.dibuat.append(el)
        return el

    def salinan(self, tbl) -> bool:
        return any(tbl is t for t in self.salinan_tabel)

    def selesai(self, akar, penulis: str, waktu: dt.datetime) -> None:
        dipakai = [int(v) for v in akar.xpath("//@w:id", namespaces={"w": W_NS}) if str(v).lstrip("-").isdigit()]
        nomor = max(dipakai, default=0) + 1
        tanggal = waktu.strftime("%Y-%m-%dT%H:%M:%SZ")
        milik = {id(el) for el in self.dibuat}
        for el in akar.iter(INS, DEL):
            if id(el) not in milik:
                continue
            el.set(w("id"), str(nomor))
            el.set(w("author"), penulis)
            el.set(w("date"), tanggal)
            nomor += 1


# --- text and likeness ----------------------------------------------------------


def _teks_p(p) -> str:
    """A paragraph's text as the reader sees it (tab as \\t, line break as \\n)."""
    bagian = []
    for el in p.iter(w("t"), w("tab"), w("br"), w("cr")):
        if el.tag == w("t"):
            bagian.append(el.text or "")
        elif el.tag == w("tab"):
            bagian.append("\t")
        else:
            bagian.append("\n")
    return "".join(bagian)


def _teks_sel(tc) -> str:
    return "\n".join(_teks_p(p) for p in tc.iter(P))


def _sig_baris(tr) -> tuple:
    return tuple(_teks_sel(tc) for tc in tr.findall(TC))


def _ada_sect(p) -> bool:
    return p.find(f"{PPR}/{SECTPR}") is not None


def _sig_blok(el):
    if el.tag == P:
        return ("p", _teks_p(el), _ada_sect(el))
    return ("t", tuple(_sig_baris(tr) for tr in el.findall(TR)))


def _kata(teks: str) -> Counter:
    return Counter(teks.split())


def _dice(a: Counter, b: Counter) -> float:
    if not a and not b:
        return 1.0
    bersama = sum((a & b).values())
    return 2 * bersama / (sum(a.values()) + sum(b.values()))


# --- alignment ------------------------------------------------------------------


def _sejajarkan(sig_lama: list, sig_baru: list, mirip: Callable[[int, int], float]) -> list[tuple[int | None, int | None, bool]]:
    """(old index, new index, same) in order: equal stretches by signature,
    changed stretches paired by likeness; unpaired old before unpaired new."""
    hasil: list[tuple[int | None, int | None, bool]] = []
    sm = difflib.SequenceMatcher(None, sig_lama, sig_baru, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            hasil.extend((i1 + k, j1 + k, True) for k in range(i2 - i1))
        else:
            hasil.extend(_pasangkan(list(range(i1, i2)), list(range(j1, j2)), mirip))
    return hasil


def _pasangkan(lama: list[int], baru: list[int], mirip) -> list[tuple[int | None, int | None, bool]]:
    """Pair old and new items in order, maximising the total likeness
    (pairs below AMBANG are not made; ``mirip`` gives None for items that
    are never paired, such as a paragraph and a table)."""
    m, n = len(lama), len(baru)
    if m == 0 or n == 0 or m * n > BATAS_PASANGAN:
        return [(i, None, False) for i in lama] + [(None, j, False) for j in baru]
    nilai = [[mirip(lama[i], baru[j]) or 0.0 for j in range(n)] for i in range(m)]
    skor = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            terbaik = max(skor[i + 1][j], skor[i][j + 1])
            if nilai[i][j] >= AMBANG:
                terbaik = max(terbaik, skor[i + 1][j + 1] + nilai[i][j])
            skor[i][j] = terbaik
    hasil: list[tuple[int | None, int | None, bool]] = []
    hapus: list[int] = []
    tambah: list[int] = []

    def tutup():
        hasil.extend((i, None, False) for i in hapus)
        hasil.extend((None, j, False) for j in tambah)
        hapus.clear()
        tambah.clear()

    i = j = 0
    while i < m and j < n:
        if nilai[i][j] >= AMBANG and skor[i][j] == skor[i + 1][j + 1] + nilai[i][j]:
            tutup()
            hasil.append((lama[i], baru[j], False))
            i += 1
            j += 1
        elif skor[i][j] == skor[i + 1][j]:
            hapus.append(lama[i])
            i += 1
        else:
            tambah.append(baru[j])
            j += 1
    hapus.extend(lama[i:])
    tambah.extend(baru[j:])
    tutup()
    if m == n and not any(a is not None and b is not None for a, b, _ in hasil):
        # Nothing alike, as many old as new (a cell "84" that became "85"):
        # pair them in order where they are of one kind.
        hasil = []
        for a, b in zip(lama, baru):
            if mirip(a, b) is None:
                hasil.extend([(a, None, False), (None, b, False)])
            else:
                hasil.append((a, b, False))
    return hasil


def _gabung(
    lama: list,
    baru: list,
    sig: Callable,
    mirip: Callable,
    ubah: Callable,
    salin_hapus: Callable,
    tandai_tambah: Callable,
    taruh_akhir: Callable,
) -> None:
    """Align two sibling lists; change the paired new items, mark the new
    ones, and put copies of the old-only items back at their place."""
    sig_lama = [sig(e) for e in lama]
    sig_baru = [sig(e) for e in baru]
    tertunda: list = []
    for i, j, sama in _sejajarkan(sig_lama, sig_baru, lambda a, b: mirip(lama[a], baru[b])):
        if j is None:
            tertunda.extend(salin_hapus(lama[i]))
            continue
        el = baru[j]
        for d in tertunda:
            el.addprevious(d)
        tertunda = []
        if sama:
            continue
        if i is None:
            tandai_tambah(el)
        else:
            ubah(lama[i], el)
    if tertunda:
        taruh_akhir(tertunda, baru[-1] if baru else None)


# --- blocks ---------------------------------------------------------------------


def _blok(induk) -> list:
    return [e for e in induk if e.tag in (P, TBL)]


def _gabung_blok(induk_lama, induk_baru, pen: _Penanda) -> None:
    """Body or table cell: paragraphs and tables, old against new."""
    lama, baru = _blok(induk_lama), _blok(induk_baru)
    kata: dict = {}

    def kata_dari(e):
        if e not in kata:
            kata[e] = _kata(_teks_p(e) if e.tag == P else " ".join(_teks_sel(tc) for tc in e.iter(TC)))
        return kata[e]

    def mirip(a, b) -> float | None:
        if a.tag != b.tag or (a.tag == P and _ada_sect(a) != _ada_sect(b)):
            return None  # never paired
        return _dice(kata_dari(a), kata_dari(b))

    def ubah(a, b) -> None:
        if a.tag == P:
            _ubah_paragraf(a, b, pen)
        else:
            _ubah_tabel(a, b, pen)

    def salin_hapus(a) -> list:
        return [_salin_hapus_paragraf(a, pen)] if a.tag == P else [_salin_hapus_tabel(a, pen)]

    def tandai_tambah(b) -> None:
        if b.tag == P:
            _tandai_tambah_paragraf(b, pen)
        else:
            _tandai_tambah_tabel(b, pen)

    def taruh_akhir(salinan: list, terakhir) -> None:
        if terakhir is not None:
            for d in salinan:
                terakhir.addnext(d)
                terakhir = d
            return
        sect = induk_baru.find(SECTPR)
        for d in salinan:
            if sect is not None:
                sect.addprevious(d)
            else:
                induk_baru.append(d)

    _gabung(lama, baru, _sig_blok, mirip, ubah, salin_hapus, tandai_tambah, taruh_akhir)
    _pisahkan_tabel(induk_baru, pen)


def _pisahkan_tabel(induk, pen: _Penanda) -> None:
    """Two tables side by side are one table to Word: keep an old table put
    back apart from its neighbour by an empty paragraph whose mark is deleted.
    A cell must end with a paragraph."""
    anak = list(induk)
    for a, b in zip(anak, anak[1:]):
        if a.tag == TBL and b.tag == TBL and (pen.salinan(a) or pen.salinan(b)):
            p = etree.Element(P)
            _tandai_tanda_paragraf(p, DEL, pen)
            a.addnext(p)
    if induk.tag == TC:
        blok = _blok(induk)
        if blok and blok[-1].tag == TBL:
            induk.append(etree.Element(P))


# --- paragraphs -----------------------------------------------------------------


def _run_sederhana(r) -> bool:
    for c in r:
        if c.tag not in _ISI_RUN_SEDERHANA:
            return False
        if c.tag == w("br") and c.get(w("type")) not in (None, "textWrapping"):
            return False
    return True


def _sederhana(p) -> bool:
    """Only runs of text, tabs and line breaks: rebuilt word by word."""
    for c in p:
        if c.tag in (PPR, *_ANAK_P_BUANG):
            continue
        if c.tag != R or not _run_sederhana(c):
            return False
    return True


def _isi_run(p) -> tuple[str, list]:
    """A simple paragraph's text and, for each character, where it came
    from: (the rPr of its run, and "t" for text, else the w:tab or w:br
    element it stands for)."""
    teks: list[str] = []
    sumber: list = []
    for r in p.findall(R):
        rpr = r.find(RPR)
        for c in r:
            if c.tag == w("t"):
                teks.append(c.text or "")
                sumber.extend([(rpr, "t")] * len(c.text or ""))
            elif c.tag in (w("tab"), w("br")):
                teks.append("\t" if c.tag == w("tab") else "\n")
                sumber.append((rpr, c.tag))
    return "".join(teks), sumber


_TOKEN = re.compile(r"\s+|\S+")
_TANDA_BACA = re.compile(r"^([(\[\"“‘']*)(.*?)([)\]\"”’';:,.!?]*)$", re.S)


def token(teks: str) -> list[str]:
    """Words, spaces, and each punctuation mark around a word as tokens of
    their own ("(IKU);" -> "(", "IKU", ")", ";"); numbers such as 1.234,56
    stay whole."""
    hasil: list[str] = []
    for t in _TOKEN.findall(teks):
        if t.isspace():
            hasil.append(t)
            continue
        buka, inti, tutup = _TANDA_BACA.match(t).groups()
        hasil.extend(buka)
        if inti:
            hasil.append(inti)
        hasil.extend(tutup)
    return hasil


def beda_token(lama: str, baru: str) -> list[tuple[str, str, str]]:
    """(kind, old text, new text) segments, kind "sama" or "ubah"; a stretch of
    spaces between two changes joins them, so a rewritten phrase reads as one
    deletion and one insertion."""
    a, b = token(lama), token(baru)
    segmen: list[list] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        jenis = "sama" if op == "equal" else "ubah"
        lama_t, baru_t = "".join(a[i1:i2]), "".join(b[j1:j2])
        if segmen and segmen[-1][0] == jenis:
            segmen[-1][1] += lama_t
            segmen[-1][2] += baru_t
        else:
            segmen.append([jenis, lama_t, baru_t])
    gabung: list[list] = []
    k = 0
    while k < len(segmen):
        s = segmen[k]
        if (
            s[0] == "sama" and s[1].isspace() and gabung and gabung[-1][0] == "ubah"
            and k + 1 < len(segmen) and segmen[k + 1][0] == "ubah"
        ):  # fmt: skip
            nxt = segmen[k + 1]
            gabung[-1][1] += s[1] + nxt[1]
            gabung[-1][2] += s[2] + nxt[2]
            k += 2
            continue
        gabung.append(list(s))
        k += 1
    return [tuple(s) for s in gabung]


def _runs(teks: str, sumber: list, awal: int, akhir: int, hapus: bool) -> list:
    """Runs for characters awal..akhir, one per stretch from the same run,
    each with a copy of that run's rPr; text in w:t (w:delText when deleted),
    tabs and breaks as the elements they were."""
    hasil = []
    k = awal
    while k < akhir:
        rpr = sumber[k][0]
        r = etree.Element(R)
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        while k < akhir and sumber[k][0] is rpr:
            jenis = sumber[k][1]
            if jenis != "t":
                etree.SubElement(r, jenis)
                k += 1
                continue
            ujung = k
            while ujung < akhir and sumber[ujung][0] is rpr and sumber[ujung][1] == "t":
                ujung += 1
            t = etree.SubElement(r, w("delText") if hapus else w("t"))
            t.text = teks[k:ujung]
            t.set(XML_SPACE, "preserve")
            k = ujung
        hasil.append(r)
    return hasil


def _ubah_paragraf(lama, baru, pen: _Penanda) -> None:
    if _teks_p(lama) == _teks_p(baru):
        return  # same text: formatting changes are not tracked
    if not (_sederhana(lama) and _sederhana(baru)):
        baru.addprevious(_salin_hapus_paragraf(lama, pen))
        _tandai_tambah_paragraf(baru, pen)
        return
    teks_l, sumber_l = _isi_run(lama)
    teks_b, sumber_b = _isi_run(baru)
    anak = []
    pl = pb = 0
    for jenis, sl, sb in beda_token(teks_l, teks_b):
        if jenis == "sama":
            anak.extend(_runs(teks_b, sumber_b, pb, pb + len(sb), False))
        else:
            if sl:
                d = pen.buat(DEL)
                d.extend(_runs(teks_l, sumber_l, pl, pl + len(sl), True))
                pen.bersihkan(d)
                anak.append(d)
            if sb:
                ins = pen.buat(INS)
                ins.extend(_runs(teks_b, sumber_b, pb, pb + len(sb), False))
                anak.append(ins)
        pl += len(sl)
        pb += len(sb)
    for c in list(baru):
        if c.tag != PPR:
            baru.remove(c)
    baru.extend(anak)


def _tandai_tanda_paragraf(p, tag: str, pen: _Penanda) -> None:
    """Mark the paragraph mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    ppr = p.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        p.insert(0, ppr)
    rpr = ppr.find(RPR)
    if rpr is None:
        rpr = etree.Element(RPR)
        setelah = [c for c in ppr if c.tag in (SECTPR, w("pPrChange"))]
        if setelah:
            setelah[0].addprevious(rpr)
        else:
            ppr.append(rpr)
    for lama in rpr.findall(INS) + rpr.findall(DEL):
        rpr.remove(lama)
    rpr.insert(0, pen.buat(tag))


def _bungkus(induk, tag: str, pen: _Penanda) -> None:
    """Wrap each stretch of runs directly in ``induk`` in one w:ins/w:del."""
    kelompok = None
    for c in list(induk):
        if c.tag == R:
            if kelompok is None:
                kelompok = pen.buat(tag)
                c.addprevious(kelompok)
            kelompok.append(c)
            continue
        kelompok = None
        if c.tag in _WADAH_RUN:
            _bungkus(c, tag, pen)
        elif c.tag == w("sdt"):
            isi = c.find(w("sdtContent"))
            if isi is not None:
                _bungkus(isi, tag, pen)


def _tandai_tambah_paragraf(p, pen: _Penanda, tanda: bool = True) -> None:
    _bungkus(p, INS, pen)
    if tanda:
        _tandai_tanda_paragraf(p, INS, pen)


def _run_milik(p) -> list:
    """The runs of a paragraph (also inside hyperlinks and the like), not
    those of text boxes inside it."""
    return [r for r in p.iter(R) if next(r.iterancestors(P), None) is p]


def _run_hapus(r):
    """A copy of an old run as a deleted run; None when it refers to other
    parts of the old package (drawings, notes, comments)."""
    if any(el.tag in _ISI_RUJUKAN for el in r.iter()):
        return None
    baru = etree.Element(R)
    for c in r:
        c = copy.deepcopy(c)
        if c.tag == w("t"):
            c.tag = w("delText")
            c.set(XML_SPACE, "preserve")
        elif c.tag == w("instrText"):
            c.tag = w("delInstrText")
        baru.append(c)
    return baru


def _salin_hapus_paragraf(p, pen: _Penanda, tanda: bool = True):
    """The old paragraph put back: its runs deleted, its mark deleted; no
    section properties, bookmarks or links of the old package."""
    hasil = etree.Element(P)
    ppr = p.find(PPR)
    if ppr is not None:
        ppr = copy.deepcopy(ppr)
        for c in list(ppr):
            if c.tag in (SECTPR, w("pPrChange")):
                ppr.remove(c)
        rpr = ppr.find(RPR)
        if rpr is not None:
            for c in rpr.findall(INS) + rpr.findall(DEL):
                rpr.remove(c)
        hasil.append(ppr)
    runs = [x for x in (_run_hapus(r) for r in _run_milik(p)) if x is not None]
    if runs:
        d = pen.buat(DEL)
        d.extend(runs)
        hasil.append(d)
    if tanda:
        _tandai_tanda_paragraf(hasil, DEL, pen)
    pen.bersihkan(hasil)
    return hasil


# --- tables ---------------------------------------------------------------------


def _tandai_baris(tr, tag: str, pen: _Penanda) -> None:
    """w:trPr/w:ins or w:trPr/w:del (after the row properties, before trPrChange)."""
    trpr = tr.find(TRPR)
    if trpr is None:
        trpr = etree.Element(TRPR)
        tr.insert(1 if len(tr) and tr[0].tag == w("tblPrEx") else 0, trpr)
    for c in trpr.findall(INS) + trpr.findall(DEL):
        trpr.remove(c)
    if not any(c.tag not in (INS, DEL, w("trPrChange")) for c in trpr):
        # The schema wants at least one row property before w:ins/w:del:
        # "no grid column after the last cell", which is the default anyway.
        etree.SubElement(trpr, w("gridAfter")).set(w("val"), "0")
    el = pen.buat(tag)
    ubah = trpr.find(w("trPrChange"))
    if ubah is not None:
        ubah.addprevious(el)
    else:
        trpr.append(el)


def _hapus_isi(el, pen: _Penanda) -> None:
    """Every paragraph inside ``el`` (a row or table copy) with its runs deleted."""
    for p in list(el.iter(P)):
        p.getparent().replace(p, _salin_hapus_paragraf(p, pen, tanda=False))


def _salin_hapus_baris(tr, pen: _Penanda):
    salinan = copy.deepcopy(tr)
    for baris in salinan.iter(TR):
        _tandai_baris(baris, DEL, pen)
    _hapus_isi(salinan, pen)
    pen.bersihkan(salinan)
    return salinan


def _salin_hapus_tabel(tbl, pen: _Penanda):
    salinan = copy.deepcopy(tbl)
    for tr in salinan.iter(TR):
        _tandai_baris(tr, DEL, pen)
    _hapus_isi(salinan, pen)
    pen.bersihkan(salinan)
    pen.salinan_tabel.append(salinan)
    return salinan


def _tandai_tambah_baris(tr, pen: _Penanda) -> None:
    for baris in tr.iter(TR):
        _tandai_baris(baris, INS, pen)
    for p in tr.iter(P):
        _tandai_tambah_paragraf(p, pen, tanda=False)


def _tandai_tambah_tabel(tbl, pen: _Penanda) -> None:
    for tr in tbl.findall(TR):
        _tandai_tambah_baris(tr, pen)


def _kolom(tbl) -> int:
    return len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}"))


def _rentang(tr) -> list[int]:
    hasil = []
    for tc in tr.findall(TC):
        span = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
        hasil.append(int(span.get(w("val"), "1")) if span is not None else 1)
    return hasil


def _ubah_tabel(lama, baru, pen: _Penanda) -> None:
    if _kolom(lama) != _kolom(baru):
        # Another grid: the old table deleted whole, the new one inserted whole.
        salinan = _salin_hapus_tabel(lama, pen)
        baru.addprevious(salinan)
        pemisah = etree.Element(P)
        _tandai_tanda_paragraf(pemisah, DEL, pen)
        baru.addprevious(pemisah)
        _tandai_tambah_tabel(baru, pen)
        return
    kata: dict = {}

    def kata_dari(tr):
        if tr not in kata:
            kata[tr] = _kata(" ".join(_sig_baris(tr)))
        return kata[tr]

    def ubah(a, b) -> None:
        if _rentang(a) != _rentang(b):
            b.addprevious(_salin_hapus_baris(a, pen))
            _tandai_tambah_baris(b, pen)
            return
        for tc_a, tc_b in zip(a.findall(TC), b.findall(TC)):
            _gabung_blok(tc_a, tc_b, pen)

    def taruh_akhir(salinan: list, terakhir) -> None:
        for d in salinan:
            if terakhir is not None:
                terakhir.addnext(d)
                terakhir = d
            else:
                baru.append(d)

    _gabung(
        lama.findall(TR),
        baru.findall(TR),
        _sig_baris,
        lambda a, b: _dice(kata_dari(a), kata_dari(b)),
        ubah,
        lambda a: [_salin_hapus_baris(a, pen)],
        lambda b: _tandai_tambah_baris(b, pen),
        taruh_akhir,
    )
