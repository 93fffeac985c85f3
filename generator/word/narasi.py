"""Markdown narratives to Word content through pandoc (pypandoc-binary).

pandoc writes the text with the template's own style names (Heading 2..,
Body Text, First Paragraph, Compact, Table), so the narrative takes the
report's look.  Headings shift one level down: a ``#`` in a narrative sits
under the chapter heading of the report.
"""

from __future__ import annotations

import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..dasar.galat import NaskahError


def _satu(md: Path, referensi: Path, folder: Path) -> bytes:
    import pypandoc

    folder.mkdir(parents=True, exist_ok=True)
    tujuan = folder / (md.stem + ".docx")
    try:
        pypandoc.convert_file(
            str(md),
            "docx",
            format="markdown",
            outputfile=str(tujuan),
            extra_args=["--reference-doc", str(referensi), "--shift-heading-level-by=1"],
        )
    except (RuntimeError, OSError) as exc:
        raise NaskahError(f"{md}: narasi Markdown tidak dapat diubah oleh pandoc ({str(exc).strip()[:300]})") from None
    return tujuan.read_bytes()


def md_ke_docx(berkas: list[Path], referensi: Path) -> dict[Path, bytes]:
    """Convert Markdown files to .docx bytes (pandoc runs side by side)."""
    hasil: dict[Path, bytes] = {}
    if not berkas:
        return hasil
    with tempfile.TemporaryDirectory(prefix="naskah-narasi-") as tmp:
        folder = Path(tmp)
        unik = list(dict.fromkeys(berkas))
        with ThreadPoolExecutor(max_workers=4) as kolam:
            for md, data in zip(unik, kolam.map(lambda b: _satu(b, referensi, folder / str(unik.index(b))), unik)):
                hasil[md] = data
    return hasil
