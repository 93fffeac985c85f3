"""Domain checks of the Perjanjian Kinerja (PermenPAN-RB 53/2014):

* a target that differs from the IKU target of the year states why
  (``alasan``), else a warning names both values;
* a Rencana Aksi has four quarters; for a cumulative indicator TW IV is the
  year's target, for a non-cumulative one the four quarters add up to it;
* a pagu is more than Rp0;
* the second party is the superior by the organisation (warning otherwise);
* a PK awal is signed between January and March of its year (a later one is
  a PK Perubahan); warning otherwise.

Run after ``periksa.pk``, which reports unknown ids: unknown units and
indicators are skipped here.
"""

from __future__ import annotations

from decimal import Decimal

from ...dasar import format as fmt
from ...dasar import organisasi as org
from ...muat import model as m
from ...muat.model_pk import Pk, PkUnit, RencanaAksi
from ...muat.pemeriksa import Pemeriksa

TRIWULAN = 4
#: The months a PK awal is signed in: soon after the budget (DPA) is set.
BULAN_PK = range(1, 4)


def periksa_aturan_pk(konten: m.Konten, p: Pemeriksa) -> None:
    for pk in konten.pk:
        _tanggal(pk, pk.ditetapkan, "ditetapkan.tanggal", "", p)
        for uid, isi in pk.unit.items():
            unit = konten.unit.get(uid)
            if unit is None or pk.tahun not in unit.periode.tahun:
                continue
            _target(pk, uid, isi, unit, p)
            _rencana_aksi(pk, uid, isi, unit, p)
            _pagu(uid, isi, p)
            _pihak_kedua(uid, isi, org.atasan(unit, konten), p)
            if isi.ditetapkan is not None:
                _tanggal(pk, isi.ditetapkan, f"unit.{uid}.ditetapkan.tanggal", f" ({uid})", p)


def _indikator(unit: m.Unit) -> dict[str, m.Indikator]:
    return {i.id: i for i in unit.semua_indikator()}


def _target(pk: Pk, uid: str, isi: PkUnit, unit: m.Unit, p: Pemeriksa) -> None:
    per_id = _indikator(unit)
    for iid, t in isi.target.items():
        ind = per_id.get(iid)
        iku = ind.target.get(pk.tahun) if ind else None
        if ind is None or iku is None or t.alasan or t.nilai.angka == iku.angka:
            continue
        p.peringatan(t.lokasi_dari("nilai"), f"unit.{uid}.target.{iid}.nilai",
                     f"target PK {pk.tahun} indikator '{iid}' {t.nilai.tampil()} berbeda dari target IKU {pk.tahun} "
                     f"{iku.tampil()}; tulis alasannya di alasan", "pk-target")


def _rencana_aksi(pk: Pk, uid: str, isi: PkUnit, unit: m.Unit, p: Pemeriksa) -> None:
    per_id = _indikator(unit)
    for iid, ra in isi.rencana_aksi.items():
        ind = per_id.get(iid)
        if ind is None:
            continue
        target = isi.target[iid].nilai if iid in isi.target else ind.target.get(pk.tahun)
        pesan = alasan_rencana_aksi(ra, target)
        if pesan:
            p.galat(ra.lokasi_dari("tw"), f"unit.{uid}.rencana_aksi.{iid}.tw", f"Rencana Aksi '{iid}': {pesan}", "rencana-aksi")


def alasan_rencana_aksi(ra: RencanaAksi, target) -> str | None:
    """Why the quarters do not match the year's target, or None."""
    if len(ra.tw) != TRIWULAN:
        return f"harus berisi {TRIWULAN} nilai (TW I sampai TW IV), tertulis {len(ra.tw)}"
    if target is None:
        return None
    if ra.kumulatif:
        if ra.tw[-1].angka != target.angka:
            return (f"TW IV {ra.tw[-1].tampil()} harus sama dengan target tahunan {target.tampil()} (kumulatif); "
                    "bila nilai tiap triwulan berdiri sendiri, tulis kumulatif: tidak")
        return None
    jumlah = sum((v.angka for v in ra.tw), Decimal(0))
    if jumlah != target.angka:
        return (f"jumlah TW I sampai TW IV {fmt.angka(jumlah)} harus sama dengan target tahunan {target.tampil()} "
                "(tidak kumulatif); bila nilai triwulan adalah capaian sampai triwulan itu, tulis kumulatif: ya")
    return None


def _pagu(uid: str, isi: PkUnit, p: Pemeriksa) -> None:
    for i, prog in enumerate(isi.anggaran, start=1):
        for j, keg in enumerate(prog.kegiatan, start=1):
            if keg.pagu <= 0:
                p.galat(keg.lokasi_dari("pagu"), f"unit.{uid}.anggaran[{i}].kegiatan[{j}].pagu",
                        f"pagu kegiatan '{keg.nama}' harus lebih dari Rp0", "pagu")


def _normal(teks: str) -> str:
    return " ".join(teks.split()).rstrip(",").strip().casefold()


def _pihak_kedua(uid: str, isi: PkUnit, bawaan: m.Penandatangan | None, p: Pemeriksa) -> None:
    """A second party written by hand is the superior the organisation gives."""
    ditulis = isi.pihak_kedua
    if ditulis is None:
        return
    jalur = f"unit.{uid}.pihak_kedua.jabatan"
    if bawaan is None:
        p.peringatan(ditulis.lokasi_dari("jabatan"), jalur, f"PK {uid} adalah PK pemerintah daerah yang ditandatangani "
                     "satu pihak; pihak_kedua tidak dicetak", "pk-pihak-kedua")
    elif _normal(ditulis.jabatan) != _normal(bawaan.jabatan):
        p.peringatan(ditulis.lokasi_dari("jabatan"), jalur,
                     f"pihak kedua PK {uid} '{ditulis.jabatan}' bukan atasan kepala unit menurut organisasi "
                     f"('{bawaan.jabatan}'); periksa jabatannya", "pk-pihak-kedua")


def _tanggal(pk: Pk, ditetapkan: m.Ditetapkan, jalur: str, unit: str, p: Pemeriksa) -> None:
    """A PK awal is signed in the first three months of its year."""
    t = ditetapkan.tanggal
    if pk.perubahan or (t.tahun == pk.tahun and t.bulan in BULAN_PK):
        return
    p.peringatan(ditetapkan.lokasi_dari("tanggal"), jalur,
                 f"{pk.nama}{unit} ditandatangani {t.teks}; PK awal tahun ditandatangani Januari sampai Maret "
                 f"{pk.tahun}, setelah DPA ditetapkan. Bila ini perubahan, tulis di berkas tersendiri dengan "
                 "perubahan: 1", "pk-tanggal")
