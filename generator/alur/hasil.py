"""The documents a build has made, by id: each put into the commit's
staging folder as soon as it is made (:meth:`generator.tulis.transaksi.Transaksi.antre`)
and read back only where a later step needs its bytes (the Daftar Isi, the
finals' comparison, a PDF), so that a build of hundreds of documents holds
one at a time.  Without a transaction (a build in memory) they are kept in
memory."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from ..tulis.transaksi import Transaksi, sha256

# What became of a document's Daftar Isi (:func:`.cetak.isi_daftar_isi`).
TERISI = "terisi"  # LibreOffice's entries and page numbers, settled
TANPA_KANTOR = "tanpa-kantor"  # no LibreOffice (or no UNO) here: left without page numbers
GAGAL = "gagal"  # LibreOffice failed on it, or the numbers did not settle


class Hasil(Mapping[str, bytes]):
    """id -> bytes of the documents made, with their sha256."""

    def __init__(self, trans: Transaksi | None = None) -> None:
        self._trans = trans
        self._berkas: dict[str, Path | bytes] = {}
        self._sidik: dict[str, str] = {}

    def taruh(self, did: str, nama: str, data: bytes) -> None:
        """The document ``did`` (file name ``nama``) is ``data`` (a later
        call replaces it, e.g. with its Daftar Isi filled)."""
        self._berkas[did] = self._trans.antre(nama, data) if self._trans is not None else data
        self._sidik[did] = sha256(data)

    def tulis(self, did: str, nama: str, tulis: Callable[[BinaryIO], None]) -> None:
        """The document ``did`` is what ``tulis`` writes into the file it is
        given (straight into the staging folder: never held as bytes)."""
        if self._trans is None:
            buf = io.BytesIO()
            tulis(buf)
            self.taruh(did, nama, buf.getvalue())
            return
        jalur = self._trans.jalur_antre(nama)
        with open(jalur, "w+b") as f:
            tulis(f)
            f.seek(0)
            self._sidik[did] = hashlib.file_digest(f, "sha256").hexdigest()
        self._berkas[did] = jalur

    def __getitem__(self, did: str) -> bytes:
        isi = self._berkas[did]
        return isi.read_bytes() if isinstance(isi, Path) else isi

    def __iter__(self) -> Iterator[str]:
        return iter(self._berkas)

    def __len__(self) -> int:
        return len(self._berkas)

    def isi(self, did: str) -> Path | bytes:
        """What a transaction is given for ``did``: its file in the staging
        folder, or its bytes."""
        return self._berkas[did]

    def sidik(self, did: str) -> str:
        return self._sidik[did]
