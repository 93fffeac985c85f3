"""A synthetic content folder N times the example, for timing naskah at the
scale of a Pemda: every unit copied N-1 times with new ids (its indicators
too), named in the decree's annexes and in each LKjIP that names the
original, with the original's realisasi, narratives and Perjanjian Kinerja
entries copied under the new ids.  Each copy's unit and indicator names and
narratives carry its number, so that no copy shares a chart, a table or a
narrative with another (as distinct units would not).  The result is valid for
``naskah periksa`` when the example is.  Deterministic: no random numbers.

    python bench/bench.py --buat-skala N FOLDER

Files are read and written with PyYAML (the copies lose their comments;
the example's own files are copied as they are).  The renaming does not
know the layout of a unit (eselon_ii/iii/iv or sasaran/sub_unit): every
``id`` value that is a unit or indicator id, and every mapping key equal
to one, is renamed wherever it stands.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import yaml

from generator.muat.konten import berkas_konten


def _baca(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _tulis(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def _ganti(nilai: Any, peta: dict[str, str]) -> Any:
    """``nilai`` with every ``id`` value and every mapping key that is an
    old id replaced by its new id, at any depth."""
    if isinstance(nilai, dict):
        return {
            peta.get(k, k) if isinstance(k, str) else k: peta.get(v, v) if k == "id" and isinstance(v, str) else _ganti(v, peta)
            for k, v in nilai.items()
        }
    if isinstance(nilai, list):
        return [_ganti(v, peta) for v in nilai]
    return nilai


def _peta_peta(nilai: Any) -> Iterator[dict]:
    """Every mapping in ``nilai``, at any depth."""
    if isinstance(nilai, dict):
        yield nilai
        nilai = list(nilai.values())
    if isinstance(nilai, list):
        for v in nilai:
            yield from _peta_peta(v)


def _id_indikator(nilai: Any) -> list[str]:
    """The ids of the indicators in a unit file: each mapping with ``id``
    and ``target``."""
    return [p["id"] for p in _peta_peta(nilai) if isinstance(p.get("id"), str) and "target" in p]


def _id_kegiatan(nilai: Any) -> list[str]:
    """The ids of the kegiatan of a Perjanjian Kinerja's unit entry: each
    mapping with ``id`` and ``pagu``."""
    return [p["id"] for p in _peta_peta(nilai) if isinstance(p.get("id"), str) and "pagu" in p]


def _salin_unit(tujuan: Path, unit: dict[str, dict], k: int) -> dict[str, str]:
    """Copy ``k`` of every unit; returns old id -> new id (units and indicators)."""
    peta: dict[str, str] = {}
    for uid, isi in unit.items():
        peta[uid] = f"{uid}-s{k}"
        for iid in _id_indikator(isi):
            peta[iid] = f"{iid}-s{k}"
    for uid, isi in unit.items():
        salinan = _ganti(isi, peta)
        salinan["nama"] = f"{isi['nama']} {k}"
        for ind in _peta_peta(salinan):
            if isinstance(ind.get("id"), str) and "target" in ind:
                ind["nama"] = f"{ind['nama']} ({k})"  # every copy its own charts and tables, as distinct units have
        _tulis(tujuan / "unit" / f"{peta[uid]}.yaml", salinan)
    return peta


def _perbesar_lkjip(tujuan: Path, lk_path: Path, peta_semua: list[dict[str, str]]) -> None:
    """Each copy of a unit the report names is named too, with its own copy
    of the unit's analysis narrative."""
    lk = _baca(lk_path)
    asli = list(lk.get("unit") or [])
    analisis = ((lk.get("narasi") or {}).get("analisis")) or {}
    pk = lk.get("perjanjian_kinerja")
    for peta in peta_semua:
        lk["unit"] += [peta[u] for u in asli]
        for uid, md in list(analisis.items()):
            if uid not in asli:
                continue
            baru = Path(md).with_name(f"{Path(md).stem}{peta[uid][len(uid):]}.md").as_posix()
            teks = (tujuan / md).read_text(encoding="utf-8")
            (tujuan / baru).write_text(f"{teks.rstrip()}\n\nSalinan ke-{peta[uid][len(uid) + 2:]} untuk uji kecepatan.\n",
                                       encoding="utf-8")
            analisis[peta[uid]] = baru
        if isinstance(pk, dict):  # per-indicator targets (before the Perjanjian Kinerja files)
            pk.update({peta[i]: v for i, v in list(pk.items()) if i in peta})
    _tulis(lk_path, lk)


def _perbesar_pk(tujuan: Path, peta_semua: list[dict[str, str]]) -> dict[str, str]:
    """Each Perjanjian Kinerja file (konten/pk/) gets the copies of its units,
    their kegiatan under new ids; returns old -> new kegiatan ids of every copy
    (prefixed by the copy) for the realisasi anggaran."""
    kegiatan: dict[str, str] = {}
    for path in berkas_konten(tujuan).get("pk") or sorted((tujuan / "pk").glob("*.yaml")):
        pk = _baca(path)
        unit = pk.get("unit") if isinstance(pk, dict) else None
        if not isinstance(unit, dict):
            continue
        asli = dict(unit)
        for k, peta in enumerate(peta_semua, start=2):
            for uid, isi in asli.items():
                if uid not in peta:
                    continue
                keg = {i: f"{i}-s{k}" for i in _id_kegiatan(isi)}
                kegiatan.update({f"{k}:{i}": b for i, b in keg.items()})
                unit[peta[uid]] = _ganti(isi, {**peta, **keg})
        _tulis(path, pk)
    return kegiatan


def _perbesar_realisasi(tujuan: Path, peta_semua: list[dict[str, str]], kegiatan: dict[str, str]) -> None:
    for path in berkas_konten(tujuan)["realisasi"]:
        r = _baca(path)
        ind = r.get("indikator") or {}
        for peta in peta_semua:
            ind.update({peta[i]: v for i, v in list(ind.items()) if i in peta})
        anggaran = r.get("anggaran")
        if isinstance(anggaran, dict):
            for kunci, baru in kegiatan.items():
                lama = kunci.split(":", 1)[1]
                if lama in anggaran:
                    anggaran[baru] = anggaran[lama]
        _tulis(path, r)


def buat_skala(konten: Path, tujuan: Path, n: int) -> Path:
    """Write the content of ``konten`` ``n`` times over into ``tujuan`` (a
    new folder); returns ``tujuan``."""
    if n < 1:
        raise ValueError("kelipatan paling kecil 1")
    konten, tujuan = Path(konten), Path(tujuan)
    shutil.copytree(konten, tujuan, ignore=shutil.ignore_patterns(".skema"))
    berkas = berkas_konten(tujuan)
    unit = {}
    for path in berkas["unit"]:
        isi = _baca(path)
        unit[isi["id"]] = isi
    peta_semua = [_salin_unit(tujuan, unit, k) for k in range(2, n + 1)]
    for path in berkas["keputusan"]:
        kep = _baca(path)
        asli = list(kep["lampiran"])
        kep["lampiran"] = asli + [peta[u] for peta in peta_semua for u in asli]
        _tulis(path, kep)
    for path in berkas["lkjip"]:
        _perbesar_lkjip(tujuan, path, peta_semua)
    kegiatan = _perbesar_pk(tujuan, peta_semua)
    _perbesar_realisasi(tujuan, peta_semua, kegiatan)
    return tujuan
