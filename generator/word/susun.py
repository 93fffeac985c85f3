"""Join the decree body and its annexes into one document (docxcompose),
keeping each part's own section: portrait body, landscape annexes.

docxcompose drops the section properties of appended documents; here each
part's section is kept by closing the previous section with a section-break
paragraph before appending, then taking over the appended part's final
section properties.  Headers are inherited from the first section.

docxcompose's ``Composer.insert`` renumbers the bookmarks and the drawing
ids (``wp:docPr``, ``pic:cNvPr``) of the whole merged document after every
part, which makes joining n annexes cost n² (25 s for 320 annexes).  Each
renumbering gives every id from its place in the whole document, so the
last one decides them all: :class:`Penyusun` renumbers once, after the last
annex, and the decree is the same to the byte.
"""

from __future__ import annotations

from docxcompose.composer import Composer

from .oxml.bagian import ambil_alih_bagian, tutup_bagian

_NOMOR_ULANG = ("renumber_bookmarks", "renumber_docpr_ids", "renumber_nvpicpr_ids")


class _Komposer(Composer):
    """docxcompose's Composer with its renumbering left for :meth:`nomori`."""

    def renumber_bookmarks(self) -> None:
        pass

    def renumber_docpr_ids(self) -> None:
        pass

    def renumber_nvpicpr_ids(self) -> None:
        pass

    def fix_section_types(self, doc) -> None:
        if len(doc.sections) != 1:  # docxcompose counts the whole merged document first, for nothing
            super().fix_section_types(doc)

    def fix_header_and_footers(self, doc) -> None:
        if len(doc.sections) != 1:
            super().fix_header_and_footers(doc)

    def nomori(self) -> None:
        """The renumbering docxcompose does after each part, done once."""
        for nama in _NOMOR_ULANG:
            getattr(Composer, nama)(self)


class Penyusun:
    """Joins annexes into ``utama`` one at a time (each can be let go once
    added); :meth:`selesai` gives the joined document."""

    def __init__(self, utama) -> None:
        self.utama = utama
        self._komposer = _Komposer(utama)

    def tambah(self, doc) -> None:
        body = self.utama.element.body
        tutup_bagian(body)
        self._komposer.append(doc)
        ambil_alih_bagian(body, doc.element.body)

    def selesai(self):
        self._komposer.nomori()
        return self.utama


def susun(utama, bagian: list) -> object:
    """Append ``bagian`` (python-docx Documents) to ``utama``, section by section."""
    penyusun = Penyusun(utama)
    for doc in bagian:
        penyusun.tambah(doc)
    return penyusun.selesai()
