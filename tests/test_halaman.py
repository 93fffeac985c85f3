"""Tata halaman setiap .docx hasil bangun: F4, orientasi tiap bagian, margin dari
konten/instansi.yaml, kepala tabel berulang, huruf bawaan, nomor halaman (Permendagri 1/2023 tentang Tata Naskah Dinas)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.docxbaca import Bagian, baca_docx, baris_kepala_berulang, q, tabel_iku, ukuran_twip

MM_KE_TWIP = Decimal(1440) / Decimal("25.4")
CM_KE_TWIP = MM_KE_TWIP * 10
F4_MM = (215, 330)
TOLERANSI_TWIP = Decimal("0.5") * MM_KE_TWIP  # 0,5 mm


@pytest.fixture(scope="session")
def semua_docx(bangunan):
    return {e["id"]: baca_docx(bangunan.folder / e["berkas"]) for e in bangunan.manifest["dokumen"]}


def _f4(sectpr, orientasi: str) -> None:
    w, h = ukuran_twip(sectpr)
    pendek, panjang = (F4_MM[0] * MM_KE_TWIP, F4_MM[1] * MM_KE_TWIP)
    if orientasi == "potret":
        harap = (pendek, panjang)
    else:
        harap = (panjang, pendek)
    assert abs(w - harap[0]) <= TOLERANSI_TWIP and abs(h - harap[1]) <= TOLERANSI_TWIP, (
        f"pgSz {w} x {h} twip bukan F4 {orientasi} ({float(harap[0]):.0f} x {float(harap[1]):.0f})"
    )
    orient = sectpr.find(q("w:pgSz")).get(q("w:orient"))
    if orientasi == "lanskap":
        assert orient == "landscape"
    else:
        assert orient in (None, "portrait")


def test_keputusan_satu_badan_potret_lalu_lampiran_lanskap(semua_docx, id_keputusan, konten):
    doc = semua_docx[id_keputusan]
    assert len(doc.bagian) == 1 + len(konten.keputusan["lampiran"]) == 9
    _f4(doc.bagian[0].sectpr, "potret")
    for b in doc.bagian[1:]:
        _f4(b.sectpr, "lanskap")


def test_lampiran_tersendiri_lanskap_f4(semua_docx, bangunan):
    lampiran = [e["id"] for e in bangunan.manifest["dokumen"] if e["jenis"] == "lampiran"]
    assert len(lampiran) == 8
    for did in lampiran:
        bagian = semua_docx[did].bagian
        assert bagian, did
        for b in bagian:
            _f4(b.sectpr, "lanskap")


def test_margin_dari_instansi(semua_docx, konten):
    margin = konten.instansi["pengaturan"]["margin_cm"]
    harap = {
        "left": margin["kiri"],
        "right": margin["kanan"],
        "top": margin["atas"],
        "bottom": margin["bawah"],
    }
    for did, doc in semua_docx.items():
        for i, b in enumerate(doc.bagian):
            pgmar = b.sectpr.find(q("w:pgMar"))
            for sisi, cm in harap.items():
                nilai = int(pgmar.get(q(f"w:{sisi}")))
                assert abs(nilai - Decimal(str(cm)) * CM_KE_TWIP) <= 2, f"{did} bagian {i + 1}: margin {sisi} {nilai} twip, harap {cm} cm"


def test_kepala_tabel_iku_berulang(semua_docx, konten, lampiran_per_unit, berkas_keputusan):
    docs = [baca_docx(p) for p in lampiran_per_unit.values()] + [baca_docx(berkas_keputusan)]
    total = 0
    for doc in docs:
        for b in doc.bagian:
            for t in tabel_iku(b):
                pertama = t.el.find(q("w:tr"))
                assert baris_kepala_berulang(pertama), f"{doc.path.name}: baris kepala tabel IKU tanpa w:tblHeader"
                total += 1
    # Satu tabel per tingkat (unit sendiri, sub_unit) tiap unit, dua kali (lampiran + Keputusan).
    harap = 0
    for uid in konten.keputusan["lampiran"]:
        u = konten.unit[uid]
        harap += sum(1 for k in ("sasaran", "sub_unit") if u.get(k))
    assert total == 2 * harap


def test_huruf_bawaan_dari_pengaturan(semua_docx, konten):
    huruf = konten.instansi["pengaturan"]["huruf"]
    nama, setengah_poin = huruf["nama"], str(int(Decimal(str(huruf["ukuran"])) * 2))
    assert (nama, setengah_poin) == ("Bookman Old Style", "24")
    for did, doc in semua_docx.items():
        rpr = doc.gaya.find(f"{q('w:docDefaults')}/{q('w:rPrDefault')}/{q('w:rPr')}")
        assert rpr is not None, did
        rfonts = rpr.find(q("w:rFonts"))
        assert rfonts is not None and rfonts.get(q("w:ascii")) == nama and rfonts.get(q("w:hAnsi")) == nama, did
        assert rpr.find(q("w:sz")).get(q("w:val")) == setengah_poin, did
        normal_ = next(
            s for s in doc.gaya.iter(q("w:style")) if s.get(q("w:type")) == "paragraph" and s.get(q("w:default")) == "1"
        )
        nrpr = normal_.find(q("w:rPr"))
        if nrpr is not None:
            f = nrpr.find(q("w:rFonts"))
            if f is not None:
                assert f.get(q("w:ascii")) in (None, nama), did
            sz = nrpr.find(q("w:sz"))
            if sz is not None:
                assert sz.get(q("w:val")) == setengah_poin, did


def test_tidak_ada_huruf_lain_atau_huruf_tema(semua_docx, konten):
    """Tidak ada run atau gaya yang memakai huruf lain atau huruf tema (yang di Word menjadi Calibri/Cambria)."""
    nama = konten.instansi["pengaturan"]["huruf"]["nama"]
    for did, doc in semua_docx.items():
        for akar in (doc.dokumen, doc.gaya):
            for rf in akar.iter(q("w:rFonts")):
                for atr in ("ascii", "hAnsi"):
                    assert rf.get(q(f"w:{atr}")) in (None, nama), f"{did}: huruf {rf.get(q(f'w:{atr}'))}"
                    assert rf.get(q(f"w:{atr}Theme")) is None, f"{did}: huruf tema {rf.get(q(f'w:{atr}Theme'))}"


# --- nomor halaman -----------------------------------------------------------------


def _rujukan(b: Bagian, jenis: str) -> str | None:
    for ref in b.sectpr.findall(q("w:headerReference")):
        if ref.get(q("w:type")) == jenis:
            return ref.get(f"{{{'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}}}id")
    return None


def _header_berlaku(doc, i: int, jenis: str):
    """Header jenis ``jenis`` yang berlaku di bagian ke-i: miliknya, atau warisan bagian sebelumnya."""
    for b in reversed(doc.bagian[: i + 1]):
        rid = _rujukan(b, jenis)
        if rid is not None:
            return doc.header[rid]
    return None


def _ada_page(akar) -> bool:
    if akar is None:
        return False
    instr = [el.text or "" for el in akar.iter(q("w:instrText"))]
    instr += [el.get(q("w:instr"), "") for el in akar.iter(q("w:fldSimple"))]
    return any(re.search(r"\bPAGE\b", t) for t in instr)


def test_nomor_halaman_di_header_tanpa_nomor_di_halaman_pertama(semua_docx, konten):
    nh = konten.instansi["pengaturan"]["nomor_halaman"]
    assert nh["tampil"] is True and nh["halaman_pertama"] is False
    for did, doc in semua_docx.items():
        for i, b in enumerate(doc.bagian):
            default = _header_berlaku(doc, i, "default")
            assert _ada_page(default), f"{did} bagian {i + 1}: header bawaan tanpa field PAGE"
            par = next(p for p in default.iter(q("w:p")) if _ada_page(p))
            teks = "".join(t.text or "" for t in par.iter(q("w:t")))
            assert re.fullmatch(r"-\s*\d*\s*-", teks.strip()), f"{did}: bentuk nomor halaman {teks!r} bukan '- n -'"
            jc = par.find(f"{q('w:pPr')}/{q('w:jc')}")
            assert jc is not None and jc.get(q("w:val")) == "center"
            tp = b.sectpr.find(q("w:titlePg"))
            assert tp is not None and tp.get(q("w:val"), "1").lower() not in ("0", "false", "off"), (
                f"{did} bagian {i + 1}: titlePg tidak diset"
            )
            assert not _ada_page(_header_berlaku(doc, i, "first")), f"{did} bagian {i + 1}: nomor di halaman pertama"
            pg = b.sectpr.find(q("w:pgNumType"))
            assert pg is not None and pg.get(q("w:start")) == "1", f"{did} bagian {i + 1}: penomoran tidak mulai dari 1"
