"""A command line written the way the user types it again, for the hints
naskah prints (``naskah periksa --konten "konten dinkes"``)."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path


def kutip(argumen: str | Path) -> str:
    """One argument quoted for the user's shell (cmd.exe on Windows)."""
    teks = str(argumen)
    if os.name == "nt":
        return subprocess.list2cmdline([teks])
    return shlex.quote(teks)


def baris_perintah(*argumen: str | Path) -> str:
    """``naskah`` and the arguments, each quoted when it needs it."""
    return " ".join(["naskah", *(kutip(a) for a in argumen)])
