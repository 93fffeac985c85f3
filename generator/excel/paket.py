"""A workbook as bytes, identical for identical content.

openpyxl stamps every zip entry and the ``modified`` property with the
clock when it saves; here the document properties are fixed and the package
is rewritten through the program's one zip writer. A workbook still bearing
these properties has not been saved by a spreadsheet program since naskah
wrote it (:func:`buatan_naskah`).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl.packaging.custom import StringProperty
from openpyxl.workbook.workbook import Workbook
from openpyxl.xml.functions import tostring

from .. import __version__
from ..dasar.zip_tetap import zip_tetap

WAKTU = dt.datetime(2000, 1, 1)
PEMBUAT = "naskah"
_INTI = "docProps/core.xml"


def atur_properti(wb: Workbook, judul: str, properti: dict[str, str]) -> None:
    """Fixed document properties, and ``properti`` as custom properties."""
    p = wb.properties
    p.title, p.creator, p.lastModifiedBy = judul, PEMBUAT, PEMBUAT
    p.created = p.modified = WAKTU
    p.description = f"Dibuat oleh naskah {__version__}"
    for nama, nilai in properti.items():
        wb.custom_doc_props.append(StringProperty(name=nama, value=nilai))


def buku_bytes(wb: Workbook) -> bytes:
    """The workbook as .xlsx bytes: openpyxl's parts in openpyxl's order,
    the core properties without the time of saving, fixed zip times."""
    buf = io.BytesIO()
    wb.save(buf)
    wb.properties.modified = WAKTU
    inti = tostring(wb.properties.to_tree())
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        isi = [(n, inti if n == _INTI else z.read(n)) for n in z.namelist()]
    return zip_tetap(isi)


def buatan_naskah(berkas: Path) -> bool:
    """True when ``berkas`` is a workbook as naskah wrote it, never saved
    since by a spreadsheet program (which stamps its own time)."""
    try:
        with zipfile.ZipFile(berkas) as z:
            inti = z.read(_INTI).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return False
    dibuat = WAKTU.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f">{PEMBUAT}</dc:creator>" in inti and f">{dibuat}</dcterms:modified>" in inti
