"""Three quirks of the shipped default templates, kept on purpose.

The templates in ``templat/`` (and so every document built from them) were
written with these; writing them in schema order instead would change the
bytes of every template and of every built document, which this code must
not do on its own.  Each breaks the WordprocessingML schema (ECMA-376 Part 1)
and is to be fixed together with regenerating ``templat/`` and the pinned
hashes of the example build.
"""

from __future__ import annotations

from .urutan import buat, sisipkan


def tata_letak_tetap_kedua(tabel) -> None:
    """A second ``w:tblLayout type="fixed"`` next to the first: python-docx's
    ``Table.autofit = False`` has written one already, and the schema allows
    one."""
    sisipkan(tabel._tbl.tblPr, buat("tblLayout", type="fixed"))


def garis_bawah_gaya(gaya) -> None:
    """A thick double rule under the paragraphs of style ``gaya``
    (``w:pBdr/w:bottom``), appended to the style's paragraph properties,
    after its ``w:jc``, where the schema puts ``w:pBdr`` before it."""
    bdr = buat("pBdr")
    bdr.append(buat("bottom", val="thickThinSmallGap", sz="18", space="1", color="auto"))
    gaya.element.get_or_add_pPr().append(bdr)


def perbarui_field_saat_dibuka(doc) -> None:
    """Ask Word to refresh the fields (the table of contents) when the file is
    opened: ``w:updateFields`` appended at the end of the settings, where the
    schema puts it before ``w:compat`` and the rest."""
    doc.settings.element.append(buat("updateFields", val="true"))
