"""A real build that pauses after each commit step, for the crash tests.

    python tests/bangun_berjeda.py JEDA KONTEN KELUARAN TEMPLAT ID...

Runs :func:`generator.alur.bangun.bangun` with a ``pengamat`` that prints
``naskah-langkah N <step>`` on stderr after each step of the commit and
sleeps JEDA seconds, so that the test can kill the process right there.
Every document is written (``semua``, as ``--semua``): the commit has all
its steps even where the content left a document's bytes as they were.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.alur.bangun import bangun  # noqa: E402


def main(argumen: list[str]) -> int:
    jeda, konten, keluaran, templat, *ids = argumen
    nomor = 0

    def pengamat(nama: str) -> None:
        nonlocal nomor
        nomor += 1
        print(f"naskah-langkah {nomor} {nama}", file=sys.stderr, flush=True)
        time.sleep(float(jeda))

    bangun(Path(konten), Path(keluaran), Path(templat), ids, pengamat=pengamat, semua=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
