"""Schema order in the output of docxtpl, which we do not control.

docxtpl's RichText and its ``{% colspan %}``/``{% vm %}`` tags append
property elements at the end of run, cell and table properties, while the
schema fixes their order (Word may then offer to "repair" the file).  After
rendering, :func:`rapikan` puts the children of those properties back in
schema order and gives every shading the value the schema requires.  A cell
whose paragraphs were all removed by a ``{%p for %}`` over nothing (an
indicator without Makna, Alasan or Cara Hitung) gets back the one paragraph
the schema requires; without it LibreOffice lays the row's cells out of
their columns.  Our own
code never relies on it: it inserts each child at its place (``urutan``).
"""

from __future__ import annotations

from .urutan import URUTAN, w

_INDUK = (w("rPr"), w("tcPr"), w("tblPr"))


def rapikan(akar) -> None:
    """Schema order for rPr, tcPr and tblPr children; shading with a value."""
    for el in akar.iter(*_INDUK):
        indeks = URUTAN[el.tag]
        anak = list(el)
        urut = sorted(anak, key=lambda e: indeks.get(e.tag, len(indeks)))
        if urut != anak:
            for e in anak:
                el.remove(e)
            el.extend(urut)
    for shd in akar.iter(w("shd")):
        if shd.get(w("val")) is None:
            shd.set(w("val"), "clear")
    for tc in akar.iter(w("tc")):
        if tc.find(w("p")) is None and tc.find(w("tbl")) is None:
            tc.append(tc.makeelement(w("p"), {}))


def rapikan_dokumen(doc) -> None:
    """:func:`rapikan` over the body, the headers and footers, and the styles."""
    rapikan(doc.element)
    rapikan(doc.styles.element)
    for rel in doc.part.rels.values():
        if rel.reltype.endswith(("/header", "/footer")) and not rel.is_external:
            rapikan(rel.target_part.element)
