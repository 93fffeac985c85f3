"""Step 2 of the build: which documents the content describes, and how each
is made (template, context, sources, status, where it goes).

Nothing is rendered here; a :class:`Dokumen` carries a function that builds
its context, called only for the documents being built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..dasar import format as fmt
from ..dasar.organisasi import akar, unit_akar
from ..dasar.galat import NaskahError, TemplatError
from ..dasar.status import Status
from ..dasar.tembolok import Tembolok
from ..hitung.skala import Skala, muat_skala
from ..konteks import keputusan as ktx
from ..hitung.perjanjian import IsiPk, pk_tahun, semua_isi_pk
from ..konteks.lkjip import berkas_narasi, geser_narasi, konteks_lkjip
from ..konteks.pk import judul_dokumen, konteks_pk
from ..konteks.teks import data, isikan
from ..muat import model as m
from ..tulis.final import FOLDER_FINAL
from ..word.narasi import md_ke_docx
from .templat import nama_templat, pastikan_templat

TEMPLAT = {
    "keputusan": "keputusan.docx",
    "lampiran_instansi": "lampiran_instansi.docx",  # the root level's table: the Perangkat Daerah's own
    "lampiran_unit": "lampiran_unit.docx",  # every other level
    "lkjip": "lkjip.docx",
    "perjanjian_kinerja": "perjanjian_kinerja.docx",
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
    status: Status | None = None  # konsep or final (a decree and its annexes, a PK); None outside the signing cycle
    logo: bool = False  # the template may show the instansi's logo

    @property
    def final(self) -> bool:
        """A final document is kept read-only under keluaran/final/."""
        return self.status is Status.FINAL

    @property
    def jalur(self) -> str:
        """Where the document goes inside keluaran/."""
        return f"{FOLDER_FINAL}/{self.berkas}" if self.final else self.berkas


def waktu_dokumen(t: fmt.Tanggal) -> dt.datetime:
    """A document's stored date: the date of enactment, not the clock."""
    return dt.datetime(t.tahun, t.bulan, t.hari or 1)


def rencana(
    konten: m.Konten, templat: Path | None = None, *, paksa_konsep: bool = False, tembolok: Tembolok | None = None
) -> list[Dokumen]:
    """Every document the content describes, in build order (the annexes of
    a decree before the decree that joins them).

    A decree is a konsep when its content says so, or when ``paksa_konsep``
    asks for a preview; its annexes share its state.  The charts and
    narratives of an LKjIP are taken from ``tembolok`` where they were
    made before.
    """
    skala = muat_skala()
    hasil: list[Dokumen] = []
    for kep in konten.keputusan:
        konsep = paksa_konsep or kep.status == "konsep"
        lampiran = _lampiran(kep, konten, skala, konsep, templat)
        hasil += lampiran
        hasil.append(_keputusan(kep, konten, konsep, [d.id for d in lampiran]))
    hasil += [_pk(isi, konten, skala, paksa_konsep or isi.status == "konsep") for isi in semua_isi_pk(konten)]
    hasil += [_lkjip(lk, konten, skala, templat, tembolok) for lk in konten.lkjip]
    return hasil


def _status(konsep: bool) -> Status:
    return Status.KONSEP if konsep else Status.FINAL


def _berkas_instansi(konten: m.Konten) -> Path:
    return konten.folder / "instansi.yaml"


def _berkas_logo(konten: m.Konten) -> list[Path]:
    return [konten.folder / konten.instansi.logo] if konten.instansi.logo is not None else []


def _lampiran(
    kep: m.Keputusan, konten: m.Konten, skala: dict[str, Skala], konsep: bool, templat: Path | None
) -> list[Dokumen]:
    """The decree's annexes, numbered I, II, ... when there are several: the
    root unit's on the instansi template, every other on the unit template
    (each under its old name when the project's folder has only that one)."""
    banyak = len(kep.lampiran) > 1
    hasil = []
    for n, uid in enumerate(kep.lampiran, start=1):
        unit = konten.unit[uid]
        did = f"{kep.id}-lampiran-{uid}"
        hasil.append(
            Dokumen(
                id=did,
                jenis="lampiran",
                judul=f"Lampiran {fmt.romawi(n) + ' ' if banyak else ''}- Indikator Kinerja Utama {unit.nama} "
                f"Tahun {unit.periode.awal}-{unit.periode.akhir}",
                berkas=f"{did}.docx",
                templat=nama_templat(
                    templat, TEMPLAT["lampiran_instansi" if unit.tingkat == akar(konten.instansi) else "lampiran_unit"]
                ),
                sumber=[_berkas_instansi(konten), kep.berkas, unit.berkas],
                buat_konteks=partial(
                    ktx.konteks_lampiran, unit, kep, konten, skala, nomor=n if banyak else None, pertama=n == 1, konsep=konsep
                ),
                waktu=waktu_dokumen(kep.ditetapkan.tanggal),
                status=_status(konsep),
            )
        )
    return hasil


def _keputusan(kep: m.Keputusan, konten: m.Konten, konsep: bool, lampiran: list[str]) -> Dokumen:
    return Dokumen(
        id=kep.id,
        jenis="keputusan",
        judul=f"Keputusan {kep.pejabat} tentang {kep.tentang}",
        berkas=f"{kep.id}.docx",
        templat=TEMPLAT["keputusan"],
        sumber=[_berkas_instansi(konten), *_berkas_logo(konten), kep.berkas] + [konten.unit[u].berkas for u in kep.lampiran],
        buat_konteks=partial(ktx.konteks_keputusan, kep, konten, konsep=konsep),
        waktu=waktu_dokumen(kep.ditetapkan.tanggal),
        bagian=lampiran,
        status=_status(konsep),
        logo=True,
    )


def _pk(isi: IsiPk, konten: m.Konten, skala: dict[str, Skala], konsep: bool) -> Dokumen:
    """One unit's Perjanjian Kinerja: from its IKU, the year's PK files up to
    this one (the budget of a PK Perubahan, of every unit for the head's) and
    the unit files its parties come from."""
    pk = isi.pk
    sumber = [_berkas_instansi(konten), *_berkas_logo(konten), *(x.berkas for x in pk_tahun(konten, pk.tahun, pk.perubahan))]
    sumber += sorted({u.berkas for u in konten.unit.values()}) if isi.akar else [isi.unit.berkas]
    if not isi.akar and isi.isi.pihak_kedua is None:  # the superior, by the organisation
        induk = unit_akar(konten)
        sumber += [induk.berkas] if induk is not None else [k.berkas for k in konten.keputusan[:1]]
    return Dokumen(
        id=isi.id,
        jenis="perjanjian_kinerja",
        judul=judul_dokumen(isi),
        berkas=f"{isi.id}.docx",
        templat=TEMPLAT["perjanjian_kinerja"],
        sumber=sumber,
        buat_konteks=partial(konteks_pk, isi, konten, skala, konsep=konsep),
        waktu=waktu_dokumen(isi.ditetapkan.tanggal),
        status=_status(konsep),
        logo=True,
    )


def _lkjip(lk: m.Lkjip, konten: m.Konten, skala: dict[str, Skala], templat: Path | None, tembolok: Tembolok | None) -> Dokumen:
    narasi = berkas_narasi(lk, konten.folder)
    realisasi = [r.berkas for t, r in sorted(konten.realisasi.items()) if t <= lk.tahun]
    unit = [konten.unit[u].berkas for u in lk.unit]
    unit += [pk.berkas for pk in konten.pk if pk.tahun <= lk.tahun]  # targets, parties and budget
    induk = unit_akar(konten)  # the PK appendix's second party
    unit += [induk.berkas] if induk is not None and induk.berkas not in unit else []
    iku = [konten.keputusan[0].berkas] if konten.keputusan else []  # Bab II names the decree that set the IKU
    return Dokumen(
        id=lk.id,
        jenis="lkjip",
        judul=lk.judul or isikan(data("kalimat_lkjip")["judul"]["judul_dokumen"], tahun=lk.tahun),
        berkas=f"{lk.id}.docx",
        templat=TEMPLAT["lkjip"],
        sumber=[_berkas_instansi(konten), *_berkas_logo(konten), lk.berkas, *iku, *realisasi, *unit, *narasi],
        buat_konteks=partial(_konteks_lkjip, lk, konten, skala, narasi, templat, tembolok),
        waktu=waktu_dokumen(lk.ditetapkan.tanggal),
        narasi=narasi,
        logo=True,
    )


def _konteks_lkjip(
    lk: m.Lkjip, konten: m.Konten, skala, narasi: list[Path], templat: Path | None, tembolok: Tembolok | None
) -> dict:
    """The narratives are converted with the LKjIP template's styles."""
    if templat is None:
        raise TemplatError("folder templat belum ditentukan; LKjIP memerlukan lkjip.docx untuk gaya narasinya")
    pastikan_templat(templat, [TEMPLAT["lkjip"]])
    docx = md_ke_docx(narasi, templat / TEMPLAT["lkjip"], konten.folder, geser_narasi(lk, konten.folder), tembolok)
    return konteks_lkjip(lk, konten, skala, docx, tembolok)


def pilih(semua: list[Dokumen], ids: list[str]) -> list[Dokumen]:
    """The documents named by ``ids`` (every document when none is named)."""
    if not ids:
        return semua
    dikenal = {d.id: d for d in semua}
    tidak = [i for i in ids if i not in dikenal]
    if tidak:
        daftar = ", ".join(dikenal)
        raise NaskahError(f"dokumen tidak dikenal: {', '.join(tidak)}. Dokumen yang ada: {daftar}")
    return [d for d in semua if d.id in set(ids)]
