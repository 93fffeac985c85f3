"""Word content (a .docx) inserted into a template as a docxtpl subdocument,
with every namespace it uses declared.

docxtpl writes a subdocument into the template as the text of its body
with the ``<w:body ...>`` tag cut off (docxtpl ``Subdoc._get_xml``).  The
namespace declarations lxml puts on that tag go with it, so a prefix the
template's root does not declare (pandoc's pictures use ``a:`` and
``pic:``) ends up undeclared; docxtpl then re-reads the XML in recovery
mode and the written document opens in neither Word nor LibreOffice
(docxtpl #620).  Here each top-level element that uses such a namespace
carries the declarations itself.
"""

from __future__ import annotations

import copy
import io
import re

from docxtpl.subdoc import Subdoc
from lxml import etree


def _ruang_nama(el) -> set[str]:
    """The namespaces the element and its descendants use (tags and attributes)."""
    hasil: set[str] = set()
    for e in el.iter():
        if isinstance(e.tag, str) and e.tag.startswith("{"):
            hasil.add(etree.QName(e).namespace)
        hasil.update(etree.QName(a).namespace for a in e.attrib if a.startswith("{"))
    return hasil


class SisipanDocx(Subdoc):
    """A subdocument whose XML declares the namespaces the template lacks.

    docxtpl joins the subdocument's styles, numbering and pictures into
    the template when it is made; only its body's XML is left to write.
    That XML is kept and the subdocument's own document let go: a report
    with a hundred narratives does not hold a hundred documents."""

    def __init__(self, tpl, docpath) -> None:
        super().__init__(tpl, docpath)
        self._xml = self._buat_xml()
        self.subdocx = None

    def _get_xml(self) -> str:
        return self._xml

    def _buat_xml(self) -> str:
        body = self.subdocx.element.body
        if body.sectPr is not None:
            body.remove(body.sectPr)
        induk = self.docx.element.nsmap  # what the template's root declares
        dikenal = set(induk.values())
        if _ruang_nama(body) <= dikenal:
            return super()._get_xml()  # docxtpl's own, from the subdocument still held
        # The elements are copied under a body that declares exactly what the
        # template's root declares: lxml drops the declarations repeating
        # those, keeps the others on each element, and only the used ones
        # are left after cleaning.
        wadah = etree.Element(body.tag, nsmap=induk)
        for el in body:
            wadah.append(copy.deepcopy(el))
        for el in wadah:
            etree.cleanup_namespaces(el)
        return re.sub(r"</?w:body[^>]*>", "", etree.tostring(wadah, encoding="unicode"))


def sisipan(tpl, docx: bytes) -> SisipanDocx:
    """``docx`` as a subdocument of the template ``tpl`` (docxtpl's
    ``new_subdoc``)."""
    tpl.init_docx()
    return SisipanDocx(tpl, io.BytesIO(docx))
