"""Memuat konten: contoh Balangan termuat utuh (8 unit, 52 indikator, nilai
seperti tertulis), dan galat YAML dilaporkan sekali, berbahasa Indonesia, pada
baris yang benar."""

from __future__ import annotations

import re

import pytest

from tests.bantu import KONTEN
from generator.dasar.galat import GALAT, KontenError
from generator.muat.konten import muat_konten
from generator.muat.yaml_lokasi import muat_yaml
from generator.dasar.nilai import parse_nilai


def test_contoh_termuat_delapan_unit_52_indikator(konten):
    model, p = muat_konten(KONTEN)
    assert model is not None, [str(m) for m in p.masalah]
    assert not [m for m in p.masalah if m.tingkat == GALAT]
    assert sorted(model.unit) == sorted(konten.unit)
    assert len(model.unit) == 8
    assert len(model.semua_indikator()) == 52
    assert [k.id for k in model.keputusan] == [konten.keputusan["id"]]
    assert model.keputusan[0].lampiran == konten.keputusan["lampiran"]


def test_nilai_termuat_seperti_tertulis(konten):
    """Setiap target/kondisi di model = parse_nilai(teks YAML): desimal tidak hilang (3,20 tetap 3,20)."""
    model, _ = muat_konten(KONTEN)
    jumlah = 0
    for uid, unit in model.unit.items():
        yaml_ind = {i["id"]: i for i in konten.indikator(uid)}
        for ind in unit.semua_indikator():
            mentah = yaml_ind[ind.id]
            assert {t: v.tampil() for t, v in ind.target.items()} == {
                int(t): parse_nilai(str(v)).tampil() for t, v in mentah["target"].items()
            }
            for t, v in ind.target.items():
                assert v.angka.as_tuple() == parse_nilai(str(mentah["target"][t])).angka.as_tuple()
                jumlah += 1
            for kunci in ("kondisi_awal", "kondisi_akhir"):
                if mentah.get(kunci) is not None:
                    assert getattr(ind, kunci).tampil() == parse_nilai(str(mentah[kunci])).tampil()
    assert jumlah == sum(len(i["target"]) for u in konten.unit for i in konten.indikator(u))


KASUS = {
    # nama: (isi berkas, baris yang salah, kata yang diharapkan dalam pesan)
    "tab": ("a: 1\nb:\n\tc: 2\n", 3, r"\bTab\b"),
    "kutip-di-akhir": ('a: 1\nb: "teks\n', 2, r"kutip"),
    "kutip-ganda-tertutup-kutip-lain": ('x: 0\na: "satu\nb: 2\nc: "tiga"\nd: 4\n', 2, r"kutip"),
    "kutip-tunggal-tertutup-kutip-lain": ("a: 1\nb: 'teks\nc: 'x'\n", 2, r"kutip"),
    "kunci-ganda": ("a: 1\nb: 2\na: 3\n", 3, r"dua kali"),
    "titik-dua-dalam-teks": ("a: 1\nnama: Makna: sesuatu\n", 2, r"titik dua"),
    "indentasi": ("a:\n  b: 1\n c: 2\n", 3, r"menjorok|indentasi"),
    "kurung-tidak-ditutup": ("a: [1, 2\nb: 3\n", 1, r"kurung"),
}


@pytest.mark.parametrize("nama", list(KASUS))
def test_galat_yaml_satu_pesan_pada_barisnya(tmp_path, nama):
    isi, baris, kata = KASUS[nama]
    berkas = tmp_path / "unit.yaml"
    berkas.write_text(isi, encoding="utf-8")
    with pytest.raises(KontenError) as info:
        muat_yaml(berkas)
    masalah = info.value.masalah
    assert len(masalah) == 1, [str(m) for m in masalah]
    m = masalah[0]
    assert m.lokasi is not None and m.lokasi.berkas == berkas
    assert m.lokasi.baris == baris, f"{nama}: dilaporkan di baris {m.lokasi.baris}, seharusnya {baris}: {m.pesan}"
    assert re.search(kata, m.pesan, re.I), m.pesan
    assert not re.search(r"while|expected|found|scanning", m.pesan), m.pesan


def test_skema_diturunkan_dari_model():
    """Setiap bidang konten dideklarasikan sekali, pada dataclass-nya: skema
    (jenis, wajib, bawaan) dan keterangannya diturunkan dari situ, dan bidang
    yang bukan konten wajib punya bawaan."""
    import dataclasses

    from generator.muat import model as m
    from generator.muat.skema import Teks
    from generator.muat.wadah import Peta, bidang

    for kelas in (m.Instansi, m.Keputusan, m.Unit, m.Realisasi, m.Lkjip):
        peta = Peta(kelas)
        for nama, jenis in peta.bidang.items():
            f = next(f for f in dataclasses.fields(kelas) if f.name == nama)
            punya_bawaan = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            assert jenis.wajib != punya_bawaan, f"{kelas.__name__}.{nama}"
            assert peta.keterangan[nama].strip(), f"{kelas.__name__}.{nama} tanpa keterangan"
    assert list(Peta(m.Keputusan).bidang)[:3] == ["id", "status", "nomor"]
    # Not written: the kind of Perangkat Daerah's list, filled in when the content is loaded.
    assert m.Pengaturan().paraf_koordinasi is None

    @dataclasses.dataclass(kw_only=True)
    class TanpaBawaan(m.Berlokasi):
        ada: str = bidang(Teks(), "Sebuah teks")
        lain: str

    with pytest.raises(TypeError, match="lain"):
        Peta(TanpaBawaan)
    with pytest.raises(TypeError, match="wajib"):
        bidang(Teks(), "Teks wajib", bawaan="x")
