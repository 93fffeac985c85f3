"""A Markdown narrative read and checked before pandoc writes it into a
document.

A narrative must be a regular UTF-8 text file (with or without a BOM) of at
most :data:`BATAS_BAIT` inside the content folder.  pandoc parses it to its
JSON syntax tree, which is walked here:

* images must be real PNG or JPEG files (:mod:`.gambar`), named relative to
  the Markdown file and lying inside the content folder once every ``..``
  and symbolic link is resolved; each is recorded with its bytes and its
  path relative to the content folder, which replaces the path written;
* raw OpenXML, HTML or LaTeX is refused: raw OpenXML could carry any Word
  field (DDEAUTO, INCLUDEPICTURE, INCLUDETEXT) into the document, and the
  rest would vanish silently (an HTML comment, a note to the writers, may
  stay: it is left out of the document as a comment should be);
* links go to web or e-mail addresses or to a heading of the report.

Each problem is a :class:`Masalah` at ``berkas:baris:kolom``; the place is
found by looking for the reference in the text, in document order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote

from ..dasar.galat import Lokasi, Masalah
from ..dasar.tembolok import Tembolok, kunci, sidik_paket
from ..muat.berkas import TIDAK_DITEMUKAN, BerkasTidakSah, baca_berkas
from .gambar import BATAS_BAIT as BATAS_GAMBAR
from .gambar import GambarTidakSah, periksa_gambar
from .pandoc import PandocGagal, jalankan_pandoc

BATAS_BAIT = 1024 * 1024  # 1 MiB: several times the longest chapter of an LKjIP
_BOM = b"\xef\xbb\xbf"
_KENDALI = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")  # tab, line breaks and form feed are text
_SKEMA = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_TAUTAN_BOLEH = ("http://", "https://", "mailto:", "#")
_MENTAH = {"openxml": "OpenXML", "html": "HTML", "html5": "HTML", "tex": "LaTeX", "latex": "LaTeX"}
_KOMENTAR = re.compile(r"\s*<!--.*?-->\s*", re.DOTALL)


@dataclass
class Narasi:
    """One narrative: its checked syntax tree and images, or its problems."""

    berkas: Path
    ast: dict | None = None
    gambar: dict[str, bytes] = field(default_factory=dict)  # path inside the content folder -> bytes
    masalah: list[Masalah] = field(default_factory=list)


def siapkan_narasi(berkas: Path, folder_konten: Path, tembolok: Tembolok | None = None) -> Narasi:
    """Read, parse and check one narrative (pandoc runs, nothing is written).
    The parse, which depends on the text alone, is taken from ``tembolok``
    when this text was parsed before; the checks always run."""
    n = Narasi(Path(berkas))
    teks = _baca(n, Path(folder_konten))
    if teks is None:
        return n
    try:
        ast = json.loads(_urai(teks.encode("utf-8"), tembolok or Tembolok(None)))
    except PandocGagal as exc:
        n.masalah.append(_masalah(n.berkas, f"narasi tidak dapat dibaca: {exc}", "narasi-pandoc"))
        return n
    except (RecursionError, ValueError):
        n.masalah.append(_masalah(n.berkas, "narasi bersarang terlalu dalam untuk dibaca", "narasi-pandoc"))
        return n
    _Penelusur(n, teks, Path(folder_konten)).telusuri(ast)
    if not n.masalah:
        n.ast = ast
    return n


def _urai(teks: bytes, tembolok: Tembolok) -> bytes:
    """pandoc's JSON syntax tree of a Markdown text."""
    k = kunci("narasi-json", sidik_paket(), teks)
    ast = tembolok.ambil("narasi", k)
    if ast is None:
        ast = jalankan_pandoc(["--sandbox", "-f", "markdown", "-t", "json"], teks)
        tembolok.taruh("narasi", k, ast)
    return ast


def _masalah(berkas: Path, pesan: str, kode: str, baris: int | None = None, kolom: int | None = None) -> Masalah:
    return Masalah(pesan, Lokasi(berkas, baris, kolom), kode=kode)


def _di_dalam(jalur: Path, folder: Path) -> bool:
    return jalur == folder or folder in jalur.parents


def _baca(n: Narasi, folder: Path) -> str | None:
    """The text of a regular UTF-8 file inside ``folder``, or None (a problem recorded)."""
    try:
        data = baca_berkas(n.berkas, folder, BATAS_BAIT)
    except BerkasTidakSah as exc:
        kode = "narasi-besar" if exc.kode == "berkas-besar" else "narasi-berkas"
        n.masalah.append(_masalah(n.berkas, f"narasi {exc}", kode))
        return None
    geser = len(_BOM) if data.startswith(_BOM) else 0
    try:
        teks = data[geser:].decode("utf-8")
    except UnicodeDecodeError as exc:
        n.masalah.append(_bukan_utf8(n.berkas, data[geser:], exc.start, geser))
        return None
    m = _KENDALI.search(teks)
    if m:
        baris, kolom = _tempat(teks, m.start())
        pesan = (
            f"narasi memuat karakter kendali U+{ord(m.group()):04X}; narasi harus teks UTF-8 biasa "
            "(simpan ulang sebagai UTF-8, bukan UTF-16)"
        )
        n.masalah.append(_masalah(n.berkas, pesan, "narasi-karakter", baris, kolom))
        return None
    return teks


def _bukan_utf8(berkas: Path, data: bytes, posisi: int, geser: int) -> Masalah:
    awal = data.rfind(b"\n", 0, posisi) + 1
    baris = data.count(b"\n", 0, posisi) + 1
    kolom = len(data[awal:posisi].decode("utf-8", "replace")) + 1
    pesan = (
        f"narasi harus teks UTF-8: bait ke-{posisi + geser + 1} (0x{data[posisi]:02X}) tidak dapat dibaca sebagai UTF-8; "
        "simpan ulang berkas itu dengan pengodean UTF-8"
    )
    return _masalah(berkas, pesan, "narasi-encoding", baris, kolom)


def _tempat(teks: str, posisi: int) -> tuple[int, int]:
    """1-based line and column of ``posisi`` in ``teks``."""
    return teks.count("\n", 0, posisi) + 1, posisi - (teks.rfind("\n", 0, posisi) + 1) + 1


class _Penelusur:
    """Walks the syntax tree in document order, checking each node that
    reads a file, carries raw markup, or links somewhere."""

    def __init__(self, n: Narasi, teks: str, folder: Path) -> None:
        self.n, self.teks, self.folder = n, teks, folder
        self._kursor: dict[str, int] = {}

    def telusuri(self, ast) -> None:
        tumpukan = [ast]
        while tumpukan:  # iterative: a deeply nested narrative must not exhaust the stack
            x = tumpukan.pop()
            if isinstance(x, dict):
                jenis = x.get("t")
                if jenis == "Image":
                    self._gambar(x["c"][2])
                elif jenis in ("RawBlock", "RawInline"):
                    self._mentah(*x["c"])
                elif jenis == "Link":
                    self._tautan(x["c"][2][0])
                tumpukan.extend(reversed(list(x.values())))
            elif isinstance(x, list):
                tumpukan.extend(reversed(x))

    def _galat(self, jarum: list[str], pesan: str, kode: str) -> None:
        baris = kolom = None
        for j in (j for j in jarum if j):
            mulai = self.teks.find(j, self._kursor.get(j, 0))
            if mulai < 0:
                mulai = self.teks.find(j)
            if mulai >= 0:
                self._kursor[j] = mulai + len(j)
                baris, kolom = _tempat(self.teks, mulai)
                break
        self.n.masalah.append(_masalah(self.n.berkas, pesan, kode, baris, kolom))

    def _mentah(self, bentuk: str, isi: str) -> None:
        if bentuk.lower() in ("html", "html5") and _KOMENTAR.fullmatch(isi):
            return
        nama = _MENTAH.get(bentuk.lower(), bentuk)
        awal = next((b.strip() for b in isi.splitlines() if b.strip()), "")
        pesan = f"narasi tidak boleh memuat kode {nama} mentah («{awal[:60]}»); tulis teks Markdown biasa"
        self._galat([awal[:80]], pesan, "narasi-mentah")

    def _tautan(self, tujuan: str) -> None:
        if not tujuan.lower().startswith(_TAUTAN_BOLEH):
            pesan = f"tautan '{tujuan[:80]}' tidak diizinkan; tautan hanya boleh ke alamat http(s), mailto: atau judul (#...)"
            self._galat([tujuan, unquote(tujuan)], pesan, "narasi-tautan")

    def _gambar(self, sasaran: list) -> None:
        asli = sasaran[0]
        try:
            relatif, data = self._berkas_gambar(unquote(asli))
        except GambarTidakSah as exc:
            self._galat([asli, unquote(asli)], f"gambar '{asli[:80]}': {exc}", "narasi-gambar")
            return
        self.n.gambar[relatif] = data
        sasaran[0] = relatif

    def _berkas_gambar(self, jalur: str) -> tuple[str, bytes]:
        """The image's path inside the content folder and its checked bytes."""
        if not jalur:
            raise GambarTidakSah("jalur gambar kosong")
        if _SKEMA.match(jalur) or PurePosixPath(jalur).is_absolute() or PureWindowsPath(jalur).is_absolute() or jalur.startswith("\\"):
            raise GambarTidakSah("jalur gambar harus relatif terhadap berkas Markdown ini, bukan jalur mutlak atau alamat")
        folder = self.folder.resolve()
        berkas = self.n.berkas.parent / jalur
        try:
            data = baca_berkas(berkas, folder, BATAS_GAMBAR)
        except BerkasTidakSah as exc:
            if exc.kode == "berkas-hilang" and str(exc) == TIDAK_DITEMUKAN:
                raise GambarTidakSah("berkas gambar tidak ditemukan (jalurnya relatif terhadap berkas Markdown ini)") from None
            if exc.kode == "tautan":
                raise GambarTidakSah("gambar harus berada di dalam folder konten") from None
            raise GambarTidakSah(f"berkas gambar {exc}") from None
        berkas = berkas.resolve()
        if not _di_dalam(berkas, folder):
            raise GambarTidakSah("gambar harus berada di dalam folder konten")
        periksa_gambar(data)
        return berkas.relative_to(folder).as_posix(), data
