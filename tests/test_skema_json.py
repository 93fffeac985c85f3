"""Skema JSON konten untuk editor (issue 10, butir 5): ``naskah skema``.

Yang diperiksa:

* skema yang tersimpan di ``konten/.skema/`` sama dengan yang dibuat dari
  model saat ini, dan setiap skema sah sebagai draft 2020-12;
* setiap berkas YAML contoh lolos skemanya (dibaca seperti editor membacanya,
  YAML 1.2, dan seperti naskah membacanya, YAML 1.1);
* skema menolak apa yang ditolak ``naskah periksa`` karena susunannya:
  kunci tak dikenal, jenis salah (daftar di tempat peta), bidang wajib yang
  tidak ditulis, untuk kelima jenis berkas;
* nilai yang diterima naskah selalu diterima skema (skema tidak lebih ketat);
* baris ``$schema`` pertama menunjuk berkas skemanya, dan ``naskah skema``
  yang dijalankan dua kali tidak mengubah apa pun.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dasar.galat import GALAT, Lokasi
from generator.muat import json_skema as js
from generator.muat import model as m
from generator.muat.konten import berkas_konten, muat_konten
from generator.muat.pemeriksa import Pemeriksa
from generator.muat.skema import (GAGAL, BilanganBulat, Desimal, JalurBerkas, NilaiKinerja, Pengenal, Pilihan,
                                  Rupiah, TanggalBidang, Teks, YaTidak)
from generator.muat.yaml_lokasi import Simpul, muat_yaml
from tests.bantu import KONTEN, jalankan_cli

JENIS = list(js.JENIS)


def _validator(jenis: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(js.skema(jenis))


def _json(simpul: Simpul, yaml12: bool) -> object:
    """The value an editor sees (YAML 1.2: ``yes`` and dates are text) or,
    with ``yaml12`` false, what PyYAML makes of it (YAML 1.1), dates as text."""
    if isinstance(simpul.nilai, dict):
        return {k: _json(v, yaml12) for k, v in simpul.nilai.items()}
    if isinstance(simpul.nilai, list):
        return [_json(v, yaml12) for v in simpul.nilai]
    nilai = simpul.nilai
    if isinstance(nilai, (datetime.date, datetime.datetime)):
        return simpul.teks
    if yaml12 and isinstance(nilai, bool) and simpul.teks.lower() not in ("true", "false"):
        return simpul.teks
    return nilai


def _galat_skema(berkas: Path, jenis: str, yaml12: bool = True) -> list[str]:
    data = _json(muat_yaml(berkas), yaml12)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(jenis).iter_errors(data)]


def _berkas_contoh() -> list[tuple[str, Path]]:
    return [(jenis, b) for jenis, daftar in berkas_konten(KONTEN).items() for b in daftar]


# --- the schemas themselves ---------------------------------------------------------


def test_setiap_jenis_berkas_punya_skema():
    assert set(js.JENIS) == set(berkas_konten(KONTEN))


@pytest.mark.parametrize("jenis", JENIS)
def test_skema_tersimpan_mutakhir_dan_sah(jenis):
    jsonschema.Draft202012Validator.check_schema(js.skema(jenis))
    tersimpan = js.jalur_skema(KONTEN, jenis).read_text(encoding="utf-8")
    assert tersimpan == js.teks_skema(jenis, js.tingkat_folder(KONTEN)), f"konten/.skema/{jenis}.json usang: jalankan naskah skema"


def test_skema_memuat_pilihan_pola_dan_keterangan():
    unit = js.skema("unit")
    indikator = unit["$defs"]["Indikator"]["properties"]
    assert indikator["arah"]["anyOf"][0]["enum"] == ["naik", "turun", None]
    assert {"sakip", "ipp", "ikm", "capaian"} <= set(indikator["skala"]["enum"])
    assert indikator["id"]["pattern"] == "^(?:[a-z0-9][a-z0-9-]*)$"
    assert indikator["target"]["patternProperties"].keys() == {r"^\d{4}$"}
    assert unit["properties"]["tingkat"]["description"].startswith("Tingkat unit menurut jenis perangkat daerah")
    assert js.skema("keputusan")["properties"]["status"]["anyOf"][0]["enum"] == ["konsep", "final", None]
    # The levels of the folder's organisation (the old root name of a Sekretariat Daerah too).
    assert js.skema("unit", js.tingkat_folder(KONTEN))["properties"]["tingkat"]["enum"] == [
        "sekretariat_daerah", "asisten", "bagian", "subbagian", "sekretariat"
    ]
    assert js.skema("instansi")["properties"]["jenis"]["anyOf"][0]["enum"][:3] == ["sekretariat_daerah", "sekretariat_dprd", "dinas"]
    for jenis in JENIS:
        s = js.skema(jenis)
        assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        for objek in [s, *s.get("$defs", {}).values()]:
            assert objek["additionalProperties"] is False
            assert all(p.get("description") for p in objek["properties"].values())


# --- the example passes -------------------------------------------------------------


@pytest.mark.parametrize("yaml12", [True, False], ids=["editor", "naskah"])
@pytest.mark.parametrize("jenis,berkas", _berkas_contoh(), ids=lambda x: x.name if isinstance(x, Path) else x)
def test_contoh_lolos_skema(jenis, berkas, yaml12):
    assert _galat_skema(berkas, jenis, yaml12) == []


@pytest.mark.parametrize("jenis,berkas", _berkas_contoh(), ids=lambda x: x.name if isinstance(x, Path) else x)
def test_modeline_menunjuk_skemanya(jenis, berkas):
    pertama = berkas.read_text(encoding="utf-8").splitlines()[0]
    assert pertama == js.modeline(berkas, KONTEN, jenis)
    relatif = pertama.removeprefix(js.AWAL_MODELINE)
    assert not Path(relatif).is_absolute() and "\\" not in relatif
    assert (berkas.parent / relatif).resolve() == js.jalur_skema(KONTEN, jenis).resolve()
    assert (berkas.parent / relatif).is_file()


# --- the schemas reject what naskah periksa rejects for structure ---------------------


def _bidang_pertama(jenis: str, syarat) -> str:
    """The first field of the kind's mapping meeting ``syarat(nama, bidang)``."""
    return next(nama for nama, b in js.JENIS[jenis][0].bidang.items() if syarat(nama, b))


def _ubah_kunci_asing(data: dict, jenis: str) -> tuple[str, str]:
    data["kunci_asing"] = "x"
    return "kunci_asing", "kunci-asing"


def _ubah_daftar_untuk_peta(data: dict, jenis: str) -> tuple[str, str]:
    nama = _bidang_pertama(jenis, lambda n, b: b.harap == "peta" and n in data)
    data[nama] = ["x"]
    return nama, "jenis"


def _ubah_hapus_wajib(data: dict, jenis: str) -> tuple[str, str]:
    nama = _bidang_pertama(jenis, lambda n, b: b.wajib)
    del data[nama]
    return nama, "wajib"


PERUBAHAN = {"kunci-asing": _ubah_kunci_asing, "daftar-untuk-peta": _ubah_daftar_untuk_peta, "wajib-hilang": _ubah_hapus_wajib}


def _salinan(tmp_path: Path) -> Path:
    folder = tmp_path / "konten"
    shutil.copytree(KONTEN, folder)
    return folder


def _tulis(berkas: Path, data: dict) -> None:
    berkas.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _galat_periksa(folder: Path) -> list[tuple[str, str, str]]:
    _, p = muat_konten(folder)
    return [(x.lokasi.berkas.name if x.lokasi else "", x.jalur, x.kode) for x in p.masalah if x.tingkat == GALAT]


@pytest.mark.parametrize("perubahan", PERUBAHAN)
@pytest.mark.parametrize("jenis", JENIS)
def test_skema_menolak_yang_ditolak_periksa(tmp_path, jenis, perubahan):
    folder = _salinan(tmp_path)
    berkas = berkas_konten(folder)[jenis][0]
    data = yaml.safe_load(berkas.read_text(encoding="utf-8"))
    _tulis(berkas, data)  # the same file rewritten: still valid for both
    assert _galat_periksa(folder) == [] and _galat_skema(berkas, jenis) == []
    jalur, kode = PERUBAHAN[perubahan](data, jenis)
    _tulis(berkas, data)
    assert (berkas.name, jalur, kode) in _galat_periksa(folder)
    assert _galat_skema(berkas, jenis), f"skema {jenis} menerima {perubahan} pada {jalur}"


def _indikator_pertama(data: dict) -> dict:
    if data.get("sasaran"):
        return data["sasaran"][0]["indikator"][0]
    return data["sub_unit"][0]["sasaran"][0]["indikator"][0]


@pytest.mark.parametrize(
    "ubah,kode",
    [
        (lambda ind: ind.update(targt=ind.pop("target")), "kunci-asing"),
        (lambda ind: ind.update(target=["90%"]), "jenis"),
        (lambda ind: ind.pop("nama"), "wajib"),
        (lambda ind: ind.update(arah="naik-turun"), "pilihan"),
        (lambda ind: ind.update(id="Hukum 1"), "id"),
    ],
    ids=["kunci-asing", "daftar-untuk-peta", "wajib-hilang", "pilihan", "id"],
)
def test_skema_menolak_di_dalam_indikator(tmp_path, ubah, kode):
    folder = _salinan(tmp_path)
    berkas = folder / "unit" / "hukum.yaml"
    data = yaml.safe_load(berkas.read_text(encoding="utf-8"))
    ubah(_indikator_pertama(data))
    _tulis(berkas, data)
    assert kode in {k for b, _, k in _galat_periksa(folder) if b == berkas.name}
    assert _galat_skema(berkas, "unit")


# --- never stricter than naskah ---------------------------------------------------------

_HURUF = "0123456789 .,%=()+-−:/\\aAbBeEgiklmnopRrstuyYzDJ"
_CONTOH = [
    NilaiKinerja(), NilaiKinerja(wajib=False), Rupiah(), Desimal(), TanggalBidang(), YaTidak(),
    BilanganBulat(min=1945, max=2200), Pengenal("x"), JalurBerkas(), JalurBerkas(wajib=False), Teks(),
    Pilihan(["naik", "turun"], wajib=False), Pengenal("x", wajib=False),
]


def _diterima_naskah(jenis, teks: str, nilai: object) -> bool:
    simpul = Simpul(nilai, Lokasi(Path("x.yaml"), 1), teks=teks)
    return jenis.baca(simpul, "x", Pemeriksa()) is not GAGAL


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_CONTOH), st.text(alphabet=_HURUF, max_size=14))
def test_skema_tidak_lebih_ketat_dari_naskah(jenis, teks):
    """Text naskah reads without a problem, quoted, is valid for the schema."""
    if _diterima_naskah(jenis, teks, teks):
        jsonschema.validate(teks, jenis.json_skema({}), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    "jenis,nilai",
    [
        (NilaiKinerja(), "93,75%"), (NilaiKinerja(), 93.75), (NilaiKinerja(), 100), (NilaiKinerja(), "BB = 70,4"),
        (NilaiKinerja(), "3,40 (B-)"), (NilaiKinerja(), "10 titik"), (Rupiah(), "Rp 1.250.000.000"), (Rupiah(), 1250000),
        (TanggalBidang(), "20 Desember 2021"), (TanggalBidang(), "2021-12"), (YaTidak(), True), (YaTidak(), "Tidak"),
        (BilanganBulat(min=1945, max=2200), 2021), (BilanganBulat(min=1945, max=2200), "2021"), (Desimal(), "2,5"),
    ],
)
def test_nilai_contoh_diterima(jenis, nilai):
    jsonschema.validate(nilai, jenis.json_skema({}), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    "jenis,nilai",
    [
        (NilaiKinerja(), "tinggi"), (NilaiKinerja(), True), (NilaiKinerja(), None), (Rupiah(), "-5"), (Rupiah(), "5 titik"),
        (TanggalBidang(), "kemarin"), (YaTidak(), "mungkin"), (BilanganBulat(min=1945, max=2200), 1900),
        (JalurBerkas(), "/etc/passwd"), (JalurBerkas(), "C:\\logo.png"), (JalurBerkas(), "../logo.png"),
        (JalurBerkas(), "a/../../logo.png"), (Pengenal("x"), "con"), (Pengenal("x"), "Hukum"), (Teks(), " "),
    ],
)
def test_nilai_salah_ditolak(jenis, nilai):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(nilai, jenis.json_skema({}), cls=jsonschema.Draft202012Validator)
    if nilai is not None and not isinstance(nilai, bool):
        assert not _diterima_naskah(jenis, str(nilai), nilai)


# --- naskah skema: modelines, reruns ------------------------------------------------------


def _potret(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_naskah_skema_dua_kali_tidak_mengubah_apa_pun(tmp_path):
    folder = _salinan(tmp_path)
    asli = _potret(folder)
    for berkas in folder.rglob("*.yaml"):  # without modelines, as before naskah skema
        berkas.write_bytes(b"".join(berkas.read_bytes().splitlines(keepends=True)[1:]))
    shutil.rmtree(folder / js.FOLDER_SKEMA)
    pertama = jalankan_cli("skema", "--konten", str(folder))
    assert pertama.returncode == 0, pertama.stderr
    assert "✓" in pertama.stdout
    assert _potret(folder) == asli
    kedua = jalankan_cli("skema", "--konten", str(folder))
    assert kedua.returncode == 0, kedua.stderr
    assert "✓" not in kedua.stdout and "tidak ada yang diubah" in kedua.stdout
    assert _potret(folder) == asli


def test_modeline_diganti_bukan_ditambah():
    baris = "# yaml-language-server: $schema=../.skema/unit.json"
    isi = b"# komentar\nid: a  # yaml-language-server: $schema=x\n"
    assert js.pasang_modeline(isi, baris) == baris.encode() + b"\n" + isi
    lama = b"#yaml-language-server:  $schema=https://contoh/lama.json\r\n# komentar\r\nid: a\r\n"
    assert js.pasang_modeline(lama, baris) == baris.encode() + b"\r\n# komentar\r\nid: a\r\n"
    bom = b"\xef\xbb\xbf" + baris.encode() + b"\nid: a\n"
    assert js.pasang_modeline(bom, baris) == bom
    assert js.pasang_modeline(b"", baris) == baris.encode() + b"\n"


def test_naskah_skema_tanpa_folder_konten(tmp_path):
    proses = jalankan_cli("skema", "--konten", str(tmp_path / "tidak-ada"))
    assert proses.returncode == 1
    assert "folder konten tidak ditemukan" in proses.stdout + proses.stderr
    assert not (tmp_path / "tidak-ada").exists()


def test_muat_konten_mengabaikan_folder_skema(tmp_path):
    folder = _salinan(tmp_path)
    assert (folder / js.FOLDER_SKEMA / "unit.json").is_file()
    konten, p = muat_konten(folder)
    assert konten is not None and isinstance(konten.instansi, m.Instansi)
