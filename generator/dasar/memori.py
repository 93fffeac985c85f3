"""Giving memory back between the large steps of a build.

A python-docx document is a cycle of objects (package, parts, elements),
freed only by the cycle collector; and the C allocator keeps the heap
pages of freed objects (matplotlib's figures, a finished document) for the
process instead of returning them.  :func:`kembalikan` runs the collector
and, where the C library is glibc, ``malloc_trim``, so that the next large
document starts from the memory still in use, not from the peak.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import sys


@functools.cache
def _trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def kembalikan() -> None:
    """Collect the cycles, then give free heap pages back to the system."""
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)
