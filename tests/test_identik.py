"""Hasil bangun contoh Balangan terkunci per byte.

Penataan ulang kode (issue #8) dan perubahan lain yang tidak dimaksudkan
mengubah dokumen harus menghasilkan berkas yang sama persis. Bila sebuah
perubahan memang mengubah dokumen, perbarui sidik di bawah ini dalam commit
yang sama dan sebutkan alasannya di pesan commit.
"""

from __future__ import annotations

import hashlib

import pytest

SIDIK = {
    "keputusan-iku-lampiran-adbang.docx": "6c03bd90695c7b001a89a3fafa9c6ffcfbd6a3f7c7593da02c0e99594e9cfb32",
    "keputusan-iku-lampiran-hukum.docx": "5c0c389d2632fdd5f33e24dd51750342c9cfb8f16e4ede7ae31bd628e36c54d0",
    "keputusan-iku-lampiran-kesra.docx": "e280ec81a5650bbf1501ea1a5ef1b3a385cdd1cd0eade2d1cd71768c944474d3",
    "keputusan-iku-lampiran-pbj.docx": "51ac67d586fe1fa80b4c28a68d930eac2da4298bb146e2ef58d24a651dc1f243",
    "keputusan-iku-lampiran-pemerintahan.docx": "550070fb76924cb3e00478f5cc2b6ea6b5677c42c48b79378f1fa6e416468c18",
    "keputusan-iku-lampiran-perekonomian.docx": "98bb64f29849b0b4eca6d893ec712122c414484c849f01b624d8fa1dbb6e7514",
    "keputusan-iku-lampiran-prokopim.docx": "52714a581f22382e9fae7799de82b735b03df9fff06d2b7132b0a75dfb330f17",
    "keputusan-iku-lampiran-sekretariat.docx": "a78565ab2924531bd135df0587cb7bce4fe2641fde32e9b6d2298bb418062f67",
    "keputusan-iku.docx": "85b6987a06825493eacbac52581f17d15db1a45986539d5483e8ce06a286820a",
    "lkjip-2022.docx": "6b9fd8ba81a1e69e73edf09c557c3fee8a056af7ff5313f566be04b08825a828",
}


@pytest.mark.parametrize("berkas", sorted(SIDIK))
def test_dokumen_contoh_identik_per_byte(bangunan, berkas):
    data = (bangunan.folder / berkas).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SIDIK[berkas], f"{berkas} berubah"


def test_semua_dokumen_contoh_terkunci(bangunan):
    dibangun = {e["berkas"] for e in bangunan.manifest["dokumen"]}
    assert dibangun == set(SIDIK)
