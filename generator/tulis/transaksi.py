"""Stage 6: write output atomically.

* :class:`Transaksi` writes a whole build as one unit: every file goes to a
  hidden staging folder first; a journal then lists the renames; the renames
  and the manifest follow.  An interrupted build is finished (journal
  present) or discarded (no journal) by :func:`pulihkan` at the next run, so
  ``keluaran/`` never holds a half-written file nor a manifest that disagrees
  with the files.
* A build holding the folder's lock may :meth:`Transaksi.mulai` the commit
  early and put each document into the staging folder as soon as it is made
  (:meth:`Transaksi.antre`), so that a build of hundreds of documents does
  not hold them all in memory; what is not committed is removed with the
  staging folder (:meth:`Transaksi.batal`, or the next run's recovery).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from ..dasar.galat import KeluaranError
from .jalur import dalam_keluaran, relatif_sah

STAGING = ".naskah-sementara"
ANTRE = "antre"  # inside STAGING: documents put there as soon as they are made
JURNAL = ".naskah-jurnal.json"
MANIFEST = "manifest.json"


def tulis_atomik(tujuan: Path, data: bytes) -> None:
    """Write one file under a temporary name, then rename it into place."""
    tujuan = Path(tujuan)
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    sementara = tujuan.with_name(f".{tujuan.name}.sementara")
    with open(sementara, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(sementara, tujuan)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fsync_folder(folder: Path) -> None:
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def baca_manifest(folder: Path) -> dict:
    """The manifest's entries that name a file inside the folder.

    The manifest is only an index of the files: a missing, unreadable or
    foreign one (or an entry without ``id`` and ``berkas``) is read as
    empty and rebuilt by the next commit; the finals are protected by
    their own files and records (:mod:`.final`), never by this index.
    """
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"dokumen": []}
    daftar = data.get("dokumen") if isinstance(data, dict) else None
    if not isinstance(daftar, list):
        return {"dokumen": []}
    sah = [e for e in daftar if isinstance(e, dict) and isinstance(e.get("id"), str) and relatif_sah(e.get("berkas"))]
    return {"dokumen": sah}


def _json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _sama(berkas: Path, data: bytes) -> bool:
    try:
        return berkas.read_bytes() == data
    except OSError:
        return False


def _ganti(sumber: Path, tujuan: Path, hanya_baca: bool) -> None:
    """Rename ``sumber`` onto ``tujuan``; a read-only target (a final
    document being replaced after archiving) is made writable first, as
    Windows refuses to replace it otherwise."""
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    if tujuan.exists() and not os.access(tujuan, os.W_OK):
        os.chmod(tujuan, stat.S_IREAD | stat.S_IWRITE)
    os.replace(sumber, tujuan)
    if hanya_baca:
        os.chmod(tujuan, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)


def _terkunci(exc: OSError, tujuan: Path, awal: str) -> KeluaranError:
    """A file that cannot be replaced once the journal is written (open in
    Word, held by an antivirus, immutable): say which, and that the next run
    finishes the commit."""
    return KeluaranError(
        f"{tujuan.as_posix()}: {awal} berkas ini tidak dapat diganti ({exc.strerror or exc}); berkas itu sedang dibuka "
        "di Word atau program lain, dikunci antivirus, atau tidak boleh diubah. Tutup atau bebaskan berkas itu lalu "
        "jalankan perintah ini lagi: penulisan yang terhenti diselesaikan lebih dulu."
    )


def _baca_jurnal(jurnal: Path) -> list[tuple[str, str, bool]] | None:
    """The renames of a journal; None when it is unreadable or names a
    file outside the folder (never written whole by :class:`Transaksi`)."""
    try:
        langkah = json.loads(jurnal.read_text(encoding="utf-8"))["ganti"]
        hasil = [(s, t, bool(sisa and sisa[0])) for s, t, *sisa in langkah]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    sah = all(relatif_sah(s) and s.startswith(STAGING + "/") and relatif_sah(t) for s, t, _ in hasil)
    return hasil if sah else None


def pulihkan(folder: Path) -> str | None:
    """Finish or discard a build that was interrupted; return what was done."""
    folder = Path(folder)
    try:
        return _pulihkan(folder)
    except KeluaranError:
        raise
    except OSError as exc:
        raise KeluaranError(
            f"{exc.filename or folder}: penulisan yang terhenti sebelumnya tidak dapat diselesaikan ({exc.strerror or exc}); "
            "bebaskan berkas atau folder itu lalu jalankan perintah ini lagi."
        ) from None


def _pulihkan(folder: Path) -> str | None:
    jurnal = folder / JURNAL
    staging = folder / STAGING
    # A temporary file of tulis_atomik left by a kill is incomplete: drop it.
    if folder.is_dir():
        for sisa in folder.glob(".*.sementara"):
            sisa.unlink(missing_ok=True)
    if jurnal.exists():
        langkah = _baca_jurnal(jurnal)
        if langkah is not None:
            for sumber, tujuan, hanya_baca in langkah:
                s = folder / sumber
                if s.exists():
                    t = dalam_keluaran(folder, tujuan)
                    try:
                        _ganti(s, t, hanya_baca)
                    except OSError as exc:
                        raise _terkunci(exc, t, "penulisan yang terhenti sebelumnya belum dapat diselesaikan:") from None
            jurnal.unlink()
            shutil.rmtree(staging, ignore_errors=True)
            return "lanjut"
        # A journal that cannot be read was never completely written: the
        # renames did not start.  Discard it with the staging folder.
        jurnal.unlink()
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
        return "batal"
    return None


class Terputus(KeyboardInterrupt):
    """Ctrl-C during a commit.  ``tahap`` says what is true of the folder:
    ``"belum"`` (nothing replaced), ``"tertunda"`` (the journal is there:
    the next run finishes the commit) or ``"selesai"`` (all written)."""

    def __init__(self, tahap: str) -> None:
        super().__init__(tahap)
        self.tahap = tahap


class Transaksi:
    """All files of one build, committed together with the manifest.

    ``pengamat``, when given, is called with the name of each commit step
    just after it is done (``"sementara <file>"``, ``"jurnal"``,
    ``"ganti <file>"``, ``"jurnal dihapus"``, ``"selesai"``): the crash tests
    pause there and kill the process.
    """

    def __init__(self, folder: Path, *, pengamat: Callable[[str], None] | None = None) -> None:
        self.folder = Path(folder)
        self.berkas: dict[str, bytes | Path] = {}  # a Path: a file put in the staging folder by antre()
        self.hanya_baca: set[str] = set()
        self.entri: list[dict] = []
        self._pengamat = pengamat
        self._jurnal_ditulis = False
        self._dimulai = False  # the staging folder is this commit's (mulai())
        self._antre = 0

    def _langkah(self, nama: str) -> None:
        if self._pengamat is not None:
            self._pengamat(nama)

    def mulai(self) -> None:
        """Start the commit now, under the folder's lock held by the caller:
        finish or discard an interrupted commit (:func:`pulihkan`), then take
        a fresh staging folder for :meth:`antre`."""
        pulihkan(self.folder)
        staging = self.folder / STAGING
        shutil.rmtree(staging, ignore_errors=True)
        (staging / ANTRE).mkdir(parents=True)
        self._dimulai = True

    def antre(self, nama: str, data: bytes) -> Path:
        """Write ``data`` into the staging folder now (not yet durable, not
        yet part of the commit); the path returned may be given to
        :meth:`tambah` in place of the bytes."""
        jalur = self.jalur_antre(nama)
        jalur.write_bytes(data)
        return jalur

    def jalur_antre(self, nama: str) -> Path:
        """A new path in the staging folder for a file named ``nama``, for
        the caller to write (then as from :meth:`antre`)."""
        if not self._dimulai:
            self.mulai()
        self._antre += 1
        return self.folder / STAGING / ANTRE / f"{self._antre:04d}-{Path(nama).name}"

    def batal(self) -> None:
        """Give up a commit started with :meth:`mulai` before its journal:
        the staging folder goes, the folder is as it was."""
        if self._dimulai and not self._jurnal_ditulis:
            shutil.rmtree(self.folder / STAGING, ignore_errors=True)
        self._dimulai = False

    def tambah(self, relatif: str, data: bytes | Path, entri: dict | None = None, *, hanya_baca: bool = False,
               sidik: str | None = None) -> None:
        """Add a file (path relative to the output folder): its bytes, or a
        file put in the staging folder by :meth:`antre` (its sha256 in
        ``sidik`` when known); ``hanya_baca`` leaves it read-only (a final
        document)."""
        if not relatif_sah(relatif):
            raise KeluaranError(
                f"{self.folder.as_posix()}: jalur '{relatif}' berada di luar folder keluaran; tidak ada berkas yang ditulis."
            )
        if relatif in self.berkas:
            raise KeluaranError(f"dua dokumen memakai nama berkas yang sama: {relatif}")
        self.berkas[relatif] = data
        if hanya_baca:
            self.hanya_baca.add(relatif)
        if entri is not None:
            entri = dict(entri)
            entri["berkas"] = relatif
            entri["sha256"] = sidik or sha256(data if isinstance(data, bytes) else data.read_bytes())
            self.entri.append(entri)

    def catat(self, entri: dict) -> None:
        """Index a file already in the folder and left as it is (its entry
        carries its ``berkas`` and ``sha256``)."""
        self.entri.append(dict(entri))

    def _periksa_terkunci(self) -> None:
        """On Windows a file open in Word cannot be replaced: say so first."""
        for relatif in self.berkas:
            tujuan = dalam_keluaran(self.folder, relatif)
            if not tujuan.exists() or not os.access(tujuan, os.W_OK):
                continue  # a read-only final document is made writable when it is replaced
            try:
                with open(tujuan, "r+b"):
                    pass
            except PermissionError:
                raise KeluaranError(
                    f"{tujuan}: berkas sedang dibuka di program lain (Word?) atau hanya-baca; tutup berkas itu lalu ulangi. "
                    "Tidak ada berkas yang diubah."
                ) from None

    def _manifest(self) -> dict:
        """The old index with this commit's entries merged in, per file: a
        konsep and the final of the same decree are two files, both listed.
        An old entry whose file is gone is dropped."""
        lama = baca_manifest(self.folder)["dokumen"]
        baru = {e["berkas"] for e in self.entri}
        tetap = [e for e in lama if e["berkas"] not in baru and (self.folder / e["berkas"]).is_file()]
        urutan = {e["berkas"]: i for i, e in enumerate(lama)}
        return {"dokumen": sorted(tetap + self.entri, key=lambda e: urutan.get(e["berkas"], len(urutan)))}

    def simpan(self) -> list[dict]:
        """Commit: staging, journal, renames, manifest. Returns the manifest entries."""
        folder = self.folder
        self._jurnal_ditulis = False
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not self._dimulai:
                pulihkan(folder)
            self._periksa_terkunci()
            manifest = self._manifest()
            if not self.berkas and _sama(folder / MANIFEST, _json(manifest)):
                self.batal()  # nothing to write: the folder stays as it is
                return manifest["dokumen"]
            ganti = self._sementara(_json(manifest))
            self._ganti_semua(ganti)
            self._langkah("selesai")
        except KeyboardInterrupt:
            if (folder / JURNAL).exists():
                raise Terputus("tertunda") from None
            if not self._jurnal_ditulis:
                shutil.rmtree(folder / STAGING, ignore_errors=True)  # nothing was replaced: leave no trace
            raise Terputus("selesai" if self._jurnal_ditulis else "belum") from None
        except OSError as exc:
            raise KeluaranError(
                f"{exc.filename or folder}: keluaran tidak dapat ditulis ({exc.strerror or exc}). Tidak ada berkas yang diubah."
            ) from None
        return manifest["dokumen"]

    def _sementara(self, manifest: bytes) -> list[tuple[str, str, bool]]:
        """Every file into the staging folder (a file already there by
        :meth:`antre` made durable where it is); returns the renames."""
        staging = self.folder / STAGING
        if not self._dimulai:
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
        ganti: list[tuple[str, str, bool]] = []
        semua = dict(self.berkas)
        semua[MANIFEST] = manifest
        for i, (relatif, data) in enumerate(semua.items()):
            if isinstance(data, Path):
                with open(data, "r+b") as f:
                    os.fsync(f.fileno())
                nama_staging = data.relative_to(staging).as_posix()
            else:
                nama_staging = f"{i:04d}-{Path(relatif).name}"
                with open(staging / nama_staging, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
            ganti.append((f"{STAGING}/{nama_staging}", relatif, relatif in self.hanya_baca))
            self._langkah(f"sementara {relatif}")
        _fsync_folder(staging)
        if self._dimulai:
            _fsync_folder(staging / ANTRE)
        return ganti

    def _ganti_semua(self, ganti: list[tuple[str, str, bool]]) -> None:
        """The journal, then the renames (the manifest last), then the
        journal removed.  A rename that fails leaves the journal: the next
        run finishes the commit."""
        folder = self.folder
        tulis_atomik(folder / JURNAL, _json({"ganti": ganti}))
        self._jurnal_ditulis = True
        _fsync_folder(folder)
        self._langkah("jurnal")
        for sumber, tujuan, hanya_baca in ganti:
            t = folder / tujuan
            try:
                _ganti(folder / sumber, t, hanya_baca)
            except OSError as exc:
                raise _terkunci(exc, t, "penulisan terhenti di tengah (sebagian berkas sudah diganti):") from None
            self._langkah(f"ganti {tujuan}")
        _fsync_folder(folder)
        (folder / JURNAL).unlink()
        self._langkah("jurnal dihapus")
        shutil.rmtree(folder / STAGING, ignore_errors=True)
