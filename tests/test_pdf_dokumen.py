"""LibreOffice sungguhan mengubah SEMUA .docx hasil bangun ke PDF (satu batch,
fixture ``pdf``); halaman F4, potret untuk badan Keputusan, lanskap untuk Lampiran,
huruf Bookman tertanam, nomor halaman menurut Permendagri 1/2023."""

from __future__ import annotations

import re

from tests.bantu import KONTEN, baca_konten_mentah
from tests.docxbaca import ROMAWI
from tests.pdfutil import font_pdf, halaman_pdf, teks_pdf

TOL_MM = 1.0
F4 = (215.0, 330.0)


def _orientasi(ukuran: tuple[float, float]) -> str:
    w, h = ukuran
    if abs(w - F4[0]) <= TOL_MM and abs(h - F4[1]) <= TOL_MM:
        return "P"
    if abs(w - F4[1]) <= TOL_MM and abs(h - F4[0]) <= TOL_MM:
        return "L"
    raise AssertionError(f"halaman {w:.1f} x {h:.1f} mm bukan F4")


def _halaman_teks(path) -> list[str]:
    halaman = teks_pdf(path).split("\f")
    if halaman and not halaman[-1].strip():
        halaman.pop()
    return halaman


def _baris(halaman: str) -> list[str]:
    return [b.strip() for b in halaman.splitlines() if b.strip()]


def _nomor(halaman: str) -> int | None:
    baris = _baris(halaman)
    m = re.fullmatch(r"-\s*(\d+)\s*-", baris[0]) if baris else None
    return int(m.group(1)) if m else None


def _awal_lampiran(halaman: str) -> str | None:
    for b in _baris(halaman)[:6]:
        m = re.fullmatch(r"LAMPIRAN(?:\s+([IVXLC]+))?", b)
        if m:
            return m.group(1) or ""
    return None


def _awal_bagian(halaman: str) -> bool:
    """The first page of an annex: its LAMPIRAN header, or, under a shared
    header (kepala_lampiran: bersama), the unit's IKU title at the top."""
    if _awal_lampiran(halaman) is not None:
        return True
    return any(re.fullmatch(r"INDIKATOR KINERJA UTAMA \(IKU\) TAHUN \d{4}-\d{4}", b) for b in _baris(halaman)[:4])


def test_semua_dokumen_menjadi_pdf(pdf, bangunan):
    assert set(pdf) == {e["berkas"].rsplit(".", 1)[0] for e in bangunan.manifest["dokumen"]}
    assert len(pdf) == len(bangunan.manifest["dokumen"]) == 18  # 9 decree, 8 PK, 1 LKjIP


def test_semua_halaman_f4(pdf):
    for nama, path in pdf.items():
        ukuran = halaman_pdf(path)
        assert ukuran, nama
        for u in ukuran:
            _orientasi(u)


def test_keputusan_badan_potret_lalu_lampiran_lanskap(pdf, id_keputusan):
    path = pdf[id_keputusan]
    urutan = "".join(_orientasi(u) for u in halaman_pdf(path))
    assert re.fullmatch(r"P{2,}L{8,}", urutan), f"urutan orientasi halaman: {urutan}"
    halaman = _halaman_teks(path)
    assert len(halaman) == len(urutan)
    potret = "\n".join(h for h, o in zip(halaman, urutan) if o == "P")
    for kata in ("MEMUTUSKAN", "Menimbang", "Mengingat", "Ditetapkan di"):
        assert kata in potret, f"{kata} tidak di halaman potret"
    awal = [(i, _awal_lampiran(h)) for i, h in enumerate(halaman) if _awal_lampiran(h) is not None]
    # The example prints one LAMPIRAN header over all annexes, as its source
    # did (kepala_lampiran: bersama); the per-unit form: tests/test_seperti_sumber.py.
    bersama = baca_konten_mentah(KONTEN).instansi["pengaturan"].get("kepala_lampiran") == "bersama"
    assert [r for _, r in awal] == ([""] if bersama else ROMAWI[:8]), awal
    for i, _ in awal:
        assert urutan[i] == "L"


def test_lampiran_tersendiri_semua_lanskap(pdf, bangunan):
    lampiran = [e["berkas"].rsplit(".", 1)[0] for e in bangunan.manifest["dokumen"] if e["jenis"] == "lampiran"]
    assert len(lampiran) == 8
    for nama in lampiran:
        urutan = "".join(_orientasi(u) for u in halaman_pdf(pdf[nama]))
        assert set(urutan) == {"L"}, f"{nama}: {urutan}"


def test_huruf_bookman_tertanam_tanpa_sans(pdf):
    for nama, path in pdf.items():
        font = font_pdf(path)
        assert font, nama
        assert all(f["emb"] for f in font), f"{nama}: huruf tidak tertanam: {font}"
        assert any("bookman" in f["name"].lower() for f in font), f"{nama}: tidak ada huruf Bookman: {font}"
        buruk = [f["name"] for f in font if re.search(r"sans|dejavu", f["name"], re.I)]
        assert not buruk, f"{nama}: huruf pengganti {buruk}"


def test_nomor_halaman_mulai_ulang_tiap_lampiran_tanpa_nomor_di_halaman_pertama(pdf):
    """Permendagri 1/2023: '- n -' di atas, tidak ada di halaman pertama; tiap Lampiran menghitung halamannya sendiri."""
    for nama, path in pdf.items():
        halaman = _halaman_teks(path)
        urut = 0
        for i, h in enumerate(halaman):
            if i == 0 or _awal_bagian(h):
                urut = 1
                assert _nomor(h) is None, f"{nama} halaman {i + 1}: ada nomor di halaman pertama"
            else:
                urut += 1
                assert _nomor(h) == urut, f"{nama} halaman {i + 1}: nomor {_nomor(h)}, harap {urut}"
