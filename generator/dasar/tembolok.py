"""The build cache in ``keluaran/.cache/``: what a build may reuse from the
previous one (charts, pandoc conversions, filled tables of contents, and
the record of which input key made which document).

The cache is only ever an aid: every entry is named by the hash of all its
inputs (:func:`kunci`), written under a temporary name and renamed into
place, and stored with the sha256 of its bytes, which is checked on every
read.  An entry that is missing, cut short or altered is a miss, and the
thing is made again; a cache that cannot be written is not used.  Nothing
lives outside the folder given (no global state), so deleting
``keluaran/.cache/`` costs one full build and nothing else.

Every key includes :func:`sidik_paket`: naskah's own code and data files
and the versions of the libraries installed, so that an upgrade never
reuses what an older version made.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import threading
from pathlib import Path

FOLDER = ".cache"
_PAKET = Path(__file__).resolve().parent.parent  # generator/


def kunci(*bagian: object) -> str:
    """A hex sha256 over ``bagian`` (bytes as they are, anything else by
    its ``str``), each prefixed with its length so that no two different
    sequences give the same key."""
    h = hashlib.sha256()
    for b in bagian:
        data = b if isinstance(b, bytes) else str(b).encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


_KUNCI_SIDIK = threading.Lock()


def sidik_paket() -> str:
    """:func:`_sidik_paket`, computed once even when narratives ask for it
    from several threads at once."""
    with _KUNCI_SIDIK:
        return _sidik_paket()


@functools.cache
def _sidik_paket() -> str:
    """The identity of the program that makes the documents: naskah's code
    and data files (their bytes, so an edited checkout counts), the Python
    version, and the distributions installed beside it (names with their
    versions: python-docx, docxtpl, docxcompose, matplotlib, pandoc ...).
    Read once per process; a few milliseconds."""
    h = hashlib.sha256(sys.version.encode("utf-8"))
    for berkas in sorted(p for p in _PAKET.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(berkas.relative_to(_PAKET).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(berkas.read_bytes()).digest())
    for distribusi in _distribusi():
        h.update(distribusi.encode("utf-8") + b"\0")
    return h.hexdigest()


def _distribusi() -> list[str]:
    """The ``*.dist-info`` names (name-version) on the import path."""
    hasil = set()
    for folder in sys.path:
        try:
            with os.scandir(folder or ".") as isi:
                hasil.update(e.name for e in isi if e.name.endswith(".dist-info"))
        except OSError:
            continue
    return sorted(hasil)


class Tembolok:
    """The cache of one keluaran folder; ``Tembolok(None)`` caches nothing.

    With ``tunda`` (a private temporary folder of the run), new entries
    wait there, already readable, until :meth:`simpan` moves them into the
    cache: a build that fails leaves the cache as it was.
    """

    def __init__(self, folder: Path | None, tunda: Path | None = None, *, baca_saja: bool = False) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.tunda = Path(tunda) if tunda is not None and folder is not None else None
        self.baca_saja = baca_saja

    @classmethod
    def dari_keluaran(cls, keluaran: Path, tunda: Path | None = None, *, baca_saja: bool = False) -> Tembolok:
        """The cache of ``keluaran``; with ``baca_saja`` it is only read
        (what the run makes is not kept: ``naskah periksa`` writes nothing)."""
        return cls(Path(keluaran) / FOLDER, tunda, baca_saja=baca_saja)

    @staticmethod
    def _relatif(jenis: str, k: str) -> Path:
        return Path(jenis) / k[:2] / k

    def ambil(self, jenis: str, k: str) -> bytes | None:
        """The bytes stored under key ``k``, or None (missing or damaged)."""
        for folder in (self.tunda, self.folder):
            if folder is not None and (data := _baca(folder / self._relatif(jenis, k))) is not None:
                return data
        return None

    def taruh(self, jenis: str, k: str, data: bytes) -> None:
        """Store ``data`` under key ``k`` (silently not, when the folder
        cannot be written)."""
        sidik = hashlib.sha256(data).hexdigest().encode("ascii")
        self._tulis(self._relatif(jenis, k), sidik + b"\n" + data)

    def _tulis(self, relatif: Path, data: bytes) -> None:
        if self.baca_saja:
            return
        if self.tunda is not None:  # the run's own folder: no reader but this run
            try:
                (self.tunda / relatif).parent.mkdir(parents=True, exist_ok=True)
                (self.tunda / relatif).write_bytes(data)
            except OSError:
                pass
        elif self.folder is not None:
            _tulis(self.folder / relatif, data)

    def baca_json(self, nama: str) -> dict:
        """A JSON object of the cache; {} when missing or damaged."""
        for folder in (self.tunda, self.folder):
            if folder is None or not (folder / nama).exists():
                continue
            try:
                data = json.loads((folder / nama).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return {}
            return data if isinstance(data, dict) else {}
        return {}

    def tulis_json(self, nama: str, data: dict) -> None:
        self._tulis(Path(nama), (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))

    def simpan(self) -> None:
        """Move the entries waiting in ``tunda`` into the cache (each one
        atomically; one that cannot be moved is left out)."""
        if self.tunda is None or self.folder is None or not self.tunda.is_dir():
            return
        for berkas in sorted(p for p in self.tunda.rglob("*") if p.is_file()):
            tujuan = self.folder / berkas.relative_to(self.tunda)
            try:
                data = berkas.read_bytes()
                if not (tujuan.is_file() and tujuan.read_bytes() == data):  # the same entry is left untouched
                    _tulis(tujuan, data)
            except OSError:
                continue


def _baca(jalur: Path) -> bytes | None:
    """An entry's bytes after its sha256 line; None when missing, cut
    short or altered (then removed: it is made again)."""
    try:
        isi = jalur.read_bytes()
    except OSError:
        return None
    sidik, _, data = isi.partition(b"\n")
    if sidik != hashlib.sha256(data).hexdigest().encode("ascii"):
        _hapus(jalur)
        return None
    return data


def _tulis(tujuan: Path, data: bytes) -> None:
    """Under a temporary name of this writer, then renamed into place: a
    reader sees the old entry or the new one, never half of one."""
    sementara = tujuan.with_name(f".{tujuan.name}.{os.getpid()}-{os.urandom(6).hex()}")
    try:
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        sementara.write_bytes(data)
        os.replace(sementara, tujuan)
    except OSError:
        _hapus(sementara)


def _hapus(jalur: Path) -> None:
    try:
        jalur.unlink()
    except OSError:
        pass
