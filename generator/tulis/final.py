"""Final documents are never overwritten silently.

A signed decree (a final) is kept read-only under ``keluaran/final/``.  A
build that would change one stops, unless the user asks to replace it
(``--ganti-final``); the old file, its PDF and its manifest entry are then
archived under ``keluaran/final/arsip/`` in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..dasar.galat import KeluaranError
from .transaksi import baca_manifest, sha256

FOLDER_FINAL = "final"
FOLDER_ARSIP = "final/arsip"


def pdf_di_samping(docx: Path) -> Path:
    """The PDF written beside a document."""
    return docx.with_suffix(".pdf")


@dataclass
class Lindungan:
    """What the build may do with the final documents already written."""

    keluaran: Path
    lama: dict[str, dict]  # the manifest entries of the finals already in keluaran/, by id
    tetap: set[str] = field(default_factory=set)  # finals whose content did not change: left as they are
    diganti: list[dict] = field(default_factory=list)  # manifest entries of the finals being replaced

    def arsip(self, cap: str) -> list[tuple[str, bytes]]:
        """The archive copies (path, bytes) of the replaced finals, named
        ``<id>-<cap>-<sha256 prefix>``: the document, its PDF, its manifest entry."""
        hasil = []
        for e in self.diganti:
            nama = f"{e['id']}-{cap}-{e['sha256'][:12]}"
            lama = self.keluaran / e["berkas"]
            hasil.append((f"{FOLDER_ARSIP}/{nama}.docx", lama.read_bytes()))
            if pdf_di_samping(lama).exists():
                hasil.append((f"{FOLDER_ARSIP}/{nama}.pdf", pdf_di_samping(lama).read_bytes()))
            hasil.append((f"{FOLDER_ARSIP}/{nama}.json", (json.dumps(e, ensure_ascii=False, indent=2) + "\n").encode("utf-8")))
        return hasil


def lindungi_final(final: dict[str, bytes], keluaran: Path, ganti: bool) -> Lindungan:
    """Compare the final documents being built (id -> bytes) with those in
    ``keluaran``; raise when one would change and ``ganti`` is not given."""
    lama = {e["id"]: e for e in baca_manifest(keluaran)["dokumen"] if e.get("status") == "final"}
    hasil = Lindungan(keluaran, lama)
    for did, data in final.items():
        e = lama.get(did)
        if e is None or not (keluaran / e["berkas"]).exists():
            continue  # no final yet
        if e.get("sha256") == sha256(data):
            hasil.tetap.add(did)
        else:
            hasil.diganti.append(e)
    if hasil.diganti and not ganti:
        raise KeluaranError(
            "dokumen final sudah ada dan isinya akan berubah: " + ", ".join(e["id"] for e in hasil.diganti) + ". "
            "Dokumen final tidak ditimpa; bila memang harus diganti, ulangi dengan --ganti-final "
            f"(berkas lama diarsipkan di {keluaran.as_posix()}/{FOLDER_ARSIP}/). Tidak ada berkas yang diubah."
        )
    return hasil

