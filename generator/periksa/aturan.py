"""Stage 2c: domain checks (DOMAIN.md §2, §4, §5, §6), after ``validasi``.

The schema checks each field alone and ``validasi`` checks references between
files; here we check what the rules of the domain say about the values: a NIP
that cannot be real, a pangkat that does not belong to its golongan, a
predicate that disagrees with its score, a target that looks mistyped, a
signer spelled two ways, Menimbang/Mengingat punctuation, academic titles in
a name, and every ``perlu_konfirmasi`` note.

Each problem is recorded on the :class:`~generator.skema.Pemeriksa` with the
place of the exact field, the dotted path of that field inside its file, an
Indonesian message and a stable ``kode``:

=====================  ===========  =============================================
kode                   tingkat      what
=====================  ===========  =============================================
nip                    galat        NIP not 18 digits, impossible birth date or
                                    TMT CPNS, TMT < 18 years after birth, TMT
                                    after the decree, gender digit not 1 or 2
golongan               galat        golongan/ruang not in the table (I/a..IV/e)
pangkat                galat        pangkat not in the table (with a suggestion)
pangkat-golongan       galat        pangkat and golongan both known, disagreeing
predikat               galat        written predicate differs from the scale's
rentang-skala          galat        value outside the range of its scale
tanggal-nomor          galat        year of the enactment date != nomor.tahun
tanggal-periode        galat        enactment date outside the period of the
                                    annexed units (earliest awal - 1 .. latest
                                    akhir)
predikat-tanpa-skala   peringatan   predicate written, indicator has no skala
kondisi-akhir          peringatan   kondisi_akhir != the last year's target
persen                 peringatan   a percentage outside 0-100
arah                   peringatan   targets moving against the indicator's arah
target-pencilan        peringatan   a target far out of line with its other years
ttd-nama-berbeda       peringatan   one office signed with different names
menimbang              peringatan   item not starting "bahwa" or not ending ";"
mengingat              peringatan   item not ending ";" (the last: ".")
gelar                  peringatan   academic title written inside ``nama``
perlu-konfirmasi       konfirmasi   every ``perlu_konfirmasi`` note, listed
=====================  ===========  =============================================
"""

from __future__ import annotations

import datetime
import difflib
import re
import statistics
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from ..dasar import format as fmt
from ..muat import model as m
from ..dasar.format import Tanggal
from ..dasar.galat import Lokasi, tampil_berkas
from ..dasar.nilai import Nilai
from ..hitung.skala import Skala, muat_skala
from ..muat.pemeriksa import Pemeriksa


# --------------------------------------------------------------------------
# data: pangkat per golongan/ruang (DOMAIN §5, PP 99/2000 for PNS)

PANGKAT_GOLONGAN: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

# A target far out of line (check ``target-pencilan``): a year's target more
# than PENCILAN_KALI times, or less than 1/PENCILAN_KALI of, the median of the
# indicator's other years. Needs at least PENCILAN_MIN_LAIN other years; a
# median of 0 (or below) gives no scale to compare with and is skipped.
PENCILAN_KALI = Decimal(3)
PENCILAN_MIN_LAIN = 2

# TMT CPNS at least this many years after the birth month (DOMAIN §5).
USIA_MIN_CPNS = 18
TAHUN_LAHIR_MIN = 1900

# Academic titles that may slip into ``nama`` (DOMAIN §4: a naskah penetapan
# prints the name without them; they belong in gelar_depan/gelar_belakang).
# Indonesian names carry back titles after a comma, so every comma-separated
# part after the first comma is a title. Before it, only unambiguous forms
# are matched, so that initials are never taken for titles: "M. B. S. M. S."
# (spaced initials) and "M.NOOR" (Muhammad) are names; "H." and "Hj."
# (Haji/Hajjah) are not academic and are never matched.
_SUFIKS_GELAR = (
    "Pd|Sos|STP|IP|Kom|Kep|KM|Ked|Farm|Si|Ag|Hum|Psi|Ak|AP|Sn|Ds|Tr|TP|Pt|Hut|Pi|Th|HI|Sy|AB"
    "|Stat|Mat|Ars|Gz|Keb|Kes|Sc|PA|Eng|Kn|Han|Ec|MA|IKom|Kp"
)
_RE_GELAR = re.compile(
    r"(?<![\w.])(?:"
    # S.Pd, S.Sos, S.STP, M.Si, M.AP, M.Pd.I, S.I.Kom: a known degree suffix
    rf"[SM]\.(?:{_SUFIKS_GELAR})(?:\.[A-Za-z]{{1,5}})*\.?"
    # S.H., M.M., S.E., M.I.P.: single letters, only at the end of the name
    r"|[SMD]\.[A-Z](?:\.[A-Z])*\.(?=\s*$)"
    r"|A\.M[a-z](?:\.[A-Za-z]{1,5})*\.?"
    r"|Ph\.D\.?"
    # titles before the name
    r"|Prof\.|Dr\.|Drs\.|Dra\.|Ir\.|dr\.|drg\."
    # degrees without dots (case-sensitive, whole words, not an initial "ST.")
    r"|(?:SH|SE|SIP|STP|SSTP|SKM|SKom|SPd|SSos|MM|MH|MSi|MAP|MPd|MBA|MPA|MSc|MKes|AMd|Amd)(?![\w.])"
    r")(?![\w])"
)

# --------------------------------------------------------------------------
# entry point


def periksa_aturan(konten: m.Konten, p: Pemeriksa) -> None:
    """Add to ``p`` every domain problem of ``konten`` (see the module doc)."""
    skala = muat_skala()
    lok = _Lokator()
    acuan = _tanggal_acuan(konten)
    for kep in konten.keputusan:
        _penetapan(kep, konten, p)
        _menimbang_mengingat(kep, p, lok)
    for ttd, jalur, tanggal in _penandatangan(konten, acuan):
        _nip(ttd, jalur, tanggal, p)
        _pangkat_golongan(ttd, jalur, p)
        _gelar(ttd, jalur, p)
    _nama_berbeda(konten, p)
    for unit in konten.unit.values():
        for jalur, ind in unit.indikator_berjalur():
            _nilai_skala(ind, jalur, skala, p, lok)
            _kondisi_akhir(ind, jalur, p)
            _persen(ind, jalur, p, lok)
            _arah(ind, jalur, p, lok)
            _pencilan(ind, jalur, p, lok)
    _daftar_konfirmasi(konten, p)


def konfirmasi(p: Pemeriksa, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str = "perlu-konfirmasi") -> None:
    """A "perlu konfirmasi" entry."""
    p.konfirmasi(lokasi, jalur, pesan, kode=kode)


# --------------------------------------------------------------------------
# places of items inside a field (a list item, a target year)


class _Lokator:
    """The place of an item inside a field (``menimbang[2]``, ``target.2021``),
    as recorded by the schema; else the place of the field."""

    def cari(self, obj: m.Berlokasi, bidang: str, bagian: str | int, jalur_berkas: str) -> Lokasi | None:
        kunci = f"{bidang}[{bagian}]" if isinstance(bagian, int) else f"{bidang}.{bagian}"
        return obj.lokasi_bidang.get(kunci, obj.lokasi_dari(bidang))


# --------------------------------------------------------------------------
# signers


def _tanggal_acuan(konten: m.Konten) -> dict[str, Tanggal]:
    """Unit id -> the enactment date of the (first) decree that annexes it."""
    acuan: dict[str, Tanggal] = {}
    for kep in konten.keputusan:
        for uid in kep.lampiran:
            acuan.setdefault(uid, kep.ditetapkan.tanggal)
    return acuan


def _penandatangan(konten: m.Konten, acuan: dict[str, Tanggal]) -> Iterator[tuple[m.Penandatangan, str, Tanggal | None]]:
    for kep in konten.keputusan:
        yield kep.penandatangan, "penandatangan", kep.ditetapkan.tanggal
    for unit in konten.unit.values():
        yield unit.penandatangan, "penandatangan", acuan.get(unit.id)
    for lk in konten.lkjip:
        yield lk.penandatangan, "penandatangan", lk.ditetapkan.tanggal


def _nip(ttd: m.Penandatangan, jalur: str, tanggal: Tanggal | None, p: Pemeriksa) -> None:
    if ttd.nip is None:
        return
    for pesan in periksa_nip(ttd.nip, tanggal):
        p.galat(ttd.lokasi_dari("nip"), f"{jalur}.nip", pesan, "nip")


def periksa_nip(nip: str, acuan: Tanggal | None = None) -> list[str]:
    """The problems of a NIP (DOMAIN §5), each a full Indonesian message.

    ``acuan`` is the date of the decree: the birth date and the TMT CPNS may
    not lie after it (today when None).
    """
    tertulis = str(nip).strip()
    awal = f"NIP '{tertulis}'"
    angka = "".join(tertulis.split())
    if not angka.isdigit() or not angka.isascii():
        lain = sorted({c for c in angka if not (c.isascii() and c.isdigit())})
        return [f"{awal}: hanya boleh berisi angka (dan spasi), ada '{''.join(lain)}'; NIP ditulis seperti 19760417 199412 1 001"]
    if len(angka) != 18:
        return [f"{awal}: harus 18 angka, tertulis {len(angka)} angka; NIP ditulis seperti 19760417 199412 1 001 (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut)"]
    hari_ini = datetime.date.today()
    batas = (acuan.tahun, acuan.bulan) if acuan is not None else (hari_ini.year, hari_ini.month)
    batas_teks = f"tanggal penetapan {acuan.teks}" if acuan is not None else "hari ini"
    hasil: list[str] = []

    th, bl, hr = int(angka[0:4]), int(angka[4:6]), int(angka[6:8])
    lahir_teks = f"{angka[0:4]}-{angka[4:6]}-{angka[6:8]}"
    try:
        lahir: datetime.date | None = datetime.date(th, bl, hr)
    except ValueError:
        lahir = None
    if lahir is None or th < TAHUN_LAHIR_MIN or (th, bl) > batas:
        hasil.append(f"{awal}: tanggal lahir {lahir_teks} tidak mungkin (8 angka pertama adalah tanggal lahir TTTTBBHH)")
        lahir = None

    tt, tb = int(angka[8:12]), int(angka[12:14])
    tmt_teks = f"{angka[8:12]}-{angka[12:14]}"
    if not 1 <= tb <= 12 or tt < TAHUN_LAHIR_MIN:
        hasil.append(f"{awal}: TMT CPNS {tmt_teks} tidak mungkin (angka ke-9 sampai ke-14 adalah tahun dan bulan TMT CPNS TTTTBB)")
    elif (tt, tb) > batas:
        hasil.append(f"{awal}: TMT CPNS {tmt_teks} sesudah {batas_teks}; periksa angka ke-9 sampai ke-14 (TTTTBB)")
    elif lahir is not None:
        if (tt, tb) < (th, bl):
            hasil.append(f"{awal}: TMT CPNS {tmt_teks} sebelum tanggal lahir {lahir_teks}; periksa angka ke-1 sampai ke-14")
        elif (tt * 12 + tb) - (th * 12 + bl) < USIA_MIN_CPNS * 12:
            usia = ((tt * 12 + tb) - (th * 12 + bl)) // 12
            hasil.append(
                f"{awal}: TMT CPNS {tmt_teks} hanya {usia} tahun sesudah tanggal lahir {lahir_teks}; "
                f"CPNS diangkat sedikitnya pada usia {USIA_MIN_CPNS} tahun: periksa angka ke-1 sampai ke-14"
            )

    if angka[14] not in "12":
        hasil.append(f"{awal}: angka ke-15 adalah jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan), bukan {angka[14]}")
    return hasil


_RE_GOLONGAN = re.compile(r"\(?\s*(IV|III|II|I)\s*[/.\-\s]?\s*([A-Ea-e])\s*\)?", re.IGNORECASE)


def normal_golongan(teks: str) -> str | None:
    """``"IV.c"``, ``"IV-c"``, ``"iv/C"``, ``"(IV/c)"`` -> ``"IV/c"``; None if unknown."""
    m_ = _RE_GOLONGAN.fullmatch(teks.strip())
    if m_ is None:
        return None
    gol = f"{m_[1].upper()}/{m_[2].lower()}"
    return gol if gol in PANGKAT_GOLONGAN else None


# "Pembina Utama Muda / (IV.c)", "Pembina Utama Muda (IV/c)" as the seed prints it
_RE_PANGKAT_BERGOLONGAN = re.compile(r"(.+?)[\s/,-]*(\(?\s*(?:IV|III|II|I)\s*[/.\-]?\s*[A-Ea-e]\s*\)?)", re.IGNORECASE)


def _normal_pangkat(teks: str) -> str:
    teks = " ".join(teks.replace(",", " ").split()).casefold()
    teks = re.sub(r"\btk\.?\s*", "tingkat ", teks)
    teks = re.sub(r"\btingkat\s+(1|i)\b", "tingkat i", teks)
    return " ".join(teks.split())


_PANGKAT = {_normal_pangkat(v): v for v in PANGKAT_GOLONGAN.values()}


def _pangkat_golongan(ttd: m.Penandatangan, jalur: str, p: Pemeriksa) -> None:
    gol = None
    if ttd.golongan is not None:
        gol = normal_golongan(ttd.golongan)
        if gol is None:
            p.galat(
                ttd.lokasi_dari("golongan"),
                f"{jalur}.golongan",
                f"golongan '{ttd.golongan}' tidak dikenal; tulis golongan/ruang I/a sampai IV/e, misalnya IV/c",
                "golongan",
            )
    pangkat = None
    if ttd.pangkat is not None:
        pangkat = _PANGKAT.get(_normal_pangkat(ttd.pangkat))
        sisip = _RE_PANGKAT_BERGOLONGAN.fullmatch(ttd.pangkat.strip())
        if pangkat is None and sisip is not None and _PANGKAT.get(_normal_pangkat(sisip[1])):
            nama_pangkat = _PANGKAT[_normal_pangkat(sisip[1])]
            gol_sisip = normal_golongan(sisip[2])
            p.galat(
                ttd.lokasi_dari("pangkat"),
                f"{jalur}.pangkat",
                f"pangkat '{ttd.pangkat}' memuat golongan; tulis pangkat: {nama_pangkat} dan golongan: {gol_sisip}",
                "pangkat",
            )
            pangkat = nama_pangkat
            if gol is None:
                gol = gol_sisip
        elif pangkat is None:
            dekat = difflib.get_close_matches(_normal_pangkat(ttd.pangkat), list(_PANGKAT), n=1, cutoff=0.6)
            saran = f"; maksud Anda '{_PANGKAT[dekat[0]]}'?" if dekat else ""
            if gol is not None and not dekat:
                saran = f"; golongan {gol} berpangkat {PANGKAT_GOLONGAN[gol]}"
            p.galat(
                ttd.lokasi_dari("pangkat"),
                f"{jalur}.pangkat",
                f"pangkat '{ttd.pangkat}' tidak dikenal{saran} (pangkat PNS: Juru Muda sampai Pembina Utama)",
                "pangkat",
            )
    if gol is not None and pangkat is not None and PANGKAT_GOLONGAN[gol] != pangkat:
        p.galat(
            ttd.lokasi_dari("pangkat"),
            f"{jalur}.pangkat",
            f"pangkat '{ttd.pangkat}' tidak sesuai golongan {gol} ({gol} adalah {PANGKAT_GOLONGAN[gol]}); "
            "perbaiki pangkat atau golongannya",
            "pangkat-golongan",
        )


def gelar_dalam_nama(nama: str) -> list[str]:
    """Academic titles found in a name: ``"H. SUTIKNO, M.AP"`` -> ``["M.AP"]``."""
    depan, koma, belakang = nama.partition(",")
    hasil = [m_.group() for m_ in _RE_GELAR.finditer(depan)]
    if koma:
        hasil += [t.strip() for t in belakang.split(",") if t.strip()]
    return hasil


def _gelar(ttd: m.Penandatangan, jalur: str, p: Pemeriksa) -> None:
    if not ttd.nama:
        return
    gelar = gelar_dalam_nama(ttd.nama)
    if not gelar:
        return
    daftar = ", ".join(f"'{g}'" for g in gelar)
    p.peringatan(
        ttd.lokasi_dari("nama"),
        f"{jalur}.nama",
        f"gelar akademik {daftar} ditulis di nama '{ttd.nama}'; pindahkan ke gelar_belakang / gelar_depan "
        "(DOMAIN §4: naskah penetapan tanpa gelar)",
        "gelar",
    )


def _normal(teks: str) -> str:
    return " ".join(teks.split()).rstrip(",").strip().casefold()


def _tempat(konten: m.Konten, lokasi: Lokasi | None) -> str:
    if lokasi is None:
        return "berkas lain"
    try:
        teks = Path(lokasi.berkas).resolve().relative_to(Path(konten.folder).resolve()).as_posix()
    except ValueError:
        teks = tampil_berkas(lokasi.berkas)
    return f"{teks} baris {lokasi.baris}" if lokasi.baris else teks


def _nama_berbeda(konten: m.Konten, p: Pemeriksa) -> None:
    kelompok: dict[str, list[m.Penandatangan]] = {}
    for ttd, _, _ in _penandatangan(konten, {}):
        if ttd.nama:
            kelompok.setdefault(_normal(ttd.jabatan), []).append(ttd)
    for daftar in kelompok.values():
        if len({_normal(t.nama) for t in daftar}) < 2:
            continue
        for ttd in daftar:
            lain = [t for t in daftar if _normal(t.nama) != _normal(ttd.nama)]
            rincian = "; ".join(f"'{t.nama}' di {_tempat(konten, t.lokasi_dari('nama'))}" for t in lain)
            p.peringatan(
                ttd.lokasi_dari("nama"),
                "penandatangan.nama",
                f"jabatan '{ttd.jabatan}' ditandatangani '{ttd.nama}' di sini, tetapi {rincian}; "
                "samakan ejaan nama pejabat yang sama",
                "ttd-nama-berbeda",
            )


# --------------------------------------------------------------------------
# the decree: enactment date, Menimbang, Mengingat


def _penetapan(kep: m.Keputusan, konten: m.Konten, p: Pemeriksa) -> None:
    tgl = kep.ditetapkan.tanggal
    lok = kep.ditetapkan.lokasi_dari("tanggal")
    if tgl.tahun != kep.nomor.tahun:
        p.galat(
            lok,
            "ditetapkan.tanggal",
            f"tanggal penetapan {tgl.teks} tidak sesuai tahun nomor keputusan ({kep.nomor.tahun}); "
            "samakan tahun tanggal penetapan dan nomor.tahun",
            "tanggal-nomor",
        )
    unit = [konten.unit[u] for u in kep.lampiran if u in konten.unit]
    if not unit:
        return
    awal = min(u.periode.awal for u in unit)
    akhir = max(u.periode.akhir for u in unit)
    if not awal - 1 <= tgl.tahun <= akhir:
        p.galat(
            lok,
            "ditetapkan.tanggal",
            f"tanggal penetapan {tgl.tahun} di luar periode IKU {awal}-{akhir}; keputusan ditetapkan "
            f"paling awal tahun {awal - 1} dan paling lambat tahun {akhir}: periksa tahun tanggal penetapan",
            "tanggal-periode",
        )


def _menimbang_mengingat(kep: m.Keputusan, p: Pemeriksa, lok: _Lokator) -> None:
    for i, butir in enumerate(kep.menimbang, start=1):
        jalur = f"menimbang[{i}]"
        tempat = lok.cari(kep, "menimbang", i, jalur)
        huruf = fmt.huruf_urut(i)
        teks = butir.strip()
        if not re.match(r"bahwa\b", teks, re.IGNORECASE):
            awal = " ".join(teks.split()[:2])
            p.peringatan(
                tempat,
                jalur,
                f"butir Menimbang huruf {huruf} diawali '{awal}'; setiap butir Menimbang diawali kata 'bahwa'",
                "menimbang",
            )
        if not teks.endswith(";"):
            p.peringatan(
                tempat,
                jalur,
                f"butir Menimbang huruf {huruf} {_akhiran(teks)}; setiap butir Menimbang diakhiri titik koma (;)",
                "menimbang",
            )
    n = len(kep.mengingat)
    for i, butir in enumerate(kep.mengingat, start=1):
        jalur = f"mengingat[{i}]"
        teks = butir.strip()
        harap = "." if i == n else ";"
        if teks.endswith(harap):
            continue
        aturan = "butir terakhir Mengingat diakhiri titik (.)" if i == n else "butir Mengingat selain yang terakhir diakhiri titik koma (;)"
        p.peringatan(
            lok.cari(kep, "mengingat", i, jalur),
            jalur,
            f"butir Mengingat angka {i} {_akhiran(teks)}; {aturan}",
            "mengingat",
        )


def _akhiran(teks: str) -> str:
    if not teks:
        return "kosong"
    akhir = teks[-1]
    if akhir.isalnum() or akhir in ")\"'":
        return "tanpa tanda baca di akhir"
    return f"diakhiri '{akhir}'"


# --------------------------------------------------------------------------
# indicators: scales, kondisi akhir, percentages, direction, outliers


def _nilai_berjalur(ind: m.Indikator) -> Iterator[tuple[str, str, str | int, Nilai]]:
    """(field, label for messages, key inside the field or '', value)."""
    if ind.kondisi_awal is not None:
        yield "kondisi_awal", "kondisi awal", "", ind.kondisi_awal
    for tahun, nilai in ind.target.items():
        yield "target", f"target {tahun}", str(tahun), nilai
    if ind.kondisi_akhir is not None:
        yield "kondisi_akhir", "kondisi akhir", "", ind.kondisi_akhir


def _tempat_nilai(ind: m.Indikator, jalur: str, bidang: str, kunci: str | int, lok: _Lokator) -> tuple[Lokasi | None, str]:
    if kunci == "":
        return ind.lokasi_dari(bidang), f"{jalur}.{bidang}"
    jalur_nilai = f"{jalur}.{bidang}.{kunci}"
    return lok.cari(ind, bidang, kunci, jalur_nilai), jalur_nilai


def _nilai_skala(ind: m.Indikator, jalur: str, skala: dict[str, Skala], p: Pemeriksa, lok: _Lokator) -> None:
    sk = skala.get(ind.skala) if ind.skala is not None else None
    if ind.skala is not None and sk is None:
        return  # unknown scale: reported by validasi
    tanpa_skala: list[str] = []
    for bidang, label, kunci, nilai in _nilai_berjalur(ind):
        if sk is None:
            if nilai.predikat is not None:
                tanpa_skala.append(f"{label} '{nilai.teks}'")
            continue
        tempat, jalur_nilai = _tempat_nilai(ind, jalur, bidang, kunci, lok)
        try:
            benar = sk.predikat(nilai.angka)
        except ValueError:
            bawah, atas = sk.rentang
            p.galat(
                tempat,
                jalur_nilai,
                f"{label} ({fmt.angka(nilai.angka)}) di luar rentang {sk.nama} "
                f"({_batas(bawah)} sampai {_batas(atas)}); periksa angkanya",
                "rentang-skala",
            )
            continue
        if nilai.predikat is not None and nilai.predikat.casefold() != benar.casefold():
            p.galat(
                tempat,
                jalur_nilai,
                f"predikat '{nilai.predikat}' tidak sesuai nilai {fmt.angka(nilai.angka)} pada skala {sk.nama} "
                f"(seharusnya {benar}); perbaiki predikat atau angkanya",
                "predikat",
            )
    if tanpa_skala:
        p.peringatan(
            ind.lokasi,
            jalur,
            f"indikator '{ind.nama}' menulis predikat ({', '.join(tanpa_skala)}) tetapi tidak menyebut skala; "
            "tulis skala (sakip, ipp, ikm atau capaian) agar predikat dapat diperiksa",
            "predikat-tanpa-skala",
        )


def _batas(d: Decimal | None) -> str:
    return "tak terbatas" if d is None else fmt.angka(d)


def _kondisi_akhir(ind: m.Indikator, jalur: str, p: Pemeriksa) -> None:
    if ind.kondisi_akhir is None or not ind.target:
        return
    tahun = max(ind.target)
    terakhir = ind.target[tahun]
    if ind.kondisi_akhir.angka == terakhir.angka:
        return
    p.peringatan(
        ind.lokasi_dari("kondisi_akhir"),
        f"{jalur}.kondisi_akhir",
        f"kondisi akhir {_tampil(ind.kondisi_akhir)} berbeda dengan target tahun terakhir ({tahun}: {_tampil(terakhir)}); "
        "kondisi akhir periode biasanya sama dengan target tahun terakhir: periksa salah satunya",
        "kondisi-akhir",
    )


def _tampil(nilai: Nilai) -> str:
    return nilai.teks or nilai.tampil()


def _persen(ind: m.Indikator, jalur: str, p: Pemeriksa, lok: _Lokator) -> None:
    satuan_persen = ind.satuan.strip() == "%"
    for bidang, label, kunci, nilai in _nilai_berjalur(ind):
        if not (nilai.satuan == "%" or (satuan_persen and nilai.satuan is None)):
            continue
        if 0 <= nilai.angka <= 100:
            continue
        teks = nilai.teks.strip() if nilai.teks else fmt.angka(nilai.angka)
        teks = teks if teks.endswith("%") else teks + "%"
        tempat, jalur_nilai = _tempat_nilai(ind, jalur, bidang, kunci, lok)
        jenis = label.split()[0] if bidang == "target" else label
        p.peringatan(tempat, jalur_nilai, f"{jenis} {teks} di luar 0-100%; periksa angkanya", "persen")


def _arah(ind: m.Indikator, jalur: str, p: Pemeriksa, lok: _Lokator) -> None:
    """One warning per indicator, placed at the first year that goes wrong."""
    tahun = sorted(ind.target)
    salah: list[str] = []
    pertama: int | None = None
    for lalu, kini in zip(tahun, tahun[1:]):
        a, b = ind.target[lalu].angka, ind.target[kini].angka
        if (ind.arah == "naik" and b < a) or (ind.arah == "turun" and b > a):
            salah.append(f"{kini} ({fmt.angka(b)} setelah {fmt.angka(a)} pada {lalu})")
            pertama = kini if pertama is None else pertama
    if pertama is None:
        return
    gerak = "turun" if ind.arah == "naik" else "naik"
    p.peringatan(
        _tempat_nilai(ind, jalur, "target", str(pertama), lok)[0],
        f"{jalur}.target",
        f"target {gerak} pada {', '.join(salah)}, padahal arah indikator '{ind.arah}' "
        f"(makin {'tinggi' if ind.arah == 'naik' else 'rendah'} makin baik); periksa angkanya, "
        f"atau tulis arah: {gerak} bila memang makin {'rendah' if ind.arah == 'naik' else 'tinggi'} makin baik",
        "arah",
    )


def target_pencilan(target: dict[int, Nilai]) -> list[tuple[int, Decimal]]:
    """Years whose target is far out of line, with the median of the others.

    Rule: a year's target T is out of line when both
      * the median M of all the years' targets (at least
        ``PENCILAN_MIN_LAIN`` other years, M above 0) gives T > 3 x M or
        T < M / 3 (``PENCILAN_KALI``) -- the median of all years, so that
        one outlier does not make its neighbours look out of line too
        (3, 30, 4: only 30), and
      * T is out of line in the same way with each adjacent year (the year
        before and the year after, where there is one),
    so that a steady progression (10, 20, ..., 60: 10 is a quarter of the
    median 40 but half of 20) or a step (3, 3, 3, 15, 15, 15) is not flagged,
    while RANHAM's 15 after 3, 3, 3, 3, 3 (5x) is. Kesra's 76 before 45-49
    (1,6x) is not an outlier under this rule (the ``arah`` check reports it).
    """
    tahun_urut = sorted(target)
    hasil: list[tuple[int, Decimal]] = []

    def jauh(nilai: Decimal, acuan: Decimal, di_atas: bool) -> bool:
        if acuan <= 0:
            return di_atas and nilai > 0
        return nilai > acuan * PENCILAN_KALI if di_atas else nilai * PENCILAN_KALI < acuan

    for i, tahun in enumerate(tahun_urut):
        nilai = target[tahun].angka
        lain = [target[t].angka for t in tahun_urut if t != tahun]
        if len(lain) < PENCILAN_MIN_LAIN:
            continue
        median = Decimal(statistics.median([target[t].angka for t in tahun_urut]))
        if median <= 0:
            continue
        di_atas = nilai > median
        if not jauh(nilai, median, di_atas):
            continue
        tetangga = [target[t].angka for t in tahun_urut[max(i - 1, 0) : i] + tahun_urut[i + 1 : i + 2]]
        if all(jauh(nilai, t, di_atas) for t in tetangga):
            hasil.append((tahun, median))
    return hasil


def _pencilan(ind: m.Indikator, jalur: str, p: Pemeriksa, lok: _Lokator) -> None:
    for tahun, median in target_pencilan(ind.target):
        nilai = ind.target[tahun]
        tempat, jalur_nilai = _tempat_nilai(ind, jalur, "target", str(tahun), lok)
        lebih = "lebih dari 3 kali" if nilai.angka > median else "kurang dari sepertiga"
        p.peringatan(
            tempat,
            jalur_nilai,
            f"target {tahun} ({fmt.angka(nilai.angka)}) {lebih} nilai tengah target seluruh tahun ({fmt.angka(median)}); "
            "periksa apakah angkanya salah ketik",
            "target-pencilan",
        )


# --------------------------------------------------------------------------
# perlu konfirmasi


def _daftar_konfirmasi(konten: m.Konten, p: Pemeriksa) -> None:
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
    for lk in konten.lkjip:
        _konfirmasi_satu(p, lk.penandatangan, "penandatangan", f"penandatangan LKjIP '{lk.id}'")


def _konfirmasi_satu(p: Pemeriksa, obj: m.Berlokasi, jalur: str, subjek: str) -> None:
    catatan = getattr(obj, "perlu_konfirmasi", None)
    if not catatan:
        return
    konfirmasi(
        p,
        obj.lokasi_dari("perlu_konfirmasi"),
        f"{jalur}.perlu_konfirmasi" if jalur else "perlu_konfirmasi",
        f"perlu konfirmasi ({subjek}): {catatan}",
    )
