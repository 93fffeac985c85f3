"""List numbering definitions (``word/numbering.xml``)."""

from __future__ import annotations

import hashlib

from .urutan import w


def stabilkan_nsid(numbering) -> None:
    """Give each abstract list of ``numbering`` an nsid derived from its
    place, unique and the same on every build (docxcompose gives each joined
    list a random one, in ``Composer.add_numberings``)."""
    for i, an in enumerate(numbering.findall(w("abstractNum"))):
        nsid = an.find(w("nsid"))
        if nsid is not None:
            kunci = hashlib.sha256(f"naskah-nsid-{i}-{an.get(w('abstractNumId'))}".encode()).hexdigest()
            nsid.set(w("val"), kunci[:8].upper())
