"""Wording of the documents that is data, not code: ``generator/data/<name>.yaml``.

Each top-level entry of such a file is a section with its legal source
(``sumber``).  Sentences are Python format strings with named fields only
(``{tahun}``).
"""

from __future__ import annotations

import functools
import string
from importlib.resources import files
from typing import Any

import yaml

#: libyaml's safe loader when PyYAML has it (the same values, several times faster).
_PEMUAT = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def data(nama: str) -> dict[str, dict[str, Any]]:
    """The sections of ``data/<nama>.yaml`` (``nama`` may name a subfolder:
    ``jenis/dinas``), read once per process."""
    berkas = f"{nama}.yaml"
    tempat = files("generator") / "data"
    for bagian in berkas.split("/"):
        tempat = tempat / bagian
    isi = yaml.load(tempat.read_text(encoding="utf-8"), Loader=_PEMUAT)  # noqa: S506 (a safe loader)
    if not isinstance(isi, dict):
        raise ValueError(f"{berkas}: berkas harus berisi bagian-bagian bernama")
    for kunci, bagian in isi.items():
        if not isinstance(bagian, dict) or not isinstance(bagian.get("sumber"), str):
            raise ValueError(f"{berkas}: '{kunci}' harus berupa bagian dengan 'sumber' (dasar hukumnya)")
        _periksa_kalimat(bagian, f"{berkas}: {kunci}")
    return isi


def _periksa_kalimat(nilai: Any, tempat: str) -> None:
    """Every field of every sentence has a name (no ``{}`` nor ``{0}``)."""
    if isinstance(nilai, dict):
        for k, v in nilai.items():
            _periksa_kalimat(v, f"{tempat}.{k}")
    elif isinstance(nilai, list):
        for v in nilai:
            _periksa_kalimat(v, tempat)
    elif isinstance(nilai, str):
        for _, medan, _, _ in string.Formatter().parse(nilai):
            if medan is not None and (not medan or medan[0].isdigit()):
                raise ValueError(f"{tempat}: kalimat hanya boleh memakai medan bernama, misalnya {{tahun}}")
