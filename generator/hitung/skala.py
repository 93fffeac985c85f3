"""Scales that give a value its predicate (SAKIP, IPP, IKM, capaian).

The scales are data (``data/skala.yaml``, each with the regulation it comes
from) so that a region can change them with an override file. Numbers are Decimal throughout: the YAML
is read with a loader that turns YAML floats into Decimals from their text.
"""

from __future__ import annotations

import functools

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from ..dasar import format as fmt
from ..dasar.nilai import Nilai, NilaiError, parse_nilai


class SkalaError(ValueError):
    """A scale file that cannot be used; the message is in Indonesian."""


@dataclass(frozen=True)
class Pita:
    """One band: the values above ``batas`` (``>=`` if ``inklusif``, else ``>``).

    ``batas`` None means no lower bound (the lowest band).
    """

    predikat: str
    batas: Decimal | None
    inklusif: bool = True
    label: str | None = None

    def memuat(self, angka: Decimal) -> bool:
        if self.batas is None:
            return True
        return angka >= self.batas if self.inklusif else angka > self.batas


@dataclass(frozen=True)
class Skala:
    """A scale: bands from the highest to the lowest, and the allowed range."""

    kode: str
    nama: str
    sumber: str
    rentang: tuple[Decimal | None, Decimal | None]
    pola: str
    pita: tuple[Pita, ...]

    def pita_untuk(self, angka: Decimal | int) -> Pita:
        """The band holding ``angka``; ValueError (Indonesian) outside rentang."""
        if isinstance(angka, bool) or not isinstance(angka, (int, Decimal)):
            raise TypeError(f"nilai {angka!r} harus berupa Decimal atau bilangan bulat")
        d = Decimal(angka)
        bawah, atas = self.rentang
        if not d.is_finite() or (bawah is not None and d < bawah) or (
            atas is not None and d > atas
        ):
            raise ValueError(
                f"nilai {_tampil(d)} di luar rentang {self.nama} "
                f"({_tampil(bawah)} sampai {_tampil(atas)})"
            )
        for pita in self.pita:
            if pita.memuat(d):
                return pita
        # unreachable for a scale built by muat_skala (coverage is checked)
        raise ValueError(f"nilai {_tampil(d)} tidak termasuk pita mana pun pada {self.nama}")

    def predikat(self, angka: Decimal | int) -> str:
        """``Decimal("70.4")`` on SAKIP -> ``"BB"``."""
        return self.pita_untuk(angka).predikat

    def label(self, angka: Decimal | int) -> str | None:
        """The band's label (``"Baik"`` for IKM 82,53), None if it has none."""
        return self.pita_untuk(angka).label

    def tampil(self, nilai: Nilai) -> str:
        """Display a value with the predicate of this scale, in its ``pola``."""
        return nilai.tampil(predikat=self.predikat(nilai.angka), pola=self.pola)


def _tampil(d: Decimal | None) -> str:
    if d is None:
        return "tak terbatas"
    return fmt.angka(d) if d.is_finite() else str(d)


# --------------------------------------------------------------------------
# loading


class _Pemuat(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader (libyaml's when PyYAML has it) that reads YAML floats as
    Decimal from their text."""


def _desimal_yaml(pemuat: yaml.SafeLoader, simpul: yaml.Node) -> Decimal:
    teks = str(pemuat.construct_scalar(simpul)).replace("_", "")
    try:
        d = Decimal(teks)
    except InvalidOperation:
        d = Decimal("NaN")
    if not d.is_finite():
        raise SkalaError(f"angka '{teks}' pada berkas skala tidak dapat dibaca")
    return d


_Pemuat.add_constructor("tag:yaml.org,2002:float", _desimal_yaml)

_KUNCI_SKALA = {"nama", "sumber", "rentang", "pola", "pita"}
_KUNCI_PITA = {"predikat", "di_atas", "mulai", "label"}


def _angka(nilai: Any, tempat: str) -> Decimal | None:
    if nilai is None:
        return None
    if isinstance(nilai, Decimal):
        return nilai
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return Decimal(nilai)
    if isinstance(nilai, str):
        try:
            n = parse_nilai(nilai)
        except NilaiError:
            n = None
        if n is not None and n.satuan is None and n.predikat is None:
            return n.angka
    raise SkalaError(f"{tempat}: '{nilai}' bukan angka")


def _teks(nilai: Any, tempat: str, wajib: bool = True) -> str | None:
    if nilai is None and not wajib:
        return None
    if isinstance(nilai, (str, int, Decimal)) and not isinstance(nilai, bool):
        teks = str(nilai).strip()
        if teks:
            return teks
    raise SkalaError(f"{tempat}: harus diisi teks")


def _buat_pita(data: Any, tempat: str) -> Pita:
    if not isinstance(data, dict):
        raise SkalaError(f"{tempat}: harus berisi predikat dan batas bawah")
    if asing := sorted(set(data) - _KUNCI_PITA):
        raise SkalaError(f"{tempat}: kunci {', '.join(map(str, asing))} tidak dikenal")
    if "di_atas" in data and "mulai" in data:
        raise SkalaError(f"{tempat}: tulis salah satu saja, di_atas atau mulai")
    kunci = "di_atas" if "di_atas" in data else "mulai"
    return Pita(
        predikat=_teks(data.get("predikat"), f"{tempat}: predikat"),
        batas=_angka(data.get(kunci), f"{tempat}: {kunci}"),
        inklusif=kunci == "mulai",
        label=_teks(data.get("label"), f"{tempat}: label", wajib=False),
    )


def _buat_skala(kode: str, data: Any, berkas: str) -> Skala:
    tempat = f"{berkas}: skala '{kode}'"
    if not isinstance(data, dict):
        raise SkalaError(f"{tempat}: harus berisi nama, sumber, rentang, pola dan pita")
    if asing := sorted(set(data) - _KUNCI_SKALA):
        raise SkalaError(f"{tempat}: kunci {', '.join(map(str, asing))} tidak dikenal")
    rentang = data.get("rentang")
    if not isinstance(rentang, list) or len(rentang) != 2:
        raise SkalaError(f"{tempat}: rentang harus [min, maks]")
    bawah = _angka(rentang[0], f"{tempat}: rentang")
    atas = _angka(rentang[1], f"{tempat}: rentang")
    if bawah is not None and atas is not None and bawah > atas:
        raise SkalaError(f"{tempat}: rentang min lebih besar daripada maks")
    daftar = data.get("pita")
    if not isinstance(daftar, list) or not daftar:
        raise SkalaError(f"{tempat}: pita harus berupa daftar yang tidak kosong")
    pita = tuple(_buat_pita(p, f"{tempat}: pita ke-{i}") for i, p in enumerate(daftar, 1))
    _periksa_pita(pita, bawah, tempat)
    pola = _teks(data.get("pola", "{angka}"), f"{tempat}: pola")
    try:
        pola.format(angka="", predikat="")
    except (KeyError, IndexError, ValueError):
        raise SkalaError(
            f"{tempat}: pola '{pola}' hanya boleh memakai {{angka}} dan {{predikat}}"
        ) from None
    return Skala(
        kode=kode,
        nama=_teks(data.get("nama", kode), f"{tempat}: nama"),
        sumber=_teks(data.get("sumber"), f"{tempat}: sumber"),
        rentang=(bawah, atas),
        pola=pola,
        pita=pita,
    )


def _periksa_pita(pita: tuple[Pita, ...], bawah: Decimal | None, tempat: str) -> None:
    """Bands must descend strictly and cover everything down to rentang min."""
    for i, p in enumerate(pita[:-1], 1):
        if p.batas is None:
            raise SkalaError(f"{tempat}: hanya pita terakhir yang boleh tanpa batas bawah")
        berikut = pita[i].batas
        if berikut is not None and berikut >= p.batas:
            raise SkalaError(
                f"{tempat}: pita harus urut dari batas tertinggi ke terendah "
                f"(pita ke-{i + 1} tidak di bawah pita ke-{i})"
            )
    akhir = pita[-1]
    if akhir.batas is not None and (
        bawah is None or akhir.batas > bawah or (akhir.batas == bawah and not akhir.inklusif)
    ):
        raise SkalaError(
            f"{tempat}: pita terakhir tidak mencakup nilai terendah rentang; "
            "hapus batasnya atau tulis mulai: <min>"
        )


def _baca(teks: str, berkas: str) -> dict[str, Skala]:
    try:
        data = yaml.load(teks, Loader=_Pemuat)  # noqa: S506 (SafeLoader subclass)
    except yaml.YAMLError as exc:
        raise SkalaError(f"{berkas}: berkas skala tidak dapat dibaca: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SkalaError(f"{berkas}: berkas skala harus berisi kode skala beserta isinya")
    return {str(k): _buat_skala(str(k), v, berkas) for k, v in data.items()}


@functools.lru_cache(maxsize=1)
def _bawaan() -> dict[str, Skala]:
    """The packaged scales, read once per process (Skala is immutable)."""
    return _baca((files("generator") / "data" / "skala.yaml").read_text(encoding="utf-8"), "skala.yaml bawaan")


def muat_skala(path: Path | None = None) -> dict[str, Skala]:
    """The packaged scales, with those of ``path`` (if given) added or replacing.

    An override file holds whole scales under their code (``sakip``, ``ipp``,
    ``ikm``, ``capaian`` or a new one), in the layout of ``data/skala.yaml``.
    """
    skala = dict(_bawaan())
    if path is not None:
        path = Path(path)
        try:
            teks = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SkalaError(f"berkas skala tidak ditemukan: {path}") from None
        skala.update(_baca(teks, str(path)))
    return skala
