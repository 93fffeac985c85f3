"""The look of naskah's workbooks, shared by the realisasi and the IKU
workbook: title rows, header row, table cells, column widths, print setup
and sheet protection."""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

# Paper: F4 (215 x 330 mm), the paper of regional government documents.
# SpreadsheetML has no F4 code; its paperSize table (ECMA-376 Part 1,
# 18.3.1.63) has 14 = Folio 8 1/2 x 13 in (215.9 x 330.2 mm), which is what
# Windows printer drivers offer as F4/Folio.
KERTAS_FOLIO = 14
LANSKAP = "landscape"

_TIPIS = Side(style="thin", color="808080")
BINGKAI = Border(left=_TIPIS, right=_TIPIS, top=_TIPIS, bottom=_TIPIS)
ISI_JUDUL = PatternFill("solid", fgColor="D9D9D9")
ISI_ISIAN = PatternFill("solid", fgColor="FFF2CC")  # the cells a unit fills in
HURUF_JUDUL = Font(bold=True, size=14)
HURUF_TEBAL = Font(bold=True)
HURUF_MIRING = Font(italic=True, color="595959")
BUNGKUS = Alignment(wrap_text=True, vertical="top")
TENGAH = Alignment(horizontal="center", vertical="center", wrap_text=True)
TERBUKA = Protection(locked=False)
TINGGI_BARIS = 15  # points per line of 11 pt text


def isi_teks(sel: Cell, teks: str) -> Cell:
    """Put ``teks`` in ``sel`` as text (openpyxl would read a leading '='
    as a formula)."""
    sel.value = teks
    if teks:
        sel.data_type = "s"
    return sel


def tulis_judul(ws: Worksheet, baris: Iterable[str]) -> None:
    """The title rows above the table: the first large and bold, the others plain."""
    for nomor, teks in enumerate(baris, start=1):
        sel = isi_teks(ws.cell(nomor, 1), teks)
        sel.font = HURUF_JUDUL if nomor == 1 else (HURUF_TEBAL if nomor == 2 else HURUF_MIRING)


def tulis_kepala(ws: Worksheet, nomor: int, judul: Iterable[str]) -> None:
    """The header row of the table."""
    for kolom, teks in enumerate(judul, start=1):
        sel = isi_teks(ws.cell(nomor, kolom), teks)
        sel.font, sel.fill, sel.border, sel.alignment = HURUF_TEBAL, ISI_JUDUL, BINGKAI, TENGAH


def tulis_sel(ws: Worksheet, nomor: int, kolom: int, teks: str, *, isian: bool = False, bingkai: bool = True) -> Cell:
    """One cell of text, wrapped, framed in a table; an ``isian`` cell is
    unlocked and tinted."""
    sel = isi_teks(ws.cell(nomor, kolom), teks)
    sel.alignment = BUNGKUS
    if bingkai:
        sel.border = BINGKAI
    if isian:
        sel.fill, sel.protection = ISI_ISIAN, TERBUKA
    return sel


def lebarkan(ws: Worksheet, batas: dict[int, int], mulai: int) -> None:
    """Size every column of ``batas`` to its longest line from row ``mulai``
    down (the header included), at most ``batas[kolom]`` characters; longer
    text wraps, and each row is made tall enough for its wrapped lines."""
    lebar = {}
    for kolom, paling in batas.items():
        panjang = 4
        for (sel,) in ws.iter_rows(min_row=mulai, min_col=kolom, max_col=kolom):
            if sel.value is not None:
                panjang = max(panjang, *(len(b) for b in str(sel.value).split("\n")))
        lebar[kolom] = min(panjang, paling)
        ws.column_dimensions[get_column_letter(kolom)].width = lebar[kolom] + 2
    _tinggikan(ws, lebar, mulai)


def _tinggikan(ws: Worksheet, lebar: dict[int, int], mulai: int) -> None:
    """Row heights for wrapped text: spreadsheet programs do not size the
    rows of a file they open (LibreOffice, Excel with sheet protection)."""
    for nomor in range(mulai, ws.max_row + 1):
        baris = 1
        for kolom, muat in lebar.items():
            nilai = ws.cell(nomor, kolom).value
            if nilai is not None:
                baris = max(baris, sum(-(-max(len(b), 1) // muat) for b in str(nilai).split("\n")))
        if baris > 1:
            ws.row_dimensions[nomor].height = TINGGI_BARIS * baris


def atur_cetak(ws: Worksheet, baris_judul: int | None) -> None:
    """F4 landscape, one page wide; the header row ``baris_judul`` (if any)
    repeated on every page and, with the rows above it, frozen on screen."""
    if baris_judul is not None:
        ws.freeze_panes = ws.cell(baris_judul + 1, 1).coordinate
        ws.print_title_rows = f"{baris_judul}:{baris_judul}"
    ws.page_setup.paperSize = KERTAS_FOLIO
    ws.page_setup.orientation = LANSKAP
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Halaman &P dari &N"


def lindungi(ws: Worksheet) -> None:
    """Sheet protection without a password (Tinjau > Buka Proteksi Lembar
    lifts it): locked cells cannot be changed; columns and rows may still be
    resized, and cells formatted (typing "93,75%" gives its cell a percent
    format)."""
    ws.protection.sheet = True
    ws.protection.formatCells = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
