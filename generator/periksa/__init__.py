"""Stage 2: validation. Every problem of every file, with its place.

:func:`periksa_konten` loads a content folder and runs the structural
checks (``validasi``) and the domain rules (``aturan``); :func:`muat_valid`
does the same and raises with the errors.
"""

from __future__ import annotations

from pathlib import Path

from ..dasar.galat import GALAT, KontenError
from ..dasar.tembolok import Tembolok
from ..muat import model as m
from ..muat.konten import muat_konten
from ..muat.pemeriksa import Pemeriksa
from .aturan import periksa_aturan
from .validasi import validasi


def periksa_konten(folder: Path, tembolok: Tembolok | None = None) -> tuple[m.Konten | None, Pemeriksa]:
    """Load and validate; the checker holds every problem found.  A build
    gives its ``tembolok``: the narratives' parses made before are reused."""
    konten, p = muat_konten(folder)
    if konten is not None:
        validasi(konten, p, tembolok)
        periksa_aturan(konten, p)
    return konten, p


def muat_valid(folder: Path, *, ketat: bool = False, laporan=None, tembolok: Tembolok | None = None) -> m.Konten:
    """Load and validate; raise with every error, pass the rest to ``laporan``."""
    konten, p = periksa_konten(folder, tembolok)
    if ketat:
        p.ketat()
    if konten is None or p.ada_galat:
        raise KontenError([x for x in p.masalah if x.tingkat == GALAT])
    if laporan is not None:
        laporan([x for x in p.masalah if x.tingkat != GALAT])
    return konten
