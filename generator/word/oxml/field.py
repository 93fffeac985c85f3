"""Complex fields (ECMA-376 Part 1, 17.16.18): PAGE numbers, the table of
contents.

A field is a run of ``w:fldChar begin``, a run of ``w:instrText``, a run of
``w:fldChar separate``, the runs of its last result and a run of
``w:fldChar end``; Word and LibreOffice both read it.  The begin and the end
may sit in different paragraphs, as a table of contents does around its
entries.
"""

from __future__ import annotations

from .urutan import XML_SPACE, buat


def _run(par, isi) -> None:
    r = buat("r")
    r.append(isi)
    par._p.append(r)


def field_mulai(par, instruksi: str, *, kotor: bool = False) -> None:
    """Append the begin, instruction and separate runs to paragraph ``par``;
    ``kotor`` asks Word to recompute the field when the file is opened."""
    if kotor:
        _run(par, buat("fldChar", fldCharType="begin", dirty="true"))
    else:
        _run(par, buat("fldChar", fldCharType="begin"))
    instr = buat("instrText")
    instr.set(XML_SPACE, "preserve")
    instr.text = instruksi
    _run(par, instr)
    _run(par, buat("fldChar", fldCharType="separate"))


def field_selesai(par) -> None:
    """Append the end run of a field to paragraph ``par``."""
    _run(par, buat("fldChar", fldCharType="end"))


def field(par, instruksi: str, hasil: str) -> None:
    """A whole field in paragraph ``par``, showing ``hasil`` until computed."""
    field_mulai(par, instruksi)
    t = buat("t")
    t.text = hasil
    _run(par, t)
    field_selesai(par)
