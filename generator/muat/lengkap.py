"""Stage 2: the defaults that depend on the kind of Perangkat Daerah, filled
into the model once every file is read (``muat_konten``): the paraf list,
the level of a sub_unit that names none, and the parts of a decree the
content leaves out (pejabat, tentang, Menimbang, Mengingat, Menetapkan,
diktum). Content written before ``jenis`` existed is read as a Sekretariat
Daerah, with a warning, and its ``tingkat: sekretariat`` as the root level.

Problems of the structure itself (a level the kind does not know) are left
for ``periksa.validasi``: here a value that cannot be completed stays as it
is.
"""

from __future__ import annotations

from ..dasar import organisasi as org
from ..dasar.jenis import JENIS, JENIS_BAWAAN, kalimat_keputusan
from . import model as m
from .pemeriksa import JENIS_KOSONG, KUNCI_LAMA, Pemeriksa

#: The old name of the root level (content written for a Sekretariat Daerah only).
TINGKAT_LAMA = "sekretariat"


def lengkapi(konten: m.Konten, p: Pemeriksa) -> None:
    """Fill the kind's defaults into ``konten`` (see the module's docstring)."""
    ins = konten.instansi
    if "jenis" not in ins.lokasi_bidang:
        p.peringatan(
            ins.lokasi, "jenis",
            f"jenis perangkat daerah belum ditulis; dibaca sebagai '{JENIS_BAWAAN}'. Tulis misalnya "
            f"'jenis: {JENIS_BAWAAN}' di instansi.yaml (pilihan: {', '.join(JENIS)})",
            JENIS_KOSONG,
        )
    ins.pengaturan.paraf_koordinasi = org.paraf(ins)
    tingkat = org.tingkat(ins)
    for unit in konten.unit.values():
        if unit.tingkat == TINGKAT_LAMA and ins.jenis == JENIS_BAWAAN and TINGKAT_LAMA not in tingkat:
            akar = org.akar(ins)
            p.peringatan(
                unit.lokasi_dari("tingkat"), "tingkat",
                f"tingkat lama '{TINGKAT_LAMA}': sekarang bernama '{akar}' (tingkat akar); ganti menjadi 'tingkat: {akar}'",
                KUNCI_LAMA,
            )
            unit.tingkat = akar
        _tingkat_sub_unit(ins, unit.tingkat, unit.sub_unit)
    for kep in konten.keputusan:
        _keputusan(kep, konten)


def _tingkat_sub_unit(ins: m.Instansi, induk: str | None, daftar: list[m.SubUnit]) -> None:
    """A sub_unit without ``tingkat`` takes the first level below its parent's."""
    for sub in daftar:
        if sub.tingkat is None and induk is not None:
            sub.tingkat = org.anak_bawaan(ins, induk)
        _tingkat_sub_unit(ins, sub.tingkat, sub.sub_unit)


def _periode(kep: m.Keputusan, konten: m.Konten) -> str | None:
    """The years of the decree's annexed units (of every unit when it
    annexes none): "2021-2026"."""
    unit = [konten.unit[u] for u in kep.lampiran if u in konten.unit] or list(konten.unit.values())
    if not unit:
        return None
    return f"{min(u.periode.awal for u in unit)}-{max(u.periode.akhir for u in unit)}"


def _keputusan(kep: m.Keputusan, konten: m.Konten) -> None:
    """The parts of the decree the content leaves out, from the kind's data."""
    ins = konten.instansi
    kal = kalimat_keputusan()
    periode = _periode(kep, konten)
    medan = {"nama_lengkap": org.nama_lengkap(ins), "periode": periode or ""}
    if not kep.pejabat:
        kep.pejabat = org.jabatan_kepala(ins)
    medan["pejabat"] = kep.pejabat
    if not kep.tentang:
        kep.tentang = kal["tentang"]["dengan_periode" if periode else "tanpa_periode"].format_map(medan)
    medan["tentang"] = kep.tentang
    if not kep.menimbang:
        kep.menimbang = [b.format_map(medan) for b in kal["menimbang"]["butir"]]
    if not kep.mengingat:
        butir = org.jenis_instansi(ins).mengingat
        kep.mengingat = [b + ("." if i == len(butir) else ";") for i, b in enumerate(butir, start=1)]
    if not kep.menetapkan:
        kep.menetapkan = kal["menetapkan"]["teks"].format_map(medan)
    if not kep.diktum:
        kep.diktum = [b.format_map(medan) for b in kal["diktum"]["butir"]]
