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
from .berkas import BATAS_YAML, BerkasTidakSah, baca_berkas
from .galat_yaml import alias_berlebih, alias_melingkar, galat_karakter, lokasi_mark, terjemah_galat_yaml, terlalu_dalam


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

# An alias repeats the node it names; aliases of aliases multiply (the
# "billion laughs": ten nodes repeated ten times over nine levels). A content
# file never needs much of that: a signer written once and repeated is a few
# dozen nodes.
BATAS_SALINAN = 10_000  # nodes repeated through aliases, in one file
BATAS_ALIAS_BERTINGKAT = 5  # an alias inside the node of an alias inside ...
# Lists and mappings inside each other: a unit file is about 8 levels deep.
BATAS_KEDALAMAN = 100


class _Pemuat(_DASAR):  # type: ignore[misc, valid-type]
    """Safe loader; nodes are converted by :class:`_Pembangun`."""


class _AliasMelingkar(Exception):
    def __init__(self, lokasi: Lokasi) -> None:
        self.lokasi = lokasi


class _AliasBerlebih(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node  # the node the outermost alias names


class _TerlaluDalam(Exception):
    def __init__(self, lokasi: Lokasi) -> None:
        self.lokasi = lokasi


@dataclass
class _Pembangun:
    """Turns PyYAML's node graph into :class:`Simpul` trees, counting what
    aliases repeat."""

    berkas: Path
    pemuat: _Pemuat
    masalah: list[Masalah] = field(default_factory=list)
    dibangun: set[int] = field(default_factory=set)  # nodes built once: seen again, they come through an alias
    salinan: int = 0

    def bangun(self, node: yaml.Node, jejak: frozenset = frozenset(), kedalaman: int = 0,
               alias: tuple[yaml.Node, int] | None = None) -> Simpul:
        """``jejak``: the ancestors (a node inside itself is an error);
        ``alias``: the node of the outermost alias being repeated and how
        many aliases deep the walk is."""
        lok = lokasi_mark(self.berkas, node.start_mark)
        if id(node) in jejak:
            raise _AliasMelingkar(lok)
        if kedalaman > BATAS_KEDALAMAN:
            raise _TerlaluDalam(lok)
        if id(node) in self.dibangun:
            alias = (alias[0] if alias else node, (alias[1] if alias else 0) + 1)
            if alias[1] > BATAS_ALIAS_BERTINGKAT:
                raise _AliasBerlebih(alias[0])
        self.dibangun.add(id(node))
        if alias is not None:
            self.salinan += 1
            if self.salinan > BATAS_SALINAN:
                raise _AliasBerlebih(alias[0])
        if isinstance(node, yaml.MappingNode):
            return self._peta(node, lok, jejak | {id(node)}, kedalaman + 1, alias)
        if isinstance(node, yaml.SequenceNode):
            anak = [self.bangun(n, jejak | {id(node)}, kedalaman + 1, alias) for n in node.value]
            return Simpul(anak, lok)
        assert isinstance(node, yaml.ScalarNode)
        try:
            nilai = self.pemuat.construct_object(node, deep=True)
        except Exception:  # noqa: BLE001 - e.g. 2021-02-31 as a date, !!int abc: keep the text
            nilai = node.value
        return Simpul(nilai, lok, teks=node.value, berkutip=node.style in ("'", '"'))

    def _peta(self, node: yaml.MappingNode, lok: Lokasi, jejak: frozenset, kedalaman: int,
              alias: tuple[yaml.Node, int] | None) -> Simpul:
        self.pemuat.flatten_mapping(node)
        hasil: dict[str, Simpul] = {}
        kunci_lokasi: dict[str, Lokasi] = {}
        for knode, vnode in node.value:
            klok = lokasi_mark(self.berkas, knode.start_mark)
            if not isinstance(knode, yaml.ScalarNode):
                self.masalah.append(Masalah("kunci harus berupa teks biasa", klok, kode="yaml-kunci"))
                continue
            # A key is the text as typed: "no", "on", "yes" stay words, not booleans.
            kunci = knode.value
            if kunci in hasil:
                self.masalah.append(
                    Masalah(
                        f"kunci '{kunci}' ditulis dua kali dalam satu bagian "
                        f"(pertama di baris {kunci_lokasi[kunci].baris}); hapus salah satunya",
                        klok,
                        kode="kunci-ganda",
                    )
                )
                continue
            hasil[kunci] = self.bangun(vnode, jejak, kedalaman, alias)
            kunci_lokasi[kunci] = klok
        return Simpul(hasil, lok, kunci_lokasi=kunci_lokasi)


def muat_yaml(berkas: Path, folder: Path | None = None) -> Simpul:
    """Read one YAML file into a :class:`Simpul` tree.

    ``folder``: the content folder the file must lie in (after symbolic
    links). Raises :class:`KontenError` with plain Indonesian messages for a
    file that is missing, not a regular file or too large, bad encoding, a
    syntax error, duplicate keys or aliases repeating too much.
    """
    berkas = Path(berkas)
    teks = _baca_teks(berkas, folder)
    node, pemuat = _simpul_yaml(teks, berkas)
    if node is None:
        raise KontenError([Masalah("berkas konten kosong", Lokasi(berkas, 1), kode="berkas-kosong")])
    pembangun = _Pembangun(berkas, pemuat)
    try:
        akar = pembangun.bangun(node)
    except _AliasMelingkar as exc:
        raise KontenError([alias_melingkar(teks, berkas, exc.lokasi)]) from None
    except _AliasBerlebih as exc:
        raise KontenError([alias_berlebih(teks, berkas, exc.node.start_mark, _DASAR, (BATAS_SALINAN, BATAS_ALIAS_BERTINGKAT))]) from None
    except _TerlaluDalam as exc:
        raise KontenError([terlalu_dalam(exc.lokasi)]) from None
    except yaml.MarkedYAMLError as exc:  # a merge key (<<) naming something that is not a mapping
        raise KontenError([terjemah_galat_yaml(exc, berkas, teks)]) from None
    finally:
        pemuat.dispose()
    if pembangun.masalah:
        raise KontenError(pembangun.masalah)
    return akar


def _gagal(pesan: str, lokasi: Lokasi, kode: str) -> KontenError:
    return KontenError([Masalah(pesan, lokasi, kode=kode)])


def _baca_teks(berkas: Path, folder: Path | None) -> str:
    """The text of a content file (UTF-8, with or without a BOM)."""
    try:
        data = baca_berkas(berkas, folder, BATAS_YAML)
    except BerkasTidakSah as exc:
        raise _gagal(f"berkas konten {exc}", Lokasi(berkas), exc.kode) from None
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
    """The single document of the file (and its loader, to be disposed of
    by the caller), or its syntax error in Indonesian."""
    pemuat: _Pemuat | None = None
    try:
        pemuat = _Pemuat(teks)
        return pemuat.get_single_node(), pemuat
    except yaml.MarkedYAMLError as exc:
        masalah = terjemah_galat_yaml(exc, berkas, teks)
    except yaml.reader.ReaderError as exc:
        masalah = galat_karakter(exc, teks, berkas, hitung_bait=_DASAR is not yaml.SafeLoader)
    except RecursionError:  # the pure-Python composer on very deep nesting
        masalah = terlalu_dalam(Lokasi(berkas))
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        masalah = Masalah(f"susunan YAML tidak dapat dibaca: {exc}", Lokasi(berkas), kode="yaml")
    if pemuat is not None:
        pemuat.dispose()
    raise KontenError([masalah])
