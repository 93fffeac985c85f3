"""Stage 2: read the content folder into the model (load + schema).

Layout of a content folder::

    instansi.yaml        the Pemda, its Perangkat Daerah (jenis, nama), letterhead, settings
    keputusan.yaml       the decree (or several files under keputusan/)
    unit/*.yaml          one file per unit (the Perangkat Daerah's own table, each Bidang or Bagian)
    realisasi/*.yaml     the realisasi of a year (indicators, budget)
    lkjip/...            the LKjIP of a year
    pk/*.yaml            the Perjanjian Kinerja of a year, and its PK Perubahan

All problems of all files are collected and raised together; the defaults
of the kind of Perangkat Daerah are filled in last (``lengkap``).
"""

from __future__ import annotations

from pathlib import Path

from . import model as m
from . import model_pk
from ..dasar.galat import KontenError, Lokasi
from .lengkap import lengkapi
from .pemeriksa import Pemeriksa
from .skema import GAGAL
from .wadah import Peta
from .yaml_lokasi import muat_yaml

# One schema per kind of file, derived from the model.
INSTANSI = Peta(m.Instansi)
KEPUTUSAN = Peta(m.Keputusan)
UNIT = Peta(m.Unit)
REALISASI = Peta(m.Realisasi)
LKJIP = Peta(m.Lkjip)
PK = Peta(model_pk.Pk)


def _baca(berkas: Path, folder: Path, skema: Peta, p: Pemeriksa) -> object:
    try:
        akar = muat_yaml(berkas, folder)
    except KontenError as exc:
        p.masalah.extend(exc.masalah)
        return GAGAL
    return skema.baca(akar, "", p)


def berkas_konten(folder: Path) -> dict[str, list[Path]]:
    """The content files of a folder, by kind, in a stable order."""
    folder = Path(folder)
    keputusan = [folder / "keputusan.yaml"] if (folder / "keputusan.yaml").exists() else []
    keputusan += sorted((folder / "keputusan").glob("*.yaml"))
    lkjip = sorted((folder / "lkjip").glob("*.yaml")) + sorted((folder / "lkjip").glob("*/lkjip.yaml"))
    return {
        "instansi": [folder / "instansi.yaml"],
        "keputusan": keputusan,
        "unit": sorted((folder / "unit").glob("*.yaml")),
        "realisasi": sorted((folder / "realisasi").glob("*.yaml")),
        "lkjip": lkjip,
        "pk": sorted((folder / "pk").glob("*.yaml")),
    }


def muat_konten(folder: Path) -> tuple[m.Konten | None, Pemeriksa]:
    """Read and schema-check every content file of ``folder``.

    Returns the model (None when a file could not be read) and the checker
    holding every problem found.
    """
    folder = Path(folder)
    p = Pemeriksa()
    if not folder.is_dir():
        p.galat(Lokasi(folder), "", "folder konten tidak ditemukan; sebutkan dengan --konten FOLDER", "berkas-hilang")
        return None, p
    daftar = berkas_konten(folder)
    instansi = _baca(daftar["instansi"][0], folder, INSTANSI, p)
    if not daftar["keputusan"]:
        p.galat(Lokasi(folder / "keputusan.yaml"), "", "berkas keputusan tidak ditemukan (keputusan.yaml atau keputusan/*.yaml)", "berkas-hilang")
    keputusan = []
    for berkas in daftar["keputusan"]:
        k = _baca(berkas, folder, KEPUTUSAN, p)
        if k is not GAGAL:
            k.berkas = berkas
            keputusan.append(k)
    unit: dict[str, m.Unit] = {}
    for berkas in daftar["unit"]:
        u = _baca(berkas, folder, UNIT, p)
        if u is GAGAL:
            continue
        u.berkas = berkas
        if u.id in unit:
            p.galat(u.lokasi_dari("id"), "id", f"id unit '{u.id}' sudah dipakai di {unit[u.id].berkas.name}", "id-ganda")
            continue
        unit[u.id] = u
    realisasi: dict[int, m.Realisasi] = {}
    for berkas in daftar["realisasi"]:
        r = _baca(berkas, folder, REALISASI, p)
        if r is GAGAL:
            continue
        r.berkas = berkas
        if r.tahun in realisasi:
            p.galat(r.lokasi_dari("tahun"), "tahun", f"realisasi tahun {r.tahun} sudah ditulis di {realisasi[r.tahun].berkas.name}", "id-ganda")
            continue
        realisasi[r.tahun] = r
    lkjip = []
    for berkas in daftar["lkjip"]:
        lk = _baca(berkas, folder, LKJIP, p)
        if lk is not GAGAL:
            lk.berkas = berkas
            lkjip.append(lk)
    pk = _muat_pk(daftar["pk"], folder, p)
    if instansi is GAGAL or p.ada_galat:
        return None, p
    konten = m.Konten(
        folder=folder, instansi=instansi, keputusan=keputusan, unit=unit, realisasi=realisasi, lkjip=lkjip, pk=pk
    )
    lengkapi(konten, p)
    return konten, p


def _muat_pk(daftar: list[Path], folder: Path, p: Pemeriksa) -> list[model_pk.Pk]:
    """The PK files, by year and perubahan; one file per (year, perubahan)."""
    hasil: dict[tuple[int, int], model_pk.Pk] = {}
    for berkas in daftar:
        pk = _baca(berkas, folder, PK, p)
        if pk is GAGAL:
            continue
        pk.berkas = berkas
        lain = hasil.setdefault((pk.tahun, pk.perubahan), pk)
        if lain is not pk:
            p.galat(pk.lokasi_dari("perubahan" if pk.perubahan else "tahun"), "perubahan" if pk.perubahan else "tahun",
                    f"{pk.nama} sudah ditulis di pk/{lain.berkas.name}; satu berkas untuk setiap PK", "id-ganda")
    return [hasil[k] for k in sorted(hasil)]
