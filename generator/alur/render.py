"""Step 3 of the build: render the documents to .docx bytes, each put into
the build's :class:`.hasil.Hasil` as soon as it is made.

A decree being built is rendered first, then its annexes are joined into
it one by one (:class:`generator.word.susun.Penyusun`): an annex whose
current bytes are at hand (``ada``: its file in keluaran/, or made before
from the same inputs) is read from them; any other is rendered,
serialised and put into the result, then joined.  Each annex is let go
once joined, so the build holds the decree and one annex at a time.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Mapping
from pathlib import Path

from ..dasar.memori import kembalikan
from ..muat import model as m
from ..word.paket import atur_properti, docx_bytes, tulis_docx
from ..word.periksa_docx import pastikan_terbuka
from ..word.render import Perender
from ..word.susun import Penyusun
from .hasil import Hasil
from .rencana import Dokumen
from .templat import pastikan_templat

#: Annexes joined between two garbage collections.
GC_SETIAP = 40


class _Perender:
    """The documents of one build rendered with one :class:`Perender`."""

    def __init__(self, templat: Path, konten: m.Konten) -> None:
        self.templat = templat
        self.konten = konten
        self.perender = Perender()
        logo = konten.instansi.logo
        self.gambar = {"logo": konten.folder / logo} if logo is not None else {}

    def dokumen(self, d: Dokumen):
        """``d`` rendered, page set up (not yet joined, no core properties).
        The context is handed over, so that nothing here holds it (and its
        pictures) once they are in the document."""
        konteks = d.buat_konteks
        if d.narasi:  # a report: what drawing its charts and converting its narratives left is given back first
            siap = [d.buat_konteks()]
            kembalikan()
            konteks = siap.pop
        return self.perender.render(
            self.templat / d.templat, konteks, self.konten.instansi.pengaturan, d.status,
            gambar=self.gambar if d.logo else None,
        )

    @staticmethod
    def bytes(d: Dokumen, doc) -> bytes:
        """Core properties from the content, then serialised (before it is
        joined anywhere: joining must not change the stand-alone bytes)."""
        atur_properti(doc, judul=d.judul, waktu=d.waktu)
        return docx_bytes(doc)

    @staticmethod
    def simpan(d: Dokumen, data: bytes, hasil: Hasil) -> None:
        """Into ``hasil``, once it opens (what is reported as written must)."""
        pastikan_terbuka(data, d.berkas)
        hasil.taruh(d.id, d.berkas, data)


def render(
    semua: list[Dokumen],
    dibangun: list[Dokumen],
    templat: Path,
    konten: m.Konten,
    hasil: Hasil,
    ada: Mapping[str, Path | bytes] | None = None,
) -> Hasil:
    """Render the documents ``dibangun`` into ``hasil`` (with the annexes
    rendered to join them); ``ada`` holds the annexes whose current bytes
    are at hand (id -> their file, or their bytes)."""
    # What is alive before rendering (the content, modules, font metrics)
    # lives to the end: frozen (after one collection, so that no garbage is
    # frozen with it), the collections between documents scan only what
    # rendering made (at the example's size they took a fifth of it).
    gc.collect()
    gc.freeze()
    try:
        return _render(semua, dibangun, templat, konten, hasil, ada or {})
    finally:
        gc.unfreeze()


def _render(
    semua: list[Dokumen], dibangun: list[Dokumen], templat: Path, konten: m.Konten, hasil: Hasil,
    ada: Mapping[str, Path | bytes],
) -> Hasil:
    per_id = {d.id: d for d in semua}
    ids = {d.id for d in dibangun}
    digabung = {b for d in dibangun for b in d.bagian}  # annexes joined into a decree being built
    perlu = ids | {b for b in digabung if b not in ada}
    pastikan_templat(templat, {per_id[i].templat for i in perlu})
    p = _Perender(templat, konten)
    for d in semua:
        if d.id not in ids or d.id in digabung:
            continue
        doc = p.dokumen(d)
        if d.bagian:
            doc = _gabung(p, doc, [per_id[b] for b in d.bagian], ids, ada, hasil)
        atur_properti(doc, judul=d.judul, waktu=d.waktu)
        hasil.tulis(d.id, d.berkas, lambda f, doc=doc: tulis_docx(doc, f))
        del doc  # let it go before the check opens the file again
        kembalikan()
        pastikan_terbuka(hasil.isi(d.id), d.berkas)  # what is reported as written must open (read from its file)
        kembalikan()  # and what the check opened
    return hasil


def _gabung(p: _Perender, utama, bagian: list[Dokumen], ids: set[str], ada: Mapping[str, Path | bytes], hasil: Hasil):
    """``utama`` with the annexes ``bagian`` joined, one at a time."""
    from docx import Document

    penyusun = Penyusun(utama)
    for n, b in enumerate(bagian, start=1):
        if b.id in ids or b.id not in ada:
            doc = p.dokumen(b)
            data = p.bytes(b, doc)
            p.simpan(b, data, hasil)
        else:
            data = ada[b.id]
            doc = Document(io.BytesIO(data.read_bytes() if isinstance(data, Path) else data))
        penyusun.tambah(doc)
        del doc, data
        if n % GC_SETIAP == 0:
            kembalikan()  # the annexes let go are cycles: free them as the decree grows
    return penyusun.selesai()
