"""Konten sintetis ``python bench/bench.py --buat-skala N FOLDER`` (issue 13):
N kali contoh dengan id baru, diterima ``naskah periksa`` tanpa galat.
Tes ini tidak menjalankan pengukuran kecepatan."""

from __future__ import annotations

import subprocess
import sys

import yaml

from tests.bantu import AKAR, KONTEN, jalankan_cli


def _baca(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _indikator(nilai):
    if isinstance(nilai, dict):
        if "target" in nilai and isinstance(nilai.get("id"), str):
            yield nilai
        for v in nilai.values():
            yield from _indikator(v)
    elif isinstance(nilai, list):
        for v in nilai:
            yield from _indikator(v)


def test_buat_skala_dua_kali_diterima_periksa(tmp_path):
    folder = tmp_path / "konten"
    p = subprocess.run([sys.executable, "bench/bench.py", "--buat-skala", "2", str(folder)], cwd=AKAR,
                       capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert p.returncode == 0, p.stderr
    asli = {u["id"]: u for u in map(_baca, (KONTEN / "unit").glob("*.yaml"))}
    unit = {u["id"]: u for u in map(_baca, (folder / "unit").glob("*.yaml"))}
    assert set(unit) == set(asli) | {f"{u}-s2" for u in asli}
    ind = [i for u in unit.values() for i in _indikator(u)]
    assert len(ind) == 2 * sum(1 for u in asli.values() for _ in _indikator(u))
    assert len({i["id"] for i in ind}) == len(ind)
    assert len({i["nama"] for u in unit.values() for i in _indikator(u)}) > len({i["nama"] for u in asli.values() for i in _indikator(u)})

    kep_asli, kep = _baca(KONTEN / "keputusan.yaml"), _baca(folder / "keputusan.yaml")
    assert kep["lampiran"] == kep_asli["lampiran"] + [f"{u}-s2" for u in kep_asli["lampiran"]]
    lk_asli, lk = _baca(KONTEN / "lkjip/2022/lkjip.yaml"), _baca(folder / "lkjip/2022/lkjip.yaml")
    assert lk["unit"] == lk_asli["unit"] + [f"{u}-s2" for u in lk_asli["unit"]]
    for uid in lk_asli["unit"]:
        md = folder / lk["narasi"]["analisis"][f"{uid}-s2"]
        assert md.is_file() and md.read_text(encoding="utf-8") != (folder / lk["narasi"]["analisis"][uid]).read_text(encoding="utf-8")
    realisasi = _baca(folder / "realisasi/2022.yaml")["indikator"]
    for iid, isi in _baca(KONTEN / "realisasi/2022.yaml")["indikator"].items():
        assert realisasi[f"{iid}-s2"] == isi

    p = jalankan_cli("periksa", "--konten", str(folder))
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 galat" in p.stdout
