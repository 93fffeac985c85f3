"""The last step of the build: one transaction with the archives of the
replaced finals, each document (its PDF, and for a final its record beside
it) and the manifest, which indexes what is in the folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..tulis.final import Lindungan, catatan_di_samping, json_bytes, pdf_di_samping, tak_terindeks, waktu_berkas
from ..tulis.pdf import LibreOfficeGagal, alasan_bukan_pdf
from ..tulis.transaksi import Transaksi, sha256
from .hasil import Hasil
from .rencana import Dokumen
from .templat import bawaan


@dataclass
class Tetap:
    """The chosen documents whose files stay as they are: the finals whose
    bytes did not change, and the other documents left unbuilt because
    their inputs did not change (:mod:`.ulang`; ``catatan``: their
    records), with ``pdf`` when the build makes PDFs."""

    final: list[Dokumen] = field(default_factory=list)
    sama: list[Dokumen] = field(default_factory=list)
    catatan: dict = field(default_factory=dict)
    sidik: dict[str, str] = field(default_factory=dict)  # id -> sha256 of each of ``sama``
    pdf: bool = False

    def pdf_lama(self, d: Dokumen, keluaran: Path) -> str | None:
        """The sha256 of the PDF beside ``d`` when it is the one made from
        its bytes (recorded when it was written); else None."""
        pdf = pdf_di_samping(keluaran / d.jalur)
        rekam = self.catatan.get(d.jalur, {})
        harap = rekam.get("pdf_sha256") if rekam.get("sha256") == self.sidik.get(d.id) else None
        try:
            return harap if harap and sha256(pdf.read_bytes()) == harap else None
        except OSError:
            return None


def simpan(
    trans: Transaksi,
    dokumen: list[Dokumen],
    data: Hasil,
    pdf_data: dict[str, bytes],
    lindungan: Lindungan,
    akar: Path,
    templat: Path,
    tetap: Tetap,
) -> list[dict]:
    """Commit ``trans``: the archives of the replaced finals, then each
    document of ``dokumen`` (and its PDF) with its manifest entry; the
    unchanged finals of ``tetap`` are indexed, their missing record or PDF
    added, and its other documents indexed as they are (with the PDF made
    now, if any).  Returns the entries of ``dokumen``, then those of the
    finals (marked ``tetap``, and ``pdf_baru`` when their PDF was added),
    then those of the others (marked ``tidak_berubah``)."""
    _periksa_pdf(pdf_data)
    keluaran = trans.folder
    sekarang = dt.datetime.now()
    for relatif, isi in lindungan.arsip(sekarang.strftime("%Y%m%d-%H%M%S")):
        trans.tambah(relatif, isi, hanya_baca=True)
    for d in dokumen:
        entri = _entri(d, akar, templat)
        if d.id in pdf_data:
            _tambah_pdf(trans, d, entri, pdf_data[d.id])
        entri["berkas"] = d.jalur
        entri["sha256"] = data.sidik(d.id)
        if d.final:
            entri["ditulis"] = sekarang.isoformat(timespec="seconds")
            trans.tambah(catatan_di_samping(d.jalur), json_bytes(entri), hanya_baca=True)
        trans.tambah(d.jalur, data.isi(d.id), entri, hanya_baca=d.final, sidik=data.sidik(d.id))
    tetap_entri = [_tetap(trans, d, lindungan, pdf_data.get(d.id), akar, templat) for d in tetap.final]
    sama_entri = [_sama(trans, d, tetap, pdf_data.get(d.id), akar, templat) for d in tetap.sama]
    ditulis = {d.jalur for d in dokumen} | {d.jalur for d in tetap.final} | {d.jalur for d in tetap.sama}
    for rekam in tak_terindeks(keluaran, ditulis):
        trans.catat(rekam)
    hasil = {e["berkas"]: e for e in trans.simpan() if e["berkas"] in ditulis}
    return [hasil[d.jalur] for d in dokumen] + [dict(hasil[e["berkas"]], **e) for e in tetap_entri + sama_entri]


def _tambah_pdf(trans: Transaksi, d: Dokumen, entri: dict, pdf: bytes) -> None:
    jalur_pdf = _jalur_pdf(d)
    trans.tambah(jalur_pdf, pdf, hanya_baca=d.final)
    entri["pdf"] = jalur_pdf
    entri["pdf_sha256"] = sha256(pdf)


def _sama(trans: Transaksi, d: Dokumen, tetap: Tetap, pdf: bytes | None, akar: Path, templat: Path) -> dict:
    """A document left as it is: indexed as a build would write it, with
    the PDF made now or, with ``--pdf``, the one already made from it."""
    entri = _entri(d, akar, templat)
    if pdf is not None:
        _tambah_pdf(trans, d, entri, pdf)
    elif tetap.pdf and (sidik_pdf := tetap.pdf_lama(d, trans.folder)) is not None:
        entri.update(pdf=_jalur_pdf(d), pdf_sha256=sidik_pdf)
    entri.update(berkas=d.jalur, sha256=tetap.sidik[d.id])
    trans.catat(entri)
    return {"berkas": d.jalur, "tidak_berubah": True, **({"pdf_baru": True} if pdf is not None else {})}


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
