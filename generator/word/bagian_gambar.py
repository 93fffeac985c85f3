"""Adding many pictures to one document in linear time.

python-docx looks for an image already in the package before adding a new
one (``ImageParts._get_by_sha1``) by hashing the bytes of every image part
again, each time: an LKjIP of 840 charts made some 350,000 SHA-1 hashes of
whole JPEGs.  :func:`sidik_sekali` gives one document's package an
``ImageParts`` that remembers each part's hash, with python-docx's own
answers (the first part with that hash, the same part names): the output
is unchanged.  Only that document is touched, never python-docx's classes.
"""

from __future__ import annotations

from docx.package import ImageParts


class BagianGambar(ImageParts):
    """``ImageParts`` with each part's SHA-1 computed once."""

    def __init__(self, bagian=()) -> None:
        super().__init__()
        self._per_sidik: dict[str, object] = {}
        for b in bagian:
            self.append(b)

    def append(self, item) -> None:
        super().append(item)
        self._per_sidik.setdefault(item.sha1, item)  # the first part with these bytes, as python-docx finds it

    def _get_by_sha1(self, sha1: str):
        return self._per_sidik.get(sha1)


def sidik_sekali(doc) -> None:
    """Give ``doc``'s package a :class:`BagianGambar` holding its image parts."""
    paket = doc.part.package
    if not isinstance(paket.image_parts, BagianGambar):
        # python-docx keeps a lazy property's value in the instance's
        # __dict__ under its own name: this package's collection only.
        paket.__dict__["image_parts"] = BagianGambar(paket.image_parts)
