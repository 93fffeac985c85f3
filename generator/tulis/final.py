"""Final documents are never overwritten silently.

A signed decree (a final) is kept read-only under ``keluaran/final/`` with
a record beside it, ``final/<id>.docx.json``: its id, sources, template,
the sha256 of the document and of its PDF, and when it was written.
Protection rests on these files themselves, never on ``manifest.json``,
which is only an index and may be missing, old or damaged: a build that
would change the bytes of a document in ``final/`` stops, unless the user
asks to replace it (``--ganti-final``); the old file, its PDF and its
record are then archived under ``keluaran/final/arsip/`` in the same
transaction.  A final whose record is lost is still a final.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..dasar.galat import KeluaranError
from .jalur import dalam_keluaran
from .transaksi import baca_manifest, sha256

FOLDER_FINAL = "final"
FOLDER_ARSIP = "final/arsip"
AKHIRAN_CATATAN = ".json"


def pdf_di_samping(docx: Path) -> Path:
    """The PDF written beside a document."""
    return docx.with_suffix(".pdf")


def catatan_di_samping(relatif: str) -> str:
    """The record written beside a final document (path inside keluaran/)."""
    return relatif + AKHIRAN_CATATAN


def json_bytes(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def baca_catatan(keluaran: Path, relatif: str) -> dict | None:
    """The record beside ``relatif``; None when it is missing or not a
    record of that file."""
    try:
        data = json.loads((keluaran / catatan_di_samping(relatif)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("berkas") != relatif or not isinstance(data.get("sha256"), str):
        return None
    return data


def waktu_berkas(berkas: Path) -> str:
    """When a file was last written, as a record's ``ditulis``."""
    return dt.datetime.fromtimestamp(berkas.stat().st_mtime).isoformat(timespec="seconds")


@dataclass
class Lindungan:
    """What the build may do with the final documents already written."""

    keluaran: Path
    lama: dict[str, dict] = field(default_factory=dict)  # id -> record of the final already in final/
    tetap: set[str] = field(default_factory=set)  # finals whose bytes did not change: left as they are
    tanpa_catatan: set[str] = field(default_factory=set)  # unchanged finals whose record must be written again
    diganti: dict[str, dict] = field(default_factory=dict)  # id -> record of a final being replaced
    sidik: dict[str, str] = field(default_factory=dict)  # id -> sha256 of the replaced file on disk

    def arsip(self, cap: str) -> list[tuple[str, bytes]]:
        """The archive copies (path, bytes) of the replaced finals, named
        ``<id>-<cap>-<sha256 prefix>``: the document, its PDF, its record."""
        hasil = []
        for did, rekam in self.diganti.items():
            nama = f"{FOLDER_ARSIP}/{did}-{cap}-{self.sidik[did][:12]}"
            docx = self.keluaran / rekam["berkas"]
            if docx.exists():
                hasil.append((f"{nama}.docx", docx.read_bytes()))
            if pdf_di_samping(docx).exists():
                hasil.append((f"{nama}.pdf", pdf_di_samping(docx).read_bytes()))
            hasil.append((f"{nama}.json", json_bytes(rekam)))
        return hasil


def lindungi_final(final: dict[str, tuple[str, bytes]], keluaran: Path, ganti: bool) -> Lindungan:
    """Compare the final documents being built (id -> (path inside
    keluaran/, bytes)) with the files in ``keluaran/final/``; raise when
    one would change and ``ganti`` is not given."""
    keluaran = Path(keluaran)
    indeks = {e["berkas"]: e for e in baca_manifest(keluaran)["dokumen"]}
    hasil = Lindungan(keluaran)
    for did, (relatif, data) in final.items():
        docx = dalam_keluaran(keluaran, relatif)
        pdf = pdf_di_samping(docx)
        if not docx.exists() and not pdf.exists():
            continue  # no final yet
        disk = docx.read_bytes() if docx.exists() else None
        catatan = baca_catatan(keluaran, relatif)
        rekam = catatan or _dari_indeks(indeks.get(relatif), did) or _rekam_ulang(did, relatif, docx)
        hasil.lama[did] = rekam
        if disk == data:
            hasil.tetap.add(did)
            if catatan is None or catatan.get("sha256") != sha256(data):
                hasil.tanpa_catatan.add(did)
        else:
            hasil.diganti[did] = rekam
            hasil.sidik[did] = sha256(disk if disk is not None else pdf.read_bytes())
    if hasil.diganti and not ganti:
        raise KeluaranError(
            "dokumen final sudah ada dan isinya akan berubah: " + ", ".join(hasil.diganti) + ". "
            "Dokumen final tidak ditimpa; bila memang harus diganti, ulangi dengan --ganti-final "
            f"(berkas lama diarsipkan di {keluaran.as_posix()}/{FOLDER_ARSIP}/). Tidak ada berkas yang diubah."
        )
    return hasil


def periksa_set(lindungan: Lindungan, kelompok: list[dict[str, str]], dibangun: set[str]) -> None:
    """A decree and its annexes are one final set (``kelompok``: each set
    as id -> path inside keluaran/): replacing part of a set while another
    part stays in ``final/`` would leave a decree with an old annex, or an
    annex that is not the one in the decree.  Refuse, naming the rest."""
    for anggota in kelompok:
        diganti = [i for i in anggota if i in lindungan.diganti]
        if not diganti:
            continue
        tertinggal = [
            i for i, rel in anggota.items()
            if i not in dibangun and ((lindungan.keluaran / rel).exists() or pdf_di_samping(lindungan.keluaran / rel).exists())
        ]  # fmt: skip
        if tertinggal:
            raise SetTerpisah(diganti, tertinggal, list(anggota))


class SetTerpisah(KeluaranError):
    """Part of a final set would be replaced; the message ends with the
    command replacing the whole set (``--ganti-final`` and ``anggota``),
    which the command line completes with the user's options."""

    def __init__(self, diganti: list[str], tertinggal: list[str], anggota: list[str]) -> None:
        self.diganti, self.tertinggal, self.anggota = diganti, tertinggal, anggota
        super().__init__(self.pesan(f"naskah bangun --ganti-final {' '.join(anggota)}"))

    def pesan(self, perintah: str) -> str:
        return (
            f"dokumen final {', '.join(self.diganti)} satu set dengan dokumen final {', '.join(self.tertinggal)}; "
            "mengganti sebagian set meninggalkan dokumen final lain dengan isi lama. Ganti seluruh set sekaligus: "
            f"{perintah}. Tidak ada berkas yang diubah."
        )


def tak_terindeks(keluaran: Path, kecuali: set[str]) -> list[dict]:
    """The records of the finals in ``final/`` that the manifest does not
    list (lost or old manifest), except the files in ``kecuali``: the index
    is rebuilt from them."""
    keluaran = Path(keluaran)
    folder = keluaran / FOLDER_FINAL
    if not folder.is_dir():
        return []
    terindeks = {e["berkas"] for e in baca_manifest(keluaran)["dokumen"]} | kecuali
    hasil = []
    for berkas in sorted(folder.glob("*.docx" + AKHIRAN_CATATAN)):
        relatif = f"{FOLDER_FINAL}/{berkas.name[: -len(AKHIRAN_CATATAN)]}"
        rekam = baca_catatan(keluaran, relatif)
        if rekam is not None and relatif not in terindeks and (keluaran / relatif).is_file():
            hasil.append(rekam)
    return hasil


def _dari_indeks(entri: dict | None, did: str) -> dict | None:
    if entri is None or entri.get("id") != did or not isinstance(entri.get("sha256"), str):
        return None
    return entri


def _rekam_ulang(did: str, relatif: str, docx: Path) -> dict:
    """A record for a final whose record and index entry are both lost."""
    rekam = {"id": did, "berkas": relatif, "catatan": "catatan final hilang; dibuat ulang dari berkasnya"}
    if docx.exists():
        rekam["sha256"] = sha256(docx.read_bytes())
        rekam["ditulis"] = waktu_berkas(docx)
    return rekam
