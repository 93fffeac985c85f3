"""Perjanjian Kinerja 2022 of the example (issue 11), read back from the
built .docx: every unit's PK, its parties and titles, its targets (the IKU
targets of 2022 with the PK's own applied), its budget with the total in
words, its Rencana Aksi. Expected values come from the content YAML read
here and from hand-written Indonesian words, never from the generator."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal

import pytest

from generator.dasar import format as fmt
from generator.dasar.nilai import parse_nilai
from tests.bantu import KONTEN, jalur_sumber
from tests.bantu_pk import baca_pk, baca_yaml, blok_ttd, indikator_unit, nama_cetak, unit_konten

TAHUN = 2022
PK = baca_yaml(KONTEN / "pk" / f"{TAHUN}.yaml")
UNIT = unit_konten()
SEKDA = UNIT["sekretariat"]["penandatangan"]

#: The total of each unit's PK in words, written out by hand.
TERBILANG = {
    # the head's PK: the programs of every unit, 7.385.000.000 + 2.750.000.000 + 1.940.000.000
    "sekretariat": "Rp12.075.000.000,00 (dua belas miliar tujuh puluh lima juta rupiah)",
    "pemerintahan": "Rp1.625.000.000,00 (satu miliar enam ratus dua puluh lima juta rupiah)",
    "hukum": "Rp1.125.000.000,00 (satu miliar seratus dua puluh lima juta rupiah)",
    "perekonomian": "Rp640.000.000,00 (enam ratus empat puluh juta rupiah)",
    "adbang": "Rp520.000.000,00 (lima ratus dua puluh juta rupiah)",
    "pbj": "Rp780.000.000,00 (tujuh ratus delapan puluh juta rupiah)",
}


def _id(uid: str) -> str:
    return f"pk-{TAHUN}-{uid}"


@pytest.fixture(scope="module")
def dokumen(bangunan):
    return {uid: baca_pk(bangunan.berkas(_id(uid))) for uid in PK["unit"]}


def test_setiap_unit_punya_pk_di_manifest(bangunan):
    """One PK per unit of the example, konsep like the PK file, with its sources."""
    assert set(PK["unit"]) == set(UNIT) and len(UNIT) == 8
    for uid in PK["unit"]:
        e = bangunan.entri(_id(uid))
        assert e["jenis"] == "perjanjian_kinerja" and e["status"] == "konsep"
        assert e["berkas"] == f"{_id(uid)}.docx"
        assert e["judul"] == f"Perjanjian Kinerja Tahun {TAHUN} {UNIT[uid]['nama']}"
        sumber = {jalur_sumber(s, bangunan.folder) for s in e["sumber"]}
        harap = {(KONTEN / "pk" / f"{TAHUN}.yaml").resolve(), (KONTEN / "instansi.yaml").resolve(),
                 (KONTEN / "unit" / f"{uid}.yaml").resolve()}
        if uid != "sekretariat":
            harap.add((KONTEN / "unit" / "sekretariat.yaml").resolve())  # the superior signs
        assert harap <= sumber, (uid, e["sumber"])
        with zipfile.ZipFile(bangunan.berkas(_id(uid))) as z:
            core = z.read("docProps/core.xml").decode()
        assert f"{TAHUN}-01-03T00:00:00Z" in core  # dated by its signing date, not the clock


def _pihak(uid: str) -> tuple[dict, dict]:
    """(pihak pertama, pihak kedua) as the content gives them."""
    isi = PK["unit"][uid] or {}
    pertama = isi.get("pihak_pertama") or UNIT[uid]["penandatangan"]
    kedua = isi.get("pihak_kedua") or (SEKDA if uid != "sekretariat" else {"jabatan": "Bupati Balangan"})
    return pertama, kedua


@pytest.mark.parametrize("uid", list(PK["unit"]))
def test_pernyataan_judul_dan_pihak(dokumen, uid):
    d = dokumen[uid]
    pertama, kedua = _pihak(uid)
    assert "PERJANJIAN KINERJA TAHUN 2022" in d.paragraf
    assert d.paragraf.index("PERJANJIAN KINERJA TAHUN 2022") < d.paragraf.index(
        next(p for p in d.paragraf if p.startswith("Dalam rangka mewujudkan manajemen pemerintahan")))
    nama = [b[2] for b in d.pihak if b[0] == "Nama"]
    jabatan = [b[2] for b in d.pihak if b[0] == "Jabatan"]
    sebutan = [b[0] for b in d.pihak if b[0] not in ("Nama", "Jabatan")]
    assert [n.strip() for n in nama] == [nama_cetak(pertama), nama_cetak(kedua)]
    assert jabatan == [" ".join(filter(None, [pertama.get("prefiks"), pertama["jabatan"]])), kedua["jabatan"]]
    assert sebutan == ["selanjutnya disebut PIHAK PERTAMA.", "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."]
    assert any(p.startswith("PIHAK PERTAMA berjanji akan mewujudkan target kinerja") for p in d.paragraf)
    assert any(p.startswith("PIHAK KEDUA akan melakukan supervisi") for p in d.paragraf)


@pytest.mark.parametrize("uid", list(PK["unit"]))
def test_dua_tanda_tangan_di_pernyataan_dan_lampiran(dokumen, uid):
    """PIHAK KEDUA on the left, PIHAK PERTAMA on the right, each with its
    office in capitals and name; the same two at the end of the annex."""
    d = dokumen[uid]
    pertama, kedua = _pihak(uid)
    pernyataan = d.tabel[1]  # the signature after the text of page 1
    lampiran = d.tabel[-1][-2:]  # joined to the last table of the annex
    for blok in (blok_ttd(pernyataan), blok_ttd(lampiran)):
        assert blok.index("PIHAK KEDUA,") < blok.index("Paringin, Januari 2022") < blok.index("PIHAK PERTAMA,")
        assert fmt.huruf_kapital(kedua["jabatan"]) in blok and fmt.huruf_kapital(pertama["jabatan"]) in blok
        for ttd in (pertama, kedua):
            if ttd.get("nama"):
                assert nama_cetak(ttd) in blok
            if ttd.get("nip"):
                assert f"NIP {ttd['nip']}" in blok
    # names on one row, side by side: the row of names holds both
    baris_nama = pernyataan[1]
    for ttd in (kedua, pertama):
        if ttd.get("nama"):
            assert any(s.startswith(nama_cetak(ttd)) for s in baris_nama), baris_nama


@pytest.mark.parametrize("uid", list(PK["unit"]))
def test_target_sama_dengan_iku_kecuali_yang_diubah_pk(dokumen, uid):
    """Every IKU indicator of the unit in order, with its 2022 target (the
    PK's own where it states one), followed by its satuan when the value has none."""
    isi = PK["unit"][uid] or {}
    sendiri = {iid: t["nilai"] for iid, t in (isi.get("target") or {}).items()}
    tanpa = set(isi.get("tanpa") or {})
    harap = [i for i in indikator_unit(UNIT[uid]) if i["id"] not in tanpa]
    baris = dokumen[uid].baris_sasaran()
    assert [b[2] for b in baris] == [i["nama"] for i in harap]
    for b, ind in zip(baris, harap):
        teks = sendiri.get(ind["id"], ind["target"][TAHUN])
        nilai = parse_nilai(teks)
        assert b[3].startswith(fmt.angka(nilai.angka)) or f"= {fmt.angka(nilai.angka)}" in b[3], (ind["id"], b[3])
        if not nilai.satuan and not nilai.predikat and ind["satuan"] not in ("%",) and not ind.get("skala"):
            assert b[3] == f"{fmt.angka(nilai.angka)} {ind['satuan']}", (ind["id"], b[3])
    # no row number skipped, each sasaran numbered once
    assert [int(n) for n in dict.fromkeys(b[0] for b in baris)] == list(range(1, len({b[0] for b in baris}) + 1))


def test_target_pk_sendiri_dipakai():
    """hukum-1: the IKU says 84 for 2022, the PK states 85 (with its alasan)."""
    hukum = PK["unit"]["hukum"]["target"]["hukum-1"]
    iku = next(i for i in indikator_unit(UNIT["hukum"]) if i["id"] == "hukum-1")["target"][TAHUN]
    assert (iku, hukum["nilai"]) == ("84", "85") and hukum["alasan"]


def test_target_pk_tercetak(dokumen):
    baris = {b[2]: b[3] for b in dokumen["hukum"].baris_sasaran()}
    assert baris["Tingkat kepuasan layanan produk hukum dan informasi hukum"] == "85 indeks"
    assert baris["Jumlah pelaporan RANHAM"] == "3 Laporan"
    assert baris["Persentase produk hukum yang diharmonisasi"] == "100%"
    sekretariat = {b[2]: b[3] for b in dokumen["sekretariat"].baris_sasaran()}
    assert sekretariat["Nilai SAKIP"] == "BB = 70,4" and sekretariat["Indeks Pelayanan Publik"] == "3,40 (B-)"


@pytest.mark.parametrize("uid", [u for u in PK["unit"] if u != "sekretariat"])
def test_anggaran_kegiatan_dan_jumlah_terbilang(dokumen, uid):
    """A unit's programs (bold, with their total) and kegiatan with pagu, the
    Jumlah row, and the total in words."""
    program = (PK["unit"][uid] or {}).get("anggaran") or []
    d = dokumen[uid]
    if not program:
        assert not any(t[0][-1:] == ["Anggaran (Rp)"] for t in d.tabel)
        assert not any(p.startswith("Jumlah anggaran:") for p in d.paragraf)
        return
    harap = []
    for i, prog in enumerate(program, start=1):
        jumlah = sum(Decimal(k["pagu"]) for k in prog["kegiatan"])
        harap.append([str(i), prog["nama"], fmt.rupiah(jumlah)])
        harap += [[f"{i}.{j}", k["nama"], fmt.rupiah(Decimal(k["pagu"]))] for j, k in enumerate(prog["kegiatan"], 1)]
    total = sum(Decimal(k["pagu"]) for prog in program for k in prog["kegiatan"])
    harap.append(["", "Jumlah", fmt.rupiah(total)])
    assert d.baris_anggaran() == harap
    assert f"Jumlah anggaran: {TERBILANG[uid]}" in d.paragraf
    assert TERBILANG[uid].startswith(fmt.rupiah(total))


def test_pk_sekretaris_daerah_memuat_program_seluruh_unit(dokumen):
    """The head's PK lists the programs of the whole Sekretariat Daerah with
    their totals over every unit, without kegiatan."""
    total: dict[str, Decimal] = {}
    for isi in PK["unit"].values():
        for prog in (isi or {}).get("anggaran") or []:
            total[prog["nama"]] = total.get(prog["nama"], Decimal(0)) + sum(Decimal(k["pagu"]) for k in prog["kegiatan"])
    harap = [[str(i), nama, fmt.rupiah(j)] for i, (nama, j) in enumerate(total.items(), start=1)]
    harap.append(["", "Jumlah", fmt.rupiah(sum(total.values()))])
    assert dokumen["sekretariat"].baris_anggaran() == harap
    assert f"Jumlah anggaran: {TERBILANG['sekretariat']}" in dokumen["sekretariat"].paragraf
    assert dokumen["sekretariat"].tabel[2][0][1] == "Sasaran Strategis"


def test_rencana_aksi_hukum(dokumen):
    """hukum-4 kumulatif: TW IV is the year's target; hukum-6 tidak kumulatif:
    the four quarters add up to it."""
    ra = PK["unit"]["hukum"]["rencana_aksi"]
    baris = {b[1]: b for b in dokumen["hukum"].baris_rencana_aksi()}
    ind = {i["id"]: i for i in indikator_unit(UNIT["hukum"])}
    assert len(baris) == len(ra) == 2
    b4 = baris[ind["hukum-4"]["nama"]]
    assert b4[2:] == ["100%", "25%", "50%", "75%", "100%"] and ra["hukum-4"]["kumulatif"] == "ya"
    assert b4[-1] == b4[2]
    b6 = baris[ind["hukum-6"]["nama"]]
    assert b6[2:] == ["3 Laporan", "0 Laporan", "1 Laporan", "1 Laporan", "1 Laporan"]
    assert sum(Decimal(v.split()[0]) for v in b6[3:]) == Decimal(b6[2].split()[0]) == Decimal(ind["hukum-6"]["target"][TAHUN])


def test_tanpa_rencana_aksi_tanpa_tabelnya(dokumen):
    assert dokumen["pbj"].baris_rencana_aksi() == []
    assert "RENCANA AKSI TAHUN 2022" not in dokumen["pbj"].paragraf


def test_lampiran_berjudul_tahun_dan_unit(dokumen):
    d = dokumen["hukum"].paragraf
    i = d.index("PERJANJIAN KINERJA TAHUN 2022", d.index("PERJANJIAN KINERJA TAHUN 2022") + 1)
    assert d[i + 1:i + 4] == ["BAGIAN HUKUM", "SEKRETARIAT DAERAH", "KABUPATEN BALANGAN"]
    s = dokumen["sekretariat"].paragraf
    j = s.index("PERJANJIAN KINERJA TAHUN 2022", s.index("PERJANJIAN KINERJA TAHUN 2022") + 1)
    assert s[j + 1:j + 3] == ["SEKRETARIAT DAERAH", "KABUPATEN BALANGAN"]


def test_konsep_tanda_air_hari_kosong_dan_sorotan(bangunan, dokumen):
    """A konsep PK: the KONSEP watermark, the day left blank, each party to
    confirm highlighted (a name unknown as a highlighted blank)."""
    for uid in PK["unit"]:
        with zipfile.ZipFile(bangunan.berkas(_id(uid))) as z:
            kepala = "".join(z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/header\d+\.xml", n))
            badan = z.read("word/document.xml").decode()
        assert 'string="KONSEP"' in kepala
        assert "3 Januari" not in dokumen[uid].teks and "Paringin, Januari 2022" in dokumen[uid].teks
        pertama, kedua = _pihak(uid)
        ditandai = sum(1 for t in (pertama, kedua) if t.get("perlu_konfirmasi"))
        # each flagged party: in the Nama row, and in both signatures
        assert badan.count('<w:highlight w:val="yellow"/>') >= 3 * ditandai, uid
    kosong = dokumen["pemerintahan"].pihak[0][2]
    assert kosong.strip() == "" and UNIT["pemerintahan"]["penandatangan"].get("nama") is None
