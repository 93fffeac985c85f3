"""Stage 2: read the content folder into the model (load + schema).

Layout of a content folder::

    instansi.yaml        the Pemda, its Sekretariat, letterhead, settings
    keputusan.yaml       the decree (or several files under keputusan/)
    unit/*.yaml          one file per unit (Sekretariat table, each Bagian)

All problems of all files are collected and raised together.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from . import model as m
from ..dasar.galat import KontenError, Lokasi
from .yaml_lokasi import muat_yaml
from .skema import (
    GAGAL,
    BilanganBulat,
    Daftar,
    Desimal,
    JalurBerkas,
    NilaiKinerja,
    Peta,
    PetaTahun,
    Pemeriksa,
    PetaBebas,
    Pilihan,
    Rupiah,
    TanggalBidang,
    Teks,
    YaTidak,
)

TAHUN = dict(min=1945, max=2200)
PREFIKS = ["Plt.", "Plh.", "Pj."]

PENANDATANGAN = Peta(
    m.Penandatangan,
    {
        "jabatan": Teks(),
        "nama": Teks(wajib=False),
        "prefiks": Pilihan(PREFIKS, wajib=False),
        "gelar_depan": Teks(wajib=False),
        "gelar_belakang": Teks(wajib=False),
        "pangkat": Teks(wajib=False),
        "golongan": Teks(wajib=False),
        "nip": Teks(wajib=False),
        "perlu_konfirmasi": Teks(wajib=False),
        "catatan": Teks(wajib=False),
    },
)

PENGATURAN = Peta(
    m.Pengaturan,
    {
        "kertas": Pilihan(["F4", "A4", "Legal", "Letter"], wajib=False),
        "huruf": Peta(
            m.Huruf,
            {"nama": Teks(wajib=False), "ukuran": Desimal(min=Decimal(6), max=Decimal(24), wajib=False)},
            wajib=False,
            bawaan=m.Huruf,
        ),
        "margin_cm": Peta(
            m.Margin,
            {k: Desimal(min=Decimal(0), max=Decimal(8), wajib=False) for k in ("kiri", "kanan", "atas", "bawah")},
            wajib=False,
            bawaan=m.Margin,
        ),
        "nomor_halaman": Peta(
            m.NomorHalaman,
            {"tampil": YaTidak(wajib=False), "halaman_pertama": YaTidak(wajib=False), "format": Teks(wajib=False)},
            wajib=False,
            bawaan=m.NomorHalaman,
        ),
        "ttd_sekda_pangkat_nip": YaTidak(wajib=False),
        "gelar_pada_penetapan": YaTidak(wajib=False),
        "format_nomor": Teks(wajib=False),
        "tanggal_hijriah": YaTidak(wajib=False),
        "paraf_koordinasi": Daftar(Teks(), wajib=False, bawaan=None),
    },
    wajib=False,
    bawaan=m.Pengaturan,
)

INSTANSI = Peta(
    m.Instansi,
    {
        "pemerintah_daerah": Teks(),
        "jenis_daerah": Pilihan(["Kabupaten", "Kota", "Provinsi"]),
        "nama_daerah": Teks(),
        "sekretariat": Teks(),
        "ibukota": Teks(),
        "kop": Daftar(Teks(), min_isi=1),
        "logo": JalurBerkas(wajib=False),
        "pengaturan": PENGATURAN,
    },
)

KEPUTUSAN = Peta(
    m.Keputusan,
    {
        "id": Teks(),
        "status": Pilihan(["konsep", "final"], wajib=False),
        "nomor": Peta(
            m.Nomor,
            {"kode": Teks(), "urut": Teks(wajib=False), "unit": Teks(), "tahun": BilanganBulat(**TAHUN)},
        ),
        "pejabat": Teks(),
        "tentang": Teks(),
        "menimbang": Daftar(Teks(), min_isi=1),
        "mengingat": Daftar(Teks(), min_isi=1),
        "menetapkan": Teks(),
        "diktum": Daftar(Teks(), min_isi=1),
        "ditetapkan": Peta(m.Ditetapkan, {"tempat": Teks(wajib=False), "tanggal": TanggalBidang()}),
        "penandatangan": PENANDATANGAN,
        "lampiran": Daftar(Teks(), wajib=False),
        "catatan": Teks(wajib=False),
    },
)

INDIKATOR = Peta(
    m.Indikator,
    {
        "id": Teks(),
        "nama": Teks(),
        "satuan": Teks(),
        "arah": Pilihan(["naik", "turun"], wajib=False),
        "skala": Teks(wajib=False),
        "kondisi_awal": NilaiKinerja(wajib=False),
        "target": PetaTahun(NilaiKinerja()),
        "kondisi_akhir": NilaiKinerja(wajib=False),
        "makna": Teks(wajib=False),
        "alasan": Teks(wajib=False),
        "cara_hitung": Teks(wajib=False),
        "penanggung_jawab": Teks(wajib=False),
        "sumber_data": Teks(wajib=False),
        "perlu_konfirmasi": Teks(wajib=False),
        "catatan": Teks(wajib=False),
    },
)

SASARAN = Peta(
    m.Sasaran,
    {
        "no": BilanganBulat(min=1, max=999, wajib=False),
        "kinerja_utama": Teks(),
        "indikator": Daftar(INDIKATOR, min_isi=1),
        "perlu_konfirmasi": Teks(wajib=False),
    },
)

UNIT = Peta(
    m.Unit,
    {
        "id": Teks(),
        "nama": Teks(),
        "tingkat": Pilihan(["sekretariat", "bagian"]),
        "periode": Peta(m.Periode, {"awal": BilanganBulat(**TAHUN), "akhir": BilanganBulat(**TAHUN)}),
        "tugas": Teks(wajib=False),
        "fungsi": Daftar(Teks(), wajib=False),
        "penandatangan": PENANDATANGAN,
        "eselon_ii": Daftar(SASARAN, wajib=False),
        "eselon_iii": Daftar(SASARAN, wajib=False),
        "eselon_iv": Daftar(
            Peta(m.SubBagian, {"sub_bagian": Teks(), "sasaran": Daftar(SASARAN, min_isi=1)}),
            wajib=False,
        ),
        "perlu_konfirmasi": Teks(wajib=False),
        "catatan": Teks(wajib=False),
    },
)


REALISASI = Peta(
    m.Realisasi,
    {
        "tahun": BilanganBulat(**TAHUN),
        "data_contoh": YaTidak(wajib=False),
        "catatan": Teks(wajib=False),
        "indikator": PetaBebas(
            Peta(
                m.CapaianIndikator,
                {
                    "realisasi": NilaiKinerja(wajib=False),
                    "penjelasan": Teks(wajib=False),
                    "standar_nasional": NilaiKinerja(wajib=False),
                    "perlu_konfirmasi": Teks(wajib=False),
                    "catatan": Teks(wajib=False),
                },
            )
        ),
    },
)

LKJIP = Peta(
    m.Lkjip,
    {
        "id": Teks(),
        "tahun": BilanganBulat(**TAHUN),
        "judul": Teks(wajib=False),
        "data_contoh": YaTidak(wajib=False),
        "unit": Daftar(Teks(), min_isi=1),
        "penandatangan": PENANDATANGAN,
        "ditetapkan": Peta(m.Ditetapkan, {"tempat": Teks(wajib=False), "tanggal": TanggalBidang()}),
        "perjanjian_kinerja": PetaBebas(NilaiKinerja(), wajib=False),
        "narasi": Peta(
            m.Narasi,
            {
                "kata_pengantar": JalurBerkas(wajib=False),
                "pendahuluan": JalurBerkas(wajib=False),
                "analisis": PetaBebas(JalurBerkas(), wajib=False),
                "penutup": JalurBerkas(wajib=False),
            },
            wajib=False,
            bawaan=m.Narasi,
        ),
        "anggaran": Daftar(
            Peta(
                m.Program,
                {
                    "nama": Teks(),
                    "kegiatan": Daftar(
                        Peta(m.Kegiatan, {"nama": Teks(), "pagu": Rupiah(), "realisasi": Rupiah()}), min_isi=1
                    ),
                },
            ),
            wajib=False,
        ),
        "catatan": Teks(wajib=False),
    },
)


def _baca(berkas: Path, skema: Peta, p: Pemeriksa) -> object:
    try:
        akar = muat_yaml(berkas)
    except KontenError as exc:
        p.masalah.extend(exc.masalah)
        return GAGAL
    return skema.baca(akar, "", p)


def berkas_konten(folder: Path) -> dict[str, list[Path]]:
    """The content files of a folder, by kind, in a stable order."""
    folder = Path(folder)
    keputusan = [folder / "keputusan.yaml"] if (folder / "keputusan.yaml").exists() else []
    keputusan += sorted((folder / "keputusan").glob("*.yaml"))
    lkjip = sorted((folder / "lkjip").glob("*.yaml")) + sorted((folder / "lkjip").glob("*/lkjip.yaml"))
    return {
        "instansi": [folder / "instansi.yaml"],
        "keputusan": keputusan,
        "unit": sorted((folder / "unit").glob("*.yaml")),
        "realisasi": sorted((folder / "realisasi").glob("*.yaml")),
        "lkjip": lkjip,
    }


def muat_konten(folder: Path) -> tuple[m.Konten | None, Pemeriksa]:
    """Read and schema-check every content file of ``folder``.

    Returns the model (None when a file could not be read) and the checker
    holding every problem found.
    """
    folder = Path(folder)
    p = Pemeriksa()
    if not folder.is_dir():
        p.galat(Lokasi(folder), "", "folder konten tidak ditemukan; sebutkan dengan --konten FOLDER", "berkas-hilang")
        return None, p
    daftar = berkas_konten(folder)
    instansi = _baca(daftar["instansi"][0], INSTANSI, p)
    if not daftar["keputusan"]:
        p.galat(Lokasi(folder / "keputusan.yaml"), "", "berkas keputusan tidak ditemukan (keputusan.yaml atau keputusan/*.yaml)", "berkas-hilang")
    keputusan = []
    for berkas in daftar["keputusan"]:
        k = _baca(berkas, KEPUTUSAN, p)
        if k is not GAGAL:
            k.berkas = berkas
            keputusan.append(k)
    unit: dict[str, m.Unit] = {}
    for berkas in daftar["unit"]:
        u = _baca(berkas, UNIT, p)
        if u is GAGAL:
            continue
        u.berkas = berkas
        if u.id in unit:
            p.galat(u.lokasi_dari("id"), "id", f"id unit '{u.id}' sudah dipakai di {unit[u.id].berkas.name}", "id-ganda")
            continue
        unit[u.id] = u
    realisasi: dict[int, m.Realisasi] = {}
    for berkas in daftar["realisasi"]:
        r = _baca(berkas, REALISASI, p)
        if r is GAGAL:
            continue
        r.berkas = berkas
        if r.tahun in realisasi:
            p.galat(r.lokasi_dari("tahun"), "tahun", f"realisasi tahun {r.tahun} sudah ditulis di {realisasi[r.tahun].berkas.name}", "id-ganda")
            continue
        realisasi[r.tahun] = r
    lkjip = []
    for berkas in daftar["lkjip"]:
        lk = _baca(berkas, LKJIP, p)
        if lk is not GAGAL:
            lk.berkas = berkas
            lkjip.append(lk)
    if instansi is GAGAL or p.ada_galat:
        return None, p
    return (
        m.Konten(folder=folder, instansi=instansi, keputusan=keputusan, unit=unit, realisasi=realisasi, lkjip=lkjip),
        p,
    )
