"""Stage 6: write output atomically.

* :class:`Transaksi` writes a whole build as one unit: every file goes to a
  hidden staging folder first; a journal then lists the renames; the renames
  and the manifest follow.  An interrupted build is finished (journal
  present) or discarded (no journal) by :func:`pulihkan` at the next run, so
  ``keluaran/`` never holds a half-written file nor a manifest that disagrees
  with the files.
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

STAGING = ".naskah-sementara"
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
    berkas = Path(folder) / MANIFEST
    try:
        data = json.loads(berkas.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"dokumen": []}
    except (OSError, ValueError):
        raise KeluaranError(
            f"{berkas}: manifest rusak dan tidak dapat dibaca; pindahkan berkas itu lalu bangun ulang"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("dokumen"), list):
        raise KeluaranError(f"{berkas}: isi manifest tidak dikenal; pindahkan berkas itu lalu bangun ulang")
    return data


def _json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


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


def pulihkan(folder: Path) -> str | None:
    """Finish or discard a build that was interrupted; return what was done."""
    folder = Path(folder)
    jurnal = folder / JURNAL
    staging = folder / STAGING
    # A temporary file of tulis_atomik left by a kill is incomplete: drop it.
    if folder.is_dir():
        for sisa in folder.glob(".*.sementara"):
            sisa.unlink(missing_ok=True)
    if jurnal.exists():
        try:
            langkah = json.loads(jurnal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            langkah = None
        if langkah is not None:
            for sumber, tujuan, *sisa in langkah["ganti"]:
                s = folder / sumber
                if s.exists():
                    _ganti(s, folder / tujuan, bool(sisa and sisa[0]))
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


class Transaksi:
    """All files of one build, committed together with the manifest.

    ``pengamat``, when given, is called with the name of each commit step
    just after it is done (``"sementara <file>"``, ``"jurnal"``,
    ``"ganti <file>"``, ``"jurnal dihapus"``, ``"selesai"``): the crash tests
    pause there and kill the process.
    """

    def __init__(self, folder: Path, *, pengamat: Callable[[str], None] | None = None) -> None:
        self.folder = Path(folder)
        self.berkas: dict[str, bytes] = {}
        self.hanya_baca: set[str] = set()
        self.entri: list[dict] = []
        self._pengamat = pengamat

    def _langkah(self, nama: str) -> None:
        if self._pengamat is not None:
            self._pengamat(nama)

    def tambah(self, relatif: str, data: bytes, entri: dict | None = None, *, hanya_baca: bool = False) -> None:
        """Add a file (path relative to the output folder); ``hanya_baca``
        leaves it read-only (a final document)."""
        if relatif in self.berkas:
            raise KeluaranError(f"dua dokumen memakai nama berkas yang sama: {relatif}")
        self.berkas[relatif] = data
        if hanya_baca:
            self.hanya_baca.add(relatif)
        if entri is not None:
            entri = dict(entri)
            entri["berkas"] = relatif
            entri["sha256"] = sha256(data)
            self.entri.append(entri)

    def _periksa_terkunci(self) -> None:
        """On Windows a file open in Word cannot be replaced: say so first."""
        for relatif in self.berkas:
            tujuan = self.folder / relatif
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

    def simpan(self) -> list[dict]:
        """Commit: staging, journal, renames, manifest. Returns the manifest entries."""
        folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pulihkan(folder)
            self._periksa_terkunci()
            manifest = baca_manifest(folder)
            # Entries are kept per file: a konsep and the final of the same
            # decree are two files, both listed.
            baru = {e["berkas"] for e in self.entri}
            lama = [e for e in manifest["dokumen"] if e.get("berkas") not in baru]
            urutan = {e.get("berkas"): i for i, e in enumerate(manifest["dokumen"])}
            gabung = sorted(lama + self.entri, key=lambda e: urutan.get(e["berkas"], len(urutan)))
            manifest = {"dokumen": gabung}
            staging = folder / STAGING
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            ganti: list[tuple[str, str]] = []
            semua = dict(self.berkas)
            semua[MANIFEST] = _json(manifest)
            for i, (relatif, data) in enumerate(semua.items()):
                nama_staging = f"{i:04d}-{Path(relatif).name}"
                with open(staging / nama_staging, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                ganti.append((f"{STAGING}/{nama_staging}", relatif, relatif in self.hanya_baca))
                self._langkah(f"sementara {relatif}")
            _fsync_folder(staging)
            # The manifest goes last: it is renamed only after every file.
            tulis_atomik(folder / JURNAL, _json({"ganti": ganti}))
            _fsync_folder(folder)
            self._langkah("jurnal")
            for sumber, tujuan, hanya_baca in ganti:
                _ganti(folder / sumber, folder / tujuan, hanya_baca)
                self._langkah(f"ganti {tujuan}")
            _fsync_folder(folder)
            (folder / JURNAL).unlink()
            self._langkah("jurnal dihapus")
            shutil.rmtree(staging, ignore_errors=True)
            self._langkah("selesai")
        except OSError as exc:
            raise KeluaranError(f"{exc.filename or folder}: keluaran tidak dapat ditulis ({exc.strerror})") from None
        return manifest["dokumen"]
