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

import contextlib
import functools
import hashlib
import shutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..dasar.tembolok import Tembolok
from ..muat import model as m
from ..periksa import muat_valid
from ..tulis.final import Lindungan, lindungi_final, pdf_di_samping, periksa_set
from ..tulis.jalur import periksa_id
from ..tulis.kunci import kunci_keluaran
from ..tulis.kantor import Kantor, identitas_kantor
from ..tulis.proses import bersihkan_sisa, folder_sementara
from ..tulis.transaksi import Transaksi
from .hasil import Hasil
from .rencana import Dokumen, pilih, rencana
from .simpan import Tetap, simpan
from .templat import folder_templat
from .ulang import baca_catatan, catatan_baru, kunci_dokumen, lengkapi_sumber, pilah, sha_berkas, tulis_catatan

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
    semua: bool = False,
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
    content changed, after archiving the old one.  A document whose inputs
    and file are those of the last build is left as it is (:mod:`.ulang`),
    unless ``semua`` asks for everything.  ``masalah`` receives the
    warnings and readings to confirm; ``pengamat`` each step of the commit
    (:class:`generator.tulis.transaksi.Transaksi`).  From the recovery of
    an interrupted commit to the end of this one the keluaran folder is
    locked (:func:`generator.tulis.kunci.kunci_keluaran`): another build
    waits up to ``tunggu`` seconds, announced to ``saat_menunggu``.
    One LibreOffice serves the build (:class:`generator.tulis.kantor.Kantor`);
    where it is missing or has no UNO, ``peringatan`` gets one line (stderr
    by default).  Returns the manifest entries written, then those of the
    finals left as they were (``tetap``), then those of the other documents
    left as they were (``tidak_berubah``).
    """
    bersihkan_sisa()  # what a killed PDF run left: LibreOffice still running, temporary folders
    keluaran = Path(keluaran)
    opsi = _Opsi(konsep, pdf, ganti_final, semua, batas_waktu_pdf, peringatan, pengamat, tunggu, saat_menunggu)
    with _tembolok(keluaran) as tembolok:
        konten = muat_valid(konten_folder, ketat=ketat, laporan=masalah, tembolok=tembolok)
        with folder_templat(templat, konten_folder, tembolok) as templat:  # after the content is valid
            semua_dok = rencana(konten, templat, paksa_konsep=konsep, tembolok=tembolok)
            dipilih = pilih(semua_dok, ids or [])
            for d in dipilih:
                periksa_id(d.id)  # its file name: never outside keluaran/
            r = _Rencana(konten, Path(konten_folder).resolve().parent, templat, semua_dok, dipilih, tembolok)
            with Kantor(batas_waktu_pdf) as kantor, kunci_keluaran(keluaran, tunggu, saat_menunggu):
                trans = Transaksi(keluaran, pengamat=pengamat)
                try:
                    return _terkunci(r, trans, kantor, opsi)
                except BaseException:
                    trans.batal()
                    raise


@dataclass
class _Opsi:
    konsep: bool
    pdf: bool
    ganti_final: bool
    semua: bool
    batas_waktu_pdf: float
    peringatan: Callable[[str], None] | None
    pengamat: Callable[[str], None] | None
    tunggu: float
    saat_menunggu: Callable[[str], None] | None


@dataclass
class _Rencana:
    """What the build is: the content, the folder paths in the manifest are
    relative to, the templates, every planned document, the chosen ones,
    the cache."""

    konten: m.Konten
    akar: Path
    templat: Path
    semua: list[Dokumen]
    dipilih: list[Dokumen]
    tembolok: Tembolok


def _terkunci(r: _Rencana, trans: Transaksi, kantor: Kantor, opsi: _Opsi) -> list[dict]:
    """The build under the folder's lock: recover, decide what is left as
    it is, render the rest, Daftar Isi, finals, PDFs, commit, records."""
    keluaran = trans.folder
    trans.mulai()  # an interrupted commit is finished or discarded before anything is read
    identitas = functools.cache(identitas_kantor)
    lengkapi_sumber(r.semua, r.konten.folder, r.tembolok)
    kunci = kunci_dokumen(r.semua, r.templat, r.konten.folder)
    catatan = baca_catatan(r.tembolok)
    pilahan = pilah(r.semua, r.dipilih, kunci, keluaran, catatan, identitas, paksa=opsi.semua)
    hasil, daftar_isi = Hasil(trans), {}
    if pilahan.bangun:  # Word and LibreOffice code only when something is made
        from .cetak import isi_daftar_isi
        from .render import render

        render(r.semua, pilahan.bangun, r.templat, r.konten, hasil, pilahan.tetap)
        daftar_isi = isi_daftar_isi(pilahan.bangun, hasil, kantor, opsi.peringatan, opsi.pdf, r.tembolok, identitas)
    data = _Data(hasil, pilahan.tetap)
    lindungan = lindungi_final({d.id: (d.jalur, data[d.id]) for d in r.dipilih if d.final}, keluaran, opsi.ganti_final)
    periksa_set(lindungan, _set_final(r.semua), {d.id for d in r.dipilih})
    # Made again to the same bytes as its file (an input changed that it does not show): left as it is,
    # unless everything is to be written (--semua).
    sidik = dict(pilahan.sidik)
    sidik.update({d.id: hasil.sidik(d.id) for d in pilahan.bangun
                  if not opsi.semua and not d.final and hasil.sidik(d.id) == sha_berkas(keluaran / d.jalur)})
    tulis = [d for d in r.dipilih if d.id not in lindungan.tetap and d.id not in sidik]
    tetap = Tetap(
        final=[d for d in r.dipilih if d.id in lindungan.tetap],
        sama=[d for d in r.dipilih if d.id in sidik and not d.final],
        catatan=catatan,
        sidik=sidik,
        pdf=opsi.pdf,
    )
    pdf_data = {}
    if perlu_pdf := _perlu_pdf(tulis, tetap, lindungan, keluaran, opsi.pdf):
        from .cetak import buat_pdf

        pdf_data = buat_pdf(perlu_pdf, data, kantor, opsi.peringatan, opsi.batas_waktu_pdf)
    kantor.tutup()
    entri = simpan(trans, tulis, hasil, pdf_data, lindungan, r.akar, r.templat, tetap)
    baru = catatan_baru(tulis + tetap.final + tetap.sama, kunci, hasil, pilahan, daftar_isi, identitas, pdf_data, catatan)
    tulis_catatan(r.tembolok, keluaran, catatan, baru)
    r.tembolok.simpan()  # still under the lock: the next build reads what this one wrote
    return entri


@contextlib.contextmanager
def _tembolok(keluaran: Path) -> Iterator[Tembolok]:
    """The cache of keluaran/, its new entries held in a temporary folder
    of this run until the build is committed (a failed build leaves the
    cache as it was)."""
    sementara = folder_sementara("naskah-tembolok-")
    try:
        yield Tembolok.dari_keluaran(keluaran, tunda=sementara / "baru")
    finally:
        shutil.rmtree(sementara, ignore_errors=True)


class _Data(Mapping[str, bytes]):
    """The bytes of the chosen documents: made now, or the file in
    keluaran/ left as it is."""

    def __init__(self, hasil: Hasil, ada: Mapping[str, Path]) -> None:
        self.hasil, self.ada = hasil, ada

    def __getitem__(self, did: str) -> bytes:
        return self.hasil[did] if did in self.hasil else self.ada[did].read_bytes()

    def __iter__(self):
        return iter({**dict.fromkeys(self.hasil), **dict.fromkeys(self.ada)})

    def __len__(self) -> int:
        return len(set(self.hasil) | set(self.ada))


class Simpanan:
    """Documents made, by input key (:func:`.ulang.kunci_dokumen`), for the
    two sides of ``beda --lacak``: a document whose inputs are the same on
    both sides is made once, and one that a build left current in
    ``keluaran`` (its record and bytes) is read from there."""

    def __init__(self, keluaran: Path | None = None) -> None:
        self._memori: dict[str, bytes] = {}
        self._berkas: dict[str, tuple[Path, str]] = {}
        if keluaran is not None:
            for jalur, rekam in baca_catatan(Tembolok.dari_keluaran(keluaran)).items():
                if isinstance(rekam, dict) and isinstance(rekam.get("kunci"), str):
                    self._berkas[rekam["kunci"]] = (Path(keluaran) / jalur, rekam.get("sha256"))

    def ambil(self, k: str) -> bytes | None:
        if k in self._memori:
            return self._memori[k]
        if k in self._berkas:
            berkas, sidik = self._berkas.pop(k)
            try:
                data = berkas.read_bytes()
            except OSError:
                return None
            if hashlib.sha256(data).hexdigest() == sidik:
                self._memori[k] = data
                return data
        return None

    def taruh(self, k: str, data: bytes) -> None:
        self._memori[k] = data


def bangun_memori(konten: m.Konten, templat: Path, ids: list[str], simpanan: Simpanan | None = None
                  ) -> dict[str, tuple[Dokumen, bytes]]:
    """The documents ``ids`` of ``konten`` (loaded and validated, e.g. by
    :func:`generator.periksa.muat_valid`) as :func:`bangun` makes them, in
    memory, with the templates of folder ``templat`` (already chosen, see
    :func:`.templat.folder_templat`): id -> (the planned document, its
    bytes).  What ``simpanan`` holds for the same inputs is taken from it,
    what is made is added.  Without LibreOffice: a Daftar Isi stays
    without page numbers."""
    from .render import render

    semua = rencana(konten, templat)
    dipilih = pilih(semua, ids)
    simpanan = simpanan or Simpanan()
    perlu = {d.id for d in dipilih} | {b for d in dipilih for b in d.bagian}
    lengkapi_sumber([d for d in semua if d.id in perlu], konten.folder, Tembolok(None))
    kunci = kunci_dokumen(semua, templat, konten.folder)
    ada = {i: data for i in perlu if (data := simpanan.ambil(kunci[i])) is not None}
    hasil = render(semua, [d for d in dipilih if d.id not in ada], templat, konten, Hasil(), ada)
    for did in hasil:
        simpanan.taruh(kunci[did], hasil[did])
    return {d.id: (d, ada[d.id] if d.id in ada else hasil[d.id]) for d in dipilih}


def _set_final(semua: list[Dokumen]) -> list[dict[str, str]]:
    """Each final decree with its annexes: id -> path inside keluaran/."""
    per_id = {d.id: d for d in semua}
    return [{i: per_id[i].jalur for i in (d.id, *d.bagian)} for d in semua if d.final and d.bagian]


def _perlu_pdf(baru: list[Dokumen], tetap: Tetap, lindungan: Lindungan, keluaran: Path, pdf: bool) -> list[Dokumen]:
    """With ``--pdf``, every document written, every unchanged final that
    has no PDF yet, and every other document left as it is whose PDF is
    not the one made from its bytes (derived from it; the document is not
    touched); else a replaced final that had a PDF, whose old PDF must not
    stand beside the new document."""
    if pdf:
        return (baru + [d for d in tetap.final if not pdf_di_samping(keluaran / d.jalur).exists()]
                + [d for d in tetap.sama if tetap.pdf_lama(d, keluaran) is None])
    return [d for d in baru if d.id in lindungan.diganti and pdf_di_samping(keluaran / d.jalur).exists()]
