"""Konversi .docx ke PDF dengan LibreOffice (soffice --headless).

Satu proses soffice dipakai untuk seluruh batch (jauh lebih cepat daripada satu
proses per berkas), dengan profil pengguna LibreOffice baru di folder sementara
agar dua proses tidak pernah bertabrakan. PDF ditulis dulu ke folder sementara
di dalam folder keluaran lalu dipindahkan dengan ``os.replace``: proses yang
gagal tidak pernah meninggalkan PDF yang terpotong.

Modul ini harus jalan di Linux, macOS, dan Windows dari ``pip install`` biasa:
hanya pathlib/subprocess; panggilan khusus POSIX atau Windows selalu dijaga.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from ..dasar.galat import NaskahError
from .proses import bersihkan_sisa, folder_sementara, hentikan_pohon, mulai

__all__ = [
    "PdfError",
    "LibreOfficeTidakAda",
    "LibreOfficeGagal",
    "cari_soffice",
    "konversi_pdf",
    "pdf_dari_docx",
]

WINDOWS = sys.platform == "win32"

#: Filter ekspor PDF/A-2b (SelectPdfVersion 2), sintaks JSON LibreOffice >= 7.4.
FILTER_PDF = "pdf"
FILTER_PDFA = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'

PETUNJUK_PASANG = (
    "Pasang LibreOffice terlebih dahulu:\n"
    "  - Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-urw-base35"
    " (atau jalankan `make sistem`)\n"
    "  - Windows: unduh dan pasang LibreOffice dari https://www.libreoffice.org/download/,\n"
    "    atau isi variabel lingkungan NASKAH_SOFFICE dengan path lengkap soffice.exe\n"
    "  - macOS: pasang LibreOffice dari https://www.libreoffice.org/download/"
)


class PdfError(NaskahError):
    """Kesalahan umum pembuatan PDF (teksnya ditampilkan apa adanya oleh CLI)."""


class LibreOfficeTidakAda(PdfError):
    """Program soffice (LibreOffice) tidak ditemukan."""


class LibreOfficeGagal(PdfError):
    """LibreOffice berjalan tetapi gagal, macet, atau tidak menghasilkan PDF."""


def _kandidat_windows() -> list[Path]:
    hasil: list[Path] = []
    for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        akar = os.environ.get(var)
        if akar:
            p = Path(akar) / "LibreOffice" / "program" / "soffice.exe"
            if p not in hasil:
                hasil.append(p)
    return hasil


def cari_soffice() -> Path:
    """Cari program soffice LibreOffice.

    Urutan: variabel lingkungan ``NASKAH_SOFFICE``, ``soffice``/``libreoffice``
    di PATH, lokasi pemasangan biasa di Windows, lalu lokasi biasa di macOS.
    """
    ditentukan = os.environ.get("NASKAH_SOFFICE", "").strip()
    if ditentukan:
        p = Path(ditentukan).expanduser()
        if p.is_file():
            return p
        lewat_path = shutil.which(ditentukan)
        if lewat_path:
            return Path(lewat_path)
        raise LibreOfficeTidakAda(
            f"NASKAH_SOFFICE menunjuk ke {ditentukan!r}, tetapi berkas itu tidak ada.\n"
            "Perbaiki atau hapus variabel NASKAH_SOFFICE.\n" + PETUNJUK_PASANG
        )

    for nama in ("soffice", "libreoffice"):
        lewat_path = shutil.which(nama)
        if lewat_path:
            return Path(lewat_path)

    kandidat: list[Path] = []
    if WINDOWS:
        kandidat += _kandidat_windows()
    if sys.platform == "darwin":
        kandidat.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    for p in kandidat:
        if p.is_file():
            return p

    raise LibreOfficeTidakAda(
        "LibreOffice (soffice) tidak ditemukan; PDF tidak dapat dibuat.\n" + PETUNJUK_PASANG
    )


def _ekor(teks: bytes | str | None, baris: int = 20) -> str:
    if not teks:
        return ""
    if isinstance(teks, bytes):
        teks = teks.decode("utf-8", errors="replace")
    return "\n".join(teks.strip().splitlines()[-baris:])


def _hapus_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def konversi_pdf(
    berkas: Sequence[Path],
    folder_keluaran: Path,
    *,
    batas_waktu: float = 300,
    pdfa: bool = False,
) -> list[Path]:
    """Konversi berkas .docx menjadi PDF di ``folder_keluaran`` dengan satu proses soffice.

    Mengembalikan path PDF sesuai urutan masukan. ``pdfa=True`` membuat PDF/A-2b.
    Melempar ``LibreOfficeTidakAda``, ``LibreOfficeGagal`` (macet melewati
    ``batas_waktu`` detik atau PDF tidak terbentuk), ``FileNotFoundError`` untuk
    masukan yang tidak ada, dan ``ValueError`` bila dua masukan bernama sama.
    """
    masukan = _masukan(berkas)
    if not masukan:
        return []
    soffice = cari_soffice()
    bersihkan_sisa()  # what a killed run left: LibreOffice still running, temporary folders
    folder_keluaran = Path(folder_keluaran).resolve()
    folder_keluaran.mkdir(parents=True, exist_ok=True)

    profil = folder_sementara("naskah-lo-profil-")
    sementara = Path(tempfile.mkdtemp(prefix=".naskah-pdf-", dir=folder_keluaran))
    try:
        perintah = _perintah(soffice, profil, sementara, masukan, pdfa)
        kode, keluaran, galat = _jalankan(perintah, soffice, batas_waktu, len(masukan))
        hasil_sementara = [sementara / f"{p.stem}.pdf" for p in masukan]
        gagal = [p for p, pdf in zip(masukan, hasil_sementara) if not pdf.is_file() or pdf.stat().st_size == 0]
        if gagal:
            ekor = _ekor(galat) or _ekor(keluaran)
            raise LibreOfficeGagal(
                f"LibreOffice gagal membuat PDF untuk {len(gagal)} dari {len(masukan)} dokumen "
                f"(kode keluar {kode}): "
                + ", ".join(p.name for p in gagal)
                + (f"\nPesan LibreOffice:\n{ekor}" if ekor else "")
            )
        _periksa_pdf(soffice, masukan, hasil_sementara)
        hasil: list[Path] = []
        for pdf in hasil_sementara:
            tujuan = folder_keluaran / pdf.name
            os.replace(pdf, tujuan)
            hasil.append(tujuan)
        return hasil
    finally:
        _hapus_folder(sementara)
        _hapus_folder(profil)


def pdf_dari_docx(dokumen: dict[str, bytes], *, pdfa: bool = False, batas_waktu: float = 300) -> dict[str, bytes]:
    """PDFs of documents given as bytes by file name (``<id>.docx``), in one
    soffice run; the same names map to the PDF bytes."""
    if not dokumen:
        return {}
    folder = folder_sementara("naskah-pdf-")
    try:
        sumber = []
        for nama, data in dokumen.items():
            (folder / nama).write_bytes(data)
            sumber.append(folder / nama)
        hasil = konversi_pdf(sumber, folder / ("final" if pdfa else "konsep"), batas_waktu=batas_waktu, pdfa=pdfa)
        return {nama: pdf.read_bytes() for nama, pdf in zip(dokumen, hasil)}
    finally:
        _hapus_folder(folder)


def alasan_bukan_pdf(data: bytes) -> str | None:
    """Why ``data`` is not a usable PDF (a broken converter, or a program
    given as NASKAH_SOFFICE that is not LibreOffice); None when it is one:
    it starts with ``%PDF-`` and has at least one page."""
    if not data.startswith(b"%PDF-"):
        return "bukan PDF (tidak diawali %PDF-)"
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its repair notes are not the user's business
    try:
        halaman = len(PdfReader(io.BytesIO(data)).pages)
    except Exception:  # noqa: BLE001 - any failure of the reader means the file is unusable
        return "PDF rusak dan tidak dapat dibaca"
    return None if halaman > 0 else "PDF tanpa halaman"


def _periksa_pdf(soffice: Path, masukan: list[Path], pdf: list[Path]) -> None:
    """Every file the converter wrote is a PDF with pages."""
    buruk = [(p, a) for p, berkas in zip(masukan, pdf) if (a := alasan_bukan_pdf(berkas.read_bytes())) is not None]
    if buruk:
        raise LibreOfficeGagal(
            f"{soffice} tidak menghasilkan PDF yang sah untuk {len(buruk)} dari {len(masukan)} dokumen: "
            + "; ".join(f"{p.name}: {a}" for p, a in buruk)
            + ". Periksa LibreOffice (atau NASKAH_SOFFICE). Tidak ada PDF yang ditulis."
        )


def _masukan(berkas: Sequence[Path]) -> list[Path]:
    """The inputs, resolved: every one exists, and no two share a name."""
    masukan = [Path(b).resolve() for b in berkas]
    hilang = [str(p) for p in masukan if not p.is_file()]
    if hilang:
        raise FileNotFoundError("Berkas untuk PDF tidak ditemukan: " + ", ".join(hilang))
    dilihat: dict[str, Path] = {}
    for p in masukan:
        kunci = p.stem.casefold()  # Windows/macOS tidak membedakan huruf besar-kecil
        if kunci in dilihat:
            raise ValueError(
                f"Dua dokumen dengan nama sama dalam satu batch PDF: {dilihat[kunci]} dan {p}; "
                "PDF-nya akan saling menimpa."
            )
        dilihat[kunci] = p
    return masukan


def perintah_headless(soffice: Path, profil: Path) -> list[str]:
    """soffice without window, dialogs, restore or lock check, on its own
    user profile ``profil`` (so that two runs never collide)."""
    return [
        str(soffice),
        f"-env:UserInstallation={profil.as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nolockcheck",
        "--nologo",
        "--nodefault",
    ]


def _perintah(soffice: Path, profil: Path, sementara: Path, masukan: list[Path], pdfa: bool) -> list[str]:
    return [
        *perintah_headless(soffice, profil),
        "--convert-to",
        FILTER_PDFA if pdfa else FILTER_PDF,
        "--outdir",
        str(sementara),
        *[str(p) for p in masukan],
    ]


def _jalankan(perintah: list[str], soffice: Path, batas_waktu: float, jumlah: int) -> tuple[int | None, bytes, bytes]:
    """Run soffice to the end: (exit code, stdout, stderr).  A run that
    outlasts ``batas_waktu`` is killed with its children."""
    try:
        proc = mulai(perintah)
    except OSError as e:
        raise LibreOfficeTidakAda(f"LibreOffice di {soffice} tidak dapat dijalankan: {e}\n" + PETUNJUK_PASANG) from e
    try:
        keluaran, galat = proc.communicate(timeout=batas_waktu)
    except subprocess.TimeoutExpired:
        hentikan_pohon(proc)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        raise LibreOfficeGagal(
            f"LibreOffice tidak selesai dalam {batas_waktu:g} detik; proses dihentikan "
            f"dan tidak ada PDF yang ditulis ({jumlah} dokumen). "
            "Naikkan batas waktu atau periksa dokumennya."
        ) from None
    except BaseException:
        hentikan_pohon(proc)
        proc.wait()
        raise
    return proc.returncode, keluaran, galat
