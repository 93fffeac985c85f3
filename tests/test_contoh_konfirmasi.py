"""The example is the record (issue 15): every inference made from the OCR of
the original decree is a ``perlu_konfirmasi`` reading, ``naskah periksa``
lists each one, and the konsep decree highlights each one (the indicator's
name, the unit's heading, the signer's name)."""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
import yaml
from lxml import etree

from generator.dasar import format as fmt
from generator.konteks.keputusan import NAMA_KOSONG
from tests.bantu import AKAR, KONTEN, jalankan_cli

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Every reading of the example to confirm, by its id: "<unit>" for the unit
# itself (its heading), "<id>/penandatangan" for a signer, an indicator id
# for an indicator.
DIKONFIRMASI = {
    "keputusan-iku/penandatangan",
    "lkjip-2022/penandatangan",
    "pk-2022/sekretariat/pihak_kedua",  # an example value, not from the decree (issue 9 point 7, issue 11)
    "sekretariat/penandatangan", "sekretariat-1", "sekretariat-3",
    "hukum/penandatangan", "hukum-1", "hukum-2", "hukum-3", "hukum-6",
    "kesra", "kesra/penandatangan", "kesra-4", "kesra-5", "kesra-6",
    "pemerintahan/penandatangan", "pemerintahan-1", "pemerintahan-2", "pemerintahan-3", "pemerintahan-4",
    "pemerintahan-5", "pemerintahan-6", "pemerintahan-8", "pemerintahan-9", "pemerintahan-10", "pemerintahan-11",
    "adbang/penandatangan", "adbang-1", "adbang-2", "adbang-3", "adbang-4", "adbang-5",
    "perekonomian", "perekonomian/penandatangan", "perekonomian-1", "perekonomian-2", "perekonomian-3",
    "perekonomian-5", "perekonomian-7", "perekonomian-8", "perekonomian-9", "perekonomian-10",
    "pbj", "pbj-4",
    "prokopim/penandatangan", "prokopim-4", "prokopim-5",
}
JUMLAH = 48

# The signers' names as the konsep prints them, with the academic titles the
# original decree prints (gelar_pada_penetapan); a signer whose name the
# original does not print is a highlighted blank.
NAMA_TTD = {
    "keputusan-iku": "H. SUTIKNO, M.AP",
    "sekretariat": "H. SUTIKNO, M.AP",
    "hukum": "M. B. S. M. S.",
    "kesra": "K. SYAFIUDIN TALAH, S.Pd, MM",
    "prokopim": "MURDIANSYAH, S.STP., M.I.P.",
    "pemerintahan": NAMA_KOSONG,
    "adbang": NAMA_KOSONG,
    "perekonomian": NAMA_KOSONG,
}


def _cari(data: dict, jalur: str):
    """The YAML node at a dotted path such as ``sub_unit[3].sasaran[1].indikator[2]``."""
    node = data
    for bagian in jalur.split("."):
        m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?", bagian)
        node = node[m.group(1)]
        if m.group(2):
            node = node[int(m.group(2)) - 1]
    return node


def _pengenal(butir: dict) -> str:
    """The id of one KONFIRMASI entry of ``naskah periksa --format json``."""
    data = yaml.safe_load((AKAR / butir["berkas"]).read_text(encoding="utf-8"))
    jalur = butir["jalur"].removesuffix("perlu_konfirmasi").rstrip(".")
    if "tahun" in data and jalur.startswith("unit."):  # a Perjanjian Kinerja: pk-TAHUN/UNIT/PIHAK
        return f"pk-{data['tahun']}/" + jalur.removeprefix("unit.").replace(".", "/")
    if not jalur:
        return data["id"]
    if jalur in ("penandatangan", "pihak_kedua"):
        return f"{data['id']}/{jalur}"
    return _cari(data, jalur)["id"]


@pytest.fixture(scope="module")
def konfirmasi() -> list[dict]:
    proses = jalankan_cli("periksa", "--konten", str(KONTEN), "--format", "json")
    assert proses.returncode == 0, proses.stderr
    return json.loads(proses.stdout)["konfirmasi"]


def test_periksa_mencantumkan_setiap_bacaan(konfirmasi):
    assert all(b["tingkat"] == "konfirmasi" and b["kode"] == "perlu-konfirmasi" for b in konfirmasi)
    pengenal = [_pengenal(b) for b in konfirmasi]
    assert len(pengenal) == len(set(pengenal)) == JUMLAH
    assert set(pengenal) == DIKONFIRMASI


def _teks_sorotan(docx: Path) -> Counter:
    """The text of every yellow-highlighted run of the document body."""
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    hasil = Counter()
    for r in root.iter(f"{W}r"):
        sorot = r.find(f"{W}rPr/{W}highlight")
        if sorot is not None and sorot.get(f"{W}val") == "yellow":
            hasil["".join(t.text or "" for t in r.iter(f"{W}t"))] += 1
    return hasil


def _sorotan_diharapkan(konfirmasi: list[dict], konten) -> Counter:
    """What the konsep decree (with its annexes) highlights for each reading
    of the decree and its units; the LKjIP's signer is not in the decree."""
    indikator = {i["id"]: i for uid in konten.unit for i in konten.indikator(uid)}
    hasil = Counter()
    for pengenal in map(_pengenal, konfirmasi):
        if pengenal.startswith(("lkjip-2022/", "pk-2022/")):
            continue
        if pengenal.endswith("/penandatangan"):
            hasil[NAMA_TTD[pengenal.split("/")[0]]] += 1
        elif pengenal in konten.unit:
            hasil[fmt.huruf_kapital(konten.unit[pengenal]["nama"])] += 1
        else:
            hasil[indikator[pengenal]["nama"]] += 1
    return hasil


def test_konsep_menyorot_setiap_bacaan(konfirmasi, konten, berkas_keputusan):
    """Each reading is highlighted once in the konsep decree, and nothing else is."""
    diharapkan = _sorotan_diharapkan(konfirmasi, konten)
    assert sum(diharapkan.values()) == JUMLAH - 2
    assert _teks_sorotan(berkas_keputusan) == diharapkan


def test_konsep_menyorot_judul_unit(lampiran_per_unit):
    """A unit-level reading highlights the unit's name in its annex's title."""
    assert _teks_sorotan(lampiran_per_unit["kesra"])["BAGIAN KESEJAHTERAAN RAKYAT"] == 1
    assert _teks_sorotan(lampiran_per_unit["pbj"])["BAGIAN PENGADAAN BARANG DAN JASA"] == 1
    assert not any("HUKUM" in t for t in _teks_sorotan(lampiran_per_unit["hukum"]))


def test_gelar_seperti_teks_keputusan_asli(berkas_keputusan):
    """The example prints the academic titles as the original decree does
    (gelar_pada_penetapan: ya), also for a signer with no reading to confirm."""
    from docx import Document

    doc = Document(str(berkas_keputusan))
    teks = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    for nama in ("H. SUTIKNO, M.AP", "K. SYAFIUDIN TALAH, S.Pd, MM", "H. Taufiqurrahman, STP, M.Si"):
        assert nama in teks
