"""What the user reads on the terminal (rich), in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from ..dasar.galat import GALAT, Masalah


class Terminal:
    def __init__(self) -> None:
        self.out = Console(highlight=False, soft_wrap=True)
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)

    def baris(self, teks: str) -> None:
        self.out.print(escape(teks))

    def info(self, teks: str) -> None:
        self.err.print(f"[dim]{escape(teks)}[/]")

    def masalah(self, daftar: Iterable[Masalah]) -> None:
        daftar = list(daftar)
        galat = [m for m in daftar if m.tingkat == GALAT]
        peringatan = [m for m in daftar if m.tingkat != GALAT]
        for m in galat:
            self.err.print(f"[red]galat:[/] {escape(str(m))}")
        for m in peringatan:
            self.err.print(f"[yellow]peringatan:[/] {escape(str(m))}")

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
            self.err.print(f"galat ({sisi}): {teks}", markup=False, emoji=False, style="red")

    def laporan(self, baris: list[tuple[str, str]]) -> None:
        gaya = {"galat": "red bold", "peringatan": "yellow bold", "konfirmasi": "cyan bold", "ringkasan": "bold"}
        for jenis, teks in baris:
            if jenis in gaya:
                self.out.print(f"[{gaya[jenis]}]{escape(teks)}[/]")
            else:
                self.out.print(escape(teks))

    def mentah(self, teks: str) -> None:
        """Machine output: printed as is, no markup, no wrapping."""
        print(teks)

    def gagal(self, teks: str) -> None:
        self.err.print(f"[red bold]naskah:[/] {escape(teks)}")

