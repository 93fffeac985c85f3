"""The realisasi file changed in place with ruamel.yaml's round trip: only
the values that changed are rewritten; comments, key order, quoting, the
indentation, a byte order mark and Windows line ends of a hand-written file
stay as they were.

A new value is written double-quoted (``"93,75"``: a YAML float would lose
its decimals), a text of several lines as a literal block. A value emptied
in the workbook is removed, and an indicator left without values with it;
the comment that followed it moves to the value before, so the section
comments of a hand-written file survive.

The realisasi anggaran (``anggaran: {hukum-k1: {realisasi: 1047630000}}``)
is changed the same way: a whole amount written as a YAML integer, any
other as double-quoted text; a new kegiatan's entry in the style of the
others (``{realisasi: N}`` on one line as the example writes them); an
emptied realisasi removes the kegiatan's entry (its realisasi is required).
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterable
from typing import NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

#: The keys of an indicator's entry, in the order the content writes them
#: (``CapaianIndikator``); a new key goes to its place among them.
URUTAN_KUNCI = ("realisasi", "penjelasan", "standar_nasional", "perlu_konfirmasi", "catatan")
SKEMA = "yaml-language-server: $schema=../.skema/realisasi.json"
_BOM = "\ufeff"


class Ubah(NamedTuple):
    """One value to write: ``baru`` empty removes it. ``bagian`` is the
    part of the file: ``indikator`` or ``anggaran``."""

    id: str
    kunci: str
    baru: str
    bagian: str = "indikator"


def _yaml(indentasi: int) -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 1 << 30  # never re-wrap a long line
    y.allow_unicode = True
    y.indent(mapping=indentasi, sequence=indentasi + 2, offset=indentasi)
    return y


def _indentasi(teks: str) -> int:
    """The indentation of the first indented key of a hand-written file."""
    m = re.search(r"^( +)[^\s#\-{\[][^:\n]*:(?: |$)", teks, re.MULTILINE)
    return len(m.group(1)) if m else 2


def _skalar(teks: str) -> DoubleQuotedScalarString | LiteralScalarString:
    return LiteralScalarString(teks) if "\n" in teks else DoubleQuotedScalarString(teks)


def _rupiah(teks: str) -> int | DoubleQuotedScalarString:
    """An amount: digits alone as a YAML integer, as amounts are written."""
    return int(teks) if teks.isascii() and teks.isdigit() else DoubleQuotedScalarString(teks)


# --- comments that follow a value ------------------------------------------


def _ujung(peta: CommentedMap, kunci: object) -> tuple[CommentedMap, object] | None:
    """(mapping, key) of the last scalar of ``peta[kunci]``, inside nested
    block mappings (a one-line ``{...}`` keeps its comments on its own key)."""
    while isinstance(peta[kunci], CommentedMap) and not peta[kunci].fa.flow_style():
        if not peta[kunci]:
            return None
        peta, kunci = peta[kunci], list(peta[kunci])[-1]
    return peta, kunci


def _blok(nilai: object) -> bool:
    """A literal or folded block ends its own line: the comment after it has
    one line end fewer than after any other scalar."""
    return isinstance(nilai, (LiteralScalarString, FoldedScalarString))


def _ambil_ekor(peta: CommentedMap, kunci: object) -> CommentToken | None:
    """Take the comment lines below ``peta[kunci]`` off the key, as they
    follow a one-line scalar (starting with its line end); an end-of-line
    comment (``realisasi: "86"  # dicek``) stays with its value."""
    tempat = _ujung(peta, kunci)
    if tempat is None:
        return None
    induk, k = tempat
    catatan = induk.ca.items.get(k)
    if not catatan or len(catatan) < 3 or catatan[2] is None:
        return None
    token = catatan[2]
    teks = ("\n" if _blok(induk[k]) else "") + token.value
    if teks.startswith("\n"):
        catatan[2] = None
        pindah = teks
    else:
        akhir_baris, _, sisa = teks.partition("\n")
        token.value = akhir_baris + "\n"
        if not sisa:
            return None
        pindah = "\n" + sisa
    hasil = copy.copy(token)
    hasil.value = pindah
    return hasil


def _pasang_ekor(peta: CommentedMap, kunci: object, token: CommentToken | None) -> None:
    """Put ``token`` (as :func:`_ambil_ekor` gives it) after ``peta[kunci]``,
    after the value's own comment, if any."""
    tempat = _ujung(peta, kunci)
    if tempat is None or token is None:
        return
    induk, k = tempat
    if _blok(induk[k]) and token.value.startswith("\n"):
        token.value = token.value[1:]
    catatan = induk.ca.items.setdefault(k, [None, None, None, None])
    if catatan[2] is None:
        catatan[2] = token
    else:
        catatan[2].value += token.value[1:] if token.value.startswith("\n") else token.value


def _ke_awal(peta: CommentedMap, token: CommentToken) -> None:
    """Comment lines that followed a removed first key: before the new first key."""
    if peta.ca.comment is None:
        peta.ca.comment = [None, []]
    if peta.ca.comment[1] is None:
        peta.ca.comment[1] = []
    for baris in token.value.split("\n")[1:-1]:
        isi = baris.lstrip(" ")
        peta.ca.comment[1].append(CommentToken(isi + "\n", CommentMark(len(baris) - len(isi)), None))


def _ambil_atas(peta: CommentedMap, kunci: object) -> list[CommentToken]:
    """Take the comment lines written above ``kunci`` off it: ruamel keeps
    them there when the entry before is a one-line ``{...}``."""
    catatan = peta.ca.items.get(kunci)
    if not catatan or len(catatan) < 2 or not catatan[1]:
        return []
    baris, catatan[1] = catatan[1], None
    return baris


def _pindah_atas(peta: CommentedMap, kunci: object, baris: list[CommentToken], token: CommentToken | None) -> CommentToken | None:
    """The lines above a removed key: above ``kunci``, the key that followed
    it, or (None: it was the last) joined before ``token``, its trailing comment."""
    if not baris:
        return token
    if kunci is not None:
        catatan = peta.ca.items.setdefault(kunci, [None, None, None, None])
        catatan[1] = [*baris, *(catatan[1] or [])]
        return token
    teks = "".join(" " * b.start_mark.column + b.value if b.value.strip() else b.value for b in baris)
    ekor = token.value[1:] if token is not None and token.value.startswith("\n") else (token.value if token else "")
    return CommentToken("\n" + teks + ekor, CommentMark(0), None)


def _hapus(peta: CommentedMap, kunci: object, token: CommentToken | None = None) -> CommentToken | None:
    """Remove a key; the comment after it (or ``token``, the comment of
    what emptied it) moves to the key before it, or before the new first
    key; when no key is left it is returned, for the mapping's own key.
    Comment lines above it stay above the key that followed it."""
    daftar = list(peta)
    atas = _ambil_atas(peta, kunci)
    token = _ambil_ekor(peta, kunci) or token
    i = daftar.index(kunci)
    del peta[kunci]
    token = _pindah_atas(peta, daftar[i + 1] if i + 1 < len(daftar) else None, atas, token)
    if token is None or len(daftar) == 1:
        return token
    if i > 0:
        _pasang_ekor(peta, daftar[i - 1], token)
    else:
        _ke_awal(peta, token)
    return None


# --- the changes -----------------------------------------------------------


def _tempat(kunci_ada: Iterable[object], urutan: dict[str, int], baru: str) -> int:
    """Where a new key goes: after the last key that comes before it in ``urutan``."""
    tempat = 0
    for i, k in enumerate(kunci_ada):
        if urutan.get(str(k), -1) < urutan.get(baru, len(urutan)):
            tempat = i + 1
    return tempat


def _entri_baru(indikator: CommentedMap, iid: str, urutan: dict[str, int], unit: dict[str, str]):
    """A new, empty entry at its IKU place, and the comment that followed
    the entry before it when both are of one unit (a section comment then
    stays below the unit's last entry), to be put after the new entry."""
    ada = list(indikator)
    i = _tempat(ada, urutan, iid)
    token = _ambil_ekor(indikator, ada[i - 1]) if i > 0 and unit.get(str(ada[i - 1])) == unit.get(iid) else None
    entri = CommentedMap()
    indikator.insert(i, iid, entri)
    return entri, token


def _tulis_nilai(entri: CommentedMap, kunci: str, nilai: object) -> None:
    """Set a value; a new key goes to its place, and when that is the end,
    the comment after the former last key moves below it."""
    if kunci in entri:
        token = _ambil_ekor(entri, kunci)
        entri[kunci] = nilai
        _pasang_ekor(entri, kunci, token)
        return
    ada = list(entri)
    i = _tempat(ada, {k: n for n, k in enumerate(URUTAN_KUNCI)}, kunci)
    token = _ambil_ekor(entri, ada[-1]) if ada and i == len(ada) else None
    entri.insert(i, kunci, nilai)
    _pasang_ekor(entri, kunci, token)


def _satu_baris(peta: CommentedMap) -> bool:
    """The entries of ``peta`` are written ``{realisasi: ...}`` on one line
    (as the first entry is; none yet: as the example writes kegiatan)."""
    entri = next((v for v in peta.values() if isinstance(v, CommentedMap)), None)
    return entri is None or bool(entri.fa.flow_style())


def _terapkan_satu(peta: CommentedMap, u: Ubah, urutan: dict[str, int], unit: dict[str, str]) -> CommentToken | None:
    """Make one change; the comment lines left over when it removed the
    mapping's last entry."""
    entri = peta.get(u.id)
    anggaran = u.bagian == "anggaran"
    if not u.baru:
        if isinstance(entri, CommentedMap) and u.kunci in entri:
            token = _hapus(entri, u.kunci)
            if not entri or anggaran:
                return _hapus(peta, u.id, token)
        return None
    token = None
    if not isinstance(entri, CommentedMap):
        satu_baris = anggaran and _satu_baris(peta)
        if u.id in peta:  # written empty (`hukum-1:`): replace it in place
            peta[u.id] = entri = CommentedMap()
        else:
            entri, token = _entri_baru(peta, u.id, urutan, unit)
        if satu_baris:
            entri.fa.set_flow_style()
    _tulis_nilai(entri, u.kunci, _rupiah(u.baru) if anggaran else _skalar(u.baru))
    _pasang_ekor(peta, u.id, token)
    return None


def _kosong(akar: CommentedMap, kunci: str, peta: CommentedMap, sisa: CommentToken | None) -> None:
    """No entry left: ``kunci: {}``, the comment lines that stood above the
    entries (and ``sisa``, those among them) kept below it."""
    peta.fa.set_flow_style()
    catatan = akar.ca.items.setdefault(kunci, [None, None, None, None])
    awal = catatan[3] or (peta.ca.comment[1] if peta.ca.comment and len(peta.ca.comment) > 1 else None)
    catatan[3] = peta.ca.comment = None
    teks = "".join(" " * (t.start_mark.column if t.value.strip() else 0) + t.value for t in awal or [])
    teks += sisa.value.removeprefix("\n") if sisa is not None else ""
    if not teks:
        return
    if catatan[2] is None:
        catatan[2] = CommentToken("\n" + teks, CommentMark(0), None)
    else:
        catatan[2].value += teks


def _akar(teks: str | None, tahun: int, y: YAML, skema: bool) -> CommentedMap:
    if teks is not None:
        return y.load(teks)
    akar = CommentedMap()
    akar["tahun"] = tahun
    akar["indikator"] = CommentedMap()
    if skema:
        akar.yaml_set_start_comment(SKEMA)
    return akar


def _bagian(akar: CommentedMap, kunci: str) -> CommentedMap:
    """The mapping ``akar[kunci]``, made (at the end) when missing, in block style."""
    peta = akar.get(kunci)
    if not isinstance(peta, CommentedMap):
        akar[kunci] = peta = CommentedMap()
    if peta.fa.flow_style():
        peta.fa.set_block_style()
    return peta


def terapkan(teks: str | None, tahun: int, ubah: list[Ubah], urutan: dict[str, dict[str, str]], skema: bool = False) -> str:
    """The realisasi file ``teks`` (None: a new file of ``tahun``, with the
    editor's schema comment when ``skema``) with the changes ``ubah``. Per
    part of the file (``indikator``, ``anggaran``), ``urutan`` maps every id
    in the workbook's order (the IKU's, the PK's) to its unit id: a new
    entry goes to its place among them."""
    bom = teks is not None and teks.startswith(_BOM)
    crlf = teks is not None and "\r\n" in teks
    if teks is not None:
        teks = teks.removeprefix(_BOM).replace("\r\n", "\n")
    y = _yaml(_indentasi(teks or ""))
    akar = _akar(teks, tahun, y, skema)
    for bagian in ("indikator", "anggaran"):
        daftar = [u for u in ubah if u.bagian == bagian]
        if bagian != "indikator" and not isinstance(akar.get(bagian), CommentedMap) and not any(u.baru for u in daftar):
            continue  # nothing to write where there is no such part
        peta = _bagian(akar, bagian)
        posisi = {iid: i for i, iid in enumerate(urutan.get(bagian, {}))}
        sisa = None
        for u in daftar:
            sisa = _terapkan_satu(peta, u, posisi, urutan.get(bagian, {})) or sisa
        if not peta:
            _kosong(akar, bagian, peta, sisa)
        elif sisa is not None:  # emptied, then given a new entry
            _pasang_ekor(peta, list(peta)[-1], sisa)
    keluar = io.StringIO()
    y.dump(akar, keluar)
    hasil = keluar.getvalue()
    if crlf:
        hasil = re.sub(r"(?<!\r)\n", "\r\n", hasil)
    return (_BOM if bom else "") + hasil
