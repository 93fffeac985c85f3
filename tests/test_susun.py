"""Menggabungkan dokumen dan menambah gambar dalam waktu linear (issue 13)
tanpa mengubah hasilnya: penomoran ulang penanda (bookmark) dan id gambar
docxcompose dilakukan sekali sesudah Lampiran terakhir, dan sidik gambar
dihitung sekali per bagian gambar; keduanya dibandingkan per byte dengan
cara pustaka itu sendiri."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.shared import Cm
from docxcompose.composer import Composer

from generator.alur.hasil import Hasil
from generator.alur.render import render
from generator.alur.rencana import rencana
from generator.periksa import muat_valid
from generator.word.bagian_gambar import sidik_sekali
from generator.word.oxml.bagian import ambil_alih_bagian, tutup_bagian
from generator.word.paket import docx_bytes
from generator.word.susun import susun
from tests.bantu import KONTEN, TEMPLAT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _susun_docxcompose(utama, bagian):
    """The join as docxcompose does it alone: everything renumbered after each part."""
    komposer = Composer(utama)
    body = utama.element.body
    for doc in bagian:
        tutup_bagian(body)
        komposer.append(doc)
        ambil_alih_bagian(body, doc.element.body)
    return utama


@pytest.fixture(scope="module")
def dokumen_contoh() -> dict[str, bytes]:
    konten = muat_valid(KONTEN)
    semua = rencana(konten, TEMPLAT)
    hasil = render(semua, semua, TEMPLAT, konten, Hasil())
    return {d.id: hasil[d.id] for d in semua}


def test_nomor_ulang_sekali_sama_dengan_docxcompose(dokumen_contoh):
    """The LKjIP (21 charts, headings with bookmarks, several sections) as
    the main document, with the annexes and the LKjIP again appended."""
    lkjip = dokumen_contoh["lkjip-2022"]
    bagian = [b for i, b in dokumen_contoh.items() if "-lampiran-" in i] + [lkjip]

    def buka(data):
        return Document(io.BytesIO(data))

    lama = docx_bytes(_susun_docxcompose(buka(lkjip), [buka(b) for b in bagian]))
    baru_doc = susun(buka(lkjip), [buka(b) for b in bagian])
    assert docx_bytes(baru_doc) == lama
    # Not vacuous: ids that the joining had to renumber, now unique and in order.
    body = baru_doc.element.body
    penanda = [int(b.get(f"{W}id")) for b in body.iter(f"{W}bookmarkStart")]
    gambar = [int(g.get("id")) for g in body.iter(f"{WP}docPr")]
    assert len(penanda) > 10 and penanda == list(range(len(penanda)))
    assert len(gambar) >= 42 and gambar == list(range(1, len(gambar) + 1))


def _png(warna: tuple[int, int, int]) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), warna).save(buf, format="PNG")
    return buf.getvalue()


def test_gambar_dengan_sidik_sekali_sama_dengan_python_docx():
    """The same pictures added (some twice) to a stock document and to one
    whose image parts remember their hashes: the same parts, the same bytes."""
    merah, biru = _png((200, 0, 0)), _png((0, 0, 200))
    hasil = []
    for ingat in (False, True):
        doc = Document()
        if ingat:
            sidik_sekali(doc)
        for data in (merah, biru, merah, merah, biru):
            doc.add_picture(io.BytesIO(data), width=Cm(1))
        hasil.append((docx_bytes(doc), len(doc.part.package.image_parts)))
    assert hasil[0] == hasil[1]
    assert hasil[1][1] == 2  # a picture seen before is the same part
