"""Stage 1: read YAML content files into located nodes.

Every value keeps the place it came from (file, line, column) so that later
stages can say exactly where a problem is.  Scalars also keep the text as the
user typed it: ``3.20`` stays ``"3.20"`` so that decimals are never lost.
Only PyYAML's safe loader is used; duplicate keys are reported, not silently
merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..dasar.galat import KontenError, Lokasi, Masalah


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


def _lokasi(berkas: Path, mark: yaml.Mark | None) -> Lokasi:
    if mark is None:
        return Lokasi(berkas)
    return Lokasi(berkas, mark.line + 1, mark.column + 1)


# libyaml's safe loader when PyYAML has it (several times faster), else the
# pure-Python one; both are safe loaders and give the same marks.
_DASAR = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Pemuat(_DASAR):  # type: ignore[misc, valid-type]
    """Safe loader; nodes are converted by :func:`_bangun`."""


class _AliasMelingkar(Exception):
    def __init__(self, lokasi: Lokasi) -> None:
        self.lokasi = lokasi


def _bangun(node: yaml.Node, berkas: Path, pemuat: _Pemuat, masalah: list[Masalah], jejak: frozenset = frozenset()) -> Simpul:
    lok = _lokasi(berkas, node.start_mark)
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
                masalah.append(Masalah("kunci harus berupa teks biasa", _lokasi(berkas, knode.start_mark), kode="yaml-kunci"))
                continue
            # A key is the text as typed: "no", "on", "yes" stay words, not booleans.
            kunci = knode.value
            klok = _lokasi(berkas, knode.start_mark)
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
    try:
        data = berkas.read_bytes()
    except FileNotFoundError:
        raise KontenError([Masalah("berkas konten tidak ditemukan", Lokasi(berkas), kode="berkas-hilang")]) from None
    except IsADirectoryError:
        raise KontenError([Masalah("ini sebuah folder, bukan berkas konten", Lokasi(berkas), kode="berkas-hilang")]) from None
    except OSError as exc:
        raise KontenError([Masalah(f"berkas tidak dapat dibaca ({exc.strerror})", Lokasi(berkas), kode="berkas-hilang")]) from None
    try:
        teks = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        baris = data[: exc.start].count(b"\n") + 1
        raise KontenError(
            [
                Masalah(
                    "berkas bukan teks UTF-8; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai > Encoding UTF-8)",
                    Lokasi(berkas, baris),
                    kode="yaml-encoding",
                )
            ]
        ) from None
    masalah: list[Masalah] = []
    pemuat: _Pemuat | None = None
    try:
        pemuat = _Pemuat(teks)
        node = pemuat.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise KontenError([_terjemah_galat_yaml(exc, berkas, teks)]) from None
    except yaml.reader.ReaderError as exc:
        # libyaml counts bytes of the UTF-8 text, PyYAML's reader characters.
        if _DASAR is not yaml.SafeLoader:
            sebelum = teks.encode("utf-8")[: exc.position].decode("utf-8", errors="ignore")
        else:
            sebelum = teks[: exc.position]
        baris = sebelum.count("\n") + 1
        kolom = len(sebelum) - (sebelum.rfind("\n") + 1) + 1
        raise KontenError(
            [
                Masalah(
                    f"ada karakter kendali tak terlihat (kode U+{exc.character:04X}) yang tidak boleh ada dalam dokumen; hapus karakter itu",
                    Lokasi(berkas, baris, kolom),
                    kode="karakter-kendali",
                )
            ]
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        raise KontenError([Masalah(f"susunan YAML tidak dapat dibaca: {exc}", Lokasi(berkas), kode="yaml")]) from None
    finally:
        if pemuat is not None:
            pemuat.dispose()
    if node is None:
        raise KontenError([Masalah("berkas konten kosong", Lokasi(berkas, 1), kode="berkas-kosong")])
    try:
        akar = _bangun(node, berkas, pemuat, masalah)
    except _AliasMelingkar as exc:
        raise KontenError([_alias_melingkar(teks, berkas, exc.lokasi)]) from None
    if masalah:
        raise KontenError(masalah)
    return akar


_RE_KUTIP_TERBUKA = re.compile(
    r"""^\s*(?:-\s+)?(?:[^\s#'"][^#'"]*:\s+|-\s+)?(?P<q>["'])(?P<isi>.*)$"""
)


def _kutip_terbuka(baris: str) -> bool:
    """Does this line open a quoted value that it does not close?"""
    m = _RE_KUTIP_TERBUKA.match(baris)
    if not m:
        return False
    q, isi = m.group("q"), m.group("isi")
    if q == '"':
        isi = re.sub(r'\\.', "", isi)
        return '"' not in isi
    isi = isi.replace("''", "")
    return "'" not in isi


_RE_BARIS_KUNCI = re.compile(r"^\s*(?:-\s+)?[^\s#'\"][^:#'\"]*:(\s|$)|^\s*-\s")


def _cari_kutip_terbuka(teks: str, sampai: int) -> int | None:
    """The first line (0-based, up to ``sampai``) whose quote is left open
    and swallows the lines after it that look like ``key:`` lines: PyYAML's
    own place (where the stray quote finally closes) is not where the user
    must look.  A quoted value that merely wraps onto a next line of text is
    valid and is not blamed."""
    semua = teks.splitlines()
    for i, baris in enumerate(semua[: sampai + 1]):
        if not _kutip_terbuka(baris):
            continue
        q = _RE_KUTIP_TERBUKA.match(baris).group("q")
        for lanjut in semua[i + 1 : sampai + 1]:
            if _RE_BARIS_KUNCI.match(lanjut):
                return i
            if q in lanjut:
                break
    return None


def _alias_melingkar(teks: str, berkas: Path, lok: Lokasi) -> Masalah:
    """A node that holds itself through an alias: point at the alias."""
    semua = teks.splitlines()
    baris, kolom, nama = lok.baris, lok.kolom, ""
    for i in range((lok.baris or 1) - 1, len(semua)):
        m = re.search(r"\*([^\s,\[\]{}]+)", semua[i][(lok.kolom or 1) - 1 :] if i == (lok.baris or 1) - 1 else semua[i])
        if m:
            awal = m.start() + ((lok.kolom or 1) - 1 if i == (lok.baris or 1) - 1 else 0)
            baris, kolom, nama = i + 1, awal + 1, m.group(1)
            break
    return Masalah(
        f"alias *{nama} dipakai di dalam bagian yang ditandai &{nama} itu sendiri; hapus tanda & dan * itu",
        Lokasi(berkas, baris, kolom),
        kode="yaml-alias",
    )


def _terjemah_galat_yaml(exc: yaml.MarkedYAMLError, berkas: Path, teks: str) -> Masalah:
    """Turn a PyYAML error into one plain Indonesian sentence at the right line."""
    mark = exc.problem_mark or exc.context_mark
    if mark is not None and "\t" not in (teks.splitlines()[mark.line] if mark.line < len(teks.splitlines()) else ""):
        terbuka = _cari_kutip_terbuka(teks, mark.line)
        if terbuka is not None:
            baris = teks.splitlines()[terbuka]
            kolom = min(i for i in (baris.find('"'), baris.find("'")) if i >= 0) + 1
            return Masalah(
                f"tanda kutip yang dibuka di baris {terbuka + 1} tidak ditutup di baris itu; tambahkan tanda kutip penutup",
                Lokasi(berkas, terbuka + 1, kolom),
                kode="yaml-kutip",
            )
    lok = _lokasi(berkas, mark)
    masalah = (exc.problem or "").lower()
    konteks = (exc.context or "").lower()
    baris_teks = ""
    if mark is not None:
        semua = teks.splitlines()
        if 0 <= mark.line < len(semua):
            baris_teks = semua[mark.line]

    if "\t" in baris_teks or "'\\t'" in masalah:
        kolom = baris_teks.find("\t") + 1 if "\t" in baris_teks else lok.kolom
        return Masalah(
            "ada karakter Tab (mungkin tertempel dari Word); YAML hanya menerima spasi untuk menjorokkan baris: ganti Tab dengan spasi",
            Lokasi(berkas, lok.baris, kolom),
            kode="yaml-tab",
        )
    if "unknown escape" in masalah:
        return Masalah(
            "garis miring terbalik (\\) di dalam tanda kutip dua diikuti huruf yang bukan kode yang dikenal; tulis \\\\ untuk "
            "garis miring terbalik, atau apit teks dengan tanda kutip tunggal",
            lok,
            kode="yaml-escape",
        )
    if "quoted scalar" in konteks or ("end of stream" in masalah and "quot" in konteks):
        awal = _lokasi(berkas, exc.context_mark)
        return Masalah(
            f"tanda kutip yang dibuka di baris {awal.baris} tidak pernah ditutup; tambahkan tanda kutip penutup",
            awal,
            kode="yaml-kutip",
        )
    if "another document" in masalah:
        return Masalah(
            "baris '---' memulai dokumen YAML kedua, padahal satu berkas konten hanya berisi satu dokumen; hapus baris ini",
            lok,
            kode="yaml-dokumen",
        )
    if "block sequence entries are not allowed" in masalah:
        return Masalah(
            "butir daftar ('- ') tidak boleh ditulis sesudah titik dua pada baris yang sama; mulai butir di baris berikutnya, "
            "atau apit teks dengan tanda kutip",
            lok,
            kode="yaml-daftar",
        )
    if "alias" in konteks or "anchor" in konteks:
        # libyaml points after the mark: show the & or * itself.
        kolom = lok.kolom
        if kolom:
            depan = baris_teks[: kolom - 1]
            posisi = max(depan.rfind("*"), depan.rfind("&"))
            if posisi >= 0:
                kolom = posisi + 1
        return Masalah(
            "penanda & atau * (anchor/alias) tidak dikenal; hapus tanda itu atau beri tanda kutip",
            Lokasi(berkas, lok.baris, kolom),
            kode="yaml-alias",
        )
    if lok.kolom and baris_teks[: lok.kolom - 1].rstrip().endswith(('"', "'")) and lok.kolom - 1 < len(baris_teks) \
            and baris_teks[: lok.kolom - 1].strip().count(baris_teks[: lok.kolom - 1].rstrip()[-1]) >= 2:
        return Masalah(
            "ada teks sesudah tanda kutip penutup; apit seluruh teks dengan tanda kutip, dan bila tanda kutip itu bagian dari "
            "teks, pakai tanda kutip jenis lain di luarnya",
            lok,
            kode="yaml-kutip",
        )
    if "mapping values are not allowed" in masalah and _lebih_menjorok(teks, mark):
        return Masalah(
            "menjorok (indentasi) baris ini tidak sejajar dengan baris di atasnya; samakan jumlah spasi di awal baris",
            Lokasi(berkas, lok.baris, len(baris_teks) - len(baris_teks.lstrip(" ")) + 1),
            kode="yaml-indentasi",
        )
    if "mapping values are not allowed" in masalah:
        return Masalah(
            "ada titik dua (:) di tempat yang tidak diharapkan: bila teks memuat ': ', apit teks itu dengan tanda kutip "
            "(misalnya: nama: \"Makna: ...\"); bila tidak, periksa indentasi baris ini",
            lok,
            kode="yaml-titik-dua",
        )
    if "flow" in konteks:
        awal = _lokasi(berkas, exc.context_mark) if exc.context_mark else lok
        return Masalah(
            f"kurung [ atau {{ yang dibuka di baris {awal.baris} tidak ditutup, atau butirnya tidak dipisah koma",
            awal,
            kode="yaml-kurung",
        )
    if "could not find expected ':'" in masalah or "simple key" in konteks:
        awal = _lokasi(berkas, exc.context_mark) if exc.context_mark else lok
        return Masalah(
            "baris ini bukan bentuk 'kunci: nilai'; periksa titik dua setelah nama kunci, atau tanda kutip yang belum ditutup",
            awal,
            kode="yaml-kunci",
        )
    if "expected <block end>" in masalah or "bad indentation" in masalah or "did not find expected" in masalah:
        return Masalah(
            "menjorok (indentasi) baris ini tidak sejajar dengan baris di atasnya; samakan jumlah spasi di awal baris",
            lok,
            kode="yaml-indentasi",
        )
    if "found duplicate anchor" in masalah or "found undefined alias" in masalah:
        return Masalah("penanda & atau * (anchor/alias) tidak dikenal; hapus tanda itu atau beri tanda kutip", lok, kode="yaml-alias")
    if "found character" in masalah and "cannot start any token" in masalah:
        huruf = baris_teks[lok.kolom - 1] if lok.kolom and lok.kolom - 1 < len(baris_teks) else "?"
        return Masalah(
            f"karakter {huruf} tidak boleh mengawali nilai; apit nilai dengan tanda kutip",
            lok,
            kode="yaml-karakter",
        )
    return Masalah(
        "susunan YAML salah di sini; periksa titik dua, tanda kutip dan indentasi baris ini dan baris di atasnya",
        lok,
        kode="yaml",
    )


def _lebih_menjorok(teks: str, mark: yaml.Mark | None) -> bool:
    """Is the line at ``mark`` indented further than the line above it, which
    holds a plain ``key: value``?  Then a colon error is an indentation slip."""
    if mark is None:
        return False
    semua = teks.splitlines()
    if not 0 < mark.line < len(semua):
        return False
    baris = semua[mark.line]
    sebelum = next((b for b in reversed(semua[: mark.line]) if b.strip() and not b.lstrip().startswith("#")), None)
    if sebelum is None:
        return False
    menjorok = len(baris) - len(baris.lstrip(" "))
    menjorok_sebelum = len(sebelum) - len(sebelum.lstrip(" "))
    return menjorok > menjorok_sebelum and re.search(r":\s+\S", sebelum) is not None
