"""The pipeline: content -> validated model -> context -> rendered documents
-> one atomic write with the manifest.

Used by the ``bangun`` command and by the benchmark.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from functools import partial

from ..dasar.galat import KeluaranError, NaskahError, TemplatError
from ..dasar.status import Status
from ..hitung.skala import muat_skala
from ..konteks import keputusan as ktx
from ..konteks.lkjip import berkas_narasi, konteks_lkjip
from ..muat import model as m
from ..periksa import muat_valid
from ..tulis.pdf import konversi_pdf
from ..tulis.transaksi import Transaksi, baca_manifest, pulihkan, sha256
from ..word.narasi import md_ke_docx
from ..word.paket import atur_properti, docx_bytes
from ..word.render import Perender
from ..word.susun import susun

FOLDER_FINAL = "final"
FOLDER_ARSIP = "final/arsip"

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
    final: bool = False  # a final document is kept read-only under keluaran/final/

    @property
    def jalur(self) -> str:
        """Where the document goes inside keluaran/."""
        return f"{FOLDER_FINAL}/{self.berkas}" if self.final else self.berkas


def _waktu(t) -> dt.datetime:
    """The documents' stored date: the date of enactment, not the clock."""
    return dt.datetime(t.tahun, t.bulan, t.hari or 1)


def rencana(konten: m.Konten, templat: Path | None = None, *, paksa_konsep: bool = False) -> list[Dokumen]:
    """Every document the content describes, in build order.

    A decree is a konsep when its content says so, or when ``paksa_konsep``
    asks for a preview; its annexes share its state.
    """
    skala = muat_skala()
    hasil: list[Dokumen] = []
    ins_berkas = konten.folder / "instansi.yaml"
    logo = [konten.folder / konten.instansi.logo] if konten.instansi.logo is not None else []
    for kep in konten.keputusan:
        lampiran_ids = []
        banyak = len(kep.lampiran) > 1
        waktu = _waktu(kep.ditetapkan.tanggal)
        konsep = paksa_konsep or kep.status == "konsep"
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
                    buat_konteks=partial(
                        ktx.konteks_lampiran, unit, kep, konten, skala, nomor=n if banyak else None, konsep=konsep
                    ),
                    waktu=waktu,
                    final=not konsep,
                )
            )
        hasil.append(
            Dokumen(
                id=kep.id,
                jenis="keputusan",
                judul=f"Keputusan {kep.pejabat} tentang {kep.tentang}",
                berkas=f"{kep.id}.docx",
                templat=TEMPLAT["keputusan"],
                sumber=[ins_berkas, *logo, kep.berkas] + [konten.unit[u].berkas for u in kep.lampiran],
                buat_konteks=partial(ktx.konteks_keputusan, kep, konten, konsep=konsep),
                waktu=waktu,
                bagian=lampiran_ids,
                final=not konsep,
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
                sumber=[ins_berkas, *logo, lk.berkas, *realisasi, *[konten.unit[u].berkas for u in lk.unit], *narasi],
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
    konsep: bool = False,
    pdf: bool = False,
    ganti_final: bool = False,
    batas_waktu_pdf: float = 300,
    laporan=None,
    masalah=None,
) -> list[dict]:
    """Build the documents; write them and the manifest in one transaction.

    ``konsep`` forces every decree to a konsep (a preview); ``pdf`` adds a
    PDF of each document (one LibreOffice run per kind, PDF/A-2b for final
    documents); ``ganti_final`` allows replacing a final document whose
    content changed, after archiving the old one.  ``masalah`` receives the
    warnings and readings to confirm; ``laporan`` each document as it is
    rendered.
    """
    konten = muat_valid(konten_folder, ketat=ketat, laporan=masalah)
    peng = konten.instansi.pengaturan
    semua = rencana(konten, templat, paksa_konsep=konsep)
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
        status = (Status.FINAL if d.final else Status.KONSEP) if d.jenis in ("keputusan", "lampiran") else None
        doc = perender.render(
            templat / d.templat, d.buat_konteks(), peng, status, gambar=gambar if d.jenis in ("keputusan", "lkjip") else None
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

    keluaran = Path(keluaran)
    pulihkan(keluaran)
    lama = {e["id"]: e for e in baca_manifest(keluaran)["dokumen"] if e.get("status") == "final"}
    tetap, diganti, arsip = _lindungi_final(dipilih, data, lama, keluaran, ganti_final)
    # A replaced final that had a PDF gets a new one: its old PDF must not
    # stand beside the new document.
    pdf_ids = {d.id for d in dipilih} if pdf else {e["id"] for e in diganti if _pdf_di_samping(keluaran / e["berkas"]).exists()}
    pdf_data = _pdf([d for d in dipilih if d.id in pdf_ids], data, tetap, batas_waktu_pdf) if pdf_ids else {}

    trans = Transaksi(keluaran)
    cap = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for relatif, isi in arsip(cap):
        trans.tambah(relatif, isi, hanya_baca=True)
    for d in dipilih:
        if d.id in tetap:
            continue  # a final document, unchanged: left as it is
        entri = {
            "id": d.id,
            "jenis": d.jenis,
            "judul": d.judul,
            "sumber": [_relatif(s, akar) for s in d.sumber if s is not None],
            "templat": _relatif(templat / d.templat, akar),
        }
        if d.jenis in ("keputusan", "lampiran"):
            entri["status"] = "final" if d.final else "konsep"
        if d.id in pdf_data:
            jalur_pdf = d.jalur[: -len(".docx")] + ".pdf"
            trans.tambah(jalur_pdf, pdf_data[d.id], hanya_baca=d.final)
            entri["pdf"] = jalur_pdf
            entri["pdf_sha256"] = sha256(pdf_data[d.id])
        trans.tambah(d.jalur, data[d.id], entri, hanya_baca=d.final)
    entri = trans.simpan()
    ditulis = {d.jalur for d in dipilih if d.id not in tetap}
    hasil = [e for e in entri if e["berkas"] in ditulis]
    return hasil + [dict(lama[i], tetap=True) for i in sorted(tetap)]


def _lindungi_final(dipilih: list[Dokumen], data: dict[str, bytes], lama: dict[str, dict], keluaran: Path, ganti: bool):
    """Final documents are never overwritten silently.

    Returns the ids to leave untouched (final and unchanged) and a function
    giving the archive files (path, bytes) for the finals being replaced.
    """
    tetap: set[str] = set()
    diganti: list[dict] = []
    berbeda: list[str] = []
    for d in dipilih:
        e = lama.get(d.id)
        if e is None or not d.final:
            continue  # no final yet, or a konsep preview (written beside the final, not over it)
        berkas_lama = keluaran / e["berkas"]
        if not berkas_lama.exists():
            continue
        if e.get("sha256") == sha256(data[d.id]):
            tetap.add(d.id)
            continue
        berbeda.append(d.id)
        diganti.append(e)
    if berbeda and not ganti:
        raise KeluaranError(
            "dokumen final sudah ada dan isinya akan berubah: " + ", ".join(berbeda) + ". "
            "Dokumen final tidak ditimpa; bila memang harus diganti, ulangi dengan --ganti-final "
            f"(berkas lama diarsipkan di {keluaran.as_posix()}/{FOLDER_ARSIP}/). Tidak ada berkas yang diubah."
        )

    def arsip(cap: str) -> list[tuple[str, bytes]]:
        hasil = []
        for e in diganti:
            nama = f"{e['id']}-{cap}-{e['sha256'][:12]}"
            hasil.append((f"{FOLDER_ARSIP}/{nama}.docx", (keluaran / e["berkas"]).read_bytes()))
            pdf_lama = _pdf_di_samping(keluaran / e["berkas"])
            if pdf_lama.exists():
                hasil.append((f"{FOLDER_ARSIP}/{nama}.pdf", pdf_lama.read_bytes()))
            hasil.append((f"{FOLDER_ARSIP}/{nama}.json", (json.dumps(e, ensure_ascii=False, indent=2) + "\n").encode("utf-8")))
        return hasil

    return tetap, diganti, arsip


def _pdf_di_samping(docx: Path) -> Path:
    return docx.with_suffix(".pdf")


def _pdf(dipilih: list[Dokumen], data: dict[str, bytes], tetap: set[str], batas_waktu: float) -> dict[str, bytes]:
    """PDFs of the documents: one LibreOffice run for the konsep documents and
    one for the final ones (PDF/A-2b, ready for electronic signing)."""
    hasil: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="naskah-pdf-") as tmp:
        folder = Path(tmp)
        for final in (False, True):
            kelompok = [d for d in dipilih if d.final == final and d.id not in tetap]
            if not kelompok:
                continue
            sumber = []
            for d in kelompok:
                berkas = folder / d.berkas
                berkas.write_bytes(data[d.id])
                sumber.append(berkas)
            for d, berkas_pdf in zip(kelompok, konversi_pdf(sumber, folder / ("final" if final else "konsep"),
                                                            batas_waktu=batas_waktu, pdfa=final)):
                hasil[d.id] = berkas_pdf.read_bytes()
    return hasil
