"""Join the decree body and its annexes into one document (docxcompose),
keeping each part's own section: portrait body, landscape annexes.

docxcompose drops the section properties of appended documents; here each
part's section is kept by closing the previous section with a section-break
paragraph before appending, then taking over the appended part's final
section properties.  Headers are inherited from the first section.
"""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxcompose.composer import Composer

from . import paket  # noqa: F401  (restores python-docx's "cp" prefix after docxcompose)

_REF = (qn("w:headerReference"), qn("w:footerReference"))


def _tanpa_rujukan_kepala(sectpr):
    sectpr = copy.deepcopy(sectpr)
    for el in list(sectpr):
        if el.tag in _REF:
            sectpr.remove(el)
    return sectpr


def susun(utama, bagian: list) -> object:
    """Append ``bagian`` (python-docx Documents) to ``utama``, section by section."""
    komposer = Composer(utama)
    body = utama.element.body
    for doc in bagian:
        akhir = body.find(qn("w:sectPr"))
        pemisah = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ppr.append(copy.deepcopy(akhir))
        pemisah.append(ppr)
        akhir.addprevious(pemisah)
        komposer.append(doc)
        baru = _tanpa_rujukan_kepala(doc.element.body.find(qn("w:sectPr")))
        akhir = body.find(qn("w:sectPr"))
        akhir.getparent().replace(akhir, baru)
    return utama
