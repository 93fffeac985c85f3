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
    "keputusan-iku-lampiran-adbang.docx": "faaa8997d8b3c3cd0ccf055f656a11abe7cdde598c95816a03f17634b78915ec",
    "keputusan-iku-lampiran-hukum.docx": "218018016eb96f420791da8dad362f11b508b1b3611b0a0f2772b0e5a697cd6c",
    "keputusan-iku-lampiran-kesra.docx": "c8466fd8e3a390d1b182f744f173f8c81ac11b38b9ef6088c68829ea70c35796",
    "keputusan-iku-lampiran-pbj.docx": "3717ce086f261191fb4c7b6951838837ce3045259f5751350a5eb51f62043a58",
    "keputusan-iku-lampiran-pemerintahan.docx": "8347b9460bf044d75da00700d88c4a17d583bf24b639e9ee7c9085c6672ad7dc",
    "keputusan-iku-lampiran-perekonomian.docx": "c691c1b8a1d8331cd975115f7c1e3907fa858c6fbb94e9e7a42dd9f7fdf6fd77",
    "keputusan-iku-lampiran-prokopim.docx": "eeaf0e2b98ad7c588d0c3e79f8cfd933f97d5653f00e2df100ded18a6099a732",
    "keputusan-iku-lampiran-sekretariat.docx": "83ff881fe33e0b94729e034b8243294c9414990d4fdaadde2032d0bbc74c5383",
    "keputusan-iku.docx": "f9f58d15c18989aad8cfcd088836bb1f685a83091366884f4533f8dbd4b4cad3",
    "lkjip-2022.docx": "2860b1302136ba265da5551e325c0a2abf65acbbc9131c6384ae46126dc182fd",
}


@pytest.mark.parametrize("berkas", sorted(SIDIK))
def test_dokumen_contoh_identik_per_byte(bangunan, berkas):
    data = (bangunan.folder / berkas).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SIDIK[berkas], f"{berkas} berubah"


def test_semua_dokumen_contoh_terkunci(bangunan):
    dibangun = {e["berkas"] for e in bangunan.manifest["dokumen"]}
    assert dibangun == set(SIDIK)
