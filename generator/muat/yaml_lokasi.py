"""Stage 1: read YAML content files into located nodes.

Every value keeps the place it came from (file, line, column) so that later
stages can say exactly where a problem is.  Scalars also keep the text as the
user typed it: ``3.20`` stays ``"3.20"`` so that decimals are never lost.
Only PyYAML's safe loader is used; duplicate keys are reported, not silently
merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..dasar.galat import KontenError, Lokasi, Masalah
from .galat_yaml import alias_melingkar, galat_karakter, lokasi_mark, terjemah_galat_yaml


@dataclass
class Simpul:
    """A node of a content file: a mapping, a list or a scalar."""

    nilai: Any
    lokasi: Lokasi
    teks: str | None = None  # raw scalar text as typed
    berkutip: bool = False  # scalar was quoted
    kunci_lokasi: dict[str, Lokasi] = field(default_factory=dict)

    @property
    def jenis(self) -> str:
        if isinstance(self.nilai, dict):
            return "peta"
        if isinstance(self.nilai, list):
            return "daftar"
        return "skalar"

    def polos(self) -> Any:
        """The plain Python value, without locations."""
        if isinstance(self.nilai, dict):
            return {k: v.polos() for k, v in self.nilai.items()}
        if isinstance(self.nilai, list):
            return [v.polos() for v in self.nilai]
        return self.nilai


# libyaml's safe loader when PyYAML has it (several times faster), else the
# pure-Python one; both are safe loaders and give the same marks.
_DASAR = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Pemuat(_DASAR):  # type: ignore[misc, valid-type]
    """Safe loader; nodes are converted by :func:`_bangun`."""


class _AliasMelingkar(Exception):
    def __init__(self, lokasi: Lokasi) -> None:
        self.lokasi = lokasi


def _bangun(node: yaml.Node, berkas: Path, pemuat: _Pemuat, masalah: list[Masalah], jejak: frozenset = frozenset()) -> Simpul:
    lok = lokasi_mark(berkas, node.start_mark)
    if id(node) in jejak:
        raise _AliasMelingkar(lok)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        jejak = jejak | {id(node)}
    if isinstance(node, yaml.MappingNode):
        pemuat.flatten_mapping(node)
        hasil: dict[str, Simpul] = {}
        kunci_lokasi: dict[str, Lokasi] = {}
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                masalah.append(Masalah("kunci harus berupa teks biasa", lokasi_mark(berkas, knode.start_mark), kode="yaml-kunci"))
                continue
            # A key is the text as typed: "no", "on", "yes" stay words, not booleans.
            kunci = knode.value
            klok = lokasi_mark(berkas, knode.start_mark)
            if kunci in hasil:
                masalah.append(
                    Masalah(
                        f"kunci '{kunci}' ditulis dua kali dalam satu bagian "
                        f"(pertama di baris {kunci_lokasi[kunci].baris}); hapus salah satunya",
                        klok,
                        kode="kunci-ganda",
                    )
                )
                continue
            hasil[kunci] = _bangun(vnode, berkas, pemuat, masalah, jejak)
            kunci_lokasi[kunci] = klok
        return Simpul(hasil, lok, kunci_lokasi=kunci_lokasi)
    if isinstance(node, yaml.SequenceNode):
        return Simpul([_bangun(n, berkas, pemuat, masalah, jejak) for n in node.value], lok)
    assert isinstance(node, yaml.ScalarNode)
    try:
        nilai = pemuat.construct_object(node, deep=True)
    except Exception:  # noqa: BLE001 - e.g. 2021-02-31 as a date, !!int abc: keep the text
        nilai = node.value
    return Simpul(nilai, lok, teks=node.value, berkutip=node.style in ("'", '"'))


def muat_yaml(berkas: Path) -> Simpul:
    """Read one YAML file into a :class:`Simpul` tree.

    Raises :class:`KontenError` with plain Indonesian messages for a missing
    file, bad encoding, a syntax error or duplicate keys.
    """
    berkas = Path(berkas)
    teks = _baca_teks(berkas)
    node, pemuat = _simpul_yaml(teks, berkas)
    if node is None:
        raise KontenError([Masalah("berkas konten kosong", Lokasi(berkas, 1), kode="berkas-kosong")])
    masalah: list[Masalah] = []
    try:
        akar = _bangun(node, berkas, pemuat, masalah)
    except _AliasMelingkar as exc:
        raise KontenError([alias_melingkar(teks, berkas, exc.lokasi)]) from None
    if masalah:
        raise KontenError(masalah)
    return akar


def _gagal(pesan: str, lokasi: Lokasi, kode: str) -> KontenError:
    return KontenError([Masalah(pesan, lokasi, kode=kode)])


def _baca_teks(berkas: Path) -> str:
    """The text of a content file (UTF-8, with or without a BOM)."""
    try:
        data = berkas.read_bytes()
    except FileNotFoundError:
        raise _gagal("berkas konten tidak ditemukan", Lokasi(berkas), "berkas-hilang") from None
    except IsADirectoryError:
        raise _gagal("ini sebuah folder, bukan berkas konten", Lokasi(berkas), "berkas-hilang") from None
    except OSError as exc:
        raise _gagal(f"berkas tidak dapat dibaca ({exc.strerror})", Lokasi(berkas), "berkas-hilang") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        baris = data[: exc.start].count(b"\n") + 1
        raise _gagal(
            "berkas bukan teks UTF-8; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai > Encoding UTF-8)",
            Lokasi(berkas, baris),
            "yaml-encoding",
        ) from None


def _simpul_yaml(teks: str, berkas: Path) -> tuple[yaml.Node | None, _Pemuat]:
    """The single document of the file (and its loader), or its syntax error
    in Indonesian."""
    pemuat: _Pemuat | None = None
    try:
        pemuat = _Pemuat(teks)
        return pemuat.get_single_node(), pemuat
    except yaml.MarkedYAMLError as exc:
        raise KontenError([terjemah_galat_yaml(exc, berkas, teks)]) from None
    except yaml.reader.ReaderError as exc:
        raise KontenError([galat_karakter(exc, teks, berkas, hitung_bait=_DASAR is not yaml.SafeLoader)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        raise _gagal(f"susunan YAML tidak dapat dibaca: {exc}", Lokasi(berkas), "yaml") from None
    finally:
        if pemuat is not None:
            pemuat.dispose()
