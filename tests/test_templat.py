"""Templates: the shipped ones match the defaults, every tag is known to the
context, and a missing or broken template gives one Indonesian line naming
the template and the tag, never a Jinja traceback, and writes nothing."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docxtpl import DocxTemplate

from tests.bantu import TEMPLAT, jalankan_cli, potret
from generator.alur.bangun import rencana
from generator.periksa import muat_valid
from generator.templat_bawaan import PEMBUAT, tulis_templat

AKAR = Path(__file__).resolve().parents[1]


def test_templat_bawaan_sama_dengan_yang_dikirim(tmp_path):
    """templat/*.docx are exactly what `naskah templat` writes (same bytes)."""
    tulis_templat(tmp_path)
    for nama in PEMBUAT:
        assert (tmp_path / nama).read_bytes() == (TEMPLAT / nama).read_bytes(), nama


def test_naskah_templat_tidak_menimpa(tmp_path):
    p = jalankan_cli("templat", "--folder", str(tmp_path))
    assert p.returncode == 0
    (tmp_path / "keputusan.docx").write_bytes(b"milik pengguna")
    p = jalankan_cli("templat", "--folder", str(tmp_path))
    assert p.returncode == 0 and "tidak ditimpa" in p.stdout
    assert (tmp_path / "keputusan.docx").read_bytes() == b"milik pengguna"


def test_variabel_templat_semua_ada_di_konteks():
    """get_undeclared_template_variables() of each template is covered by the
    context the build gives it (docxtpl issues #81 and #85)."""
    konten = muat_valid(AKAR / "konten")
    dilihat = set()
    for d in rencana(konten, TEMPLAT):
        if d.templat in dilihat:
            continue
        dilihat.add(d.templat)
        tpl = DocxTemplate(TEMPLAT / d.templat)
        perlu = tpl.get_undeclared_template_variables()
        konteks = d.buat_konteks()
        kurang = perlu - set(konteks) - {"logo"}
        assert not kurang, (d.templat, kurang)
    # laporan_perubahan.docx belongs to `naskah beda`; its variables are checked in test_beda.py.
    assert dilihat == set(PEMBUAT) - {"laporan_perubahan.docx"}


def _ubah_templat(folder: Path, nama: str, dari: str, ke: str) -> None:
    berkas = folder / nama
    with zipfile.ZipFile(berkas) as z:
        isi = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(berkas, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in isi:
            if info.filename == "word/document.xml":
                teks = data.decode()
                assert dari in teks
                data = teks.replace(dari, ke, 1).encode()
            z.writestr(info, data)


@pytest.fixture
def templat_salinan(tmp_path) -> Path:
    folder = tmp_path / "templat"
    shutil.copytree(TEMPLAT, folder)
    return folder


@pytest.mark.parametrize(
    "nama, dari, ke, harap",
    [
        ("lampiran_unit.docx", "{%p endif %}", "{%p endiff %}", "lampiran_unit.docx: tag templat rusak"),
        ("keputusan.docx", "{{ tentang }}", "{{ tentang.nama( }}", "keputusan.docx: tag templat rusak"),
        ("keputusan.docx", "{{ tentang }}", "{{ tentangg }}", "keputusan.docx: templat memakai variabel yang tidak dikenal"),
    ],
)
def test_templat_rusak(templat_salinan, salinan_keluaran, nama, dari, ke, harap):
    _ubah_templat(templat_salinan, nama, dari, ke)
    sebelum = potret(salinan_keluaran)
    p = jalankan_cli("bangun", "--templat", str(templat_salinan), "--keluaran", str(salinan_keluaran))
    assert p.returncode == 1
    baris = [b for b in p.stderr.splitlines() if b.strip()]
    assert len(baris) == 1 and harap in baris[0], p.stderr
    assert "Traceback" not in p.stderr and "jinja2" not in p.stderr
    if "endiff" in ke:
        assert "tag 'endiff' tidak dikenal" in baris[0]
    if "tentangg" in ke:
        assert "tentangg" in baris[0]
    assert potret(salinan_keluaran) == sebelum


def test_templat_hilang(templat_salinan, salinan_keluaran):
    (templat_salinan / "lampiran_unit.docx").unlink()
    sebelum = potret(salinan_keluaran)
    p = jalankan_cli("bangun", "--templat", str(templat_salinan), "--keluaran", str(salinan_keluaran))
    assert p.returncode == 1
    assert "lampiran_unit.docx: templat tidak ditemukan" in p.stderr and "naskah templat" in p.stderr
    assert potret(salinan_keluaran) == sebelum


def test_templat_bukan_docx(templat_salinan, salinan_keluaran):
    (templat_salinan / "keputusan.docx").write_text("bukan word", encoding="utf-8")
    p = jalankan_cli("bangun", "--templat", str(templat_salinan), "--keluaran", str(salinan_keluaran))
    assert p.returncode == 1
    assert "keputusan.docx: templat bukan berkas Word (.docx) yang sah" in p.stderr


_URUT_RPR = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "strike", "color", "sz", "szCs", "highlight", "u", "shd"]
_URUT_TCPR = ["tcW", "gridSpan", "vMerge", "tcBorders", "shd", "vAlign"]
_URUT_TBLPR = ["tblStyle", "tblW", "jc", "tblInd", "tblBorders", "tblLayout", "tblCellMar", "tblLook"]


def _urutan_benar(akar, induk: str, urutan: list[str]) -> list[str]:
    from lxml import etree

    salah = []
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for el in akar.iter(w + induk):
        nama = [etree.QName(c).localname for c in el]
        dikenal = [n for n in nama if n in urutan]
        if dikenal != sorted(dikenal, key=urutan.index):
            salah.append(" ".join(nama))
    return salah


def test_unsur_properti_dalam_urutan_skema(bangunan):
    """rPr, tcPr and tblPr children in schema order and shading with its
    w:val, in every generated document (Word 'repairs' files otherwise)."""
    from lxml import etree

    for e in bangunan.manifest["dokumen"]:
        with zipfile.ZipFile(bangunan.folder / e["berkas"]) as z:
            for nama in z.namelist():
                if not (nama.startswith("word/") and nama.endswith(".xml")):
                    continue
                akar = etree.fromstring(z.read(nama))
                for induk, urutan in (("rPr", _URUT_RPR), ("tcPr", _URUT_TCPR), ("tblPr", _URUT_TBLPR)):
                    assert not _urutan_benar(akar, induk, urutan), (e["berkas"], nama, induk)
                w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                assert all(s.get(w + "val") for s in akar.iter(w + "shd")), (e["berkas"], nama)
            assert "word/stylesWithEffects.xml" not in z.namelist()


def test_logo_di_kop_dan_sampul(salinan_konten, tmp_path):
    """An optional logo (a PNG in the content folder) is placed above the kop
    of the decree and on the LKjIP cover, and listed among the sources."""
    from PIL import Image

    Image.new("RGB", (120, 140), "white").save(salinan_konten / "logo.png")
    ins = salinan_konten / "instansi.yaml"
    isi = ins.read_text(encoding="utf-8")
    assert "logo: null" in isi
    ins.write_text(isi.replace("logo: null", "logo: logo.png"), encoding="utf-8")
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(keluaran), "keputusan-iku", "lkjip-2022")
    assert p.returncode == 0, p.stderr
    import json

    manifest = json.loads((keluaran / "manifest.json").read_text(encoding="utf-8"))
    for e in manifest["dokumen"]:
        assert any(s.endswith("logo.png") for s in e["sumber"]), e["sumber"]
    with zipfile.ZipFile(keluaran / "keputusan-iku.docx") as z:
        xml = z.read("word/document.xml").decode()
        assert "word/media/image1.png" in z.namelist()
    # the drawing comes before the first kop line
    assert 0 <= xml.index("<w:drawing>") < xml.index("PEMERINTAH KABUPATEN BALANGAN")


def test_pengaturan_ttd_kepala_tanpa_pangkat_nip(salinan_konten, tmp_path):
    """Permendagri 1/2023 Pasal 44: pangkat and NIP under the Sekda are a setting; other
    officials keep theirs."""
    ins = salinan_konten / "instansi.yaml"
    isi = ins.read_text(encoding="utf-8")
    assert "ttd_kepala_pangkat_nip: true" in isi
    ins.write_text(isi.replace("ttd_kepala_pangkat_nip: true", "ttd_kepala_pangkat_nip: tidak"), encoding="utf-8")
    keluaran = tmp_path / "k"
    p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(keluaran),
                     "keputusan-iku", "keputusan-iku-lampiran-pbj")
    assert p.returncode == 0, p.stderr
    from docx import Document

    def teks(berkas):
        d = Document(str(berkas))
        semua = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
        return semua.replace("\u00a0", " ")  # a NIP is written with no-break spaces

    kep = teks(keluaran / "keputusan-iku.docx")
    assert "NIP 19760417 199412 1 001" not in kep and "Pembina Utama Muda" not in kep
    assert "NIP 19750814 200112 1 005" in teks(keluaran / "keputusan-iku-lampiran-pbj.docx")
