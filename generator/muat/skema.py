"""Stage 2a: the content schema, field by field (after mkdocs'
config_options): the base :class:`Bidang` and the scalar field types.

Each :class:`Bidang` reads one located node and returns a Python value, or
records a :class:`~generator.dasar.galat.Masalah` with file, line, column and
the dotted path of the field.  Reading never stops at the first problem: a run
reports all of them. Each also states, as a JSON Schema, the values it
accepts, for editors (``json_skema``). The container types and the
declaration of a content field on its model dataclass are in ``wadah``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ..dasar.desimal import pesan_batas
from ..dasar.format import parse_tanggal
from ..dasar.nilai import NilaiError, parse_nilai
from .json_pola import POLA_NILAI_JSON, Defs, JsonSkema, jenis_json, rentang_json
from .pemeriksa import Pemeriksa, saran
from .yaml_lokasi import Simpul

GAGAL = object()  # marker: the field could not be read (a problem was recorded)

# How long a number may be (digits before, after the decimal point): far
# beyond any real value, and within the 28 significant digits every
# computation and formatting carries (``hitung.capaian.KONTEKS``).
BATAS_NILAI = (15, 6)  # targets, kondisi, realisasi
BATAS_RUPIAH = (15, 2)  # budget amounts: up to 999 trillion, with sen
BATAS_DESIMAL = (15, 6)  # settings (font size, margins)

# Characters that XML 1.0 cannot hold (all C0 controls except tab, LF, CR).
_KARAKTER_TERLARANG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def gabung(jalur: str, bagian: str | int) -> str:
    if isinstance(bagian, int):
        return f"{jalur}[{bagian}]"
    return f"{jalur}.{bagian}" if jalur else bagian


_JENIS = {"peta": "bagian berisi kunci: nilai", "daftar": "daftar (baris-baris berawalan '- ')", "skalar": "satu nilai"}


class Bidang:
    """One field type of the schema.

    ``wajib``: the key must be written. An optional field that is absent or
    empty takes the default of its dataclass field (see :func:`~.wadah.bidang`).
    """

    harap = "skalar"

    def __init__(self, *, wajib: bool = True) -> None:
        self.wajib = wajib

    def pabrik_kosong(self) -> Callable[[], Any] | None:
        """What an optional field of this type holds when not written (None: None)."""
        return None

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.jenis != self.harap:
            p.galat(simpul.lokasi, jalur, f"harus berupa {_JENIS[self.harap]}, bukan {_JENIS[simpul.jenis]}", "jenis")
            return GAGAL
        return self.ubah(simpul, jalur, p)

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        return simpul.nilai

    def json_skema(self, defs: Defs) -> JsonSkema:
        """The values this type accepts, as an editor reads the YAML (a
        quoted or unquoted scalar alike); named schemas of nested mappings
        go into ``defs``. Where JSON Schema cannot say exactly what
        :meth:`baca` accepts, it accepts more: what it refuses, naskah
        periksa refuses too."""
        raise NotImplementedError(type(self).__name__)


def periksa_teks(teks: str, simpul: Simpul, jalur: str, p: Pemeriksa) -> bool:
    """Characters XML cannot hold are an error at their exact place."""
    m = _KARAKTER_TERLARANG.search(teks)
    if m is None:
        return True
    p.galat(
        simpul.lokasi,
        jalur,
        f"teks berisi karakter kendali tak terlihat (kode U+{ord(m.group()):04X}) pada posisi ke-{m.start() + 1}; hapus karakter itu",
        "karakter-kendali",
    )
    return False


def _dalam_batas(angka: Decimal, batas: tuple[int, int], simpul: Simpul, jalur: str, p: Pemeriksa) -> bool:
    """A number longer than ``batas`` is an error at its place."""
    pesan = pesan_batas(angka, *batas)
    if pesan is not None:
        p.galat(simpul.lokasi, jalur, pesan, "batas-angka")
    return pesan is None


class Teks(Bidang):
    """Free text, taken exactly as typed (a YAML number stays as written).

    Blank text is "not written", unless ``kosong``: then ``""`` is a value
    of its own (a table heading left out on purpose)."""

    def __init__(self, *, kosong: bool = False, **kw: Any) -> None:
        super().__init__(**kw)
        self.kosong = kosong

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None:
            if self.wajib:
                p.galat(simpul.lokasi, jalur, "wajib diisi, tetapi kosong", "wajib")
                return GAGAL
            return None
        teks = simpul.nilai if isinstance(simpul.nilai, str) else (simpul.teks or str(simpul.nilai))
        if not periksa_teks(teks, simpul, jalur, p):
            return GAGAL
        if not teks.strip():
            if self.kosong:
                return ""
            if self.wajib:
                p.galat(simpul.lokasi, jalur, "wajib diisi, tetapi kosong", "wajib")
                return GAGAL
            return None
        return teks

    def json_skema(self, defs: Defs) -> JsonSkema:
        # Any scalar is text as typed; a required one is not blank.
        skema: JsonSkema = {"type": jenis_json(self, "boolean", "number", "string")}
        if self.wajib:
            skema["pattern"] = r"\S"
        return skema


class BilanganBulat(Bidang):
    def __init__(self, *, min: int | None = None, max: int | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.min, self.max = min, max

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        v = simpul.nilai
        if v is None and not self.wajib:
            return None
        if isinstance(v, str) and re.fullmatch(r"\s*-?\d{1,18}\s*", v):
            v = int(v)
        elif isinstance(v, str) and re.fullmatch(r"\s*-?\d+\s*", v):
            p.galat(simpul.lokasi, jalur, f"nilai di luar rentang yang wajar ({self.min} sampai {self.max})", "rentang")
            return GAGAL
        if isinstance(v, bool) or not isinstance(v, int):
            p.galat(simpul.lokasi, jalur, f"harus berupa bilangan bulat, bukan '{simpul.teks}'", "jenis")
            return GAGAL
        if (self.min is not None and v < self.min) or (self.max is not None and v > self.max):
            p.galat(simpul.lokasi, jalur, f"nilai {v} di luar rentang yang wajar ({self.min} sampai {self.max})", "rentang")
            return GAGAL
        return v

    def json_skema(self, defs: Defs) -> JsonSkema:
        skema: JsonSkema = {"type": jenis_json(self, "integer", "string"), "pattern": r"^\s*-?\d{1,18}\s*$"}
        return skema | rentang_json(self.min, self.max)


class Desimal(Bidang):
    def __init__(self, *, min: Decimal | None = None, max: Decimal | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.min, self.max = min, max

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = (simpul.teks or "").strip().replace(",", ".")
        try:
            if isinstance(simpul.nilai, bool):
                raise InvalidOperation
            v = Decimal(teks)
            if not v.is_finite():
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            p.galat(simpul.lokasi, jalur, f"harus berupa angka, misalnya 2,5; bukan '{simpul.teks}'", "jenis")
            return GAGAL
        if not _dalam_batas(v, BATAS_DESIMAL, simpul, jalur, p):
            return GAGAL
        if (self.min is not None and v < self.min) or (self.max is not None and v > self.max):
            p.galat(simpul.lokasi, jalur, f"nilai {simpul.teks} di luar rentang yang wajar ({self.min} sampai {self.max})", "rentang")
            return GAGAL
        return v

    def json_skema(self, defs: Defs) -> JsonSkema:
        # An empty value has no number: refused even when optional.
        pola = r"^(?=[\s\S]*\d)\s*[+-]?[\d_]*[.,]?[\d_]*(?:[eE][+-]?[\d_]+)?\s*$"  # Decimal() allows 1_000
        return {"type": ["number", "string"], "pattern": pola} | rentang_json(self.min, self.max)


class YaTidak(Bidang):
    _BENAR = {"true", "ya", "yes", "on", "benar"}
    _SALAH = {"false", "tidak", "no", "off", "salah"}

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if isinstance(simpul.nilai, bool):
            return simpul.nilai
        teks = (simpul.teks or "").strip().lower()
        if teks in self._BENAR:
            return True
        if teks in self._SALAH:
            return False
        p.galat(simpul.lokasi, jalur, f"harus 'ya' atau 'tidak' (true/false), bukan '{simpul.teks}'", "jenis")
        return GAGAL

    def json_skema(self, defs: Defs) -> JsonSkema:
        # JSON Schema has no case-insensitive match: each letter in both cases.
        kata = ("".join(f"[{h.lower()}{h.upper()}]" for h in k) for k in sorted(self._BENAR | self._SALAH))
        return {"type": ["boolean", "string"], "pattern": rf"^\s*(?:{'|'.join(kata)})\s*$"}


class Pilihan(Teks):
    def __init__(self, pilihan: list[str], **kw: Any) -> None:
        super().__init__(**kw)
        self.pilihan = pilihan

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = super().ubah(simpul, jalur, p)
        if teks is GAGAL or teks is None:
            return teks
        if teks not in self.pilihan:
            daftar = ", ".join(self.pilihan)
            p.galat(simpul.lokasi, jalur, f"nilai '{teks}' tidak dikenal; pilihan: {daftar}{saran(teks, self.pilihan)}", "pilihan")
            return GAGAL
        return teks

    def json_skema(self, defs: Defs) -> JsonSkema:
        if self.wajib:
            return {"enum": list(self.pilihan)}
        # Optional: empty, or blank text, is "not written".
        return {"anyOf": [{"enum": [*self.pilihan, None]}, {"type": "string", "pattern": r"^\s*$"}]}


class NilaiKinerja(Bidang):
    """A target or kondisi: '100%', '3,20', '10 titik', 'BB = 70,4', '3,40 (B-)'."""

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None:
            if self.wajib:
                p.galat(simpul.lokasi, jalur, "wajib diisi, tetapi kosong", "wajib")
                return GAGAL
            return None
        teks = simpul.teks if simpul.teks is not None else str(simpul.nilai)
        if isinstance(simpul.nilai, bool):
            p.galat(simpul.lokasi, jalur, f"'{teks}' bukan nilai kinerja; tulis angka seperti 100, 3,20 atau 100%", "nilai")
            return GAGAL
        if not periksa_teks(teks, simpul, jalur, p):
            return GAGAL
        try:
            nilai = parse_nilai(teks)
        except NilaiError as exc:
            p.galat(simpul.lokasi, jalur, str(exc), "nilai")
            return GAGAL
        return nilai if _dalam_batas(nilai.angka, BATAS_NILAI, simpul, jalur, p) else GAGAL

    def json_skema(self, defs: Defs) -> JsonSkema:
        return {"type": jenis_json(self, "number", "string"), "pattern": POLA_NILAI_JSON}


class TanggalBidang(Bidang):
    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = simpul.teks if simpul.teks is not None else str(simpul.nilai)
        try:
            return parse_tanggal(teks)
        except ValueError as exc:
            p.galat(simpul.lokasi, jalur, str(exc), "tanggal")
            return GAGAL

    def json_skema(self, defs: Defs) -> JsonSkema:
        # 2021-12-20, 2021-12, 20 Desember 2021, Desember 2021 (dasar.format.parse_tanggal)
        pola = r"^\s*(?:\d{4}-\d{2}(?:-\d{2})?|(?:\d{1,2}\s+)?[^\s\d]+\s+\d{4})\s*$"
        return {"type": "string", "pattern": pola}


#: The one pattern of every id (decree, annex, LKjIP, unit, indicator): an
#: id becomes a file name (``ID.docx``, ``ID-lampiran-UNIT.docx``) on any
#: system, so lowercase letters, digits and hyphens only.
POLA_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
PANJANG_ID = 80
# Names Windows reserves for devices, whatever the extension (CON.docx).
_NAMA_PERANGKAT = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


class Pengenal(Teks):
    """An id: lowercase letters, digits and hyphens, starting with a letter
    or a digit, at most ``PANJANG_ID`` characters, never a Windows device
    name; ``contoh`` is shown in the message."""

    def __init__(self, contoh: str, **kw: Any) -> None:
        super().__init__(**kw)
        self.contoh = contoh

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = super().ubah(simpul, jalur, p)
        if teks is GAGAL or teks is None:
            return teks
        if teks in _NAMA_PERANGKAT:
            pesan = (f"id '{teks}' tidak dapat dipakai: nama itu dicadangkan Windows untuk perangkat "
                     f"(con, prn, aux, nul, com1-com9, lpt1-lpt9); pilih id lain, misalnya {self.contoh}")
        elif POLA_ID.fullmatch(teks) and len(teks) <= PANJANG_ID:
            return teks
        else:
            tampil = teks if len(teks) <= 40 else teks[:39] + "\u2026"
            usul = re.sub(r"[^a-z0-9]+", "-", teks.lower()).strip("-")[:PANJANG_ID]
            pesan = (f"id '{tampil}' tidak dapat dipakai: id hanya berisi huruf kecil, angka dan tanda hubung (-), "
                     f"diawali huruf atau angka, paling panjang {PANJANG_ID} karakter; "
                     f"misalnya {usul if usul and usul != teks else self.contoh}")
        p.galat(simpul.lokasi, jalur, pesan, "id")
        return GAGAL

    def json_skema(self, defs: Defs) -> JsonSkema:
        skema = super().json_skema(defs)
        pola = POLA_ID.pattern if self.wajib else rf"\s*|{POLA_ID.pattern}"
        skema.update(pattern=f"^(?:{pola})$", maxLength=PANJANG_ID, **{"not": {"enum": sorted(_NAMA_PERANGKAT)}})
        return skema


class JalurBerkas(Teks):
    """A path named in the content: relative, inside the content folder."""

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = super().ubah(simpul, jalur, p)
        if teks is GAGAL or teks is None:
            return teks
        if PurePosixPath(teks).is_absolute() or PureWindowsPath(teks).is_absolute() or PureWindowsPath(teks).drive:
            p.galat(simpul.lokasi, jalur, f"jalur '{teks}' harus relatif terhadap folder konten, bukan jalur mutlak", "jalur")
            return GAGAL
        bagian = PureWindowsPath(teks).parts
        if ".." in bagian:
            p.galat(simpul.lokasi, jalur, f"jalur '{teks}' keluar dari folder konten ('..' tidak diizinkan)", "jalur")
            return GAGAL
        return Path(*bagian)

    def json_skema(self, defs: Defs) -> JsonSkema:
        # Not absolute (/x, C:x, \\\\server\\share), no '..' part; required: not blank.
        pola = r"(?!/|[A-Za-z]:|\\[/\\][^/\\]+[/\\])(?!(?:.*[/\\])?\.\.(?:[/\\]|$))"
        skema = super().json_skema(defs)
        skema["pattern"] = "^" + (r"(?=[\s\S]*\S)" if self.wajib else "") + pola
        return skema


class Rupiah(Bidang):
    """An amount of money: 1250000000, "1.250.000.000" or "1.250.000.000,00"."""

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = simpul.teks if simpul.teks is not None else str(simpul.nilai)
        teks = teks.strip()
        if teks.lower().startswith("rp"):
            teks = teks[2:].strip()
        if isinstance(simpul.nilai, bool) or simpul.nilai is None:
            p.galat(simpul.lokasi, jalur, "harus berupa jumlah rupiah, misalnya 1.250.000.000", "jenis")
            return GAGAL
        try:
            nilai = parse_nilai(teks)
        except NilaiError:
            nilai = None
        if nilai is None or nilai.satuan or nilai.predikat:
            p.galat(simpul.lokasi, jalur, f"'{simpul.teks}' bukan jumlah rupiah; tulis misalnya 1.250.000.000 atau 1250000000", "jenis")
            return GAGAL
        if nilai.angka < 0:
            p.galat(simpul.lokasi, jalur, f"jumlah rupiah tidak boleh negatif ({simpul.teks})", "rentang")
            return GAGAL
        return nilai.angka if _dalam_batas(nilai.angka, BATAS_RUPIAH, simpul, jalur, p) else GAGAL

    def json_skema(self, defs: Defs) -> JsonSkema:
        # Never below zero: a sign only before zeros (-0).
        pola = r"^\s*(?:[Rr][Pp]\s*)?(?:[-\u2212](?=[0.,]+\s*$))?\d[\d.,]*\s*$"
        return {"type": ["number", "string"], "minimum": 0, "pattern": pola}
