"""LibreOffice as a process tree (soffice, oosplash, soffice.bin) that does
not outlive naskah, and temporary folders that do not outlive their run.

* LibreOffice starts in a session of its own (POSIX) or a process group of
  its own (Windows), so that the whole tree can be stopped at once; on
  Windows it is also put in a job object that closes, and so ends the
  tree, when naskah ends, even when naskah itself is killed.
* Every temporary folder of a run carries a marker naming its owner
  (process id and host).  A naskah killed with SIGKILL cannot clean up, so
  the next run does it (:func:`bersihkan_sisa`): for each marked folder
  whose owner is gone, it stops the processes still running from it (found
  by the folder's unique name on their command line, never by program name
  alone, so no other program is touched) and removes the folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

WINDOWS = sys.platform == "win32"
PREFIKS = "naskah-"
PENANDA = "naskah-pemilik.json"


def tandai(folder: Path) -> Path:
    """Mark ``folder`` as this process's temporary folder."""
    pemilik = {"pid": os.getpid(), "host": socket.gethostname()}
    (Path(folder) / PENANDA).write_text(json.dumps(pemilik), encoding="utf-8")
    return Path(folder)


def folder_sementara(prefiks: str) -> Path:
    """A new temporary folder (name starting with ``prefiks``), marked."""
    return tandai(Path(tempfile.mkdtemp(prefix=prefiks)))


def mulai(perintah: list[str]) -> subprocess.Popen:
    """Start a program in its own session or process group (a job object
    on Windows), its output captured."""
    opsi: dict = {}
    if WINDOWS:
        opsi["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(subprocess, "CREATE_NO_WINDOW", 0)
    else:
        opsi["start_new_session"] = True
    proc = subprocess.Popen(perintah, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **opsi)
    if WINDOWS:
        from ._job_windows import ikat_ke_job

        ikat_ke_job(proc.pid)
    return proc


def hentikan_pohon(proc: subprocess.Popen) -> None:
    """Stop a program started by :func:`mulai` with all its children."""
    if WINDOWS:
        _taskkill(proc.pid)
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # the program leads its own session
    with contextlib.suppress(OSError):
        proc.kill()


def bersihkan_sisa() -> None:
    """Remove the temporary folders of runs on this host whose process is
    gone, first stopping what still runs from them."""
    for folder in Path(tempfile.gettempdir()).glob(PREFIKS + "*"):
        try:
            pemilik = json.loads((folder / PENANDA).read_text(encoding="utf-8"))
            pid, host = int(pemilik["pid"]), pemilik["host"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not marked (yet): not ours to judge
        if host != socket.gethostname() or pid == os.getpid() or _hidup(pid):
            continue
        for sisa in _proses_dengan(folder.name):
            _bunuh(sisa)
        shutil.rmtree(folder, ignore_errors=True)


def _hidup(pid: int) -> bool:
    """Whether a process ``pid`` runs (a reused pid counts: then nothing is removed)."""
    if WINDOWS:
        from ._job_windows import hidup

        return hidup(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _proses_dengan(penanda: str) -> list[int]:
    """The processes whose command line contains ``penanda``."""
    proc = Path("/proc")
    if proc.is_dir():
        hasil = []
        for p in proc.glob("[0-9]*"):
            with contextlib.suppress(OSError):
                if penanda.encode() in (p / "cmdline").read_bytes():
                    hasil.append(int(p.name))
        return hasil
    if WINDOWS:
        from ._job_windows import proses_dengan

        return proses_dengan(penanda)
    try:
        ps = subprocess.run(["ps", "-axww", "-o", "pid=,command="], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return []
    return [int(b.split(None, 1)[0]) for b in ps.stdout.splitlines() if penanda in b and b.split(None, 1)[0].isdigit()]


def _bunuh(pid: int) -> None:
    if pid == os.getpid():
        return
    if WINDOWS:
        _taskkill(pid)
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def _taskkill(pid: int) -> None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(pid)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
