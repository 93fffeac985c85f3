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
from collections.abc import Callable, Mapping

from ..dasar.tembolok import Tembolok, kunci, sidik_paket
from ..tulis.kantor import Kantor, UnoTidakAda
from ..tulis.pdf import PdfError, pdf_dari_docx
from ..word.daftar_isi import ada_daftar_isi
from ..word.daftar_isi import isi_daftar_isi as tulis_daftar_isi
from ..word.periksa_docx import pastikan_terbuka
from .hasil import GAGAL, TANPA_KANTOR, TERISI, Hasil
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
    data: Hasil,
    kantor: Kantor,
    peringatan: Callable[[str], None] | None = None,
    pdf: bool = False,
    tembolok: Tembolok | None = None,
    identitas: Callable[[], str] = lambda: "",
) -> dict[str, str]:
    """Fill the Daftar Isi of each document of ``dokumen`` that has one
    with LibreOffice's entries and page numbers, in ``data``.  With ``pdf``
    the checking layout also exports the PDF, which the office keeps for
    :func:`buat_pdf`.  A document laid out before, to the byte, by the same
    LibreOffice (``identitas()``) is filled from ``tembolok``.  Returns, for
    each document with a Daftar Isi, what became of it (:data:`TERISI`,
    :data:`TANPA_KANTOR`, :data:`GAGAL`)."""
    berdaftar = [d for d in dokumen if ada_daftar_isi(data[d.id])]
    if not berdaftar:
        return {}
    peringatan = peringatan or _ke_stderr
    tembolok = tembolok or Tembolok(None)
    kunci_ = {d.id: kunci("daftar-isi", sidik_paket(), identitas(), d.final, data.sidik(d.id)) for d in berdaftar}
    hasil = {}
    for d in berdaftar:
        if (baru := tembolok.ambil("daftar-isi", kunci_[d.id])) is not None:
            data.taruh(d.id, d.berkas, baru)
            hasil[d.id] = TERISI
    sisa = [d for d in berdaftar if d.id not in hasil]
    galat = kantor.tersedia() if sisa else None
    if galat is not None:
        peringatan(f"Daftar Isi tanpa nomor halaman ({', '.join(d.id for d in sisa)}): {_baris_pertama(galat)}")
        return {**hasil, **{d.id: TANPA_KANTOR for d in sisa}}
    for d in sisa:
        try:
            baru, hasil[d.id] = _isi(d, data[d.id], kantor, peringatan, pdf)
            pastikan_terbuka(baru, d.berkas)  # the filled document must open too
            data.taruh(d.id, d.berkas, baru)
        except PdfError as e:  # the office failed on it: the document stays as rendered
            hasil[d.id] = GAGAL
            peringatan(f"Daftar Isi {d.id} tanpa nomor halaman: {_baris_pertama(e)}")
        if hasil[d.id] == TERISI:
            tembolok.taruh("daftar-isi", kunci_[d.id], baru)
    return hasil


def _isi(d: Dokumen, data: bytes, kantor: Kantor, peringatan: Callable[[str], None], pdf: bool) -> tuple[bytes, str]:
    """One document's filled bytes, filled from a layout, laid out again,
    until both layouts agree; and whether they did."""
    daftar = kantor.proses(d.berkas, data, pdfa=d.final).daftar_isi
    for _ in range(PUTARAN):
        try:
            baru = tulis_daftar_isi(data, daftar)
        except ValueError as e:
            peringatan(f"Daftar Isi {d.id} tanpa nomor halaman: {e}")
            return data, GAGAL
        ulang = kantor.proses(d.berkas, baru, pdf=pdf, pdfa=d.final).daftar_isi
        if ulang == daftar:
            return baru, TERISI
        daftar = ulang
    peringatan(f"Daftar Isi {d.id}: nomor halaman belum tetap setelah {PUTARAN} kali ditata; periksa di PDF-nya.")
    return baru, GAGAL


def buat_pdf(
    dokumen: list[Dokumen],
    data: Mapping[str, bytes],
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


def _pdf_cli(dokumen: list[Dokumen], data: Mapping[str, bytes], batas_waktu: float) -> dict[str, bytes]:
    """PDFs by id: one soffice run for the konsep documents and one for the
    final ones (PDF/A-2b, ready for electronic signing)."""
    hasil: dict[str, bytes] = {}
    for final in (False, True):
        kelompok = {d.berkas: d for d in dokumen if d.final == final}
        pdf = pdf_dari_docx({b: data[d.id] for b, d in kelompok.items()}, pdfa=final, batas_waktu=batas_waktu)
        hasil.update({kelompok[b].id: isi for b, isi in pdf.items()})
    return hasil

