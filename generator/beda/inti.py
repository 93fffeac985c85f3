"""What changed between two versions of the content (``naskah beda``).

Pure functions over two :class:`~generator.muat.model.Konten`: nothing here reads
files, runs git or renders a document.  Indicators are matched by their id
(the stable key), units and decrees by theirs; lists of items (Menimbang,
Mengingat, Diktum, kop lines, fungsi) by their text with
:class:`difflib.SequenceMatcher`.  Changed text is compared word by word, so
that a report can mark exactly the words deleted and inserted.

The result, :class:`~.hasil.Beda`, is a list of groups (instansi, each
decree, each unit, each Perjanjian Kinerja: ``pk``), each with its changes
in reading order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ..dasar import format as fmt
from ..dasar.nilai import Nilai
from ..konteks.keputusan import nomor_keputusan
from ..muat import model as m
from .hasil import (
    BIDANG_TTD,
    DIHAPUS,
    DITAMBAH,
    GANTI_NAMA,
    K_IND_HAPUS,
    K_IND_NAMA,
    K_IND_PINDAH,
    K_IND_TAMBAH,
    K_LAIN,
    K_RUJUKAN,
    K_TARGET,
    K_TEKS,
    K_UNIT_HAPUS,
    K_UNIT_TAMBAH,
    PINDAH,
    UBAH,
    Beda,
    Kelompok,
    Perubahan,
)
from .kata import beda_kata, rapat
from .pk import beda_pk

# --- helpers ----------------------------------------------------------------


def tampil(nilai: Any) -> str | None:
    """A value as the documents show it; None when not written."""
    if nilai is None:
        return None
    if isinstance(nilai, Nilai):
        return nilai.tampil()
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if isinstance(nilai, (Decimal, int)):
        return fmt.angka(nilai)
    if isinstance(nilai, fmt.Tanggal):
        return nilai.teks
    if isinstance(nilai, Path):
        return nilai.as_posix()
    return rapat(str(nilai)) or None


def _nilai(daftar: list[Perubahan], bagian: str, lama: Any, baru: Any, **kw: Any) -> None:
    """Add an old -> new change when the shown values differ."""
    a, b = tampil(lama), tampil(baru)
    if a != b:
        daftar.append(Perubahan(bagian, UBAH, lama=a, baru=b, **kw))


def _teks(daftar: list[Perubahan], bagian: str, lama: str | None, baru: str | None, **kw: Any) -> None:
    """Add a text change with its words marked when the texts differ."""
    if rapat(lama) != rapat(baru):
        kw.setdefault("kategori", K_TEKS)
        daftar.append(Perubahan(bagian, UBAH, lama=rapat(lama) or None, baru=rapat(baru) or None,
                                kata=beda_kata(lama, baru), **kw))


def _daftar(
    daftar: list[Perubahan],
    lama: list[str],
    baru: list[str],
    label: Callable[[int], str],
    **kw: Any,
) -> None:
    """Items of a list added, removed or changed (words marked).

    ``label(i)`` names the item at index ``i``: the new place for an added or
    changed item, the old place for a removed one.
    """
    a, b = [rapat(x) for x in lama], [rapat(x) for x in baru]
    kw.setdefault("kategori", K_TEKS)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        pasang = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for n in range(pasang):
            i, j = i1 + n, j1 + n
            tempat = label(j) if i == j else f"{label(j)} (sebelumnya {label(i)})"
            daftar.append(Perubahan(tempat, UBAH, lama=a[i], baru=b[j], kata=beda_kata(a[i], b[j]), **kw))
        for i in range(i1 + pasang, i2):
            daftar.append(Perubahan(label(i), DIHAPUS, lama=a[i], kata=beda_kata(a[i], None), **kw))
        for j in range(j1 + pasang, j2):
            daftar.append(Perubahan(label(j), DITAMBAH, baru=b[j], kata=beda_kata(None, b[j]), **kw))


def _penandatangan(daftar: list[Perubahan], awalan: str, lama: m.Penandatangan, baru: m.Penandatangan) -> None:
    for nama, label in BIDANG_TTD:
        _nilai(daftar, f"{awalan} {label}", getattr(lama, nama), getattr(baru, nama), bidang=f"penandatangan.{nama}")


# --- instansi ---------------------------------------------------------------


def beda_instansi(lama: m.Instansi, baru: m.Instansi, *, logo: tuple[bytes | None, bytes | None] = (None, None)) -> Kelompok:
    """Names, letterhead lines and settings of the Pemda (briefly).

    ``logo`` may carry the bytes of both logo files: a logo that kept its
    path but changed its picture is then reported too.
    """
    k = Kelompok("instansi", "instansi", "Instansi")
    d = k.perubahan
    for nama, label in (
        ("pemerintah_daerah", "pemerintah daerah"),
        ("jenis_daerah", "jenis daerah"),
        ("nama_daerah", "nama daerah"),
        ("jenis", "jenis perangkat daerah"),
        ("nama", "nama perangkat daerah"),
        ("ibukota", "ibukota"),
    ):
        _nilai(d, label, getattr(lama, nama), getattr(baru, nama), bidang=nama)
    _daftar(d, lama.kop, baru.kop, lambda i: f"kop baris {i + 1}", bidang="kop", kategori=K_LAIN)
    _nilai(d, "logo", lama.logo, baru.logo, bidang="logo")
    if lama.logo == baru.logo and lama.logo is not None and logo[0] != logo[1]:
        d.append(Perubahan("logo", UBAH, lama=tampil(lama.logo), baru="gambar baru dengan nama berkas yang sama", bidang="logo"))
    a, b = lama.pengaturan, baru.pengaturan
    _nilai(d, "kertas", a.kertas, b.kertas, bidang="pengaturan.kertas")
    _nilai(d, "huruf", f"{a.huruf.nama} {fmt.angka(a.huruf.ukuran)}", f"{b.huruf.nama} {fmt.angka(b.huruf.ukuran)}",
           bidang="pengaturan.huruf")
    for sisi in ("kiri", "kanan", "atas", "bawah"):
        _nilai(d, f"margin {sisi} (cm)", getattr(a.margin_cm, sisi), getattr(b.margin_cm, sisi), bidang=f"pengaturan.margin_cm.{sisi}")
    for nama, label in (("tampil", "tampil"), ("halaman_pertama", "di halaman pertama"), ("format", "format")):
        _nilai(d, f"nomor halaman {label}", getattr(a.nomor_halaman, nama), getattr(b.nomor_halaman, nama),
               bidang=f"pengaturan.nomor_halaman.{nama}")
    _nilai(d, "pangkat dan NIP kepala dicetak", a.ttd_kepala_pangkat_nip, b.ttd_kepala_pangkat_nip,
           bidang="pengaturan.ttd_kepala_pangkat_nip")
    _nilai(d, "gelar pada penetapan", a.gelar_pada_penetapan, b.gelar_pada_penetapan, bidang="pengaturan.gelar_pada_penetapan")
    _nilai(d, "format nomor", a.format_nomor, b.format_nomor, bidang="pengaturan.format_nomor")
    return k


# --- keputusan --------------------------------------------------------------


def beda_keputusan(lama: m.Keputusan, baru: m.Keputusan, ins_lama: m.Instansi, ins_baru: m.Instansi) -> Kelompok:
    k = Kelompok(f"keputusan:{baru.id}", "keputusan", f"Keputusan {baru.id}")
    d = k.perubahan
    _nilai(d, "status", lama.status, baru.status, bidang="status")
    _nilai(d, "nomor", nomor_keputusan(lama, ins_lama, ""), nomor_keputusan(baru, ins_baru, ""), bidang="nomor")
    _teks(d, "pejabat", lama.pejabat, baru.pejabat, bidang="pejabat")
    _teks(d, "tentang", lama.tentang, baru.tentang, bidang="tentang")
    _daftar(d, lama.menimbang, baru.menimbang, lambda i: f"Menimbang huruf {fmt.huruf_urut(i + 1)}", bidang="menimbang")
    _daftar(d, lama.mengingat, baru.mengingat, lambda i: f"Mengingat angka {i + 1}", bidang="mengingat")
    _teks(d, "Menetapkan", lama.menetapkan, baru.menetapkan, bidang="menetapkan")
    _daftar(d, lama.diktum, baru.diktum, lambda i: f"Diktum {fmt.ordinal_diktum(i + 1)}", bidang="diktum")
    _nilai(d, "ditetapkan di", lama.ditetapkan.tempat, baru.ditetapkan.tempat, bidang="ditetapkan.tempat")
    _nilai(d, "ditetapkan tanggal", lama.ditetapkan.tanggal, baru.ditetapkan.tanggal, bidang="ditetapkan.tanggal")
    _penandatangan(d, "penandatangan", lama.penandatangan, baru.penandatangan)
    _nilai(d, "lampiran", ", ".join(lama.lampiran), ", ".join(baru.lampiran), bidang="lampiran")
    return k


def _keputusan_utuh(kep: m.Keputusan, ins: m.Instansi, status: str) -> Kelompok:
    k = Kelompok(f"keputusan:{kep.id}", "keputusan", f"Keputusan {kep.id}", status=status)
    ringkas = f"Nomor {nomor_keputusan(kep, ins, '')} tentang {rapat(kep.tentang)}"
    if status == DITAMBAH:
        k.perubahan.append(Perubahan(f"Keputusan {kep.id}", DITAMBAH, baru=ringkas))
    else:
        k.perubahan.append(Perubahan(f"Keputusan {kep.id}", DIHAPUS, lama=ringkas))
    return k


# --- units and indicators ---------------------------------------------------


BIDANG_TEKS_INDIKATOR = (
    ("makna", "makna"),
    ("alasan", "alasan"),
    ("cara_hitung", "cara hitung"),
    ("penanggung_jawab", "penanggung jawab"),
    ("sumber_data", "sumber data"),
)


def beda_indikator(lama: m.Indikator, baru: m.Indikator) -> list[Perubahan]:
    """Every change of one indicator (same id), in the order of its row."""
    d: list[Perubahan] = []
    iid = baru.id
    if rapat(lama.nama) != rapat(baru.nama):
        d.append(Perubahan(iid, GANTI_NAMA, K_IND_NAMA, lama=rapat(lama.nama), baru=rapat(baru.nama),
                           kata=beda_kata(lama.nama, baru.nama), indikator=iid, bidang="nama"))
    _nilai(d, f"{iid} satuan", lama.satuan, baru.satuan, indikator=iid, bidang="satuan")
    _nilai(d, f"{iid} arah", lama.arah, baru.arah, indikator=iid, bidang="arah")
    _nilai(d, f"{iid} skala", lama.skala, baru.skala, indikator=iid, bidang="skala")
    _nilai(d, f"{iid} kondisi awal", lama.kondisi_awal, baru.kondisi_awal, indikator=iid, bidang="kondisi_awal")
    for tahun in sorted(set(lama.target) | set(baru.target)):
        a, b = lama.target.get(tahun), baru.target.get(tahun)
        bagian = f"{iid} target {tahun}"
        kw = dict(kategori=K_TARGET, indikator=iid, bidang="target", tahun=tahun)
        if a is None:
            d.append(Perubahan(bagian, DITAMBAH, baru=tampil(b), **kw))
        elif b is None:
            d.append(Perubahan(bagian, DIHAPUS, lama=tampil(a), **kw))
        else:
            _nilai(d, bagian, a, b, **kw)
    _nilai(d, f"{iid} kondisi akhir", lama.kondisi_akhir, baru.kondisi_akhir, indikator=iid, bidang="kondisi_akhir")
    for nama, label in BIDANG_TEKS_INDIKATOR:
        _teks(d, f"{iid} {label}", getattr(lama, nama), getattr(baru, nama), indikator=iid, bidang=nama)
    return d


@dataclass
class _TempatSasaran:
    sasaran: m.Sasaran
    tingkat: str  # the level of the node holding it
    sub_unit: m.SubUnit | None = None

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self.sasaran.indikator]


def _sasaran_unit(unit: m.Unit) -> list[_TempatSasaran]:
    return [_TempatSasaran(t.sasaran, t.tingkat, t.sub_unit) for t in unit.sasaran_berjalur()]


def _sebut(ids: list[str]) -> str:
    """``hukum-1``, ``hukum-1, hukum-2``, ``hukum-1, hukum-2 dst.``"""
    if not ids:
        return "tanpa indikator"
    return ", ".join(ids[:2]) + (" dst." if len(ids) > 2 else "")


def _pasangkan(lama: list[Any], baru: list[Any], ids: Callable[[Any], list[str]]) -> list[tuple[Any | None, Any | None]]:
    """Pair old and new items by the indicators they hold (largest overlap
    first, then reading order); unpaired items pair with None."""
    calon = []
    for j, b in enumerate(baru):
        for i, a in enumerate(lama):
            sama = len(set(ids(a)) & set(ids(b)))
            if sama:
                calon.append((-sama, j, i))
    calon.sort()
    pasangan_baru: dict[int, int] = {}
    dipakai: set[int] = set()
    for _, j, i in calon:
        if j in pasangan_baru or i in dipakai:
            continue
        pasangan_baru[j] = i
        dipakai.add(i)
    hasil: list[tuple[Any | None, Any | None]] = []
    for j, b in enumerate(baru):
        hasil.append((lama[pasangan_baru[j]] if j in pasangan_baru else None, b))
    hasil += [(a, None) for i, a in enumerate(lama) if i not in dipakai]
    return hasil


def _beda_sasaran(d: list[Perubahan], lama: m.Unit, baru: m.Unit) -> None:
    """Kinerja utama of each sasaran, and the names of the sub_units (at any depth)."""
    for a, b in _pasangkan(_sasaran_unit(lama), _sasaran_unit(baru), lambda t: t.ids):
        if a is None:
            d.append(Perubahan(f"sasaran ({_sebut(b.ids)})", DITAMBAH, K_LAIN, baru=rapat(b.sasaran.kinerja_utama),
                               bidang="kinerja_utama"))
        elif b is None:
            d.append(Perubahan(f"sasaran ({_sebut(a.ids)})", DIHAPUS, K_LAIN, lama=rapat(a.sasaran.kinerja_utama),
                               bidang="kinerja_utama"))
        else:
            _teks(d, f"kinerja utama ({_sebut(b.ids)})", a.sasaran.kinerja_utama, b.sasaran.kinerja_utama, bidang="kinerja_utama")

    def ids_sub(sub: m.SubUnit) -> list[str]:
        return [i.id for _, s in sub.simpul("") for x in s.sasaran for i in x.indikator]

    semua_lama = [s for _, s in lama.simpul()]
    semua_baru = [s for _, s in baru.simpul()]
    for a, b in _pasangkan(semua_lama, semua_baru, ids_sub):
        if a is None:
            d.append(Perubahan(f"sub unit ({_sebut(ids_sub(b))})", DITAMBAH, K_LAIN, baru=rapat(b.nama), bidang="sub_unit"))
        elif b is None:
            d.append(Perubahan(f"sub unit ({_sebut(ids_sub(a))})", DIHAPUS, K_LAIN, lama=rapat(a.nama), bidang="sub_unit"))
        else:
            _teks(d, f"sub unit ({_sebut(ids_sub(b))})", a.nama, b.nama, bidang="nama", kategori=K_LAIN)


def _judul_unit(unit: m.Unit) -> str:
    return f"Unit {rapat(unit.nama)} ({unit.id})"


def beda_unit(
    lama: m.Unit | None,
    baru: m.Unit | None,
    semua_lama: dict[str, tuple[m.Unit, m.Indikator]],
    semua_baru: dict[str, tuple[m.Unit, m.Indikator]],
) -> Kelompok:
    """The changes of one unit (matched by id); either side may be None.

    ``semua_*`` map every indicator id of each side to its unit, so that an
    indicator that moved between units is reported as moved, not as removed
    here and added there.
    """
    unit = baru or lama
    status = DITAMBAH if lama is None else DIHAPUS if baru is None else UBAH
    k = Kelompok(f"unit:{unit.id}", "unit", _judul_unit(unit), status=status)
    d = k.perubahan
    if lama is not None and baru is not None:
        _nilai(d, "nama unit", lama.nama, baru.nama, bidang="nama")
        _nilai(d, "tingkat", lama.tingkat, baru.tingkat, bidang="tingkat")
        _nilai(d, "periode", f"{lama.periode.awal}-{lama.periode.akhir}", f"{baru.periode.awal}-{baru.periode.akhir}",
               bidang="periode")
        _teks(d, "tugas", lama.tugas, baru.tugas, bidang="tugas")
        _daftar(d, lama.fungsi, baru.fungsi, lambda i: f"fungsi angka {i + 1}", bidang="fungsi")
        _penandatangan(d, "penandatangan", lama.penandatangan, baru.penandatangan)
        _beda_sasaran(d, lama, baru)
    elif baru is not None:
        jumlah = len(baru.semua_indikator())
        d.append(Perubahan(f"unit {baru.id}", DITAMBAH, K_UNIT_TAMBAH, baru=f"{rapat(baru.nama)}, {jumlah} indikator"))
    else:
        jumlah = len(lama.semua_indikator())
        d.append(Perubahan(f"unit {lama.id}", DIHAPUS, K_UNIT_HAPUS, lama=f"{rapat(lama.nama)}, {jumlah} indikator"))

    for ind in baru.semua_indikator() if baru is not None else []:
        asal = semua_lama.get(ind.id)
        if asal is None:
            d.append(Perubahan(ind.id, DITAMBAH, K_IND_TAMBAH, baru=rapat(ind.nama), indikator=ind.id))
            continue
        unit_asal, ind_lama = asal
        if unit_asal.id != baru.id:
            d.append(Perubahan(ind.id, PINDAH, K_IND_PINDAH, lama=rapat(unit_asal.nama), baru=rapat(baru.nama), indikator=ind.id))
        d.extend(beda_indikator(ind_lama, ind))
    for ind in lama.semua_indikator() if lama is not None else []:
        tujuan = semua_baru.get(ind.id)
        if tujuan is None:
            d.append(Perubahan(ind.id, DIHAPUS, K_IND_HAPUS, lama=rapat(ind.nama), indikator=ind.id))
        elif tujuan[0].id != lama.id:
            # Counted once, in the unit it moved to; the line here points there.
            d.append(Perubahan(ind.id, PINDAH, K_RUJUKAN, lama=rapat(lama.nama), baru=rapat(tujuan[0].nama), indikator=ind.id))
    return k


def _urutan_unit(lama: m.Konten, baru: m.Konten) -> list[str]:
    """Units in the order of the new decree's annexes, then the others."""
    urut: list[str] = []
    for kep in baru.keputusan:
        urut += [u for u in kep.lampiran if u in baru.unit and u not in urut]
    urut += [u for u in baru.unit if u not in urut]
    urut += [u for u in lama.unit if u not in urut]
    return urut


# --- everything -------------------------------------------------------------


def bandingkan(
    lama: m.Konten,
    baru: m.Konten,
    label_lama: str = "lama",
    label_baru: str = "baru",
    *,
    logo: tuple[bytes | None, bytes | None] = (None, None),
) -> Beda:
    """Every change from ``lama`` to ``baru``, grouped: instansi, each decree
    (matched by id), each unit (matched by id)."""
    hasil = Beda(label_lama, label_baru)
    hasil.kelompok.append(beda_instansi(lama.instansi, baru.instansi, logo=logo))
    kep_lama = {k.id: k for k in lama.keputusan}
    kep_baru = {k.id: k for k in baru.keputusan}
    for kid, kep in kep_baru.items():
        if kid in kep_lama:
            hasil.kelompok.append(beda_keputusan(kep_lama[kid], kep, lama.instansi, baru.instansi))
        else:
            hasil.kelompok.append(_keputusan_utuh(kep, baru.instansi, DITAMBAH))
    for kid, kep in kep_lama.items():
        if kid not in kep_baru:
            hasil.kelompok.append(_keputusan_utuh(kep, lama.instansi, DIHAPUS))
    semua_lama = {i.id: (u, i) for u, i in lama.semua_indikator()}
    semua_baru = {i.id: (u, i) for u, i in baru.semua_indikator()}
    for uid in _urutan_unit(lama, baru):
        hasil.kelompok.append(beda_unit(lama.unit.get(uid), baru.unit.get(uid), semua_lama, semua_baru))
    hasil.kelompok += beda_pk(lama, baru)
    return hasil
