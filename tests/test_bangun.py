"""Bangun contoh Balangan: manifest, keluaran CLI, determinisme, escaping."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import yaml
from docx import Document
from lxml import etree

from tests.bantu import KONTEN, TEMPLAT, jalur_sumber, sha256_berkas
from tests.docxbaca import baca_docx, normal, tabel_iku
from generator.alur.bangun import bangun


# --- 1. manifest ---------------------------------------------------------------


def test_manifest_memuat_keputusan_dan_semua_lampiran(bangunan, konten):
    semua = bangunan.manifest["dokumen"]
    assert {e["jenis"] for e in semua} == {"keputusan", "lampiran", "lkjip", "perjanjian_kinerja"}
    dokumen = [e for e in semua if e["jenis"] in ("keputusan", "lampiran")]
    jumlah_lampiran = len(konten.keputusan["lampiran"])
    assert jumlah_lampiran == 8  # issue 2: Sekretariat dan 7 Bagian
    assert len(dokumen) == 1 + jumlah_lampiran == 9
    assert [e["jenis"] for e in dokumen].count("keputusan") == 1
    assert [e["jenis"] for e in dokumen].count("lampiran") == 8
    ids = [e["id"] for e in dokumen]
    assert len(set(ids)) == len(ids)
    assert konten.keputusan["id"] in ids
    for e in dokumen:
        for kunci in ("id", "jenis", "judul", "berkas", "sha256", "sumber"):
            assert kunci in e, f"{e.get('id')}: kunci {kunci} tidak ada di manifest"
        assert isinstance(e["judul"], str) and e["judul"].strip()
        assert isinstance(e["sumber"], list) and e["sumber"]


def test_manifest_berkas_relatif_dan_sha256_cocok(bangunan):
    for e in bangunan.manifest["dokumen"]:
        rel = Path(e["berkas"])
        assert not rel.is_absolute() and ".." not in rel.parts, e["berkas"]
        path = bangunan.folder / rel
        assert path.is_file(), f"{e['berkas']} tidak ada"
        assert path.suffix == ".docx"
        assert e["sha256"] == sha256_berkas(path), f"sha256 {e['berkas']} tidak cocok dengan isi berkas"


def test_manifest_sumber_adalah_berkas_konten_yang_dipakai(bangunan, konten):
    instansi = (KONTEN / "instansi.yaml").resolve()
    keputusan = (KONTEN / "keputusan.yaml").resolve()
    unit = {uid: p.resolve() for uid, p in konten.berkas_unit.items()}
    for e in bangunan.manifest["dokumen"]:
        sumber = [jalur_sumber(s, bangunan.folder) for s in e["sumber"]]
        assert None not in sumber, f"{e['id']}: sumber yang tidak ada: {e['sumber']}"
        if e["jenis"] in ("lkjip", "perjanjian_kinerja"):
            continue  # their sources are checked in test_lkjip.py and test_pk.py
        if e["jenis"] == "keputusan":
            harap = {instansi, keputusan} | {unit[u] for u in konten.keputusan["lampiran"]}
        else:
            dari_unit = [u for u, p in unit.items() if p in sumber]
            assert len(dari_unit) == 1, f"{e['id']}: lampiran harus bersumber tepat satu berkas unit: {e['sumber']}"
            harap = {instansi, keputusan, unit[dari_unit[0]]}
        assert set(sumber) == harap, e["id"]


def test_manifest_judul_menyebut_isinya(bangunan, konten, lampiran_per_unit):
    kep = bangunan.entri(konten.keputusan["id"])
    assert konten.keputusan["tentang"] in kep["judul"]
    for uid, path in lampiran_per_unit.items():
        entri = next(e for e in bangunan.manifest["dokumen"] if bangunan.folder / e["berkas"] == path)
        assert konten.unit[uid]["nama"] in entri["judul"]


def test_keluaran_hanya_dokumen_dan_manifest(bangunan):
    """Tidak ada sisa staging, jurnal, atau berkas sementara sesudah bangun yang berhasil;
    selain dokumen dan manifest hanya tembolok bangun (.cache/, lihat test_inkremental.py)."""
    ada = {p.relative_to(bangunan.folder).as_posix() for p in bangunan.folder.rglob("*")}
    harap = {e["berkas"] for e in bangunan.manifest["dokumen"]} | {"manifest.json"}
    assert {a for a in ada if a != ".cache" and not a.startswith(".cache/")} == harap


def test_cli_bangun_satu_baris_per_dokumen(bangunan):
    assert bangunan.proses.returncode == 0
    baris = [b for b in bangunan.proses.stdout.splitlines() if b.strip()]
    baris_dokumen = [b for b in baris if ".docx" in b]
    assert len(baris_dokumen) == len(bangunan.manifest["dokumen"]) == 18  # 9 decree, 8 PK, 1 LKjIP
    for e in bangunan.manifest["dokumen"]:
        # "keputusan-iku.docx" bukan bagian dari "keputusan-iku-lampiran-x.docx": nama berkas utuh.
        menyebut = [b for b in baris_dokumen if re.search(rf"(^|[\s/\\]){re.escape(e['berkas'])}(\s|$)", b)]
        assert len(menyebut) == 1, f"{e['berkas']}: {menyebut}"
    assert "Traceback" not in bangunan.proses.stderr


# --- 6. determinisme ---------------------------------------------------------------


def test_dua_bangun_ke_folder_berbeda_byte_sama(bangunan, tmp_path):
    """Bangun kedua (proses ini, waktu lain, folder lain) = bangun sesi (CLI) byte demi byte."""
    kedua = tmp_path / "kedua"
    bangun(KONTEN, kedua, TEMPLAT)
    # Semua berkas, juga tembolok bangun (.cache/): masukan yang sama, isi yang sama.
    nama = sorted(p.relative_to(bangunan.folder).as_posix() for p in bangunan.folder.rglob("*") if p.is_file())
    assert sorted(p.relative_to(kedua).as_posix() for p in kedua.rglob("*") if p.is_file()) == nama
    for n in nama:
        assert (kedua / n).read_bytes() == (bangunan.folder / n).read_bytes(), f"{n} berbeda antara dua bangun"


def test_docx_sama_walau_konten_dipindah(bangunan, tmp_path, salinan_konten):
    """Dokumen tidak bergantung pada letak folder konten (tidak ada jalur yang ikut tertulis)."""
    keluaran = tmp_path / "lain"
    bangun(salinan_konten, keluaran, TEMPLAT)
    for e in bangunan.manifest["dokumen"]:
        assert (keluaran / e["berkas"]).read_bytes() == (bangunan.folder / e["berkas"]).read_bytes(), e["berkas"]


def test_zip_entri_waktu_tetap_dan_urutan_stabil(bangunan):
    for e in bangunan.manifest["dokumen"]:
        with zipfile.ZipFile(bangunan.folder / e["berkas"]) as z:
            info = z.infolist()
            assert info[0].filename == "[Content_Types].xml"
            assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in info), e["berkas"]
            assert len({i.filename for i in info}) == len(info)


CORE_NS = {
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "http://purl.org/dc/elements/1.1/",
    "http://purl.org/dc/terms/",
    "http://purl.org/dc/dcmitype/",
}


def test_core_properties_sah_dan_dari_konten(bangunan, konten):
    """docProps/core.xml: hanya unsur Core Properties (OPC), tanggal dari penetapan, bukan jam."""
    tanggal = str(konten.keputusan["ditetapkan"]["tanggal"])
    tahun = str(konten.keputusan["nomor"]["tahun"])
    assert tahun in tanggal
    for e in bangunan.manifest["dokumen"]:
        if e["jenis"] in ("lkjip", "perjanjian_kinerja"):
            continue  # dated by their own signing date: test_lkjip.py, test_pk.py
        with zipfile.ZipFile(bangunan.folder / e["berkas"]) as z:
            core = etree.fromstring(z.read("docProps/core.xml"))
        asing = [etree.QName(el).namespace + " " + etree.QName(el).localname for el in core if etree.QName(el).namespace not in CORE_NS]
        assert not asing, f"{e['berkas']}: unsur di luar namespace Core Properties: {asing}"
        nama = [etree.QName(el).localname for el in core]
        assert len(nama) == len(set(nama)), f"{e['berkas']}: unsur ganda di core.xml: {nama}"
        title = core.find("{http://purl.org/dc/elements/1.1/}title")
        assert title is not None and title.text == e["judul"]
        for unsur in ("created", "modified"):
            el = core.find(f"{{http://purl.org/dc/terms/}}{unsur}")
            assert el is not None, unsur
            waktu = dt.datetime.fromisoformat(el.text.replace("Z", "+00:00"))
            assert waktu.year == int(tahun), f"{unsur} {el.text} bukan dari tahun penetapan {tahun}"
            assert waktu.date() != dt.date.today()


# --- 8. escaping -------------------------------------------------------------------

NAMA_ANEH = 'A & B <c> "d" {{ x }} {% if %}'


def _ganti_skalar_yaml(berkas: Path, lama, baru: str, *, butir_daftar: bool = False) -> None:
    """Ganti baris YAML yang nilainya ``lama`` dengan ``baru`` (ditulis sebagai string JSON,
    yang sah sebagai string YAML berkutip dua)."""
    baris = berkas.read_text(encoding="utf-8").split("\n")
    cocok = []
    for i, b in enumerate(baris):
        s = b.strip()
        if butir_daftar:
            if s.startswith("- ") and yaml.safe_load(s) == [lama]:
                cocok.append(i)
        elif s.startswith("nama:"):
            try:
                if yaml.safe_load(s) == {"nama": lama}:
                    cocok.append(i)
            except yaml.YAMLError:
                pass
    assert len(cocok) == 1, f"{lama!r} ditemukan {len(cocok)} kali di {berkas}"
    i = cocok[0]
    indent = baris[i][: len(baris[i]) - len(baris[i].lstrip())]
    baris[i] = indent + ("- " if butir_daftar else "nama: ") + json.dumps(baru, ensure_ascii=False)
    berkas.write_text("\n".join(baris), encoding="utf-8")


def test_teks_dengan_karakter_xml_dan_jinja_terbaca_kembali_utuh(salinan_konten, tmp_path):
    from tests.bantu import baca_konten_mentah

    asli = baca_konten_mentah(salinan_konten)
    uid = asli.keputusan["lampiran"][1]
    nama_lama = asli.indikator(uid)[0]["nama"]
    _ganti_skalar_yaml(asli.berkas_unit[uid], nama_lama, NAMA_ANEH)
    menimbang_lama = asli.keputusan["menimbang"][0]
    assert " dan " in menimbang_lama
    menimbang_baru = menimbang_lama.replace(" dan ", " & ", 1) + " <b> & {{ y }}"
    _ganti_skalar_yaml(salinan_konten / "keputusan.yaml", menimbang_lama, menimbang_baru, butir_daftar=True)
    ubah = baca_konten_mentah(salinan_konten)
    assert ubah.indikator(uid)[0]["nama"] == NAMA_ANEH
    assert ubah.keputusan["menimbang"][0] == menimbang_baru

    keluaran = tmp_path / "keluaran"
    entri = bangun(salinan_konten, keluaran, TEMPLAT)
    assert len([e for e in entri if e["jenis"] in ("keputusan", "lampiran")]) == 9
    for e in entri:
        Document(str(keluaran / e["berkas"]))  # python-docx membuka semua dokumen

    kep = next(e for e in entri if e["jenis"] == "keputusan")
    doc = Document(str(keluaran / kep["berkas"]))
    sel = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert NAMA_ANEH in sel, "nama indikator tidak terbaca kembali persis di tabel Keputusan"
    paragraf = [p.text for p in doc.paragraphs] + sel
    assert any(menimbang_baru in t for t in paragraf), "butir Menimbang dengan & tidak terbaca kembali persis"

    # Juga di lampiran unit itu sendiri, di baris tabel IKU.
    lampiran = [keluaran / e["berkas"] for e in entri if e["jenis"] == "lampiran"]
    temuan = []
    for path in lampiran:
        for b in baca_docx(path).bagian:
            for tabel in tabel_iku(b):
                temuan += [path.name for baris in tabel.isi if normal(NAMA_ANEH) in baris]
    assert len(temuan) == 1, temuan
