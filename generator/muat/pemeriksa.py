"""Stage 2: the collector of problems, and near-miss suggestions for a
key or a choice that is almost right."""

from __future__ import annotations

import difflib

from ..dasar.galat import GALAT, KONFIRMASI, PERINGATAN, Lokasi, Masalah


#: Warnings about content written before a rename (an old key, no ``jenis``):
#: ``naskah bangun`` prints each of them, not only their count.
KUNCI_LAMA, JENIS_KOSONG = "kunci-lama", "jenis-bawaan"
KODE_KONTEN_LAMA = (KUNCI_LAMA, JENIS_KOSONG)


class Pemeriksa:
    """Collects problems while reading; one per run."""

    def __init__(self) -> None:
        self.masalah: list[Masalah] = []

    def galat(self, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str) -> None:
        self.masalah.append(Masalah(pesan, lokasi, jalur, GALAT, kode))

    def peringatan(self, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str) -> None:
        self.masalah.append(Masalah(pesan, lokasi, jalur, PERINGATAN, kode))

    def konfirmasi(self, lokasi: Lokasi | None, jalur: str, pesan: str, kode: str = "perlu-konfirmasi") -> None:
        self.masalah.append(Masalah(pesan, lokasi, jalur, KONFIRMASI, kode))

    def ketat(self) -> None:
        """--ketat: every warning becomes an error."""
        self.masalah = [
            Masalah(m.pesan, m.lokasi, m.jalur, GALAT, m.kode) if m.tingkat == PERINGATAN else m for m in self.masalah
        ]

    @property
    def ada_galat(self) -> bool:
        return any(m.tingkat == GALAT for m in self.masalah)



def terdekat(kata: str, pilihan: list[str]) -> str | None:
    """The choice ``kata`` is a near miss of (case ignored as a second try), or None."""
    dekat = difflib.get_close_matches(kata, pilihan, n=1, cutoff=0.6)
    if not dekat:
        dekat = difflib.get_close_matches(kata.lower(), [x.lower() for x in pilihan], n=1, cutoff=0.6)
        dekat = [x for x in pilihan if x.lower() in dekat]
    return dekat[0] if dekat else None


def saran(kata: str, pilihan: list[str]) -> str:
    """'; maksud Anda 'x'?' for a near miss, else ''."""
    dekat = terdekat(kata, pilihan)
    return f"; maksud Anda '{dekat}'?" if dekat else ""
