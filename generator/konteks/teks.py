"""Wording of the documents that is data, not code: ``generator/data/<name>.yaml``
(read by :func:`generator.dasar.data.data`).

Each top-level entry of such a file is a section with its legal source
(``sumber``).  Sentences are Python format strings with named fields only
(``{tahun}``), filled with :func:`isikan`.
"""

from __future__ import annotations

from typing import Any

from ..dasar.data import data


def isikan(kalimat: str, **medan: Any) -> str:
    """A sentence of the data with its named fields filled in."""
    return kalimat.format_map(medan)
