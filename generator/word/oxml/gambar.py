"""Pictures no wider than the text: an inline picture wider than the text
of its section is scaled down, keeping its proportions."""

from __future__ import annotations

from .bagian import per_bagian

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def batasi_lebar_gambar(doc, lebar_teks: list[int]) -> None:
    """Scale each inline picture of the body to at most the text width (EMU)
    of its section; ``lebar_teks`` holds one width per section."""
    for idx, el in per_bagian(doc):
        batas = lebar_teks[min(idx, len(lebar_teks) - 1)]
        for inline in el.iter(f"{_WP}inline"):
            _kecilkan(inline, batas)


def _kecilkan(inline, batas: int) -> None:
    luas = inline.find(f"{_WP}extent")
    if luas is None:
        return
    cx, cy = int(luas.get("cx", "0")), int(luas.get("cy", "0"))
    if cx <= batas:
        return
    baru = {"cx": str(batas), "cy": str(round(cy * batas / cx))}
    luas.attrib.update(baru)
    for ext in inline.iter(f"{_A}ext"):  # the picture's own size in its shape properties
        if ext.get("cx") == str(cx) and ext.get("cy") == str(cy):
            ext.attrib.update(baru)
