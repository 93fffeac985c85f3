"""Every ``perlu_konfirmasi`` note of the content, listed as a reading to
confirm."""

from __future__ import annotations

from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa


def daftar_konfirmasi(konten: m.Konten, p: Pemeriksa) -> None:
    for kep in konten.keputusan:
        _konfirmasi_satu(p, kep.penandatangan, "penandatangan", f"penandatangan keputusan '{kep.id}'")
    for unit in konten.unit.values():
        _konfirmasi_satu(p, unit, "", f"unit '{unit.nama}'")
        _konfirmasi_satu(p, unit.penandatangan, "penandatangan", f"penandatangan {unit.nama}")
        for jalur, _, _, s in unit.sasaran_berjalur():
            _konfirmasi_satu(p, s, jalur, f"kinerja utama '{s.kinerja_utama}'")
            for j, ind in enumerate(s.indikator, start=1):
                _konfirmasi_satu(p, ind, f"{jalur}.indikator[{j}]", f"indikator {ind.id} '{ind.nama}'")
    for tahun, r in sorted(konten.realisasi.items()):
        for iid, isi in r.indikator.items():
            _konfirmasi_satu(p, isi, f"indikator.{iid}", f"realisasi {tahun} indikator {iid}")
        for kid, keg in r.anggaran.items():
            _konfirmasi_satu(p, keg, f"anggaran.{kid}", f"realisasi anggaran {tahun} kegiatan {kid}")
    for lk in konten.lkjip:
        _konfirmasi_satu(p, lk.penandatangan, "penandatangan", f"penandatangan LKjIP '{lk.id}'")
    for pk in konten.pk:
        for uid, isi in pk.unit.items():
            _konfirmasi_satu(p, isi, f"unit.{uid}", f"{pk.nama} unit {uid}")
            for pihak in ("pihak_pertama", "pihak_kedua"):
                if getattr(isi, pihak) is not None:
                    _konfirmasi_satu(p, getattr(isi, pihak), f"unit.{uid}.{pihak}",
                                     f"{pihak.replace('_', ' ')} {pk.nama} unit {uid}")


def _konfirmasi_satu(p: Pemeriksa, obj: m.Berlokasi, jalur: str, subjek: str) -> None:
    catatan = getattr(obj, "perlu_konfirmasi", None)
    if not catatan:
        return
    p.konfirmasi(
        obj.lokasi_dari("perlu_konfirmasi"),
        f"{jalur}.perlu_konfirmasi" if jalur else "perlu_konfirmasi",
        f"perlu konfirmasi ({subjek}): {catatan}",
        kode="perlu-konfirmasi",
    )
