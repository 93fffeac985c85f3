"""Setiap jenis perangkat daerah dari ``naskah baru`` sampai dokumen (issue 10).

Untuk setiap ``--jenis``: ``naskah baru`` menulis folder, ``naskah periksa``
meluluskannya (tanpa galat dan peringatan, isian terdaftar sebagai perlu
konfirmasi), setiap berkas YAML-nya sah menurut skema JSON yang disebut baris
pertamanya, dan ``naskah bangun`` langsung membuat dokumennya (.docx saja).
Dokumen dibaca kembali: jabatan kepala di judul Keputusan, di atas Menimbang,
di blok "Ditetapkan" dan di LKjIP; Perjanjian Kinerja setiap unit (kepala
sebagai PIHAK PERTAMA PK unit akar dengan atasannya menurut jenis sebagai
PIHAK KEDUA, kepala sebagai PIHAK KEDUA unit lain, PK kepala daerah satu
pihak); tidak ada "Sekretaris Daerah", "Bagian", "Eselon", "Balangan" atau
"Paringin" bila jenisnya tidak memintanya.

Juga folder Dinas yang ditulis tangan (``tests/konten_dinas``): Bidang dengan
Seksi, indikator makin rendah makin baik, capaiannya dihitung ke arah itu;
PK setiap Bidang dengan Kepala Dinas sebagai PIHAK KEDUA.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.dasar.jenis import JENIS
from generator.muat import json_skema as js
from generator.muat.konten import berkas_konten
from generator.dasar import format as fmt
from tests.bantu import AKAR, KATA_JENIS_LAIN, jalankan_cli
from tests.bantu_pk import DokumenPk, baca_pk, blok_ttd, indikator_unit, nama_cetak
from tests.docxbaca import baca_docx, baca_tabel, tabel_iku

KONTEN_DINAS = AKAR / "tests" / "konten_dinas"

# jenis -> (--nama, --daerah, jabatan kepala yang diharapkan), ditulis di sini
# dari PP 18/2016 dan PP 17/2018 (sebutan kepala tiap jenis), bukan dari generator.
KASUS = {
    "sekretariat_daerah": (None, "Kabupaten Contoh", "Sekretaris Daerah Kabupaten Contoh"),
    "sekretariat_dprd": (None, "Kota Contoh", "Sekretaris DPRD Kota Contoh"),
    "dinas": ("Dinas Kesehatan", "Kabupaten Contoh", "Kepala Dinas Kesehatan Kabupaten Contoh"),
    "badan": ("Badan Kepegawaian Daerah", "Provinsi Contoh", "Kepala Badan Kepegawaian Daerah Provinsi Contoh"),
    "inspektorat": (None, "Kabupaten Contoh", "Inspektur Kabupaten Contoh"),
    "kecamatan": ("Kecamatan Sukamaju", "Kabupaten Contoh", "Camat Sukamaju"),
    "kelurahan": ("Kelurahan Sukamaju", "Kota Contoh", "Lurah Sukamaju"),
    "pemerintah_daerah": (None, "Kabupaten Contoh", "Bupati Contoh"),
    "lainnya": ("Satuan Polisi Pamong Praja", "Kabupaten Contoh", "Kepala Satuan Polisi Pamong Praja Kabupaten Contoh"),
}

# Atasan kepala perangkat daerah, PIHAK KEDUA PK unit akar: kepala daerah
# menurut jenis daerahnya (UU 23/2014 Pasal 59 ayat (2)), Camat bagi Lurah
# (PP 17/2018: lurah bertanggung jawab kepada camat); kepala daerah sendiri
# tanpa atasan (PK satu pihak). Ditulis di sini, bukan dari generator.
KEPALA_DAERAH = {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}
ATASAN_KEPALA = {"kelurahan": "Camat", "pemerintah_daerah": None}

# Jumlah pagu isian naskah baru (Rp100.000.000,00 per unit) dalam kata, ditulis tangan.
TERBILANG_JUTA = {1: "seratus", 2: "dua ratus", 3: "tiga ratus", 4: "empat ratus", 5: "lima ratus"}


def _kata_data_jenis(jenis: str) -> str:
    """Semua teks data jenis itu (selain sumber hukumnya), dibaca sendiri."""
    isi = yaml.safe_load((AKAR / "generator" / "data" / "jenis" / f"{jenis}.yaml").read_text(encoding="utf-8"))

    def teks(x) -> list[str]:
        if isinstance(x, dict):
            return [t for k, v in x.items() if k != "sumber" for t in [str(k), *teks(v)]]
        if isinstance(x, list):
            return [t for v in x for t in teks(v)]
        return [str(x)]

    return "\n".join(teks(isi))


def test_setiap_jenis_dites():
    assert set(KASUS) == set(JENIS)


def _baru(folder: Path, jenis: str) -> None:
    nama, daerah, _ = KASUS[jenis]
    argumen = ["baru", str(folder), "--jenis", jenis, "--daerah", daerah, "--tahun", "2025"]
    proses = jalankan_cli(*argumen, *(["--nama", nama] if nama else []))
    assert proses.returncode == 0, proses.stderr


def _periksa_lulus(folder: Path) -> list[dict]:
    proses = jalankan_cli("periksa", "--konten", str(folder), "--format", "json")
    assert proses.returncode == 0, proses.stdout + proses.stderr
    laporan = json.loads(proses.stdout)
    assert laporan["galat"] == [] and laporan["peringatan"] == [], laporan
    return laporan["konfirmasi"]


def _json(nilai):
    """A YAML value as JSON sees it: keys as text, dates as text."""
    if isinstance(nilai, dict):
        return {str(k): _json(v) for k, v in nilai.items()}
    if isinstance(nilai, list):
        return [_json(v) for v in nilai]
    if isinstance(nilai, (datetime.date, datetime.datetime)):
        return nilai.isoformat()
    return nilai


def _sah_menurut_skema(folder: Path) -> None:
    """The schemas are what ``naskah skema`` writes (a rerun changes
    nothing), and every YAML file is valid against the schema its first line
    names."""
    proses = jalankan_cli("skema", "--konten", str(folder))
    assert proses.returncode == 0 and "tidak ada yang diubah" in proses.stdout, proses.stdout + proses.stderr
    for jenis, daftar in berkas_konten(folder).items():
        for berkas in daftar:
            teks = berkas.read_text(encoding="utf-8")
            pertama = teks.splitlines()[0]
            assert pertama == js.modeline(berkas, folder, jenis), berkas
            skema = json.loads((berkas.parent / pertama.split("$schema=", 1)[1]).read_text(encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(skema)
            galat = [f"{list(e.absolute_path)}: {e.message}"
                     for e in jsonschema.Draft202012Validator(skema).iter_errors(_json(yaml.safe_load(teks)))]
            assert galat == [], berkas


def _tidak_ada_terlarang(teks: str, jenis: str, dokumen: str) -> None:
    boleh = _kata_data_jenis(jenis)
    # a word only the kind's own data may bring (the paraf of a Kepala Bagian Hukum on a Keputusan Bupati)
    for kata, pola in KATA_JENIS_LAIN.items():
        if re.search(pola, boleh):
            continue
        temuan = [teks[max(0, m.start() - 40): m.end() + 40] for m in re.finditer(pola, teks)]
        assert not temuan, f"{dokumen} ({jenis}) memuat {kata!r}: {temuan[:3]}"


def _cek_keputusan(teks: str, jabatan: str) -> None:
    besar = jabatan.upper()
    assert re.search(rf"(?m)^KEPUTUSAN {re.escape(besar)}$", teks), "judul keputusan"
    assert re.search(rf"(?m)^{re.escape(besar)},$\n+^Menimbang$", teks), "pejabat di atas Menimbang"
    blok = re.search(r"(?m)^Ditetapkan di .+\n^pada tanggal .+\n+(.+)$", teks)
    assert blok is not None and blok[1] == f"{besar},", "blok Ditetapkan"


def _atasan_kepala(jenis: str) -> str | None:
    if jenis in ATASAN_KEPALA:
        return ATASAN_KEPALA[jenis]
    jenis_daerah, nama = KASUS[jenis][1].split(" ", 1)
    return f"{KEPALA_DAERAH[jenis_daerah]} {nama}"


def _jabatan_pihak(d: DokumenPk) -> list[str]:
    return [b[2] for b in d.pihak if b[0] == "Jabatan"]


def _cek_pk_satu_pihak(d: DokumenPk, kepala: str) -> None:
    """The head of the region's own PK: one signer, no party named."""
    assert _jabatan_pihak(d) == [kepala]
    assert "PIHAK" not in d.teks and "selaku atasan" not in d.teks
    assert any(p.startswith("berjanji akan mewujudkan target kinerja tahunan") for p in d.paragraf)
    assert f"{fmt.huruf_kapital(kepala)}," in blok_ttd(d.tabel[1])


def _cek_pk_dua_pihak(d: DokumenPk, pertama: str, kedua: str) -> None:
    """PIHAK PERTAMA the unit's head, PIHAK KEDUA the superior, in the
    pernyataan and in the signature blocks (the superior on the left)."""
    assert _jabatan_pihak(d) == [pertama, kedua]
    blok = blok_ttd(d.tabel[1])
    assert blok.index("PIHAK KEDUA,") < blok.index(f"{fmt.huruf_kapital(kedua)},")
    assert blok.index(f"{fmt.huruf_kapital(kedua)},") < blok.index("PIHAK PERTAMA,")
    assert blok.index("PIHAK PERTAMA,") < blok.index(f"{fmt.huruf_kapital(pertama)},")


def _cek_pk(folder: Path, keluaran: Path, jenis: str, unit: list[str]) -> None:
    """Every unit's PK of the year read back: parties by the organisation,
    the unit's indicators with their targets, the placeholder budget (the
    head's PK: the programs of every unit) with its total in words."""
    kepala, atasan = KASUS[jenis][2], _atasan_kepala(jenis)
    for uid in unit:
        isi = yaml.safe_load((folder / "unit" / f"{uid}.yaml").read_text(encoding="utf-8"))
        d = baca_pk(keluaran / f"pk-2025-{uid}.docx")
        akar = isi["tingkat"] == jenis
        if akar and atasan is None:
            _cek_pk_satu_pihak(d, kepala)
        elif akar:
            _cek_pk_dua_pihak(d, kepala, atasan)
        else:
            _cek_pk_dua_pihak(d, isi["penandatangan"]["jabatan"], kepala)
        indikator = indikator_unit(isi)
        assert [b[2:] for b in d.baris_sasaran()] == [[i["nama"], i["target"][2025]] for i in indikator], uid
        juta = len(unit) if akar else 1
        assert f"Jumlah anggaran: Rp{juta}00.000.000,00 ({TERBILANG_JUTA[juta]} juta rupiah)" in d.paragraf, uid


@pytest.mark.parametrize("jenis", list(KASUS))
def test_jenis_dari_naskah_baru_sampai_dokumen(jenis, tmp_path):
    folder = tmp_path / "konten"
    _baru(folder, jenis)
    konfirmasi = _periksa_lulus(folder)
    unit = sorted(p.stem for p in (folder / "unit").glob("*.yaml"))
    assert len(unit) >= 2
    # every unit file names its placeholders (signer, sasaran, indicator) as perlu konfirmasi
    for u in unit:
        assert any(m["berkas"].endswith(f"unit/{u}.yaml") for m in konfirmasi), u
    # and the PK's placeholder budget of every unit, with its realisasi
    assert {m["jalur"] for m in konfirmasi if m["berkas"].endswith("pk/2025.yaml")} == {
        f"unit.{u}.perlu_konfirmasi" for u in unit}
    assert {m["jalur"] for m in konfirmasi if m["jalur"].startswith("anggaran.")} == {
        f"anggaran.{u}-k1.perlu_konfirmasi" for u in unit}
    _sah_menurut_skema(folder)

    keluaran = tmp_path / "keluaran"
    proses = jalankan_cli("bangun", "--konten", str(folder), "--keluaran", str(keluaran), cwd=tmp_path)
    assert proses.returncode == 0, proses.stdout + proses.stderr
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    ids = {e["id"] for e in manifest["dokumen"]}
    assert ids == {"keputusan-iku", "lkjip-2025", *(f"keputusan-iku-lampiran-{u}" for u in unit),
                   *(f"pk-2025-{u}" for u in unit)}

    jabatan = KASUS[jenis][2]
    keputusan = baca_docx(keluaran / "keputusan-iku.docx").teks
    _cek_keputusan(keputusan, jabatan)
    lkjip = baca_docx(keluaran / "lkjip-2025.docx").teks
    if _atasan_kepala(jenis) is None:  # the head of the region's PK in the appendix: one signer
        assert re.search(rf"(?m)^pada tanggal Januari 2025\n+{re.escape(jabatan.upper())},$", lkjip), "LKjIP"
        assert "PIHAK" not in lkjip
    else:
        assert re.search(rf"(?m)^PIHAK PERTAMA,\n{re.escape(jabatan.upper())},$", lkjip), "penanda tangan LKjIP"
        atasan = fmt.huruf_kapital(_atasan_kepala(jenis))
        assert re.search(rf"(?m)^PIHAK KEDUA,\n{re.escape(atasan)},$", lkjip), "PIHAK KEDUA LKjIP"
    _cek_pk(folder, keluaran, jenis, unit)
    for e in manifest["dokumen"]:
        _tidak_ada_terlarang(baca_docx(keluaran / e["berkas"]).teks, jenis, e["id"])


# --- a hand-written Dinas: Bidang with Seksi, lower-is-better indicators -----------


@pytest.fixture(scope="module")
def dinas(tmp_path_factory) -> Path:
    keluaran = tmp_path_factory.mktemp("dinas") / "keluaran"
    proses = jalankan_cli("bangun", "--konten", str(KONTEN_DINAS), "--keluaran", str(keluaran), cwd=keluaran.parent)
    assert proses.returncode == 0, proses.stdout + proses.stderr
    return keluaran


def test_konten_dinas_lulus_periksa_dan_skema(tmp_path):
    assert _periksa_lulus(KONTEN_DINAS) == []
    salinan = tmp_path / "konten"
    shutil.copytree(KONTEN_DINAS, salinan)
    assert jalankan_cli("skema", "--konten", str(salinan)).returncode == 0
    _sah_menurut_skema(salinan)


def test_konten_dinas_judul_dan_penanda_tangan(dinas):
    jabatan = "Kepala Dinas Kesehatan Kabupaten Contoh"
    keputusan = baca_docx(dinas / "keputusan-iku.docx").teks
    _cek_keputusan(keputusan, jabatan)
    assert re.search(r"(?m)^Ditetapkan di Sukamaju$", keputusan)
    lkjip = baca_docx(dinas / "lkjip-2023.docx").teks
    assert re.search(rf"(?m)^PIHAK PERTAMA,\n{re.escape(jabatan.upper())},$", lkjip)
    for berkas in sorted(dinas.glob("*.docx")):
        _tidak_ada_terlarang(baca_docx(berkas).teks, "dinas", berkas.name)


def test_konten_dinas_bidang_dengan_seksi(dinas):
    """Lampiran sebuah Bidang: tabel tingkat Bidang lalu tingkat Seksi, satu
    kelompok per Seksi, bernama seperti di kontennya."""
    unit = yaml.safe_load((KONTEN_DINAS / "unit" / "kesmas.yaml").read_text(encoding="utf-8"))
    lampiran = baca_docx(dinas / "keputusan-iku-lampiran-kesmas.docx")
    teks = lampiran.teks
    assert re.search(r"(?m)^TINGKAT BIDANG$", teks) and re.search(r"(?m)^TINGKAT SEKSI$", teks)
    assert teks.index("TINGKAT BIDANG") < teks.index("TINGKAT SEKSI")
    seksi = [s["nama"] for s in unit["sub_unit"]]
    assert len(seksi) == 2
    tabel = [t for b in lampiran.bagian for t in tabel_iku(b)]
    sel = "\n".join(c for t in tabel for baris in t.isi for c in baris)
    for nama in seksi:
        assert nama in sel, nama
    indikator = [i["nama"] for s in unit["sasaran"] for i in s["indikator"]]
    indikator += [i["nama"] for sub in unit["sub_unit"] for s in sub["sasaran"] for i in s["indikator"]]
    for nama in indikator:
        assert nama in sel, nama
    assert re.search(rf"(?m)^{re.escape(unit['penandatangan']['jabatan'].upper())},?$", teks)


KEPALA_DINAS = "Kepala Dinas Kesehatan Kabupaten Contoh"


def test_konten_dinas_pk_dengan_kepala_dinas(dinas):
    """Every head below the Kepala Dinas signs his PK 2023 with her as
    PIHAK KEDUA (on the left of both signature blocks); her own PK is with
    the Bupati of instansi.yaml and lists every unit's programs."""
    pk = yaml.safe_load((KONTEN_DINAS / "pk" / "2023.yaml").read_text(encoding="utf-8"))
    assert set(pk["unit"]) == {"dinkes", "sekretariat", "kesmas", "p2p"}
    for uid in ("sekretariat", "kesmas", "p2p"):
        unit = yaml.safe_load((KONTEN_DINAS / "unit" / f"{uid}.yaml").read_text(encoding="utf-8"))
        d = baca_pk(dinas / f"pk-2023-{uid}.docx")
        _cek_pk_dua_pihak(d, unit["penandatangan"]["jabatan"], KEPALA_DINAS)
        nama = [b[2].strip() for b in d.pihak if b[0] == "Nama"]
        assert nama == [nama_cetak(unit["penandatangan"]), "dr. RINA SUSANTI, M.Kes"], uid
        for blok in (blok_ttd(d.tabel[1]), blok_ttd(d.tabel[-1][-2:])):
            # a konsep: the day is written when it is signed
            assert blok.index("KEPALA DINAS KESEHATAN KABUPATEN CONTOH,") < blok.index("Sukamaju, Januari 2023")
            assert "dr. RINA SUSANTI, M.Kes" in blok and "NIP 19750812 200312 2 004" in blok
    akar = baca_pk(dinas / "pk-2023-dinkes.docx")
    _cek_pk_dua_pihak(akar, KEPALA_DINAS, "Bupati Contoh")


def test_konten_dinas_pk_target_dan_anggaran(dinas):
    """The IKU targets of 2023 with their satuan, the PK's own target of
    kesmas-2, the Rencana Aksi of p2p-2, the totals in words written by hand."""
    kesmas = baca_pk(dinas / "pk-2023-kesmas.docx")
    assert [b[2:] for b in kesmas.baris_sasaran()] == [
        ["Persentase balita gizi kurang", "5,5%"],
        ["Persentase ibu hamil yang mendapat pelayanan antenatal enam kali", "90%"],  # the PK's, IKU 88%
        ["Persentase desa yang melaksanakan Sanitasi Total Berbasis Masyarakat", "60%"],
    ]
    p2p = baca_pk(dinas / "pk-2023-p2p.docx")
    assert p2p.baris_sasaran()[0][2:] == ["Angka kesakitan Demam Berdarah Dengue", "40 per 100.000 penduduk"]
    assert [b[1:] for b in p2p.baris_rencana_aksi()] == [
        ["Persentase bayi yang mendapat imunisasi dasar lengkap", "93%", "20%", "45%", "70%", "93%"]]
    terbilang = {
        "sekretariat": "Rp3.400.000.000,00 (tiga miliar empat ratus juta rupiah)",
        "kesmas": "Rp1.275.000.000,00 (satu miliar dua ratus tujuh puluh lima juta rupiah)",
        "p2p": "Rp860.000.000,00 (delapan ratus enam puluh juta rupiah)",
        "dinkes": "Rp5.535.000.000,00 (lima miliar lima ratus tiga puluh lima juta rupiah)",
    }
    for uid, harap in terbilang.items():
        assert f"Jumlah anggaran: {harap}" in baca_pk(dinas / f"pk-2023-{uid}.docx").paragraf, uid
    program = baca_pk(dinas / "pk-2023-dinkes.docx").baris_anggaran()
    assert [b[1:] for b in program if b[0]] == [
        ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp3.400.000.000,00"],
        ["Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "Rp2.135.000.000,00"],
    ]


def test_konten_dinas_lkjip_mengukur_terhadap_pk(dinas):
    """The LKjIP names the PK it measures against and reads its budget
    (pagu 5.535.000.000, realisasi 5.287.750.000: serapan 95,53%)."""
    teks = baca_docx(dinas / "lkjip-2023.docx").teks
    assert "diukur terhadap Perjanjian Kinerja Tahun 2023 yang ditandatangani pada 5 Januari 2023" in teks
    assert "kecuali indikator Persentase ibu hamil yang mendapat pelayanan antenatal enam kali" in teks
    assert re.search(r"(?m)^Rp5\.535\.000\.000,00\nRp5\.287\.750\.000,00\n95,53%$", teks)
    assert re.search(r"(?m)^PIHAK KEDUA,\nBUPATI CONTOH,$", teks)


def _capaian_turun(target: str, realisasi: str) -> str:
    """(2 x target - realisasi) / target x 100%, two decimals, Indonesian comma."""
    t, r = (float(x.replace("%", "").replace(",", ".")) for x in (target, realisasi))
    return f"{(2 * t - r) / t * 100:.2f}".replace(".", ",") + "%"


def test_konten_dinas_capaian_makin_rendah_makin_baik(dinas):
    """Indikator arah turun: capaian LKjIP dihitung (2 x target - realisasi) / target."""
    akar = yaml.safe_load((KONTEN_DINAS / "unit" / "dinkes.yaml").read_text(encoding="utf-8"))
    realisasi = yaml.safe_load((KONTEN_DINAS / "realisasi" / "2023.yaml").read_text(encoding="utf-8"))["indikator"]
    turun = [i for s in akar["sasaran"] for i in s["indikator"] if i.get("arah") == "turun"]
    assert len(turun) >= 2
    lkjip = baca_docx(dinas / "lkjip-2023.docx")
    baris = [b for bag in lkjip.bagian for tbl in bag.tabel for b in baca_tabel(tbl).isi]
    for ind in turun:
        target, nyata = ind["target"][2023], realisasi[ind["id"]]["realisasi"]
        harap = _capaian_turun(target, nyata)
        cocok = [b for b in baris if ind["nama"] in " ".join(b) and harap in b]
        assert cocok, f"{ind['id']}: capaian {harap} tidak ada di tabel LKjIP"
