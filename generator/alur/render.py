"""Step 3 of the build: render the planned documents to .docx bytes, in
memory.  A decree's annexes are rendered first and joined into it
(:mod:`generator.word.susun`); each chosen document is serialised as soon
as it is rendered."""

from __future__ import annotations

from pathlib import Path

from ..muat import model as m
from ..word.paket import atur_properti, docx_bytes
from ..word.periksa_docx import pastikan_terbuka
from ..word.render import Perender
from ..word.susun import susun
from .rencana import Dokumen
from .templat import pastikan_templat


def render(semua: list[Dokumen], dipilih: list[Dokumen], templat: Path, konten: m.Konten) -> dict[str, bytes]:
    """The bytes of each chosen document, by id."""
    ids = {d.id for d in dipilih}
    perlu = set(ids)
    for d in dipilih:
        perlu.update(d.bagian)
    pastikan_templat(templat, {d.templat for d in semua if d.id in perlu})
    gambar = {"logo": konten.folder / konten.instansi.logo} if konten.instansi.logo is not None else {}
    perender = Perender()
    dirender = {}
    data: dict[str, bytes] = {}
    for d in semua:
        if d.id not in perlu:
            continue
        doc = perender.render(
            templat / d.templat, d.buat_konteks(), konten.instansi.pengaturan, d.status, gambar=gambar if d.logo else None
        )
        if d.bagian:
            doc = susun(doc, [dirender[b] for b in d.bagian])
        atur_properti(doc, judul=d.judul, waktu=d.waktu)
        dirender[d.id] = doc
        if d.id in ids:
            # Serialise now: joining this document into the decree later
            # must not change the bytes of the stand-alone annex.
            data[d.id] = docx_bytes(doc)
            pastikan_terbuka(data[d.id], d.berkas)  # what is reported as written must open
    return data
