"""Stage 5: render a .docx template with its context (docxtpl, autoescape,
in a Jinja sandbox: :mod:`.lingkungan`).

Errors in a template (missing file, broken tag, unknown variable, a failure
while it is filled) are turned into one Indonesian message naming the
template and the tag.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage

from ..dasar.galat import TemplatError
from ..dasar.status import Status
from .bagian_gambar import sidik_sekali
from .halaman import atur_dokumen
from .lingkungan import GalatIsi, Lingkungan, pesan_galat_isi
from ..muat.model import Pengaturan
from .oxml.rapikan import rapikan_dokumen
from .sisipan import sisipan
from .tanda_tangan import ikat_tanda_tangan


class _Templat(DocxTemplate):
    """docxtpl's template, letting go of the rendered body text once it is
    parsed: the text of a large report (tens of MB) would otherwise stay
    alive beside its tree until rendering ends.  ``build_xml`` hands the
    text over in a list that ``fix_tables`` (docxtpl parses the body there)
    empties."""

    def build_xml(self, context, jinja_env=None):
        return [super().build_xml(context, jinja_env)]

    def fix_tables(self, xml):
        if isinstance(xml, list):
            return super().fix_tables(xml.pop())
        return super().fix_tables(xml)


class Perender:
    """Renders templates for one build; templates are read once."""

    def __init__(self) -> None:
        self.env = Lingkungan()
        self._isi: dict[Path, bytes] = {}

    def muat(self, berkas: Path) -> DocxTemplate:
        berkas = Path(berkas)
        if berkas not in self._isi:
            if not berkas.is_file():
                raise TemplatError(
                    f"{berkas}: templat tidak ditemukan; pulihkan templat bawaan dengan 'naskah templat' "
                    "atau sebutkan foldernya dengan --templat FOLDER"
                )
            self._isi[berkas] = berkas.read_bytes()
        try:
            tpl = _Templat(io.BytesIO(self._isi[berkas]))
            tpl.init_docx()
        except Exception as exc:  # a corrupt .docx: python-docx raises many kinds
            raise TemplatError(f"{berkas}: templat bukan berkas Word (.docx) yang sah ({exc.__class__.__name__})") from None
        sidik_sekali(tpl.docx)  # each picture added without hashing the earlier ones again
        return tpl

    def render(
        self, berkas: Path, konteks: Konteks, peng: Pengaturan, status: Status | None, *, gambar: dict[str, Path] | None = None
    ):
        return render(berkas, konteks, peng, status, gambar=gambar, perender=self)


#: A context, or the function that builds it (then nothing outside holds
#: it, and its pictures are let go as soon as they are in the document).
Konteks = dict[str, Any] | Callable[[], dict[str, Any]]


def render(
    berkas: Path,
    konteks: Konteks,
    peng: Pengaturan,
    status: Status | None,
    *,
    gambar: dict[str, Path] | None = None,
    perender: Perender | None = None,
):
    """Render one template; return the python-docx Document, page set up."""
    perender = perender or Perender()
    berkas = Path(berkas)
    tpl = perender.muat(berkas)
    konteks = _ikat(dict(konteks() if callable(konteks) else konteks), tpl)
    for nama, jalur in (gambar or {}).items():
        konteks[nama] = InlineImage(tpl, str(jalur), height=Cm(2.5))
    try:
        tpl.render(konteks, jinja_env=perender.env, autoescape=True)
    except jinja2.TemplateSyntaxError as exc:
        potongan = _potongan(exc)
        raise TemplatError(
            f"{berkas.name}: tag templat rusak{potongan}: {_terjemah_jinja(exc.message)}. "
            "Ketik ulang tag itu dalam satu kali ketik di Word, dengan tanda kutip biasa"
        ) from None
    except jinja2.UndefinedError as exc:
        raise TemplatError(
            f"{berkas.name}: templat memakai variabel yang tidak dikenal ({exc.message}); "
            "lihat templat/README.md untuk daftar variabel"
        ) from None
    except GalatIsi as exc:
        tempat = f" di sekitar teks «{exc.teks}»" if exc.teks else ""
        raise TemplatError(f"{berkas.name}: templat tidak dapat diisi{tempat}: {pesan_galat_isi(exc)}") from None
    except jinja2.TemplateError as exc:
        raise TemplatError(f"{berkas.name}: templat tidak dapat diisi (galat Jinja: {exc.message})") from None
    del konteks  # its pictures and inserted documents are in the document now
    doc = tpl.docx
    atur_dokumen(doc, peng, konsep=status is Status.KONSEP)
    ikat_tanda_tangan(doc, peng.huruf.nama, peng.huruf.ukuran)
    rapikan_dokumen(doc)
    return doc


def _ikat(nilai: Any, tpl: DocxTemplate) -> Any:
    """Turn the context's images and inserted documents into docxtpl objects
    bound to this template."""
    from ..konteks.lkjip import Gambar, Sisipan

    if isinstance(nilai, Gambar):
        return InlineImage(tpl, _TanpaSalinan(nilai.data), width=Cm(nilai.lebar_cm))
    if isinstance(nilai, Sisipan):
        return sisipan(tpl, nilai.docx)
    if isinstance(nilai, dict):
        return {k: _ikat(v, tpl) for k, v in nilai.items()}
    if isinstance(nilai, list):
        return [_ikat(v, tpl) for v in nilai]
    return nilai


class _TanpaSalinan(io.BytesIO):
    """A picture's bytes as a stream whose whole read is those same bytes,
    not a copy: python-docx keeps what it reads as the image part, and a
    report's hundreds of charts are then held once, not twice."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self._data = data

    def read(self, size: int | None = -1) -> bytes:
        if (size is None or size < 0) and self.tell() == 0:
            self.seek(0, io.SEEK_END)
            return self._data
        return super().read(size)


def _potongan(exc: jinja2.TemplateSyntaxError) -> str:
    konteks = getattr(exc, "docx_context", None)
    if not konteks:
        return ""
    baris = [b.strip() for b in konteks if b and b.strip()]
    teks = " ".join(baris)[:160]
    return f" di sekitar teks «{teks}»" if teks else ""


def _terjemah_jinja(pesan: str | None) -> str:
    pesan = pesan or ""
    if "unexpected end of template" in pesan:
        return "ada tag pembuka (misalnya {%p for %} atau {%p if %}) tanpa tag penutupnya"
    if "unexpected '}'" in pesan or "unexpected '%'" in pesan:
        return "kurung kurawal tag tidak seimbang"
    m = re.search(r"Encountered unknown tag '([^']+)'", pesan)
    if m:
        harap = re.findall(r"'([^']+)'", pesan.split("following tags:", 1)[1]) if "following tags:" in pesan else []
        saran = f"; yang diharapkan di sini: {', '.join(harap)}" if harap else ""
        return f"tag '{m.group(1)}' tidak dikenal{saran}"
    m = re.search(r"unexpected '([^']+)'", pesan)
    if m:
        return f"tanda '{m.group(1)}' tidak diharapkan di dalam tag"
    return pesan
