"""Stage 1: PyYAML's errors as one plain Indonesian sentence, at the line
and column the user must look at.

:func:`terjemah_galat_yaml` tries a sequence of small rules, each knowing one
kind of mistake (a Tab, an open quote, a stray colon, ...); the first that
recognises the error gives the message, else a general one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..dasar.galat import Lokasi, Masalah


def lokasi_mark(berkas: Path, mark: yaml.Mark | None) -> Lokasi:
    if mark is None:
        return Lokasi(berkas)
    return Lokasi(berkas, mark.line + 1, mark.column + 1)


@dataclass
class _Galat:
    """One PyYAML error and what the rules read from it."""

    exc: yaml.MarkedYAMLError
    berkas: Path
    teks: str
    mark: yaml.Mark | None
    lok: Lokasi
    masalah: str  # PyYAML's problem, lower case
    konteks: str  # PyYAML's context, lower case
    baris_teks: str  # the line at the mark ("" if none)

    def masalah_di(self, pesan: str, kode: str, lokasi: Lokasi | None = None) -> Masalah:
        return Masalah(pesan, lokasi or self.lok, kode=kode)

    def awal_konteks(self) -> Lokasi:
        """Where the construct that went wrong began (else the error's place)."""
        return lokasi_mark(self.berkas, self.exc.context_mark) if self.exc.context_mark else self.lok


_PESAN_INDENTASI = "menjorok (indentasi) baris ini tidak sejajar dengan baris di atasnya; samakan jumlah spasi di awal baris"
_PESAN_ALIAS = "penanda & atau * (anchor/alias) tidak dikenal; hapus tanda itu atau beri tanda kutip"


def _baris(teks: str, nomor: int | None) -> str:
    semua = teks.splitlines()
    return semua[nomor] if nomor is not None and 0 <= nomor < len(semua) else ""


# --- rules, in the order they are tried -----------------------------------


def _kutip_sebelumnya(g: _Galat) -> Masalah | None:
    """A quote opened on an earlier line swallowed the ``key:`` lines after it."""
    if g.mark is None or "\t" in g.baris_teks:
        return None
    terbuka = _cari_kutip_terbuka(g.teks, g.mark.line)
    if terbuka is None:
        return None
    baris = g.teks.splitlines()[terbuka]
    kolom = min(i for i in (baris.find('"'), baris.find("'")) if i >= 0) + 1
    return g.masalah_di(
        f"tanda kutip yang dibuka di baris {terbuka + 1} tidak ditutup di baris itu; tambahkan tanda kutip penutup",
        "yaml-kutip",
        Lokasi(g.berkas, terbuka + 1, kolom),
    )


def _tab(g: _Galat) -> Masalah | None:
    if "\t" not in g.baris_teks and "'\\t'" not in g.masalah:
        return None
    kolom = g.baris_teks.find("\t") + 1 if "\t" in g.baris_teks else g.lok.kolom
    return g.masalah_di(
        "ada karakter Tab (mungkin tertempel dari Word); YAML hanya menerima spasi untuk menjorokkan baris: ganti Tab dengan spasi",
        "yaml-tab",
        Lokasi(g.berkas, g.lok.baris, kolom),
    )


def _escape(g: _Galat) -> Masalah | None:
    if "unknown escape" not in g.masalah:
        return None
    return g.masalah_di(
        "garis miring terbalik (\\) di dalam tanda kutip dua diikuti huruf yang bukan kode yang dikenal; tulis \\\\ untuk "
        "garis miring terbalik, atau apit teks dengan tanda kutip tunggal",
        "yaml-escape",
    )


def _kutip_tak_ditutup(g: _Galat) -> Masalah | None:
    if not ("quoted scalar" in g.konteks or ("end of stream" in g.masalah and "quot" in g.konteks)):
        return None
    awal = lokasi_mark(g.berkas, g.exc.context_mark)
    return g.masalah_di(
        f"tanda kutip yang dibuka di baris {awal.baris} tidak pernah ditutup; tambahkan tanda kutip penutup", "yaml-kutip", awal
    )


def _dokumen_kedua(g: _Galat) -> Masalah | None:
    if "another document" not in g.masalah:
        return None
    return g.masalah_di(
        "baris '---' memulai dokumen YAML kedua, padahal satu berkas konten hanya berisi satu dokumen; hapus baris ini",
        "yaml-dokumen",
    )


def _daftar_sesudah_titik_dua(g: _Galat) -> Masalah | None:
    if "block sequence entries are not allowed" not in g.masalah:
        return None
    return g.masalah_di(
        "butir daftar ('- ') tidak boleh ditulis sesudah titik dua pada baris yang sama; mulai butir di baris berikutnya, "
        "atau apit teks dengan tanda kutip",
        "yaml-daftar",
    )


def _anchor_alias(g: _Galat) -> Masalah | None:
    if "alias" not in g.konteks and "anchor" not in g.konteks:
        return None
    # libyaml points after the mark: show the & or * itself.
    kolom = g.lok.kolom
    if kolom:
        depan = g.baris_teks[: kolom - 1]
        posisi = max(depan.rfind("*"), depan.rfind("&"))
        if posisi >= 0:
            kolom = posisi + 1
    return g.masalah_di(_PESAN_ALIAS, "yaml-alias", Lokasi(g.berkas, g.lok.baris, kolom))


def _teks_sesudah_kutip(g: _Galat) -> Masalah | None:
    kolom = g.lok.kolom
    if not kolom or kolom - 1 >= len(g.baris_teks):
        return None
    depan = g.baris_teks[: kolom - 1].rstrip()
    if not depan.endswith(('"', "'")) or g.baris_teks[: kolom - 1].strip().count(depan[-1]) < 2:
        return None
    return g.masalah_di(
        "ada teks sesudah tanda kutip penutup; apit seluruh teks dengan tanda kutip, dan bila tanda kutip itu bagian dari "
        "teks, pakai tanda kutip jenis lain di luarnya",
        "yaml-kutip",
    )


def _titik_dua(g: _Galat) -> Masalah | None:
    if "mapping values are not allowed" not in g.masalah:
        return None
    if _lebih_menjorok(g.teks, g.mark):
        kolom = len(g.baris_teks) - len(g.baris_teks.lstrip(" ")) + 1
        return g.masalah_di(_PESAN_INDENTASI, "yaml-indentasi", Lokasi(g.berkas, g.lok.baris, kolom))
    return g.masalah_di(
        "ada titik dua (:) di tempat yang tidak diharapkan: bila teks memuat ': ', apit teks itu dengan tanda kutip "
        "(misalnya: nama: \"Makna: ...\"); bila tidak, periksa indentasi baris ini",
        "yaml-titik-dua",
    )


def _kurung(g: _Galat) -> Masalah | None:
    if "flow" not in g.konteks:
        return None
    awal = g.awal_konteks()
    return g.masalah_di(
        f"kurung [ atau {{ yang dibuka di baris {awal.baris} tidak ditutup, atau butirnya tidak dipisah koma", "yaml-kurung", awal
    )


def _bukan_kunci_nilai(g: _Galat) -> Masalah | None:
    if "could not find expected ':'" not in g.masalah and "simple key" not in g.konteks:
        return None
    return g.masalah_di(
        "baris ini bukan bentuk 'kunci: nilai'; periksa titik dua setelah nama kunci, atau tanda kutip yang belum ditutup",
        "yaml-kunci",
        g.awal_konteks(),
    )


def _indentasi(g: _Galat) -> Masalah | None:
    if not any(s in g.masalah for s in ("expected <block end>", "bad indentation", "did not find expected")):
        return None
    return g.masalah_di(_PESAN_INDENTASI, "yaml-indentasi")


def _anchor_alias_asing(g: _Galat) -> Masalah | None:
    if "found duplicate anchor" not in g.masalah and "found undefined alias" not in g.masalah:
        return None
    return g.masalah_di(_PESAN_ALIAS, "yaml-alias")


def _terlalu_dalam(g: _Galat) -> Masalah | None:
    """libyaml stops at 1000 levels of nesting (the loader itself at fewer)."""
    if "maximum nesting depth" not in g.masalah:
        return None
    return terlalu_dalam(g.lok)


def _gabungan(g: _Galat) -> Masalah | None:
    """A merge key (``<<: *nama``) naming a list item or a single value."""
    if "for merging" not in g.masalah:
        return None
    return g.masalah_di(
        "kunci << hanya dapat menggabungkan bagian berisi kunci: nilai (yang ditandai &nama); hapus baris << ini "
        "dan tulis kuncinya langsung",
        "yaml-alias",
        lokasi_mark(g.berkas, g.exc.context_mark) if g.exc.context_mark else g.lok,
    )


def _karakter_awal(g: _Galat) -> Masalah | None:
    if "found character" not in g.masalah or "cannot start any token" not in g.masalah:
        return None
    kolom = g.lok.kolom
    huruf = g.baris_teks[kolom - 1] if kolom and kolom - 1 < len(g.baris_teks) else "?"
    return g.masalah_di(f"karakter {huruf} tidak boleh mengawali nilai; apit nilai dengan tanda kutip", "yaml-karakter")


_ATURAN: tuple[Callable[[_Galat], Masalah | None], ...] = (
    _terlalu_dalam,
    _kutip_sebelumnya,
    _tab,
    _escape,
    _kutip_tak_ditutup,
    _dokumen_kedua,
    _daftar_sesudah_titik_dua,
    _anchor_alias,
    _teks_sesudah_kutip,
    _titik_dua,
    _kurung,
    _bukan_kunci_nilai,
    _indentasi,
    _anchor_alias_asing,
    _gabungan,
    _karakter_awal,
)


def terjemah_galat_yaml(exc: yaml.MarkedYAMLError, berkas: Path, teks: str) -> Masalah:
    """Turn a PyYAML error into one plain Indonesian sentence at the right line."""
    mark = exc.problem_mark or exc.context_mark
    g = _Galat(
        exc,
        berkas,
        teks,
        mark,
        lokasi_mark(berkas, mark),
        (exc.problem or "").lower(),
        (exc.context or "").lower(),
        _baris(teks, mark.line if mark is not None else None),
    )
    for aturan in _ATURAN:
        hasil = aturan(g)
        if hasil is not None:
            return hasil
    return g.masalah_di(
        "susunan YAML salah di sini; periksa titik dua, tanda kutip dan indentasi baris ini dan baris di atasnya", "yaml"
    )


def galat_karakter(exc: yaml.reader.ReaderError, teks: str, berkas: Path, hitung_bait: bool) -> Masalah:
    """A character YAML refuses (a control character), at its line and column.
    ``hitung_bait``: the position counts bytes of the UTF-8 text (libyaml),
    not characters (PyYAML's reader)."""
    sebelum = teks.encode("utf-8")[: exc.position].decode("utf-8", errors="ignore") if hitung_bait else teks[: exc.position]
    baris = sebelum.count("\n") + 1
    kolom = len(sebelum) - (sebelum.rfind("\n") + 1) + 1
    return Masalah(
        f"ada karakter kendali tak terlihat (kode U+{exc.character:04X}) yang tidak boleh ada dalam dokumen; hapus karakter itu",
        Lokasi(berkas, baris, kolom),
        kode="karakter-kendali",
    )


def alias_melingkar(teks: str, berkas: Path, lok: Lokasi) -> Masalah:
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


def alias_berlebih(teks: str, berkas: Path, mark: yaml.Mark, pemuat: type, batas: tuple[int, int]) -> Masalah:
    """Aliases that repeat too much (the "billion laughs"): point at the
    first alias naming the anchor at ``mark``, found among the tokens of
    ``teks`` read by the loader class ``pemuat``. ``batas``: the limits of
    the loader (nodes repeated, aliases inside aliases)."""
    nama, tempat = "", lokasi_mark(berkas, mark)
    try:
        for token in yaml.scan(teks, Loader=pemuat):
            awal = token.start_mark
            if isinstance(token, yaml.AnchorToken) and (awal.line, awal.column) == (mark.line, mark.column):
                nama = token.value
            elif isinstance(token, yaml.AliasToken) and nama and token.value == nama:
                tempat = lokasi_mark(berkas, awal)
                break
    except yaml.YAMLError:  # pragma: no cover - the text was parsed already
        pass
    salinan, tingkat = batas
    jumlah = f"{salinan:,}".replace(",", ".")
    return Masalah(
        f"alias {'*' + nama + ' ' if nama else ''}mengulang terlalu banyak isi (lebih dari {jumlah} simpul, "
        f"atau alias di dalam alias lebih dari {tingkat} tingkat); tulis isinya langsung, tanpa & dan *",
        tempat,
        kode="yaml-alias-batas",
    )


def terlalu_dalam(lokasi: Lokasi) -> Masalah:
    """Lists and mappings nested deeper than any content file needs."""
    return Masalah(
        "susunan bertingkat terlalu dalam (daftar atau bagian di dalam yang lain, berlapis-lapis melebihi batas); "
        "periksa kurung [ dan { serta indentasi di sini",
        lokasi,
        kode="yaml-dalam",
    )


# --- reading the text around the error ------------------------------------

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
