"""The tables and charts of the LKjIP: the capaian bands, each indicator's
years compared and its chart, the budget per program and kegiatan."""

from __future__ import annotations

from decimal import Decimal

from ..dasar import format as fmt
from ..dasar.tembolok import Tembolok
from ..hitung import capaian as cp
from ..hitung.perjanjian import KegiatanAnggaran, ProgramAnggaran
from ..hitung.skala import Skala
from ..muat import model as m
from ..word.grafik import Grafik, gambar_grafik
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


def perbandingan(h: Hasil, konten: m.Konten, lk: m.Lkjip, skala: dict[str, Skala], pita: Skala) -> list[dict[str, str]]:
    ind = h.ind
    baris = []
    for tahun in ind.target:
        if tahun > lk.tahun:
            break
        target = target_pada(konten, ind, tahun)
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


def data_grafik(h: Hasil, konten: m.Konten, lk: m.Lkjip) -> Grafik:
    """The chart of one indicator: its target and realisasi of every year up to the report's."""
    ind = h.ind
    tahun = [t for t in ind.target if t <= lk.tahun]
    realisasi = h.riwayat
    target = [target_pada(konten, ind, t) for t in tahun]
    return Grafik(
        ind.nama if len(ind.nama) <= 90 else ind.nama[:87] + "...",
        tuple(tahun),
        tuple(t.angka if t is not None else None for t in target),
        tuple(realisasi[t].angka if t in realisasi else None for t in tahun),
        ind.satuan,
    )


def grafik(hasil: list[Hasil], konten: m.Konten, lk: m.Lkjip, tembolok: Tembolok | None = None) -> list[Gambar]:
    """The charts of the indicators ``hasil``, drawn together (:func:`generator.word.grafik.gambar_grafik`)."""
    return [Gambar(d) for d in gambar_grafik([data_grafik(h, konten, lk) for h in hasil], tembolok)]


def _baris_anggaran(no: str, nama: str, keg: list[KegiatanAnggaran]) -> tuple[dict[str, str], cp.Serapan | None]:
    """One row of the budget table: pagu, realisasi and serapan of ``keg``
    ("-" for realisasi and serapan while one of them is not reported)."""
    pagu = sum((k.pagu for k in keg), Decimal(0))
    if any(k.realisasi is None for k in keg):
        return {"no": no, "nama": nama, "pagu": fmt.rupiah(pagu), "realisasi": KOSONG, "serapan": KOSONG}, None
    s = cp.serapan_total([(k.pagu, k.realisasi) for k in keg])
    return {"no": no, "nama": nama, "pagu": fmt.rupiah(s.pagu), "realisasi": fmt.rupiah(s.realisasi),
            "serapan": fmt.persen(s.persen, desimal=2) if s.persen is not None else KOSONG}, s


def anggaran(program: list[ProgramAnggaran]) -> tuple[list[dict[str, str]], dict[str, str], cp.Serapan | None]:
    """The budget table (each program, then its kegiatan numbered 1.1, 1.2),
    the totals, and the total absorption (None while a realisasi is missing)."""
    baris = []
    semua: list[KegiatanAnggaran] = []
    for i, prog in enumerate(program, start=1):
        baris.append(_baris_anggaran(str(i), prog.nama, prog.kegiatan)[0])
        baris += [_baris_anggaran(f"{i}.{j}", k.nama, [k])[0] for j, k in enumerate(prog.kegiatan, start=1)]
        semua += prog.kegiatan
    if not semua:
        return [], {"pagu": KOSONG, "realisasi": KOSONG, "serapan": KOSONG}, None
    total, serapan = _baris_anggaran("", "", semua)
    return baris, {k: total[k] for k in ("pagu", "realisasi", "serapan")}, serapan


def rata_rata(hasil: list[Hasil]) -> Decimal | None:
    nilai = [h.capaian.nilai for h in hasil if h.capaian is not None and h.capaian.nilai is not None]
    if not nilai:
        return None
    return cp.KONTEKS.divide(sum(nilai, Decimal(0)), Decimal(len(nilai)))
