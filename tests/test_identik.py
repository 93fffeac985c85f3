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
    "lkjip-2022.docx": "ef815aec9460b68d3aa1f41f9e49f81872a9c33f4fec622d74a1d8e190159cf7",
    "pk-2022-adbang.docx": "ad94ade954ef18556b1600008153230fd6aae6316d8bf45a49d600facf0c059c",
    "pk-2022-hukum.docx": "7bfd417b2aaa7522c49922e13fdc9f68d7478f7634cbb8c15beaa3e601207021",
    "pk-2022-kesra.docx": "8a868f93c3b1af74c0ebc1126368ff55368ecb007638bdea8a778b5798757dec",
    "pk-2022-pbj.docx": "6b2ded2be3667057512bd16b4a93a74c858c212f378467d1ef7d9d499f896fad",
    "pk-2022-pemerintahan.docx": "90a7383e277840246086373c496964de048e9927524e009b41190ffbe95044ea",
    "pk-2022-perekonomian.docx": "673ba0f17e397fe6d277c5da5703df7944d69f78a95f88f39e2740eaa2c6bedf",
    "pk-2022-prokopim.docx": "f5f17445976957441901e0fc7fadf627a2b335b2f5345491ca0b7c38b1ec7839",
    "pk-2022-sekretariat.docx": "8617dcf9c75e8193b33a2446016c145fa2829e05e6733ab1a8d985903a870acb",
}


@pytest.mark.parametrize("berkas", sorted(SIDIK))
def test_dokumen_contoh_identik_per_byte(bangunan, berkas):
    data = (bangunan.folder / berkas).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SIDIK[berkas], f"{berkas} berubah"


def test_semua_dokumen_contoh_terkunci(bangunan):
    dibangun = {e["berkas"] for e in bangunan.manifest["dokumen"]}
    assert dibangun == set(SIDIK)
