"""Konten uji tekanan (tests/stres.py) memuat semua kasus beratnya dan tetap
diterima ``naskah periksa`` tanpa galat."""

from __future__ import annotations

import yaml

from tests.bantu import jalankan_cli
from tests.stres import (
    KATA_PANJANG,
    PAGU_15_ANGKA,
    UNIT_EMPAT_PULUH,
    UNIT_SATU,
    buat_konten_stres,
    indikator,
    makna_panjang,
)


def test_konten_stres_lengkap_dan_diterima_periksa(tmp_path):
    folder = buat_konten_stres(tmp_path / "konten")
    unit = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (folder / "unit").glob("*.yaml")}
    periode = {u["periode"]["akhir"] - u["periode"]["awal"] + 1 for u in unit.values()}
    assert {1, 5, 6, 7} <= periode
    jumlah = {uid: len(list(indikator(u))) for uid, u in unit.items()}
    assert jumlah[UNIT_SATU] == 1 and jumlah[UNIT_EMPAT_PULUH] == 40
    semua = [i for u in unit.values() for i in indikator(u)]
    assert any(KATA_PANJANG in i["nama"] for i in semua) and len(KATA_PANJANG) >= 40
    assert any(len(i.get("makna") or "") == 2000 for i in semua)
    pk = yaml.safe_load((folder / "pk/2022.yaml").read_text(encoding="utf-8"))
    assert any(k["pagu"] == PAGU_15_ANGKA for u in pk["unit"].values() for p in u.get("anggaran") or [] for k in p["kegiatan"])
    assert len(str(PAGU_15_ANGKA)) == 15

    proses = jalankan_cli("periksa", "--konten", str(folder))
    assert proses.returncode == 0, proses.stdout + proses.stderr
    assert "0 galat" in proses.stdout


def test_makna_panjang_tepat_2000_karakter():
    teks = makna_panjang()
    assert len(teks) == 2000 and teks.endswith(".")
