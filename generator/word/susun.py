"""Join the decree body and its annexes into one document (docxcompose),
keeping each part's own section: portrait body, landscape annexes.

docxcompose drops the section properties of appended documents; here each
part's section is kept by closing the previous section with a section-break
paragraph before appending, then taking over the appended part's final
section properties.  Headers are inherited from the first section.
"""

from __future__ import annotations

from docxcompose.composer import Composer

from .oxml.bagian import ambil_alih_bagian, tutup_bagian


def susun(utama, bagian: list) -> object:
    """Append ``bagian`` (python-docx Documents) to ``utama``, section by section."""
    komposer = Composer(utama)
    body = utama.element.body
    for doc in bagian:
        tutup_bagian(body)
        komposer.append(doc)
        ambil_alih_bagian(body, doc.element.body)
    return utama
