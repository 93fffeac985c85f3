"""The build as a chain of named steps, each taking and returning plain values:

    load and validate (:func:`generator.periksa.muat_valid`)
    -> plan the documents (:func:`.rencana.rencana`, :func:`.rencana.pilih`)
    -> render each to bytes (:func:`.render.render`)
    -> protect the finals (:func:`generator.tulis.final.lindungi_final`)
    -> PDFs (:func:`generator.tulis.pdf.pdf_dari_docx`)
    -> write everything and the manifest in one transaction (:func:`simpan`).

Used by the ``bangun`` command, by ``beda --lacak`` (:func:`bangun_memori`)
and by the benchmark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..periksa import muat_valid
from ..tulis.final import Lindungan, lindungi_final, pdf_di_samping
from ..tulis.pdf import pdf_dari_docx
from ..tulis.transaksi import Transaksi, pulihkan, sha256
from .render import render
from .rencana import Dokumen, pilih, rencana

__all__ = ["bangun", "bangun_memori", "rencana"]


def bangun(
    konten_folder: Path,
    keluaran: Path,
    templat: Path,
    ids: list[str] | None = None,
    *,
    ketat: bool = False,
    konsep: bool = False,
    pdf: bool = False,
    ganti_final: bool = False,
    batas_waktu_pdf: float = 300,
    masalah=None,
    pengamat: Callable[[str], None] | None = None,
) -> list[dict]:
    """Build the documents; write them and the manifest in one transaction.

    ``konsep`` forces every decree to a konsep (a preview); ``pdf`` adds a
    PDF of each document (one LibreOffice run per status, PDF/A-2b for final
    documents); ``ganti_final`` allows replacing a final document whose
    content changed, after archiving the old one.  ``masalah`` receives the
    warnings and readings to confirm; ``pengamat`` each step of the commit
    (:class:`generator.tulis.transaksi.Transaksi`).  Returns the manifest
    entries written, then those of the finals left as they were (``tetap``).
    """
    konten = muat_valid(konten_folder, ketat=ketat, laporan=masalah)
    semua = rencana(konten, templat, paksa_konsep=konsep)
    dipilih = pilih(semua, ids or [])
    data = render(semua, dipilih, templat, konten)
    keluaran = Path(keluaran)
    pulihkan(keluaran)
    lindungan = lindungi_final({d.id: data[d.id] for d in dipilih if d.final}, keluaran, ganti_final)
    baru = [d for d in dipilih if d.id not in lindungan.tetap]  # an unchanged final is left as it is
    pdf_data = _pdf(_perlu_pdf(baru, lindungan, keluaran, pdf), data, batas_waktu_pdf)
    akar = Path(konten_folder).resolve().parent
    entri = simpan(keluaran, baru, data, pdf_data, lindungan, akar, templat, pengamat)
    return entri + [dict(lindungan.lama[i], tetap=True) for i in sorted(lindungan.tetap)]


def bangun_memori(konten_folder: Path, templat: Path, ids: list[str]) -> dict[str, tuple[Dokumen, bytes]]:
    """The documents ``ids`` exactly as :func:`bangun` makes them, in memory:
    id -> (the planned document, its bytes)."""
    konten = muat_valid(konten_folder)
    semua = rencana(konten, templat)
    dipilih = pilih(semua, ids)
    data = render(semua, dipilih, templat, konten)
    return {d.id: (d, data[d.id]) for d in dipilih}


def _perlu_pdf(baru: list[Dokumen], lindungan: Lindungan, keluaran: Path, pdf: bool) -> list[Dokumen]:
    """Every document with ``--pdf``; else a replaced final that had a PDF,
    whose old PDF must not stand beside the new document."""
    if pdf:
        return baru
    ada_pdf = {e["id"] for e in lindungan.diganti if pdf_di_samping(keluaran / e["berkas"]).exists()}
    return [d for d in baru if d.id in ada_pdf]


def _pdf(dokumen: list[Dokumen], data: dict[str, bytes], batas_waktu: float) -> dict[str, bytes]:
    """PDFs by id: one LibreOffice run for the konsep documents and one for
    the final ones (PDF/A-2b, ready for electronic signing)."""
    hasil: dict[str, bytes] = {}
    for final in (False, True):
        kelompok = {d.berkas: d for d in dokumen if d.final == final}
        pdf = pdf_dari_docx({b: data[d.id] for b, d in kelompok.items()}, pdfa=final, batas_waktu=batas_waktu)
        hasil.update({kelompok[b].id: isi for b, isi in pdf.items()})
    return hasil


def simpan(
    keluaran: Path,
    dokumen: list[Dokumen],
    data: dict[str, bytes],
    pdf_data: dict[str, bytes],
    lindungan: Lindungan,
    akar: Path,
    templat: Path,
    pengamat: Callable[[str], None] | None = None,
) -> list[dict]:
    """One transaction: the archives of the replaced finals, then each
    document (and its PDF) with its manifest entry.  Returns the entries of
    ``dokumen``."""
    trans = Transaksi(keluaran, pengamat=pengamat)
    cap = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for relatif, isi in lindungan.arsip(cap):
        trans.tambah(relatif, isi, hanya_baca=True)
    for d in dokumen:
        entri = _entri(d, akar, templat)
        if d.id in pdf_data:
            jalur_pdf = d.jalur[: -len(".docx")] + ".pdf"
            trans.tambah(jalur_pdf, pdf_data[d.id], hanya_baca=d.final)
            entri["pdf"] = jalur_pdf
            entri["pdf_sha256"] = sha256(pdf_data[d.id])
        trans.tambah(d.jalur, data[d.id], entri, hanya_baca=d.final)
    ditulis = {d.jalur for d in dokumen}
    return [e for e in trans.simpan() if e["berkas"] in ditulis]


def _entri(d: Dokumen, akar: Path, templat: Path) -> dict:
    """The document's manifest entry (without its file, hash and PDF)."""
    entri = {
        "id": d.id,
        "jenis": d.jenis,
        "judul": d.judul,
        "sumber": [_relatif(s, akar) for s in d.sumber if s is not None],
        "templat": _relatif(templat / d.templat, akar),
    }
    if d.status is not None:
        entri["status"] = d.status.value
    return entri


def _relatif(jalur: Path, akar: Path) -> str:
    try:
        return jalur.resolve().relative_to(akar.resolve()).as_posix()
    except ValueError:
        return jalur.as_posix()
