"""Alat bantu tes Perjanjian Kinerja: membaca kembali dokumen PK (.docx)
dan konten PK yang diharapkan langsung dari YAML (yaml.safe_load), bukan
dari kode generator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from docx import Document

from tests.bantu import KONTEN, sasaran_mentah
from tests.docxbaca import normal


#: A PK Perubahan ke-1 2022 of Bagian Hukum for the example (pk/2022-perubahan-1.yaml):
#: its own hukum-2 target, a larger pagu of hukum-k1.
PERUBAHAN = """\
tahun: 2022
perubahan: 1
ditetapkan: {tempat: Paringin, tanggal: 1 Juli 2022}
unit:
  hukum:
    target:
      hukum-2: {nilai: "80", alasan: "Pagu bantuan hukum dikurangi pada perubahan APBD"}
    anggaran:
      - nama: Program Pemerintahan dan Kesejahteraan Rakyat
        kegiatan:
          - id: hukum-k1
            nama: Fasilitasi dan Koordinasi Hukum
            pagu: 1300000000
"""


def baca_yaml(berkas: Path) -> dict:
    return yaml.safe_load(Path(berkas).read_text(encoding="utf-8"))


def indikator_unit(unit: dict) -> list[dict]:
    """Indikator unit dalam urutan YAML (sama dengan urutan baris tabel PK):
    sasaran unit, lalu setiap sub_unit pada kedalaman mana pun."""
    return [i for s in sasaran_mentah(unit) for i in s["indikator"]]


def unit_konten(folder: Path = KONTEN) -> dict[str, dict]:
    return {u["id"]: u for u in (baca_yaml(p) for p in sorted((folder / "unit").glob("*.yaml")))}


def nama_cetak(ttd: dict) -> str:
    """Nama dengan gelar akademik, seperti dicetak pada PK (bukan naskah penetapan)."""
    nama = ttd.get("nama") or ""
    if nama and ttd.get("gelar_depan"):
        nama = f"{ttd['gelar_depan']} {nama}"
    if nama and ttd.get("gelar_belakang"):
        nama = f"{nama}, {ttd['gelar_belakang']}"
    return nama


@dataclass
class DokumenPk:
    """Satu PK yang dibaca kembali: paragraf dan tabel (teks dinormalkan)."""

    paragraf: list[str]
    tabel: list[list[list[str]]]

    @property
    def pihak(self) -> list[list[str]]:
        """Baris tabel pihak (Nama/Jabatan/sebutan) di halaman pernyataan."""
        return self.tabel[0]

    def baris_sasaran(self) -> list[list[str]]:
        """Baris tabel sasaran (No, Sasaran, Indikator, Target), tanpa baris tanda tangan."""
        tabel = next(t for t in self.tabel if t[0][:3] == ["No.", t[0][1], "Indikator Kinerja"] and len(t[0]) == 4)
        return [b for b in tabel[1:] if "PIHAK" not in " ".join(b) and b[0].strip() and len(b) == 4]

    def baris_anggaran(self) -> list[list[str]]:
        tabel = next(t for t in self.tabel if len(t[0]) == 3 and t[0][2] == "Anggaran (Rp)")
        return [b for b in tabel[1:] if "PIHAK" not in " ".join(b)]

    def baris_rencana_aksi(self) -> list[list[str]]:
        tabel = next((t for t in self.tabel if t[0][-1] == "TW IV"), [])
        return [b for b in tabel[1:] if "PIHAK" not in " ".join(b) and b[0].isdigit()]

    @property
    def teks(self) -> str:
        return "\n".join(self.paragraf + [" | ".join(b) for t in self.tabel for b in t])


def _sel_unik(baris) -> list[str]:
    """Teks sel satu baris tabel, sel yang merentang beberapa kolom grid sekali saja."""
    sel, dilihat = [], set()
    for c in baris.cells:
        if id(c._tc) not in dilihat:
            dilihat.add(id(c._tc))
            sel.append(normal(c.text))
    return sel


def baca_pk(berkas: Path) -> DokumenPk:
    doc = Document(str(berkas))
    paragraf = [normal(p.text) for p in doc.paragraphs]
    tabel = [[_sel_unik(r) for r in t.rows] for t in doc.tables]
    return DokumenPk(paragraf, tabel)


def blok_ttd(baris: list[list[str]]) -> str:
    """Teks baris tanda tangan (dua baris terakhir sebuah tabel), sel unik berurutan."""
    sel = []
    for b in baris:
        for s in b:
            if s not in sel:
                sel.append(s)
    return " | ".join(sel)
