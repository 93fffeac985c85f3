"""Stage 2c: domain checks, after ``validasi``.

The schema checks each field alone and ``validasi`` checks references between
files; here we check what the rules of the domain say about the values: a NIP
that cannot be real, a pangkat that does not belong to its golongan, a
predicate that disagrees with its score, a target that looks mistyped, a
signer spelled two ways, Menimbang/Mengingat punctuation, academic titles in
a name, and every ``perlu_konfirmasi`` note.

Each problem is recorded on the :class:`~generator.muat.pemeriksa.Pemeriksa` with the
place of the exact field, the dotted path of that field inside its file, an
Indonesian message and a stable ``kode``:

=====================  ===========  =============================================
kode                   tingkat      what
=====================  ===========  =============================================
nip                    galat        NIP not 18 digits, impossible birth date or
                                    TMT CPNS, TMT < 18 years after birth, TMT
                                    after the decree, gender digit not 1 or 2
golongan               galat        golongan/ruang not in the table (I/a..IV/e)
pangkat                galat        pangkat not in the table (with a suggestion)
pangkat-golongan       galat        pangkat and golongan both known, disagreeing
predikat               galat        written predicate differs from the scale's
rentang-skala          galat        value outside the range of its scale
negatif                galat        a value below zero of an indicator without
                                    ``boleh_negatif: ya``
tanggal-nomor          galat        year of the enactment date != nomor.tahun
tanggal-periode        galat        enactment date outside the period of the
                                    annexed units (earliest awal - 1 .. latest
                                    akhir)
predikat-tanpa-skala   peringatan   predicate written, indicator has no skala
kondisi-akhir          peringatan   kondisi_akhir != the last year's target
persen                 peringatan   a percentage outside 0-100
arah                   peringatan   targets moving against the indicator's arah
target-pencilan        peringatan   a target far out of line with its other years
ttd-nama-berbeda       peringatan   one office signed with different names
jabatan-jenis          peringatan   a signer's office not the one the kind of
                                    Perangkat Daerah calls for (the head for a
                                    decree and an LKjIP, the level's head for
                                    a unit's annex)
menimbang              peringatan   item not starting "bahwa" or not ending ";"
mengingat              peringatan   item not ending ";" (the last: ".")
gelar                  peringatan   academic title written inside ``nama``
perlu-konfirmasi       konfirmasi   every ``perlu_konfirmasi`` note, listed
pk-target              peringatan   a PK target differing from the IKU's, no alasan
rencana-aksi           galat        Rencana Aksi not 4 quarters, TW IV (kumulatif)
                                    or the sum of the quarters != the target
pagu                   galat        a kegiatan's pagu of Rp0
pk-pihak-kedua         peringatan   second party not the superior by the organisation
pk-tanggal             peringatan   a PK awal signed outside January-March of its year

One module per concern: ``penandatangan`` (NIP, pangkat, titles, names),
``organisasi`` (offices against the kind of Perangkat Daerah),
``keputusan`` (enactment date, Menimbang, Mengingat), ``indikator`` (values
of an indicator), ``negatif`` (values below zero), ``konfirmasi`` (the
``perlu_konfirmasi`` notes), ``pk`` (the Perjanjian Kinerja).
"""

from __future__ import annotations

from ...hitung.skala import muat_skala
from ...muat import model as m
from ...muat.pemeriksa import Pemeriksa
from .indikator import periksa_indikator
from .keputusan import periksa_menimbang_mengingat, periksa_penetapan
from .konfirmasi import daftar_konfirmasi
from .negatif import periksa_negatif
from .organisasi import periksa_jabatan
from .penandatangan import periksa_penandatangan
from .pk import periksa_aturan_pk


def periksa_aturan(konten: m.Konten, p: Pemeriksa) -> None:
    """Add to ``p`` every domain problem of ``konten`` (see the module doc)."""
    skala = muat_skala()
    for kep in konten.keputusan:
        periksa_penetapan(kep, konten, p)
        periksa_menimbang_mengingat(kep, p)
    periksa_penandatangan(konten, p)
    periksa_jabatan(konten, p)
    for unit in konten.unit.values():
        for jalur, ind in unit.indikator_berjalur():
            periksa_indikator(ind, jalur, skala, p)
    periksa_negatif(konten, p)
    periksa_aturan_pk(konten, p)
    daftar_konfirmasi(konten, p)
