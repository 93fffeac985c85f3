"""The steps of ``naskah beda`` after both sides are loaded: the Laporan
Perubahan rendered in memory and, with ``--lacak``, each decree and each
Perjanjian Kinerja present on both sides built in memory exactly as
``naskah bangun`` builds it (:func:`.bangun.bangun_memori`) and written as
``<id>-lacak.docx``: the new document with every difference from the old
one as a Word tracked change.
Everything is written in one transaction."""

from __future__ import annotations

from pathlib import Path

from ..beda.hasil import Beda
from ..konteks.laporan_perubahan import konteks_laporan
from ..muat import model as m
from ..tulis.jalur import periksa_id
from ..tulis.kunci import kunci_keluaran
from ..tulis.transaksi import Transaksi
from ..word.lacak import lacak
from ..word.paket import atur_properti, docx_bytes
from ..word.periksa_docx import pastikan_terbuka
from ..word.render import Perender
from .rencana import Dokumen
from .templat import bawaan, pastikan_templat

ID_LAPORAN = "laporan-perubahan"
BERKAS_LAPORAN = "laporan-perubahan.docx"
TEMPLAT_LAPORAN = "laporan_perubahan.docx"
JUDUL_LAPORAN = "Laporan Perubahan Konten"

JENIS_LACAK = "lacak-perubahan"
PENULIS_LACAK = "naskah"

Berkas = tuple[str, bytes, dict]  # (path inside keluaran/, bytes, manifest entry)


def logo(konten: m.Konten) -> bytes | None:
    """The logo's bytes (a new picture under the same name is a change too)."""
    if konten.instansi.logo is None:
        return None
    try:
        return (konten.folder / konten.instansi.logo).read_bytes()
    except OSError:
        return None


def laporan(hasil: Beda, konten_baru: m.Konten, templat: Path) -> Berkas:
    """The report, rendered with the new side's page settings."""
    pastikan_templat(templat, [TEMPLAT_LAPORAN])
    doc = Perender().render(templat / TEMPLAT_LAPORAN, konteks_laporan(hasil), konten_baru.instansi.pengaturan, None)
    atur_properti(doc, judul=JUDUL_LAPORAN)
    entri = {
        "id": ID_LAPORAN,
        "jenis": ID_LAPORAN,
        "judul": JUDUL_LAPORAN,
        "sumber": [hasil.lama, hasil.baru],
        "templat": bawaan(templat / TEMPLAT_LAPORAN) or (templat / TEMPLAT_LAPORAN).as_posix(),
    }
    return BERKAS_LAPORAN, docx_bytes(doc), entri


def berkas_lacak(
    lama: dict[str, tuple[Dokumen, bytes]], baru: dict[str, tuple[Dokumen, bytes]], sumber: list[str], templat: Path
) -> list[Berkas]:
    """``<id>-lacak.docx`` for each document built on both sides: the new one
    with the changes from the old one tracked, dated the new document's date
    (not the clock)."""
    for did in baru:
        periksa_id(did)  # its file name: never outside keluaran/
    hasil = []
    for did, (dok, data) in baru.items():
        entri = {
            "id": f"{did}-lacak",
            "jenis": JENIS_LACAK,
            "judul": f"{dok.judul} (perubahan terlacak)",
            "sumber": list(sumber),
            "templat": bawaan(templat / dok.templat) or (templat / dok.templat).as_posix(),
        }
        hasil.append((f"{did}-lacak.docx", lacak(lama[did][1], data, PENULIS_LACAK, dok.waktu), entri))
    return hasil


def tulis(keluaran: Path, berkas: list[Berkas]) -> list[dict]:
    """Write the files with their manifest entries in one transaction,
    holding the keluaran folder's lock like a build."""
    trans = Transaksi(keluaran)
    for relatif, data, entri in berkas:
        pastikan_terbuka(data, relatif)  # what is reported as written must open
        trans.tambah(relatif, data, entri)
    with kunci_keluaran(Path(keluaran)):
        return trans.simpan()
