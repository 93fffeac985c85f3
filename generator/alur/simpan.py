"""The last step of the build: one transaction with the archives of the
replaced finals, each document (its PDF, and for a final its record beside
it) and the manifest, which indexes what is in the folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..tulis.final import Lindungan, catatan_di_samping, json_bytes, pdf_di_samping, tak_terindeks, waktu_berkas
from ..tulis.pdf import LibreOfficeGagal, alasan_bukan_pdf
from ..tulis.transaksi import Transaksi, sha256
from .rencana import Dokumen
from .templat import bawaan


def simpan(
    keluaran: Path,
    dokumen: list[Dokumen],
    data: dict[str, bytes],
    pdf_data: dict[str, bytes],
    lindungan: Lindungan,
    akar: Path,
    templat: Path,
    pengamat: Callable[[str], None] | None = None,
    tetap: list[Dokumen] = (),
) -> list[dict]:
    """One transaction: the archives of the replaced finals, then each
    document of ``dokumen`` (and its PDF) with its manifest entry; the
    unchanged finals of ``tetap`` are indexed, their missing record or PDF
    added.  Returns the entries of ``dokumen``, then those of ``tetap``
    (marked ``tetap``, and ``pdf_baru`` when their PDF was added)."""
    _periksa_pdf(pdf_data)
    trans = Transaksi(keluaran, pengamat=pengamat)
    sekarang = dt.datetime.now()
    for relatif, isi in lindungan.arsip(sekarang.strftime("%Y%m%d-%H%M%S")):
        trans.tambah(relatif, isi, hanya_baca=True)
    for d in dokumen:
        entri = _entri(d, akar, templat)
        if d.id in pdf_data:
            jalur_pdf = _jalur_pdf(d)
            trans.tambah(jalur_pdf, pdf_data[d.id], hanya_baca=d.final)
            entri["pdf"] = jalur_pdf
            entri["pdf_sha256"] = sha256(pdf_data[d.id])
        entri["berkas"] = d.jalur
        entri["sha256"] = sha256(data[d.id])
        if d.final:
            entri["ditulis"] = sekarang.isoformat(timespec="seconds")
            trans.tambah(catatan_di_samping(d.jalur), json_bytes(entri), hanya_baca=True)
        trans.tambah(d.jalur, data[d.id], entri, hanya_baca=d.final)
    tetap_entri = [_tetap(trans, d, lindungan, pdf_data.get(d.id), akar, templat) for d in tetap]
    ditulis = {d.jalur for d in dokumen} | {d.jalur for d in tetap}
    for rekam in tak_terindeks(keluaran, ditulis):
        trans.catat(rekam)
    hasil = {e["berkas"]: e for e in trans.simpan() if e["berkas"] in ditulis}
    return [hasil[d.jalur] for d in dokumen] + [dict(hasil[e["berkas"]], **e) for e in tetap_entri]


def _tetap(trans: Transaksi, d: Dokumen, lindungan: Lindungan, pdf: bytes | None, akar: Path, templat: Path) -> dict:
    """An unchanged final: its record as it is, or written again when it
    was lost (from the document just built, whose bytes are the file's),
    and its PDF when it had none.  The document itself is not touched."""
    docx = lindungan.keluaran / d.jalur
    if d.id in lindungan.tanpa_catatan:
        rekam = _entri(d, akar, templat)
        if pdf_di_samping(docx).exists():
            rekam["pdf"] = _jalur_pdf(d)
            rekam["pdf_sha256"] = sha256(pdf_di_samping(docx).read_bytes())
        rekam.update(berkas=d.jalur, sha256=sha256(docx.read_bytes()), ditulis=waktu_berkas(docx))
    else:
        rekam = dict(lindungan.lama[d.id])
    if pdf is not None:
        trans.tambah(_jalur_pdf(d), pdf, hanya_baca=True)
        rekam.update(pdf=_jalur_pdf(d), pdf_sha256=sha256(pdf))
    if pdf is not None or d.id in lindungan.tanpa_catatan:
        trans.tambah(catatan_di_samping(d.jalur), json_bytes(rekam), hanya_baca=True)
    trans.catat(rekam)
    return {"berkas": d.jalur, "tetap": True, **({"pdf_baru": True} if pdf is not None else {})}


def _periksa_pdf(pdf_data: dict[str, bytes]) -> None:
    """Whatever made them, only PDFs with pages are written."""
    buruk = {did: a for did, isi in pdf_data.items() if (a := alasan_bukan_pdf(isi)) is not None}
    if buruk:
        raise LibreOfficeGagal(
            "LibreOffice tidak menghasilkan PDF yang sah: " + "; ".join(f"{did}: {a}" for did, a in buruk.items())
            + ". Periksa LibreOffice (atau NASKAH_SOFFICE). Tidak ada berkas yang diubah."
        )


def _jalur_pdf(d: Dokumen) -> str:
    return d.jalur[: -len(".docx")] + ".pdf"


def _entri(d: Dokumen, akar: Path, templat: Path) -> dict:
    """The document's manifest entry (without its file, hash and PDF)."""
    entri = {
        "id": d.id,
        "jenis": d.jenis,
        "judul": d.judul,
        "sumber": [_relatif(s, akar) for s in d.sumber if s is not None],
        "templat": bawaan(templat / d.templat) or _relatif(templat / d.templat, akar),
    }
    if d.status is not None:
        entri["status"] = d.status.value
    return entri


def _relatif(jalur: Path, akar: Path) -> str:
    try:
        return jalur.resolve().relative_to(akar.resolve()).as_posix()
    except ValueError:
        return jalur.as_posix()
