"""Pemeriksa tata letak PDF untuk tes: apakah halaman siap cetak tanpa
dirapikan tangan.

``periksa_tata_letak(pdf, docx)`` membandingkan PDF dengan teks .docx-nya
sendiri dan melaporkan:

(a) kata terpotong: kata PDF yang bukan kata dokumen dan bukan pemenggalan
    kata dokumen di batas suku kata bertanda hubung ("Meningkatn|ya");
(b) halaman yang hanya berisi blok tanda tangan;
(c) jumlah Rupiah, NIP dan tanggal yang terbelah di dua baris;
(d) entri Daftar Isi tanpa nomor halaman, atau bernomor lain dari halaman
    tempat judulnya berada.

Batas suku kata diambil dari kamus pemenggalan ``id_ID`` pyphen.  Bagian (a)
ada di ``tests/tata_letak_kata.py``, bagian (d) di ``tests/tata_letak_isi.py``.

    .venv/bin/python -m tests.tata_letak FOLDER   # hitungan untuk semua PDF di FOLDER
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.halaman_pdf import Halaman, baca_halaman, entri_daftar_isi, paragraf_docx
from tests.tata_letak_isi import periksa_daftar_isi
from tests.tata_letak_kata import Kosakata, kata_terpotong

KATA_TERPOTONG = "kata terpotong"
HALAMAN_TTD = "halaman hanya tanda tangan"
ANGKA_TERBELAH = "angka terbelah"
DAFTAR_ISI = "daftar isi"


@dataclass(frozen=True)
class Temuan:
    jenis: str
    halaman: int | None
    teks: str

    def __str__(self) -> str:
        tempat = f"hlm {self.halaman}: " if self.halaman else ""
        return f"{self.jenis}: {tempat}{self.teks}"


@dataclass
class Laporan:
    berkas: str
    temuan: list[Temuan] = field(default_factory=list)

    def jenis(self, jenis: str) -> list[Temuan]:
        return [t for t in self.temuan if t.jenis == jenis]

    @property
    def hitungan(self) -> dict[str, int]:
        return {j: len(self.jenis(j)) for j in (KATA_TERPOTONG, HALAMAN_TTD, ANGKA_TERBELAH, DAFTAR_ISI)}

    def __str__(self) -> str:
        return "\n".join([f"{self.berkas}: {self.hitungan}"] + [f"  {t}" for t in self.temuan])


# --- (b) halaman yang hanya berisi tanda tangan ------------------------------------

_NIP = re.compile(r"^NIP\.?\s*[\d\s]+$")
_PANGKAT = re.compile(r"\((IV|III|II|I)/[a-e]\)|^(Pembina|Penata|Pengatur|Juru)\b")
_TTD_LAIN = re.compile(
    r"^((Ditetapkan|Dikeluarkan) di\b|(pada )?[Tt]anggal\b|PIHAK (PERTAMA|KEDUA)\b|Mengetahui\b|Menyetujui\b)"
)
_AWALAN_JABATAN = re.compile(r"^(a\.n\.|an\.|u\.b\.|ub\.|Plt\.|Plh\.)\s*", re.I)


def _segmen(baris: str) -> list[str]:
    """Potongan baris -layout yang dipisah tiga spasi atau lebih (dua penanda
    tangan berdampingan)."""
    return [s.strip() for s in re.split(r"\s{3,}", baris) if s.strip()]


def _baris_ttd(segmen: str) -> bool:
    jabatan = _AWALAN_JABATAN.sub("", segmen)
    return bool(
        _NIP.match(segmen) or _PANGKAT.search(segmen) or _TTD_LAIN.match(segmen)
        or (re.search(r"[A-Z]", jabatan) and not re.search(r"[a-z]", jabatan))
    )


def hanya_tanda_tangan(hal: Halaman) -> bool:
    """Semua baris halaman (selain nomor halaman) baris blok tanda tangan:
    jabatan (huruf kapital, boleh berawalan a.n./Plt.), nama, pangkat, NIP,
    "Ditetapkan di" / "pada tanggal", PIHAK PERTAMA/KEDUA; nama bebas bentuk
    tepat di atas baris pangkat atau NIP.  Sekurangnya satu NIP, atau satu
    baris jabatan berakhiran koma."""
    baris = [_segmen(b) for b in hal.baris_isi]
    if not baris:
        return False
    for i, segmen in enumerate(baris):
        berikut = baris[i + 1] if i + 1 < len(baris) else []
        nama = any(_NIP.match(s) or _PANGKAT.search(s) for s in berikut)
        if not nama and not all(_baris_ttd(s) for s in segmen):
            return False
    rata = [s for b in baris for s in b]
    return any(_NIP.match(s) or (s.endswith(",") and _baris_ttd(s)) for s in rata)


def halaman_ttd(halaman: list[Halaman]) -> list[Temuan]:
    return [
        Temuan(HALAMAN_TTD, h.nomor, " / ".join(b.strip() for b in h.baris_isi))
        for h in halaman
        if hanya_tanda_tangan(h)
    ]


# --- (c) angka terbelah ------------------------------------------------------------

_BULAN = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
_S = r"[ \u00a0]+"
POLA_UTUH = {
    "Rupiah": re.compile(rf"Rp(?:{_S})?\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|(?<![\d.,])\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?"),
    "NIP": re.compile(rf"(?<!\d)\d{{8}}{_S}\d{{6}}{_S}\d{_S}\d{{3}}(?!\d)"),
    "tanggal": re.compile(rf"(?<!\d)(?:\d{{1,2}}{_S})?(?:{_BULAN}){_S}\d{{4}}(?!\d)"),
}


def _hitung_utuh(baris: list[str]) -> Counter:
    hasil: Counter = Counter()
    for b in baris:
        for jenis, pola in POLA_UTUH.items():
            hasil.update((jenis, re.sub(_S, " ", m.group())) for m in pola.finditer(b))
    return hasil


def angka_terbelah(halaman: list[Halaman], paragraf: list[str]) -> list[Temuan]:
    """Jumlah Rupiah, NIP dan tanggal dokumen yang di PDF tidak utuh pada satu
    baris: dihitung berapa kali masing-masing ada di teks dokumen dan berapa
    kali utuh di baris-baris PDF; selisihnya terbelah."""
    harap = _hitung_utuh(paragraf)
    ada = _hitung_utuh([b for h in halaman for b in h.baris])
    hasil = []
    for (jenis, nilai), n in sorted(harap.items()):
        for _ in range(n - ada[(jenis, nilai)]):
            hasil.append(Temuan(ANGKA_TERBELAH, _halaman_awal(nilai, halaman), f"{jenis} {nilai}"))
    return hasil


def _halaman_awal(nilai: str, halaman: list[Halaman]) -> int | None:
    """Halaman tempat potongan pertama ``nilai`` berada di ujung baris."""
    awal = nilai.split(" ")[0] if " " in nilai else nilai[: max(4, len(nilai) // 2)]
    for h in halaman:
        if any(awal in b and nilai not in re.sub(_S, " ", b) for b in h.baris):
            return h.nomor
    return None


# --- semua ----------------------------------------------------------------------


def periksa_tata_letak(pdf: Path, docx: Path) -> Laporan:
    """Semua pemeriksaan untuk satu PDF dan .docx asalnya."""
    halaman = baca_halaman(pdf)
    paragraf = paragraf_docx(docx)
    laporan = Laporan(Path(pdf).name)
    kosakata = Kosakata.dari_teks(paragraf)
    laporan.temuan += [Temuan(KATA_TERPOTONG, n, t) for n, t in kata_terpotong(halaman, kosakata)]
    laporan.temuan += halaman_ttd(halaman)
    laporan.temuan += angka_terbelah(halaman, paragraf)
    laporan.temuan += [Temuan(DAFTAR_ISI, n, t) for n, t in periksa_daftar_isi(halaman, entri_daftar_isi(docx))]
    return laporan


def periksa_folder(folder: Path) -> list[Laporan]:
    """Laporan tiap PDF di ``folder`` yang punya .docx senama."""
    return [
        periksa_tata_letak(pdf, pdf.with_suffix(".docx"))
        for pdf in sorted(Path(folder).glob("*.pdf"))
        if pdf.with_suffix(".docx").is_file()
    ]


if __name__ == "__main__":
    total: Counter = Counter()
    for laporan in periksa_folder(Path(sys.argv[1])):
        print(laporan)
        total.update(laporan.hitungan)
    print("JUMLAH:", dict(total))
