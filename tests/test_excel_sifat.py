"""Sifat buku kerja realisasi (issue 12), dengan hypothesis: untuk nilai
dalam setiap bentuk yang diterima konten (bilangan bulat, desimal Indonesia
0-3 angka, persen, predikat di depan atau dalam kurung, rupiah, kosong) dan
berkas YAML berkomentar,

* ekspor lalu impor tanpa perubahan tidak mengubah satu byte pun;
* sel yang diisi seperti di program lembar kerja (teks, float dengan format
  angkanya, pecahan di sel persen, kosong) tertulis persis seperti tampilannya,
  komentar tetap ada dan urutannya tetap, dan kontennya lolos pemeriksaan;
* begitu pula realisasi anggaran di lembar Anggaran: jumlah rupiah dalam
  YAML sebagai bilangan bulat atau teks ("1.250.000.000", "Rp1.250.000,50"),
  baris bergaya satu baris atau blok, diisi sebagai bilangan bulat, float
  bersen di sel berformat Rupiah, teks, atau dikosongkan (entrinya hilang).

Konten: ``tests/konten_mini`` (satu-1 berskala SAKIP, satu-2 dan dua-3
Laporan, dua-1 dan dua-2 persen) dengan Perjanjian Kinerja 2022 tiga
kegiatan (``PK`` di bawah)."""

from __future__ import annotations

import re
import shutil
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.excel.anggaran import sama_rupiah as _sama_rupiah  # the same amount written otherwise is unchanged
from generator.excel.ekspor import buku_realisasi
from generator.excel.gabung import impor_buku
from generator.excel.impor import sama as _sama  # the rule: the same value written otherwise is unchanged
from generator.hitung.skala import muat_skala
from generator.periksa import muat_valid
from tests.bantu import AKAR
from tests.bantu_excel import buka, lembar_dengan, sel

MINI = AKAR / "tests" / "konten_mini"
TAHUN = 2022
SAKIP = muat_skala()["sakip"]
INDIKATOR = {"satu-1": "skala", "satu-2": "Laporan", "dua-1": "%", "dua-2": "%", "dua-3": "Laporan"}
KUNCI = ("realisasi", "penjelasan", "standar_nasional")
JUDUL = {"realisasi": "Realisasi", "penjelasan": "Penjelasan", "standar_nasional": "Standar Nasional"}
KEGIATAN = ("satu-k1", "satu-k2", "dua-k1")  # in the PK's order
PK = """\
tahun: 2022
ditetapkan: {tempat: Kotacontoh, tanggal: 3 Januari 2022}
unit:
  satu:
    anggaran:
      - nama: Program Penunjang Urusan Pemerintahan Daerah
        kegiatan:
          - {id: satu-k1, nama: Administrasi Keuangan, pagu: 1000000000000}
          - {id: satu-k2, nama: Administrasi Umum, pagu: "250.000.000,50"}
  dua:
    anggaran:
      - nama: Program Pemerintahan dan Kesejahteraan Rakyat
        kegiatan:
          - {id: dua-k1, nama: Fasilitasi dan Koordinasi Hukum, pagu: 999999999999}
"""


def _id(d: Decimal, ribuan: bool = False) -> str:
    """Indonesian writing of a Decimal as it is (its own decimals)."""
    tanda = "-" if d < 0 else ""
    bulat, _, pecahan = format(abs(d), "f").partition(".")
    if ribuan:
        bulat = f"{int(bulat):,}".replace(",", ".")
    return tanda + bulat + ("," + pecahan if pecahan else "")


def _desimal(maks: int = 99999):
    return st.builds(
        lambda n, k: Decimal(n).scaleb(-k), st.integers(0, maks * 1000), st.integers(0, 3)
    ).filter(lambda d: d <= maks)


def _nilai_teks(jenis: str):
    """A value as a person writes it in the YAML or types it in a cell."""
    if jenis == "skala":
        def predikat(d: Decimal, depan: bool) -> str:
            p = SAKIP.predikat(d)
            return f"{p} = {_id(d)}" if depan else f"{_id(d)} ({p})"
        angka = _desimal(100)
        return st.one_of(angka.map(_id), st.builds(predikat, angka, st.booleans()))
    bentuk = [_desimal().map(_id), st.integers(0, 10**6).map(str)]
    if jenis == "%":
        bentuk.append(_desimal(100).map(lambda d: _id(d) + "%"))
    else:
        bentuk += [
            st.builds(lambda d: f"{_id(d)} {jenis}", _desimal(999)),
            st.integers(10**6, 10**12).map(lambda n: _id(Decimal(n), ribuan=True)),  # rupiah
            st.builds(lambda n, s: _id(Decimal(n) + Decimal(s).scaleb(-2), ribuan=True), st.integers(10**6, 10**12), st.integers(0, 99)),
        ]
    return st.one_of(*bentuk)


_HURUF = st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="\x85\u2028\u2029")
_PENJELASAN = st.lists(st.text(_HURUF, min_size=1, max_size=30), min_size=1, max_size=3).map(
    lambda b: "\n".join(x.strip() or "x" for x in b)
).filter(lambda t: not t.startswith(("=", "-", "+", "@")))


def _sel(jenis: str):
    """(cell value, number format, the text the import must write) for one typed cell."""
    teks = _nilai_teks(jenis).map(lambda t: (t, None, t))
    biasa = _desimal().map(lambda d: (float(d), None, _id(d.normalize() if d != d.to_integral() else d.quantize(1))))
    tetap = st.builds(
        lambda d, k: (float(d), "0" + ("." + "0" * k if k else ""), _id(d.quantize(Decimal(1).scaleb(-k), ROUND_HALF_UP))),
        _desimal(), st.integers(0, 3),
    )
    ribuan = _desimal().map(lambda d: (float(d), "#,##0.00", _id(d.quantize(Decimal("0.01"), ROUND_HALF_UP), ribuan=True)))
    bentuk = [teks, st.just((None, None, ""))]
    if jenis == "skala":
        bentuk.append(_desimal(100).map(lambda d: (float(d), None, _id(d.normalize() if d != d.to_integral() else d.quantize(1)))))
    else:
        bentuk += [biasa, tetap, ribuan]
    if jenis == "%":
        bentuk.append(st.builds(
            lambda d, k: (float(d / 100), "0" + ("." + "0" * k if k else "") + "%", _id(d.quantize(Decimal(1).scaleb(-k), ROUND_HALF_UP)) + "%"),
            _desimal(100), st.integers(0, 3),
        ))
    return st.one_of(*bentuk)


_SEN = st.builds(lambda n, s, k: Decimal(n) + (Decimal(s).scaleb(-2) if k else 0),
                 st.integers(0, 10**12), st.integers(0, 99), st.booleans())


def _rupiah_yaml():
    """An amount as the YAML holds it: an integer, or text as people write it."""
    return st.one_of(
        st.integers(0, 10**12),
        _SEN.map(lambda d: _id(d, ribuan=True)),
        st.builds(lambda d, spasi: f"Rp{' ' if spasi else ''}{_id(d, ribuan=True)}", _SEN, st.booleans()),
    )


def _rupiah_sel():
    """(cell value, number format, what the import writes) for an amount typed in the Anggaran sheet."""
    def angka(d: Decimal):
        return int(d) if d == d.to_integral() else _id(d.quantize(Decimal("0.01")), ribuan=True)
    return st.one_of(
        st.integers(0, 10**12).map(lambda n: (n, None, n)),
        _SEN.map(lambda d: (float(d), "[$Rp-421]#,##0.00", angka(d))),
        _SEN.map(lambda d: (_id(d, ribuan=True), None, _id(d, ribuan=True))),
        _SEN.map(lambda d: ("Rp" + _id(d, ribuan=True), None, "Rp" + _id(d, ribuan=True))),
        st.just((None, None, None)),
    )


@st.composite
def _kasus(draw):
    awal, isian = {}, {}
    for iid, jenis in INDIKATOR.items():
        nilai = {
            "realisasi": draw(st.none() | _nilai_teks(jenis)),
            "penjelasan": draw(st.none() | _PENJELASAN),
            "standar_nasional": draw(st.none() | _nilai_teks(jenis)),
        }
        awal[iid] = {k: v for k, v in nilai.items() if v is not None}
        isian[iid] = {
            "realisasi": draw(st.none() | _sel(jenis)),
            "penjelasan": draw(st.none() | _PENJELASAN.map(lambda t: (t, None, t)) | st.just((None, None, ""))),
            "standar_nasional": draw(st.none() | _sel(jenis)),
        }
    catatan = draw(st.sets(st.sampled_from(list(INDIKATOR))))
    gaya = (draw(st.sampled_from([2, 4])), draw(st.booleans()), draw(st.booleans()))  # indentation, CRLF, one-line kegiatan
    anggaran = ({k: draw(st.none() | _rupiah_yaml()) for k in KEGIATAN}, {k: draw(st.none() | _rupiah_sel()) for k in KEGIATAN})
    return awal, isian, catatan, gaya, anggaran


def _yaml_anggaran(awal: dict, lekuk: int, satu_baris: bool) -> list[str]:
    """The anggaran part: a comment above each kegiatan, ``{realisasi: N}`` on one line or a block."""
    a, b = " " * lekuk, " " * (2 * lekuk)
    ada = {k: v for k, v in awal.items() if v is not None}
    if not ada:
        return []
    baris = ["", "# Realisasi anggaran per kegiatan PK.", "anggaran:"]
    for kid, nilai in ada.items():
        teks = str(nilai) if isinstance(nilai, int) else f'"{nilai}"'
        baris += [f"{a}# --- {kid} ---"]
        baris += [f"{a}{kid}: {{realisasi: {teks}}}"] if satu_baris else [f"{a}{kid}:", f"{b}realisasi: {teks}"]
    return baris


def _yaml(awal: dict, catatan: set[str], lekuk: int = 2, anggaran: list[str] = ()) -> str:
    """A hand-written realisasi file: header comments, a comment above each
    entry, an end-of-line comment on a catatan, blank lines between
    entries, indented by ``lekuk`` spaces; then ``anggaran`` lines."""
    a, b = " " * lekuk, " " * (2 * lekuk)
    baris = ["# yaml-language-server: $schema=../.skema/realisasi.json", "# Realisasi 2022, diisi tangan.",
             f"tahun: {TAHUN}", "indikator:"]
    for iid, nilai in awal.items():
        if not nilai and iid not in catatan:
            continue
        baris += ["", f"{a}# --- {iid} ---", f"{a}{iid}:"]
        for kunci, teks in nilai.items():
            baris.append(f"{b}{kunci}: {yaml.safe_dump(teks, allow_unicode=True, default_style=chr(34), width=10**6).strip()}")
        if iid in catatan:
            baris.append(f'{b}catatan: "dicek {iid}"  # catatan {iid}')
    if baris[-1] == "indikator:":
        baris[-1] = "indikator: {}"
    return "\n".join([*baris, *anggaran]) + "\n"


_KOMENTAR = re.compile(r"# (?:yaml-language-server: .*|Realisasi 2022, diisi tangan\.|--- [a-z0-9-]+ ---|catatan [a-z0-9-]+"
                       r"|Realisasi anggaran per kegiatan PK\.)$")


def _komentar(teks: str) -> list[str]:
    """The comments the hand-written file has, in order (a penjelasan's
    literal block may hold a line starting with '#': not a comment)."""
    return [m.group() for b in teks.splitlines() if (m := _KOMENTAR.search(b))]


def _isi_anggaran(wb, awal: dict, isian: dict) -> dict:
    """Type the Anggaran cells; what the YAML must then hold per kegiatan."""
    ws = wb["Anggaran"]
    harap = dict(awal)
    for kid, ketik in isian.items():
        if ketik is None:
            continue
        nilai, fmt, tulis = ketik
        c = sel(ws, kid, "Realisasi")
        c.value = nilai
        if fmt:
            c.number_format = fmt
        if isinstance(nilai, str):
            c.data_type = "s"
        lama = "" if awal[kid] is None else str(awal[kid])
        baru = "" if tulis is None else str(tulis)
        if not _sama_rupiah(lama, baru):
            harap[kid] = int(tulis) if isinstance(tulis, str) and tulis.isdigit() else tulis
    return {k: v for k, v in harap.items() if v is not None}


def _isi_indikator(wb, awal: dict, isian: dict) -> dict:
    """Type the unit sheets' cells; what the YAML must then hold per indicator."""
    harap = {iid: dict(nilai) for iid, nilai in awal.items()}
    for iid, isi in isian.items():
        ws = lembar_dengan(wb, iid)
        for kunci, ketik in isi.items():
            if ketik is None:
                continue
            nilai, fmt, teks = ketik
            c = sel(ws, iid, JUDUL[kunci])
            c.value = nilai
            if fmt:
                c.number_format = fmt
            if isinstance(nilai, str):
                c.data_type = "s"
            lama = awal[iid].get(kunci, "")
            if not _sama(lama, teks):
                harap[iid][kunci] = teks
    return harap


def _periksa_tulisan(baru: str, harap: dict, catatan: set[str], harap_anggaran: dict) -> None:
    data = yaml.safe_load(baru)
    isi = data["indikator"] or {}
    for iid, nilai in harap.items():
        tertulis = {k: v for k, v in (isi.get(iid) or {}).items() if k in KUNCI}
        assert tertulis == {k: v for k, v in nilai.items() if v}, (iid, baru)
        if iid in catatan:
            assert isi[iid]["catatan"] == f"dicek {iid}"
    anggaran = data.get("anggaran") or {}
    assert {k: v["realisasi"] for k, v in anggaran.items()} == harap_anggaran, baru
    assert list(anggaran) == [k for k in KEGIATAN if k in anggaran]  # a new entry at its place in the PK


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_kasus())
def test_ekspor_impor_setiap_bentuk_nilai(kasus):
    awal, isian, catatan, (lekuk, crlf, satu_baris), (anggaran_awal, anggaran_isian) = kasus
    with tempfile.TemporaryDirectory(prefix="naskah-uji-excel-") as sementara:
        folder = Path(sementara) / "konten"
        shutil.copytree(MINI, folder)
        (folder / "pk").mkdir()
        (folder / "pk" / f"{TAHUN}.yaml").write_text(PK, encoding="utf-8")
        (folder / "realisasi").mkdir()
        yml = folder / "realisasi" / f"{TAHUN}.yaml"
        asli = _yaml(awal, catatan, lekuk, _yaml_anggaran(anggaran_awal, lekuk, satu_baris))
        asli_bait = asli.replace("\n", "\r\n" if crlf else "\n").encode("utf-8")
        yml.write_bytes(asli_bait)
        berkas = Path(sementara) / f"realisasi-{TAHUN}.xlsx"
        berkas.write_bytes(buku_realisasi(muat_valid(folder), TAHUN))

        # Unchanged: nothing to write, not a byte changed.
        assert impor_buku(berkas, folder).perubahan == []
        assert yml.read_bytes() == asli_bait

        wb = buka(berkas)
        harap = _isi_indikator(wb, awal, isian)
        harap_anggaran = _isi_anggaran(wb, anggaran_awal, anggaran_isian)
        wb.save(berkas)
        impor_buku(berkas, folder)

        mentah = yml.read_bytes().decode("utf-8")
        assert mentah.count("\r\n") == (mentah.count("\n") if crlf else 0)  # the file's own line ends
        baru = mentah.replace("\r\n", "\n")
        kunci_lekuk = {len(x) - len(x.lstrip(" ")) for x in baru.splitlines()
                       if re.match(r" *(?:tahun|indikator|anggaran|realisasi|penjelasan|standar_nasional|catatan|satu-\w+|dua-\w+):", x)}
        assert kunci_lekuk <= {0, lekuk, 2 * lekuk}, baru
        _periksa_tulisan(baru, harap, catatan, harap_anggaran)
        assert _komentar(baru) == _komentar(asli), baru
        muat_valid(folder)  # the result passes the content checks
