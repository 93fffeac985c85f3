"""Where the .docx templates of a build come from, in this order:

1. the folder given with ``--templat``;
2. ``templat/`` of the project: the folder beside the content folder
   (``proyek/konten`` -> ``proyek/templat``), whatever the working directory;
3. the package's built-in templates (:mod:`generator.templat_bawaan`),
   written for this run into a marked temporary folder and removed after it.

Never silently from the working directory.  A chosen folder must hold every
template the build needs: a missing one is named with the folder looked in,
how to restore it and the ``--templat`` option; there is no fallback file
by file, so that a document never mixes the project's look with the
built-in one.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..dasar.galat import TemplatError
from ..dasar.tembolok import Tembolok, kunci, sidik_paket
from ..dasar.perintah import baris_perintah
from ..tulis.proses import PREFIKS, tandai

FOLDER_PROYEK = "templat"
# Written in the manifest for a template taken from the package itself.
AWALAN_BAWAAN = "bawaan:"

#: Templates renamed since content was first written: new name -> old. A
#: project folder holding only the old name keeps its customised template.
NAMA_LAMA = {"lampiran_instansi.docx": "lampiran_sekretariat.docx", "lampiran_unit.docx": "lampiran_bagian.docx"}

_bawaan: set[Path] = set()  # the built-in folders of this process, while they exist


def folder_proyek(konten: Path) -> Path:
    """``templat/`` beside the content folder."""
    return Path(konten).resolve().parent / FOLDER_PROYEK


@contextlib.contextmanager
def folder_templat(diminta: Path | None, konten: Path, tembolok: Tembolok | None = None) -> Iterator[Path]:
    """The template folder of a build (see the module's docstring); the
    built-in templates are taken from ``tembolok`` when made before by
    the same program."""
    if diminta is not None:
        folder = Path(diminta)
        if not folder.is_dir():
            raise TemplatError(
                f"{folder.as_posix()}: folder templat (--templat) tidak ditemukan atau bukan folder. "
                "Jalankan tanpa --templat untuk memakai templat/ di samping folder konten, "
                f"atau tulis templat bawaan ke folder itu: {baris_perintah('templat', '--folder', folder)}"
            )
        yield folder
        return
    proyek = folder_proyek(konten)
    if proyek.exists():
        if not proyek.is_dir():
            raise TemplatError(f"{proyek.as_posix()}: bukan folder; templat proyek dicari di folder ini (atau sebutkan --templat FOLDER)")
        yield proyek
        return
    with _templat_bawaan(tembolok or Tembolok(None)) as folder:
        yield folder


@contextlib.contextmanager
def _templat_bawaan(tembolok: Tembolok) -> Iterator[Path]:
    """The built-in templates, exactly the bytes ``naskah templat`` writes."""
    from ..templat_bawaan import PEMBUAT, templat_bytes  # python-docx: only when needed

    sementara = Path(tempfile.mkdtemp(prefix=PREFIKS + "templat-"))
    try:
        tandai(sementara)  # removed by the next run if this one is killed
        folder = sementara / FOLDER_PROYEK
        folder.mkdir()
        for nama in PEMBUAT:
            k = kunci("templat-bawaan", sidik_paket(), nama)
            if (data := tembolok.ambil("templat", k)) is None:
                data = templat_bytes(nama)
                tembolok.taruh("templat", k, data)
            (folder / nama).write_bytes(data)
        _bawaan.add(folder)
        yield folder
    finally:
        _bawaan.discard(sementara / FOLDER_PROYEK)
        shutil.rmtree(sementara, ignore_errors=True)


def bawaan(berkas: Path) -> str | None:
    """``bawaan:NAMA.docx`` for a template taken from the package, to be
    recorded in the manifest instead of a temporary path; else None."""
    berkas = Path(berkas)
    return AWALAN_BAWAAN + berkas.name if berkas.parent in _bawaan else None


def nama_templat(folder: Path | None, nama: str) -> str:
    """``nama``, or its old name when ``folder`` holds only the old one (a
    project's templates written before the rename)."""
    lama = NAMA_LAMA.get(nama)
    if folder is not None and lama and not (Path(folder) / nama).exists() and (Path(folder) / lama).is_file():
        return lama
    return nama


def pastikan_templat(folder: Path, nama: Iterable[str]) -> None:
    """Every template ``nama`` is a file in ``folder``; else one error naming
    the missing ones, the folder looked in and the ways out."""
    hilang = sorted({n for n in nama if not (Path(folder) / n).is_file()})
    if hilang:
        raise TemplatError(pesan_hilang(folder, hilang))


def pesan_hilang(folder: Path, hilang: list[str]) -> str:
    tempat = Path(folder).as_posix()
    return (
        f"{', '.join(f'{tempat}/{n}' for n in hilang)}: templat tidak ditemukan di folder {tempat}. "
        "Sebutkan folder templat lain dengan --templat FOLDER, atau pulihkan templat bawaan yang belum ada "
        f"(yang sudah ada tidak ditimpa): {baris_perintah('templat', '--folder', folder)}"
    )
