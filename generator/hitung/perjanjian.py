"""The Perjanjian Kinerja as the documents and the LKjIP read it: which PK of
a year holds for a unit, each indicator's target that year, and the budget.

A PK Perubahan (``perubahan: n``) supersedes the lower ones of its year for
the units it names; a unit it does not name keeps its earlier PK. Pure
functions over the model: nothing here formats or reads files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..dasar import organisasi as org
from ..dasar.nilai import Nilai
from ..muat import model as m
from ..muat.model_pk import Pk, PkUnit, RencanaAksi


def id_dokumen(pk: Pk, uid: str) -> str:
    """``pk-2022-hukum``, ``pk-2022-hukum-perubahan-1``."""
    return f"pk-{pk.tahun}-{uid}" + (f"-perubahan-{pk.perubahan}" if pk.perubahan else "")


def pk_tahun(konten: m.Konten, tahun: int, sampai: int | None = None) -> list[Pk]:
    """The PKs of ``tahun`` (up to PK Perubahan ``sampai``), earliest first."""
    return [pk for pk in konten.pk if pk.tahun == tahun and (sampai is None or pk.perubahan <= sampai)]


def pk_berlaku(konten: m.Konten, tahun: int) -> Pk | None:
    """The latest PK of the year."""
    semua = pk_tahun(konten, tahun)
    return semua[-1] if semua else None


def pk_unit(konten: m.Konten, tahun: int, uid: str, sampai: int | None = None) -> tuple[Pk, PkUnit] | None:
    """The latest PK of the year (up to ``sampai``) naming unit ``uid``."""
    for pk in reversed(pk_tahun(konten, tahun, sampai)):
        if uid in pk.unit:
            return pk, pk.unit[uid]
    return None


def _unit_indikator(konten: m.Konten, ind: m.Indikator) -> m.Unit | None:
    return next((u for u, i in konten.semua_indikator() if i.id == ind.id), None)


def target_tahun(konten: m.Konten, ind: m.Indikator, tahun: int) -> Nilai | None:
    """The target of ``ind`` in ``tahun``: the latest PK's own target for it,
    else the IKU target of the year."""
    unit = _unit_indikator(konten, ind)
    berlaku = pk_unit(konten, tahun, unit.id) if unit is not None else None
    if berlaku is not None and ind.id in berlaku[1].target:
        return berlaku[1].target[ind.id].nilai
    return ind.target.get(tahun)


# --- the budget -------------------------------------------------------------


@dataclass(frozen=True)
class KegiatanAnggaran:
    id: str
    nama: str
    pagu: Decimal
    realisasi: Decimal | None  # None: not reported in realisasi/TAHUN.yaml
    unit: str


@dataclass
class ProgramAnggaran:
    nama: str
    kegiatan: list[KegiatanAnggaran] = field(default_factory=list)

    @property
    def pagu(self) -> Decimal:
        return sum((k.pagu for k in self.kegiatan), Decimal(0))


def _unit_tahun(konten: m.Konten, tahun: int, sampai: int | None) -> list[str]:
    """Every unit named by a PK of the year, in the order first named."""
    return list(dict.fromkeys(uid for pk in pk_tahun(konten, tahun, sampai) for uid in pk.unit))


def anggaran_tahun(
    konten: m.Konten, tahun: int, unit_id: str | None = None, *, sampai: int | None = None
) -> list[ProgramAnggaran]:
    """The programs of the year with their kegiatan, pagu from each unit's
    latest PK (up to PK Perubahan ``sampai``) and realisasi from
    realisasi/TAHUN.yaml: of one unit, or of every unit (programs of the
    same name joined, in the order first named)."""
    realisasi = konten.realisasi.get(tahun)
    program: dict[str, ProgramAnggaran] = {}
    for uid in [unit_id] if unit_id is not None else _unit_tahun(konten, tahun, sampai):
        berlaku = pk_unit(konten, tahun, uid, sampai)
        for prog in berlaku[1].anggaran if berlaku else []:
            tujuan = program.setdefault(prog.nama, ProgramAnggaran(prog.nama))
            for keg in prog.kegiatan:
                r = realisasi.anggaran.get(keg.id) if realisasi else None
                tujuan.kegiatan.append(KegiatanAnggaran(keg.id, keg.nama, keg.pagu, r.realisasi if r else None, uid))
    return list(program.values())


# --- one unit's PK ----------------------------------------------------------


@dataclass(frozen=True)
class IndikatorPk:
    ind: m.Indikator
    target: Nilai | None  # the PK's target: its own, else the IKU's
    target_iku: Nilai | None
    rencana_aksi: RencanaAksi | None
    diubah: bool = False  # the PK states its own target


@dataclass(frozen=True)
class SasaranPk:
    sasaran: m.Sasaran
    indikator: list[IndikatorPk]


@dataclass
class IsiPk:
    """Everything one unit's PK document shows, resolved."""

    pk: Pk
    unit: m.Unit
    isi: PkUnit
    status: str
    ditetapkan: m.Ditetapkan
    pihak_pertama: m.Penandatangan
    pihak_kedua: m.Penandatangan | None  # None: the Pemda's one-signer PK
    sasaran: list[SasaranPk]
    anggaran: list[ProgramAnggaran]
    akar: bool  # the Perangkat Daerah's head: programs of every unit, without kegiatan

    @property
    def id(self) -> str:
        return id_dokumen(self.pk, self.unit.id)

    @property
    def jumlah_anggaran(self) -> Decimal:
        return sum((p.pagu for p in self.anggaran), Decimal(0))

    @property
    def rencana_aksi(self) -> list[IndikatorPk]:
        return [i for s in self.sasaran for i in s.indikator if i.rencana_aksi is not None]


def sasaran_pk(unit: m.Unit, isi: PkUnit, tahun: int) -> list[SasaranPk]:
    """The unit's sasaran and indicators in the PK, with the year's targets."""
    hasil = []
    for s in unit.semua_sasaran():
        daftar = []
        for ind in s.indikator:
            if ind.id in isi.tanpa:
                continue
            iku = ind.target.get(tahun)
            target = isi.target[ind.id].nilai if ind.id in isi.target else iku
            daftar.append(IndikatorPk(ind, target, iku, isi.rencana_aksi.get(ind.id), ind.id in isi.target))
        if daftar:
            hasil.append(SasaranPk(s, daftar))
    return hasil


def isi_pk(konten: m.Konten, pk: Pk, uid: str) -> IsiPk:
    """Unit ``uid``'s PK in ``pk``: parties, date and status resolved."""
    unit, isi = konten.unit[uid], pk.unit[uid]
    akar = org.adalah_akar(unit, konten.instansi)
    atasan = org.atasan(unit, konten)
    # A head without a superior (the Pemda's own PK) signs alone, whatever
    # the PK file names (periksa warns of a pihak_kedua written there).
    kedua = None if atasan is None else isi.pihak_kedua or atasan
    anggaran = anggaran_tahun(konten, pk.tahun, None if akar else uid, sampai=pk.perubahan)
    return IsiPk(
        pk=pk,
        unit=unit,
        isi=isi,
        status=isi.status or pk.status,
        ditetapkan=isi.ditetapkan or pk.ditetapkan,
        pihak_pertama=isi.pihak_pertama or unit.penandatangan,
        pihak_kedua=kedua,
        sasaran=sasaran_pk(unit, isi, pk.tahun),
        anggaran=anggaran,
        akar=akar,
    )


def semua_isi_pk(konten: m.Konten) -> list[IsiPk]:
    """Every unit's PK of every PK file whose unit exists."""
    return [isi_pk(konten, pk, uid) for pk in konten.pk for uid in pk.unit if uid in konten.unit]
