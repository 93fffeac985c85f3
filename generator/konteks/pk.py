"""Stage 4 for the Perjanjian Kinerja: the render context of one unit's PK
(the pernyataan page, the annex with targets and budget, the Rencana Aksi),
every value a formatted Indonesian string, in the format of PermenPAN-RB
53/2014. The wording is data: ``data/perjanjian_kinerja.yaml``."""

from __future__ import annotations

from typing import Any

from ..dasar import format as fmt
from ..dasar.nilai import Nilai
from ..hitung.perjanjian import IsiPk, IndikatorPk, ProgramAnggaran
from ..hitung.skala import Skala
from ..muat import model as m
from .keputusan import NAMA_KOSONG, kop, nama_bergelar, tampil_nilai, tanda_tangan, teks, teks_kaya
from .teks import data, isikan

ROMAWI_TW = ("TW I", "TW II", "TW III", "TW IV")


def kalimat(bagian: str) -> dict[str, Any]:
    """A section of ``data/perjanjian_kinerja.yaml``."""
    return data("perjanjian_kinerja")[bagian]


def judul_unit(unit: m.Unit, ins: m.Instansi) -> list[str]:
    """The lines naming the unit above the annex: the unit, the Perangkat
    Daerah when the unit's name does not hold it ("BAGIAN HUKUM",
    "SEKRETARIAT DAERAH"), the region unless the last line ends with it."""
    baris = [fmt.huruf_kapital(unit.nama)]
    pd = fmt.huruf_kapital(ins.nama)
    if pd not in baris[0]:
        baris.append(pd)
    daerah = f"{ins.jenis_daerah} {ins.nama_daerah}"
    if not " ".join(baris[-1].split()).casefold().endswith(daerah.casefold()):
        baris.append(fmt.huruf_kapital(daerah))
    return baris


def judul_dokumen(isi: IsiPk) -> str:
    """The document's title in its properties and the manifest."""
    j, pk = kalimat("judul"), isi.pk
    return isikan(j["dokumen_perubahan" if pk.perubahan else "dokumen"], tahun=pk.tahun, unit=isi.unit.nama,
                  perubahan=pk.perubahan)


def target_bersatuan(nilai: Nilai | None, ind: m.Indikator, skala: dict[str, Skala]) -> str:
    """A target with its satuan ("84 indeks", "100%", "3 Laporan"), unless it
    carries a unit or a predicate of its own ("BB = 70,4", "3,40 (B-)")."""
    tampil = tampil_nilai(nilai, ind, skala)
    if nilai is None or nilai.satuan or nilai.predikat or tampil != nilai.tampil() or not ind.satuan.strip():
        return tampil
    return tampil + ("%" if ind.satuan.strip() == "%" else f" {ind.satuan.strip()}")


def _pihak(isi: IsiPk, ins: m.Instansi, konsep: bool) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Nama and Jabatan of each party with the words that name it."""
    s, nama_pihak = kalimat("pernyataan"), nama_pihak_pk(ins)
    satu = isi.pihak_kedua is None  # the Pemda's own PK: no names for one party
    hasil = []
    for ttd, sebutan in ((isi.pihak_pertama, s["sebutan_pertama"]), (isi.pihak_kedua, s["sebutan_kedua"])):
        if ttd is None:
            continue
        sorot = konsep and ttd.perlu_konfirmasi is not None
        nama = nama_bergelar(ttd, gelar=True)
        jabatan = f"{ttd.prefiks} {ttd.jabatan}" if ttd.prefiks else ttd.jabatan
        hasil.append({"nama": teks_kaya(nama or (NAMA_KOSONG if sorot else ""), sorot=sorot), "jabatan": teks(jabatan),
                      "sebutan": "" if satu else isikan(sebutan, **nama_pihak)})
    return hasil, nama_pihak


def tanda_tangan_kosong() -> dict[str, Any]:
    """An empty signature block (the second party of a one-signer PK)."""
    return {"jabatan": "", "nama": teks_kaya(""), "pangkat": "", "nip": "", "konfirmasi": False}


def nama_pihak_pk(ins: m.Instansi) -> dict[str, str]:
    """PIHAK PERTAMA (or PIHAK KESATU, by the setting) and PIHAK KEDUA."""
    p = kalimat("pihak")
    return {"pihak_pertama": p["kesatu"] if ins.pengaturan.pihak_kesatu else p["pertama"], "pihak_kedua": p["kedua"]}


def _pernyataan(isi: IsiPk, ins: m.Instansi, konsep: bool) -> dict[str, Any]:
    """The pernyataan page: opening, parties, promise, supervision, place and date."""
    pihak, nama = _pihak(isi, ins, konsep)
    satu = isi.pihak_kedua is None
    s = kalimat("pernyataan_satu_pihak" if satu else "pernyataan")
    tanggal = isi.ditetapkan.tanggal
    if konsep:  # the day is given when it is signed
        tanggal = fmt.Tanggal(tanggal.tahun, tanggal.bulan, None)
    ttd = {"pertama": tanda_tangan(isi.pihak_pertama, ins, penetapan=False, konsep=konsep)}
    if not satu:
        ttd["kedua"] = tanda_tangan(isi.pihak_kedua, ins, penetapan=False, konsep=konsep)
    return {
        "satu_pihak": satu,
        "pembuka": s["pembuka"],
        "pihak": pihak,
        "janji": isikan(s["janji"], **nama),
        "pengawasan": "" if satu else isikan(s["pengawasan"], **nama),
        "tempat_tanggal": f"{isi.ditetapkan.tempat or ins.ibukota}, {tanggal.teks}",
        "label_pertama": "" if satu else nama["pihak_pertama"] + ",",
        "label_kedua": "" if satu else nama["pihak_kedua"] + ",",
        "ttd_pertama": ttd["pertama"],
        "ttd_kedua": ttd.get("kedua") or tanda_tangan_kosong(),
    }


def _sasaran(isi: IsiPk, skala: dict[str, Skala], konsep: bool) -> list[dict[str, Any]]:
    return [
        {
            "no": str(n),
            "sasaran": teks(s.sasaran.kinerja_utama),
            "indikator": [
                {"nama": teks_kaya(i.ind.nama, sorot=konsep and i.ind.perlu_konfirmasi is not None),
                 "target": target_bersatuan(i.target, i.ind, skala)}
                for i in s.indikator
            ],
        }
        for n, s in enumerate(isi.sasaran, start=1)
    ]


def _anggaran(program: list[ProgramAnggaran], rinci: bool) -> list[dict[str, Any]]:
    """Each program (bold, with its total) and, when ``rinci``, its kegiatan."""
    baris = []
    for i, prog in enumerate(program, start=1):
        baris.append({"no": str(i), "nama": teks_kaya(prog.nama, tebal=rinci),
                      "pagu": teks_kaya(fmt.rupiah(prog.pagu), tebal=rinci)})
        if rinci:
            baris += [{"no": f"{i}.{j}", "nama": teks_kaya(k.nama), "pagu": teks_kaya(fmt.rupiah(k.pagu))}
                      for j, k in enumerate(prog.kegiatan, start=1)]
    return baris


def _rencana_aksi(daftar: list[IndikatorPk], skala: dict[str, Skala]) -> list[dict[str, Any]]:
    return [
        {"no": str(n), "nama": teks(i.ind.nama), "target": target_bersatuan(i.target, i.ind, skala),
         "tw": [target_bersatuan(v, i.ind, skala) for v in i.rencana_aksi.tw[:4]]}
        for n, i in enumerate(daftar, start=1)
    ]


def _lampiran(isi: IsiPk, ins: m.Instansi, skala: dict[str, Skala], konsep: bool) -> dict[str, Any]:
    """The annex: its title, the targets, the budget and its total in words, the Rencana Aksi."""
    lam, pk = kalimat("lampiran"), isi.pk
    return {
        "judul_unit": judul_unit(isi.unit, ins),
        "judul_sasaran": lam["sasaran_akar" if isi.akar else "sasaran"],
        "judul_program": lam["program_akar" if isi.akar else "program"],
        "sasaran": _sasaran(isi, skala, konsep),
        "anggaran": _anggaran(isi.anggaran, rinci=not isi.akar),
        "ada_anggaran": bool(isi.anggaran),
        "label_jumlah": lam["jumlah"],
        "jumlah": fmt.rupiah(isi.jumlah_anggaran),
        "jumlah_terbilang": isikan(lam["jumlah_terbilang"], rupiah=fmt.rupiah_terbilang(isi.jumlah_anggaran)),
        "judul_rencana_aksi": isikan(kalimat("judul")["rencana_aksi"], tahun=pk.tahun),
        "rencana_aksi": _rencana_aksi(isi.rencana_aksi, skala),
        "tw": list(ROMAWI_TW),
        "tanda_contoh": kalimat("data_contoh")["tanda"] if pk.data_contoh else "",
    }


def konteks_pk(isi: IsiPk, konten: m.Konten, skala: dict[str, Skala], *, konsep: bool = False) -> dict[str, Any]:
    """Everything the template ``perjanjian_kinerja.docx`` shows."""
    ins, pk = konten.instansi, isi.pk
    j = kalimat("judul")
    ctx: dict[str, Any] = {
        "logo": "",
        "judul": isikan(j["pk_perubahan" if pk.perubahan else "pk"], tahun=pk.tahun, perubahan=pk.perubahan),
        "tahun": str(pk.tahun),
        "status": "konsep" if konsep else "final",
        "konsep": konsep,
    }
    ctx.update(kop(ins))
    ctx.update(_pernyataan(isi, ins, konsep))
    ctx.update(_lampiran(isi, ins, skala, konsep))
    return ctx
