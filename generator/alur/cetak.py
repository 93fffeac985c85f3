"""The build's steps with LibreOffice, through one office per build
(:class:`generator.tulis.kantor.Kantor`):

* :func:`isi_daftar_isi` (before the finals are protected, since it changes
  the bytes): each document with a table of contents is laid out by
  LibreOffice, its entries and page numbers written into our own .docx
  (:func:`generator.word.daftar_isi.isi_daftar_isi`), and the filled
  document laid out again to check that LibreOffice finds the same entries
  on the same pages (a changed table of contents may move pages: then it
  is filled again, at most a few times);
* :func:`buat_pdf`: the PDF of each document, its indexes and fields updated
  first; PDF/A-2b for a final one.

Where LibreOffice has no UNO (no Python with its ``uno`` module) the PDFs
come from ``soffice --convert-to`` (:func:`generator.tulis.pdf.pdf_dari_docx`)
and the Daftar Isi stays without page numbers; each such case is one
warning line.  Without LibreOffice at all a build without PDFs still
succeeds, its Daftar Isi without numbers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..tulis.kantor import Kantor, UnoTidakAda
from ..tulis.pdf import PdfError, pdf_dari_docx
from ..word.daftar_isi import ada_daftar_isi
from ..word.daftar_isi import isi_daftar_isi as tulis_daftar_isi
from ..word.periksa_docx import pastikan_terbuka
from .rencana import Dokumen

__all__ = ["buat_pdf", "isi_daftar_isi"]

#: Layouts of a document whose filled table of contents still moved pages.
PUTARAN = 3


def _ke_stderr(teks: str) -> None:
    print(f"peringatan: {teks}", file=sys.stderr)


def _baris_pertama(galat: Exception) -> str:
    return str(galat).strip().splitlines()[0] if str(galat).strip() else type(galat).__name__


def isi_daftar_isi(
    dokumen: list[Dokumen],
    data: dict[str, bytes],
    kantor: Kantor,
    peringatan: Callable[[str], None] | None = None,
    pdf: bool = False,
) -> dict[str, bytes]:
    """``data`` with the Daftar Isi of each document of ``dokumen`` that has
    one filled with LibreOffice's entries and page numbers.  With ``pdf``
    the checking layout also exports the PDF, which the office keeps for
    :func:`buat_pdf`."""
    berdaftar = [d for d in dokumen if ada_daftar_isi(data[d.id])]
    if not berdaftar:
        return data
    peringatan = peringatan or _ke_stderr
    galat = kantor.tersedia()
    if galat is not None:
        peringatan(f"Daftar Isi tanpa nomor halaman ({', '.join(d.id for d in berdaftar)}): {_baris_pertama(galat)}")
        return data
    hasil = dict(data)
    for d in berdaftar:
        try:
            hasil[d.id] = _isi(d, data[d.id], kantor, peringatan, pdf)
            pastikan_terbuka(hasil[d.id], d.berkas)  # the filled document must open too
        except PdfError as e:  # the office failed on it: the document stays as rendered
            peringatan(f"Daftar Isi {d.id} tanpa nomor halaman: {_baris_pertama(e)}")
    return hasil


def _isi(d: Dokumen, data: bytes, kantor: Kantor, peringatan: Callable[[str], None], pdf: bool) -> bytes:
    """One document's filled bytes: filled from a layout, laid out again,
    until both layouts agree."""
    daftar = kantor.proses(d.berkas, data, pdfa=d.final).daftar_isi
    for _ in range(PUTARAN):
        try:
            baru = tulis_daftar_isi(data, daftar)
        except ValueError as e:
            peringatan(f"Daftar Isi {d.id} tanpa nomor halaman: {e}")
            return data
        ulang = kantor.proses(d.berkas, baru, pdf=pdf, pdfa=d.final).daftar_isi
        if ulang == daftar:
            return baru
        daftar = ulang
    peringatan(f"Daftar Isi {d.id}: nomor halaman belum tetap setelah {PUTARAN} kali ditata; periksa di PDF-nya.")
    return baru


def buat_pdf(
    dokumen: list[Dokumen],
    data: dict[str, bytes],
    kantor: Kantor,
    peringatan: Callable[[str], None] | None = None,
    batas_waktu: float = 300,
) -> dict[str, bytes]:
    """PDFs by id, through the build's office; where it has no UNO, one
    ``soffice --convert-to`` run per status, with a warning."""
    if not dokumen:
        return {}
    galat = kantor.tersedia()
    if isinstance(galat, UnoTidakAda):
        (peringatan or _ke_stderr)(f"PDF dibuat dengan soffice --convert-to; Daftar Isi di PDF tanpa nomor halaman: {_baris_pertama(galat)}")
        return _pdf_cli(dokumen, data, batas_waktu)
    if galat is not None:
        raise galat
    return {d.id: kantor.proses(d.berkas, data[d.id], pdf=True, pdfa=d.final).pdf for d in dokumen}


def _pdf_cli(dokumen: list[Dokumen], data: dict[str, bytes], batas_waktu: float) -> dict[str, bytes]:
    """PDFs by id: one soffice run for the konsep documents and one for the
    final ones (PDF/A-2b, ready for electronic signing)."""
    hasil: dict[str, bytes] = {}
    for final in (False, True):
        kelompok = {d.berkas: d for d in dokumen if d.final == final}
        pdf = pdf_dari_docx({b: data[d.id] for b, d in kelompok.items()}, pdfa=final, batas_waktu=batas_waktu)
        hasil.update({kelompok[b].id: isi for b, isi in pdf.items()})
    return hasil

