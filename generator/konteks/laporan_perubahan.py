"""The render context of the Laporan Perubahan (``naskah beda``): each group
of changes as a table, deleted words struck through in red and inserted
words underlined in blue."""

from __future__ import annotations

from docxtpl import RichText

from ..beda.hasil import DIHAPUS, DITAMBAH, GANTI_NAMA, KOSONG, PINDAH, Beda, Perubahan
from ..beda.kata import HAPUS, TAMBAH, Segmen

MERAH = "C00000"  # deleted words
BIRU = "1F4E79"  # inserted words


def _kata(rt: RichText, segmen: list[Segmen]) -> None:
    for n, (jenis, teks) in enumerate(segmen):
        if n:
            rt.add(" ")
        if jenis == HAPUS:
            rt.add(teks, strike=True, color=MERAH)
        elif jenis == TAMBAH:
            rt.add(teks, underline=True, color=BIRU)
        else:
            rt.add(teks)


def _lama_baru(rt: RichText, lama: str | None, baru: str | None) -> None:
    """``lama → baru``, either side "(kosong)" when empty."""
    if lama:
        rt.add(lama, strike=True, color=MERAH)
    else:
        rt.add(KOSONG)
    rt.add(" \u2192 ")
    if baru:
        rt.add(baru, underline=True, color=BIRU)
    else:
        rt.add(KOSONG)


def teks_kaya(p: Perubahan) -> RichText:
    """The "Perubahan" cell (RichText escapes its own text)."""
    rt = RichText()
    if p.jenis == DITAMBAH:
        rt.add("Ditambahkan" + (": " if p.baru else ""))
        if p.baru:
            rt.add(p.baru, underline=True, color=BIRU)
    elif p.jenis == DIHAPUS:
        rt.add("Dihapus" + (": " if p.lama else ""))
        if p.lama:
            rt.add(p.lama, strike=True, color=MERAH)
    elif p.jenis == GANTI_NAMA:
        rt.add("Berganti nama: ")
        _kata(rt, p.kata or [])
    elif p.jenis == PINDAH:
        rt.add(f"Dipindahkan dari {p.lama} ke {p.baru}")
    elif p.kata is not None:
        _kata(rt, p.kata)
    else:
        _lama_baru(rt, p.lama, p.baru)
    return rt


def konteks_laporan(hasil: Beda) -> dict:
    """Everything the template ``laporan_perubahan.docx`` shows."""
    kelompok = []
    for k in hasil.kelompok:
        if not k.perubahan:
            continue
        baris = [
            {"no": str(n), "bagian": p.bagian, "perubahan": teks_kaya(p)} for n, p in enumerate(k.perubahan, start=1)
        ]
        kelompok.append({"judul": k.judul, "baris": baris})
    return {
        "lama": hasil.lama,
        "baru": hasil.baru,
        "ringkasan": hasil.ringkasan(),
        "ada_perubahan": hasil.ada_perubahan,
        "kelompok": kelompok,
    }
