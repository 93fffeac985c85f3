"""``naskah beda``: what changed between two commits (real git, real CLI) or
two content folders, on the terminal, as JSON and as the Word report
``laporan-perubahan.docx`` with its manifest entry."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm
from docxtpl import DocxTemplate

from tests.bantu import (
    MENGINGAT_BARU,
    NAMA_BARU,
    NAMA_LAMA,
    KONTEN,
    TEMPLAT,
    ganti_teks,
    git,
    jalankan_cli,
    repo_dua_commit,
    sha256_berkas,
    ubah_konten,
)


#: Every change line the two commits below must give, in order, and nothing else.
BARIS_PERUBAHAN = [
    "Keputusan keputusan-iku",
    f"  Mengingat angka 10 ditambahkan: {MENGINGAT_BARU}",
    "Unit Bagian Hukum (hukum)",
    "  sasaran (hukum-6) dihapus: Terlaksananya Aksi dan Pelaporan RANHAM",
    "  hukum-1 target 2022: 84 -> 85",
    f'  hukum-2 berganti nama: "{NAMA_LAMA}" -> "{NAMA_BARU}"',
    "  hukum-3 makna: tidak ada produk hukum sasaran yang {+saling+} tumpang tindih",
    "  hukum-6 dihapus: Jumlah pelaporan RANHAM",
    # the PK follows the IKU: shown, counted in the unit above
    "Perjanjian Kinerja 2022 Bagian Hukum (pk-2022-hukum)",
    "  hukum-6 dihapus: Jumlah pelaporan RANHAM",
]
RINGKASAN = (
    "Ringkasan: 6 perubahan: 1 indikator dihapus, 1 indikator berganti nama, 1 target berubah, "
    "2 teks berubah, 1 perubahan lain"
)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """A git repository holding the example content: commit 1 as shipped,
    commit 2 with the known changes.  ``asli/`` keeps commit 1's folder."""
    return repo_dua_commit(tmp_path_factory.mktemp("beda"), ubah_konten, "target, nama, makna, indikator, mengingat")


@pytest.fixture(scope="module")
def dua_commit(repo, tmp_path_factory):
    keluaran = tmp_path_factory.mktemp("keluaran-beda") / "k"
    proses = jalankan_cli(
        "beda", "HEAD~1", "HEAD", "--konten", str(repo / "konten"), "--keluaran", str(keluaran), "--templat", str(TEMPLAT)
    )
    return proses, keluaran


def _baris_perubahan(stdout: str) -> list[str]:
    """The group titles and change lines of the report (after the summary, before the ✓ line)."""
    baris = stdout.splitlines()
    mulai = next(i for i, b in enumerate(baris) if b.startswith("Ringkasan:")) + 1
    return [b for b in baris[mulai:] if b.strip() and not b.startswith("✓")]


def test_beda_dua_commit_baris_yang_diketahui(dua_commit):
    proses, _ = dua_commit
    assert proses.returncode == 0, proses.stdout + proses.stderr
    baris = proses.stdout.splitlines()
    assert baris[0] == "Perubahan konten: git:HEAD~1:konten (lama) -> git:HEAD:konten (baru)"
    assert RINGKASAN in baris
    assert _baris_perubahan(proses.stdout) == BARIS_PERUBAHAN
    assert proses.stderr == ""


def test_laporan_docx_dengan_coretan_dan_garis_bawah(dua_commit):
    proses, keluaran = dua_commit
    berkas = keluaran / "laporan-perubahan.docx"
    assert berkas.is_file()
    doc = Document(str(berkas))
    sec = doc.sections[0]
    assert (round(sec.page_width / Mm(1)), round(sec.page_height / Mm(1))) == (215, 330), "bukan F4 tegak"
    teks = "\n".join(p.text for p in doc.paragraphs)
    assert "LAPORAN PERUBAHAN KONTEN" in teks
    tabel = doc.tables
    sisi = {tuple(c.text for c in r.cells) for r in tabel[0].rows}
    assert ("Konten lama", ":", "git:HEAD~1:konten") in sisi and ("Konten baru", ":", "git:HEAD:konten") in sisi
    assert any(RINGKASAN.removeprefix("Ringkasan: ") == r[2] for r in sisi)
    baris = {}
    for t in tabel[1:]:
        assert [c.text for c in t.rows[0].cells] == ["No.", "Bagian", "Perubahan"]
        for r in t.rows[1:]:
            no, bagian, perubahan = r.cells
            baris[bagian.text] = perubahan
    assert set(baris) == {
        "Mengingat angka 10", "sasaran (hukum-6)", "hukum-1 target 2022", "hukum-2", "hukum-3 makna", "hukum-6",
    }  # fmt: skip

    def runs(sel, **sifat):
        hasil = []
        for p in sel.paragraphs:
            for r in p.runs:
                if all(getattr(r.font, k) == v for k, v in sifat.items()):
                    hasil.append(r)
        return hasil

    def coret(sel):
        rs = runs(sel, strike=True)
        assert all(str(r.font.color.rgb) == "C00000" for r in rs)
        return [r.text for r in rs]

    def tambah(sel):
        rs = runs(sel, underline=True)
        assert all(str(r.font.color.rgb) == "1F4E79" for r in rs)
        return [r.text for r in rs]

    assert coret(baris["hukum-1 target 2022"]) == ["84"] and tambah(baris["hukum-1 target 2022"]) == ["85"]
    assert tambah(baris["hukum-3 makna"]) == ["saling"] and coret(baris["hukum-3 makna"]) == []
    assert baris["hukum-3 makna"].text == "tidak ada produk hukum sasaran yang saling tumpang tindih"
    assert coret(baris["hukum-2"]) == ["kasus/perkara"] and tambah(baris["hukum-2"]) == ["perkara hukum"]
    assert coret(baris["hukum-6"]) == ["Jumlah pelaporan RANHAM"]
    # Content text is printed as is: brackets and "&" are not markup.
    assert tambah(baris["Mengingat angka 10"]) == [MENGINGAT_BARU]


def test_manifest_memuat_laporan(dua_commit):
    _, keluaran = dua_commit
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    entri = [e for e in manifest["dokumen"] if e["id"] == "laporan-perubahan"]
    assert len(entri) == 1
    e = entri[0]
    assert e["jenis"] == "laporan-perubahan"
    assert e["berkas"] == "laporan-perubahan.docx"
    assert e["sumber"] == ["git:HEAD~1:konten", "git:HEAD:konten"]
    assert e["sha256"] == sha256_berkas(keluaran / e["berkas"])


def test_folder_dengan_folder(repo, tmp_path):
    asli = repo.parent / "asli"
    proses = jalankan_cli(
        "beda", str(asli), str(repo / "konten"), "--keluaran", str(tmp_path / "k"), "--templat", str(TEMPLAT)
    )
    assert proses.returncode == 0, proses.stdout + proses.stderr
    assert proses.stdout.splitlines()[0] == f"Perubahan konten: {asli.as_posix()} (lama) -> {(repo / 'konten').as_posix()} (baru)"
    assert _baris_perubahan(proses.stdout) == BARIS_PERUBAHAN
    manifest = json.loads((tmp_path / "k" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["dokumen"][0]["sumber"] == [asli.as_posix(), (repo / "konten").as_posix()]


def test_revisi_dengan_pohon_kerja(repo, tmp_path):
    """Without REV_BARU the working tree's content folder is the new side."""
    proses = jalankan_cli("beda", "HEAD~1", "--konten", str(repo / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT))  # fmt: skip
    assert proses.returncode == 0, proses.stdout + proses.stderr
    assert f"-> {(repo / 'konten').as_posix()} (baru)" in proses.stdout.splitlines()[0]
    assert _baris_perubahan(proses.stdout) == BARIS_PERUBAHAN


def test_revisi_tidak_dikenal(repo, tmp_path):
    proses = jalankan_cli("beda", "bukan-revisi", "HEAD", "--konten", str(repo / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT))  # fmt: skip
    assert proses.returncode == 1
    assert "revisi 'bukan-revisi' tidak dikenal git" in proses.stderr
    assert "Traceback" not in proses.stderr and proses.stdout == ""
    assert not (tmp_path / "k").exists()


def test_folder_tidak_ada(repo, tmp_path):
    proses = jalankan_cli("beda", str(tmp_path / "tidak-ada") + "/", "--konten", str(repo / "konten"),
                          "--keluaran", str(tmp_path / "k"), "--templat", str(TEMPLAT))  # fmt: skip
    assert proses.returncode == 1
    assert "tidak ditemukan" in proses.stderr and "Traceback" not in proses.stderr


def test_bukan_repositori(tmp_path):
    shutil.copytree(KONTEN, tmp_path / "konten")
    proses = jalankan_cli("beda", "HEAD~1", "--konten", str(tmp_path / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT))  # fmt: skip
    assert proses.returncode == 1
    assert "tidak berada di dalam repositori git" in proses.stderr


def test_tidak_ada_perubahan(repo, tmp_path):
    proses = jalankan_cli("beda", "HEAD", "HEAD", "--konten", str(repo / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT))  # fmt: skip
    assert proses.returncode == 0, proses.stderr
    assert "Tidak ada perubahan" in proses.stdout
    assert not any(b.startswith("  ") for b in proses.stdout.splitlines())
    doc = Document(str(tmp_path / "k" / "laporan-perubahan.docx"))
    assert "Tidak ada perubahan." in [p.text for p in doc.paragraphs]
    assert len(doc.tables) == 1  # only the two sides and the summary


def test_format_json(repo, tmp_path):
    proses = jalankan_cli("beda", "HEAD~1", "HEAD", "--konten", str(repo / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT), "--format", "json")  # fmt: skip
    assert proses.returncode == 0, proses.stderr
    data = json.loads(proses.stdout)
    assert data["lama"] == "git:HEAD~1:konten" and data["ada_perubahan"] is True
    semua = [p for k in data["kelompok"] for p in k["perubahan"]]
    target = [p for p in semua if p.get("indikator") == "hukum-1" and p.get("bidang") == "target"]
    assert target == [
        {
            "bagian": "hukum-1 target 2022", "jenis": "ubah", "kategori": "target", "indikator": "hukum-1",
            "bidang": "target", "tahun": 2022, "lama": "84", "baru": "85", "teks": "hukum-1 target 2022: 84 -> 85",
        }
    ]  # fmt: skip
    makna = next(p for p in semua if p.get("indikator") == "hukum-3")
    assert {"jenis": "tambah", "teks": "saling"} in makna["kata"]
    assert data["ringkasan"]["target"] == 1 and data["ringkasan"]["indikator-dihapus"] == 1
    assert (tmp_path / "k" / "laporan-perubahan.docx").is_file()


def test_konten_rusak_disebut_sisinya(tmp_path):
    """A side whose content does not load: its errors with file and line,
    named by the revision and the side; exit 1; nothing written."""
    rusak = tmp_path / "rusak"
    shutil.copytree(KONTEN, rusak)
    baris = ganti_teks(rusak / "unit" / "hukum.yaml", '2022: "84"', '2022: "8x4"')

    def perbaiki(konten: Path) -> None:
        ganti_teks(konten / "unit" / "hukum.yaml", '2022: "8x4"', '2022: "84"')

    repo = repo_dua_commit(tmp_path / "git", perbaiki, "diperbaiki", konten=rusak)
    proses = jalankan_cli("beda", "HEAD~1", "--konten", str(repo / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT))  # fmt: skip
    assert proses.returncode == 1
    assert f"galat (lama): HEAD~1:konten/unit/hukum.yaml:{baris}:" in proses.stderr
    assert "konten lama (git:HEAD~1:konten) tidak dapat dibaca" in proses.stderr
    assert not (tmp_path / "k").exists()


def test_templat_laporan_lengkap(tmp_path):
    """The shipped template is the default one, and every variable it uses
    is in the context the command gives it."""
    from generator.beda.inti import bandingkan
    from generator.konteks.laporan_perubahan import konteks_laporan
    from generator.muat.konten import muat_konten
    from generator.templat_bawaan import tulis_templat

    tulis_templat(tmp_path)
    nama = "laporan_perubahan.docx"
    assert (tmp_path / nama).read_bytes() == (TEMPLAT / nama).read_bytes()
    konten, _ = muat_konten(KONTEN)
    perlu = DocxTemplate(TEMPLAT / nama).get_undeclared_template_variables()
    assert perlu <= set(konteks_laporan(bandingkan(konten, konten)))


# --- the comparison itself, in process ------------------------------------------


def test_kata_ditandai_dan_diringkas():
    from generator.beda.kata import beda_kata, tandai

    seg = beda_kata("membagi dan menilai kuesioner", "membagi serta menilai  kuesioner layanan")
    assert seg == [("sama", "membagi"), ("hapus", "dan"), ("tambah", "serta"), ("sama", "menilai kuesioner"),
                   ("tambah", "layanan")]  # fmt: skip
    assert tandai(seg) == "membagi [-dan-] {+serta+} menilai kuesioner {+layanan+}"
    panjang = " ".join(f"k{i}" for i in range(30))
    assert tandai(beda_kata(panjang, panjang.replace("k15", "X"))) == (
        "… k9 k10 k11 k12 k13 k14 [-k15-] {+X+} k16 k17 k18 k19 k20 k21 …"
    )
    assert beda_kata("a  b\nc", "a b c") == [("sama", "a b c")]


def test_indikator_pindah_unit_dan_unit_baru():
    from generator.beda.inti import bandingkan
    from generator.muat.konten import muat_konten

    lama, _ = muat_konten(KONTEN)
    baru, _ = muat_konten(KONTEN)
    hukum, kesra = baru.unit["hukum"], baru.unit["kesra"]
    sasaran = hukum.sasaran.pop()  # hukum-3 with its sasaran, moved to kesra
    kesra.sasaran.append(sasaran)
    del baru.unit["pbj"]
    hasil = bandingkan(lama, baru, "a", "b")
    teks = {k.id: [p.teks() for p in k.perubahan] for k in hasil.kelompok}
    assert "hukum-3 dipindahkan dari Bagian Hukum ke " + kesra.nama in teks["unit:kesra"]
    assert "hukum-3 dipindahkan dari Bagian Hukum ke " + kesra.nama in teks["unit:hukum"]
    assert teks["unit:pbj"][0].startswith("unit pbj dihapus: ")
    hitung = hasil.hitung()
    assert hitung["indikator-dipindahkan"] == 1 and hitung["unit-dihapus"] == 1
    assert hitung["indikator-dihapus"] == len(lama.unit["pbj"].semua_indikator())
