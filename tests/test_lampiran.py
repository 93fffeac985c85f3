"""Lampiran: setiap indikator dan setiap target di barisnya sendiri, kepala tabel,
blok LAMPIRAN, dan tanda tangan unit; di lampiran tersendiri DAN di Keputusan
gabungan. Nilai yang diharapkan dibaca dari konten/*.yaml."""

from __future__ import annotations

import re

import pytest

from tests.bantu import KONTEN, baca_konten_mentah
from tests.docxbaca import ROMAWI, Bagian, baca_docx, baris_penuh, cari_berurutan, nip_berkelompok, normal, tabel_iku
from generator.dasar import format as fmt
from generator.dasar.nilai import parse_nilai

_KONTEN = baca_konten_mentah(KONTEN)
LAMPIRAN = list(_KONTEN.keputusan["lampiran"])
DI = ["lampiran", "keputusan"]


@pytest.fixture(scope="session")
def keputusan_docx(berkas_keputusan):
    return baca_docx(berkas_keputusan)


@pytest.fixture
def bagian_unit(keputusan_docx, lampiran_per_unit):
    """Bagian (section) yang memuat lampiran sebuah unit: di berkasnya sendiri atau di Keputusan."""

    def ambil(uid: str, di: str) -> Bagian:
        if di == "keputusan":
            return keputusan_docx.bagian[1 + LAMPIRAN.index(uid)]
        doc = baca_docx(lampiran_per_unit[uid])
        assert len(doc.bagian) == 1, f"lampiran {uid} tersendiri harus satu bagian, ada {len(doc.bagian)}"
        return doc.bagian[0]

    return ambil


# --- nilai yang diharapkan ----------------------------------------------------------


def _teks_yaml(nilai) -> str:
    assert not isinstance(nilai, float), f"nilai {nilai!r} ditulis tanpa kutip di YAML: desimalnya hilang"
    return str(nilai)


def cocok_nilai(sel: str, nilai, ind: dict) -> bool:
    """Sel memuat nilai ``nilai`` (teks YAML) dengan format Indonesia.

    Tanpa ``skala``: persis ``parse_nilai(teks).tampil()``. Dengan ``skala``
    (predikat boleh diturunkan): bilangannya diformat ``format.angka`` dan
    predikat yang ditulis di YAML, bila ada."""
    n = parse_nilai(_teks_yaml(nilai))
    if not ind.get("skala"):
        return sel == n.tampil()
    angka = fmt.angka(n.angka)
    if not re.search(rf"(?<![\d.,]){re.escape(angka)}(?![\d,])", sel):
        return False
    if n.predikat and not re.search(rf"(?<![\w+-]){re.escape(n.predikat)}(?![\w+-])", sel):
        return False
    return True


def _kolom(kepala: list[str], pola: str) -> int | None:
    idx = [i for i, s in enumerate(kepala) if re.search(pola, s, re.I)]
    assert len(idx) <= 1, f"lebih dari satu kolom kepala cocok dengan {pola!r}: {kepala}"
    return idx[0] if idx else None


def baris_indikator(bagian: Bagian, uid: str):
    """(indikator YAML, kepala tabel, baris) untuk setiap indikator unit, berurutan."""
    tabel = tabel_iku(bagian)
    assert tabel, f"{uid}: tidak ada tabel IKU"
    semua = [(t.kepala, b) for t in tabel for b in t.isi]
    hasil, mulai = [], 0
    for ind in _KONTEN.indikator(uid):
        nama = normal(ind["nama"])
        j = next((k for k in range(mulai, len(semua)) if nama in semua[k][1]), None)
        assert j is not None, f"{uid}: indikator {ind['id']} {nama!r} tidak ada di tabel IKU (atau tidak pada urutannya)"
        hasil.append((ind, *semua[j]))
        mulai = j + 1
    return hasil


# --- 2. indikator dan target -----------------------------------------------------------


@pytest.mark.parametrize("di", DI)
@pytest.mark.parametrize("uid", LAMPIRAN)
def test_setiap_target_di_baris_indikatornya(bagian_unit, uid, di):
    periode = _KONTEN.unit[uid]["periode"]
    tahun = list(range(periode["awal"], periode["akhir"] + 1))
    for ind, kepala, baris in baris_indikator(bagian_unit(uid, di), uid):
        assert sorted(ind["target"]) == tahun, f"{ind['id']}: tahun target YAML"
        for th, nilai in ind["target"].items():
            k = _kolom(kepala, rf"\b{th}\b")
            assert k is not None, f"{uid}: tidak ada kolom tahun {th}: {kepala}"
            assert cocok_nilai(baris[k], nilai, ind), (
                f"{ind['id']} {th}: sel {baris[k]!r}, harap {parse_nilai(_teks_yaml(nilai)).tampil()!r}"
            )
        for kunci, pola in (("kondisi_awal", r"Kondisi\s+Awal"), ("kondisi_akhir", r"Kondisi\s+Akhir")):
            k = _kolom(kepala, pola)
            if ind.get(kunci) is not None and k is not None:
                assert cocok_nilai(baris[k], ind[kunci], ind), f"{ind['id']} {kunci}: sel {baris[k]!r}"
        if ind.get("penanggung_jawab"):
            assert normal(ind["penanggung_jawab"]) in baris, f"{ind['id']}: penanggung jawab"
        if ind.get("sumber_data"):
            assert normal(ind["sumber_data"]) in baris, f"{ind['id']}: sumber data"
        if ind.get("makna"):
            assert any(normal(ind["makna"]) in s for s in baris), f"{ind['id']}: makna"


@pytest.mark.parametrize("di", DI)
@pytest.mark.parametrize("uid", LAMPIRAN)
def test_kinerja_utama_di_baris_indikator_pertamanya(bagian_unit, uid, di):
    pertama = {id(s["indikator"][0]): s["kinerja_utama"] for s in _KONTEN.sasaran(uid)}
    for ind, _, baris in baris_indikator(bagian_unit(uid, di), uid):
        if id(ind) in pertama:
            assert normal(pertama[id(ind)]) in baris, f"{ind['id']}: kinerja utama tidak di barisnya"


def test_delapan_unit_dan_52_indikator_di_keputusan(keputusan_docx):
    assert len(LAMPIRAN) == 8
    assert sum(len(_KONTEN.indikator(u)) for u in LAMPIRAN) == 52
    assert len(keputusan_docx.bagian) == 1 + 8
    ditemukan = sum(len(baris_indikator(keputusan_docx.bagian[1 + i], u)) for i, u in enumerate(LAMPIRAN))
    assert ditemukan == 52
    # Tidak ada baris indikator lebih dari yang ada di konten: baris berisi nilai tahun
    # di tabel IKU = jumlah indikator.
    baris_bernilai = 0
    for b in keputusan_docx.bagian[1:]:
        for t in tabel_iku(b):
            kolom_tahun = [i for i, s in enumerate(t.kepala) if re.search(r"\b20\d\d\b", s)]
            baris_bernilai += sum(1 for r in t.isi if len(set(r)) > 1 and all(r[i] for i in kolom_tahun))
    assert baris_bernilai == 52


@pytest.mark.parametrize("di", DI)
@pytest.mark.parametrize("uid", LAMPIRAN)
def test_kepala_tabel_tahun_periode_unit(bagian_unit, uid, di):
    unit = _KONTEN.unit[uid]
    harap = list(range(unit["periode"]["awal"], unit["periode"]["akhir"] + 1))
    ada_awal = any(i.get("kondisi_awal") is not None for i in _KONTEN.indikator(uid))
    for t in tabel_iku(bagian_unit(uid, di)):
        tahun = [int(m) for s in t.kepala for m in re.findall(r"\b(20\d\d)\b", s)]
        assert tahun == harap, f"{uid}: kolom tahun {tahun}"
        assert (_kolom(t.kepala, r"Kondisi\s+Awal") is not None) == ada_awal, f"{uid}: kolom Kondisi Awal {t.kepala}"


def test_administrasi_pembangunan_lima_tahun_dengan_kondisi_awal(bagian_unit):
    """Naskah sumber: Administrasi Pembangunan 2022-2026 dengan kondisi awal; unit lain 2021-2026."""
    for uid in LAMPIRAN:
        adbang = "Administrasi Pembangunan" in _KONTEN.unit[uid]["nama"]
        for t in tabel_iku(bagian_unit(uid, "keputusan")):
            tahun = [int(m) for s in t.kepala for m in re.findall(r"\b(20\d\d)\b", s)]
            if adbang:
                assert tahun == [2022, 2023, 2024, 2025, 2026]
                awal = _kolom(t.kepala, r"Kondisi\s+Awal")
                assert awal is not None and awal < t.kepala.index(next(s for s in t.kepala if "2022" in s))
            else:
                assert tahun == list(range(2021, 2027)), uid


def test_sekretariat_kondisi_awal_dan_akhir(bagian_unit):
    uid = next(u for u in LAMPIRAN if _KONTEN.unit[u]["tingkat"] == "sekretariat_daerah")
    for di in DI:
        hasil = baris_indikator(bagian_unit(uid, di), uid)
        assert len(hasil) == len(_KONTEN.indikator(uid)) == 3
        for ind, kepala, baris in hasil:
            awal = _kolom(kepala, r"Kondisi\s+Awal")
            akhir = _kolom(kepala, r"Kondisi\s+Akhir")
            assert awal is not None and akhir is not None, kepala
            assert cocok_nilai(baris[awal], ind["kondisi_awal"], ind), (ind["id"], baris[awal])
            assert cocok_nilai(baris[akhir], ind["kondisi_akhir"], ind), (ind["id"], baris[akhir])


# --- 4. blok LAMPIRAN dan tanda tangan ------------------------------------------------------


#: The example prints one LAMPIRAN header over all annexes, as its source did
#: (pengaturan.kepala_lampiran: bersama); tests/test_seperti_sumber.py
#: covers the per-unit form.
BERSAMA = _KONTEN.instansi.get("pengaturan", {}).get("kepala_lampiran") == "bersama"


def _label(i: int) -> str | None:
    """The LAMPIRAN label the i-th annex opens with (None: no header)."""
    if BERSAMA:
        return "LAMPIRAN" if i == 0 else None
    return f"LAMPIRAN {ROMAWI[i]}"


def test_lampiran_bernomor_romawi_berurutan_di_keputusan(keputusan_docx):
    for i, uid in enumerate(LAMPIRAN):
        b = keputusan_docx.bagian[1 + i]
        pertama = next(p for p in b.paragraf if p)
        if _label(i) is None:
            assert not pertama.startswith("LAMPIRAN"), f"bagian {i + 2}: {pertama!r}"
        else:
            assert pertama == _label(i), f"bagian {i + 2}: {pertama!r}"
        assert normal(_KONTEN.unit[uid]["nama"]).upper() in b.teks


@pytest.mark.parametrize("di", DI)
@pytest.mark.parametrize("uid", LAMPIRAN)
def test_blok_lampiran_menyebut_keputusan(bagian_unit, uid, di):
    kep = _KONTEN.keputusan
    n = kep["nomor"]
    # a konsep leaves the sequence number blank (issue 5)
    urut = r"\s*" if kep.get("status", "konsep") == "konsep" else re.escape(str(n["urut"]))
    nomor = f"{re.escape(str(n['kode']))}/{urut}/{re.escape(n['unit'])} TAHUN {n['tahun']}"
    label = _label(LAMPIRAN.index(uid))
    if label is None:
        assert "NOMOR" not in bagian_unit(uid, di).teks.split("INDIKATOR KINERJA UTAMA")[0]
        return
    cari_berurutan(
        bagian_unit(uid, di).teks,
        [
            ("LAMPIRAN", rf"^{label}$"),
            ("KEPUTUSAN", baris_penuh(f"KEPUTUSAN {kep['pejabat'].upper()}")),
            ("NOMOR", rf"^NOMOR\s*:?\s*{nomor}$"),
            ("TANGGAL", rf"^TANGGAL\s*:?\s*{re.escape(normal(str(kep['ditetapkan']['tanggal'])))}$"),
            ("TENTANG", rf"^TENTANG\s*:?\s*{re.escape(normal(kep['tentang']).upper())}$"),
        ],
    )


def _jabatan(ttd: dict) -> str:
    jabatan = ttd["jabatan"].upper().rstrip()
    jabatan = jabatan if jabatan.endswith(",") else jabatan + ","
    return f"{ttd['prefiks']} {jabatan}" if ttd.get("prefiks") else jabatan


@pytest.mark.parametrize("di", DI)
@pytest.mark.parametrize("uid", LAMPIRAN)
def test_tanda_tangan_unit_menutup_lampiran(bagian_unit, uid, di):
    ttd = _KONTEN.unit[uid]["penandatangan"]
    b = bagian_unit(uid, di)
    pola = [("jabatan", baris_penuh(_jabatan(ttd)))]
    if ttd.get("nama"):
        pola.append(("nama", rf"^{re.escape(normal(ttd['nama']))}(?:,?[ ][^\n]*)?$"))
    if ttd.get("pangkat"):
        pola.append(("pangkat", rf"^[^\n]*{re.escape(ttd['pangkat'])}[^\n]*$"))
    if ttd.get("nip"):
        pola.append(("NIP", rf"^NIP\.?\s*:?\s*{re.escape(nip_berkelompok(ttd['nip']))}$"))
    awal = cari_berurutan(b.teks, pola)
    # Blok tanda tangan sesudah baris indikator terakhir, sebagai baris akhir
    # tabel IKU terakhir (tanpa garis) agar tidak pernah sendirian di halamannya
    # (word/tanda_tangan, issue #9 butir 3).
    akhir = normal(_KONTEN.indikator(uid)[-1]["nama"])
    assert awal[0] > b.teks.rfind(akhir), f"{uid}: tanda tangan tidak sesudah indikator terakhir"
    t_akhir = tabel_iku(b)[-1]
    assert any(_jabatan(ttd) in sel for sel in t_akhir.isi[-1]), f"{uid}: tanda tangan bukan baris akhir tabel IKU terakhir"
