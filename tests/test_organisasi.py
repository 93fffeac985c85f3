"""Model organisasi umum (issue 10, butir 1-2 dan Periksa).

* Konten bentuk lama (``tests/konten_lama``: sekretariat, eselon_ii/iii/iv,
  sub_bagian, tingkat: sekretariat, ttd_sekda_pangkat_nip, tanpa jenis) tetap
  terbaca: satu PERINGATAN per kunci lama dengan berkas:baris:kolom, kunci
  lama dan kunci barunya, di ``naskah periksa`` dan ``naskah bangun`` (keluar 0),
  dan dokumennya sama dengan konten yang sudah memakai kunci baru.
* Dinas yang ditulis tangan (``tests/konten_dinas_kecil``: Bidang dengan Seksi,
  indikator makin rendah makin baik, keputusan tanpa Menimbang/Mengingat/
  diktum) dibangun dan dibaca kembali.
* Jenis pemerintah_daerah: Keputusan Bupati, dibuka "BUPATI ...,", Bupati
  tanpa NIP, lampiran ditandatangani Bupati.
* Aturan per jenis: jabatan penanda tangan menurut jenis dan tingkat,
  pengaturan pangkat/NIP kepala hanya untuk Sekretaris Daerah, paraf bawaan.

Nilai yang diharapkan ditulis di sini dari sumbernya (PP 18/2016, UU 23/2014
Pasal 59, Permendagri 1/2023 Pasal 44), bukan dibaca dari data generator.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from lxml import etree

from generator.dasar import organisasi as org
from generator.konteks.keputusan import tanda_tangan
from generator.muat import model as m
from generator.muat.konten import muat_konten
from generator.muat.lengkap import lengkapi
from generator.muat.pemeriksa import Pemeriksa
from generator.periksa import periksa_konten
from tests.bantu import AKAR, KATA_JENIS_LAIN, jalankan_cli
from tests.docxbaca import baca_docx, baca_tabel, cari_berurutan, normal, q, tabel_iku

TESTS = AKAR / "tests"
LAMA = TESTS / "konten_lama"
MINI = TESTS / "konten_mini"
DINAS = TESTS / "konten_dinas_kecil"

KEPALA_DINAS = "KEPALA DINAS KESEHATAN KABUPATEN CONTOH"


def _salin(sumber: Path, tujuan: Path) -> Path:
    shutil.copytree(sumber, tujuan)
    return tujuan


def _tulis_yaml(berkas: Path, data: dict) -> None:
    berkas.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _baris(berkas: Path, awal: str) -> tuple[int, int]:
    """(line, column) of the first line of ``berkas`` whose text after the
    indentation begins with ``awal``; the column of ``awal``."""
    for n, teks in enumerate(berkas.read_text(encoding="utf-8").splitlines(), start=1):
        if teks.lstrip().startswith(awal):
            return n, len(teks) - len(teks.lstrip()) + 1
    raise AssertionError(f"{awal!r} tidak ada di {berkas}")


def _peringatan(folder: Path) -> tuple[int, list[dict]]:
    p = jalankan_cli("periksa", "--konten", str(folder), "--format", "json")
    data = json.loads(p.stdout)
    assert data["galat"] == [], data["galat"]
    return p.returncode, data["peringatan"]


# --- konten bentuk lama -----------------------------------------------------------


def _harapan_lama(folder: Path) -> set[tuple[str, int, int, str, str, str]]:
    """(berkas, baris, kolom, jalur, kunci lama, kunci baru) of every rename
    the old-key folder must be told about."""
    ins, satu, dua = folder / "instansi.yaml", folder / "unit" / "satu.yaml", folder / "unit" / "dua.yaml"
    hasil = set()
    for berkas, awal, jalur, lama, baru in (
        (ins, "sekretariat:", "sekretariat", "sekretariat", "nama"),
        (ins, "ttd_sekda_pangkat_nip:", "pengaturan.ttd_sekda_pangkat_nip", "ttd_sekda_pangkat_nip", "ttd_kepala_pangkat_nip"),
        (satu, "eselon_ii:", "eselon_ii", "eselon_ii", "sasaran"),
        (dua, "eselon_iii:", "eselon_iii", "eselon_iii", "sasaran"),
        (dua, "eselon_iv:", "eselon_iv", "eselon_iv", "sub_unit"),
    ):
        hasil.add((berkas.name, *_baris(berkas, awal), jalur, lama, baru))
    baris, _ = _baris(dua, "- sub_bagian:")
    hasil.add((dua.name, baris, 5, "eselon_iv[1].sub_bagian", "sub_bagian", "nama"))
    baris, _ = _baris(satu, "tingkat:")
    hasil.add((satu.name, baris, len("tingkat: ") + 1, "tingkat", "sekretariat", "sekretariat_daerah"))
    return hasil


def test_konten_lama_periksa_menyebut_setiap_kunci_lama(tmp_path):
    folder = _salin(LAMA, tmp_path / "konten")
    kode, peringatan = _peringatan(folder)
    assert kode == 0
    ganti = [x for x in peringatan if x["kode"] == "kunci-lama"]
    terbaca = set()
    for x in ganti:
        lama, baru = re.findall(r"'([a-z_]+)'", x["pesan"])[:2]
        terbaca.add((Path(x["berkas"]).name, x["baris"], x["kolom"], x["jalur"], lama, baru))
    assert terbaca == _harapan_lama(folder)
    assert len(ganti) == len(terbaca)  # one warning per old key
    jenis = [x for x in peringatan if x["kode"] == "jenis-bawaan"]
    assert len(jenis) == 1 and "sekretariat_daerah" in jenis[0]["pesan"] and Path(jenis[0]["berkas"]).name == "instansi.yaml"
    # Nothing else: the same content with the new keys is clean (konten_mini).
    assert len(peringatan) == len(ganti) + 1
    assert _peringatan(MINI) == (0, [])


def test_konten_lama_bangun_mencetak_peringatan_dan_sama_dengan_kunci_baru(tmp_path):
    folder = _salin(LAMA, tmp_path / "konten")
    lama, baru = tmp_path / "lama", tmp_path / "baru"
    p = jalankan_cli("bangun", "--konten", str(folder), "--keluaran", str(lama), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    for berkas, baris, kolom, jalur, kunci, kunci_baru in _harapan_lama(folder):
        cocok = [b for b in p.stderr.splitlines() if f"{berkas}:{baris}:{kolom}: {jalur}: " in b]
        assert len(cocok) == 1, (berkas, baris, p.stderr)
        assert cocok[0].startswith("peringatan:") and f"'{kunci}'" in cocok[0] and f"'{kunci_baru}'" in cocok[0]
    assert "jenis perangkat daerah belum ditulis" in p.stderr
    # The old form reads as the new one: an annex the Sekda setting does not touch is byte-identical.
    q = jalankan_cli("bangun", "--konten", str(MINI), "--keluaran", str(baru), cwd=tmp_path)
    assert q.returncode == 0, q.stderr
    nama = "keputusan-mini-lampiran-dua.docx"
    assert (lama / nama).read_bytes() == (baru / nama).read_bytes()
    # ttd_sekda_pangkat_nip: ya still prints the Sekda's NIP under the old key.
    assert "NIP 19760417 199412 1 001" in baca_docx(lama / "keputusan-mini.docx").teks.replace("\u00a0", " ")
    assert "NIP 19760417 199412 1 001" not in baca_docx(baru / "keputusan-mini.docx").teks.replace("\u00a0", " ")


def test_kunci_lama_dan_baru_bersamaan_galat(tmp_path):
    folder = _salin(MINI, tmp_path / "konten")
    ins = folder / "instansi.yaml"
    ins.write_text(ins.read_text(encoding="utf-8") + "sekretariat: Sekretariat Daerah\n", encoding="utf-8")
    _, p = periksa_konten(folder)
    galat = [x for x in p.masalah if x.tingkat == "galat"]
    assert [(x.jalur, x.kode) for x in galat] == [("sekretariat", "kunci-lama")]
    assert "'nama'" in galat[0].pesan and galat[0].lokasi.baris == len(ins.read_text(encoding="utf-8").splitlines())


# --- Dinas yang ditulis tangan -----------------------------------------------------


def test_dinas_tanpa_kata_jenis_lain(dinas_kecil):
    berkas = sorted(dinas_kecil.folder.glob("*.docx"))
    assert {b.name for b in berkas} == {
        "keputusan-iku.docx", "keputusan-iku-lampiran-dinkes.docx", "keputusan-iku-lampiran-kesmas.docx", "lkjip-2022.docx",
    }
    for b in berkas:
        teks = baca_docx(b).teks
        for kata, pola in KATA_JENIS_LAIN.items():
            assert not re.search(pola, teks), f"{b.name} memuat '{kata}'"


def test_dinas_jabatan_kepala_di_judul_pembuka_dan_ditetapkan(dinas_kecil):
    teks = baca_docx(dinas_kecil.folder / "keputusan-iku.docx").teks
    cari_berurutan(teks, [
        ("judul", rf"^KEPUTUSAN {KEPALA_DINAS}$"),
        ("tentang", r"^INDIKATOR KINERJA UTAMA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2021-2023$"),
        ("pembuka", rf"^{KEPALA_DINAS},$"),
        ("Menimbang", r"^Menimbang$"),
        ("Mengingat", r"^Mengingat$"),
        ("PP 18/2016", r"^Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah"),
        ("Menetapkan", rf"^KEPUTUSAN {KEPALA_DINAS} TENTANG INDIKATOR KINERJA UTAMA"),
        ("KETIGA", r"^KETIGA$"),
        ("Ditetapkan", r"^Ditetapkan di Kotacontoh$"),
        ("jabatan", rf"^{KEPALA_DINAS},$"),
        ("nama", r"^RAHMAT HIDAYAT$"),
        ("NIP", r"^NIP 19750312 200003 1 004$"),
    ])
    # The kind's paraf list (Permendagri 1/2023, paraf koordinasi: up to the Sekretaris of the Dinas).
    paraf = next(baca_tabel(t) for t in baca_docx(dinas_kecil.folder / "keputusan-iku.docx").bagian[0].tabel
                 if "Paraf" in baca_tabel(t).kepala)
    assert [r[1] for r in paraf.isi] == ["Konseptor", "Kepala Subbagian", "Sekretaris"]


def test_dinas_bidang_dengan_seksi(dinas_kecil):
    doc = baca_docx(dinas_kecil.folder / "keputusan-iku-lampiran-kesmas.docx")
    teks = doc.teks
    cari_berurutan(teks, [
        ("unit", r"^BIDANG KESEHATAN MASYARAKAT$"),
        ("tabel bidang", r"^TINGKAT BIDANG$"),
        ("indikator bidang", r"^Prevalensi stunting pada balita$"),
        ("tabel seksi", r"^TINGKAT SEKSI$"),
        ("seksi 1", r"^Seksi Gizi Masyarakat$"),
        ("indikator seksi 1", r"^Persentase balita gizi kurang$"),
        ("seksi 2", r"^Seksi Kesehatan Lingkungan$"),
        ("indikator seksi 2", r"^Jumlah desa yang masih buang air besar sembarangan$"),
        ("penanda tangan", r"^KEPALA BIDANG KESEHATAN MASYARAKAT,$"),
        ("nama", r"^SRI WAHYUNI$"),
    ])
    assert len([t for b in doc.bagian for t in tabel_iku(b)]) == 2
    # The Dinas itself (the root level) on the instansi template, the Bidang on the unit template.
    assert dinas_kecil.entri("keputusan-iku-lampiran-dinkes")["templat"] == "bawaan:lampiran_instansi.docx"
    assert dinas_kecil.entri("keputusan-iku-lampiran-kesmas")["templat"] == "bawaan:lampiran_unit.docx"


def test_dinas_lkjip_kepala_dan_arah_turun(dinas_kecil):
    teks = baca_docx(dinas_kecil.folder / "lkjip-2022.docx").teks
    assert re.search(r"^LAPORAN KINERJA INSTANSI PEMERINTAH \(LKjIP\)\nDINAS KESEHATAN KABUPATEN CONTOH$", teks, re.M)
    cari_berurutan(teks, [
        ("pihak kedua", r"^PIHAK KEDUA,$"),
        ("Bupati", r"^BUPATI CONTOH,$"),
        ("pihak pertama", r"^PIHAK PERTAMA,$"),
        ("kepala", rf"^{KEPALA_DINAS},$"),
    ])
    # Lower is better: target 100, realisasi 95 -> (2 x 100 - 95) / 100 = 105%.
    assert "Target tahun 2022 sebesar 100 dengan realisasi 95, sehingga capaian kinerjanya 105,00%" in normal(teks)


# --- pemerintah daerah --------------------------------------------------------------


def _pemda(folder: Path) -> Path:
    """The Dinas folder turned into the Pemda's own IKU: a Keputusan Bupati,
    its annex the Pemda's table, signed by the Bupati (who has a NIP written
    that must not print)."""
    shutil.copytree(DINAS, folder)
    ins = yaml.safe_load((folder / "instansi.yaml").read_text(encoding="utf-8"))
    ins.update(jenis="pemerintah_daerah", nama="Pemerintah Kabupaten Contoh")
    ins["kop"] = ["PEMERINTAH KABUPATEN CONTOH", "Jl. Merdeka No. 1 Kotacontoh"]
    _tulis_yaml(folder / "instansi.yaml", ins)
    bupati = {"jabatan": "Bupati Contoh", "nama": "AHMAD FAUZI", "nip": "19700101 199503 1 001"}
    kep = yaml.safe_load((folder / "keputusan.yaml").read_text(encoding="utf-8"))
    kep.update(penandatangan=bupati, lampiran=["dinkes"])
    _tulis_yaml(folder / "keputusan.yaml", kep)
    unit = yaml.safe_load((folder / "unit" / "dinkes.yaml").read_text(encoding="utf-8"))
    unit.update(nama="Pemerintah Kabupaten Contoh", tingkat="pemerintah_daerah", penandatangan=bupati)
    _tulis_yaml(folder / "unit" / "dinkes.yaml", unit)
    (folder / "unit" / "kesmas.yaml").unlink()
    shutil.rmtree(folder / "lkjip")
    shutil.rmtree(folder / "realisasi")
    return folder


def test_pemda_keputusan_bupati_tanpa_nip(tmp_path):
    folder = _pemda(tmp_path / "konten")
    assert _peringatan(folder) == (0, [])
    p = jalankan_cli("bangun", "--konten", str(folder), "--keluaran", str(tmp_path / "k"), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    kep = baca_docx(tmp_path / "k" / "keputusan-iku.docx").teks.replace("\u00a0", " ")
    cari_berurutan(kep, [
        ("judul", r"^KEPUTUSAN BUPATI CONTOH$"),
        ("tentang", r"^INDIKATOR KINERJA UTAMA PEMERINTAH KABUPATEN CONTOH TAHUN 2021-2023$"),
        ("pembuka", r"^BUPATI CONTOH,$"),
        ("Menimbang", r"^Menimbang$"),
        ("Ditetapkan", r"^Ditetapkan di Kotacontoh$"),
        ("jabatan", r"^BUPATI CONTOH,$"),
        ("nama", r"^AHMAD FAUZI$"),
    ])
    # The head of the region signs without NIP (Permendagri 1/2023 Pasal 44).
    assert "19700101" not in kep and "NIP" not in kep.split("Ditetapkan di")[1].split("Paraf")[0]
    lampiran = baca_docx(tmp_path / "k" / "keputusan-iku-lampiran-dinkes.docx").teks
    assert re.search(r"^BUPATI CONTOH,$", lampiran, re.M) and "19700101" not in lampiran.replace("\u00a0", " ")
    # The annex title names the Pemda once (its name already carries the region).
    assert re.search(r"^PEMERINTAH KABUPATEN CONTOH$", lampiran, re.M) and "CONTOH KABUPATEN CONTOH" not in lampiran
    assert not re.search(KATA_JENIS_LAIN["Eselon"], kep + lampiran)


# --- aturan per jenis ----------------------------------------------------------------


def _masalah(folder: Path, kode: str) -> list:
    _, p = periksa_konten(folder)
    return [x for x in p.masalah if x.kode == kode]


def test_pengaturan_pangkat_nip_kepala_hanya_untuk_sekretaris_daerah(tmp_path):
    for sumber, harap in ((DINAS, 1), (MINI, 0)):
        folder = _salin(sumber, tmp_path / sumber.name)
        ins = folder / "instansi.yaml"
        ins.write_text(ins.read_text(encoding="utf-8") + "  ttd_kepala_pangkat_nip: tidak\n", encoding="utf-8")
        x = _masalah(folder, "tidak-berlaku")
        assert len(x) == harap, sumber.name
        if x:
            assert x[0].tingkat == "peringatan" and x[0].jalur == "pengaturan.ttd_kepala_pangkat_nip"
            assert x[0].lokasi.baris == len(ins.read_text(encoding="utf-8").splitlines())


def test_pangkat_nip_menurut_jabatan():
    """Permendagri 1/2023 Pasal 44: the Sekda's pangkat and NIP by the setting,
    the Bupati's never, every other official's always."""
    peng = m.Pengaturan(ttd_kepala_pangkat_nip=False)
    ins = m.Instansi(jenis="dinas", nama="Dinas Kesehatan", pemerintah_daerah="Pemerintah Kabupaten Contoh",
                     jenis_daerah="Kabupaten", nama_daerah="Contoh", ibukota="Kotacontoh", kop=["X"], pengaturan=peng)

    def ttd(jabatan: str) -> dict:
        return tanda_tangan(m.Penandatangan(jabatan=jabatan, nama="A", pangkat="Pembina", golongan="IV/a",
                                            nip="19750312 200003 1 004"), ins)

    assert ttd("Kepala Dinas Kesehatan Kabupaten Contoh")["nip"] and ttd("Kepala Dinas Kesehatan Kabupaten Contoh")["pangkat"]
    assert ttd("Sekretaris Daerah Kabupaten Contoh")["nip"] == ""
    assert ttd("Bupati Contoh")["nip"] == "" and ttd("Wali Kota Contoh")["pangkat"] == ""
    peng.ttd_kepala_pangkat_nip = True
    assert ttd("Sekretaris Daerah Kabupaten Contoh")["nip"] and ttd("Bupati Contoh")["nip"] == ""


def test_jabatan_penanda_tangan_menurut_jenis_dan_tingkat(tmp_path):
    folder = _salin(DINAS, tmp_path / "konten")
    assert _masalah(folder, "jabatan-jenis") == []
    kep = folder / "keputusan.yaml"
    kep.write_text(kep.read_text(encoding="utf-8").replace(
        "  jabatan: Kepala Dinas Kesehatan Kabupaten Contoh", "  jabatan: Sekretaris Daerah Kabupaten Contoh"), encoding="utf-8")
    kesmas = folder / "unit" / "kesmas.yaml"
    kesmas.write_text(kesmas.read_text(encoding="utf-8").replace(
        "jabatan: Kepala Bidang Kesehatan Masyarakat", "jabatan: Kepala Bagian Kesehatan Masyarakat"), encoding="utf-8")
    x = {(Path(y.lokasi.berkas).name, y.lokasi.baris, y.jalur): y.pesan for y in _masalah(folder, "jabatan-jenis")}
    assert set(x) == {
        ("keputusan.yaml", _baris(kep, "jabatan: Sekretaris Daerah")[0], "penandatangan.jabatan"),
        ("kesmas.yaml", _baris(kesmas, "jabatan: Kepala Bagian")[0], "penandatangan.jabatan"),
    }
    assert "bukan Kepala Dinas" in x[("keputusan.yaml", _baris(kep, "jabatan: Sekretaris Daerah")[0], "penandatangan.jabatan")]
    assert "bukan Kepala Bidang" in x[("kesmas.yaml", _baris(kesmas, "jabatan: Kepala Bagian")[0], "penandatangan.jabatan")]


def test_tingkat_sub_unit_dan_jenis_lainnya(tmp_path):
    folder = _salin(DINAS, tmp_path / "dinas")
    kesmas = folder / "unit" / "kesmas.yaml"
    kesmas.write_text(kesmas.read_text(encoding="utf-8").replace("    tingkat: seksi", "    tingkat: seksie"), encoding="utf-8")
    x = [y for y in periksa_konten(folder)[1].masalah if y.tingkat == "galat"]
    assert [(y.jalur, y.kode) for y in x] == [("sub_unit[2].tingkat", "pilihan")]
    assert "maksud Anda 'seksi'?" in x[0].pesan and x[0].lokasi.baris == _baris(kesmas, "tingkat: seksie")[0]
    # jenis: lainnya has no defaults: the head's title and the root level's label are required.
    lain = _salin(DINAS, tmp_path / "lainnya")
    ins = lain / "instansi.yaml"
    ins.write_text(ins.read_text(encoding="utf-8").replace("jenis: dinas", "jenis: lainnya"), encoding="utf-8")
    for u in ("dinkes", "kesmas"):
        (lain / "unit" / f"{u}.yaml").write_text(
            (lain / "unit" / f"{u}.yaml").read_text(encoding="utf-8").replace("tingkat: dinas", "tingkat: lainnya"), encoding="utf-8")
    jalur = {(y.jalur, y.kode) for y in periksa_konten(lain)[1].masalah if y.tingkat == "galat"}
    assert {("kepala", "wajib"), ("tingkat.lainnya.label", "wajib"), ("tingkat", "pilihan")} <= jalur
    ins.write_text(ins.read_text(encoding="utf-8") + (
        "kepala: {jabatan: Kepala Dinas Kesehatan Kabupaten Contoh}\n"
        "tingkat:\n"
        "  lainnya: {label: Dinas, kepala: Kepala Dinas, anak: [bidang]}\n"
        "  bidang: {label: Bidang, kepala: Kepala Bidang, judul_tabel: TINGKAT BIDANG, anak: [seksi, subseksi]}\n"
        "  seksi: {label: Seksi, kepala: Kepala Seksi, judul_tabel: TINGKAT SEKSI}\n"
        "  subseksi: {label: Subseksi, kepala: Kepala Subseksi}\n"
    ), encoding="utf-8")
    assert [str(y) for y in periksa_konten(lain)[1].masalah if y.tingkat == "galat"] == []


def test_atasan_menurut_jenis(tmp_path):
    konten, _ = muat_konten(DINAS)
    bidang, dinas = konten.unit["kesmas"], konten.unit["dinkes"]
    assert org.atasan(bidang, konten) is dinas.penandatangan
    atas = org.atasan(dinas, konten)
    assert (atas.jabatan, atas.nama) == ("Bupati Contoh", None)  # UU 23/2014 Pasal 59: the Bupati, no name written
    konten.instansi.jenis = "kelurahan"
    assert org.atasan_kepala(konten.instansi).jabatan == "Camat"  # PP 17/2018: a Lurah answers to the Camat
    konten.instansi.jenis = "pemerintah_daerah"
    assert org.atasan_kepala(konten.instansi) is None
    pemda, _ = muat_konten(_pemda(tmp_path / "pemda"))
    assert org.atasan(pemda.unit["dinkes"], pemda) is None
    assert org.jabatan_kepala(pemda.instansi) == "Bupati Contoh"


def test_templat_bernama_lama_tetap_dipakai(tmp_path):
    """A project's templates written before the rename (lampiran_sekretariat.docx,
    lampiran_bagian.docx) are the ones used; naskah templat does not write the
    new names beside them."""
    proyek = tmp_path / "proyek"
    _salin(MINI, proyek / "konten")
    p = jalankan_cli("templat", "--folder", str(proyek / "templat"))
    assert p.returncode == 0, p.stderr
    for baru, lama in (("lampiran_instansi.docx", "lampiran_sekretariat.docx"), ("lampiran_unit.docx", "lampiran_bagian.docx")):
        (proyek / "templat" / baru).rename(proyek / "templat" / lama)
    p = jalankan_cli("templat", "--folder", str(proyek / "templat"))
    assert p.returncode == 0 and not (proyek / "templat" / "lampiran_unit.docx").exists(), p.stdout
    k = tmp_path / "k"
    p = jalankan_cli("bangun", "--konten", str(proyek / "konten"), "--keluaran", str(k), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    manifest = {e["id"]: e["templat"] for e in json.loads((k / "manifest.json").read_text(encoding="utf-8"))["dokumen"]}
    assert manifest["keputusan-mini-lampiran-satu"].endswith("templat/lampiran_sekretariat.docx")
    assert manifest["keputusan-mini-lampiran-dua"].endswith("templat/lampiran_bagian.docx")


@pytest.mark.parametrize("jenis", ["dinas", "badan", "kecamatan", "pemerintah_daerah"])
def test_paraf_bawaan_menurut_jenis(jenis):
    """The paraf list of a draft comes from the kind, not the Sekretariat
    Daerah's: for a Dinas/Badan up to its Sekretaris, for a Kecamatan the
    Sekretaris Kecamatan, for a Keputusan Bupati up to the Sekretaris Daerah."""
    harap = {
        "dinas": ["Konseptor", "Kepala Subbagian", "Sekretaris"],
        "badan": ["Konseptor", "Kepala Subbagian", "Sekretaris"],
        "kecamatan": ["Konseptor", "Kepala Subbagian", "Sekretaris Kecamatan"],
        "pemerintah_daerah": ["Konseptor", "Kepala Bagian Organisasi", "Kepala Bagian Hukum", "Asisten", "Sekretaris Daerah"],
    }[jenis]
    konten, _ = muat_konten(DINAS)
    konten.instansi.jenis = jenis
    konten.instansi.pengaturan.paraf_koordinasi = None
    lengkapi(konten, Pemeriksa())
    assert konten.instansi.pengaturan.paraf_koordinasi == harap


def test_data_jenis_lengkap_dengan_sumber():
    """One data file per kind, each section with its legal source; the root
    level named like the kind; pangkat/NIP of the head optional only for the
    Sekretaris Daerah and never printed for the head of the region
    (Permendagri 1/2023 Pasal 44)."""
    from generator.dasar.data import data
    from generator.dasar.jenis import JENIS, jenis

    folder = AKAR / "generator" / "data" / "jenis"
    assert sorted(p.stem for p in folder.glob("*.yaml")) == sorted(JENIS)
    for nama in JENIS:
        for bagian, isi in data(f"jenis/{nama}").items():
            assert isinstance(isi["sumber"], str) and len(isi["sumber"]) > 20, (nama, bagian)
        assert next(iter(jenis(nama).tingkat)) == nama
    aturan = {nama: jenis(nama).pangkat_nip for nama in JENIS}
    assert aturan.pop("sekretariat_daerah") == "pilihan" and aturan.pop("pemerintah_daerah") == "tidak"
    assert set(aturan.values()) == {"wajib"}


def test_sel_tanpa_penjelasan_tetap_berparagraf(dinas_kecil):
    """An indicator without Makna, Alasan or Cara Hitung: the template's
    {%p for %} leaves its cell empty; the cell keeps the paragraph the schema
    requires (without it LibreOffice lays the row out of its columns)."""
    for did in ("keputusan-iku-lampiran-dinkes", "keputusan-iku-lampiran-kesmas", "keputusan-iku"):
        with zipfile.ZipFile(dinas_kecil.berkas(did)) as z:
            akar = etree.fromstring(z.read("word/document.xml"))
        sel = list(akar.iter(q("w:tc")))
        assert sel and all(tc[-1].tag == q("w:p") for tc in sel), did
