"""What the user reads on the terminal (rich), in one place."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from ..dasar.galat import GALAT, Masalah

# Control characters (C0 but newline and tab, DEL, C1) and bidirectional
# overrides: from a YAML key or a file name they could move the cursor,
# recolour the terminal or reorder what the user reads.
_KENDALI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _lolos(m: re.Match) -> str:
    kode = ord(m.group())
    return f"\\x{kode:02x}" if kode < 0x100 else f"\\u{kode:04x}"


def polos(teks: object) -> str:
    """User text with its control characters shown as escapes (``\\x1b``)."""
    return _KENDALI.sub(_lolos, str(teks))


def aman(teks: object) -> str:
    """User text (a path, an id, a message quoting content) made safe for
    rich: control characters shown as escapes, markup escaped."""
    return escape(polos(teks))


class Terminal:
    def __init__(self) -> None:
        # No emoji codes either: ":warning:" in a path stays text.
        self.out = Console(highlight=False, soft_wrap=True, emoji=False)
        self.err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)

    def tanda(self, simbol: str, warna: str, teks: str) -> None:
        """One line of output after a coloured mark (``✓``, ``=``)."""
        self.out.print(f"[{warna}]{simbol}[/] {aman(teks)}")

    def baris(self, teks: str) -> None:
        self.out.print(aman(teks))

    def info(self, teks: str) -> None:
        self.err.print(f"[dim]{aman(teks)}[/]")

    def masalah(self, daftar: Iterable[Masalah]) -> None:
        daftar = list(daftar)
        galat = [m for m in daftar if m.tingkat == GALAT]
        peringatan = [m for m in daftar if m.tingkat != GALAT]
        for m in galat:
            self.err.print(f"[red]galat:[/] {aman(str(m))}")
        for m in peringatan:
            self.err.print(f"[yellow]peringatan:[/] {aman(str(m))}")

    def galat_sisi(self, daftar: Iterable[Masalah], sisi: str, berkas: Callable[[Path], str]) -> None:
        """The errors of one side of ``naskah beda`` (``galat (lama): ...``),
        each file named by ``berkas`` as the user knows it (``HEAD~1:konten/...``)."""
        for m in daftar:
            if m.tingkat != GALAT:
                continue
            bagian = []
            if m.lokasi is not None:
                tempat = berkas(m.lokasi.berkas)
                if m.lokasi.baris is not None:
                    tempat += f":{m.lokasi.baris}" + (f":{m.lokasi.kolom}" if m.lokasi.kolom is not None else "")
                bagian.append(tempat)
            teks = ": ".join([*bagian, *([m.jalur] if m.jalur else []), m.pesan])
            self.err.print(f"galat ({sisi}): {polos(teks)}", markup=False, emoji=False, style="red")

    def laporan(self, baris: list[tuple[str, str]]) -> None:
        gaya = {"galat": "red bold", "peringatan": "yellow bold", "konfirmasi": "cyan bold", "ringkasan": "bold"}
        for jenis, teks in baris:
            if jenis in gaya:
                self.out.print(f"[{gaya[jenis]}]{aman(teks)}[/]")
            else:
                self.out.print(aman(teks))

    def mentah(self, teks: str) -> None:
        """Machine output (JSON): printed as is, no markup, no wrapping; a
        control character inside a string becomes its JSON escape."""
        print(_KENDALI.sub(lambda m: f"\\u{ord(m.group()):04x}", teks))

    def gagal(self, teks: str) -> None:
        self.err.print(f"[red bold]naskah:[/] {aman(teks)}")

