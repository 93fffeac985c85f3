"""The Jinja environment templates are filled in: a sandbox.

Templates travel between offices by e-mail and anyone can edit them in
Word, so a template is treated as untrusted code: Jinja's
:class:`~jinja2.sandbox.SandboxedEnvironment` refuses internal attributes
(``cycler.__init__.__globals__`` and the like), ``include``/``extends``/
``import`` find no other template, and products that would build huge
strings or numbers are refused.  A failure while a template is filled is
raised as :class:`GalatIsi`, carrying the text of the template line where
Jinja reports it (:func:`pesan_galat_isi` says it in Indonesian).
"""

from __future__ import annotations

import html
import re
import traceback
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

# The largest string or list a template may build with "*", and the largest
# exponent of "**": far above anything a document shows.
BATAS_PANJANG = 100_000
BATAS_PANGKAT = 100

_BERULANG = (str, list, tuple)


class GalatIsi(Exception):
    """A template failed while being filled: Jinja's error and the text of
    the template line it names ("" when it names none)."""

    def __init__(self, asal: BaseException, teks: str) -> None:
        super().__init__(str(asal))
        self.asal = asal
        self.teks = teks


class _Templat(jinja2.Template):
    """A compiled template that knows its source, to name the line of a
    failure."""

    sumber = ""

    def render(self, *args: Any, **kwargs: Any) -> str:
        try:
            return super().render(*args, **kwargs)
        except (jinja2.TemplateSyntaxError, jinja2.UndefinedError):
            raise
        except Exception as exc:  # anything a template can make Python raise
            raise GalatIsi(exc, _teks_baris(self.sumber, exc)) from None


class Lingkungan(SandboxedEnvironment):
    """Sandboxed Jinja with autoescape and strict variables, compiling each
    distinct template part once per build (eight annexes share one
    template)."""

    template_class = _Templat
    intercepted_binops = frozenset({"*", "**"})

    def __init__(self) -> None:
        super().__init__(
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            loader=jinja2.FunctionLoader(lambda _nama: None),  # include/extends/import find nothing
        )
        self._terkompilasi: dict[str, jinja2.Template] = {}

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002 - jinja's name
        if globals or template_class:
            return super().from_string(source, globals, template_class)
        tpl = self._terkompilasi.get(source)
        if tpl is None:
            tpl = self._terkompilasi[source] = super().from_string(source)
            tpl.sumber = source
        return tpl

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int) and abs(right) > BATAS_PANGKAT:
            raise SecurityError(f"pangkat lebih dari {BATAS_PANGKAT}")
        if operator == "*":
            kali = [(a, b) for a, b in ((left, right), (right, left)) if isinstance(a, _BERULANG) and isinstance(b, int)]
            if kali and len(kali[0][0]) * kali[0][1] > BATAS_PANJANG:
                raise SecurityError(f"teks atau daftar lebih dari {BATAS_PANJANG} unsur")
        return super().call_binop(context, operator, left, right)


def _teks_baris(sumber: str, exc: BaseException) -> str:
    """The text (tags of the XML removed) of the template line where Jinja's
    rewritten traceback puts the failure; docxtpl starts every paragraph on
    its own line, so this is the paragraph holding the tag."""
    baris = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<template>" and f.lineno]
    if not baris or not sumber:
        return ""
    semua = sumber.split("\n")
    if baris[-1] > len(semua):
        return ""
    teks = html.unescape(re.sub(r"<[^>]+>", "", semua[baris[-1] - 1]))
    return " ".join(teks.split())[:160]


_ALASAN = {
    ZeroDivisionError: "pembagian dengan nol",
    RecursionError: "makro memanggil dirinya sendiri tanpa henti",
    OverflowError: "angka atau rentang terlalu besar",
    MemoryError: "templat membuat teks yang terlalu besar",
    TypeError: "jenis nilai tidak cocok untuk operasi ini",
    ValueError: "nilai tidak sah untuk operasi ini",
    LookupError: "unsur atau kunci yang diminta tidak ada",
    AttributeError: "atribut yang diminta tidak ada",
}


def pesan_galat_isi(exc: GalatIsi) -> str:
    """Why the template could not be filled, in Indonesian (Jinja's own
    English text is never shown alone)."""
    asal = exc.asal
    if isinstance(asal, jinja2.TemplateNotFound):
        return "templat tidak boleh memuat templat lain ({% include %}, {% extends %} atau {% import %})"
    if isinstance(asal, SecurityError):
        return _alasan_keamanan(str(asal))
    for jenis, alasan in _ALASAN.items():
        if isinstance(asal, jenis):
            return f"{alasan} ({jenis.__name__})"
    return f"galat saat templat diisi ({asal.__class__.__name__})"


def _alasan_keamanan(pesan: str) -> str:
    akhir = "; templat hanya boleh menampilkan nilai, tidak menjalankan kode"
    m = re.search(r"attribute '([^']+)'", pesan)
    if m:
        return f"atribut '{m.group(1)}' tidak boleh dipakai di templat{akhir}"
    if pesan.startswith(("pangkat ", "teks atau daftar ")):
        return f"perhitungan terlalu besar ({pesan}){akhir}"
    return f"templat memakai sesuatu yang tidak diizinkan demi keamanan{akhir}"
