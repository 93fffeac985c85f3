"""Domain checks of the signers' offices against the kind of Perangkat
Daerah: a decree and an LKjIP are signed by the head of the organisation
(a Dinas by its Kepala Dinas, a Keputusan Bupati by the Bupati), and a
unit's annex by the head of its level (a Bidang by a Kepala Bidang)
(Permendagri 1/2023 on tata naskah dinas: naskah dinas are signed by the
official who holds the authority)."""

from __future__ import annotations

from ...dasar import organisasi as org
from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa


def periksa_jabatan(konten: m.Konten, p: Pemeriksa) -> None:
    ins = konten.instansi
    kepala = ins.kepala.jabatan if ins.kepala is not None else org.label_kepala(ins)
    if kepala is not None:
        sebut = f"kepala {org.jenis_instansi(ins).label}"
        for kep in konten.keputusan:
            _cocok(kep.penandatangan, "penandatangan", kepala, f"keputusan {sebut}", p)
            if "pejabat" in kep.lokasi_bidang and not org.cocok_jabatan(kep.pejabat, kepala):
                p.peringatan(kep.lokasi_dari("pejabat"), "pejabat",
                             f"pejabat '{kep.pejabat}' bukan {kepala}: keputusan {sebut} ditetapkan oleh {kepala} "
                             f"(jenis: {ins.jenis} di instansi.yaml)", "jabatan-jenis")
        for lk in konten.lkjip:
            _cocok(lk.penandatangan, "penandatangan", kepala, f"LKjIP {sebut}", p)
    tingkat = org.tingkat(ins)
    for unit in konten.unit.values():
        t = tingkat.get(unit.tingkat)
        harap = kepala if unit.tingkat == org.akar(ins) else (t.kepala if t is not None else None)
        if harap is not None:
            _cocok(unit.penandatangan, "penandatangan", harap, f"lampiran unit tingkat {unit.tingkat}", p)


def _cocok(ttd: m.Penandatangan, jalur: str, harap: str, naskah: str, p: Pemeriksa) -> None:
    if org.cocok_jabatan(ttd.jabatan, harap):
        return
    p.peringatan(ttd.lokasi_dari("jabatan"), f"{jalur}.jabatan",
                 f"jabatan '{ttd.jabatan}' bukan {harap}: {naskah} ditandatangani {harap} "
                 "(periksa jenis dan tingkat di instansi.yaml, atau tulis Plt./Plh./Pj. di prefiks)", "jabatan-jenis")
