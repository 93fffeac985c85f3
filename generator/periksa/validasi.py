"""Stage 2b: checks across fields and files, after the schema.

The schema (``skema``) checks each field alone; here we check what only the
whole content shows: references between files, unique ids, target years
against the unit's period.  Every problem carries its file, line and field.
"""

from __future__ import annotations

from pathlib import Path

from ..dasar.pola import PolaError, bagian_pola
from ..dasar.tembolok import Tembolok
from ..hitung import iku as hitung
from ..hitung.perjanjian import anggaran_tahun
from ..muat import model as m
from ..hitung.skala import muat_skala
from ..muat.berkas import TIDAK_DITEMUKAN, BerkasTidakSah, baca_berkas
from ..muat.pemeriksa import Pemeriksa, saran
from ..word.gambar import BATAS_BAIT as BATAS_GAMBAR
from ..word.gambar import GambarTidakSah, periksa_gambar
from ..word.narasi import periksa_semua_narasi
from .organisasi import periksa_organisasi
from .pengenal import periksa_id_dokumen
from .pk import periksa_pk


def validasi(konten: m.Konten, p: Pemeriksa, tembolok: Tembolok | None = None) -> None:
    """Add to ``p`` every cross-field problem of ``konten`` (the narratives'
    parses taken from ``tembolok`` where made before)."""
    skala = muat_skala()
    _instansi(konten, p)
    periksa_organisasi(konten, p)
    ids_indikator: dict[str, tuple[m.Unit, m.Indikator]] = {}
    for unit in konten.unit.values():
        _unit(unit, konten.instansi, p, skala, ids_indikator)
    _realisasi(konten, ids_indikator, p)
    periksa_pk(konten, p)
    for lk in konten.lkjip:
        _lkjip(lk, konten, ids_indikator, p, tembolok)
    periksa_id_dokumen(konten, p)
    for kep in konten.keputusan:
        _keputusan(kep, konten, p)


def _instansi(konten: m.Konten, p: Pemeriksa) -> None:
    if konten.instansi.logo is not None:
        _logo(konten.instansi, konten.folder, p)
    peng = konten.instansi.pengaturan
    _pola(peng, "format_nomor", "pengaturan.format_nomor", "format nomor", m.MEDAN_NOMOR, p)
    _pola(peng.nomor_halaman, "format", "pengaturan.nomor_halaman.format", "format nomor halaman", ("n",), p)


def _logo(ins: m.Instansi, folder: Path, p: Pemeriksa) -> None:
    """The logo: a regular file inside the content folder, decoded whole as
    a PNG or JPEG (a truncated file or another format would fail the build)."""
    nama = ins.logo.as_posix()
    try:
        periksa_gambar(baca_berkas(folder / ins.logo, folder, BATAS_GAMBAR))
    except BerkasTidakSah as exc:
        tempat = " di folder konten" if str(exc) == TIDAK_DITEMUKAN else ""
        p.galat(ins.lokasi_dari("logo"), "logo", f"berkas logo '{nama}' {exc}{tempat}", exc.kode)
    except GambarTidakSah as exc:
        p.galat(ins.lokasi_dari("logo"), "logo",
                f"berkas logo '{nama}' tidak dapat dipakai: {exc}; logo harus berupa gambar PNG atau JPG yang utuh", "berkas-jenis")


def _pola(bagian: m.Berlokasi, nama: str, jalur: str, judul: str, medan: tuple[str, ...], p: Pemeriksa) -> None:
    """A settings pattern uses only its bare named fields (see ``dasar.pola``)."""
    try:
        bagian_pola(getattr(bagian, nama), medan)
    except PolaError as exc:
        p.galat(bagian.lokasi_dari(nama), jalur, f"{judul}: {exc}", "format")


def _unit(unit: m.Unit, ins: m.Instansi, p: Pemeriksa, skala: dict, ids: dict[str, tuple[m.Unit, m.Indikator]]) -> None:
    per = unit.periode
    if per.awal > per.akhir:
        p.galat(per.lokasi, "periode", f"tahun awal {per.awal} sesudah tahun akhir {per.akhir}", "periode")
        return
    _penomoran(unit, ins, p)
    tahun = set(per.tahun)
    for jalur, ind in unit.indikator_berjalur():
        if ind.id in ids:
            lain_unit, _ = ids[ind.id]
            p.galat(ind.lokasi_dari("id"), f"{jalur}.id", f"id indikator '{ind.id}' sudah dipakai di unit '{lain_unit.id}'", "id-ganda")
        else:
            ids[ind.id] = (unit, ind)
        ada = set(ind.target)
        kurang = sorted(tahun - ada)
        lebih = sorted(ada - tahun)
        if kurang:
            p.galat(
                ind.lokasi_dari("target"),
                f"{jalur}.target",
                f"target tahun {_daftar(kurang)} belum ditulis; periode unit {per.awal}-{per.akhir} memerlukan target setiap tahun",
                "target-tahun",
            )
        for t in lebih:
            p.galat(
                ind.lokasi_bidang.get(f"target.{t}#kunci", ind.lokasi_dari("target")),
                f"{jalur}.target.{t}",
                f"target tahun {t} di luar periode unit {per.awal}-{per.akhir}",
                "target-tahun",
            )
        if ind.skala is not None and ind.skala not in skala:
            p.galat(
                ind.lokasi_dari("skala"),
                f"{jalur}.skala",
                f"skala '{ind.skala}' tidak dikenal; pilihan: {', '.join(sorted(skala))}{saran(ind.skala, list(skala))}",
                "pilihan",
            )


def _daftar(tahun: list[int]) -> str:
    return ", ".join(str(t) for t in tahun)


def _penomoran(unit: m.Unit, ins: m.Instansi, p: Pemeriksa) -> None:
    """Row numbers written by hand: no gaps, no duplicates (numbers may
    restart at 1 with a new sub_unit)."""
    jalur = {id(t.sasaran): t.jalur for t in unit.sasaran_berjalur()}
    for judul, kelompok in hitung.tabel_unit(unit, ins):
        nomor = hitung.nomor_baris([daftar for _, daftar in kelompok])
        sebelum = 0
        nama_tabel = judul or "tabel"
        for (_, daftar), no_kelompok in zip(kelompok, nomor):
            for s, n in zip(daftar, no_kelompok):
                mulai_ulang = n == 1 and s is daftar[0]
                if s.no is not None and not mulai_ulang:
                    tempat, j = s.lokasi_dari("no"), f"{jalur[id(s)]}.no"
                    if n <= sebelum:
                        p.peringatan(tempat, j, f"nomor {n} pada {nama_tabel} berulang atau mundur (nomor sebelumnya {sebelum})", "penomoran")
                    elif n > sebelum + 1:
                        p.peringatan(tempat, j, f"nomor {n} pada {nama_tabel} melompat (sesudah {sebelum} seharusnya {sebelum + 1})", "penomoran")
                sebelum = n


def _keputusan(kep: m.Keputusan, konten: m.Konten, p: Pemeriksa) -> None:
    if kep.status == "final":
        # A final decree carries its full number and date of enactment
        # (Permendagri 1/2023 on tata naskah dinas).
        if not kep.nomor.urut:
            p.galat(kep.nomor.lokasi_dari("urut"), "nomor.urut",
                    "keputusan berstatus final wajib memiliki nomor urut; isi nomor.urut, atau tulis status: konsep", "final")
        if kep.ditetapkan.tanggal.hari is None:
            p.galat(kep.ditetapkan.lokasi_dari("tanggal"), "ditetapkan.tanggal",
                    "keputusan berstatus final wajib bertanggal lengkap (dengan hari), misalnya 20 Desember 2021; "
                    "atau tulis status: konsep", "final")
    dilihat: set[str] = set()
    for i, uid in enumerate(kep.lampiran, start=1):
        lok = kep.lokasi_bidang.get(f"lampiran[{i}]", kep.lokasi_dari("lampiran"))
        if uid not in konten.unit:
            p.galat(
                lok,
                f"lampiran[{i}]",
                f"unit '{uid}' tidak ada di folder unit/{saran(uid, list(konten.unit))}",
                "rujukan",
            )
        if uid in dilihat:
            p.galat(lok, f"lampiran[{i}]", f"unit '{uid}' disebut dua kali", "rujukan")
        dilihat.add(uid)



def _realisasi(konten: m.Konten, ids: dict[str, tuple[m.Unit, m.Indikator]], p: Pemeriksa) -> None:
    """Realisasi name indicators of the IKU, in a year of their unit's period."""
    for tahun, r in konten.realisasi.items():
        for iid, isi in r.indikator.items():
            jalur = f"indikator.{iid}"
            if iid not in ids:
                p.galat(
                    r.lokasi_bidang.get(f"{jalur}#kunci", isi.lokasi),
                    jalur,
                    f"indikator '{iid}' tidak ada di IKU (unit/*.yaml){saran(iid, list(ids))}",
                    "rujukan",
                )
                continue
            unit, ind = ids[iid]
            if tahun not in unit.periode.tahun:
                p.galat(
                    r.lokasi_dari("tahun"),
                    "tahun",
                    f"tahun {tahun} di luar periode {unit.nama} {unit.periode.awal}-{unit.periode.akhir} (indikator '{iid}')",
                    "tahun-periode",
                )


def _lkjip(lk: m.Lkjip, konten: m.Konten, ids: dict[str, tuple[m.Unit, m.Indikator]], p: Pemeriksa,
           tembolok: Tembolok | None = None) -> None:
    """An LKjIP names existing units, files and indicators; warns about what
    the report will show as missing or unusual."""
    unit_ada = []
    for i, uid in enumerate(lk.unit, start=1):
        if uid not in konten.unit:
            p.galat(lk.lokasi_bidang.get(f"unit[{i}]", lk.lokasi_dari("unit")), f"unit[{i}]",
                    f"unit '{uid}' tidak ada di folder unit/{saran(uid, list(konten.unit))}", "rujukan")
            continue
        unit = konten.unit[uid]
        unit_ada.append(unit)
        if lk.tahun not in unit.periode.tahun:
            p.galat(lk.lokasi_dari("tahun"), "tahun",
                    f"tahun laporan {lk.tahun} di luar periode {unit.nama} {unit.periode.awal}-{unit.periode.akhir}", "tahun-periode")
    milik = {ind.id for u in unit_ada for ind in u.semua_indikator()}
    narasi = lk.narasi
    for nama in ("kata_pengantar", "pendahuluan", "penutup"):
        jalur_berkas = getattr(narasi, nama)
        if jalur_berkas is not None and not (konten.folder / jalur_berkas).is_file():
            p.galat(narasi.lokasi_dari(nama), f"narasi.{nama}", f"berkas '{jalur_berkas.as_posix()}' tidak ditemukan di folder konten", "berkas-hilang")
    for kunci, jalur_berkas in narasi.analisis.items():
        lok = narasi.lokasi_bidang.get(f"analisis.{kunci}", narasi.lokasi_dari("analisis"))
        if kunci not in {u.id for u in unit_ada} and kunci not in milik:
            p.galat(lok, f"narasi.analisis.{kunci}", f"'{kunci}' bukan unit atau indikator yang dilaporkan", "rujukan")
        if not (konten.folder / jalur_berkas).is_file():
            p.galat(lok, f"narasi.analisis.{kunci}", f"berkas '{jalur_berkas.as_posix()}' tidak ditemukan di folder konten", "berkas-hilang")
    ada = [konten.folder / j for j in dict.fromkeys([narasi.kata_pengantar, narasi.pendahuluan, *narasi.analisis.values(), narasi.penutup])
           if j is not None and (konten.folder / j).is_file()]
    p.masalah.extend(periksa_semua_narasi(ada, konten.folder, tembolok))  # UTF-8, images, no raw markup
    # Missing realisasi: the report says "belum ada data".
    tahun_ini = konten.realisasi.get(lk.tahun)
    for u in unit_ada:
        for ind in u.semua_indikator():
            isi = tahun_ini.indikator.get(ind.id) if tahun_ini else None
            if isi is None or isi.realisasi is None:
                tempat = isi.lokasi if isi else (tahun_ini.lokasi_dari("indikator") if tahun_ini else lk.lokasi_dari("tahun"))
                p.peringatan(tempat, f"indikator.{ind.id}" if tahun_ini else "tahun",
                             f"realisasi {lk.tahun} indikator '{ind.id}' ({u.nama}) belum ada; laporan menulis 'belum ada data'",
                             "realisasi-kosong")
    _anggaran_kosong(lk, konten, p)


def _anggaran_kosong(lk: m.Lkjip, konten: m.Konten, p: Pemeriksa) -> None:
    """A kegiatan of the year's PK without realisasi: the report shows '-'."""
    tahun_ini = konten.realisasi.get(lk.tahun)
    for prog in anggaran_tahun(konten, lk.tahun):
        for keg in (k for k in prog.kegiatan if k.realisasi is None):
            tempat = tahun_ini.lokasi_dari("anggaran") if tahun_ini else lk.lokasi_dari("tahun")
            p.peringatan(tempat, "anggaran" if tahun_ini else "tahun",
                         f"realisasi anggaran {lk.tahun} kegiatan '{keg.id}' ({keg.nama}) belum ada di "
                         f"realisasi/{lk.tahun}.yaml; laporan menulis '-'", "realisasi-kosong")
