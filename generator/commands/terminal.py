"""What the user reads on the terminal (rich), in one place."""

from __future__ import annotations

from collections.abc import Iterable

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

