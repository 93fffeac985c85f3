"""Markdown narratives to Word content through pandoc (pypandoc-binary).

Each narrative is read and checked first (:mod:`.narasi_cek`): UTF-8 text
under a size limit, images that are real PNG/JPEG files inside the content
folder, no raw OpenXML/HTML/LaTeX.  pandoc then writes the checked syntax
tree with the template's own style names (Heading 2.., Body Text, First
Paragraph, Compact, Table), so the narrative takes the report's look.
Headings shift down by the level of the report heading a narrative sits
under: one level for a chapter's narrative (a ``#`` becomes Heading 2),
more for a narrative under a unit's heading (``geser``).  pandoc runs with a timeout and a memory limit
(:mod:`.pandoc`).  Both pandoc runs (the parse and the conversion) are kept in the build
cache under the hash of their inputs (:class:`generator.dasar.tembolok.Tembolok`).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..dasar.galat import KontenError, Lokasi, Masalah
from ..dasar.tembolok import Tembolok, kunci, sidik_paket
from .narasi_cek import BATAS_BAIT, Narasi, siapkan_narasi
from .pandoc import PandocGagal, jalankan_pandoc

__all__ = ["BATAS_BAIT", "md_ke_docx", "periksa_semua_narasi"]


def periksa_semua_narasi(berkas_md: list[Path], folder_konten: Path, tembolok: Tembolok | None = None) -> list[Masalah]:
    """The problems of the narratives, in their order, each at
    ``berkas:baris:kolom`` where it is known (for ``naskah periksa``; nothing
    is written), checked side by side (a pandoc parse each, taken from
    ``tembolok`` when the same text was parsed before)."""
    if not berkas_md:
        return []
    with ThreadPoolExecutor(max_workers=4) as kolam:
        return [m for n in kolam.map(lambda b: siapkan_narasi(b, folder_konten, tembolok), berkas_md) for m in n.masalah]


def _tulis(n: Narasi, referensi: Path, folder: Path, geser: int = 1) -> bytes:
    """The checked narrative as .docx bytes; its images are given to pandoc
    as the bytes that were checked, under their paths in the content folder."""
    argumen = ["-f", "json", "-t", "docx", "--reference-doc", str(referensi.resolve()), f"--shift-heading-level-by={geser}", "-o", "-"]
    if n.gambar:
        folder.mkdir(parents=True)
        for relatif, data in n.gambar.items():
            tujuan = folder / relatif
            tujuan.parent.mkdir(parents=True, exist_ok=True)
            tujuan.write_bytes(data)
    else:
        argumen.insert(0, "--sandbox")  # nothing to read but the reference document
    try:
        return jalankan_pandoc(argumen, json.dumps(n.ast).encode("utf-8"), cwd=folder if n.gambar else None)
    except PandocGagal as exc:
        raise KontenError([Masalah(f"narasi tidak dapat diubah menjadi Word: {exc}", Lokasi(n.berkas), kode="narasi-pandoc")]) from None


def _kunci(n: Narasi, referensi: bytes, geser: int) -> str:
    """The conversion's inputs: the checked tree, its images, the reference
    document and the heading shift."""
    gambar = sorted((relatif, hashlib.sha256(data).hexdigest()) for relatif, data in n.gambar.items())
    return kunci("narasi-docx", sidik_paket(), json.dumps(n.ast, sort_keys=True), gambar, referensi, geser)


def md_ke_docx(
    berkas: list[Path],
    referensi: Path,
    folder_konten: Path | None = None,
    geser: dict[Path, int] | None = None,
    tembolok: Tembolok | None = None,
) -> dict[Path, bytes]:
    """Convert Markdown files to .docx bytes (pandoc runs side by side).

    Images are confined to ``folder_konten`` (to each Markdown file's own
    folder when it is not given).  ``geser`` gives a file's heading shift
    (1 when not named).  Every problem of every narrative is
    raised at once as a :class:`KontenError`.  A conversion made before
    with the same inputs is taken from ``tembolok``.
    """
    unik = list(dict.fromkeys(Path(b) for b in berkas))
    if not unik:
        return {}
    tembolok = tembolok or Tembolok(None)
    with ThreadPoolExecutor(max_workers=4) as kolam:
        narasi = list(kolam.map(lambda b: siapkan_narasi(b, folder_konten or b.parent, tembolok), unik))
        masalah = [m for n in narasi for m in n.masalah]
        if masalah:
            raise KontenError(masalah)
        acuan = Path(referensi).read_bytes()
        geser = {Path(b): g for b, g in (geser or {}).items()}
        kunci_ = [_kunci(n, acuan, geser.get(b, 1)) for n, b in zip(narasi, unik)]
        data = [tembolok.ambil("narasi", k) for k in kunci_]
        kurang = [i for i, d in enumerate(data) if d is None]
        if kurang:
            with tempfile.TemporaryDirectory(prefix="naskah-narasi-") as tmp:
                baru = kolam.map(lambda i: _tulis(narasi[i], referensi, Path(tmp) / str(i), geser.get(unik[i], 1)), kurang)
                for i, d in zip(kurang, baru):
                    data[i] = d
                    tembolok.taruh("narasi", kunci_[i], d)
    return dict(zip(unik, data))
