"""Errors and problem reports shared by every stage of the pipeline.

A *masalah* (problem) is one thing the user must fix, with its place in a
content file.  Stages collect problems and raise :class:`KontenError` with all
of them, so that a user sees every problem of a run at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

GALAT = "galat"
PERINGATAN = "peringatan"
KONFIRMASI = "konfirmasi"  # a reading marked "perlu konfirmasi" in the content


@dataclass(frozen=True)
class Lokasi:
    """A place in a content file (1-based line and column)."""

    berkas: Path
    baris: int | None = None
    kolom: int | None = None

    def __str__(self) -> str:
        teks = tampil_berkas(self.berkas)
        if self.baris is not None:
            teks += f":{self.baris}"
            if self.kolom is not None:
                teks += f":{self.kolom}"
        return teks


def tampil_berkas(berkas: Path) -> str:
    """Show a path relative to the working directory when it lies below it.
    The file itself may be a symbolic link (even a broken one or a loop): it
    is shown by its own name, only its folder is resolved."""
    jalur = Path(berkas)
    try:
        return (jalur.parent.resolve() / jalur.name).relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a loop of symbolic links (Python < 3.13)
        return str(berkas)


@dataclass(frozen=True)
class Masalah:
    """One problem: where, which field, what is wrong."""

    pesan: str
    lokasi: Lokasi | None = None
    jalur: str = ""
    tingkat: str = GALAT
    kode: str = ""

    def __str__(self) -> str:
        bagian = []
        if self.lokasi is not None:
            bagian.append(str(self.lokasi))
        if self.jalur:
            bagian.append(self.jalur)
        bagian.append(self.pesan)
        return ": ".join(bagian)

    def sebagai_dict(self) -> dict:
        return {
            "tingkat": self.tingkat,
            "kode": self.kode,
            "berkas": tampil_berkas(self.lokasi.berkas) if self.lokasi else None,
            "baris": self.lokasi.baris if self.lokasi else None,
            "kolom": self.lokasi.kolom if self.lokasi else None,
            "jalur": self.jalur,
            "pesan": self.pesan,
        }


class NaskahError(Exception):
    """Base of every error the user can cause; its text is shown as is."""


@dataclass
class KontenError(NaskahError):
    """The content has one or more errors."""

    masalah: list[Masalah] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return "\n".join(str(m) for m in self.masalah)


class TemplatError(NaskahError):
    """A template is missing or broken."""


class KeluaranError(NaskahError):
    """The output folder cannot be written."""
