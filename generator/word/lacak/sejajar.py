"""Aligning two sibling lists (blocks of a body or cell, rows of a table):
equal stretches by signature, changed stretches paired by likeness."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass

AMBANG = 0.5  # least likeness (shared words) for an old and a new block to be paired
BATAS_PASANGAN = 250_000  # old x new blocks beyond which a changed stretch is not paired

Pasangan = tuple[int | None, int | None, bool]


def sejajarkan(sig_lama: list, sig_baru: list, mirip: Callable[[int, int], float | None]) -> list[Pasangan]:
    """(old index, new index, same) in order: equal stretches by signature,
    changed stretches paired by likeness; unpaired old before unpaired new."""
    hasil: list[Pasangan] = []
    sm = difflib.SequenceMatcher(None, sig_lama, sig_baru, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            hasil.extend((i1 + k, j1 + k, True) for k in range(i2 - i1))
        else:
            hasil.extend(pasangkan(list(range(i1, i2)), list(range(j1, j2)), mirip))
    return hasil


def _skor(nilai: list[list[float]], m: int, n: int) -> list[list[float]]:
    """skor[i][j]: the best total likeness of pairs from lama[i:], baru[j:]."""
    skor = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            terbaik = max(skor[i + 1][j], skor[i][j + 1])
            if nilai[i][j] >= AMBANG:
                terbaik = max(terbaik, skor[i + 1][j + 1] + nilai[i][j])
            skor[i][j] = terbaik
    return skor


def _jalan(lama: list[int], baru: list[int], nilai, skor) -> list[Pasangan]:
    """The pairs along the best path; between two pairs, the unpaired old
    items before the unpaired new ones."""
    hasil: list[Pasangan] = []
    hapus: list[int] = []
    tambah: list[int] = []

    def tutup():
        hasil.extend((i, None, False) for i in hapus)
        hasil.extend((None, j, False) for j in tambah)
        hapus.clear()
        tambah.clear()

    i = j = 0
    while i < len(lama) and j < len(baru):
        if nilai[i][j] >= AMBANG and skor[i][j] == skor[i + 1][j + 1] + nilai[i][j]:
            tutup()
            hasil.append((lama[i], baru[j], False))
            i += 1
            j += 1
        elif skor[i][j] == skor[i + 1][j]:
            hapus.append(lama[i])
            i += 1
        else:
            tambah.append(baru[j])
            j += 1
    hapus.extend(lama[i:])
    tambah.extend(baru[j:])
    tutup()
    return hasil


def pasangkan(lama: list[int], baru: list[int], mirip) -> list[Pasangan]:
    """Pair old and new items in order, maximising the total likeness
    (pairs below AMBANG are not made; ``mirip`` gives None for items that
    are never paired, such as a paragraph and a table)."""
    m, n = len(lama), len(baru)
    if m == 0 or n == 0 or m * n > BATAS_PASANGAN:
        return [(i, None, False) for i in lama] + [(None, j, False) for j in baru]
    nilai = [[mirip(lama[i], baru[j]) or 0.0 for j in range(n)] for i in range(m)]
    hasil = _jalan(lama, baru, nilai, _skor(nilai, m, n))
    if m == n and not any(a is not None and b is not None for a, b, _ in hasil):
        # Nothing alike, as many old as new (a cell "84" that became "85"):
        # pair them in order where they are of one kind.
        hasil = []
        for a, b in zip(lama, baru):
            if mirip(a, b) is None:
                hasil.extend([(a, None, False), (None, b, False)])
            else:
                hasil.append((a, b, False))
    return hasil


@dataclass
class Penggabung:
    """What to do with the items of two aligned sibling lists."""

    sig: Callable  # item -> signature (equal signatures: the same item)
    mirip: Callable  # old item, new item -> likeness, None when never paired
    ubah: Callable  # old item, new item: mark the differences in the new one
    salin_hapus: Callable  # old item -> elements to put back, marked deleted
    tandai_tambah: Callable  # new item: mark inserted
    taruh_akhir: Callable  # elements, last new item or None: put them at the end

    def gabung(self, lama: list, baru: list) -> None:
        """Align two sibling lists; change the paired new items, mark the new
        ones, and put copies of the old-only items back at their place."""
        sig_lama = [self.sig(e) for e in lama]
        sig_baru = [self.sig(e) for e in baru]
        tertunda: list = []
        for i, j, sama in sejajarkan(sig_lama, sig_baru, lambda a, b: self.mirip(lama[a], baru[b])):
            if j is None:
                tertunda.extend(self.salin_hapus(lama[i]))
                continue
            el = baru[j]
            for d in tertunda:
                el.addprevious(d)
            tertunda = []
            if sama:
                continue
            if i is None:
                self.tandai_tambah(el)
            else:
                self.ubah(lama[i], el)
        if tertunda:
            self.taruh_akhir(tertunda, baru[-1] if baru else None)
