"""The pipeline: content -> validated model -> context -> rendered documents
-> one atomic write with the manifest.

Used by the ``bangun`` command and by the benchmark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import konteks as ktx
from . import model as m
from functools import partial

from .galat import GALAT, KontenError, NaskahError, TemplatError
from .konteks_lkjip import berkas_narasi, konteks_lkjip
from .narasi import md_ke_docx
from .konten import muat_konten
from .render import Perender
from .skala import muat_skala
from .skema import Pemeriksa
from .susun import susun
from .tulis import Transaksi, atur_properti, docx_bytes
from .aturan import periksa_aturan
from .validasi import validasi

TEMPLAT = {
    "keputusan": "keputusan.docx",
    "sekretariat": "lampiran_sekretariat.docx",
    "bagian": "lampiran_bagian.docx",
    "lkjip": "lkjip.docx",
}


@dataclass
class Dokumen:
    """One document to build."""

    id: str
    jenis: str
    judul: str
    berkas: str
    templat: str
    sumber: list[Path]
    buat_konteks: Callable[[], dict]  # built only for the documents being built
    waktu: dt.datetime  # the stored date of the document
    bagian: list[str] = field(default_factory=list)  # ids of annexes joined in
    narasi: list[Path] = field(default_factory=list)  # Markdown files to convert first


def periksa_konten(folder: Path) -> tuple[m.Konten | None, Pemeriksa]:
    """Load and validate; the checker holds every problem found."""
    konten, p = muat_konten(folder)
    if konten is not None:
        validasi(konten, p)
        periksa_aturan(konten, p)
    return konten, p


def muat_valid(folder: Path, *, ketat: bool = False, laporan=None) -> m.Konten:
    """Load and validate; raise with every error, pass the rest to ``laporan``."""
    konten, p = periksa_konten(folder)
    if ketat:
        p.ketat()
    if konten is None or p.ada_galat:
        raise KontenError([x for x in p.masalah if x.tingkat == GALAT])
    if laporan is not None:
        laporan([x for x in p.masalah if x.tingkat != GALAT])
    return konten


def _waktu(t) -> dt.datetime:
    """The documents' stored date: the date of enactment, not the clock."""
    return dt.datetime(t.tahun, t.bulan, t.hari or 1)


def rencana(konten: m.Konten, templat: Path | None = None) -> list[Dokumen]:
    """Every document the content describes, in build order."""
    skala = muat_skala()
    hasil: list[Dokumen] = []
    ins_berkas = konten.folder / "instansi.yaml"
    for kep in konten.keputusan:
        lampiran_ids = []
        banyak = len(kep.lampiran) > 1
        waktu = _waktu(kep.ditetapkan.tanggal)
        for n, uid in enumerate(kep.lampiran, start=1):
            unit = konten.unit[uid]
            did = f"{kep.id}-lampiran-{uid}"
            lampiran_ids.append(did)
            hasil.append(
                Dokumen(
                    id=did,
                    jenis="lampiran",
                    judul=f"Lampiran {ktx.fmt.romawi(n) + ' ' if banyak else ''}- Indikator Kinerja Utama {unit.nama} "
                    f"Tahun {unit.periode.awal}-{unit.periode.akhir}",
                    berkas=f"{did}.docx",
                    templat=TEMPLAT[unit.tingkat],
                    sumber=[ins_berkas, kep.berkas, unit.berkas],
                    buat_konteks=partial(ktx.konteks_lampiran, unit, kep, konten, skala, nomor=n if banyak else None),
                    waktu=waktu,
                )
            )
        hasil.append(
            Dokumen(
                id=kep.id,
                jenis="keputusan",
                judul=f"Keputusan {kep.pejabat} tentang {kep.tentang}",
                berkas=f"{kep.id}.docx",
                templat=TEMPLAT["keputusan"],
                sumber=[ins_berkas, kep.berkas] + [konten.unit[u].berkas for u in kep.lampiran],
                buat_konteks=partial(ktx.konteks_keputusan, kep, konten),
                waktu=waktu,
                bagian=lampiran_ids,
            )
        )
    for lk in konten.lkjip:
        narasi = berkas_narasi(lk, konten.folder)
        realisasi = [r.berkas for t, r in sorted(konten.realisasi.items()) if t <= lk.tahun]
        hasil.append(
            Dokumen(
                id=lk.id,
                jenis="lkjip",
                judul=lk.judul or f"LKjIP Tahun {lk.tahun}",
                berkas=f"{lk.id}.docx",
                templat=TEMPLAT["lkjip"],
                sumber=[ins_berkas, lk.berkas, *realisasi, *[konten.unit[u].berkas for u in lk.unit], *narasi],
                buat_konteks=partial(_konteks_lkjip, lk, konten, skala, narasi, templat),
                waktu=_waktu(lk.ditetapkan.tanggal),
                narasi=narasi,
            )
        )
    return hasil


def _konteks_lkjip(lk: m.Lkjip, konten: m.Konten, skala, narasi: list[Path], templat: Path | None) -> dict:
    referensi = (templat or Path("templat")) / TEMPLAT["lkjip"]
    if not referensi.is_file():
        raise TemplatError(f"{referensi}: templat tidak ditemukan; pulihkan templat bawaan dengan 'naskah templat'")
    return konteks_lkjip(lk, konten, skala, md_ke_docx(narasi, referensi))


def pilih(semua: list[Dokumen], ids: list[str]) -> list[Dokumen]:
    if not ids:
        return semua
    dikenal = {d.id: d for d in semua}
    tidak = [i for i in ids if i not in dikenal]
    if tidak:
        daftar = ", ".join(dikenal)
        raise NaskahError(f"dokumen tidak dikenal: {', '.join(tidak)}. Dokumen yang ada: {daftar}")
    return [d for d in semua if d.id in set(ids)]


def _relatif(jalur: Path, akar: Path) -> str:
    try:
        return jalur.resolve().relative_to(akar.resolve()).as_posix()
    except ValueError:
        return jalur.as_posix()


def bangun(
    konten_folder: Path,
    keluaran: Path,
    templat: Path,
    ids: list[str] | None = None,
    *,
    ketat: bool = False,
    laporan=None,
    masalah=None,
) -> list[dict]:
    """Build the documents; write them and the manifest in one transaction.

    ``masalah`` receives the warnings and readings to confirm; ``laporan``
    each document as it is rendered.
    """
    konten = muat_valid(konten_folder, ketat=ketat, laporan=masalah)
    peng = konten.instansi.pengaturan
    semua = rencana(konten, templat)
    dipilih = pilih(semua, ids or [])
    perlu = {d.id for d in dipilih}
    for d in dipilih:
        perlu.update(d.bagian)
    gambar = {}
    if konten.instansi.logo is not None:
        gambar["logo"] = konten.folder / konten.instansi.logo
    akar = Path(konten_folder).resolve().parent
    dipilih_ids = {d.id for d in dipilih}
    dirender = {}
    data: dict[str, bytes] = {}
    perender = Perender()
    for d in semua:
        if d.id not in perlu:
            continue
        doc = perender.render(
            templat / d.templat, d.buat_konteks(), peng, gambar=gambar if d.jenis in ("keputusan", "lkjip") else None
        )
        if d.bagian:
            doc = susun(doc, [dirender[b] for b in d.bagian])
        atur_properti(doc, judul=d.judul, waktu=d.waktu)
        dirender[d.id] = doc
        if d.id in dipilih_ids:
            # Serialise now: joining this document into the decree later
            # must not change the bytes of the stand-alone annex.
            data[d.id] = docx_bytes(doc)
        if laporan is not None:
            laporan(d)
    trans = Transaksi(keluaran)
    for d in dipilih:
        trans.tambah(
            d.berkas,
            data[d.id],
            {
                "id": d.id,
                "jenis": d.jenis,
                "judul": d.judul,
                "sumber": [_relatif(s, akar) for s in d.sumber if s is not None],
                "templat": _relatif(templat / d.templat, akar),
            },
        )
    entri = trans.simpan()
    return [e for e in entri if e["id"] in dipilih_ids]
