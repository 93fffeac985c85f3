"""``naskah excel impor``: the cells a unit changed, merged into the year's
realisasi file.

Only changed cells are written, so several copies of one workbook (one per
unit) can be imported one after the other. The file is written atomically,
after the result has been read back as content; nothing is written while any
problem remains. When the file changed since the export the import refuses,
unless ``timpa``: then the old file is kept as ``TAHUN.yaml.bak-TANGGAL``
first, and a value changed on both sides takes the workbook's.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..dasar.galat import GALAT, KontenError, Lokasi, Masalah, NaskahError, tampil_berkas
from ..muat import model as m
from ..muat.konten import REALISASI
from ..muat.pemeriksa import Pemeriksa
from ..muat.yaml_lokasi import muat_yaml
from ..periksa import muat_valid
from ..tulis.transaksi import sha256
from .anggaran import baris_anggaran, teks_rupiah
from .impor import ANGGARAN, Perubahan, baca_buku, sama_isian
from .model import ISIAN, berkas_realisasi, lembar_realisasi
from .simpan import cadangkan, tulis_berkas
from .yaml_rt import Ubah, terapkan


@dataclass
class HasilImpor:
    berkas: Path  # the realisasi file
    tahun: int
    perubahan: list[Perubahan] = field(default_factory=list)  # written
    bentrok: list[tuple[Perubahan, str]] = field(default_factory=list)  # overwritten values changed in the file too
    cadangan: Path | None = None
    peringatan: list[Masalah] = field(default_factory=list)


def _kini(konten: m.Konten, tahun: int) -> dict[tuple[str, str, str], str]:
    """Every fillable value as the content holds it now, by (bagian, id, field)."""
    kini = {("indikator", b.id, k): b.nilai(k) for lb in lembar_realisasi(konten, tahun) for b in lb.baris for k in ISIAN}
    realisasi = konten.realisasi.get(tahun)
    for kid, r in (realisasi.anggaran if realisasi else {}).items():
        kini[(ANGGARAN, kid, "realisasi")] = teks_rupiah(r.realisasi)
    return kini


def _pilah(perubahan: list[Perubahan], kini: dict[tuple[str, str, str], str]) -> tuple[list[Perubahan], list[tuple[Perubahan, str]]]:
    """The changes still to make (a value the file already holds is none),
    and those overwriting a value that changed in the file since the export."""
    tulis, bentrok = [], []
    for ch in perubahan:
        sekarang = kini.get((ch.bagian, ch.id, ch.kunci), "")
        if sama_isian(ch.bagian, sekarang, ch.baru):
            continue
        if not sama_isian(ch.bagian, sekarang, ch.lama):
            bentrok.append((ch, sekarang))
        tulis.append(ch)
    return tulis, bentrok


def _tolak(tujuan: Path, tulis: list[Perubahan], bentrok: list[tuple[Perubahan, str]]) -> Masalah:
    sisi = f" ({len(bentrok)} di antaranya juga diubah di berkas: {', '.join(f'{c.id} {c.label}' for c, _ in bentrok)})" if bentrok else ""
    return Masalah(
        f"berkas ini berubah sesudah buku kerja diekspor, mungkin oleh impor atau suntingan lain; tidak ada yang ditulis. "
        f"Bila buku kerja tetap akan diimpor, ulangi dengan --timpa: hanya {len(tulis)} sel yang diubah di buku kerja yang "
        f"ditulis{sisi}, dan berkas yang sekarang disimpan dulu sebagai {tujuan.name}.bak-TANGGAL",
        Lokasi(tujuan), "", GALAT, "excel-realisasi-berubah",
    )


def _periksa_hasil(teks: str, tujuan: Path) -> None:
    """The new file must read as the content's realisasi file."""
    with tempfile.TemporaryDirectory(prefix="naskah-impor-") as folder:
        uji = Path(folder) / tujuan.name
        uji.write_text(teks, encoding="utf-8", newline="")
        p = Pemeriksa()
        try:
            REALISASI.baca(muat_yaml(uji, Path(folder)), "", p)
        except KontenError as exc:
            p.masalah += exc.masalah
    if p.ada_galat:
        pesan = "; ".join(x.pesan for x in p.masalah if x.tingkat == GALAT)
        raise NaskahError(f"{tampil_berkas(tujuan)}: hasil impor tidak terbaca sebagai konten ({pesan}); tidak ada yang ditulis")


def _urutan(konten: m.Konten, tahun: int) -> dict[str, dict[str, str]]:
    """Per part of the file, every id in the order the workbook lists it
    (the IKU's, the Perjanjian Kinerja's) with its unit id: a new entry goes
    to its place among them."""
    return {
        "indikator": {b.id: lb.unit.id for lb in lembar_realisasi(konten, tahun) for b in lb.baris},
        ANGGARAN: {b.id: b.unit_id for b in baris_anggaran(konten, tahun)},
    }


def impor_buku(berkas: Path, folder: Path, timpa: bool = False) -> HasilImpor:
    """Import the workbook ``berkas`` into the content ``folder``; raises
    KontenError with every problem (and the warnings) when nothing can be written."""
    konten: m.Konten = muat_valid(folder)
    p = Pemeriksa()
    meta, perubahan = baca_buku(Path(berkas), konten, p)
    if meta is None or p.ada_galat:
        raise KontenError(p.masalah)
    tujuan = berkas_realisasi(konten, meta.tahun)
    tulis, bentrok = _pilah(perubahan, _kini(konten, meta.tahun))
    hasil = HasilImpor(tujuan, meta.tahun, tulis, bentrok, peringatan=p.masalah)
    if not tulis:
        return hasil
    lama = tujuan.read_bytes() if tujuan.is_file() else None
    berubah = (sha256(lama) if lama is not None else "") != meta.sidik_realisasi
    if berubah and not timpa:
        raise KontenError([*p.masalah, _tolak(tujuan, tulis, bentrok)])
    teks = terapkan(
        lama.decode("utf-8") if lama is not None else None,
        meta.tahun,
        [Ubah(c.id, c.kunci, c.baru, c.bagian) for c in tulis],
        _urutan(konten, meta.tahun),
        skema=(Path(folder) / ".skema" / "realisasi.json").is_file(),
    )
    _periksa_hasil(teks, tujuan)
    if berubah and lama is not None:
        hasil.cadangan = cadangkan(tujuan)
    tulis_berkas(tujuan, teks.encode("utf-8"))
    return hasil
