"""The LibreOffice side of :mod:`generator.tulis.kantor`, run by the Python
that has LibreOffice's ``uno`` module (Debian's ``/usr/bin/python3`` with
``python3-uno``, or ``program\\python.exe`` inside LibreOffice on Windows),
never by the program's own interpreter: only the standard library and uno.

    <python-with-uno> uno_skrip.py PIPE SECONDS

connects to the soffice that listens on the named pipe PIPE (trying for
SECONDS), then answers one JSON object per line on stdin with one JSON
object per line on stdout:

``{"buka": DOCX, "pdf": PDF or null, "pdfa": bool}``
    load DOCX hidden, update every index (the table of contents gets its
    page numbers) and every field, export to PDF (PDF/A-2b when ``pdfa``)
    when asked, close; answers ``{"daftar_isi": [[[text, level, page], ...]
    per table of contents], "halaman": page count}``.
``{"selesai": true}``
    ends the office; answers ``{"selesai": true}``.

Any failure of a request answers ``{"galat": text}``.  The office process
itself is started, watched and, past its time, killed by the caller.
"""

import json
import os
import re
import sys
import time

# The folder of this script comes first on sys.path and holds modules of
# the program (``pdf``, ``kantor``): drop it before uno is imported.
_SINI = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _SINI]

import uno  # noqa: E402  (after the path is cleaned)
from com.sun.star.beans import PropertyValue  # noqa: E402

_TINGKAT = re.compile(r"(\d+)$")


def _properti(nama, nilai):
    p = PropertyValue()
    p.Name = nama
    p.Value = nilai
    return p


def sambung(pipa, batas_waktu):
    """The desktop of the office listening on pipe ``pipa``; tried until
    ``batas_waktu`` seconds have passed."""
    lokal = uno.getComponentContext()
    penerjemah = lokal.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", lokal)
    akhir = time.monotonic() + batas_waktu
    while True:
        try:
            ctx = penerjemah.resolve(f"uno:pipe,name={pipa};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:  # NoConnectException until the office listens
            if time.monotonic() > akhir:
                raise
            time.sleep(0.2)


def daftar_isi(doc):
    """Every table of contents after its update: per index, its entries as
    (text, level, page) read from the paragraphs LibreOffice laid out
    (``Contents N`` paragraph style, "text<TAB>page")."""
    hasil = []
    indeks = doc.getDocumentIndexes()
    for i in range(indeks.getCount()):
        ix = indeks.getByIndex(i)
        if not ix.supportsService("com.sun.star.text.ContentIndex"):
            continue
        entri = []
        paragraf = ix.getAnchor().createEnumeration()
        while paragraf.hasMoreElements():
            p = paragraf.nextElement()
            m = _TINGKAT.search(p.ParaStyleName or "")
            if not m or not p.supportsService("com.sun.star.text.Paragraph"):
                continue  # the index's own title
            teks, _, halaman = p.getString().rpartition("\t")
            entri.append([teks, int(m.group(1)), halaman] if teks else [halaman, int(m.group(1)), ""])
        hasil.append(entri)
    return hasil


def _ekspor(doc, pdf, pdfa):
    data = (_properti("SelectPdfVersion", 2),) if pdfa else ()
    argumen = (
        _properti("FilterName", "writer_pdf_Export"),
        _properti("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", data)),
    )
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(pdf), argumen))


def proses(desktop, perintah):
    url = uno.systemPathToFileUrl(perintah["buka"])
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (_properti("Hidden", True),))
    if doc is None:
        raise RuntimeError(f"LibreOffice tidak dapat membuka {perintah['buka']}")
    try:
        indeks = doc.getDocumentIndexes()
        for i in range(indeks.getCount()):
            indeks.getByIndex(i).update()
        doc.getTextFields().refresh()
        hasil = {"daftar_isi": daftar_isi(doc), "halaman": doc.getCurrentController().PageCount}
        if perintah.get("pdf"):
            _ekspor(doc, perintah["pdf"], bool(perintah.get("pdfa")))
        return hasil
    finally:
        doc.close(True)


def _jawab(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main(argv):
    pipa, batas_waktu = argv[1], float(argv[2])
    try:
        desktop = sambung(pipa, batas_waktu)
    except Exception as e:
        _jawab({"galat": f"tidak dapat tersambung ke LibreOffice: {e}"})
        return 1
    _jawab({"siap": True})
    for baris in sys.stdin:
        if not baris.strip():
            continue
        perintah = json.loads(baris)
        if perintah.get("selesai"):
            try:
                desktop.terminate()
            except Exception:  # the bridge drops as the office ends
                pass
            _jawab({"selesai": True})
            return 0
        try:
            _jawab(proses(desktop, perintah))
        except Exception as e:
            _jawab({"galat": f"{type(e).__name__}: {e}"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
