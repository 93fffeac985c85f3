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
    "keputusan-iku-lampiran-adbang.docx": "b344e4c24981187afb36ab71b791c7b7d0d29b6a8bb72746c7298bab75c9245b",
    "keputusan-iku-lampiran-hukum.docx": "2789082c1e7c8fb0ffb371d34170d58c586af25d5817da21f484ef5cb9e3e261",
    "keputusan-iku-lampiran-kesra.docx": "807970dba10d076da636c2731433e87a3ac609f089dbc26a07c72259eb420aa0",
    "keputusan-iku-lampiran-pbj.docx": "851dead145228a946f411abe21f2d860302d0dada6a6616d26e110fa8993e123",
    "keputusan-iku-lampiran-pemerintahan.docx": "a9977861211af558a48fab6788362ec18e9c0c8e5edcc598190d13ea8ca52412",
    "keputusan-iku-lampiran-perekonomian.docx": "fc5e289ef9b36a5233ab79338c9bffdc6a9cb212ca7d131e9c91067d23c7c046",
    "keputusan-iku-lampiran-prokopim.docx": "046a28585537e50bf116512040ccef37702a57f3c610f2ba3dc1505d3a4b6e6c",
    "keputusan-iku-lampiran-sekretariat.docx": "3d3626175c2e960266588da0f788e852758588c6b3c4e52203b98ec8a3ab23d6",
    "keputusan-iku.docx": "baccf7749fb215f00471ef3b38e88bd300da259884e646ba68a36f7329cb999a",
    "lkjip-2022.docx": "9de5a9dabff1134e6974e78ff14861509c93ab2db44f62143066a588dc6a7e45",
}


@pytest.mark.parametrize("berkas", sorted(SIDIK))
def test_dokumen_contoh_identik_per_byte(bangunan, berkas):
    data = (bangunan.folder / berkas).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SIDIK[berkas], f"{berkas} berubah"


def test_semua_dokumen_contoh_terkunci(bangunan):
    dibangun = {e["berkas"] for e in bangunan.manifest["dokumen"]}
    assert dibangun == set(SIDIK)
