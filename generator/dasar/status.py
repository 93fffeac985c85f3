"""The state of a document in its signing cycle."""

from __future__ import annotations

import enum


class Status(str, enum.Enum):
    """A decree (and its annexes) is a konsep until it is signed, then final.

    A konsep carries the KONSEP watermark, a blank sequence number and day,
    and the paraf koordinasi table; a final is kept read-only under
    ``keluaran/final/``.  Documents outside that cycle (the LKjIP, the change
    report) have no status (``None``).
    """

    KONSEP = "konsep"
    FINAL = "final"
