"""Stage 4 for the LKjIP: the report's render context, computed from the IKU
and the year's realisasi (``capaian``), every number formatted (``format``).

Images and inserted Word content are passed as :class:`Gambar` and
:class:`Sisipan` values; the renderer turns them into docxtpl objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..hitung import capaian as cp
from ..dasar import format as fmt
from ..muat import model as m
from ..word.grafik import LEBAR_CM, grafik_target_realisasi
from .keputusan import KOSONG, nomor_keputusan, tampil_nilai, tanda_tangan, teks
from ..dasar.nilai import Nilai
from ..hitung.skala import Skala

TANDA_CONTOH = "DATA CONTOH: angka realisasi dan anggaran dalam laporan ini rekaan, bukan data resmi."


@dataclass(frozen=True)
class Gambar:
    """An image (JPEG or PNG bytes) for the template, ``lebar_cm`` wide."""

    data: bytes
    lebar_cm: float = LEBAR_CM


@dataclass(frozen=True)
class Sisipan:
    """Word content (a .docx made by pandoc) inserted in place of a paragraph."""

    docx: bytes


def _persen(c: cp.Capaian | None) -> str:
    if c is None:
        return cp.BELUM_ADA_DATA
    if c.nilai is None:
        return c.keterangan or cp.TIDAK_DAPAT_DIHITUNG
    return fmt.persen(c.nilai, desimal=2)


def _tampil(nilai: Nilai | None, ind: m.Indikator, skala: dict[str, Skala]) -> str:
    if nilai is None:
        return cp.BELUM_ADA_DATA
    return tampil_nilai(nilai, ind, skala)


def _rentang_pita(skala: Skala) -> dict[str, str]:
    """'> 90%', '> 75% s.d. 90%', ..., '≤ 50%' for each band of the capaian scale."""
    hasil: dict[str, str] = {}
    atas: tuple[Decimal, bool] | None = None
    for pita in skala.pita:
        if pita.batas is None:
            # the lowest band: everything up to the band above it
            hasil[pita.predikat] = ("< " if atas and atas[1] else "≤ ") + fmt.persen(atas[0]) if atas else "semua nilai"
            continue
        bawah = (">= " if pita.inklusif else "> ") + fmt.persen(pita.batas)
        if atas is None:
            hasil[pita.predikat] = bawah
        else:
            batas_atas, inklusif_atas = atas
            hasil[pita.predikat] = f"{bawah} s.d. {'< ' if inklusif_atas else ''}{fmt.persen(batas_atas)}"
        atas = (pita.batas, pita.inklusif)
    return hasil


@dataclass
class _Hasil:
    """One indicator of the report, computed."""

    unit: m.Unit
    sasaran: m.Sasaran
    ind: m.Indikator
    target: Nilai | None
    realisasi: Nilai | None
    capaian: cp.Capaian | None
    isi: m.CapaianIndikator | None
    riwayat: dict[int, Nilai]  # the realisasi of each year up to the report's


def _target_pada(lk: m.Lkjip, ind: m.Indikator, tahun: int) -> Nilai | None:
    """The target of a year: the Perjanjian Kinerja target for the report's year."""
    return _target_tahun(lk, ind) if tahun == lk.tahun else ind.target.get(tahun)


def _target_tahun(lk: m.Lkjip, ind: m.Indikator) -> Nilai | None:
    """The Perjanjian Kinerja target: the override, else the IKU target of the year."""
    return lk.perjanjian_kinerja.get(ind.id) or ind.target.get(lk.tahun)


def hitung_lkjip(lk: m.Lkjip, konten: m.Konten) -> list[_Hasil]:
    hasil = []
    tahun_ini = konten.realisasi.get(lk.tahun)
    for uid in lk.unit:
        unit = konten.unit[uid]
        for s in _semua_sasaran(unit):
            for ind in s.indikator:
                isi = tahun_ini.indikator.get(ind.id) if tahun_ini else None
                target = _target_tahun(lk, ind)
                realisasi = isi.realisasi if isi else None
                c = None
                if realisasi is not None and target is not None:
                    c = cp.hitung_capaian(target.angka, realisasi.angka, ind.arah)
                riwayat = _realisasi_per_tahun(konten, ind.id, lk.tahun)
                hasil.append(_Hasil(unit, s, ind, target, realisasi, c, isi, riwayat))
    return hasil


def _semua_sasaran(unit: m.Unit) -> list[m.Sasaran]:
    return list(unit.eselon_ii) + list(unit.eselon_iii) + [s for sb in unit.eselon_iv for s in sb.sasaran]


def _realisasi_per_tahun(konten: m.Konten, iid: str, sampai: int) -> dict[int, Nilai]:
    hasil = {}
    for tahun, r in sorted(konten.realisasi.items()):
        if tahun <= sampai and iid in r.indikator and r.indikator[iid].realisasi is not None:
            hasil[tahun] = r.indikator[iid].realisasi
    return hasil


def _kalimat_indikator(h: _Hasil, lk: m.Lkjip, skala: dict[str, Skala], pita: Skala) -> list[str]:
    ind, tahun = h.ind, lk.tahun
    kal = []
    if h.realisasi is None:
        kal.append(f"Target tahun {tahun} sebesar {_tampil(h.target, ind, skala)}; realisasi tahun {tahun} belum ada data.")
        return kal
    kal.append(
        f"Target tahun {tahun} sebesar {_tampil(h.target, ind, skala)} dengan realisasi {_tampil(h.realisasi, ind, skala)}, "
        f"sehingga capaian kinerjanya {_persen(h.capaian)}"
        + (f" (kategori {cp.pita_capaian(h.capaian.nilai, pita)})." if h.capaian and h.capaian.nilai is not None else ".")
    )
    lalu = {t: r for t, r in h.riwayat.items() if t < tahun}
    if lalu:
        t_lalu = max(lalu)
        r_lalu = lalu[t_lalu]
        target_lalu = ind.target.get(t_lalu)
        c_lalu = cp.hitung_capaian(target_lalu.angka, r_lalu.angka, ind.arah) if target_lalu else None
        if c_lalu and c_lalu.nilai is not None and h.capaian and h.capaian.nilai is not None:
            arah = "naik" if h.capaian.nilai > c_lalu.nilai else "turun" if h.capaian.nilai < c_lalu.nilai else "sama"
            kal.append(
                f"Dibandingkan tahun {t_lalu} (realisasi {_tampil(r_lalu, ind, skala)}, capaian {_persen(c_lalu)}), "
                f"capaian tahun ini {arah}."
            )
    akhir = max(ind.target)
    target_akhir = ind.kondisi_akhir or ind.target[akhir]
    kemajuan = cp.kemajuan_akhir_periode(target_akhir.angka, h.realisasi.angka, ind.arah)
    kal.append(
        f"Terhadap target akhir periode {akhir} sebesar {_tampil(target_akhir, ind, skala)}, "
        f"realisasi tahun {tahun} telah mencapai {_persen(kemajuan)}."
    )
    if h.isi is not None and h.isi.standar_nasional is not None:
        banding = cp.banding_standar(h.isi.standar_nasional.angka, h.realisasi.angka, ind.arah)
        kal.append(
            f"Dibandingkan standar nasional sebesar {_tampil(h.isi.standar_nasional, ind, skala)}, "
            f"realisasi mencapai {_persen(banding)}."
        )
    return kal


def _perbandingan(h: _Hasil, lk: m.Lkjip, skala: dict[str, Skala], pita: Skala) -> list[dict[str, str]]:
    ind = h.ind
    baris = []
    for tahun in ind.target:
        if tahun > lk.tahun:
            break
        target = _target_pada(lk, ind, tahun)
        r = h.riwayat.get(tahun)
        c = cp.hitung_capaian(target.angka, r.angka, ind.arah) if (r is not None and target is not None) else None
        baris.append(
            {
                "tahun": str(tahun),
                "target": _tampil(target, ind, skala),
                "realisasi": _tampil(r, ind, skala),
                "capaian": _persen(c),
                "pita": (cp.pita_capaian(c.nilai, pita) or KOSONG) if c and c.nilai is not None else KOSONG,
            }
        )
    return baris


def _grafik(h: _Hasil, lk: m.Lkjip) -> Gambar:
    ind = h.ind
    tahun = [t for t in ind.target if t <= lk.tahun]
    realisasi = h.riwayat
    target = [_target_pada(lk, ind, t) for t in tahun]
    gambar = grafik_target_realisasi(
        ind.nama if len(ind.nama) <= 90 else ind.nama[:87] + "...",
        tahun,
        [t.angka if t is not None else None for t in target],
        [realisasi[t].angka if t in realisasi else None for t in tahun],
        ind.satuan,
    )
    return Gambar(gambar)


def _anggaran(lk: m.Lkjip) -> tuple[list[dict[str, str]], dict[str, str], cp.Serapan | None]:
    baris = []
    semua: list[tuple[Decimal, Decimal]] = []
    for i, prog in enumerate(lk.anggaran, start=1):
        keg = [(k.pagu, k.realisasi) for k in prog.kegiatan]
        s = cp.serapan_total(keg)
        baris.append({"no": str(i), "nama": prog.nama, "pagu": fmt.rupiah(s.pagu), "realisasi": fmt.rupiah(s.realisasi),
                      "serapan": fmt.persen(s.persen, desimal=2) if s.persen is not None else KOSONG})
        for j, k in enumerate(prog.kegiatan, start=1):
            sk = cp.serapan(k.pagu, k.realisasi)
            baris.append({"no": f"{i}.{j}", "nama": k.nama, "pagu": fmt.rupiah(k.pagu), "realisasi": fmt.rupiah(k.realisasi),
                          "serapan": fmt.persen(sk.persen, desimal=2) if sk.persen is not None else KOSONG})
        semua.extend(keg)
    if not semua:
        return [], {"pagu": KOSONG, "realisasi": KOSONG, "serapan": KOSONG}, None
    total = cp.serapan_total(semua)
    return (
        baris,
        {"pagu": fmt.rupiah(total.pagu), "realisasi": fmt.rupiah(total.realisasi),
         "serapan": fmt.persen(total.persen, desimal=2) if total.persen is not None else KOSONG},
        total,
    )


def _rata_rata(hasil: list[_Hasil]) -> Decimal | None:
    nilai = [h.capaian.nilai for h in hasil if h.capaian is not None and h.capaian.nilai is not None]
    if not nilai:
        return None
    return cp.KONTEKS.divide(sum(nilai, Decimal(0)), Decimal(len(nilai)))


def konteks_lkjip(
    lk: m.Lkjip,
    konten: m.Konten,
    skala: dict[str, Skala],
    narasi: dict[Path, bytes],
) -> dict[str, Any]:
    """Everything the LKjIP template shows, computed and formatted."""
    ins = konten.instansi
    pita = skala["capaian"]
    hasil = hitung_lkjip(lk, konten)
    instansi = f"{ins.sekretariat} {ins.jenis_daerah} {ins.nama_daerah}"
    unit_nama = [konten.unit[u].nama for u in lk.unit]
    ringkasan = cp.ringkas({h.ind.id: h.capaian for h in hasil}, pita)
    nama_ind = {h.ind.id: h.ind.nama for h in hasil}
    per_id = {h.ind.id: h for h in hasil}
    baris_anggaran, total, serapan_total = _anggaran(lk)

    def sisip(jalur: Path | None) -> Any:
        return Sisipan(narasi[konten.folder / jalur]) if jalur is not None else ""

    # Ikhtisar Eksekutif
    ikhtisar = [
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) {instansi} Tahun {lk.tahun} menyajikan capaian "
        f"{len(hasil)} indikator kinerja utama dari {len(unit_nama)} unit kerja: {_daftar_kata(unit_nama)}."
    ]
    sebaran = [f"{n} indikator berkategori {p}" for p, n in ringkasan.jumlah_per_pita.items()
               if n and p not in (cp.TIDAK_DAPAT_DIHITUNG, cp.BELUM_ADA_DATA)]
    if ringkasan.jumlah_per_pita.get(cp.TIDAK_DAPAT_DIHITUNG):
        sebaran.append(f"{ringkasan.jumlah_per_pita[cp.TIDAK_DAPAT_DIHITUNG]} indikator tidak dapat dihitung capaiannya")
    if ringkasan.jumlah_per_pita.get(cp.BELUM_ADA_DATA):
        sebaran.append(f"{ringkasan.jumlah_per_pita[cp.BELUM_ADA_DATA]} indikator belum ada data realisasinya")
    if sebaran:
        ikhtisar.append(f"Dari {len(hasil)} indikator tersebut, {_daftar_kata(sebaran)}.")
    if ringkasan.tertinggi:
        ikhtisar.append(
            "Capaian tertinggi diraih indikator "
            + _daftar_kata([f"{nama_ind[i]} ({_persen(per_id[i].capaian)})" for i in ringkasan.tertinggi])
            + ", sedangkan capaian terendah pada indikator "
            + _daftar_kata([f"{nama_ind[i]} ({_persen(per_id[i].capaian)})" for i in ringkasan.terendah])
            + "."
        )
    if serapan_total is not None:
        ikhtisar.append(
            f"Realisasi anggaran tahun {lk.tahun} sebesar {fmt.rupiah(serapan_total.realisasi)} dari pagu "
            f"{fmt.rupiah(serapan_total.pagu)}, atau serapan {total['serapan']}."
        )
    if lk.data_contoh:
        ikhtisar.append(TANDA_CONTOH)
    rentang = _rentang_pita(pita)
    ringkasan_pita = [{"pita": p, "rentang": rentang.get(p, KOSONG), "jumlah": str(n)}
                      for p, n in ringkasan.jumlah_per_pita.items()]

    # Bab II
    iku, pk = [], []
    for n, h in enumerate(hasil, start=1):
        akhir = max(h.ind.target)
        iku.append({"no": str(n), "unit": h.unit.nama, "sasaran": teks(h.sasaran.kinerja_utama), "indikator": teks(h.ind.nama),
                    "satuan": h.ind.satuan, "target": _tampil(h.ind.target.get(lk.tahun), h.ind, skala),
                    "target_akhir": _tampil(h.ind.kondisi_akhir or h.ind.target[akhir], h.ind, skala)})
        pk.append({"no": str(n), "sasaran": teks(h.sasaran.kinerja_utama), "indikator": teks(h.ind.nama),
                   "satuan": h.ind.satuan, "target": _tampil(h.target, h.ind, skala)})
    kep = konten.keputusan[0] if konten.keputusan else None
    bab2 = []
    if kep is not None:
        bab2.append(
            f"Indikator Kinerja Utama {instansi} ditetapkan dengan Keputusan {kep.pejabat} Nomor "
            f"{nomor_keputusan(kep, ins).strip()} tentang {kep.tentang}. Tabel berikut menyajikan indikator unit kerja yang "
            f"dilaporkan beserta target tahun {lk.tahun} dan target akhir periodenya."
        )
    ganti = [i for i in lk.perjanjian_kinerja]
    kalimat_pk = (
        f"Perjanjian Kinerja tahun {lk.tahun} memuat target yang sama dengan target IKU tahun {lk.tahun}"
        + (f", kecuali indikator {_daftar_kata([nama_ind[i] for i in ganti if i in nama_ind])} yang targetnya disesuaikan." if ganti else ".")
    )

    # Bab III
    capaian_baris = [{"no": str(n), "indikator": teks(h.ind.nama), "satuan": h.ind.satuan,
                      "target": _tampil(h.target, h.ind, skala), "realisasi": _tampil(h.realisasi, h.ind, skala),
                      "capaian": _persen(h.capaian),
                      "pita": (cp.pita_capaian(h.capaian.nilai, pita) or KOSONG) if h.capaian and h.capaian.nilai is not None else KOSONG}
                     for n, h in enumerate(hasil, start=1)]
    unit_ctx = []
    nomor = 0
    for uid in lk.unit:
        unit = konten.unit[uid]
        daftar = []
        for h in (h for h in hasil if h.unit is unit):
            nomor += 1
            daftar.append({
                "judul": f"{nomor}. {h.ind.nama}",
                "kalimat": _kalimat_indikator(h, lk, skala, pita),
                "perbandingan": _perbandingan(h, lk, skala, pita),
                "penjelasan": teks(h.isi.penjelasan) if h.isi and h.isi.penjelasan else "",
                "grafik": _grafik(h, lk),
                "keterangan_grafik": f"Grafik {nomor}. Target dan realisasi {h.ind.nama}",
            })
        analisis = lk.narasi.analisis.get(uid)
        unit_ctx.append({"judul": unit.nama, "indikator": daftar, "analisis": sisip(analisis)})
    rata = _rata_rata(hasil)
    kalimat_efisiensi = []
    if rata is not None and serapan_total is not None and serapan_total.persen is not None:
        e = cp.efisiensi(rata, serapan_total.persen)
        kalimat_efisiensi.append(
            f"Rata-rata capaian indikator sebesar {fmt.persen(rata, desimal=2)} dicapai dengan serapan anggaran "
            f"{fmt.persen(serapan_total.persen, desimal=2)}, sehingga tingkat efisiensi penggunaan sumber daya "
            f"(100% dikurangi serapan dibagi capaian) sebesar "
            f"{fmt.persen(e, desimal=2) if e is not None else 'tidak dapat dihitung'}."
        )
    daftar_isi = [
        {"teks": "KATA PENGANTAR", "tingkat": 1}, {"teks": "IKHTISAR EKSEKUTIF", "tingkat": 1},
        {"teks": "BAB I PENDAHULUAN", "tingkat": 1}, {"teks": "BAB II PERENCANAAN KINERJA", "tingkat": 1},
        {"teks": "A. Indikator Kinerja Utama", "tingkat": 2}, {"teks": f"B. Perjanjian Kinerja Tahun {lk.tahun}", "tingkat": 2},
        {"teks": "BAB III AKUNTABILITAS KINERJA", "tingkat": 1}, {"teks": "A. Capaian Kinerja Organisasi", "tingkat": 2},
        {"teks": "B. Realisasi Anggaran", "tingkat": 2}, {"teks": "BAB IV PENUTUP", "tingkat": 1},
        {"teks": f"LAMPIRAN: PERJANJIAN KINERJA TAHUN {lk.tahun}", "tingkat": 1},
    ]
    ttd = tanda_tangan(lk.penandatangan, ins, penetapan=False)
    return {
        "judul": "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)",
        "judul_lengkap": lk.judul or f"Laporan Kinerja Instansi Pemerintah {instansi} Tahun {lk.tahun}",
        "instansi": fmt.huruf_kapital(instansi),
        "pemda": fmt.huruf_kapital(ins.pemerintah_daerah),
        "tempat": lk.ditetapkan.tempat or ins.ibukota,
        "tanggal": lk.ditetapkan.tanggal.teks,
        "tahun": str(lk.tahun),
        "tahun_terbit": str(lk.ditetapkan.tanggal.tahun),
        "data_contoh": lk.data_contoh,
        "tanda_contoh": TANDA_CONTOH,
        "logo": "",
        "kata_pengantar": sisip(lk.narasi.kata_pengantar),
        "ttd": ttd,
        "ikhtisar": ikhtisar,
        "ringkasan_pita": ringkasan_pita,
        "daftar_isi": daftar_isi,
        "pendahuluan": sisip(lk.narasi.pendahuluan),
        "bab2": bab2,
        "iku": iku,
        "kalimat_pk": kalimat_pk,
        "pk": pk,
        "kalimat_capaian": (
            f"Pengukuran kinerja membandingkan realisasi dengan target Perjanjian Kinerja tahun {lk.tahun}. Capaian dihitung "
            "realisasi dibagi target dikali 100% untuk indikator yang makin tinggi makin baik, dan (2 x target - realisasi) "
            "dibagi target dikali 100% untuk indikator yang makin rendah makin baik."
        ),
        "capaian": capaian_baris,
        "unit": unit_ctx,
        "kalimat_anggaran": f"Realisasi anggaran tahun {lk.tahun} per program dan kegiatan disajikan pada tabel berikut.",
        "anggaran": baris_anggaran,
        "total": total,
        "kalimat_efisiensi": kalimat_efisiensi,
        "penutup": sisip(lk.narasi.penutup),
    }


def _daftar_kata(kata: list[str]) -> str:
    """'a', 'a dan b', 'a, b, dan c'."""
    kata = list(kata)
    if len(kata) <= 1:
        return "".join(kata)
    if len(kata) == 2:
        return f"{kata[0]} dan {kata[1]}"
    return ", ".join(kata[:-1]) + f", dan {kata[-1]}"


def berkas_narasi(lk: m.Lkjip, folder: Path) -> list[Path]:
    n = lk.narasi
    daftar = [n.kata_pengantar, n.pendahuluan, *n.analisis.values(), n.penutup]
    return [folder / d for d in daftar if d is not None]
