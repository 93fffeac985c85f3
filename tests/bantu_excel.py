"""Alat bantu tes buku kerja Excel (issue 12): ekspor dan impor sebagai
proses sungguhan, sel dicari lewat judul kolom dan Kode yang tertulis di
lembar (bukan lewat konstanta program), dan LibreOffice Calc sungguhan
untuk menyimpan ulang buku kerja seperti program lembar kerja lain."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import openpyxl
import yaml

from tests.bantu import AKAR, jalankan_cli, potret

BARIS_KEPALA = 4  # baris judul kolom, seperti tertulis di issue: hukum-3 (indikator ke-3 Bagian Hukum) di baris 7


def ekspor(konten: Path, keluaran: Path, *argumen: str) -> subprocess.CompletedProcess:
    return jalankan_cli("excel", "ekspor", *argumen, "--konten", str(konten), "--keluaran", str(keluaran))


def impor(konten: Path, berkas: Path, *argumen: str) -> subprocess.CompletedProcess:
    """``naskah excel impor`` run from the workbook's folder, as a user who
    received it: messages name the file as ``realisasi-2022.xlsx``."""
    return jalankan_cli("excel", "impor", berkas.name, "--konten", str(konten), *argumen,
                        cwd=berkas.parent, env={"PYTHONPATH": str(AKAR)})


def kolom(ws, judul: str) -> int:
    """Nomor kolom berjudul ``judul`` di baris kepala."""
    for sel in ws[BARIS_KEPALA]:
        if sel.value == judul:
            return sel.column
    raise AssertionError(f"kolom {judul!r} tidak ada di lembar {ws.title}: {[s.value for s in ws[BARIS_KEPALA]]}")


def baris_kode(ws) -> dict[str, int]:
    """Kode indikator -> nomor baris, dari kolom Kode lembar itu."""
    k = kolom(ws, "Kode")
    return {ws.cell(r, k).value: r for r in range(BARIS_KEPALA + 1, ws.max_row + 1) if ws.cell(r, k).value}


def sel(ws, kode: str, judul: str):
    return ws.cell(baris_kode(ws)[kode], kolom(ws, judul))


def lembar_dengan(wb, kode: str):
    """Lembar yang memuat indikator ``kode``."""
    for ws in wb.worksheets:
        if ws.sheet_state == "visible" and ws.max_row >= BARIS_KEPALA and kode in baris_kode_aman(ws):
            return ws
    raise AssertionError(f"indikator {kode} tidak ada di lembar mana pun")


def baris_kode_aman(ws) -> dict[str, int]:
    try:
        return baris_kode(ws)
    except AssertionError:
        return {}


def baris_galat(p: subprocess.CompletedProcess) -> list[str]:
    """Baris galat satu proses, tanpa awalan 'galat: '."""
    return [b.removeprefix("galat: ") for b in p.stderr.splitlines() if b.startswith("galat: ")]


def impor_ditolak(konten: Path, berkas: Path, *argumen: str) -> list[str]:
    """``naskah excel impor`` yang harus menolak: kode keluar 1, konten tidak
    tersentuh; baris galatnya."""
    sebelum = potret(konten)
    p = impor(konten, berkas, *argumen)
    assert p.returncode == 1, p.stdout + p.stderr
    assert potret(konten) == sebelum
    assert "Tidak ada berkas yang ditulis" in p.stderr
    return baris_galat(p)


def semua_ada(harap: list[str], galat: list[str]) -> None:
    """Setiap baris ``harap`` ada di antara ``galat``, persis."""
    for baris in harap:
        assert baris in galat, f"{baris}\n-- tidak ada di --\n" + "\n".join(galat)


def realisasi_yaml(konten: Path, tahun: int) -> dict:
    return yaml.safe_load((konten / "realisasi" / f"{tahun}.yaml").read_text(encoding="utf-8"))


def simpan_libreoffice(masuk: Path, keluar: Path) -> None:
    """``soffice --headless --convert-to xlsx`` dengan profil baru di folder sementara."""
    with tempfile.TemporaryDirectory(prefix="naskah-uji-lo-") as sementara:
        folder = Path(sementara)
        profil = (folder / "profil").as_uri()
        hasil = subprocess.run(
            ["soffice", f"-env:UserInstallation={profil}", "--headless", "--norestore",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder / "keluar"), str(masuk)],
            capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        hasil_berkas = folder / "keluar" / f"{masuk.stem}.xlsx"
        assert hasil.returncode == 0 and hasil_berkas.is_file(), f"LibreOffice gagal:\n{hasil.stdout}\n{hasil.stderr}"
        keluar.write_bytes(hasil_berkas.read_bytes())


def buka(berkas: Path, **kw):
    return openpyxl.load_workbook(berkas, **kw)
