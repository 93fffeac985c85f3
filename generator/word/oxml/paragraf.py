"""Paragraphs as a whole."""

from __future__ import annotations


def hapus_paragraf(par) -> None:
    """Remove paragraph ``par`` (a python-docx paragraph) from its container."""
    par._p.getparent().remove(par._p)
