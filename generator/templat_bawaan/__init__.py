"""The default .docx templates, built with python-docx, one module per
template on the building blocks of ``blok``.

``naskah templat FOLDER`` writes them; the copies in ``templat/`` were made
this way and may then be restyled by users in Word or LibreOffice.  Page
size, margins, font and page numbers are applied at build time from
``instansi.yaml`` (``halaman``).
"""

from __future__ import annotations

from pathlib import Path

from ..tulis.transaksi import tulis_atomik
from ..word.oxml.gaya import buang_gaya_tak_terpakai, buang_styles_with_effects
from ..word.paket import atur_properti, docx_bytes
from .keputusan import templat_keputusan
from .lampiran import templat_lampiran_instansi, templat_lampiran_unit
from .laporan_perubahan import templat_laporan_perubahan
from .lkjip import GAYA_PANDOC, templat_lkjip
from .perjanjian_kinerja import templat_perjanjian_kinerja

PEMBUAT = {
    "keputusan.docx": templat_keputusan,
    "lampiran_instansi.docx": templat_lampiran_instansi,
    "lampiran_unit.docx": templat_lampiran_unit,
    "lkjip.docx": templat_lkjip,
    "laporan_perubahan.docx": templat_laporan_perubahan,
    "perjanjian_kinerja.docx": templat_perjanjian_kinerja,
}
#: Styles kept although the template itself does not use them.
_GAYA_DISIMPAN = {"lkjip.docx": GAYA_PANDOC}


def templat_bytes(nama: str) -> bytes:
    """The bytes of the default template ``nama`` (a key of :data:`PEMBUAT`)."""
    doc = PEMBUAT[nama]()
    # The stock python-docx template carries about 160 styles, which makes
    # the files larger and joining documents slower.
    buang_gaya_tak_terpakai(doc, _GAYA_DISIMPAN.get(nama, ()))
    buang_styles_with_effects(doc)
    atur_properti(doc)
    return docx_bytes(doc)


def tulis_templat(folder: Path, *, timpa: bool = False, nama_lama: dict[str, str] | None = None) -> list[Path]:
    """Write the default templates into ``folder``; never overwrite unless
    told. A template the folder holds under its old name (``nama_lama``:
    new name -> old) is the one the build uses: its new name is not written
    beside it."""
    nama_lama = nama_lama or {}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for nama in PEMBUAT:
        tujuan = folder / nama
        lama = nama_lama.get(nama)
        if not timpa and (tujuan.exists() or (lama and (folder / lama).exists())):
            continue
        tulis_atomik(tujuan, templat_bytes(nama))
        hasil.append(tujuan)
    return hasil
