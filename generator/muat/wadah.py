"""Stage 2a: the container field types of the schema (lists, year maps,
free maps, and the mapping read into a dataclass), and :func:`bidang`, which
declares a content field once on its model dataclass.

A content field is declared with :func:`bidang`: the field type, its
Indonesian description and its default live in the dataclass field's
metadata, and :class:`Peta` reads a mapping into the dataclass from
``dataclasses.fields``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..dasar.galat import Lokasi
from .json_pola import Defs, JsonSkema, angka_json, jenis_json
from .pemeriksa import KUNCI_LAMA, Pemeriksa, saran, terdekat
from .skema import GAGAL, Bidang, gabung
from .yaml_lokasi import Simpul


class Wadah(Bidang):
    """A list or a mapping: an optional one written empty (``kunci:``) takes its default."""

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None and not self.wajib:
            return None
        return super().baca(simpul, jalur, p)


class Daftar(Wadah):
    harap = "daftar"

    def __init__(self, isi: Bidang, *, min_isi: int = 0, **kw: Any) -> None:
        super().__init__(**kw)
        self.isi = isi
        self.min_isi = min_isi

    def pabrik_kosong(self) -> Callable[[], Any]:
        return list

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        hasil = []
        gagal = False
        for i, anak in enumerate(simpul.nilai, start=1):
            v = self.isi.baca(anak, gabung(jalur, i), p)
            if v is GAGAL:
                gagal = True
            else:
                hasil.append(v)
        if len(simpul.nilai) < self.min_isi:
            p.galat(simpul.lokasi, jalur, f"harus berisi sedikitnya {self.min_isi} butir", "wajib")
            return GAGAL
        return GAGAL if gagal else hasil

    def json_skema(self, defs: Defs) -> JsonSkema:
        skema: JsonSkema = {"type": jenis_json(self, "array"), "items": self.isi.json_skema(defs)}
        if self.min_isi:
            skema["minItems"] = self.min_isi
        return skema


class PetaTahun(Bidang):
    """A mapping year -> value (targets per year)."""

    harap = "peta"

    def __init__(self, isi: Bidang, **kw: Any) -> None:
        super().__init__(**kw)
        self.isi = isi

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        hasil: dict[int, Any] = {}
        gagal = False
        for kunci, anak in simpul.nilai.items():
            lok = simpul.kunci_lokasi.get(kunci, anak.lokasi)
            if not re.fullmatch(r"\d{4}", kunci) or not 1900 <= int(kunci) <= 2200:
                p.galat(lok, gabung(jalur, kunci), f"'{kunci}' bukan tahun; tulis tahun empat angka, misalnya 2021", "tahun")
                gagal = True
                continue
            v = self.isi.baca(anak, gabung(jalur, kunci), p)
            if v is GAGAL:
                gagal = True
            else:
                hasil[int(kunci)] = v
        return GAGAL if gagal else dict(sorted(hasil.items()))

    def json_skema(self, defs: Defs) -> JsonSkema:
        # Always a mapping (not a Wadah): an empty value is refused.
        return {"type": "object", "patternProperties": {r"^\d{4}$": self.isi.json_skema(defs)}, "additionalProperties": False}


class PetaBebas(Wadah):
    """A mapping from ids the user chooses (indicator ids) to values."""

    harap = "peta"

    def __init__(self, isi: Bidang, **kw: Any) -> None:
        super().__init__(**kw)
        self.isi = isi

    def pabrik_kosong(self) -> Callable[[], Any]:
        return dict

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        hasil: dict[str, Any] = {}
        gagal = False
        for kunci, anak in simpul.nilai.items():
            v = self.isi.baca(anak, gabung(jalur, kunci), p)
            if v is GAGAL:
                gagal = True
            else:
                hasil[kunci] = v
        return GAGAL if gagal else hasil

    def json_skema(self, defs: Defs) -> JsonSkema:
        return {"type": jenis_json(self, "object"), "additionalProperties": self.isi.json_skema(defs)}


class Peta(Wadah):
    """A mapping with known keys, read into a dataclass.

    The keys are the fields of ``kelas`` declared with :func:`bidang`, in
    their order; every other field (``lokasi``, ``berkas``) is not content
    and must have a default. ``kelas`` may be given as a function returning
    it, for a mapping that holds itself (a sub_unit of a sub_unit).

    A key renamed since content was first written stays readable: the
    class's ``KUNCI_LAMA`` maps each old key to its new name; the old key is
    read as the new one with a warning naming both.
    """

    harap = "peta"

    def __init__(self, kelas: type | Callable[[], type], **kw: Any) -> None:
        super().__init__(**kw)
        self._kelas = kelas
        self._bidang: dict[str, Bidang] | None = None
        if isinstance(kelas, type):
            self.bidang  # noqa: B018 - a dataclass's fields are checked at once; a self-holding one's on first use

    @property
    def kelas(self) -> type:
        if not isinstance(self._kelas, type):
            self._kelas = self._kelas()
        return self._kelas

    @property
    def bidang(self) -> dict[str, Bidang]:
        if self._bidang is None:
            self._bidang, self.keterangan = {}, {}
            for f in dataclasses.fields(self.kelas):
                if _SKEMA in f.metadata:
                    self._bidang[f.name] = f.metadata[_SKEMA]
                    self.keterangan[f.name] = f.metadata[_KETERANGAN]
                elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise TypeError(f"{self.kelas.__name__}.{f.name}: declare it with bidang() or give it a default")
        return self._bidang

    @property
    def lama(self) -> dict[str, str]:
        """Old key -> the field it was renamed to."""
        return getattr(self.kelas, "KUNCI_LAMA", {})

    def pabrik_kosong(self) -> Callable[[], Any]:
        return self.kelas

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        tertulis = self._kunci_lama(simpul, jalur, p)
        gagal, disarankan = self._kunci_asing(simpul, jalur, p)
        data: dict[str, Any] = {}
        lokasi_bidang: dict[str, Lokasi] = {}
        for nama, jenis in self.bidang.items():
            kunci = tertulis.get(nama)
            if kunci is None:
                if jenis.wajib:
                    # A misspelt key already says "maksud Anda 'nama'?": one message is enough.
                    if nama not in disarankan:
                        p.galat(simpul.lokasi, gabung(jalur, nama), f"bidang '{nama}' wajib ada, tetapi tidak ditulis", "wajib")
                    gagal = True
                continue
            anak = simpul.nilai[kunci]
            _catat_lokasi(lokasi_bidang, nama, anak, jenis)
            lokasi_bidang[f"{nama}#kunci"] = simpul.kunci_lokasi.get(kunci, anak.lokasi)
            v = jenis.baca(anak, gabung(jalur, kunci), p)
            if v is GAGAL:
                gagal = True
            elif v is not None:  # None: not written, the dataclass default applies
                data[nama] = v
        if gagal:
            return GAGAL
        return self.kelas(**data, lokasi=simpul.lokasi, lokasi_bidang=lokasi_bidang)

    def _kunci_lama(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> dict[str, str]:
        """Field -> the key it is written under; a warning for each old key
        (an error when the new key, or another old one, is written too)."""
        tertulis = {nama: nama for nama in self.bidang if nama in simpul.nilai}
        for kunci, anak in simpul.nilai.items():
            baru = self.lama.get(kunci)
            if baru is None or kunci in self.bidang:
                continue
            lok = simpul.kunci_lokasi.get(kunci, anak.lokasi)
            if baru in tertulis:
                p.galat(lok, gabung(jalur, kunci),
                        f"kunci lama '{kunci}' dan '{tertulis[baru]}' sama-sama ditulis; satukan isinya di '{baru}'", KUNCI_LAMA)
                continue
            tertulis[baru] = kunci
            p.peringatan(lok, gabung(jalur, kunci),
                         f"kunci lama '{kunci}': sekarang bernama '{baru}'; ganti '{kunci}:' menjadi '{baru}:' (isinya tetap dibaca)",
                         KUNCI_LAMA)
        return tertulis

    def json_skema(self, defs: Defs) -> JsonSkema:
        """A reference to the mapping's schema, named after its dataclass in ``defs``."""
        nama = self.kelas.__name__
        if nama not in defs:
            defs[nama] = {}  # reserved first: a mapping may hold itself
            defs[nama] = self.json_objek(defs)
        ref = {"$ref": f"#/$defs/{nama}"}
        return ref if self.wajib else {"anyOf": [ref, {"type": "null"}]}

    def json_objek(self, defs: Defs) -> JsonSkema:
        """The mapping itself: its known keys with their Indonesian
        descriptions and defaults, the required ones, nothing else. An old
        key is accepted, marked deprecated, in place of its new one."""
        sifat: dict[str, JsonSkema] = {}
        for f in dataclasses.fields(self.kelas):
            if f.name not in self.bidang:
                continue
            skema = self.bidang[f.name].json_skema(defs) | {"description": self.keterangan[f.name]}
            bawaan = f.default
            if isinstance(bawaan, (str, bool, int, Decimal)):
                skema["default"] = angka_json(bawaan) if isinstance(bawaan, Decimal) else bawaan
            sifat[f.name] = skema
        for lama, baru in self.lama.items():
            sifat[lama] = sifat[baru] | {"deprecated": True, "description": f"Kunci lama; tulis '{baru}'"}
        skema: JsonSkema = {"type": "object", "properties": sifat, "additionalProperties": False}
        wajib = [nama for nama, jenis in self.bidang.items() if jenis.wajib]
        tetap = [nama for nama in wajib if nama not in self.lama.values()]
        pilihan = [{"anyOf": [{"required": [n]}] + [{"required": [k]} for k, b in self.lama.items() if b == n]}
                   for n in wajib if n not in tetap]
        if tetap:
            skema["required"] = tetap
        if pilihan:
            skema["allOf"] = pilihan
        return skema

    def _kunci_asing(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> tuple[bool, set[str]]:
        """Report every unknown key; return (any found, the names suggested for them)."""
        dikenal = list(self.bidang)
        disarankan: set[str] = set()
        gagal = False
        for kunci, anak in simpul.nilai.items():
            if kunci in self.bidang or kunci in self.lama:
                continue
            dekat = terdekat(kunci, dikenal)
            usul = saran(kunci, dikenal)
            if dekat:
                disarankan.add(dekat)
            elif re.fullmatch(r"\d+", kunci):
                usul = (
                    "; di dalam { } koma memisahkan butir: tulis angka desimal dengan titik (2.5) "
                    "atau apit dengan tanda kutip (\"2,5\")"
                )
            lok = simpul.kunci_lokasi.get(kunci, anak.lokasi)
            p.galat(lok, gabung(jalur, kunci), f"kunci '{kunci}' tidak dikenal{usul}", "kunci-asing")
            gagal = True
        return gagal, disarankan


def _catat_lokasi(lokasi_bidang: dict[str, Lokasi], nama: str, anak: Simpul, jenis: Bidang) -> None:
    """The place of a field, and of each of its list items and years, for
    checks that point at one Menimbang item or one target year."""
    lokasi_bidang[nama] = anak.lokasi
    if isinstance(anak.nilai, list):
        for i, butir in enumerate(anak.nilai, start=1):
            lokasi_bidang[f"{nama}[{i}]"] = butir.lokasi
    elif isinstance(anak.nilai, dict) and isinstance(jenis, (PetaTahun, PetaBebas)):
        for kunci, butir in anak.nilai.items():
            lokasi_bidang[f"{nama}.{kunci}"] = butir.lokasi
            lokasi_bidang[f"{nama}.{kunci}#kunci"] = anak.kunci_lokasi.get(kunci, butir.lokasi)


_SKEMA = "naskah.skema"
_KETERANGAN = "naskah.keterangan"


def bidang(jenis: Bidang, keterangan: str, *, bawaan: Any = dataclasses.MISSING,
           pabrik: Callable[[], Any] | None = None) -> Any:
    """A content field of a model dataclass: its type, its one-line
    Indonesian description, and its default.

    A required field (``jenis.wajib``) has no default. An optional one takes
    ``bawaan``, else what ``pabrik`` makes, else the empty value of its type
    (an empty list or mapping, the dataclass with its own defaults, or None).
    """
    meta = {_SKEMA: jenis, _KETERANGAN: keterangan}
    if jenis.wajib:
        if bawaan is not dataclasses.MISSING or pabrik is not None:
            raise TypeError("a required field (wajib) has no default")
        return dataclasses.field(metadata=meta)
    if bawaan is not dataclasses.MISSING:
        return dataclasses.field(default=bawaan, metadata=meta)
    pabrik = pabrik or jenis.pabrik_kosong()
    if pabrik is not None:
        return dataclasses.field(default_factory=pabrik, metadata=meta)
    return dataclasses.field(default=None, metadata=meta)
