"""Stage 2b: the organisation's structure against its kind of Perangkat
Daerah: the levels content adds or overrides, what a kind without defaults
(``lainnya``) must name, each unit's and sub_unit's level, and that every
unit and sub_unit holds sasaran."""

from __future__ import annotations

from ..dasar import organisasi as org
from ..dasar.jenis import PILIHAN
from ..muat import model as m
from ..muat.pemeriksa import Pemeriksa, saran


def periksa_organisasi(konten: m.Konten, p: Pemeriksa) -> None:
    ins = konten.instansi
    _instansi(ins, p)
    tingkat = org.tingkat(ins)
    for unit in konten.unit.values():
        if unit.tingkat not in tingkat:
            pilihan = list(tingkat)
            p.galat(unit.lokasi_dari("tingkat"), "tingkat",
                    f"tingkat '{unit.tingkat}' tidak dikenal untuk jenis {ins.jenis} (pilihan: {', '.join(pilihan)}; "
                    f"tingkat lain ditulis di instansi.yaml, bagian tingkat){saran(unit.tingkat, pilihan)}", "pilihan")
        if not unit.semua_sasaran():
            p.galat(unit.lokasi, "sasaran", "unit wajib memiliki sasaran, sendiri (sasaran) atau pada sub_unit", "wajib")
        _sub_unit(unit.tingkat, unit.sub_unit, "", tingkat, p)


def _instansi(ins: m.Instansi, p: Pemeriksa) -> None:
    """What a kind without a default requires, the levels content names,
    and a setting that does not apply to the kind."""
    tingkat = org.tingkat(ins)
    if ins.kepala is None and org.jenis_instansi(ins).kepala_jabatan is None:
        p.galat(ins.lokasi, "kepala", f"jenis {ins.jenis} tidak memiliki jabatan kepala bawaan; tulis kepala: {{jabatan: ...}}", "wajib")
    for nama, t in tingkat.items():
        isi = ins.tingkat.get(nama)
        tempat = isi.lokasi if isi is not None else ins.lokasi_dari("tingkat") or ins.lokasi
        if not t.label:
            p.galat(tempat, f"tingkat.{nama}.label",
                    f"tingkat '{nama}' belum bersebutan; tulis tingkat: {{{nama}: {{label: ...}}}} di instansi.yaml", "wajib")
        for anak in t.anak:
            if anak not in tingkat:
                p.galat(isi.lokasi_dari("anak") if isi is not None else tempat, f"tingkat.{nama}.anak",
                        f"tingkat '{anak}' tidak ada; pilihan: {', '.join(tingkat)}{saran(anak, list(tingkat))}", "rujukan")
    peng = ins.pengaturan
    if "ttd_kepala_pangkat_nip" in peng.lokasi_bidang and org.jenis_instansi(ins).pangkat_nip != PILIHAN:
        p.peringatan(peng.lokasi_dari("ttd_kepala_pangkat_nip"), "pengaturan.ttd_kepala_pangkat_nip",
                     f"pengaturan ini hanya berlaku bagi kepala yang boleh menandatangani tanpa pangkat dan NIP "
                     f"(Sekretaris Daerah, Permendagri 1/2023 Pasal 44); jenis {ins.jenis} tidak memakainya: hapus baris ini",
                     "tidak-berlaku")


def _sub_unit(induk: str | None, daftar: list[m.SubUnit], jalur: str, tingkat: dict, p: Pemeriksa) -> None:
    """Each sub_unit: a level of the organisation below its parent's, with
    sasaran of its own or below it."""
    for i, sub in enumerate(daftar, start=1):
        di = f"{jalur}sub_unit[{i}]"
        anak = tingkat[induk].anak if induk in tingkat else ()
        if sub.tingkat is None:
            if induk in tingkat:
                p.galat(sub.lokasi, f"{di}.tingkat",
                        f"tingkat '{induk}' tidak memiliki tingkat di bawahnya; tulis tingkat sub_unit ini, "
                        f"atau tambahkan tingkat.{induk}.anak di instansi.yaml", "wajib")
        elif sub.tingkat not in tingkat:
            p.galat(sub.lokasi_dari("tingkat"), f"{di}.tingkat",
                    f"tingkat '{sub.tingkat}' tidak dikenal; pilihan: {', '.join(anak or tingkat)}"
                    f"{saran(sub.tingkat, list(tingkat))}", "pilihan")
        elif induk in tingkat and sub.tingkat not in anak:
            p.peringatan(sub.lokasi_dari("tingkat"), f"{di}.tingkat",
                         f"tingkat '{sub.tingkat}' bukan tingkat di bawah '{induk}' "
                         f"({', '.join(anak) or 'tidak ada'}); periksa tingkatnya", "struktur")
        if not sub.sasaran and not sub.sub_unit:
            p.galat(sub.lokasi, f"{di}.sasaran", f"sub_unit '{sub.nama}' wajib memiliki sasaran atau sub_unit", "wajib")
        _sub_unit(sub.tingkat, sub.sub_unit, f"{di}.", tingkat, p)
