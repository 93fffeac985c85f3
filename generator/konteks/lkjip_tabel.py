"""The tables and charts of the LKjIP: the capaian bands, each indicator's
years compared and its chart, the budget per program and kegiatan."""

from __future__ import annotations

from decimal import Decimal

from ..dasar import format as fmt
from ..dasar.tembolok import Tembolok
from ..hitung import capaian as cp
from ..hitung.skala import Skala
from ..muat import model as m
from ..word.grafik import grafik_target_realisasi
from .keputusan import KOSONG
from .lkjip_hasil import Gambar, Hasil, persen, tampil, target_pada


def rentang_pita(skala: Skala) -> dict[str, str]:
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


def perbandingan(h: Hasil, lk: m.Lkjip, skala: dict[str, Skala], pita: Skala) -> list[dict[str, str]]:
    ind = h.ind
    baris = []
    for tahun in ind.target:
        if tahun > lk.tahun:
            break
        target = target_pada(lk, ind, tahun)
        r = h.riwayat.get(tahun)
        c = cp.hitung_capaian(target.angka, r.angka, ind.arah) if (r is not None and target is not None) else None
        baris.append(
            {
                "tahun": str(tahun),
                "target": tampil(target, ind, skala),
                "realisasi": tampil(r, ind, skala),
                "capaian": persen(c),
                "pita": (cp.pita_capaian(c.nilai, pita) or KOSONG) if c and c.nilai is not None else KOSONG,
            }
        )
    return baris


def grafik(h: Hasil, lk: m.Lkjip, tembolok: Tembolok | None = None) -> Gambar:
    ind = h.ind
    tahun = [t for t in ind.target if t <= lk.tahun]
    realisasi = h.riwayat
    target = [target_pada(lk, ind, t) for t in tahun]
    gambar = grafik_target_realisasi(
        ind.nama if len(ind.nama) <= 90 else ind.nama[:87] + "...",
        tahun,
        [t.angka if t is not None else None for t in target],
        [realisasi[t].angka if t in realisasi else None for t in tahun],
        ind.satuan,
        tembolok,
    )
    return Gambar(gambar)


def anggaran(lk: m.Lkjip) -> tuple[list[dict[str, str]], dict[str, str], cp.Serapan | None]:
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


def rata_rata(hasil: list[Hasil]) -> Decimal | None:
    nilai = [h.capaian.nilai for h in hasil if h.capaian is not None and h.capaian.nilai is not None]
    if not nilai:
        return None
    return cp.KONTEKS.divide(sum(nilai, Decimal(0)), Decimal(len(nilai)))
