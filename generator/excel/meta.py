"""The hidden sheet of a realisasi workbook: what the export wrote, so that
the import knows the year, whose content, the file it fills, every row's
indicator and target, and the value each fillable cell held when exported
(only the cells a unit changed are written back).

One row per record, every cell text: ``format``, ``tahun``, ``instansi``,
``sidik_konten``, ``sidik_realisasi``, then ``lembar NAME UNIT`` per sheet,
``baris SHEET ROW ID TARGET REALISASI PENJELASAN STANDAR`` per indicator row
and ``anggaran ROW ID PAGU REALISASI`` per kegiatan row of the Anggaran
sheet (amounts as :func:`~generator.excel.anggaran.teks_rupiah` writes them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.workbook.workbook import Workbook

from .anggaran import BarisAnggaran, teks_rupiah
from .model import ISIAN, LEMBAR_ANGGARAN, LEMBAR_META, Lembar

FORMAT = "naskah-excel-realisasi-1"


@dataclass
class BarisMeta:
    lembar: str
    baris: int
    id: str
    target: str  # an indicator's target; a kegiatan's pagu
    isian: dict[str, str]  # field -> the text exported in its cell


@dataclass
class Meta:
    tahun: int
    instansi: str
    sidik_konten: str
    sidik_realisasi: str  # sha256 of the year's realisasi file, "" when there was none
    lembar: dict[str, str] = field(default_factory=dict)  # sheet name -> unit id, in order
    baris: list[BarisMeta] = field(default_factory=list)
    anggaran: list[BarisMeta] = field(default_factory=list)  # the Anggaran sheet's rows


class MetaError(ValueError):
    """The hidden sheet is missing or unreadable (Indonesian message)."""


def meta_dari(
    tahun: int, instansi: str, sidik: tuple[str, str], lembar: list[Lembar], anggaran: list[BarisAnggaran], awal: int
) -> Meta:
    """The record of an export whose sheets start their rows at ``awal``;
    ``sidik`` is (content, realisasi file)."""
    meta = Meta(tahun, instansi, *sidik)
    for lb in lembar:
        meta.lembar[lb.nama] = lb.unit.id
        for i, b in enumerate(lb.baris):
            meta.baris.append(BarisMeta(lb.nama, awal + i, b.id, b.target, {k: b.nilai(k) for k in ISIAN}))
    for i, b in enumerate(anggaran):
        meta.anggaran.append(BarisMeta(LEMBAR_ANGGARAN, awal + i, b.id, teks_rupiah(b.pagu), {"realisasi": teks_rupiah(b.realisasi)}))
    return meta


def tulis_meta(wb: Workbook, meta: Meta) -> None:
    ws = wb.create_sheet(LEMBAR_META)
    ws.sheet_state = "veryHidden"
    baris: list[list[str]] = [
        ["format", FORMAT],
        ["tahun", str(meta.tahun)],
        ["instansi", meta.instansi],
        ["sidik_konten", meta.sidik_konten],
        ["sidik_realisasi", meta.sidik_realisasi],
    ]
    baris += [["lembar", nama, uid] for nama, uid in meta.lembar.items()]
    baris += [["baris", b.lembar, str(b.baris), b.id, b.target, *(b.isian[k] for k in ISIAN)] for b in meta.baris]
    baris += [["anggaran", str(b.baris), b.id, b.target, b.isian["realisasi"]] for b in meta.anggaran]
    for nomor, isi in enumerate(baris, start=1):
        for kolom, teks in enumerate(isi, start=1):
            sel = ws.cell(nomor, kolom, teks)
            sel.data_type = "s"  # text, even when it starts with '='
    ws.protection.sheet = True


def _teks(nilai: object) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    return str(nilai)


def baca_meta(wb: Workbook) -> Meta:
    """The record of the export; :class:`MetaError` when it is not there."""
    if LEMBAR_META not in wb.sheetnames:
        raise MetaError(f"lembar tersembunyi '{LEMBAR_META}' tidak ada: buku kerja ini bukan hasil naskah excel ekspor "
                        "(atau lembar itu terhapus); ekspor ulang dengan naskah excel ekspor TAHUN")
    kunci: dict[str, str] = {}
    meta_lembar: dict[str, str] = {}
    meta_baris: list[BarisMeta] = []
    meta_anggaran: list[BarisMeta] = []
    try:
        for isi in wb[LEMBAR_META].iter_rows(values_only=True):
            teks = [_teks(v) for v in isi]
            teks += [""] * (5 + len(ISIAN) - len(teks))
            if teks[0] == "lembar":
                meta_lembar[teks[1]] = teks[2]
            elif teks[0] == "baris":
                meta_baris.append(BarisMeta(teks[1], int(teks[2]), teks[3], teks[4], dict(zip(ISIAN, teks[5:], strict=False))))
            elif teks[0] == "anggaran":
                meta_anggaran.append(BarisMeta(LEMBAR_ANGGARAN, int(teks[1]), teks[2], teks[3], {"realisasi": teks[4]}))
            elif teks[0]:
                kunci[teks[0]] = teks[1]
        if kunci.get("format") != FORMAT:
            raise ValueError(kunci.get("format"))
        return Meta(int(kunci["tahun"]), kunci["instansi"], kunci["sidik_konten"], kunci["sidik_realisasi"],
                    meta_lembar, meta_baris, meta_anggaran)
    except (KeyError, ValueError, TypeError):
        raise MetaError(f"lembar tersembunyi '{LEMBAR_META}' rusak atau dari versi naskah lain; "
                        "ekspor ulang dengan naskah excel ekspor TAHUN") from None
