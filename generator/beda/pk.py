"""What changed in the Perjanjian Kinerja between two versions of the
content: one group per PK document (``pk-2022-hukum``), matched by its id.

Compared as the documents print them (parties, targets and budget
resolved): a change the PK file states itself (its own target, a party it
names, its pagu) is counted in the summary; one that follows from the IKU or
the unit files (a unit head renamed, an IKU target changed) is shown, since
the PK document changes, but counted where it was made (``K_RUJUKAN``).
Pure: nothing here reads files.
"""

from __future__ import annotations

from decimal import Decimal

from ..dasar import format as fmt
from ..dasar.nilai import Nilai
from ..hitung.perjanjian import IsiPk, semua_isi_pk
from ..muat import model as m
from .hasil import BIDANG_TTD, DIHAPUS, DITAMBAH, K_LAIN, K_RUJUKAN, K_TARGET, UBAH, Kelompok, Perubahan
from .kata import rapat


def _teks(nilai: object) -> str | None:
    """A value as the PK prints it."""
    if nilai is None:
        return None
    if isinstance(nilai, Nilai):
        return nilai.tampil()
    if isinstance(nilai, Decimal):
        return fmt.rupiah(nilai)
    if isinstance(nilai, fmt.Tanggal):
        return nilai.teks
    return rapat(str(nilai)) or None


def _ubah(d: list[Perubahan], bagian: str, lama: object, baru: object, kategori: str = K_LAIN, **kw) -> None:
    a, b = _teks(lama), _teks(baru)
    if a != b:
        d.append(Perubahan(bagian, UBAH, kategori, lama=a, baru=b, **kw))


def _judul(isi: IsiPk) -> str:
    pk = isi.pk
    nama = f"Perjanjian Kinerja Perubahan ke-{pk.perubahan} {pk.tahun}" if pk.perubahan else f"Perjanjian Kinerja {pk.tahun}"
    return f"{nama} {rapat(isi.unit.nama)} ({isi.id})"


def _ringkas(isi: IsiPk) -> str:
    jumlah = sum(len(s.indikator) for s in isi.sasaran)
    return f"{jumlah} indikator, anggaran {fmt.rupiah(isi.jumlah_anggaran)}"


def _pihak(d: list[Perubahan], label: str, lama: m.Penandatangan | None, baru: m.Penandatangan | None,
           ditulis: bool) -> None:
    """A party field by field; counted when the PK file names the party."""
    kategori = K_LAIN if ditulis else K_RUJUKAN
    for nama, keterangan in BIDANG_TTD:
        _ubah(d, f"{label} {keterangan}", getattr(lama, nama, None), getattr(baru, nama, None), kategori,
              bidang=f"{label.replace(' ', '_')}.{nama}")


def _target(d: list[Perubahan], lama: IsiPk, baru: IsiPk) -> None:
    """Indicators in and out of the PK, their targets and Rencana Aksi."""
    ind_lama = {i.ind.id: i for s in lama.sasaran for i in s.indikator}
    ind_baru = {i.ind.id: i for s in baru.sasaran for i in s.indikator}
    tahun = baru.pk.tahun
    for iid, b in ind_baru.items():
        a = ind_lama.get(iid)
        if a is None:
            d.append(Perubahan(iid, DITAMBAH, K_RUJUKAN if iid not in lama.isi.tanpa else K_LAIN,
                               baru=f"{rapat(b.ind.nama)}: {_teks(b.target)}", indikator=iid))
            continue
        sendiri = a.diubah or b.diubah
        _ubah(d, f"{iid} target PK {tahun}", a.target, b.target, K_TARGET if sendiri else K_RUJUKAN,
              indikator=iid, bidang="target", tahun=tahun)
        _ubah(d, f"{iid} Rencana Aksi", _rencana(a), _rencana(b), indikator=iid, bidang="rencana_aksi")
    for iid, a in ind_lama.items():
        if iid not in ind_baru:
            d.append(Perubahan(iid, DIHAPUS, K_LAIN if iid in baru.isi.tanpa else K_RUJUKAN,
                               lama=rapat(a.ind.nama), indikator=iid))


def _rencana(i) -> str | None:
    ra = i.rencana_aksi
    if ra is None:
        return None
    return " | ".join(v.tampil() for v in ra.tw) + ("" if ra.kumulatif else " (tidak kumulatif)")


def _program(d: list[Perubahan], lama: IsiPk, baru: IsiPk) -> None:
    """The head's PK: each program's total over every unit (counted in the units)."""
    a, b = {p.nama: p.pagu for p in lama.anggaran}, {p.nama: p.pagu for p in baru.anggaran}
    for nama in [*b, *(n for n in a if n not in b)]:
        _ubah(d, f"program {nama}", a.get(nama), b.get(nama), K_RUJUKAN, bidang="anggaran")


def _anggaran(d: list[Perubahan], lama: IsiPk, baru: IsiPk) -> None:
    """Kegiatan by id (added, removed, moved, renamed, pagu), then the total;
    the head's PK prints each program's total over every unit, shown after
    its own kegiatan."""
    if baru.akar:
        _kegiatan(d, lama.isi.anggaran, baru.isi.anggaran)
        _program(d, lama, baru)
    else:
        _kegiatan(d, lama.anggaran, baru.anggaran)
    _ubah(d, "jumlah anggaran", lama.jumlah_anggaran, baru.jumlah_anggaran, K_RUJUKAN, bidang="anggaran")


def _kegiatan(d: list[Perubahan], lama: list, baru: list) -> None:
    """The kegiatan of programs ``lama`` and ``baru`` (each with ``nama`` and ``kegiatan``)."""
    keg_lama = {k.id: (p.nama, k) for p in lama for k in p.kegiatan}
    keg_baru = {k.id: (p.nama, k) for p in baru for k in p.kegiatan}
    for kid, (prog, k) in keg_baru.items():
        if kid not in keg_lama:
            d.append(Perubahan(f"kegiatan {kid}", DITAMBAH, K_LAIN, baru=f"{rapat(k.nama)} ({prog}): {fmt.rupiah(k.pagu)}",
                               bidang="anggaran"))
            continue
        prog_lama, k_lama = keg_lama[kid]
        _ubah(d, f"kegiatan {kid} program", prog_lama, prog, bidang="anggaran")
        _ubah(d, f"kegiatan {kid} nama", k_lama.nama, k.nama, bidang="anggaran")
        _ubah(d, f"kegiatan {kid} pagu", k_lama.pagu, k.pagu, bidang="anggaran")
    for kid, (prog, k) in keg_lama.items():
        if kid not in keg_baru:
            d.append(Perubahan(f"kegiatan {kid}", DIHAPUS, K_LAIN, lama=f"{rapat(k.nama)} ({prog})", bidang="anggaran"))


def beda_isi_pk(lama: IsiPk, baru: IsiPk) -> Kelompok:
    """Every change of one PK document present on both sides."""
    k = Kelompok(f"pk:{baru.id}", "pk", _judul(baru))
    d = k.perubahan
    _ubah(d, "status", lama.status, baru.status, bidang="status")
    _ubah(d, "tempat", lama.ditetapkan.tempat, baru.ditetapkan.tempat, bidang="ditetapkan.tempat")
    _ubah(d, "tanggal", lama.ditetapkan.tanggal, baru.ditetapkan.tanggal, bidang="ditetapkan.tanggal")
    _pihak(d, "pihak pertama", lama.pihak_pertama, baru.pihak_pertama, baru.isi.pihak_pertama is not None)
    _pihak(d, "pihak kedua", lama.pihak_kedua, baru.pihak_kedua, baru.isi.pihak_kedua is not None)
    _target(d, lama, baru)
    _anggaran(d, lama, baru)
    return k


def beda_pk(lama: m.Konten, baru: m.Konten) -> list[Kelompok]:
    """One group per PK document, in the new side's order, then those removed."""
    isi_lama = {i.id: i for i in semua_isi_pk(lama)}
    isi_baru = {i.id: i for i in semua_isi_pk(baru)}
    hasil = []
    for did, isi in isi_baru.items():
        if did in isi_lama:
            hasil.append(beda_isi_pk(isi_lama[did], isi))
        else:
            k = Kelompok(f"pk:{did}", "pk", _judul(isi), status=DITAMBAH)
            k.perubahan.append(Perubahan(did, DITAMBAH, K_LAIN, baru=_ringkas(isi)))
            hasil.append(k)
    for did, isi in isi_lama.items():
        if did not in isi_baru:
            k = Kelompok(f"pk:{did}", "pk", _judul(isi), status=DIHAPUS)
            k.perubahan.append(Perubahan(did, DIHAPUS, K_LAIN, lama=_ringkas(isi)))
            hasil.append(k)
    return hasil


def id_pk_bersama(lama: m.Konten, baru: m.Konten) -> list[str]:
    """The PK documents present on both sides (``beda --lacak``)."""
    ada = {i.id for i in semua_isi_pk(lama)}
    return [i.id for i in semua_isi_pk(baru) if i.id in ada]
