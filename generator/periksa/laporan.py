"""The check report: grouped for people, JSON for machines."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from ..dasar.galat import GALAT, KONFIRMASI, PERINGATAN, Masalah, tampil_berkas

JUDUL = {GALAT: "GALAT", PERINGATAN: "PERINGATAN", KONFIRMASI: "PERLU KONFIRMASI"}
URUTAN = (GALAT, PERINGATAN, KONFIRMASI)


def _kunci(m: Masalah):
    if m.lokasi is None:
        return ("", 0, 0)
    return (tampil_berkas(m.lokasi.berkas), m.lokasi.baris or 0, m.lokasi.kolom or 0)


def hitung_tingkat(daftar: Iterable[Masalah]) -> dict[str, int]:
    jumlah = {t: 0 for t in URUTAN}
    for m in daftar:
        jumlah[m.tingkat] = jumlah.get(m.tingkat, 0) + 1
    return jumlah


def ringkasan(daftar: Iterable[Masalah]) -> str:
    j = hitung_tingkat(daftar)
    return f"{j[GALAT]} galat, {j[PERINGATAN]} peringatan, {j[KONFIRMASI]} perlu konfirmasi."


def teks(daftar: list[Masalah]) -> list[tuple[str, str]]:
    """Lines of the grouped report as (style, text): errors first, then
    warnings, then the readings to confirm; within each, by file and line."""
    baris: list[tuple[str, str]] = []
    for tingkat in URUTAN:
        kelompok = sorted((m for m in daftar if m.tingkat == tingkat), key=_kunci)
        if not kelompok:
            continue
        baris.append((tingkat, f"{JUDUL[tingkat]} ({len(kelompok)})"))
        per_berkas: dict[str, list[Masalah]] = defaultdict(list)
        for m in kelompok:
            per_berkas[_kunci(m)[0]].append(m)
        for berkas, isi in per_berkas.items():
            for m in isi:
                baris.append(("", f"  {m}"))
        baris.append(("", ""))
    baris.append(("ringkasan", ringkasan(daftar)))
    return baris


def json_teks(daftar: list[Masalah]) -> str:
    hasil = {
        "galat": [m.sebagai_dict() for m in sorted((m for m in daftar if m.tingkat == GALAT), key=_kunci)],
        "peringatan": [m.sebagai_dict() for m in sorted((m for m in daftar if m.tingkat == PERINGATAN), key=_kunci)],
        "konfirmasi": [m.sebagai_dict() for m in sorted((m for m in daftar if m.tingkat == KONFIRMASI), key=_kunci)],
        "ringkasan": hitung_tingkat(daftar),
    }
    return json.dumps(hasil, ensure_ascii=False, indent=2)
