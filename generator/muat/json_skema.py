"""JSON Schemas (draft 2020-12) of the content files, for editors.

One schema per kind of content file, derived from the model: each field
type states the values it accepts (``json_skema`` of the types in ``skema``
and ``wadah``), each field its Indonesian description. The schemas are
written to ``.skema/`` in the content folder, and each YAML file of the
folder names its schema on its first line, the modeline the YAML language
server reads, so that an editor completes keys and flags mistakes as the
user types. Output is stable: rerunning changes nothing.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path, PurePath

from ..dasar import organisasi as org
from ..dasar.galat import KontenError
from ..dasar.jenis import JENIS_BAWAAN
from ..hitung.skala import muat_skala
from . import konten
from .lengkap import TINGKAT_LAMA
from .pemeriksa import Pemeriksa
from .skema import GAGAL
from .wadah import Peta
from .yaml_lokasi import muat_yaml

FOLDER_SKEMA = ".skema"
DRAF = "https://json-schema.org/draft/2020-12/schema"
AWAL_MODELINE = "# yaml-language-server: $schema="

#: Each kind of content file (the keys of ``konten.berkas_konten``): its
#: schema and where it lives, for the schema's title.
JENIS: dict[str, tuple[Peta, str]] = {
    "instansi": (konten.INSTANSI, "instansi.yaml: pemerintah daerah, perangkat daerah penerbit, kop dan pengaturan dokumen"),
    "keputusan": (konten.KEPUTUSAN, "keputusan.yaml atau keputusan/*.yaml: keputusan penetapan IKU"),
    "unit": (konten.UNIT, "unit/*.yaml: satu unit dengan sasaran dan indikator kinerjanya"),
    "realisasi": (konten.REALISASI, "realisasi/TAHUN.yaml: realisasi indikator dalam satu tahun"),
    "lkjip": (konten.LKJIP, "lkjip/*.yaml atau lkjip/*/lkjip.yaml: laporan kinerja (LKjIP) satu tahun"),
    "pk": (konten.PK, "pk/*.yaml: Perjanjian Kinerja satu tahun (atau PK Perubahan) seluruh unit"),
}

_CATATAN = "Dibuat oleh 'naskah skema' dari model konten; jangan disunting, jalankan ulang perintah itu."

# A schema modeline already written (by us, or by hand in another form).
_RE_MODELINE = re.compile(rb"\s*#\s*yaml-language-server\s*:\s*\$schema=.*")
_BOM = b"\xef\xbb\xbf"


def _pilihan_data(defs: dict, tingkat: list[str] | None) -> None:
    """Choices naskah periksa checks against data, not in the field type:
    an indicator's ``skala`` is one of the scales of ``data/skala.yaml``; a
    unit's and a sub_unit's ``tingkat``, one of the organisation's levels
    (when the folder's instansi.yaml names them)."""
    sifat = defs.get("Indikator", {}).get("properties", {})
    if "skala" in sifat:
        sifat["skala"] = {"enum": [*sorted(muat_skala()), None], "description": sifat["skala"]["description"]}
    if tingkat is None:
        return
    kosong = {"type": "string", "pattern": r"^\s*$"}  # blank: not written
    for nama, pilihan in (("Unit", {"enum": tingkat}), ("SubUnit", {"anyOf": [{"enum": [*tingkat, None]}, kosong]})):
        sifat = defs.get(nama, {}).get("properties", {})
        if "tingkat" in sifat:
            sifat["tingkat"] = pilihan | {"description": sifat["tingkat"]["description"]}


def tingkat_folder(folder: Path) -> list[str] | None:
    """The level names a unit of ``folder`` may use, from its instansi.yaml
    (the old root name of a Sekretariat Daerah too); None when it cannot be read."""
    try:
        ins = konten.INSTANSI.baca(muat_yaml(Path(folder) / "instansi.yaml", Path(folder)), "", Pemeriksa())
    except KontenError:  # unreadable: the schema lists no levels, naskah periksa names the problem
        return None
    if ins is GAGAL:
        return None
    nama = list(org.tingkat(ins))
    return nama + ([TINGKAT_LAMA] if ins.jenis == JENIS_BAWAAN and TINGKAT_LAMA not in nama else [])


def skema(jenis: str, tingkat: list[str] | None = None) -> dict:
    """The JSON Schema of one kind of content file; ``tingkat``: the levels
    of the folder's organisation (``tingkat_folder``)."""
    peta, judul = JENIS[jenis]
    defs: dict = {}
    akar = peta.json_objek(defs)
    _pilihan_data(defs | {peta.kelas.__name__: akar}, tingkat)
    dokumen = {"$schema": DRAF, "$comment": _CATATAN, "title": f"Berkas {judul}", **akar}
    return dokumen | ({"$defs": defs} if defs else {})


def teks_skema(jenis: str, tingkat: list[str] | None = None) -> str:
    """The schema as written to its file: keys sorted, one layout."""
    return json.dumps(skema(jenis, tingkat), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def jalur_skema(folder: Path, jenis: str) -> Path:
    return Path(folder) / FOLDER_SKEMA / f"{jenis}.json"


def modeline(berkas: Path, folder: Path, jenis: str) -> str:
    """The first line of ``berkas``: its schema, relative to its own folder."""
    relatif = PurePath(os.path.relpath(jalur_skema(folder, jenis), Path(berkas).parent)).as_posix()
    return AWAL_MODELINE + relatif


def pasang_modeline(data: bytes, baris: str) -> bytes:
    """``data`` with ``baris`` as its first line (after a BOM), in place of
    every schema modeline of its leading comments; the rest byte for byte."""
    bom = _BOM if data.startswith(_BOM) else b""
    semua = data[len(bom):].splitlines(keepends=True)
    eol = b"\r\n" if semua and semua[0].endswith(b"\r\n") else b"\n"
    sisa, di_kepala = [], True
    for b in semua:
        isi = b.rstrip(b"\r\n")
        di_kepala = di_kepala and (not isi.strip() or isi.lstrip().startswith(b"#"))
        if not (di_kepala and _RE_MODELINE.fullmatch(isi)):
            sisa.append(b)
    return bom + baris.encode("utf-8") + eol + b"".join(sisa)


def _tulis_bila_beda(berkas: Path, data: bytes) -> bool:
    if berkas.is_file() and berkas.read_bytes() == data:
        return False
    berkas.write_bytes(data)
    return True


def tulis_skema(folder: Path) -> list[Path]:
    """Write the schemas into ``folder/.skema/`` and the modeline of every
    content file of ``folder``; return the files changed (none on a rerun).
    Symbolic links are left alone: the file they name may lie elsewhere."""
    folder = Path(folder)
    (folder / FOLDER_SKEMA).mkdir(exist_ok=True)
    diubah = []
    daftar = konten.berkas_konten(folder)
    tingkat = tingkat_folder(folder)
    for jenis, berkas_jenis in daftar.items():
        tujuan = jalur_skema(folder, jenis)
        if _tulis_bila_beda(tujuan, teks_skema(jenis, tingkat).encode("utf-8")):
            diubah.append(tujuan)
        for berkas in berkas_jenis:
            if berkas.is_symlink() or not berkas.is_file():
                continue
            if _tulis_bila_beda(berkas, pasang_modeline(berkas.read_bytes(), modeline(berkas, folder, jenis))):
                diubah.append(berkas)
    return diubah
