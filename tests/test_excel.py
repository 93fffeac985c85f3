"""naskah excel ekspor (issue 12): buku kerja realisasi satu tahun dan buku
kerja IKU, dibaca kembali dengan openpyxl dan dibandingkan dengan YAML
contoh yang dibaca sendiri."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

import yaml

from tests.bantu import AKAR, KONTEN, jalankan_cli
from tests.bantu_excel import BARIS_KEPALA, baris_kode, buka, ekspor, kolom, sel
from tests.bantu_pk import PERUBAHAN

JUDUL = ["Kode", "Sasaran", "Indikator", "Satuan", "Arah", "Target", "Realisasi", "Penjelasan", "Standar Nasional"]
ISIAN = {"Realisasi", "Penjelasan", "Standar Nasional"}


def _nama_lembar(nama: str) -> str:
    return nama if len(nama) <= 31 else nama[:31].rstrip()


def _realisasi(tahun: int) -> dict:
    return yaml.safe_load((KONTEN / "realisasi" / f"{tahun}.yaml").read_text(encoding="utf-8"))["indikator"]


def _target_pk(tahun: int) -> dict[str, str]:
    """The targets the example's PK of ``tahun`` states itself, read from pk/TAHUN.yaml."""
    pk = yaml.safe_load((KONTEN / "pk" / f"{tahun}.yaml").read_text(encoding="utf-8"))
    return {iid: str(t["nilai"]) for u in pk["unit"].values() for iid, t in ((u or {}).get("target") or {}).items()}


def test_satu_lembar_per_unit_satu_baris_per_indikator(konten, tmp_path):
    berkas = tmp_path / "realisasi-2022.xlsx"
    p = ekspor(KONTEN, berkas, "2022")
    assert p.returncode == 0, p.stderr
    wb = buka(berkas)
    terlihat = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    urutan = konten.keputusan["lampiran"]
    assert terlihat == ["Petunjuk", *(_nama_lembar(konten.unit[u]["nama"]) for u in urutan), "Anggaran"]
    assert all(len(t) <= 31 and not re.search(r"[\[\]:*?/\\]", t) for t in wb.sheetnames)
    assert len({t.casefold() for t in wb.sheetnames}) == len(wb.sheetnames)
    tersembunyi = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
    assert [ws.sheet_state for ws in tersembunyi] == ["veryHidden"]
    isi = _realisasi(2022)
    target_pk = _target_pk(2022)
    assert target_pk == {"hukum-1": "85"}  # the IKU says 84
    for uid in urutan:
        ws = wb[_nama_lembar(konten.unit[uid]["nama"])]
        assert [c.value for c in ws[BARIS_KEPALA]] == JUDUL
        harap = konten.indikator(uid)
        assert list(baris_kode(ws)) == [i["id"] for i in harap]
        for ind in harap:
            r = baris_kode(ws)[ind["id"]]
            nilai = {j: ws.cell(r, kolom(ws, j)).value for j in JUDUL}
            assert nilai["Indikator"] == ind["nama"] and nilai["Satuan"] == str(ind["satuan"])
            # The PK's own target where it states one, else the IKU target of the year.
            assert nilai["Target"] == target_pk.get(ind["id"], str(ind["target"][2022]))
            tulis = isi.get(ind["id"], {})
            # Realisasi filled exactly as written in the YAML, as text.
            assert nilai["Realisasi"] == (str(tulis["realisasi"]) if "realisasi" in tulis else None)
            assert nilai["Penjelasan"] == tulis.get("penjelasan")
            assert nilai["Standar Nasional"] == tulis.get("standar_nasional")
    # The example cell: hukum-3, the third indicator of Bagian Hukum, is G7.
    assert sel(wb["Bagian Hukum"], "hukum-3", "Realisasi").coordinate == "G7"
    assert sel(wb["Bagian Hukum"], "hukum-1", "Target").value == "85"


def test_target_dari_pk_perubahan(salinan_konten, tmp_path):
    """A PK Perubahan supersedes the PK of the year for the units it names:
    its own targets, the IKU's for the others of that unit (the PK's
    hukum-1 override is not carried), the PK's for the units it leaves."""
    (salinan_konten / "pk" / "2022-perubahan-1.yaml").write_text(PERUBAHAN, encoding="utf-8")
    berkas = tmp_path / "realisasi-2022.xlsx"
    p = ekspor(salinan_konten, berkas, "2022")
    assert p.returncode == 0, p.stderr
    wb = buka(berkas)
    hukum = wb["Bagian Hukum"]
    assert sel(hukum, "hukum-2", "Target").value == "80"  # IKU 2022: 83
    assert sel(hukum, "hukum-1", "Target").value == "84"
    assert sel(wb["Bagian Pemerintahan"], "pemerintahan-1", "Target").value == "100%"
    validasi = {str(r): dv for dv in hukum.data_validations.dataValidation for r in dv.sqref.ranges}
    assert validasi[sel(hukum, "hukum-2", "Realisasi").coordinate].prompt.startswith("Target 2022: 80.")


def test_hanya_kolom_isian_terbuka_dan_tervalidasi(tmp_path):
    berkas = tmp_path / "realisasi-2022.xlsx"
    assert ekspor(KONTEN, berkas, "2022").returncode == 0
    wb = buka(berkas)
    for ws in wb.worksheets[1:]:
        if ws.sheet_state != "visible" or ws.title == "Anggaran":  # its own layout: test_lembar_anggaran
            continue
        assert ws.protection.sheet and not ws.protection.password, ws.title
        for r in baris_kode(ws).values():
            for j in JUDUL:
                assert ws.cell(r, kolom(ws, j)).protection.locked == (j not in ISIAN), (ws.title, r, j)
    ws = wb["Bagian Hukum"]
    validasi = {str(rng): dv for dv in ws.data_validations.dataValidation for rng in dv.sqref.ranges}
    for kode, r in baris_kode(ws).items():
        dv = validasi[f"G{r}"]
        assert dv.type == "decimal" and dv.showInputMessage, kode
        assert "93,75" in dv.prompt
    assert "tulis 93,75 atau 93,75%" in validasi[sel(ws, "hukum-3", "Realisasi").coordinate].prompt.lower()
    assert any(f"H{r}" in validasi and validasi[f"H{r}"].prompt for r in baris_kode(ws).values())
    sekda = wb["Sekretariat Daerah"]
    validasi = {str(rng): dv for dv in sekda.data_validations.dataValidation for rng in dv.sqref.ranges}
    sakip = validasi[sel(sekda, "sekretariat-1", "Realisasi").coordinate]
    assert sakip.type == "list" and sakip.formula1 == '"AA,A,BB,B,CC,C,D"'
    assert "BB =" in sakip.prompt or "A =" in sakip.prompt
    ipp = validasi[sel(sekda, "sekretariat-2", "Realisasi").coordinate]
    assert ipp.type == "list" and "B-" in ipp.formula1


def test_tata_cetak_dan_layar(tmp_path):
    berkas = tmp_path / "realisasi-2022.xlsx"
    assert ekspor(KONTEN, berkas, "2022").returncode == 0
    ws = buka(berkas)["Bagian Hukum"]
    assert ws.freeze_panes == f"A{BARIS_KEPALA + 1}"
    assert ws.print_title_rows.replace("$", "") == f"{BARIS_KEPALA}:{BARIS_KEPALA}"
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "14"  # Folio 8 1/2 x 13 in: the F4 of printer drivers
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    lebar = {j: ws.column_dimensions[chr(64 + kolom(ws, j))].width for j in JUDUL}
    assert all(w and w > 4 for w in lebar.values()), lebar
    assert lebar["Penjelasan"] > lebar["Arah"] and lebar["Indikator"] > lebar["Satuan"]


def test_ekspor_sama_per_byte(tmp_path):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert ekspor(KONTEN, a, "2022").returncode == 0
    assert ekspor(KONTEN, b, "2022").returncode == 0
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        inti = z.read("docProps/core.xml").decode()
        khusus = z.read("docProps/custom.xml").decode()
    assert "2000-01-01T00:00:00Z</dcterms:modified>" in inti
    assert "naskah_tahun" in khusus and "naskah_sidik_konten" in khusus


def test_ekspor_iku_baca_saja(konten, tmp_path):
    berkas = tmp_path / "iku.xlsx"
    p = ekspor(KONTEN, berkas, "--iku")
    assert p.returncode == 0, p.stderr
    wb = buka(berkas)
    assert wb.security.lockStructure
    assert [ws.title for ws in wb.worksheets][1:] == [_nama_lembar(konten.unit[u]["nama"]) for u in konten.keputusan["lampiran"]]
    for uid in konten.keputusan["lampiran"]:
        u = konten.unit[uid]
        ws = wb[_nama_lembar(u["nama"])]
        assert ws.protection.sheet
        tahun = range(u["periode"]["awal"], u["periode"]["akhir"] + 1)
        for ind in konten.indikator(uid):
            for t in tahun:
                assert sel(ws, ind["id"], f"Target {t}").value == str(ind["target"][t])
        assert not any(c.protection.locked is False for row in ws.iter_rows() for c in row)


def test_kode_keluar_ekspor(tmp_path):
    berkas = tmp_path / "r.xlsx"
    p = jalankan_cli("excel", "ekspor", "--konten", str(KONTEN), "--keluaran", str(berkas))
    assert p.returncode == 2 and "TAHUN" in p.stderr
    p = jalankan_cli("excel", "ekspor", "2022", "--iku", "--konten", str(KONTEN), "--keluaran", str(berkas))
    assert p.returncode == 2
    p = ekspor(KONTEN, berkas, "2030")
    assert p.returncode == 1 and "tidak ada unit yang periodenya mencakup tahun 2030 (periode di konten: 2021-2026)" in p.stderr
    p = ekspor(KONTEN, tmp_path / "r.txt", "2022")
    assert p.returncode == 1 and ".xlsx" in p.stderr
    assert list(tmp_path.iterdir()) == []


def test_ekspor_tidak_menimpa_buku_yang_sudah_disimpan(tmp_path):
    berkas = tmp_path / "realisasi-2022.xlsx"
    assert ekspor(KONTEN, berkas, "2022").returncode == 0
    assert ekspor(KONTEN, berkas, "2022").returncode == 0  # its own untouched export: replaced freely
    wb = buka(berkas)
    sel(wb["Bagian Hukum"], "hukum-3", "Realisasi").value = "93,75%"
    wb.save(berkas)  # saved by a spreadsheet program: perhaps filled in
    diisi = berkas.read_bytes()
    p = ekspor(KONTEN, berkas, "2022")
    assert p.returncode == 1 and "sudah disimpan oleh program lembar kerja" in p.stderr and "--timpa" in p.stderr
    assert berkas.read_bytes() == diisi
    p = ekspor(KONTEN, berkas, "2022", "--timpa")
    assert p.returncode == 0, p.stderr
    cadangan = list(tmp_path.glob("realisasi-2022.xlsx.bak-*"))
    assert len(cadangan) == 1 and cadangan[0].read_bytes() == diisi
    assert berkas.read_bytes() != diisi


def test_bantuan_naskah_tidak_memuat_openpyxl():
    kode = (
        "import sys\nfrom generator.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'ruamel') or m.startswith('generator.excel')))"
    )
    p = subprocess.run([sys.executable, "-c", kode], cwd=AKAR, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert "excel" in p.stdout and p.stdout.strip().splitlines()[-1] == "[]"
    p = jalankan_cli("excel", "impor", "--help")
    assert p.returncode == 0 and "--timpa" in p.stdout and "show this help" not in p.stdout


def _kegiatan_pk(tahun: int) -> list[dict]:
    """Every kegiatan of the example's PK of ``tahun``, program by program
    as anggaran_tahun joins them (first-named order), read from pk/TAHUN.yaml."""
    pk = yaml.safe_load((KONTEN / "pk" / f"{tahun}.yaml").read_text(encoding="utf-8"))
    program: dict[str, list[dict]] = {}
    for uid, u in pk["unit"].items():
        for prog in (u or {}).get("anggaran") or []:
            program.setdefault(prog["nama"], []).extend({**k, "program": prog["nama"], "unit": uid} for k in prog["kegiatan"])
    return [k for daftar in program.values() for k in daftar]


def test_lembar_anggaran(konten, tmp_path):
    """One row per kegiatan of the PK of the year: Kode, Program, Kegiatan,
    Unit, Pagu (locked) and Realisasi (open, validated), amounts as numbers
    in the Rupiah format."""
    berkas = tmp_path / "realisasi-2022.xlsx"
    assert ekspor(KONTEN, berkas, "2022").returncode == 0
    wb = buka(berkas)
    terlihat = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert terlihat[-1] == "Anggaran"
    ws = wb["Anggaran"]
    assert [c.value for c in ws[BARIS_KEPALA]] == ["Kode", "Program", "Kegiatan", "Unit", "Pagu", "Realisasi"]
    realisasi = yaml.safe_load((KONTEN / "realisasi" / "2022.yaml").read_text(encoding="utf-8"))["anggaran"]
    harap = _kegiatan_pk(2022)
    assert len(harap) == 9 and list(baris_kode(ws)) == [k["id"] for k in harap]
    for k in harap:
        r = baris_kode(ws)[k["id"]]
        nilai = {j: ws.cell(r, kolom(ws, j)) for j in ("Program", "Kegiatan", "Unit", "Pagu", "Realisasi")}
        assert (nilai["Program"].value, nilai["Kegiatan"].value) == (k["program"], k["nama"])
        assert nilai["Unit"].value == konten.unit[k["unit"]]["nama"]
        assert nilai["Pagu"].value == k["pagu"] and nilai["Realisasi"].value == realisasi[k["id"]]["realisasi"]
        for j, c in nilai.items():
            assert c.protection.locked == (j != "Realisasi"), (k["id"], j)
        assert nilai["Pagu"].number_format == nilai["Realisasi"].number_format == "[$Rp-421]#,##0.00"
    assert ws.protection.sheet and not ws.protection.password
    assert ws.freeze_panes == f"A{BARIS_KEPALA + 1}" and ws.page_setup.orientation == "landscape"
    (dv,) = ws.data_validations.dataValidation
    kol = chr(64 + kolom(ws, "Realisasi"))
    assert str(dv.sqref) == f"{kol}{BARIS_KEPALA + 1}:{kol}{BARIS_KEPALA + len(harap)}"
    assert (dv.type, dv.operator, dv.formula1, dv.errorStyle) == ("decimal", "greaterThanOrEqual", "0", "stop")
    assert dv.showInputMessage and dv.showErrorMessage and len(dv.prompt) <= 255
    assert "1047630000" in dv.prompt and "tanpa Rp dan titik ribuan" in dv.prompt
    lebar = ws.column_dimensions[chr(64 + kolom(ws, "Pagu"))].width
    assert lebar >= len("Rp4.860.000.000,00")
    # The Petunjuk names the sheet and how to fill it in.
    petunjuk = [c.value for row in wb["Petunjuk"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "9 kegiatan" in petunjuk and any("Lembar Anggaran" in t for t in petunjuk)


def test_tanpa_pk_tanpa_lembar_anggaran(tmp_path):
    berkas = tmp_path / "realisasi-2021.xlsx"
    assert ekspor(KONTEN, berkas, "2021").returncode == 0
    wb = buka(berkas)
    assert "Anggaran" not in wb.sheetnames
    petunjuk = [c.value for row in wb["Petunjuk"].iter_rows() for c in row if isinstance(c.value, str)]
    assert not any("Anggaran" in t for t in petunjuk)
