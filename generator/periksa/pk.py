"""Stage 2b for the Perjanjian Kinerja: what its ids refer to.

Every unit of a PK exists and has the PK's year in its IKU period; every
indicator named in ``target``, ``tanpa`` and ``rencana_aksi`` is one of the
unit's; a kegiatan id is used once per PK file, and the realisasi anggaran
of a year names kegiatan of that year's PKs. A final PK has a full date.
The old LKjIP keys that moved to the PK say where their content goes.
"""

from __future__ import annotations

from ..muat import model as m
from ..muat.model_pk import Pk, PkUnit
from ..muat.pemeriksa import Pemeriksa, saran


def periksa_pk(konten: m.Konten, p: Pemeriksa) -> None:
    """Add to ``p`` every reference problem of the PK files and of the realisasi anggaran."""
    milik = {i.id: u for u, i in konten.semua_indikator()}
    for pk in konten.pk:
        kegiatan: dict[str, str] = {}
        for uid, isi in pk.unit.items():
            if _unit(pk, uid, konten, p):
                _indikator(pk, uid, isi, konten.unit[uid], milik, p)
            _kegiatan(uid, isi, kegiatan, p)
            _final(pk, uid, isi, p)
        if pk.perubahan and not any(x.tahun == pk.tahun and x.perubahan < pk.perubahan for x in konten.pk):
            p.peringatan(pk.lokasi_dari("perubahan"), "perubahan",
                         f"{pk.nama}: belum ada PK {pk.tahun} sebelumnya di folder pk/ yang digantikannya", "pk-perubahan")
    _unit_tanpa_pk(konten, p)
    _realisasi_anggaran(konten, p)
    for lk in konten.lkjip:
        _lkjip_usang(lk, p)


def _unit(pk: Pk, uid: str, konten: m.Konten, p: Pemeriksa) -> bool:
    tempat = pk.lokasi_bidang.get(f"unit.{uid}#kunci", pk.lokasi_dari("unit"))
    if uid not in konten.unit:
        p.galat(tempat, f"unit.{uid}", f"unit '{uid}' tidak ada di folder unit/{saran(uid, list(konten.unit))}", "rujukan")
        return False
    unit = konten.unit[uid]
    if pk.tahun not in unit.periode.tahun:
        p.galat(tempat, f"unit.{uid}",
                f"{pk.nama}: tahun {pk.tahun} di luar periode IKU {unit.nama} {unit.periode.awal}-{unit.periode.akhir}",
                "tahun-periode")
        return False
    return True


def _indikator(pk: Pk, uid: str, isi: PkUnit, unit: m.Unit, milik: dict[str, m.Unit], p: Pemeriksa) -> None:
    """The indicators named in ``target``, ``tanpa`` and ``rencana_aksi`` are the unit's."""
    punya = [i.id for i in unit.semua_indikator()]
    for bidang in ("target", "tanpa", "rencana_aksi"):
        for iid in getattr(isi, bidang):
            jalur = f"unit.{uid}.{bidang}.{iid}"
            tempat = isi.lokasi_bidang.get(f"{bidang}.{iid}#kunci", isi.lokasi_dari(bidang))
            if iid in punya:
                if bidang != "tanpa" and iid in isi.tanpa:
                    p.galat(tempat, jalur, f"indikator '{iid}' ditulis juga di tanpa (tidak dimuat PK ini); hapus salah satunya",
                            "pk-tanpa")
                continue
            lain = f"; indikator itu milik unit '{milik[iid].id}'" if iid in milik else saran(iid, punya)
            p.galat(tempat, jalur, f"indikator '{iid}' bukan indikator IKU {unit.nama}{lain}", "rujukan")


def _kegiatan(uid: str, isi: PkUnit, dilihat: dict[str, str], p: Pemeriksa) -> None:
    """A kegiatan id once per PK file: realisasi anggaran refers to it."""
    for i, prog in enumerate(isi.anggaran, start=1):
        for j, keg in enumerate(prog.kegiatan, start=1):
            jalur = f"unit.{uid}.anggaran[{i}].kegiatan[{j}].id"
            if keg.id in dilihat:
                p.galat(keg.lokasi_dari("id"), jalur, f"id kegiatan '{keg.id}' sudah dipakai di unit '{dilihat[keg.id]}'; "
                        "setiap kegiatan memerlukan id sendiri", "id-ganda")
            dilihat.setdefault(keg.id, uid)


def _final(pk: Pk, uid: str, isi: PkUnit, p: Pemeriksa) -> None:
    """A final PK is dated in full: the day is written when it is signed."""
    ditetapkan = isi.ditetapkan or pk.ditetapkan
    if (isi.status or pk.status) == "final" and ditetapkan.tanggal.hari is None:
        tempat = ditetapkan.lokasi_dari("tanggal")
        jalur = f"unit.{uid}.ditetapkan.tanggal" if isi.ditetapkan else "ditetapkan.tanggal"
        p.galat(tempat, jalur, f"PK {uid} berstatus final wajib bertanggal lengkap (dengan hari), misalnya 3 Januari "
                f"{pk.tahun}; atau tulis status: konsep", "final")


def _unit_tanpa_pk(konten: m.Konten, p: Pemeriksa) -> None:
    """A unit whose IKU covers the year of a PK awal but that has no PK in it."""
    for pk in (x for x in konten.pk if x.perubahan == 0):
        kurang = [u.id for u in konten.unit.values() if pk.tahun in u.periode.tahun and u.id not in pk.unit]
        if kurang:
            p.peringatan(pk.lokasi_dari("unit"), "unit",
                         f"{pk.nama}: unit {', '.join(kurang)} belum memiliki Perjanjian Kinerja; tambahkan "
                         "(cukup '{}' bila seluruhnya mengikuti IKU)", "pk-unit-tanpa")


def _realisasi_anggaran(konten: m.Konten, p: Pemeriksa) -> None:
    """The realisasi anggaran of a year names kegiatan of that year's PKs, and stays within the pagu."""
    for tahun, r in konten.realisasi.items():
        pagu = {k.id: k for pk in konten.pk if pk.tahun == tahun for u in pk.unit.values()
                for prog in u.anggaran for k in prog.kegiatan}
        for kid, isi in r.anggaran.items():
            jalur = f"anggaran.{kid}"
            if kid not in pagu:
                p.galat(r.lokasi_bidang.get(f"{jalur}#kunci", isi.lokasi), jalur,
                        f"kegiatan '{kid}' tidak ada di Perjanjian Kinerja {tahun} (pk/*.yaml){saran(kid, list(pagu))}", "rujukan")
            elif isi.realisasi > pagu[kid].pagu:
                p.peringatan(isi.lokasi_dari("realisasi"), f"{jalur}.realisasi",
                             f"realisasi melebihi pagu kegiatan '{pagu[kid].nama}'; periksa angkanya", "anggaran-lebih")


_USANG = {
    "perjanjian_kinerja": "target Perjanjian Kinerja kini ditulis di pk/{tahun}.yaml per unit: "
    "unit.ID_UNIT.target.ID_INDIKATOR: {{nilai: ..., alasan: ...}}",
    "pihak_kedua": "pihak kedua Perjanjian Kinerja kini ditulis di pk/{tahun}.yaml: unit.ID_UNIT.pihak_kedua "
    "(bila tidak ditulis: atasan menurut organisasi)",
    "anggaran": "pagu kini ditulis di pk/{tahun}.yaml (unit.ID_UNIT.anggaran, setiap kegiatan dengan id) dan "
    "realisasinya di realisasi/{tahun}.yaml (anggaran.ID_KEGIATAN.realisasi)",
}


def _lkjip_usang(lk: m.Lkjip, p: Pemeriksa) -> None:
    for kunci, pesan in _USANG.items():
        if getattr(lk, kunci) is not None:
            p.galat(lk.lokasi_bidang.get(f"{kunci}#kunci", lk.lokasi), kunci,
                    f"kunci '{kunci}' tidak dipakai lagi di lkjip.yaml: {pesan.format(tahun=lk.tahun)}; "
                    "pindahkan isinya lalu hapus kunci ini (lihat konten/README.md)", "usang")
