"""Writing a new content folder: every file into a fresh folder beside the
target, checked there as ``naskah periksa`` checks it, then moved into
place in one rename, so that a failure leaves nothing behind and the
target is never half written.

Titles and labels come from the kind's data through the loaded
instansi.yaml (``dasar.organisasi``), and the decree's standard wording
from the loader's own defaults (``muat.lengkap``), written out for the
user to edit: the folder is read back twice, first to fill that wording in,
then to check the whole.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from ..dasar import jenis as jn
from ..dasar import organisasi as org
from ..dasar.galat import GALAT, PERINGATAN, KeluaranError, KontenError, Masalah, NaskahError
from ..muat import model as m
from ..muat.json_skema import modeline, tulis_skema
from ..muat.konten import INSTANSI
from ..muat.pemeriksa import Pemeriksa
from ..muat.yaml_lokasi import muat_yaml
from ..periksa import periksa_konten
from .isian import isi
from .rancangan import Permintaan, rancang_unit

# The perlu_konfirmasi notes of the signers: the head, a unit's head, and
# the decree's signer, who also stands for the decree's own placeholders
# (a decree has no perlu_konfirmasi of its own).
_TTD_KEPALA = "Isian naskah baru: isi nama{gelar} kepala."
_TTD_UNIT = "Isian naskah baru: ganti '...' pada jabatan, lalu isi nama{gelar}."
_KEPUTUSAN = " Pastikan juga nomor (kode dan unit pengolah) dan tanggal penetapan keputusan{ibukota}."


def _catatan_ttd(pola: str, tanpa_nip: bool) -> str:
    return pola.format(gelar="" if tanpa_nip else ", pangkat, golongan dan NIP")


def _catatan_keputusan(ttd_kepala: str, minta: Permintaan) -> str:
    ibukota = "" if minta.ibukota is not None else f", serta tempatnya (ibukota di instansi.yaml: {minta.nama_daerah})"
    return ttd_kepala + _KEPUTUSAN.format(ibukota=ibukota)


def periksa_tujuan(tujuan: Path) -> None:
    """Refuse a target that exists and is not an empty folder."""
    tampil = tujuan.as_posix()
    if tujuan.is_symlink() or (tujuan.exists() and not tujuan.is_dir()):
        raise KeluaranError(f"{tampil}: sudah ada dan bukan folder; sebutkan folder baru untuk konten")
    if tujuan.is_dir() and any(tujuan.iterdir()):
        raise KeluaranError(
            f"{tampil}: folder tidak kosong; naskah baru hanya menulis ke folder baru atau kosong agar tidak ada "
            "berkas yang tertimpa. Sebutkan folder lain"
        )


def buat_folder(tujuan: Path, minta: Permintaan) -> list[Path]:
    """Write the new content folder ``tujuan``; return its files, relative to it."""
    tujuan = Path(tujuan)
    periksa_tujuan(tujuan)
    induk = tujuan.absolute().parent
    dibuat = [d for d in (induk, *induk.parents) if not d.exists()]  # removed again on failure, deepest first
    induk.mkdir(parents=True, exist_ok=True)
    sementara = induk / f".{tujuan.name}.baru-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        sementara.mkdir()  # with the user's umask, unlike tempfile.mkdtemp
        _tulis_semua(sementara, tujuan, minta)
        berkas = sorted(p.relative_to(sementara) for p in sementara.rglob("*") if p.is_file())
        if tujuan.is_dir():
            tujuan.rmdir()  # empty (checked above); a folder filled since then stops the rename here
        sementara.rename(tujuan)
    except BaseException:
        shutil.rmtree(sementara, ignore_errors=True)
        for d in dibuat:
            d.rmdir()
        raise
    return berkas


def _tulis(folder: Path, relatif: str, teks: str) -> None:
    berkas = folder / relatif
    berkas.parent.mkdir(parents=True, exist_ok=True)
    berkas.write_bytes(teks.encode("utf-8"))  # LF on every system: the same bytes everywhere


def _dasar(folder: Path, relatif: str, minta: Permintaan, jenis_berkas: str | None) -> dict:
    """What every template is given."""
    baris = modeline(folder / relatif, folder, jenis_berkas) if jenis_berkas else ""
    return {"modeline": baris, "minta": minta, "jenis": jn.jenis(minta.jenis)}


def _instansi(folder: Path, minta: Permintaan, ins: m.Instansi | None) -> str:
    """instansi.yaml; with ``ins`` (its first version read back) it also
    lists the organisation's levels and the head's default title."""
    j = jn.jenis(minta.jenis)
    tingkat = org.tingkat(ins) if ins is not None else None
    return isi(
        "instansi.yaml.j2",
        **_dasar(folder, "instansi.yaml", minta, "instansi"),
        pilihan_jenis=[jn.jenis(n) for n in jn.JENIS],
        tulis_kepala=minta.kepala is not None or j.kepala_jabatan is None,
        jabatan_kepala=minta.kepala or (org.jabatan_kepala(ins) if ins is not None else ""),
        kepala_daerah=f"{jn.kepala_daerah(minta.jenis_daerah)} {minta.nama_daerah}",
        pakai_kepala_daerah=j.atasan is not None and "{kepala_daerah}" in j.atasan,
        tingkat_sendiri=j.tingkat[j.nama].label is None,
        tingkat=tingkat,
        contoh_tingkat=list(tingkat)[-1] if tingkat else "",
        pangkat_nip_pilihan=j.pangkat_nip == jn.PILIHAN,
        paraf=j.paraf,
    )


def _baca_instansi(folder: Path, tujuan: Path) -> m.Instansi:
    p = Pemeriksa()
    try:
        ins = INSTANSI.baca(muat_yaml(folder / "instansi.yaml", folder), "", p)
    except KontenError as exc:
        p.masalah.extend(exc.masalah)
    _tolak(p.masalah, folder, tujuan)
    return ins


def _tolak(masalah: list[Masalah], folder: Path, tujuan: Path) -> None:
    """Refuse, naming the first problems at their place in ``tujuan``: an
    option's value the model does not accept (a control character in --nama)."""
    masalah = [x for x in masalah if x.tingkat in (GALAT, PERINGATAN)]
    if masalah:
        teks = "; ".join(str(x).replace(folder.name, tujuan.name) for x in masalah[:3])
        raise NaskahError(f"{tujuan.as_posix()}: konten baru tidak lolos pemeriksaan, tidak ada yang ditulis: {teks}")


def _tulis_semua(folder: Path, tujuan: Path, minta: Permintaan) -> None:
    _tulis(folder, "instansi.yaml", _instansi(folder, minta, None))
    ins = _baca_instansi(folder, tujuan)
    _tulis(folder, "instansi.yaml", _instansi(folder, minta, ins))
    unit = rancang_unit(ins)
    tanpa_nip = jn.jenis(minta.jenis).pangkat_nip == jn.TIDAK
    umum = {
        "unit": unit,
        "pejabat": org.jabatan_kepala(ins),
        "nama_lengkap": org.nama_lengkap(ins),
        "kepala_tanpa_nip": tanpa_nip,
    }
    ttd_kepala = _catatan_ttd(_TTD_KEPALA, tanpa_nip)
    for u in unit:
        relatif = f"unit/{u.id}.yaml"
        ttd = ttd_kepala if u.akar else _catatan_ttd(_TTD_UNIT, False)
        _tulis(folder, relatif, isi("unit.yaml.j2", **_dasar(folder, relatif, minta, "unit"), **umum | {"unit": u}, catatan_ttd=ttd))
    _pk(folder, minta, umum, ins)
    _laporan(folder, minta, umum, ttd_kepala)
    ttd_keputusan = _catatan_keputusan(ttd_kepala, minta)
    _tulis(folder, "keputusan.yaml", _keputusan(folder, minta, umum, ttd_keputusan, None))
    konten = _periksa(folder, tujuan)
    _tulis(folder, "keputusan.yaml", _keputusan(folder, minta, umum, ttd_keputusan, konten.keputusan[0]))
    _periksa(folder, tujuan)
    tulis_skema(folder)


def _keputusan(folder: Path, minta: Permintaan, umum: dict, ttd: str, kep: m.Keputusan | None) -> str:
    """keputusan.yaml; with ``kep`` (read back with the loader's defaults)
    its standard wording is written out."""
    return isi("keputusan.yaml.j2", **_dasar(folder, "keputusan.yaml", minta, "keputusan"), **umum, kep=kep, catatan_ttd=ttd)


def _pk(folder: Path, minta: Permintaan, umum: dict, ins: m.Instansi) -> None:
    """The Perjanjian Kinerja of the year for every unit, placeholder budget included."""
    relatif = f"pk/{minta.tahun}.yaml"
    atasan = org.atasan_kepala(ins)
    _tulis(folder, relatif, isi("pk.yaml.j2", **_dasar(folder, relatif, minta, "pk"), **umum,
                                atasan_kepala=atasan.jabatan if atasan is not None else None))


def _laporan(folder: Path, minta: Permintaan, umum: dict, ttd: str) -> None:
    """The realisasi of the year, its LKjIP and the narrative stubs."""
    t = minta.tahun
    _tulis(folder, f"realisasi/{t}.yaml", isi("realisasi.yaml.j2", **_dasar(folder, f"realisasi/{t}.yaml", minta, "realisasi"), **umum))
    lk = f"lkjip/{t}/lkjip.yaml"
    _tulis(folder, lk, isi("lkjip.yaml.j2", **_dasar(folder, lk, minta, "lkjip"), **umum, catatan_ttd=ttd))
    for nama in ("kata_pengantar", "pendahuluan", "penutup"):
        _tulis(folder, f"lkjip/{t}/{nama}.md", isi(f"{nama}.md.j2", **_dasar(folder, "", minta, None), **umum))
    for u in umum["unit"]:
        _tulis(folder, f"lkjip/{t}/analisis_{u.id}.md", isi("analisis.md.j2", **_dasar(folder, "", minta, None), **umum | {"unit": u}))


def _periksa(folder: Path, tujuan: Path) -> m.Konten:
    """The folder as ``naskah periksa`` reads it: no error and no warning,
    else nothing is written (a value of the options the model refuses)."""
    konten, p = periksa_konten(folder)
    _tolak(p.masalah, folder, tujuan)
    assert konten is not None  # no error, so the folder was read
    return konten
