"""Stage 4 for the LKjIP: the report's render context, computed from the IKU
and the year's realisasi (``capaian``), every number formatted (``format``),
in the parts of a Laporan Kinerja (PermenPAN-RB 53/2014).  Its sentences are
data: ``data/kalimat_lkjip.yaml``.

Images and inserted Word content are passed as :class:`Gambar` and
:class:`Sisipan` values; the renderer turns them into docxtpl objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dasar import format as fmt
from ..dasar import organisasi as org
from ..dasar.nilai import Nilai
from ..dasar.tembolok import Tembolok
from ..hitung import capaian as cp
from ..hitung.perjanjian import IsiPk, anggaran_tahun, isi_pk, pk_unit
from ..hitung.skala import Skala
from ..muat import model as m
from .keputusan import KOSONG, nama_bersatuan, nomor_keputusan, tanda_tangan, teks
from .lkjip_hasil import Gambar, Hasil, Sisipan, persen, realisasi_per_tahun, tampil, target_pada
from .lkjip_kalimat import kalimat_indikator
from .pk import nama_pihak_pk, tanda_tangan_kosong
from .lkjip_tabel import anggaran, grafik, perbandingan, rata_rata, rentang_pita
from .teks import data, isikan

__all__ = ["Gambar", "Sisipan", "berkas_narasi", "geser_narasi", "hitung_lkjip", "konteks_lkjip"]


def _kalimat(bagian: str) -> dict[str, Any]:
    """A section of ``data/kalimat_lkjip.yaml``."""
    return data("kalimat_lkjip")[bagian]


def hitung_lkjip(lk: m.Lkjip, konten: m.Konten) -> list[Hasil]:
    hasil = []
    tahun_ini = konten.realisasi.get(lk.tahun)
    for uid in lk.unit:
        unit = konten.unit[uid]
        for s in unit.semua_sasaran():
            for ind in s.indikator:
                isi = tahun_ini.indikator.get(ind.id) if tahun_ini else None
                target = target_pada(konten, ind, lk.tahun)
                realisasi = isi.realisasi if isi else None
                c = None
                if realisasi is not None and target is not None:
                    c = cp.hitung_capaian(target.angka, realisasi.angka, ind.arah)
                riwayat = realisasi_per_tahun(konten, ind.id, lk.tahun)
                hasil.append(Hasil(unit, s, ind, target, realisasi, c, isi, riwayat))
    return hasil


@dataclass
class _Laporan:
    """What every part of one report is computed from."""

    lk: m.Lkjip
    konten: m.Konten
    skala: dict[str, Skala]
    hasil: list[Hasil]
    instansi: str  # the organisation, as named in the sentences
    tembolok: Tembolok | None = None  # where charts drawn before are kept

    @property
    def pita(self) -> Skala:
        return self.skala["capaian"]

    def tampil(self, nilai: Nilai | None, ind: m.Indikator) -> str:
        return tampil(nilai, ind, self.skala)

    def indikator(self, ind: m.Indikator) -> Any:
        """The indicator's name in a table, with its satuan when the setting
        prints it after the name."""
        return teks(nama_bersatuan(ind, self.konten.instansi.pengaturan.satuan.lkjip))

    def pita_capaian(self, c: cp.Capaian | None) -> str:
        return (cp.pita_capaian(c.nilai, self.pita) or KOSONG) if c and c.nilai is not None else KOSONG


def konteks_lkjip(
    lk: m.Lkjip,
    konten: m.Konten,
    skala: dict[str, Skala],
    narasi: dict[Path, bytes],
    tembolok: Tembolok | None = None,
) -> dict[str, Any]:
    """Everything the LKjIP template shows, computed and formatted (its
    charts taken from ``tembolok`` where drawn before)."""
    ins = konten.instansi
    judul = _kalimat("judul")
    instansi = org.nama_lengkap(ins)
    lap = _Laporan(lk, konten, skala, hitung_lkjip(lk, konten), instansi, tembolok)
    baris_anggaran, total, serapan_total = anggaran(anggaran_tahun(konten, lk.tahun))

    def sisip(jalur: Path | None) -> Any:
        return Sisipan(narasi[konten.folder / jalur]) if jalur is not None else ""

    return {
        "judul": judul["judul"],
        "judul_lengkap": lk.judul or isikan(judul["judul_lengkap"], instansi=instansi, tahun=lk.tahun),
        "instansi": fmt.huruf_kapital(instansi),
        "pemda": fmt.huruf_kapital(ins.pemerintah_daerah),
        "tempat": lk.ditetapkan.tempat or ins.ibukota,
        "tanggal": lk.ditetapkan.tanggal.teks,
        "tahun": str(lk.tahun),
        "tahun_terbit": str(lk.ditetapkan.tanggal.tahun),
        "satuan_kolom": ins.pengaturan.satuan.lkjip == m.KOLOM,
        "data_contoh": lk.data_contoh,
        "tanda_contoh": _kalimat("data_contoh")["tanda"],
        "logo": "",
        "kata_pengantar": sisip(lk.narasi.kata_pengantar),
        "ttd": tanda_tangan(lk.penandatangan, ins, penetapan=False),
        **_lampiran_pk(lk, konten),
        **_ikhtisar(lap, total, serapan_total),
        "daftar_isi": [{"teks": isikan(d["teks"], tahun=lk.tahun), "tingkat": d["tingkat"]} for d in judul["daftar_isi"]],
        "pendahuluan": sisip(lk.narasi.pendahuluan),
        **_perencanaan(lap),
        "kalimat_capaian": isikan(_kalimat("capaian")["pengukuran"], tahun=lk.tahun),
        "capaian": _tabel_capaian(lap),
        "unit": [
            {"judul": konten.unit[uid].nama, "indikator": daftar, "analisis": sisip(lk.narasi.analisis.get(uid))}
            for uid, daftar in _capaian_unit(lap).items()
        ],
        "kalimat_anggaran": isikan(_kalimat("anggaran")["pengantar"], tahun=lk.tahun),
        "anggaran": baris_anggaran,
        "total": total,
        "kalimat_efisiensi": _efisiensi(lap, serapan_total),
        "penutup": sisip(lk.narasi.penutup),
    }


def pk_laporan(lk: m.Lkjip, konten: m.Konten) -> IsiPk | None:
    """The PK the report appends: that of its first reported root unit (the
    head's), else of its first reported unit with a PK that year."""
    unit = sorted(lk.unit, key=lambda uid: not org.adalah_akar(konten.unit[uid], konten.instansi))
    for uid in unit:
        berlaku = pk_unit(konten, lk.tahun, uid)
        if berlaku is not None:
            return isi_pk(konten, berlaku[0], uid)
    return None


def _lampiran_pk(lk: m.Lkjip, konten: m.Konten) -> dict[str, Any]:
    """The parties, place and date of the appended Perjanjian Kinerja: the
    PK's; without one, the report's signer and the head's superior by the
    kind. A head without a superior (the Pemda) signs alone: no party is
    named and the left block stays empty."""
    ins, isi = konten.instansi, pk_laporan(lk, konten)
    pihak = nama_pihak_pk(ins)
    if isi is None:
        pertama, kedua, tempat, tanggal = lk.penandatangan, org.atasan_kepala(ins), lk.ditetapkan.tempat, lk.ditetapkan.tanggal
    else:
        pertama, kedua = isi.pihak_pertama, isi.pihak_kedua
        tempat, tanggal = isi.ditetapkan.tempat, isi.ditetapkan.tanggal
    satu = kedua is None
    return {
        "pk_pihak_pertama": tanda_tangan(pertama, ins, penetapan=False),
        "pihak_kedua": tanda_tangan_kosong() if satu else tanda_tangan(kedua, ins, penetapan=False),
        "pk_tempat": tempat or ins.ibukota,
        "pk_tanggal": tanggal.teks,
        "pk_label_pertama": "" if satu else pihak["pihak_pertama"] + ",",
        "pk_label_kedua": "" if satu else pihak["pihak_kedua"] + ",",
    }


def _ikhtisar(lap: _Laporan, total: dict[str, str], serapan_total: cp.Serapan | None) -> dict[str, Any]:
    """Ikhtisar Eksekutif: its sentences and the count of indicators per band."""
    k, lk, hasil = _kalimat("ikhtisar"), lap.lk, lap.hasil
    ringkasan = cp.ringkas({h.ind.id: h.capaian for h in hasil}, lap.pita)
    unit_nama = [lap.konten.unit[u].nama for u in lk.unit]
    kal = [isikan(k["pembuka"], instansi=lap.instansi, tahun=lk.tahun, jumlah_indikator=len(hasil), jumlah_unit=len(unit_nama),
               daftar_unit=_daftar_kata(unit_nama))]
    jumlah = ringkasan.jumlah_per_pita
    sebaran = [isikan(k["sebaran_pita"], jumlah=n, pita=p) for p, n in jumlah.items()
               if n and p not in (cp.TIDAK_DAPAT_DIHITUNG, cp.BELUM_ADA_DATA)]
    if jumlah.get(cp.TIDAK_DAPAT_DIHITUNG):
        sebaran.append(isikan(k["sebaran_tidak_dapat_dihitung"], jumlah=jumlah[cp.TIDAK_DAPAT_DIHITUNG]))
    if jumlah.get(cp.BELUM_ADA_DATA):
        sebaran.append(isikan(k["sebaran_belum_ada_data"], jumlah=jumlah[cp.BELUM_ADA_DATA]))
    if sebaran:
        kal.append(isikan(k["sebaran"], jumlah_indikator=len(hasil), sebaran=_daftar_kata(sebaran)))
    if ringkasan.tertinggi:
        per_id = {h.ind.id: h for h in hasil}

        def daftar(ids: list[str]) -> str:
            return _daftar_kata([isikan(k["indikator_capaian"], nama=per_id[i].ind.nama, capaian=persen(per_id[i].capaian))
                                 for i in ids])

        kal.append(isikan(k["tertinggi_terendah"], tertinggi=daftar(ringkasan.tertinggi), terendah=daftar(ringkasan.terendah)))
    if serapan_total is not None:
        kal.append(isikan(k["anggaran"], tahun=lk.tahun, realisasi=fmt.rupiah(serapan_total.realisasi),
                       pagu=fmt.rupiah(serapan_total.pagu), serapan=total["serapan"]))
    if lk.data_contoh:
        kal.append(_kalimat("data_contoh")["tanda"])
    rentang = rentang_pita(lap.pita)
    pita = [{"pita": p, "rentang": rentang.get(p, KOSONG), "jumlah": str(n)} for p, n in jumlah.items()]
    return {"ikhtisar": kal, "ringkasan_pita": pita}


def _perencanaan(lap: _Laporan) -> dict[str, Any]:
    """Bab II: the IKU (the decree that set it, its table) and the Perjanjian Kinerja."""
    k, lk, ins = _kalimat("perencanaan"), lap.lk, lap.konten.instansi
    iku, pk = [], []
    for n, h in enumerate(lap.hasil, start=1):
        akhir = max(h.ind.target)
        iku.append({"no": str(n), "unit": h.unit.nama, "sasaran": teks(h.sasaran.kinerja_utama), "indikator": lap.indikator(h.ind),
                    "satuan": h.ind.satuan, "target": lap.tampil(h.ind.target.get(lk.tahun), h.ind),
                    "target_akhir": lap.tampil(h.ind.kondisi_akhir or h.ind.target[akhir], h.ind)})
        pk.append({"no": str(n), "sasaran": teks(h.sasaran.kinerja_utama), "indikator": lap.indikator(h.ind),
                   "satuan": h.ind.satuan, "target": lap.tampil(h.target, h.ind)})
    bab2 = []
    if lap.konten.keputusan:
        kep = lap.konten.keputusan[0]
        bab2.append(isikan(k["iku"], instansi=lap.instansi, pejabat=kep.pejabat, nomor=nomor_keputusan(kep, ins).strip(),
                        tentang=kep.tentang, tahun=lk.tahun))
    return {"bab2": bab2, "iku": iku, "kalimat_pk": _kalimat_pk(lap), "pk": pk}


def _kalimat_pk(lap: _Laporan) -> str:
    """Which PK the report measures against (the latest of the year for
    each unit, PK Perubahan ke-n with its date), and which targets it set."""
    k, lk, konten = _kalimat("perencanaan"), lap.lk, lap.konten
    per_pk: dict[str, list[str]] = {}
    ganti = []
    for uid in lk.unit:
        berlaku = pk_unit(konten, lk.tahun, uid)
        if berlaku is None:
            continue
        pk, isi = berlaku
        nama = isikan(k["nama_pk_perubahan" if pk.perubahan else "nama_pk"], tahun=pk.tahun, perubahan=pk.perubahan,
                      tanggal=(isi.ditetapkan or pk.ditetapkan).tanggal.teks)
        per_pk.setdefault(nama, []).append(konten.unit[uid].nama)
        ganti += [h.ind.nama for h in lap.hasil if h.unit.id == uid and h.ind.id in isi.target]
    if not per_pk:
        return isikan(k["pk_tanpa"], tahun=lk.tahun)
    if len(per_pk) == 1:
        nama_pk = next(iter(per_pk))
    else:
        nama_pk = _daftar_kata([isikan(k["pk_unit"], pk=n, unit=_daftar_kata(u)) for n, u in per_pk.items()])
    if ganti:
        return isikan(k["pk_disesuaikan"], tahun=lk.tahun, pk=nama_pk, indikator=_daftar_kata(ganti))
    return isikan(k["pk"], tahun=lk.tahun, pk=nama_pk)


def _tabel_capaian(lap: _Laporan) -> list[dict[str, Any]]:
    """Bab III A: every indicator's target, realisasi and capaian of the year."""
    return [{"no": str(n), "indikator": lap.indikator(h.ind), "satuan": h.ind.satuan,
             "target": lap.tampil(h.target, h.ind), "realisasi": lap.tampil(h.realisasi, h.ind),
             "capaian": persen(h.capaian), "pita": lap.pita_capaian(h.capaian)}
            for n, h in enumerate(lap.hasil, start=1)]


def _capaian_unit(lap: _Laporan) -> dict[str, list[dict[str, Any]]]:
    """Bab III A per unit: each indicator's sentences, its years compared and
    its chart, numbered through the whole report."""
    k, lk = _kalimat("capaian"), lap.lk
    hasil: dict[str, list[dict[str, Any]]] = {}
    urut = [h for uid in lk.unit for h in lap.hasil if h.unit is lap.konten.unit[uid]]
    gambar = dict(zip(map(id, urut), grafik(urut, lap.konten, lk, lap.tembolok)))  # every chart at once
    nomor = 0
    for uid in lk.unit:
        unit = lap.konten.unit[uid]
        hasil[uid] = []
        for h in (h for h in lap.hasil if h.unit is unit):
            nomor += 1
            hasil[uid].append({
                "judul": isikan(k["judul_indikator"], nomor=nomor, nama=h.ind.nama),
                "kalimat": kalimat_indikator(h, lk, lap.skala, lap.pita),
                "perbandingan": perbandingan(h, lap.konten, lk, lap.skala, lap.pita),
                "penjelasan": teks(h.isi.penjelasan) if h.isi and h.isi.penjelasan else "",
                "grafik": gambar[id(h)],
                "keterangan_grafik": isikan(k["keterangan_grafik"], nomor=nomor, nama=h.ind.nama),
            })
    return hasil


def _efisiensi(lap: _Laporan, serapan_total: cp.Serapan | None) -> list[str]:
    """The efficiency of the resources: the mean capaian against the budget absorbed."""
    rata = rata_rata(lap.hasil)
    if rata is None or serapan_total is None or serapan_total.persen is None:
        return []
    k = _kalimat("anggaran")
    e = cp.efisiensi(rata, serapan_total.persen)
    efisiensi = fmt.persen(e, desimal=2) if e is not None else k["efisiensi_tidak_dapat_dihitung"]
    return [isikan(k["efisiensi"], rata=fmt.persen(rata, desimal=2), serapan=fmt.persen(serapan_total.persen, desimal=2),
                efisiensi=efisiensi)]


def _daftar_kata(kata: list[str]) -> str:
    """'a', 'a dan b', 'a, b, dan c'."""
    kata = list(kata)
    if len(kata) <= 1:
        return "".join(kata)
    if len(kata) == 2:
        return f"{kata[0]} dan {kata[1]}"
    return ", ".join(kata[:-1]) + f", dan {kata[-1]}"


#: A unit's analysis sits under the unit's heading (Heading 3) of Bab III:
#: its ``#`` becomes Heading 4.
GESER_ANALISIS = 3


def geser_narasi(lk: m.Lkjip, folder: Path) -> dict[Path, int]:
    """The heading shift of each narrative that is not a chapter's own."""
    return {folder / d: GESER_ANALISIS for d in lk.narasi.analisis.values()}


def berkas_narasi(lk: m.Lkjip, folder: Path) -> list[Path]:
    n = lk.narasi
    daftar = [n.kata_pengantar, n.pendahuluan, *n.analisis.values(), n.penutup]
    return [folder / d for d in daftar if d is not None]
