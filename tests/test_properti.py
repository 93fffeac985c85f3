"""Property tests: any text a user may type is printed literally.

Text fields go into the decree as data, never as template code: markup
characters, template tags, tabs, line breaks, emoji, combining marks and very
long paragraphs come back from the .docx exactly as given, and LibreOffice
converts the document.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from docx import Document
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.alur.bangun import bangun
from generator.tulis.pdf import konversi_pdf
from tests.pdfutil import halaman_pdf

AKAR = Path(__file__).resolve().parent.parent

# Every character XML can hold (no C0 controls but tab and line feed, no
# surrogates), with the characters that break naive templating made likely.
# NEL, LS and PS are line breaks to YAML itself (it reads them as a new
# line), so they never reach a document as typed: they are left out here.
KARAKTER = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A))
    + "\r\ufffe\uffff\x85\u2028\u2029",
)
POTONGAN = st.one_of(
    st.text(alphabet=KARAKTER, min_size=1, max_size=8),
    st.sampled_from(["&", "<", ">", '"', "'", "{{", "}}", "{%", "%}", "{%p endfor %}", "\t", "\n", "😀", "e\u0301", "  "]),
)
TEKS = st.lists(POTONGAN, min_size=1, max_size=12).map("".join).filter(lambda t: t.strip() != "")


def _tulis_yaml(berkas: Path, data: dict) -> None:
    berkas.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9), encoding="utf-8")


def _teks_sel(tr) -> list[str]:
    return ["\n".join(p.text for p in sel.paragraphs) for sel in tr.cells]


def _bangun_dengan(tmp: Path, nama: str, menimbang: str) -> Path:
    konten = tmp / "konten"
    if konten.exists():
        shutil.rmtree(konten)
    shutil.copytree(AKAR / "konten", konten)
    unit = konten / "unit" / "hukum.yaml"
    data = yaml.safe_load(unit.read_text(encoding="utf-8"))
    data["sasaran"][0]["indikator"][0]["nama"] = nama
    _tulis_yaml(unit, data)
    kep = konten / "keputusan.yaml"
    data = yaml.safe_load(kep.read_text(encoding="utf-8"))
    data["menimbang"][0] = menimbang
    _tulis_yaml(kep, data)
    keluaran = tmp / "keluaran"
    bangun(konten, keluaran, AKAR / "templat", ["keputusan-iku"])
    return keluaran / "keputusan-iku.docx"


def _periksa(berkas: Path, nama: str, menimbang: str) -> None:
    doc = Document(berkas)
    baris_menimbang = [_teks_sel(tr) for tr in doc.tables[0].rows]
    assert any(sel[-1] == menimbang for sel in baris_menimbang)
    ditemukan = False
    for tabel in doc.tables:
        for tr in tabel.rows:
            if nama in _teks_sel(tr):
                ditemukan = True
    assert ditemukan


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nama=TEKS, menimbang=TEKS)
@example(nama='A & B <c> "d" {{ x }} {% if %}', menimbang="bahwa\tini\nbaris & {%p endfor %};")
@example(nama="Nama 😀 dengan e\u0301 dan \u202eRTL", menimbang="x" * 10_000)
def test_teks_apa_pun_tercetak_apa_adanya(tmp_path, nama, menimbang):
    berkas = _bangun_dengan(tmp_path, nama, menimbang)
    _periksa(berkas, nama, menimbang)


def test_libreoffice_mengonversi_teks_sulit(tmp_path):
    nama = 'A & B <c> "d" {{ x }} {% if %}\tTab\nBaris baru 😀 e\u0301'
    menimbang = "bahwa " + "panjang " * 1250 + "& < > ;"
    berkas = _bangun_dengan(tmp_path, nama, menimbang)
    _periksa(berkas, nama, menimbang)
    (pdf,) = konversi_pdf([berkas], tmp_path / "pdf")
    assert len(halaman_pdf(pdf)) > 2
