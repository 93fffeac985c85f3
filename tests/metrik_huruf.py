"""Regenerate ``generator/data/metrik_huruf.yaml`` from the URW Bookman fonts.

The generator measures table text with advance widths shipped as data (users
on Windows have no URW fonts); this tool reads them from the OpenType files of
``fonts-urw-base35`` with fontTools.  ``tests/test_tata_kolom.py`` checks that
the shipped file still matches the installed fonts.

    .venv/bin/python -m tests.metrik_huruf          # rewrite the data file
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from fontTools.ttLib import TTFont

BERKAS_DATA = Path(__file__).resolve().parents[1] / "generator" / "data" / "metrik_huruf.yaml"

#: Characters of Indonesian text: ASCII, Latin-1 (with NBSP and the soft
#: hyphen), typographic quotes and dashes, ellipsis, bullet, comparison signs.
KARAKTER = (
    list(range(0x20, 0x7F))
    + list(range(0xA0, 0x100))
    + [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2030, 0x20AC, 0x2212, 0x2264, 0x2265]
)

#: (face key, fontconfig pattern)
WAJAH = (("biasa", "URW Bookman:style=Light"), ("tebal", "URW Bookman:style=Demi"))

#: Font names measured with these metrics.  URW Bookman is metric-compatible
#: with ITC Bookman; Monotype's Bookman Old Style is close, not identical (the
#: layout engine leaves a few per cent of slack for it).
NAMA = ["Bookman Old Style", "Bookman", "ITC Bookman", "URW Bookman", "URW Bookman L"]


def berkas_font(pola: str) -> Path:
    """The OpenType file fontconfig picks for ``pola``."""
    hasil = subprocess.run(
        ["fc-match", "--format=%{file}", pola], capture_output=True, text=True, check=True
    ).stdout.strip()
    path = Path(hasil)
    if "URWBookman" not in path.name:
        raise RuntimeError(
            f"fc-match {pola!r} memberi {path}, bukan URW Bookman: pasang fonts-urw-base35 (make sistem)"
        )
    return path


def baca_wajah(path: Path) -> tuple[int, dict[int, int], str, int]:
    """(units per em, advance width per code point, font version, line
    height) of one face.  The line height is the larger of the two that
    renderers use: hhea ascender - descender + line gap, and the OS/2
    winAscent + winDescent (Word on Windows)."""
    font = TTFont(str(path))
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    lebar = {c: hmtx[cmap[c]][0] for c in KARAKTER if c in cmap}
    hhea, os2 = font["hhea"], font["OS/2"]
    tinggi = max(hhea.ascent - hhea.descent + hhea.lineGap, os2.usWinAscent + os2.usWinDescent)
    return font["head"].unitsPerEm, lebar, font["name"].getDebugName(5) or "", tinggi


def metrik() -> dict:
    """The data file's content, read from the installed fonts."""
    bagian: dict = {"nama": NAMA}
    sumber = []
    for kunci, pola in WAJAH:
        path = berkas_font(pola)
        upem, lebar, versi, tinggi = baca_wajah(path)
        bagian.setdefault("unit_per_em", upem)
        if upem != bagian["unit_per_em"]:
            raise RuntimeError(f"{path.name}: unitsPerEm {upem} berbeda dari wajah lain")
        bagian["tinggi_baris"] = max(bagian.get("tinggi_baris", 0), tinggi)
        bagian[kunci] = lebar
        sumber.append(f"{path.name} ({versi.strip()})")
    bagian = {"sumber": "hmtx advance widths and line heights of " + ", ".join(sumber) + ", fonts-urw-base35", **bagian}
    return {"bookman": bagian}


def _peta(lebar: dict[int, int]) -> str:
    isi = ", ".join(f"{k}: {v}" for k, v in sorted(lebar.items()))
    return "{" + isi + "}"


def tulis(data: dict) -> str:
    """YAML text of the data file (one line per face, stable order)."""
    baris = [
        "# Advance widths (font units) of the characters of Indonesian text, per",
        "# font face, and the line height (font units, the larger of both faces);",
        "# read by generator/word/metrik.py to size table columns and rows.",
        "# Generated from the installed fonts by `python -m tests.metrik_huruf`;",
        "# do not edit by hand.",
    ]
    for kunci, bagian in data.items():
        baris.append(f"{kunci}:")
        baris.append(f"  sumber: \"{bagian['sumber']}\"")
        baris.append("  nama: [" + ", ".join(bagian["nama"]) + "]")
        baris.append(f"  unit_per_em: {bagian['unit_per_em']}")
        baris.append(f"  tinggi_baris: {bagian['tinggi_baris']}")
        for wajah, _ in WAJAH:
            baris.append(f"  {wajah}: {_peta(bagian[wajah])}")
    return "\n".join(baris) + "\n"


if __name__ == "__main__":
    BERKAS_DATA.write_text(tulis(metrik()), encoding="utf-8")
    print(f"ditulis: {BERKAS_DATA}")
