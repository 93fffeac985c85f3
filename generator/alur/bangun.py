"""The build as a chain of named steps, each taking and returning plain values:

    load and validate (:func:`generator.periksa.muat_valid`)
    -> plan the documents (:func:`.rencana.rencana`, :func:`.rencana.pilih`)
    -> render each to bytes (:func:`.render.render`)
    -> fill the Daftar Isi with LibreOffice's page numbers (:func:`.cetak.isi_daftar_isi`)
    -> protect the finals (:func:`generator.tulis.final.lindungi_final`)
    -> PDFs (:func:`.cetak.buat_pdf`), through the same LibreOffice
    -> write everything and the manifest in one transaction (:func:`.simpan.simpan`).

Used by the ``bangun`` command, by ``beda --lacak`` (:func:`bangun_memori`)
and by the benchmark.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..periksa import muat_valid
from ..tulis.final import Lindungan, lindungi_final, pdf_di_samping, periksa_set
from ..tulis.jalur import periksa_id
from ..tulis.kunci import kunci_keluaran
from ..tulis.kantor import Kantor
from ..tulis.proses import bersihkan_sisa
from ..tulis.transaksi import pulihkan
from .cetak import buat_pdf, isi_daftar_isi
from .render import render
from .rencana import Dokumen, pilih, rencana
from .simpan import simpan
from .templat import folder_templat

__all__ = ["bangun", "bangun_memori", "rencana"]


def bangun(
    konten_folder: Path,
    keluaran: Path,
    templat: Path | None = None,
    ids: list[str] | None = None,
    *,
    ketat: bool = False,
    konsep: bool = False,
    pdf: bool = False,
    ganti_final: bool = False,
    batas_waktu_pdf: float = 300,
    masalah=None,
    pengamat: Callable[[str], None] | None = None,
    tunggu: float = 300,
    saat_menunggu: Callable[[str], None] | None = None,
    peringatan: Callable[[str], None] | None = None,
) -> list[dict]:
    """Build the documents; write them and the manifest in one transaction.

    ``konsep`` forces every decree to a konsep (a preview); ``pdf`` adds a
    PDF of each document (one LibreOffice run per status, PDF/A-2b for final
    documents); ``templat`` is the folder given with --templat, or None for
    the project's or the built-in templates (:func:`.templat.folder_templat`);
    ``ganti_final`` allows replacing a final document whose
    content changed, after archiving the old one.  ``masalah`` receives the
    warnings and readings to confirm; ``pengamat`` each step of the commit
    (:class:`generator.tulis.transaksi.Transaksi`).  From the recovery of
    an interrupted commit to the end of this one the keluaran folder is
    locked (:func:`generator.tulis.kunci.kunci_keluaran`): another build
    waits up to ``tunggu`` seconds, announced to ``saat_menunggu``.
    One LibreOffice serves the build (:class:`generator.tulis.kantor.Kantor`);
    where it is missing or has no UNO, ``peringatan`` gets one line (stderr
    by default).  Returns the manifest entries written, then those of the
    finals left as they were (``tetap``).
    """
    bersihkan_sisa()  # what a killed PDF run left: LibreOffice still running, temporary folders
    konten = muat_valid(konten_folder, ketat=ketat, laporan=masalah)
    with folder_templat(templat, konten_folder) as templat:  # after the content is valid: built-ins cost a second
        semua = rencana(konten, templat, paksa_konsep=konsep)
        dipilih = pilih(semua, ids or [])
        for d in dipilih:
            periksa_id(d.id)  # its file name: never outside keluaran/
        data = render(semua, dipilih, templat, konten)
        keluaran = Path(keluaran)
        akar = Path(konten_folder).resolve().parent
        with Kantor(batas_waktu_pdf) as kantor, kunci_keluaran(keluaran, tunggu, saat_menunggu):
            data = isi_daftar_isi(dipilih, data, kantor, peringatan, pdf)
            pulihkan(keluaran)
            lindungan = lindungi_final({d.id: (d.jalur, data[d.id]) for d in dipilih if d.final}, keluaran, ganti_final)
            periksa_set(lindungan, _set_final(semua), {d.id for d in dipilih})
            baru = [d for d in dipilih if d.id not in lindungan.tetap]  # an unchanged final is left as it is
            tetap = [d for d in dipilih if d.id in lindungan.tetap]
            pdf_data = buat_pdf(_perlu_pdf(baru, tetap, lindungan, keluaran, pdf), data, kantor, peringatan, batas_waktu_pdf)
            kantor.tutup()
            return simpan(keluaran, baru, data, pdf_data, lindungan, akar, templat, pengamat, tetap)


def bangun_memori(konten_folder: Path, templat: Path, ids: list[str]) -> dict[str, tuple[Dokumen, bytes]]:
    """The documents ``ids`` as :func:`bangun` makes them, in memory, with
    the templates of folder ``templat`` (already chosen, see
    :func:`.templat.folder_templat`): id -> (the planned document, its
    bytes).  Without LibreOffice: a Daftar Isi stays without page numbers."""
    konten = muat_valid(konten_folder)
    semua = rencana(konten, templat)
    dipilih = pilih(semua, ids)
    data = render(semua, dipilih, templat, konten)
    return {d.id: (d, data[d.id]) for d in dipilih}


def _set_final(semua: list[Dokumen]) -> list[dict[str, str]]:
    """Each final decree with its annexes: id -> path inside keluaran/."""
    per_id = {d.id: d for d in semua}
    return [{i: per_id[i].jalur for i in (d.id, *d.bagian)} for d in semua if d.final and d.bagian]


def _perlu_pdf(baru: list[Dokumen], tetap: list[Dokumen], lindungan: Lindungan, keluaran: Path, pdf: bool) -> list[Dokumen]:
    """With ``--pdf``, every document written and every unchanged final
    that has no PDF yet (derived from it; the document is not touched);
    else a replaced final that had a PDF, whose old PDF must not stand
    beside the new document."""
    if pdf:
        return baru + [d for d in tetap if not pdf_di_samping(keluaran / d.jalur).exists()]
    return [d for d in baru if d.id in lindungan.diganti and pdf_di_samping(keluaran / d.jalur).exists()]
