"""Judul panjang (issue 14, butir 4): ``tentang`` Keputusan, ``judul`` LKjIP atau
nama unit lebih dari 255 karakter ("Perubahan Kedua atas ...") tidak lagi
menggagalkan ``naskah bangun`` dengan ``ValueError: exceeded 255 char limit``.
Judul lengkap tetap tercetak di dokumen; hanya properti Title berkas .docx
yang dipendekkan, pada batas kata, diakhiri elipsis, sama pada setiap bangun."""

from __future__ import annotations

import json

from docx import Document

from tests.bantu import ganti_teks, jalankan_cli

TENTANG = (
    "Perubahan Kedua atas Keputusan Sekretaris Daerah Kabupaten Balangan Nomor 100.3.3.2/012/HUKUM Tahun 2022 "
    "tentang Indikator Kinerja Utama (IKU) Sekretariat Daerah Kabupaten Balangan Tahun 2021-2026 sebagaimana "
    "telah diubah dengan Keputusan Sekretaris Daerah Kabupaten Balangan Nomor 45 Tahun 2023"
)
JUDUL_LKJIP = "Laporan Kinerja Instansi Pemerintah (LKjIP) " + "Sekretariat Daerah Kabupaten Balangan, " * 6 + "Tahun 2022"
NAMA_UNIT = "Bagian Hukum " + "dan Urusan Perundang-undangan Daerah " * 7 + "Kabupaten Balangan"


def _teks_semua(doc) -> str:
    bagian = [p.text for p in doc.paragraphs]
    for tabel in doc.tables:
        for tr in tabel.rows:
            bagian += [sel.text for sel in tr.cells]
    return "\n".join(bagian)


def _judul_properti_benar(berkas, lengkap_awal: str) -> str:
    judul = Document(berkas).core_properties.title
    assert len(judul) <= 255 and judul.endswith("\u2026"), judul
    inti = judul[:-1]
    assert lengkap_awal.startswith(inti) and lengkap_awal[len(inti)] == " ", judul  # cut at a word boundary
    return judul


def test_judul_lebih_dari_255_karakter(salinan_konten, tmp_path):
    assert len(TENTANG) >= 269 and len(JUDUL_LKJIP) > 255 and len(NAMA_UNIT) > 255
    ganti_teks(
        salinan_konten / "keputusan.yaml",
        'tentang: "Indikator Kinerja Utama (IKU) Sekretariat Daerah Kabupaten Balangan Tahun 2021-2026"',
        f'tentang: "{TENTANG}"',
    )
    ganti_teks(
        salinan_konten / "lkjip" / "2022" / "lkjip.yaml",
        "judul: Laporan Kinerja Instansi Pemerintah (LKjIP) Sekretariat Daerah Kabupaten Balangan Tahun 2022",
        f'judul: "{JUDUL_LKJIP}"',
    )
    ganti_teks(salinan_konten / "unit" / "hukum.yaml", "nama: Bagian Hukum\n", f"nama: {NAMA_UNIT}\n")
    hasil = []
    for n in (1, 2):
        keluaran = tmp_path / f"keluaran{n}"
        p = jalankan_cli("bangun", "--konten", str(salinan_konten), "--keluaran", str(keluaran))
        assert p.returncode == 0, p.stdout + p.stderr
        assert "Traceback" not in p.stderr and "char limit" not in p.stderr
        hasil.append(keluaran)
    keputusan = hasil[0] / "keputusan-iku.docx"
    assert TENTANG.upper() in _teks_semua(Document(keputusan)).upper()
    _judul_properti_benar(keputusan, "Keputusan Sekretaris Daerah Kabupaten Balangan tentang " + TENTANG)
    # The default LKjIP template shows a fixed cover title; the full judul is
    # in the manifest (and in the context as judul_lengkap for own templates).
    manifest = json.loads((hasil[0] / "manifest.json").read_text(encoding="utf-8"))
    assert {e["id"]: e["judul"] for e in manifest["dokumen"]}["lkjip-2022"] == JUDUL_LKJIP
    _judul_properti_benar(hasil[0] / "lkjip-2022.docx", JUDUL_LKJIP)
    lampiran = hasil[0] / "keputusan-iku-lampiran-hukum.docx"
    assert NAMA_UNIT.upper() in _teks_semua(Document(lampiran)).upper()
    assert "\u2026" in Document(lampiran).core_properties.title
    for nama in ("keputusan-iku.docx", "lkjip-2022.docx", "keputusan-iku-lampiran-hukum.docx"):
        assert (hasil[0] / nama).read_bytes() == (hasil[1] / nama).read_bytes(), nama
