"""Pemeriksa tata letak, bagian Daftar Isi: tiap entri di PDF bernomor
halaman, dan nomornya nomor halaman tercetak tempat judulnya berada."""

from __future__ import annotations

import re

from tests.halaman_pdf import Halaman

JUDUL_DAFTAR_ISI = "DAFTAR ISI"
_NOMOR = re.compile(r"^[\s.\u2026\u00b7_]*(\d{1,4})$")


def _rapat(teks: str) -> str:
    return re.sub(r"\s+", " ", teks).strip()


def _mulai_dengan(baris: list[str], i: int, teks: str) -> tuple[int, str] | None:
    """Bila baris ``i`` (dan baris sesudahnya, untuk judul yang panjang)
    dimulai dengan ``teks``: (indeks baris terakhirnya, sisa baris itu)."""
    gabung, j = baris[i], i
    while len(gabung) < len(teks) and teks.startswith(gabung) and j + 1 < len(baris):
        j += 1
        gabung = f"{gabung} {baris[j]}"
    if not gabung.startswith(teks):
        return None
    return j, gabung[len(teks):]


def _cari(baris: list[str], mulai: int, teks: str, lewati: set[int] = frozenset()) -> tuple[int, int, str] | None:
    """(indeks awal, indeks akhir, sisa) kemunculan pertama ``teks`` di awal
    baris, mulai indeks ``mulai``, tidak di baris ``lewati``."""
    for i in range(mulai, len(baris)):
        if i in lewati or not baris[i]:
            continue
        hasil = _mulai_dengan(baris, i, teks)
        if hasil:
            return i, *hasil
    return None


def nomor_tercetak(halaman: list[Halaman], nomor: int) -> int:
    """Nomor halaman tercetak halaman fisik ``nomor``; bila tak tercetak
    (halaman pertama tanpa nomor), disimpulkan dari halaman tetangganya."""
    for jarak in range(len(halaman)):
        for arah in (-1, 1):
            k = nomor + arah * jarak
            if 1 <= k <= len(halaman) and halaman[k - 1].nomor_tercetak is not None:
                return halaman[k - 1].nomor_tercetak - arah * jarak
    return nomor


def _entri_pdf(baris, entri) -> tuple[list[tuple[str, int, str | None]], set[int], list]:
    """Baris Daftar Isi tiap entri di PDF: (entri, indeks baris, nomor atau None)."""
    awal = next((i for i, (_, b) in enumerate(baris) if b == JUDUL_DAFTAR_ISI), None)
    if awal is None:
        return [], set(), [(None, "judul DAFTAR ISI tidak ada di PDF")]
    teks = [b for _, b in baris]
    posisi, hasil, dipakai, masalah = awal + 1, [], {awal}, []
    for e in entri:
        cocok = _cari(teks, posisi, e)
        if cocok is None:
            masalah.append((baris[awal][0], f"{e}: tidak ada di Daftar Isi PDF"))
            continue
        i, j, sisa = cocok
        if not sisa.strip() and j + 1 < len(teks) and _NOMOR.match(teks[j + 1]):
            j, sisa = j + 1, teks[j + 1]
        m = _NOMOR.match(sisa)
        hasil.append((e, i, m.group(1) if m else None))
        dipakai |= set(range(i, j + 1))
        posisi = j + 1
    return hasil, dipakai, masalah


def periksa_daftar_isi(halaman: list[Halaman], entri: list[str]) -> list[tuple[int | None, str]]:
    """(halaman, masalah) tiap entri Daftar Isi yang tak bernomor, bernomor
    salah, atau judulnya tak ditemukan; kosong bila dokumen tanpa Daftar Isi."""
    if not entri:
        return []
    baris = [(h.nomor, _rapat(b)) for h in halaman for b in h.baris_isi]
    daftar, dipakai, masalah = _entri_pdf(baris, entri)
    teks = [b for _, b in baris]
    posisi = 0
    for e, i, nomor in daftar:
        hal_daftar = baris[i][0]
        if nomor is None:
            masalah.append((hal_daftar, f"{e}: tanpa nomor halaman"))
        cocok = _cari(teks, posisi, e, dipakai)
        if cocok is None:
            masalah.append((hal_daftar, f"{e}: judulnya tidak ditemukan di halaman mana pun"))
            continue
        posisi = cocok[1] + 1
        tercetak = nomor_tercetak(halaman, baris[cocok[0]][0])
        if nomor is not None and int(nomor) != tercetak:
            masalah.append((hal_daftar, f"{e}: nomor {nomor}, judulnya di halaman {tercetak}"))
    return masalah
