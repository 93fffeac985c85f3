"""Stage 2a: the content schema, declared field by field (after mkdocs'
config_options).

Each :class:`Bidang` reads one located node and returns a Python value, or
records a :class:`~generator.galat.Masalah` with file, line, column and the
dotted path of the field.  Reading never stops at the first problem: a run
reports all of them.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ..dasar.format import parse_tanggal
from ..dasar.galat import GALAT, KONFIRMASI, PERINGATAN, Lokasi, Masalah
from .yaml_lokasi import Simpul
from ..dasar.nilai import NilaiError, parse_nilai

GAGAL = object()  # marker: the field could not be read (a problem was recorded)

# Characters that XML 1.0 cannot hold (all C0 controls except tab, LF, CR).
_KARAKTER_TERLARANG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Pemeriksa:
    """Collects problems while reading; one per run."""

    def __init__(self) -> None:
        self.masalah: list[Masalah] = []

    def galat(self, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str) -> None:
        self.masalah.append(Masalah(pesan, lokasi, jalur, GALAT, kode))

    def peringatan(self, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str) -> None:
        self.masalah.append(Masalah(pesan, lokasi, jalur, PERINGATAN, kode))

    def konfirmasi(self, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str = "perlu-konfirmasi") -> None:
        self.masalah.append(Masalah(pesan, lokasi, jalur, KONFIRMASI, kode))

    def ketat(self) -> None:
        """--ketat: every warning becomes an error."""
        self.masalah = [
            Masalah(m.pesan, m.lokasi, m.jalur, GALAT, m.kode) if m.tingkat == PERINGATAN else m for m in self.masalah
        ]

    @property
    def ada_galat(self) -> bool:
        return any(m.tingkat == GALAT for m in self.masalah)


def _gabung(jalur: str, bagian: str | int) -> str:
    if isinstance(bagian, int):
        return f"{jalur}[{bagian}]"
    return f"{jalur}.{bagian}" if jalur else bagian


_JENIS = {"peta": "bagian berisi kunci: nilai", "daftar": "daftar (baris-baris berawalan '- ')", "skalar": "satu nilai"}


class Bidang:
    """One field of the schema."""

    harap = "skalar"

    def __init__(self, *, wajib: bool = True, bawaan: Any = None, keterangan: str = "") -> None:
        self.wajib = wajib
        self.bawaan = bawaan
        self.keterangan = keterangan

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.jenis != self.harap:
            p.galat(simpul.lokasi, jalur, f"harus berupa {_JENIS[self.harap]}, bukan {_JENIS[simpul.jenis]}", "jenis")
            return GAGAL
        return self.ubah(simpul, jalur, p)

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        return simpul.nilai

    def nilai_bawaan(self) -> Any:
        b = self.bawaan
        return b() if callable(b) else b


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


class Teks(Bidang):
    """Free text, taken exactly as typed (a YAML number stays as written)."""

    def __init__(self, *, kosong_boleh: bool = False, **kw: Any) -> None:
        super().__init__(**kw)
        self.kosong_boleh = kosong_boleh

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None:
            if self.wajib:
                p.galat(simpul.lokasi, jalur, "wajib diisi, tetapi kosong", "wajib")
                return GAGAL
            return None
        teks = simpul.nilai if isinstance(simpul.nilai, str) else (simpul.teks or str(simpul.nilai))
        if not periksa_teks(teks, simpul, jalur, p):
            return GAGAL
        if not teks.strip() and not self.kosong_boleh:
            if self.wajib:
                p.galat(simpul.lokasi, jalur, "wajib diisi, tetapi kosong", "wajib")
                return GAGAL
            return None
        return teks


class BilanganBulat(Bidang):
    def __init__(self, *, min: int | None = None, max: int | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.min, self.max = min, max

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        v = simpul.nilai
        if v is None and not self.wajib:
            return None
        if isinstance(v, str) and re.fullmatch(r"\s*-?\d+\s*", v):
            v = int(v)
        if isinstance(v, bool) or not isinstance(v, int):
            p.galat(simpul.lokasi, jalur, f"harus berupa bilangan bulat, bukan '{simpul.teks}'", "jenis")
            return GAGAL
        if (self.min is not None and v < self.min) or (self.max is not None and v > self.max):
            p.galat(simpul.lokasi, jalur, f"nilai {v} di luar rentang yang wajar ({self.min} sampai {self.max})", "rentang")
            return GAGAL
        return v


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
        if (self.min is not None and v < self.min) or (self.max is not None and v > self.max):
            p.galat(simpul.lokasi, jalur, f"nilai {simpul.teks} di luar rentang yang wajar ({self.min} sampai {self.max})", "rentang")
            return GAGAL
        return v


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


def terdekat(kata: str, pilihan: list[str]) -> str | None:
    """The choice ``kata`` is a near miss of (case ignored as a second try), or None."""
    dekat = difflib.get_close_matches(kata, pilihan, n=1, cutoff=0.6)
    if not dekat:
        dekat = difflib.get_close_matches(kata.lower(), [x.lower() for x in pilihan], n=1, cutoff=0.6)
        dekat = [x for x in pilihan if x.lower() in dekat]
    return dekat[0] if dekat else None


def saran(kata: str, pilihan: list[str]) -> str:
    """'; maksud Anda 'x'?' for a near miss, else ''."""
    dekat = terdekat(kata, pilihan)
    return f"; maksud Anda '{dekat}'?" if dekat else ""


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
            return parse_nilai(teks)
        except NilaiError as exc:
            p.galat(simpul.lokasi, jalur, str(exc), "nilai")
            return GAGAL


class TanggalBidang(Bidang):
    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        teks = simpul.teks if simpul.teks is not None else str(simpul.nilai)
        try:
            return parse_tanggal(teks)
        except ValueError as exc:
            p.galat(simpul.lokasi, jalur, str(exc), "tanggal")
            return GAGAL


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


class Daftar(Bidang):
    harap = "daftar"

    def __init__(self, isi: Bidang, *, min_isi: int = 0, **kw: Any) -> None:
        kw.setdefault("bawaan", list)
        super().__init__(**kw)
        self.isi = isi
        self.min_isi = min_isi

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None and not self.wajib:
            return self.nilai_bawaan()
        return super().baca(simpul, jalur, p)

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        hasil = []
        gagal = False
        for i, anak in enumerate(simpul.nilai, start=1):
            v = self.isi.baca(anak, _gabung(jalur, i), p)
            if v is GAGAL:
                gagal = True
            else:
                hasil.append(v)
        if len(simpul.nilai) < self.min_isi:
            p.galat(simpul.lokasi, jalur, f"harus berisi sedikitnya {self.min_isi} butir", "wajib")
            return GAGAL
        return GAGAL if gagal else hasil


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
                p.galat(lok, _gabung(jalur, kunci), f"'{kunci}' bukan tahun; tulis tahun empat angka, misalnya 2021", "tahun")
                gagal = True
                continue
            v = self.isi.baca(anak, _gabung(jalur, kunci), p)
            if v is GAGAL:
                gagal = True
            else:
                hasil[int(kunci)] = v
        return GAGAL if gagal else dict(sorted(hasil.items()))


class Peta(Bidang):
    """A mapping with known keys, read into a dataclass."""

    harap = "peta"

    def __init__(self, kelas: type, bidang: dict[str, Bidang], **kw: Any) -> None:
        super().__init__(**kw)
        self.kelas = kelas
        self.bidang = bidang

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None and not self.wajib:
            return self.buat_bawaan()
        return super().baca(simpul, jalur, p)

    def buat_bawaan(self) -> Any:
        if self.bawaan is not None:
            return self.nilai_bawaan()
        return None

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        data: dict[str, Any] = {}
        gagal = False
        dikenal = list(self.bidang)
        disarankan: set[str] = set()
        for kunci, anak in simpul.nilai.items():
            if kunci not in self.bidang:
                lok = simpul.kunci_lokasi.get(kunci, anak.lokasi)
                dekat = terdekat(kunci, dikenal)
                usul = saran(kunci, dikenal)
                if dekat:
                    disarankan.add(dekat)
                elif re.fullmatch(r"\d+", kunci):
                    usul = (
                        "; di dalam { } koma memisahkan butir: tulis angka desimal dengan titik (2.5) "
                        "atau apit dengan tanda kutip (\"2,5\")"
                    )
                p.galat(lok, _gabung(jalur, kunci), f"kunci '{kunci}' tidak dikenal{usul}", "kunci-asing")
                gagal = True
        lokasi_bidang: dict[str, Lokasi] = {}
        for nama, bidang in self.bidang.items():
            if nama in simpul.nilai:
                anak = simpul.nilai[nama]
                lokasi_bidang[nama] = anak.lokasi
                # The place of each list item and each year, for checks that
                # point at one Menimbang item or one target year.
                if isinstance(anak.nilai, list):
                    for i, butir in enumerate(anak.nilai, start=1):
                        lokasi_bidang[f"{nama}[{i}]"] = butir.lokasi
                elif isinstance(anak.nilai, dict) and isinstance(bidang, (PetaTahun, PetaBebas)):
                    for kunci, butir in anak.nilai.items():
                        lokasi_bidang[f"{nama}.{kunci}"] = butir.lokasi
                        lokasi_bidang[f"{nama}.{kunci}#kunci"] = anak.kunci_lokasi.get(kunci, butir.lokasi)
                v = bidang.baca(anak, _gabung(jalur, nama), p)
                if v is GAGAL:
                    gagal = True
                    continue
                if v is None and bidang.bawaan is not None:
                    v = bidang.nilai_bawaan()
                data[nama] = v
            elif bidang.wajib:
                # A misspelt key already says "maksud Anda 'nama'?": one message is enough.
                if nama not in disarankan:
                    p.galat(simpul.lokasi, _gabung(jalur, nama), f"bidang '{nama}' wajib ada, tetapi tidak ditulis", "wajib")
                gagal = True
            elif isinstance(bidang, Peta) and bidang.bawaan is not None:
                data[nama] = bidang.nilai_bawaan()
            elif bidang.bawaan is not None:
                data[nama] = bidang.nilai_bawaan()
        if gagal:
            return GAGAL
        nama_kelas = {f.name for f in dataclasses.fields(self.kelas)}
        data = {k: v for k, v in data.items() if k in nama_kelas and v is not None}
        return self.kelas(**data, lokasi=simpul.lokasi, lokasi_bidang=lokasi_bidang)


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
        return nilai.angka


class PetaBebas(Bidang):
    """A mapping from ids the user chooses (indicator ids) to values."""

    harap = "peta"

    def __init__(self, isi: Bidang, **kw: Any) -> None:
        kw.setdefault("bawaan", dict)
        super().__init__(**kw)
        self.isi = isi

    def baca(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        if simpul.nilai is None and not self.wajib:
            return self.nilai_bawaan()
        return super().baca(simpul, jalur, p)

    def ubah(self, simpul: Simpul, jalur: str, p: Pemeriksa) -> Any:
        hasil: dict[str, Any] = {}
        gagal = False
        for kunci, anak in simpul.nilai.items():
            v = self.isi.baca(anak, _gabung(jalur, kunci), p)
            if v is GAGAL:
                gagal = True
            else:
                hasil[kunci] = v
        return GAGAL if gagal else hasil
