"""Domain checks of the signers: NIP, pangkat and golongan/ruang, academic
titles inside a name, one office signed with different names.

Sources: the pangkat of each golongan/ruang (PP 99/2000 on kenaikan pangkat
PNS); the 18-digit NIP (Peraturan Kepala BKN 22/2007 on the NIP of a PNS);
a naskah dinas penetapan writes the signer's name without academic titles
(Permendagri 1/2023 on tata naskah dinas, Pasal 44).
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterator
from pathlib import Path

from ...dasar.format import Tanggal
from ...dasar.galat import Lokasi, tampil_berkas
from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa

# The pangkat of each golongan/ruang of a PNS (PP 99/2000).
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

# TMT CPNS at least this many years after the birth month: a CPNS applicant
# is at least 18 (PP 11/2017 on Manajemen PNS, Pasal 23; PP 98/2000 before it).
USIA_MIN_CPNS = 18
TAHUN_LAHIR_MIN = 1900

# Academic titles that may slip into ``nama`` (a naskah penetapan prints the
# name without them, Permendagri 1/2023 Pasal 44; they belong in
# gelar_depan/gelar_belakang).
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


def periksa_penandatangan(konten: m.Konten, p: Pemeriksa) -> None:
    """NIP, pangkat/golongan and titles of every signer; then one office
    signed with different names."""
    acuan = _tanggal_acuan(konten)
    for ttd, jalur, tanggal in penandatangan_konten(konten, acuan):
        _nip(ttd, jalur, tanggal, p)
        _pangkat_golongan(ttd, jalur, p)
        _gelar(ttd, jalur, p)
    _nama_berbeda(konten, p)


def _tanggal_acuan(konten: m.Konten) -> dict[str, Tanggal]:
    """Unit id -> the enactment date of the (first) decree that annexes it."""
    acuan: dict[str, Tanggal] = {}
    for kep in konten.keputusan:
        for uid in kep.lampiran:
            acuan.setdefault(uid, kep.ditetapkan.tanggal)
    return acuan


def penandatangan_konten(
    konten: m.Konten, acuan: dict[str, Tanggal]
) -> Iterator[tuple[m.Penandatangan, str, Tanggal | None]]:
    """(signer, its dotted path, the date its NIP is checked against) of every document."""
    for kep in konten.keputusan:
        yield kep.penandatangan, "penandatangan", kep.ditetapkan.tanggal
    for unit in konten.unit.values():
        yield unit.penandatangan, "penandatangan", acuan.get(unit.id)
    for lk in konten.lkjip:
        yield lk.penandatangan, "penandatangan", lk.ditetapkan.tanggal
    for pk in konten.pk:
        for uid, isi in pk.unit.items():
            for pihak in ("pihak_pertama", "pihak_kedua"):
                if getattr(isi, pihak) is not None:
                    yield getattr(isi, pihak), f"unit.{uid}.{pihak}", (isi.ditetapkan or pk.ditetapkan).tanggal


def _nip(ttd: m.Penandatangan, jalur: str, tanggal: Tanggal | None, p: Pemeriksa) -> None:
    if ttd.nip is None:
        return
    for pesan in periksa_nip(ttd.nip, tanggal):
        p.galat(ttd.lokasi_dari("nip"), f"{jalur}.nip", pesan, "nip")


def periksa_nip(nip: str, acuan: Tanggal | None = None) -> list[str]:
    """The problems of a NIP (Peraturan Kepala BKN 22/2007), each a full Indonesian message.

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
        "(Permendagri 1/2023 Pasal 44: naskah penetapan tanpa gelar)",
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
    jalur: dict[int, str] = {}
    for ttd, j, _ in penandatangan_konten(konten, {}):
        if ttd.nama:
            kelompok.setdefault(_normal(ttd.jabatan), []).append(ttd)
            jalur[id(ttd)] = j
    for daftar in kelompok.values():
        if len({_normal(t.nama) for t in daftar}) < 2:
            continue
        for ttd in daftar:
            lain = [t for t in daftar if _normal(t.nama) != _normal(ttd.nama)]
            rincian = "; ".join(f"'{t.nama}' di {_tempat(konten, t.lokasi_dari('nama'))}" for t in lain)
            p.peringatan(
                ttd.lokasi_dari("nama"),
                f"{jalur[id(ttd)]}.nama",
                f"jabatan '{ttd.jabatan}' ditandatangani '{ttd.nama}' di sini, tetapi {rincian}; "
                "samakan ejaan nama pejabat yang sama",
                "ttd-nama-berbeda",
            )
