"""LibreOffice driven through its UNO API: one office process per build.

The office is started once, headless, with a fresh user profile in a
temporary folder, listening on a named pipe of its own.  The UNO side runs
in :mod:`generator.tulis.uno_skrip` under the Python that has LibreOffice's
``uno`` module (Debian's ``python3-uno``, or the ``python.exe`` inside
LibreOffice on Windows); this module talks to it one JSON line at a time.
Each document is loaded hidden, all its indexes and fields updated (the
Daftar Isi gets its page numbers), exported to PDF when asked (PDF/A-2b
for a final document) and closed; the table of contents is read back as
LibreOffice laid it out.

Every answer is awaited at most ``batas_waktu`` seconds; past that, or
when anything fails, the office (its whole process tree) and the UNO side
are stopped, and nothing of them outlives the build.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from .pdf import LibreOfficeGagal, PdfError, cari_soffice, perintah_headless
from .proses import bersihkan_sisa, folder_sementara, hentikan_pohon, mulai

__all__ = ["Entri", "Hasil", "Kantor", "UnoTidakAda", "cari_python_uno", "identitas_kantor"]

WINDOWS = sys.platform == "win32"
SKRIP = Path(__file__).with_name("uno_skrip.py")
#: Seconds the office may take to start and accept the UNO connection.
BATAS_MULAI = 120.0

PETUNJUK_UNO = (
    "Python dengan modul uno LibreOffice tidak ditemukan (Debian/Ubuntu: apt-get install python3-uno "
    "atau `make sistem`; Windows: program\\python.exe bawaan LibreOffice; atau isi NASKAH_PYTHON_UNO)"
)


class UnoTidakAda(PdfError):
    """LibreOffice is installed, but no Python that can import its ``uno``."""


class Entri(NamedTuple):
    """One line of a table of contents as LibreOffice laid it out."""

    teks: str
    tingkat: int
    halaman: str


@dataclass(frozen=True)
class Hasil:
    """A document after the UNO pass: each table of contents (in document
    order), its page count, and its PDF when one was asked for."""

    daftar_isi: tuple[tuple[Entri, ...], ...]
    halaman: int
    pdf: bytes | None = None


@functools.lru_cache(maxsize=None)
def _punya_uno(python: str) -> bool:
    try:
        hasil = subprocess.run(
            [python, "-c", "import uno"],
            cwd=tempfile.gettempdir(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return hasil.returncode == 0


def _kandidat_python(soffice: Path) -> list[Path]:
    """Where a Python with uno usually is: inside LibreOffice (Windows
    ``program\\python.exe``, macOS ``Contents/Resources/python``), the
    system's Python (Debian's python3-uno), this interpreter."""
    program = soffice.resolve().parent
    kandidat = [program / "python.exe", program / "python", program.parent / "Resources" / "python"]
    if not WINDOWS:
        kandidat += [Path("/usr/bin/python3"), Path("/usr/local/bin/python3")]
    kandidat.append(Path(sys.executable))
    return kandidat


def cari_python_uno(soffice: Path) -> Path:
    """The Python that can import LibreOffice's ``uno``: the variable
    ``NASKAH_PYTHON_UNO``, else the first of the usual places that can."""
    ditentukan = os.environ.get("NASKAH_PYTHON_UNO", "").strip()
    if ditentukan:
        p = Path(ditentukan).expanduser()
        if not p.is_file():
            p = Path(shutil.which(ditentukan) or p)
        if p.is_file() and _punya_uno(str(p)):
            return p
        raise UnoTidakAda(f"NASKAH_PYTHON_UNO menunjuk ke {ditentukan!r}, tetapi Python itu tidak dapat mengimpor modul uno LibreOffice.")
    for p in _kandidat_python(soffice):
        if p.is_file() and _punya_uno(str(p)):
            return p
    raise UnoTidakAda(PETUNJUK_UNO + ".")


def identitas_kantor() -> str:
    """Which LibreOffice would lay documents out here: its program file
    (with its size and time, which change when it is upgraded) and the
    Python that drives it; "tanpa" when there is none, "|tanpa-uno" when
    nothing can drive it.  A Daftar Isi is numbered again when this
    changes (:mod:`generator.alur.ulang`)."""
    try:
        program = cari_soffice().resolve()
        info = program.stat()
    except (PdfError, OSError):
        return "tanpa"
    try:
        uno = cari_python_uno(program).as_posix()
    except PdfError:
        uno = "tanpa-uno"
    return f"{program.as_posix()}:{info.st_size}:{info.st_mtime_ns}|{uno}"


def _kuras(aliran, ekor: deque) -> None:
    """Read a pipe to its end, keeping its last lines (so that a chatty
    program never blocks on a full pipe)."""
    for baris in iter(aliran.readline, b""):
        ekor.append(baris.decode("utf-8", errors="replace").rstrip())


class Kantor:
    """One LibreOffice for a build, started on first use; a context manager
    that stops it at the end."""

    def __init__(self, batas_waktu: float = 300) -> None:
        self.batas_waktu = batas_waktu
        self._galat: PdfError | None = None
        self._office: subprocess.Popen | None = None
        self._pekerja: subprocess.Popen | None = None
        self._folder: Path | None = None
        self._jawaban: queue.Queue = queue.Queue()
        self._ekor: deque = deque(maxlen=20)
        self._nomor = 0
        self._pdf: dict[tuple[str, bool], Hasil] = {}  # the same bytes make the same PDF

    def __enter__(self) -> Kantor:
        return self

    def __exit__(self, *_exc) -> None:
        self.tutup()

    def tersedia(self) -> PdfError | None:
        """Start the office (once): None when it runs, else why it cannot."""
        if self._office is None and self._galat is None:
            try:
                self._mulai()
            except PdfError as e:
                self._galat = e
                self._hentikan()
        return self._galat

    def _mulai(self) -> None:
        soffice = cari_soffice()
        python = cari_python_uno(soffice)
        bersihkan_sisa()  # what a killed run left behind
        self._folder = folder_sementara("naskah-uno-")
        pipa = f"naskah-{uuid.uuid4().hex}"
        try:
            self._office = mulai(_perintah_office(soffice, self._folder / "profil", pipa))
            self._pekerja = self._jalankan_pekerja(python, pipa)
        except OSError as e:
            raise LibreOfficeGagal(f"LibreOffice ({soffice}) tidak dapat dijalankan lewat UNO: {e}") from e
        for aliran in (self._office.stdout, self._office.stderr):
            threading.Thread(target=_kuras, args=(aliran, self._ekor), daemon=True).start()
        self._tunggu("mulai", BATAS_MULAI + 10, awasi=self._office)

    def _jalankan_pekerja(self, python: Path, pipa: str) -> subprocess.Popen:
        with open(self._folder / "uno.log", "wb") as log:  # the child keeps its own handle
            pekerja = subprocess.Popen(
                [str(python), str(SKRIP), pipa, str(BATAS_MULAI)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                encoding="utf-8",
                cwd=self._folder,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        threading.Thread(target=self._baca, args=(pekerja.stdout,), daemon=True).start()
        return pekerja

    def _baca(self, aliran) -> None:
        for baris in aliran:
            with contextlib.suppress(ValueError):
                self._jawaban.put(json.loads(baris))
        self._jawaban.put(None)

    def _tunggu(self, tugas: str, batas: float, awasi: subprocess.Popen | None = None) -> dict:
        """The UNO side's answer to ``tugas``.  Silence past ``batas``
        seconds, the end of the UNO side or of ``awasi`` (the office, while
        it starts), or a failure stops the office."""
        akhir = time.monotonic() + batas
        while True:
            try:
                jawab = self._jawaban.get(timeout=0.5)
                break
            except queue.Empty:
                if awasi is not None and awasi.poll() is not None:
                    jawab = {"galat": f"LibreOffice berhenti sebelum siap (kode keluar {awasi.returncode})"}
                    break
                if time.monotonic() >= akhir:
                    raise self._gagal(
                        f"LibreOffice tidak selesai dalam {batas:g} detik ({tugas}); "
                        "proses dihentikan dan tidak ada yang ditulis."
                    ) from None
        if jawab is None or "galat" in jawab:
            sebab = jawab["galat"] if jawab else self._catatan() or "proses UNO berhenti"
            raise self._gagal(f"LibreOffice gagal ({tugas}): {sebab}")
        return jawab

    def _gagal(self, pesan: str) -> LibreOfficeGagal:
        """Stop everything; the failure, kept as the reason the office is
        no longer there."""
        galat = LibreOfficeGagal(pesan)
        self._galat = self._galat or galat
        self._hentikan()
        return galat

    def _catatan(self) -> str:
        log = (self._folder / "uno.log") if self._folder else None
        teks = log.read_text(encoding="utf-8", errors="replace") if log and log.exists() else ""
        return "\n".join([*teks.strip().splitlines()[-10:], *self._ekor]).strip()

    def proses(self, nama: str, data: bytes, *, pdf: bool = False, pdfa: bool = False) -> Hasil:
        """Document ``nama`` (.docx bytes) after its indexes and fields were
        updated: its tables of contents, its page count, its PDF if ``pdf``
        (kept: the same bytes asked again are not laid out again)."""
        galat = self.tersedia()
        if galat is not None:
            raise galat
        kunci = (hashlib.sha256(data).hexdigest(), pdfa)
        if kunci in self._pdf:
            return self._pdf[kunci]
        self._nomor += 1
        kerja = self._folder / f"d{self._nomor}"
        kerja.mkdir()
        try:
            docx, keluaran = kerja / Path(nama).name, kerja / (Path(nama).stem + ".pdf")
            docx.write_bytes(data)
            perintah = {"buka": str(docx), "pdf": str(keluaran) if pdf else None, "pdfa": pdfa}
            self._pekerja.stdin.write(json.dumps(perintah) + "\n")
            self._pekerja.stdin.flush()
            jawab = self._tunggu(nama, self.batas_waktu)
            isi = tuple(tuple(Entri(t, int(n), h) for t, n, h in daftar) for daftar in jawab["daftar_isi"])
            hasil = Hasil(isi, int(jawab["halaman"]), keluaran.read_bytes() if pdf else None)
            if pdf:
                self._pdf[kunci] = hasil
            return hasil
        except OSError as e:
            raise self._gagal(f"LibreOffice gagal ({nama}): {e}") from e
        finally:
            shutil.rmtree(kerja, ignore_errors=True)

    def tutup(self) -> None:
        """End the office and the UNO side, gently first."""
        if self._pekerja is not None and self._pekerja.poll() is None and self._galat is None:
            with contextlib.suppress(OSError, ValueError, PdfError):
                self._pekerja.stdin.write(json.dumps({"selesai": True}) + "\n")
                self._pekerja.stdin.flush()
                self._tunggu("selesai", 60)
            for proc in (self._pekerja, self._office):
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=30)
        self._hentikan()

    def _hentikan(self) -> None:
        if self._pekerja is not None:
            with contextlib.suppress(OSError):
                self._pekerja.kill()
            with contextlib.suppress(OSError, ValueError):
                self._pekerja.stdin.close()
            self._pekerja.wait()
        if self._office is not None:
            if self._office.poll() is None:
                hentikan_pohon(self._office)
            self._office.wait()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._pekerja = self._office = self._folder = None
        self._galat = self._galat or LibreOfficeGagal("LibreOffice sudah dihentikan.")


def _perintah_office(soffice: Path, profil: Path, pipa: str) -> list[str]:
    return [*perintah_headless(soffice, profil), f"--accept=pipe,name={pipa};urp;StarOffice.ComponentContext"]
