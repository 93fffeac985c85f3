"""Konten uji tekanan untuk tata letak: salinan ``konten/`` yang diubah agar
tabel dan halaman diuji pada kasus terberat yang masih sah.

- kata tunggal 40+ huruf di nama indikator (dan di kinerja utama);
- periode unit 1, 5, 6 dan 7 tahun;
- unit dengan 1 indikator dan unit dengan 40 indikator;
- teks Makna 2.000 karakter;
- jumlah Rupiah 15 angka di pagu Perjanjian Kinerja dan anggaran LKjIP.

Semuanya tetap diterima ``naskah periksa`` (tanpa galat).  Deterministik:
tanpa bilangan acak.

    .venv/bin/python -m tests.stres FOLDER     # tulis konten ke FOLDER
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

from tests.bantu import KONTEN, sasaran_mentah

KATA_PANJANG = "Ketidakberdayagunaanpenyelenggaraanpemerintahan"  # 47 huruf
KATA_PANJANG_2 = "Pertanggungjawabanpenyelenggaraanpemerintahandaerah"  # 51 huruf

#: unit -> (awal, akhir) periode
PERIODE = {"kesra": (2021, 2021), "adbang": (2022, 2026), "pemerintahan": (2021, 2026), "perekonomian": (2020, 2026)}
UNIT_SATU = "pbj"  # satu indikator
UNIT_EMPAT_PULUH = "perekonomian"  # empat puluh indikator
PAGU_15_ANGKA = 450_000_000_000_000
REALISASI_15_ANGKA = 412_345_678_901_234

_KALIMAT = (
    "Indikator ini mengukur sejauh mana penyelenggaraan urusan pemerintahan daerah "
    "dilaksanakan tepat waktu, tepat sasaran dan sesuai ketentuan peraturan perundang-undangan, "
    "dengan memperhatikan kesejahteraan masyarakat serta akuntabilitas kinerja perangkat daerah. "
)


def makna_panjang(panjang: int = 2000) -> str:
    """Teks Makna tepat ``panjang`` karakter, berakhir dengan titik."""
    teks = (_KALIMAT * (panjang // len(_KALIMAT) + 2))[: panjang - 1].rstrip()
    return teks + "." * (panjang - len(teks))


def _baca(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _tulis(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def indikator(unit: dict):
    """Semua indikator sebuah unit, berurutan."""
    for sasaran in sasaran_mentah(unit):
        yield from sasaran["indikator"]


def atur_periode(unit: dict, awal: int, akhir: int) -> None:
    """Periode unit ``awal``-``akhir``; target tahun yang belum ada memakai
    target tahun terdekat yang ada."""
    unit["periode"] = {"awal": awal, "akhir": akhir}
    for ind in indikator(unit):
        lama = ind["target"]
        ind["target"] = {t: lama[min(lama, key=lambda x: abs(x - t))] for t in range(awal, akhir + 1)}
        ind.pop("kondisi_akhir", None)


def jadi_satu_indikator(unit: dict) -> None:
    pertama = next(indikator(unit))
    sasaran = dict((unit.get("sasaran") or [])[0])
    sasaran["indikator"] = [pertama]
    unit["sasaran"] = [sasaran]
    unit["sub_unit"] = []


def jadi_empat_puluh_indikator(unit: dict) -> None:
    """40 indikator: 2 sasaran x 5 di eselon III, 3 sub bagian x 10 di eselon IV;
    tiap kelima Makna-nya 2.000 karakter."""
    contoh = list(indikator(unit))
    nomor = iter(range(1, 41))

    def baru() -> dict:
        n = next(nomor)
        ind = dict(contoh[(n - 1) % len(contoh)])
        ind["id"] = f"{unit['id']}-stres-{n}"
        ind["nama"] = f"{ind['nama']} ({n})"
        ind.pop("perlu_konfirmasi", None)
        if n % 5 == 0:
            ind["makna"] = makna_panjang()
        return ind

    unit["sasaran"] = [
        {"kinerja_utama": f"Sasaran eselon III ke-{s}", "indikator": [baru() for _ in range(5)]} for s in (1, 2)
    ]
    unit["sub_unit"] = [
        {
            "nama": f"Sub Bagian Uji {s}",
            "sasaran": [{"kinerja_utama": f"Sasaran sub bagian {s}", "indikator": [baru() for _ in range(10)]}],
        }
        for s in (1, 2, 3)
    ]


def beri_kata_panjang(unit: dict) -> None:
    """Kata 40+ huruf di nama indikator pertama dan di kinerja utamanya."""
    ind = next(indikator(unit))
    ind["nama"] = f"Persentase {KATA_PANJANG} yang ditindaklanjuti"
    for sasaran in unit.get("sasaran") or []:
        if ind in sasaran["indikator"]:
            sasaran["kinerja_utama"] = f"Meningkatnya {KATA_PANJANG_2}"


def ubah_pk(folder: Path) -> None:
    """PK tanpa unit yang periodenya tidak memuat tahun PK; satu kegiatan
    dengan pagu dan realisasi 15 angka."""
    for path in sorted((folder / "pk").glob("*.yaml")):
        pk = _baca(path)
        for uid in [u for u in pk["unit"] if u in PERIODE and not PERIODE[u][0] <= pk["tahun"] <= PERIODE[u][1]]:
            del pk["unit"][uid]
        kegiatan = next(k for u in pk["unit"].values() for prog in u.get("anggaran") or [] for k in prog["kegiatan"])
        kegiatan["pagu"] = PAGU_15_ANGKA
        _tulis(path, pk)
        realisasi = folder / "realisasi" / f"{pk['tahun']}.yaml"
        if realisasi.exists():
            data = _baca(realisasi)
            data["anggaran"][kegiatan["id"]]["realisasi"] = REALISASI_15_ANGKA
            _tulis(realisasi, data)


def ubah_unit(folder: Path) -> None:
    for path in sorted((folder / "unit").glob("*.yaml")):
        unit = _baca(path)
        uid = unit["id"]
        if uid == UNIT_SATU:
            jadi_satu_indikator(unit)
        if uid == UNIT_EMPAT_PULUH:
            jadi_empat_puluh_indikator(unit)
        if uid in PERIODE:
            atur_periode(unit, *PERIODE[uid])
        if uid in ("hukum", "pemerintahan"):
            beri_kata_panjang(unit)
        if uid == "pemerintahan":
            next(indikator(unit))["makna"] = makna_panjang()
        _tulis(path, unit)


def buat_konten_stres(tujuan: Path) -> Path:
    """Tulis konten uji tekanan ke ``tujuan`` (folder baru) dan kembalikan jalurnya."""
    tujuan = Path(tujuan)
    shutil.copytree(KONTEN, tujuan)
    ubah_unit(tujuan)
    ubah_pk(tujuan)
    return tujuan


if __name__ == "__main__":
    print(buat_konten_stres(Path(sys.argv[1])))
