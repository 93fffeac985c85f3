"""``naskah beda --lacak``: the new decree with Word tracked changes against
the old one (real git, real CLI, real LibreOffice), read back with lxml."""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from lxml import etree

from tests.bantu import (KONTEN, MENGINGAT_BARU, TEMPLAT, ganti_teks, git, hapus_hukum_6, jalankan_cli, repo_dua_commit,
                         sha256_berkas)
from tests.bantu import ubah_konten as ubah_tanpa_realisasi
from tests.docxbaca import q, teks_paragraf
from tests.pdfutil import jumlah_halaman


ID = "keputusan-iku"
MENIMBANG_LAMA = "perlu menyusun Indikator"
MENIMBANG_BARU = "perlu merumuskan Indikator"
TANGGAL = "2021-12-01T00:00:00Z"  # keputusan.yaml: "Desember 2021", no day yet


def ubah_konten(konten: Path) -> None:
    """The known changes: hukum-1's 2022 target, one Menimbang word, one
    Mengingat item added, indicator hukum-6 removed (with its sasaran, its
    Rencana Aksi and its realisasi, so that the new content still builds)."""
    hukum = konten / "unit" / "hukum.yaml"
    ganti_teks(hukum, '2022: "84"', '2022: "85"')
    hapus_hukum_6(konten)
    for berkas in sorted((konten / "realisasi").glob("*.yaml")):
        isi = berkas.read_text(encoding="utf-8")
        baru = re.sub(r"(?m)^  hukum-6:\n(?:    .*\n)+", "", isi)
        if baru != isi:
            berkas.write_text(baru, encoding="utf-8")
    kep = konten / "keputusan.yaml"
    ganti_teks(kep, MENIMBANG_LAMA, MENIMBANG_BARU)
    terakhir = '  - "Peraturan Bupati Balangan Nomor 74 Tahun 2021 tentang Tugas Pokok dan Fungsi dan Uraian Tugas Sekretariat Daerah"\n'
    ganti_teks(kep, terakhir, terakhir + f'  - "{MENGINGAT_BARU}"\n')


@pytest.fixture(scope="module")
def hasil(tmp_path_factory):
    """Two commits; ``beda --lacak`` run twice (for determinism); the old and
    the new decree built by ``naskah bangun`` to compare with."""
    akar = tmp_path_factory.mktemp("lacak")
    repo = repo_dua_commit(akar, ubah_konten, "target, menimbang, mengingat, indikator dihapus")
    proses = []
    for n in (1, 2):
        proses.append(
            jalankan_cli("beda", "HEAD~1", "HEAD", "--konten", str(repo / "konten"), "--keluaran", str(akar / f"k{n}"),
                         "--templat", str(TEMPLAT), "--lacak")  # fmt: skip
        )
    for nama, konten in (("lama", akar / "asli"), ("baru", repo / "konten")):
        p = jalankan_cli("bangun", "--konten", str(konten), "--keluaran", str(akar / f"bangun-{nama}"),
                         "--templat", str(TEMPLAT), ID)  # fmt: skip
        assert p.returncode == 0, p.stdout + p.stderr
    return akar, repo, proses


def dokumen(berkas: Path):
    with zipfile.ZipFile(berkas) as z:
        return etree.fromstring(z.read("word/document.xml"))


@pytest.fixture(scope="module")
def lacak(hasil):
    akar, _, proses = hasil
    assert proses[0].returncode == 0, proses[0].stdout + proses[0].stderr
    return dokumen(akar / "k1" / f"{ID}-lacak.docx")


def teks_dalam(el, tag: str) -> str:
    return "".join(t.text or "" for t in el.iter(q(tag)))


def revisi(akar) -> list:
    return list(akar.iter(q("w:ins"), q("w:del")))


# --- accepting and rejecting all changes, written here from the OOXML rules ----


def _buka(el) -> None:
    """Replace an element by its children."""
    induk = el.getparent()
    i = induk.index(el)
    for n, anak in enumerate(list(el)):
        induk.insert(i + n, anak)
    induk.remove(el)


def _tanda(el, wadah: str, jenis: str) -> bool:
    return el.find(f"{q(wadah)}/{q(jenis)}") is not None


def _buang_baris(akar, jenis: str) -> None:
    """Drop the rows marked ``jenis``, and a table left without rows."""
    for tr in [tr for tr in akar.iter(q("w:tr")) if _tanda(tr, "w:trPr", jenis)]:
        tbl = tr.getparent()
        tbl.remove(tr)
        if tbl.find(q("w:tr")) is None:
            tbl.getparent().remove(tbl)


def terima_semua(akar):
    akar = copy.deepcopy(akar)
    _buang_baris(akar, "w:del")
    for p in [p for p in akar.iter(q("w:p")) if p.find(f"{q('w:pPr')}/{q('w:rPr')}/{q('w:del')}") is not None]:
        assert not teks_paragraf(p), "paragraf yang tandanya dihapus masih berisi teks"
        p.getparent().remove(p)
    for el in list(akar.iter(q("w:del"))):
        el.getparent().remove(el)
    for el in list(akar.iter(q("w:ins"))):
        if el.getparent().tag in (q("w:rPr"), q("w:trPr")):
            el.getparent().remove(el)
        else:
            _buka(el)
    return akar


def tolak_semua(akar):
    akar = copy.deepcopy(akar)
    _buang_baris(akar, "w:ins")
    for el in list(akar.iter(q("w:ins"))):
        if el.getparent() is not None and el.getparent().tag != q("w:rPr"):
            el.getparent().remove(el)
    for p in [p for p in akar.iter(q("w:p")) if p.find(f"{q('w:pPr')}/{q('w:rPr')}/{q('w:ins')}") is not None]:
        assert not teks_paragraf(p), "paragraf yang tandanya disisipkan masih berisi teks"
        p.getparent().remove(p)
    for el in list(akar.iter(q("w:delText"))):
        el.tag = q("w:t")
    for el in list(akar.iter(q("w:del"))):
        if el.getparent().tag in (q("w:rPr"), q("w:trPr")):
            el.getparent().remove(el)
        else:
            _buka(el)
    return akar


def isi(akar) -> list:
    """The body as read: each paragraph's text, each table as rows of cell
    texts (exact, not normalised)."""
    hasil = []
    for el in akar.find(q("w:body")):
        if el.tag == q("w:p"):
            hasil.append(teks_paragraf(el))
        elif el.tag == q("w:tbl"):
            hasil.append([["\n".join(teks_paragraf(p) for p in tc.iter(q("w:p"))) for tc in tr.findall(q("w:tc"))]
                          for tr in el.findall(q("w:tr"))])  # fmt: skip
    return hasil


# --- the CLI --------------------------------------------------------------------


def test_ditulis_dengan_manifest(hasil):
    akar, _, proses = hasil
    assert proses[0].returncode == 0, proses[0].stdout + proses[0].stderr
    keluaran = akar / "k1"
    assert f"✓ {ID}-lacak  → {(keluaran / f'{ID}-lacak.docx').as_posix()}" in proses[0].stdout.splitlines()
    assert "✓ laporan-perubahan" in proses[0].stdout
    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    entri = {e["id"]: e for e in manifest["dokumen"]}
    e = entri[f"{ID}-lacak"]
    assert e["jenis"] == "lacak-perubahan" and e["berkas"] == f"{ID}-lacak.docx"
    assert e["sumber"] == ["git:HEAD~1:konten", "git:HEAD:konten"]
    assert e["sha256"] == sha256_berkas(keluaran / e["berkas"])
    assert "laporan-perubahan" in entri


def test_dua_kali_bita_yang_sama(hasil):
    akar, _, proses = hasil
    assert proses[1].returncode == 0, proses[1].stderr
    assert (akar / "k1" / f"{ID}-lacak.docx").read_bytes() == (akar / "k2" / f"{ID}-lacak.docx").read_bytes()


def test_target_berubah_di_baris_indikatornya(lacak):
    hukum = yaml.safe_load((KONTEN / "unit" / "hukum.yaml").read_text(encoding="utf-8"))
    nama = next(i["nama"] for s in hukum["sasaran"] for i in s["indikator"] if i["id"] == "hukum-1")
    baris = [tr for tr in lacak.iter(q("w:tr")) if nama in teks_dalam(tr, "w:t")]
    assert baris, f"baris indikator {nama!r} tidak ditemukan"
    cocok = [
        tr for tr in baris
        if any(teks_dalam(d, "w:delText") == "84" for d in tr.iter(q("w:del")))
        and any(teks_dalam(i, "w:t") == "85" for i in tr.iter(q("w:ins")))
    ]  # fmt: skip
    assert len(cocok) == 1
    # the row itself is neither inserted nor deleted: only the target changed
    assert cocok[0].find(f"{q('w:trPr')}/{q('w:ins')}") is None and cocok[0].find(f"{q('w:trPr')}/{q('w:del')}") is None


def test_kata_menimbang(lacak):
    par = [p for p in lacak.iter(q("w:p")) if "sesuai dengan tugas dan fungsi yang baru" in teks_paragraf(p)]
    assert len(par) == 1
    p = par[0]
    assert [teks_dalam(d, "w:delText") for d in p.findall(q("w:del"))] == ["menyusun"]
    assert [teks_dalam(i, "w:t") for i in p.findall(q("w:ins"))] == ["merumuskan"]
    # the rest of the paragraph is ordinary text, the inserted word in its place
    assert "perlu merumuskan Indikator Kinerja Utama (IKU)" in teks_paragraf(p)


def test_mengingat_baru_disisipkan(lacak):
    baris = [tr for tr in lacak.iter(q("w:tr")) if MENGINGAT_BARU in teks_dalam(tr, "w:t")]
    assert len(baris) == 1
    tr = baris[0]
    assert tr.find(f"{q('w:trPr')}/{q('w:ins')}") is not None
    assert "10." in teks_dalam(tr, "w:t")
    for r in tr.iter(q("w:r")):
        assert r.getparent().tag == q("w:ins"), "run baris sisipan di luar w:ins"


def test_baris_indikator_dihapus(lacak):
    baris = [tr for tr in lacak.iter(q("w:tr")) if "Jumlah pelaporan RANHAM" in teks_dalam(tr, "w:delText")]
    assert len(baris) == 1
    tr = baris[0]
    assert tr.find(f"{q('w:trPr')}/{q('w:del')}") is not None
    assert teks_dalam(tr, "w:t") == "", "teks baris yang dihapus harus di w:delText"
    assert "Terlaksananya Aksi dan Pelaporan RANHAM" in teks_dalam(tr, "w:delText")
    for r in tr.iter(q("w:r")):
        assert r.getparent().tag == q("w:del")


def test_atribut_dan_susunan_revisi(lacak):
    semua = revisi(lacak)
    assert len(semua) > 10
    ids = [el.get(q("w:id")) for el in semua]
    assert len(set(ids)) == len(ids) and all(i and i.isdigit() for i in ids)
    assert {el.get(q("w:author")) for el in semua} == {"naskah"}
    assert {el.get(q("w:date")) for el in semua} == {TANGGAL}
    for el in semua:
        induk = el.getparent().tag
        assert induk in (q("w:p"), q("w:rPr"), q("w:trPr")), induk
        if induk == q("w:rPr"):
            assert el.getparent().getparent().tag == q("w:pPr") and el.getparent().index(el) == 0
        if induk == q("w:p"):
            assert len(el) and all(r.tag == q("w:r") for r in el)
    for d in lacak.iter(q("w:del")):
        assert not list(d.iter(q("w:t"))), "w:t di dalam w:del"
    for i in lacak.iter(q("w:ins")):
        assert not list(i.iter(q("w:delText"))), "w:delText di dalam w:ins"
    for r in lacak.iter(q("w:r")):
        rpr = r.find(q("w:rPr"))
        assert rpr is None or r.index(rpr) == 0, "w:rPr bukan anak pertama w:r"
    for p in lacak.iter(q("w:p")):
        ppr = p.find(q("w:pPr"))
        assert ppr is None or p.index(ppr) == 0
        if ppr is not None and ppr.find(q("w:rPr")) is not None:
            urutan = [c.tag for c in ppr]
            assert all(t in (q("w:sectPr"), q("w:pPrChange")) for t in urutan[urutan.index(q("w:rPr")) + 1:])
    for trpr in lacak.iter(q("w:trPr")):
        assert trpr.getparent().index(trpr) == 0
        anak = [c.tag for c in trpr]
        if q("w:ins") in anak or q("w:del") in anak:
            assert anak[-1] in (q("w:ins"), q("w:del")) and len(anak) >= 2


def test_terima_semua_sama_dengan_bangun_baru(hasil, lacak):
    akar, _, _ = hasil
    baru = dokumen(akar / "bangun-baru" / f"{ID}.docx")
    diterima = terima_semua(lacak)
    assert not revisi(diterima)
    assert isi(diterima) == isi(baru)


def test_tolak_semua_sama_dengan_bangun_lama(hasil, lacak):
    akar, _, _ = hasil
    lama = dokumen(akar / "bangun-lama" / f"{ID}.docx")
    assert isi(tolak_semua(lacak)) == isi(lama)


def test_bagian_lain_dari_paket_baru(hasil):
    """Everything but word/document.xml is the new decree's own."""
    akar, _, _ = hasil
    with zipfile.ZipFile(akar / "k1" / f"{ID}-lacak.docx") as a, zipfile.ZipFile(akar / "bangun-baru" / f"{ID}.docx") as b:
        assert a.namelist() == b.namelist()
        for nama in a.namelist():
            if nama != "word/document.xml":
                assert a.read(nama) == b.read(nama), nama


def test_libreoffice_membuka_dan_membuat_pdf(hasil, tmp_path):
    from generator.tulis.pdf import konversi_pdf

    akar, _, _ = hasil
    [pdf] = konversi_pdf([akar / "k1" / f"{ID}-lacak.docx"], tmp_path / "pdf", batas_waktu=180)
    assert jumlah_halaman(pdf) > 0


def test_sisi_yang_tidak_dapat_dibangun(tmp_path):
    """The report alone does not need the content to build; --lacak does:
    the new side's errors are printed with the revision's file names, exit 1,
    and nothing is written (not even the report)."""
    # hukum-6 removed, still named in realisasi/
    repo = repo_dua_commit(tmp_path, ubah_tanpa_realisasi, "hukum-6 dihapus")
    proses = jalankan_cli("beda", "HEAD~1", "HEAD", "--konten", str(repo / "konten"), "--keluaran", str(tmp_path / "k"),
                          "--templat", str(TEMPLAT), "--lacak")  # fmt: skip
    assert proses.returncode == 1, proses.stdout + proses.stderr
    assert re.search(r"galat \(baru\): HEAD:konten/realisasi/\d{4}\.yaml:\d+:\d+: indikator\.hukum-6", proses.stderr)
    assert "tidak dapat dibuat untuk --lacak" in proses.stderr and "Traceback" not in proses.stderr
    assert not (tmp_path / "k").exists()


# --- the pure function on small documents ----------------------------------------


def _docx(isi_dok) -> bytes:
    from docx import Document

    doc = Document()
    for bagian in isi_dok:
        if isinstance(bagian, str):
            doc.add_paragraph(bagian)
        else:
            t = doc.add_table(rows=len(bagian), cols=len(bagian[0]))
            for r, baris in enumerate(bagian):
                for c, teks in enumerate(baris):
                    t.cell(r, c).text = teks
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _lacak_kecil(lama, baru):
    import datetime as dt

    from generator.word.lacak import lacak as lacak_docx

    hasil = lacak_docx(_docx(lama), _docx(baru), "naskah", dt.datetime(2022, 3, 4))
    akar = etree.fromstring(zipfile.ZipFile(io.BytesIO(hasil)).read("word/document.xml"))
    return akar, hasil


def _tanpa_kosong(isi_dok):
    return [x for x in isi_dok if x != ""]


def test_paragraf_dan_baris_kecil():
    lama = ["Satu dua tiga (IKU);", "Paragraf yang dihapus.", "Tetap.", [["a", "b"], ["c", "d"], ["x", "y"]]]
    baru = ["Satu empat tiga (IKU).", "Tetap.", "Paragraf baru.", [["a", "b"], ["c", "e"], ["f", "g"]]]
    akar, _ = _lacak_kecil(lama, baru)
    assert isi(terima_semua(akar)) == isi(etree.fromstring(zipfile.ZipFile(io.BytesIO(_docx(baru))).read("word/document.xml")))
    assert isi(tolak_semua(akar)) == isi(etree.fromstring(zipfile.ZipFile(io.BytesIO(_docx(lama))).read("word/document.xml")))
    p0 = akar.find(q("w:body"))[0]
    assert [teks_dalam(d, "w:delText") for d in p0.findall(q("w:del"))] == ["dua", ";"]
    assert [teks_dalam(i, "w:t") for i in p0.findall(q("w:ins"))] == ["empat", "."]
    assert {el.get(q("w:date")) for el in revisi(akar)} == {"2022-03-04T00:00:00Z"}


def test_tabel_dihapus_di_samping_tabel_dan_kisi_berubah():
    """An old table put back next to another table stays apart from it (an
    empty paragraph whose mark is deleted); a table whose grid changed is
    deleted whole and inserted whole."""
    lama = ["x", [["1", "2", "3"]], [["p", "q"]], "y", [["k", "l"], ["m", "n"]]]
    baru = ["x", [["p", "q"]], "y", [["k", "l", "o"], ["m", "n", "o"]]]
    akar, _ = _lacak_kecil(lama, baru)
    badan = list(akar.find(q("w:body")))
    for a, b in zip(badan, badan[1:]):
        assert not (a.tag == b.tag == q("w:tbl")), "dua tabel bersebelahan"
    dihapus = [t for t in akar.iter(q("w:tbl")) if all(_tanda(tr, "w:trPr", "w:del") for tr in t.findall(q("w:tr")))]
    disisip = [t for t in akar.iter(q("w:tbl")) if all(_tanda(tr, "w:trPr", "w:ins") for tr in t.findall(q("w:tr")))]
    assert len(dihapus) == 2 and len(disisip) == 1
    baru_isi = isi(etree.fromstring(zipfile.ZipFile(io.BytesIO(_docx(baru))).read("word/document.xml")))
    lama_isi = isi(etree.fromstring(zipfile.ZipFile(io.BytesIO(_docx(lama))).read("word/document.xml")))
    assert isi(terima_semua(akar)) == baru_isi
    assert _tanpa_kosong(isi(tolak_semua(akar))) == _tanpa_kosong(lama_isi)


def test_format_tiap_kata_tetap():
    """Each word keeps the formatting of the run it came from; tabs and line
    breaks stay w:tab and w:br."""
    import datetime as dt

    from docx import Document

    from generator.word.lacak import lacak as lacak_docx

    def dok(kata: str) -> bytes:
        doc = Document()
        p = doc.add_paragraph()
        p.add_run("Tugas:").bold = True
        p.add_run(f" Membantu {kata}\tdalam")
        p.runs[-1].add_break()
        p.add_run("menyusun").italic = True
        buf = io.BytesIO()
        doc.save(buf)
        return buf.getvalue()

    hasil = lacak_docx(dok("Bupati"), dok("Wakil Bupati"), "naskah", dt.datetime(2022, 1, 1))
    akar = etree.fromstring(zipfile.ZipFile(io.BytesIO(hasil)).read("word/document.xml"))
    p = akar.find(q("w:body")).find(q("w:p"))
    assert teks_paragraf(p) == "Tugas: Membantu Wakil Bupati\tdalam\nmenyusun"
    [ins] = p.findall(q("w:ins"))
    assert teks_dalam(ins, "w:t").strip() == "Wakil"
    assert ins.find(f"{q('w:r')}/{q('w:rPr')}/{q('w:b')}") is None
    runs = {teks_dalam(r, "w:t"): r for r in p.iter(q("w:r"))}
    assert runs["Tugas:"].find(f"{q('w:rPr')}/{q('w:b')}") is not None
    assert runs["menyusun"].find(f"{q('w:rPr')}/{q('w:i')}") is not None
    assert len(list(p.iter(q("w:tab")))) == 1 and len(list(p.iter(q("w:br")))) == 1
    assert not p.findall(q("w:del"))


def test_sama_tanpa_revisi():
    dok = ["Satu.", [["a", "b"]], "Dua."]
    akar, _ = _lacak_kecil(dok, dok)
    assert not revisi(akar)


def test_token_kata():
    from generator.word.lacak import beda_token, token

    assert token("(IKU); 1.234,56 dan") == ["(", "IKU", ")", ";", " ", "1.234,56", " ", "dan"]
    assert beda_token("a b c d", "a x y d") == [("sama", "a ", "a "), ("ubah", "b c", "x y"), ("sama", " d", " d")]
