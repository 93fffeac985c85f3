"""Badan Keputusan (bagian pertama keputusan-iku.docx) menurut Permendagri 1/2023 (susunan naskah penetapan; tanda tangan Pasal 44),
nilai yang diharapkan dari konten/keputusan.yaml dan konten/instansi.yaml."""

from __future__ import annotations

import re
import string

import pytest

from tests.docxbaca import ORDINAL, baca_docx, baris_penuh, cari_berurutan, nip_berkelompok, normal


@pytest.fixture(scope="session")
def badan(berkas_keputusan):
    return baca_docx(berkas_keputusan).bagian[0]


def _pola_nomor(kep: dict) -> str:
    """The decree number as a regex; a konsep leaves the sequence blank (issue 5)."""
    n = kep["nomor"]
    urut = r"\s*" if kep.get("status", "konsep") == "konsep" or not n.get("urut") else re.escape(str(n["urut"]))
    return f"{re.escape(str(n['kode']))}/{urut}/{re.escape(n['unit'])} TAHUN {n['tahun']}"


def _akhiri(teks: str, tanda: str) -> str:
    teks = teks.rstrip()
    return teks if teks.endswith(tanda) else teks + tanda


def _nama_ttd(ttd: dict, instansi: dict) -> str:
    """The signer's name as the decree prints it: without academic titles
    (Permendagri 1/2023 Pasal 44) unless ``gelar_pada_penetapan`` asks for them."""
    nama = ttd["nama"]
    if (instansi.get("pengaturan") or {}).get("gelar_pada_penetapan") in (True, "ya"):
        if ttd.get("gelar_depan"):
            nama = f"{ttd['gelar_depan']} {nama}"
        if ttd.get("gelar_belakang"):
            nama = f"{nama}, {ttd['gelar_belakang']}"
    return nama


def test_kop_di_awal(badan, konten):
    isi = [p for p in badan.paragraf if p]
    kop = [normal(k) for k in konten.instansi["kop"]]
    assert isi[: len(kop)] == kop


def test_blok_judul(badan, konten):
    kep = konten.keputusan
    cari_berurutan(
        badan.teks,
        [
            ("judul", baris_penuh(f"KEPUTUSAN {kep['pejabat'].upper()}")),
            ("nomor", rf"^NOMOR\s*:?\s*{_pola_nomor(kep)}$"),
            ("TENTANG", r"^TENTANG$"),
            ("pokok", baris_penuh(kep["tentang"].upper())),
            ("pejabat", baris_penuh(kep["pejabat"].upper() if _seperti_tertulis(konten) else _akhiri(kep["pejabat"].upper(), ","))),
        ],
    )
    assert "KEPUTUSAN SEKRETARIS DAERAH KABUPATEN BALANGAN" in badan.paragraf
    assert kep["status"] == "konsep"  # the example: number given at signing
    assert any(re.fullmatch(r"NOMOR 188\.45/\s*/Kum TAHUN 2021", normal(p.replace(":", ""))) for p in badan.paragraf)


def test_tanpa_dengan_rahmat_tuhan(berkas_keputusan):
    assert not re.search(r"RAHMAT\s+TUHAN", baca_docx(berkas_keputusan).teks, re.I)


def _pola_butir(label: str, penanda: list[str], butir: list[str]) -> list[tuple[str, str]]:
    pola = [(label, rf"^{label}\b")]
    for tanda, teks in zip(penanda, butir):
        pola.append((f"{label} {tanda}", rf"^{re.escape(tanda)}\s+{re.escape(normal(teks))}$"))
    return pola


def test_menimbang_berhuruf(badan, konten):
    butir = konten.keputusan["menimbang"]
    huruf = [f"{h}." for h in string.ascii_lowercase[: len(butir)]]
    cari_berurutan(badan.teks, _pola_butir("Menimbang", huruf, butir))


def test_mengingat_bernomor(badan, konten):
    butir = konten.keputusan["mengingat"]
    assert len(butir) == 9
    angka = [f"{i}." for i in range(1, len(butir) + 1)]
    cari_berurutan(badan.teks, _pola_butir("Mengingat", angka, butir))


def test_memutuskan_menetapkan_dan_diktum(badan, konten):
    kep = konten.keputusan
    if _seperti_tertulis(konten):  # printed as the source printed it: tests/test_seperti_sumber.py
        menetapkan = normal(kep["menetapkan"])
    else:
        menetapkan = _akhiri(normal(kep["menetapkan"]).upper(), ".")
    pola = [
        ("MEMUTUSKAN", r"^MEMUTUSKAN\s*:?$"),
        ("Menetapkan", rf"^Menetapkan\s*:\s*{re.escape(menetapkan)}$"),
    ]
    for ordinal, teks in zip(ORDINAL, kep["diktum"]):
        pola.append((ordinal, rf"^{ordinal}\s*:\s*{re.escape(normal(teks))}$"))
    cari_berurutan(badan.teks, pola)


def _seperti_tertulis(konten) -> bool:
    return konten.instansi.get("pengaturan", {}).get("tanda_baca") == "seperti_tertulis"


def test_ditetapkan_dan_tanda_tangan_sekda(badan, konten):
    kep = konten.keputusan
    ttd = kep["penandatangan"]
    assert konten.instansi["pengaturan"]["ttd_kepala_pangkat_nip"] is True
    tempat = kep["ditetapkan"].get("tempat") or konten.instansi["ibukota"]
    cari_berurutan(
        badan.teks,
        [
            ("Ditetapkan di", rf"^Ditetapkan di\s*:?\s*{re.escape(tempat)}$"),
            ("pada tanggal", rf"^pada tanggal\s*:?\s*{re.escape(normal(str(kep['ditetapkan']['tanggal'])))}$"),
            ("jabatan", baris_penuh(_akhiri(ttd["jabatan"].upper(), ","))),
            # Paragrafnya persis nama (dengan gelar hanya bila pengaturan memintanya).
            ("nama", baris_penuh(_nama_ttd(ttd, konten.instansi))),
            ("pangkat", rf"^[^\n]*{re.escape(ttd['pangkat'])}[^\n]*{re.escape(ttd['golongan'])}[^\n]*$"),
            ("NIP", rf"^NIP\.?\s*:?\s*{re.escape(nip_berkelompok(ttd['nip']))}$"),
        ],
    )


def test_gelar_sekda_menurut_pengaturan(berkas_keputusan, konten):
    """The example prints the title as the original decree does
    (gelar_pada_penetapan: ya); by default a naskah dinas penetapan names the
    signer without academic titles (Permendagri 1/2023 Pasal 44)."""
    from types import SimpleNamespace

    from generator.konteks.keputusan import tanda_tangan
    from generator.muat import model as m

    ttd = konten.keputusan["penandatangan"]
    assert konten.instansi["pengaturan"]["gelar_pada_penetapan"] in (True, "ya")
    teks = baca_docx(berkas_keputusan).teks
    assert f"{ttd['nama']}, {ttd['gelar_belakang']}" in teks
    penandatangan = m.Penandatangan(jabatan=ttd["jabatan"], nama=ttd["nama"], gelar_belakang=ttd["gelar_belakang"])
    bawaan = SimpleNamespace(pengaturan=m.Pengaturan())
    assert "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", tanda_tangan(penandatangan, bawaan)["nama"].xml)) == ttd["nama"]
    assert tanda_tangan(penandatangan, bawaan, penetapan=False)["nama"].xml.count(ttd["gelar_belakang"]) == 1


def test_urutan_bagian_menurut_domain(badan, konten):
    """Kop, judul, pejabat, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan, diktum,
    Ditetapkan, tanda tangan: dalam urutan itu (Permendagri 1/2023)."""
    kep = konten.keputusan
    cari_berurutan(
        badan.teks,
        [
            ("kop", baris_penuh(konten.instansi["kop"][0])),
            ("judul", baris_penuh(f"KEPUTUSAN {kep['pejabat'].upper()}")),
            ("nomor", r"^NOMOR\b"),
            ("TENTANG", r"^TENTANG$"),
            ("pejabat", baris_penuh(kep["pejabat"].upper() if _seperti_tertulis(konten) else _akhiri(kep["pejabat"].upper(), ","))),
            ("Menimbang", r"^Menimbang\b"),
            ("Mengingat", r"^Mengingat\b"),
            ("MEMUTUSKAN", r"^MEMUTUSKAN\s*:?$"),
            ("Menetapkan", r"^Menetapkan\b"),
            ("KESATU", r"^KESATU\b"),
            (ORDINAL[len(kep["diktum"]) - 1], rf"^{ORDINAL[len(kep['diktum']) - 1]}\b"),
            ("Ditetapkan", r"^Ditetapkan di\b"),
            ("nama", baris_penuh(_nama_ttd(kep["penandatangan"], konten.instansi))),
        ],
    )
    # Badan Keputusan tidak memuat lampiran: LAMPIRAN muncul di bagian berikutnya.
    assert not any(re.fullmatch(r"LAMPIRAN( [IVX]+)?", p) for p in badan.paragraf)
