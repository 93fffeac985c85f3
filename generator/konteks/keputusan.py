"""Stage 4: the render context, every value a formatted Indonesian string.

Templates see only what is built here: dicts, lists and strings (and an image
for the logo).  All formatting goes through ``format``; nothing here decides
page layout.
"""

from __future__ import annotations

from typing import Any

from docxtpl import Listing, RichText

from ..dasar import format as fmt
from ..hitung import iku as hitung
from ..muat import model as m
from ..dasar import organisasi as org
from ..dasar.nilai import Nilai
from ..dasar.pola import PolaError, isi_pola
from ..hitung.skala import Skala

KOSONG = "-"
# A konsep marks a flagged signer whose name is unknown with a highlighted
# blank where the name goes, so that the reading to confirm shows.
NAMA_KOSONG = "\u00a0" * 24


def _baris_baru(nilai: str) -> str:
    return nilai.replace("\r\n", "\n").replace("\r", "\n")


def teks(nilai: str | None, kosong: str = "") -> Any:
    """A text value for a ``{{ }}`` tag: line breaks and tabs kept as Word breaks."""
    if nilai is None:
        return kosong
    nilai = _baris_baru(nilai)
    if "\n" in nilai or "\t" in nilai:
        return Listing(nilai)
    return nilai


def teks_kaya(nilai: str | None, *, sorot: bool = False, tebal: bool = False, garis_bawah: bool = False) -> RichText:
    """A text value for a ``{{r }}`` tag, which carries its own formatting:
    ``sorot`` is the yellow highlight of a reading to confirm in a konsep."""
    rt = RichText(_baris_baru(nilai or ""), bold=tebal or None, underline=garis_bawah or None)
    if sorot:
        # A real run highlight (docxtpl's own "highlight" writes a shading);
        # the properties are put in schema order after rendering (ooxml).
        sorot_xml = '<w:highlight w:val="yellow"/>'
        if "<w:rPr>" in rt.xml:
            rt.xml = rt.xml.replace("<w:rPr>", "<w:rPr>" + sorot_xml)
        else:
            rt.xml = rt.xml.replace("<w:r>", f"<w:r><w:rPr>{sorot_xml}</w:rPr>")
    return rt


def _kapital(nilai: str) -> str:
    return fmt.huruf_kapital(nilai)


def nomor_keputusan(kep: m.Keputusan, ins: m.Instansi, urut_kosong: str = "      ", *, konsep: bool = False) -> str:
    """The decree number in the configured form; a blank sequence (always in a
    konsep) is written ``urut_kosong``.  Only the bare fields of
    ``m.MEDAN_NOMOR`` are filled (no format specification, conversion or
    attribute); a format the checks would refuse (content compared by
    ``naskah beda`` is not checked) falls back to the default form."""
    n = kep.nomor
    nilai = dict(kode=n.kode, urut=n.urut if n.urut and not konsep else urut_kosong, unit=n.unit, tahun=n.tahun)
    try:
        return isi_pola(ins.pengaturan.format_nomor, **nilai)
    except PolaError:
        return isi_pola(m.Pengaturan().format_nomor, **nilai)


def _akhiri(teks_: str, tanda: str) -> str:
    teks_ = teks_.rstrip()
    return teks_ if teks_.endswith(tanda) else teks_ + tanda


def nama_bergelar(ttd: m.Penandatangan, *, gelar: bool) -> str:
    """The signer's name, with the academic titles when ``gelar``; "" when unknown."""
    nama = ttd.nama or ""
    if nama and gelar:
        if ttd.gelar_depan:
            nama = f"{ttd.gelar_depan} {nama}"
        if ttd.gelar_belakang:
            nama = f"{nama}, {ttd.gelar_belakang}"
    return nama


def tanda_tangan(ttd: m.Penandatangan, ins: m.Instansi, *, penetapan: bool = True, konsep: bool = False) -> dict[str, Any]:
    """The signature block of one signer (Permendagri 1/2023 Pasal 44): on a
    naskah dinas penetapan (``penetapan``) the name without academic titles
    unless the settings ask for them; a Plt./Plh./Pj. prefix before the office."""
    peng = ins.pengaturan
    # The office in capitals; a Plt./Plh./Pj. prefix keeps its own spelling.
    jabatan = _kapital(_akhiri(ttd.jabatan, ","))
    if ttd.prefiks:
        jabatan = f"{ttd.prefiks} {jabatan}"
    nama = nama_bergelar(ttd, gelar=peng.gelar_pada_penetapan or not penetapan)
    sorot = konsep and ttd.perlu_konfirmasi is not None
    # The regional secretary may sign without pangkat and NIP, printed only
    # when the setting asks for them; the head of the region never carries
    # them (Permendagri 1/2023 Pasal 44).
    aturan = org.aturan_pangkat_nip(ttd.jabatan)
    tampil_pangkat = aturan == org.WAJIB or (aturan == org.PILIHAN and peng.ttd_kepala_pangkat_nip)
    pangkat = ""
    if tampil_pangkat and (ttd.pangkat or ttd.golongan):
        if ttd.pangkat and ttd.golongan:
            pangkat = f"{ttd.pangkat} ({ttd.golongan})"
        else:
            pangkat = ttd.pangkat or ttd.golongan or ""
    nip = f"NIP {fmt.nip(ttd.nip)}" if tampil_pangkat and ttd.nip else ""
    return {
        "jabatan": jabatan,
        "nama": teks_kaya(nama or (NAMA_KOSONG if sorot else ""), sorot=sorot, tebal=True, garis_bawah=True),
        "pangkat": pangkat,
        "nip": nip,
        "konfirmasi": ttd.perlu_konfirmasi is not None,
    }


def kop(ins: m.Instansi) -> dict[str, Any]:
    baris = list(ins.kop)
    judul, alamat = (baris[:-1], baris[-1]) if len(baris) > 1 else (baris, "")
    return {"kop_judul": judul, "kop_alamat": alamat}


def _dasar_keputusan(kep: m.Keputusan, ins: m.Instansi, konsep: bool) -> dict[str, Any]:
    """What the decree and each of its annexes share.  A konsep leaves the
    sequence number and the day blank: they are given when the decree is signed
    (Permendagri 1/2023 on tata naskah dinas, penomoran naskah dinas)."""
    tanggal = kep.ditetapkan.tanggal
    if konsep:
        tanggal_teks = fmt.Tanggal(tanggal.tahun, tanggal.bulan, None).teks
    else:
        tanggal_teks = fmt.tanggal_penetapan(tanggal, hijriah=ins.pengaturan.tanggal_hijriah)
    return {
        "judul_keputusan": _kapital(f"Keputusan {kep.pejabat}"),
        "nomor_keputusan": nomor_keputusan(kep, ins, konsep=konsep),
        "tentang": _kapital(kep.tentang),
        "tanggal": tanggal_teks,
        "tempat": kep.ditetapkan.tempat or ins.ibukota,
        "status": "konsep" if konsep else "final",
        "konsep": konsep,
    }


def _tanda_baca(kep: m.Keputusan, peng: m.Pengaturan) -> dict[str, str]:
    """The decree's own punctuation: the standard form (the office ending in
    a comma, ``MEMUTUSKAN:``, the Menetapkan title in capitals ending in a
    full stop; Permendagri 1/2023, susunan naskah dinas keputusan), or the
    content printed as written, for a decree transcribed from a printed one."""
    baku = peng.tanda_baca == m.BAKU
    return {
        "nomor_label": "NOMOR :" if peng.nomor_titik_dua else "NOMOR",
        "pejabat": _kapital(_akhiri(kep.pejabat, ",") if baku else kep.pejabat),
        "memutuskan": "MEMUTUSKAN:" if baku else "MEMUTUSKAN",
        "menetapkan": _kapital(_akhiri(kep.menetapkan, ".")) if baku else teks(kep.menetapkan),
    }


def konteks_keputusan(kep: m.Keputusan, konten: m.Konten, logo: Any = "", *, konsep: bool = False) -> dict[str, Any]:
    ins = konten.instansi
    ctx = _dasar_keputusan(kep, ins, konsep)
    ctx.update(kop(ins))
    ctx.update(
        {
            "logo": logo,
            **_tanda_baca(kep, ins.pengaturan),
            "menimbang": [
                {"huruf": f"{fmt.huruf_urut(i)}.", "teks": teks(t)} for i, t in enumerate(kep.menimbang, start=1)
            ],
            "mengingat": [{"angka": f"{i}.", "teks": teks(t)} for i, t in enumerate(kep.mengingat, start=1)],
            "diktum": [
                {"ordinal": fmt.ordinal_diktum(i), "teks": teks(t)} for i, t in enumerate(kep.diktum, start=1)
            ],
            "ttd": tanda_tangan(kep.penandatangan, ins, konsep=konsep),
            # The paraf koordinasi table of a konsep (officials from the settings).
            "paraf": [{"no": str(i), "jabatan": j} for i, j in enumerate(org.paraf(ins), start=1)]
            if konsep
            else [],
        }
    )
    return ctx


def tampil_nilai(nilai: Nilai | None, ind: m.Indikator, skala: dict[str, Skala]) -> str:
    """A target, kondisi or realisasi as shown: its predicate written or derived
    from the indicator's scale, in the scale's form; "-" when empty."""
    if nilai is None:
        return KOSONG
    pred = hitung.predikat(nilai, ind, skala)
    pola = skala[ind.skala].pola if ind.skala in skala else None
    if nilai.predikat is not None:
        pola = nilai.pola or pola
    return nilai.tampil(predikat=pred, pola=pola)


def _penjelasan(ind: m.Indikator) -> list[dict[str, Any]]:
    hasil = []
    for label, isi in (
        ("Makna Indikator", ind.makna),
        ("Alasan Pemilihan Indikator", ind.alasan),
        ("Cara Hitung", ind.cara_hitung),
    ):
        if isi:
            hasil.append({"label": label, "teks": teks(isi)})
    return hasil


def nama_bersatuan(ind: m.Indikator, cetak: str) -> str:
    """The indicator's name, followed by its satuan in brackets when the
    setting prints the satuan after the name and the targets do not carry
    it ("Indeks Kepuasan Masyarakat (indeks)", not "... (%)" after "100%")."""
    if cetak != m.SETELAH_INDIKATOR or all(v.satuan for v in ind.target.values()):
        return ind.nama
    return f"{ind.nama.rstrip()} ({ind.satuan})"


def _baris_indikator(
    ind: m.Indikator,
    tahun: list[int],
    skala: dict[str, Skala],
    konsep: bool,
    sasaran_dikonfirmasi: bool = False,
    satuan: str = m.KOLOM,
) -> dict[str, Any]:
    return {
        "id": ind.id,
        "nama": teks_kaya(
            nama_bersatuan(ind, satuan), sorot=konsep and (ind.perlu_konfirmasi is not None or sasaran_dikonfirmasi)
        ),
        "satuan": ind.satuan,
        "kondisi_awal": tampil_nilai(ind.kondisi_awal, ind, skala),
        "target": [tampil_nilai(ind.target.get(t), ind, skala) for t in tahun],
        "kondisi_akhir": tampil_nilai(hitung.kondisi_akhir(ind), ind, skala),
        "penjelasan": _penjelasan(ind),
        "penanggung_jawab": teks(ind.penanggung_jawab, KOSONG),
        "sumber_data": teks(ind.sumber_data, KOSONG),
        "konfirmasi": ind.perlu_konfirmasi is not None,
    }


def _sasaran(
    daftar: list[m.Sasaran], nomor: list[int], tahun: list[int], skala: dict[str, Skala], konsep: bool, satuan: str
) -> list[dict[str, Any]]:
    return [
        {
            "no": str(n),
            "kinerja_utama": teks(s.kinerja_utama),
            "indikator": [
                _baris_indikator(ind, tahun, skala, konsep, s.perlu_konfirmasi is not None, satuan) for ind in s.indikator
            ],
        }
        for s, n in zip(daftar, nomor)
    ]


def tabel_unit(
    unit: m.Unit, ins: m.Instansi, skala: dict[str, Skala], konsep: bool = False, satuan: str = m.KOLOM
) -> list[dict[str, Any]]:
    """The unit's IKU tables: one per level, rows numbered per table;
    ``satuan`` is where the setting prints the satuan."""
    tahun = unit.periode.tahun
    hasil = []
    for judul, kelompok in hitung.tabel_unit(unit, ins):
        nomor = hitung.nomor_baris([daftar for _, daftar in kelompok])
        hasil.append(
            {
                "judul": judul,
                "kelompok": [
                    {"judul": sub, "sasaran": _sasaran(daftar, no, tahun, skala, konsep, satuan)}
                    for (sub, daftar), no in zip(kelompok, nomor)
                ],
            }
        )
    return hasil


def jumlah_kolom(unit: m.Unit, ins: m.Instansi, ada_awal: bool, satuan_kolom: bool = False) -> int:
    """Columns of the unit's IKU table (for a row spanning the whole table):
    the root level's table (the Perangkat Daerah's own) differs."""
    akar = unit.tingkat == org.akar(ins)
    depan = 2 if akar else 3  # Sasaran, Indikator | No, KU, IKU
    akhir = 1 if akar else 0  # Kondisi akhir
    return depan + (1 if satuan_kolom else 0) + (1 if ada_awal else 0) + len(unit.periode.tahun) + akhir + 3


def _label_lampiran(peng: m.Pengaturan, nomor: int | None, pertama: bool) -> str:
    """``LAMPIRAN``, ``LAMPIRAN II``, or "" for an annex without the block."""
    if peng.kepala_lampiran == m.BERSAMA:
        return "LAMPIRAN" if pertama else ""
    return "LAMPIRAN" if nomor is None else f"LAMPIRAN {fmt.romawi(nomor)}"


def _daerah_judul(unit: m.Unit, ins: m.Instansi) -> str:
    """The region after the unit's name in an annex title ("SEKRETARIAT
    DAERAH" + "KABUPATEN BALANGAN"); empty when the name already ends with it
    ("PEMERINTAH KABUPATEN CONTOH")."""
    daerah = f"{ins.jenis_daerah} {ins.nama_daerah}"
    return "" if " ".join(unit.nama.split()).casefold().endswith(daerah.casefold()) else _kapital(daerah)


def konteks_lampiran(
    unit: m.Unit,
    kep: m.Keputusan,
    konten: m.Konten,
    skala: dict[str, Skala],
    *,
    nomor: int | None,
    pertama: bool = True,
    konsep: bool = False,
) -> dict[str, Any]:
    """Context of one annex: the LAMPIRAN block, the unit's tables, its signer.

    The LAMPIRAN block heads every annex (``LAMPIRAN I``, ``II``, ... when
    numbered), or with ``kepala_lampiran: bersama`` only the first one, as
    one header over all the annexes."""
    ins = konten.instansi
    ctx = _dasar_keputusan(kep, ins, konsep)
    indikator = unit.semua_indikator()
    tahun = unit.periode.tahun
    ada_awal = any(i.kondisi_awal is not None for i in indikator)
    satuan = ins.pengaturan.satuan.lampiran
    ctx.update(
        {
            "lampiran": _label_lampiran(ins.pengaturan, nomor, pertama),
            "unit": _kapital(unit.nama),
            # The title's unit name, highlighted in a konsep when the unit is flagged.
            "judul_unit": teks_kaya(_kapital(unit.nama), sorot=konsep and unit.perlu_konfirmasi is not None),
            "daerah": _daerah_judul(unit, ins),
            "periode": f"{unit.periode.awal}-{unit.periode.akhir}",
            "tugas": teks(unit.tugas) if unit.tugas else "",
            "fungsi": [teks(f) for f in unit.fungsi],
            "tahun": [str(t) for t in tahun],
            "ada_kondisi_awal": ada_awal,
            "satuan_kolom": satuan == m.KOLOM,
            "jumlah_kolom": jumlah_kolom(unit, ins, ada_awal, satuan == m.KOLOM),
            "tabel": tabel_unit(unit, ins, skala, konsep, satuan),
            "ttd": tanda_tangan(org.penandatangan_lampiran(unit, ins, kep.penandatangan), ins, konsep=konsep),
        }
    )
    return ctx
