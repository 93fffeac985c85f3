"""Windows only: a job object that ends LibreOffice's process tree when
naskah ends (``JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE``: the system closes the
job's handle when naskah exits or is killed), whether a process runs, and
the processes whose command line names a folder.  Imported only on Windows;
every failure falls back to the cleanup of the next run."""

from __future__ import annotations

import ctypes
import subprocess
from ctypes import wintypes

_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9
_KILL_ON_JOB_CLOSE = 0x2000
_PROCESS_SET_QUOTA = 0x0100
_PROCESS_TERMINATE = 0x0001
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259

_jobs: list[int] = []  # open for naskah's lifetime: closing a job ends its processes


class _Dasar(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", wintypes.DWORD),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", wintypes.DWORD),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", wintypes.DWORD),
        ("SchedulingClass", wintypes.DWORD),
    ]


class _Io(ctypes.Structure):
    _fields_ = [(n, ctypes.c_uint64) for n in ("R", "W", "O", "RB", "WB", "OB")]


class _Diperluas(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", _Dasar),
        ("IoInfo", _Io),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def ikat_ke_job(pid: int) -> None:
    """Put process ``pid`` (and the children it starts afterwards) in a job
    that ends them all when naskah ends."""
    try:
        k32 = ctypes.WinDLL("kernel32", use_last_error=True)
        job = k32.CreateJobObjectW(None, None)
        info = _Diperluas()
        info.BasicLimitInformation.LimitFlags = _KILL_ON_JOB_CLOSE
        k32.SetInformationJobObject(job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info))
        proses = k32.OpenProcess(_PROCESS_SET_QUOTA | _PROCESS_TERMINATE, False, pid)
        if job and proses and k32.AssignProcessToJobObject(job, proses):
            _jobs.append(job)
        if proses:
            k32.CloseHandle(proses)
    except (OSError, AttributeError):
        pass


def hidup(pid: int) -> bool:
    """Whether process ``pid`` still runs (unknown counts as running)."""
    try:
        k32 = ctypes.WinDLL("kernel32", use_last_error=True)
        h = k32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not h:
            return ctypes.get_last_error() == 5  # access denied: it exists
        kode = wintypes.DWORD()
        try:
            return not k32.GetExitCodeProcess(h, ctypes.byref(kode)) or kode.value == _STILL_ACTIVE
        finally:
            k32.CloseHandle(h)
    except (OSError, AttributeError):
        return True


def proses_dengan(penanda: str) -> list[int]:
    """The processes whose command line contains ``penanda`` (a folder's
    unique name)."""
    skrip = (
        "Get-CimInstance Win32_Process | Where-Object { $_.CommandLine -like '*" + penanda.replace("'", "''") + "*' } "
        "| ForEach-Object { $_.ProcessId }"
    )
    try:
        hasil = subprocess.run(
            ["powershell", "-NoProfile", "-NonInteractive", "-Command", skrip],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return []
    return [int(b) for b in hasil.stdout.split() if b.isdigit()]
