"""naskah's real command line, pausing after each commit step, for the
Ctrl-C and kill tests.

    python tests/cli_berjeda.py JEDA ARGUMEN...

Runs :func:`generator.cli.main` with ARGUMEN; after each step of a commit
(:class:`generator.tulis.transaksi.Transaksi`) it prints
``naskah-langkah N <step>`` on stderr and sleeps JEDA seconds, so that the
test can interrupt or kill the process right there.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.cli import main  # noqa: E402
from generator.tulis import transaksi  # noqa: E402


def _pasang_jeda(jeda: float) -> None:
    nomor = 0

    def langkah(self, nama: str) -> None:
        nonlocal nomor
        nomor += 1
        print(f"naskah-langkah {nomor} {nama}", file=sys.stderr, flush=True)
        time.sleep(jeda)

    transaksi.Transaksi._langkah = langkah


if __name__ == "__main__":
    # Ctrl-C at a terminal raises KeyboardInterrupt. A process started in
    # the background of a non-interactive shell (a CI runner's job) inherits
    # SIGINT as ignored, and Python then keeps ignoring it; the tests act as
    # the user at a terminal, so the default handler is put back.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _pasang_jeda(float(sys.argv[1]))
    sys.exit(main(sys.argv[2:]))
