"""Domain checks of the decree text: the enactment date against the number
and the period, Menimbang and Mengingat punctuation (Permendagri 1/2023 on
tata naskah dinas: each Menimbang item begins "bahwa" and ends ";", each
Mengingat item ends ";" and the last ".")."""

from __future__ import annotations

import re

from ...dasar import format as fmt
from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa


def periksa_penetapan(kep: m.Keputusan, konten: m.Konten, p: Pemeriksa) -> None:
    tgl = kep.ditetapkan.tanggal
    lok = kep.ditetapkan.lokasi_dari("tanggal")
    if tgl.tahun != kep.nomor.tahun:
        p.galat(
            lok,
            "ditetapkan.tanggal",
            f"tanggal penetapan {tgl.teks} tidak sesuai tahun nomor keputusan ({kep.nomor.tahun}); "
            "samakan tahun tanggal penetapan dan nomor.tahun",
            "tanggal-nomor",
        )
    unit = [konten.unit[u] for u in kep.lampiran if u in konten.unit]
    if not unit:
        return
    awal = min(u.periode.awal for u in unit)
    akhir = max(u.periode.akhir for u in unit)
    if not awal - 1 <= tgl.tahun <= akhir:
        p.galat(
            lok,
            "ditetapkan.tanggal",
            f"tanggal penetapan {tgl.tahun} di luar periode IKU {awal}-{akhir}; keputusan ditetapkan "
            f"paling awal tahun {awal - 1} dan paling lambat tahun {akhir}: periksa tahun tanggal penetapan",
            "tanggal-periode",
        )


def periksa_menimbang_mengingat(kep: m.Keputusan, p: Pemeriksa) -> None:
    for i, butir in enumerate(kep.menimbang, start=1):
        jalur = f"menimbang[{i}]"
        tempat = kep.lokasi_butir("menimbang", i)
        huruf = fmt.huruf_urut(i)
        teks = butir.strip()
        if not re.match(r"bahwa\b", teks, re.IGNORECASE):
            awal = " ".join(teks.split()[:2])
            p.peringatan(
                tempat,
                jalur,
                f"butir Menimbang huruf {huruf} diawali '{awal}'; setiap butir Menimbang diawali kata 'bahwa'",
                "menimbang",
            )
        if not teks.endswith(";"):
            p.peringatan(
                tempat,
                jalur,
                f"butir Menimbang huruf {huruf} {_akhiran(teks)}; setiap butir Menimbang diakhiri titik koma (;)",
                "menimbang",
            )
    n = len(kep.mengingat)
    for i, butir in enumerate(kep.mengingat, start=1):
        jalur = f"mengingat[{i}]"
        teks = butir.strip()
        harap = "." if i == n else ";"
        if teks.endswith(harap):
            continue
        aturan = "butir terakhir Mengingat diakhiri titik (.)" if i == n else "butir Mengingat selain yang terakhir diakhiri titik koma (;)"
        p.peringatan(
            kep.lokasi_butir("mengingat", i),
            jalur,
            f"butir Mengingat angka {i} {_akhiran(teks)}; {aturan}",
            "mengingat",
        )


def _akhiran(teks: str) -> str:
    if not teks:
        return "kosong"
    akhir = teks[-1]
    if akhir.isalnum() or akhir in ")\"'":
        return "tanpa tanda baca di akhir"
    return f"diakhiri '{akhir}'"
