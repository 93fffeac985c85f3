"""Alat bantu tes bersama: jalur repo, CLI sungguhan sebagai proses, potret
folder, konten mentah yang dibaca sendiri dengan yaml.safe_load, dan
repositori git uji. Fixture-nya ada di ``conftest.py``."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

AKAR = Path(__file__).resolve().parents[1]
KONTEN = AKAR / "konten"
TEMPLAT = AKAR / "templat"


def jalankan_cli(*argumen: str, cwd: Path = AKAR, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m generator ARGUMEN...`` sebagai proses sungguhan."""
    lingkungan = dict(os.environ)
    lingkungan["PYTHONIOENCODING"] = "utf-8"
    if env:
        lingkungan.update(env)
    return subprocess.run(
        [sys.executable, "-m", "generator", *argumen],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=lingkungan,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def sha256_berkas(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def potret(folder: Path) -> dict[str, str] | None:
    """Semua berkas (juga yang tersembunyi) di bawah ``folder`` -> sha256; None bila folder tidak ada."""
    folder = Path(folder)
    if not folder.exists():
        return None
    hasil = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        hasil[rel] = "<folder>" if p.is_dir() else sha256_berkas(p)
    return hasil


# Kata yang tidak boleh muncul di dokumen perangkat daerah yang jenisnya tidak
# memintanya (issue 10, Periksa): nama lembaga dan daerah contoh, sebutan Setda.
KATA_JENIS_LAIN = {
    "Sekretaris Daerah": r"(?i)\bsekretaris\s+daerah\b",
    "Bagian": r"\bBagian\b|\bBAGIAN\b",  # "bagian tidak terpisahkan" di diktum adalah kata biasa
    "Eselon": r"(?i)\beselon\b",
    "Balangan": r"(?i)\bbalangan\b",
    "Paringin": r"(?i)\bparingin\b",
}


# --- konten yang diharapkan, dibaca langsung dari YAML --------------------------


@dataclass
class KontenMentah:
    folder: Path
    instansi: dict
    keputusan: dict
    unit: dict[str, dict]  # id -> isi YAML
    berkas_unit: dict[str, Path]  # id -> berkas

    def indikator(self, uid: str) -> list[dict]:
        """Indikator unit dalam urutan YAML: sasaran unit, lalu sub_unit (bertingkat) berurutan."""
        return [i for s in self.sasaran(uid) for i in s["indikator"]]

    def sasaran(self, uid: str) -> list[dict]:
        """Sasaran unit dalam urutan YAML: milik unit, lalu setiap sub_unit pada kedalaman mana pun."""
        return sasaran_mentah(self.unit[uid])


def sasaran_mentah(simpul: dict) -> list[dict]:
    """Sasaran satu unit atau sub_unit YAML dan semua sub_unit di bawahnya, urut baca."""
    hasil = list(simpul.get("sasaran") or [])
    for sub in simpul.get("sub_unit") or []:
        hasil.extend(sasaran_mentah(sub))
    return hasil


def baca_konten_mentah(folder: Path) -> KontenMentah:
    folder = Path(folder)
    instansi = yaml.safe_load((folder / "instansi.yaml").read_text(encoding="utf-8"))
    keputusan = yaml.safe_load((folder / "keputusan.yaml").read_text(encoding="utf-8"))
    unit, berkas = {}, {}
    for p in sorted((folder / "unit").glob("*.yaml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        unit[data["id"]] = data
        berkas[data["id"]] = p
    return KontenMentah(folder, instansi, keputusan, unit, berkas)


@dataclass
class Bangunan:
    folder: Path
    proses: subprocess.CompletedProcess
    manifest: dict

    def entri(self, did: str) -> dict:
        for e in self.manifest["dokumen"]:
            if e["id"] == did:
                return e
        raise KeyError(did)

    def berkas(self, did: str) -> Path:
        return self.folder / self.entri(did)["berkas"]


def jalur_sumber(sumber: str, keluaran: Path, konten_folder: Path = KONTEN) -> Path | None:
    """Berkas yang dimaksud satu butir ``sumber`` manifest (mutlak, atau relatif
    terhadap induk folder konten, folder konten, atau folder keluaran)."""
    p = Path(sumber)
    calon = [p] if p.is_absolute() else [konten_folder.parent / p, konten_folder / p, Path(keluaran) / p]
    for c in calon:
        if c.is_file():
            return c.resolve()
    return None


def ganti_teks(berkas: Path, lama: str, baru: str) -> int:
    """Ganti satu kemunculan ``lama`` (harus tepat satu) dengan ``baru``; kembalikan nomor baris (1-based)."""
    isi = berkas.read_text(encoding="utf-8")
    assert isi.count(lama) == 1, f"{lama!r} muncul {isi.count(lama)} kali di {berkas}"
    baris = isi[: isi.index(lama)].count("\n") + 1
    berkas.write_text(isi.replace(lama, baru), encoding="utf-8")
    return baris


# --- repositori git uji ----------------------------------------------------------


def git(repo: Path, *argumen: str) -> str:
    """``git ARGUMEN...`` di ``repo`` dengan identitas uji (git sungguhan)."""
    proses = subprocess.run(
        ["git", "-c", "user.name=Uji Naskah", "-c", "user.email=uji@naskah.invalid", "-c", "commit.gpgsign=false",
         "-c", "init.defaultBranch=utama", *argumen],
        cwd=repo, capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    return proses.stdout


def repo_dua_commit(akar: Path, ubah: Callable[[Path], None], pesan: str, *, konten: Path = KONTEN) -> Path:
    """Repositori git di ``akar/repo`` berisi ``konten/``: commit pertama
    seperti ``konten``, commit kedua setelah ``ubah(folder_konten)``.
    ``akar/asli`` menyimpan salinan commit pertama."""
    repo = akar / "repo"
    repo.mkdir(parents=True)
    shutil.copytree(konten, repo / "konten")
    shutil.copytree(konten, akar / "asli")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "konten awal")
    ubah(repo / "konten")
    git(repo, "commit", "-q", "-a", "-m", pesan)
    return repo


# --- perubahan contoh yang dipakai tes beda dan lacak -----------------------------

NAMA_LAMA = "Tingkat kepuasan layanan penanganan kasus/perkara"
NAMA_BARU = "Tingkat kepuasan layanan penanganan perkara hukum"
MENGINGAT_BARU = "Peraturan Bupati Balangan Nomor 3 Tahun 2022 tentang Rencana Strategis [Renstra] & Sekretariat Daerah"


def hapus_hukum_6(konten: Path) -> None:
    """Indicator hukum-6 removed from the IKU with its sasaran, and its
    Rencana Aksi from the PK (its realisasi stays)."""
    hukum = konten / "unit" / "hukum.yaml"
    isi = hukum.read_text(encoding="utf-8")
    awal = isi.index("      - kinerja_utama: Terlaksananya Aksi dan Pelaporan RANHAM")
    akhir = isi.index("  - nama: Sub Bagian Dokumentasi dan Informasi")
    assert "id: hukum-6" in isi[awal:akhir] and isi[awal:akhir].count("- id:") == 1
    hukum.write_text(isi[:awal] + isi[akhir:], encoding="utf-8")
    pk = konten / "pk" / "2022.yaml"
    isi = pk.read_text(encoding="utf-8")
    ra = isi.index("      # tidak kumulatif: laporan per triwulan")
    pk.write_text(isi[:ra] + isi[isi.index("\n", isi.index("hukum-6: {tw:", ra)) + 1:], encoding="utf-8")


def ubah_konten(konten: Path) -> None:
    """The known changes: a target, a name, a word in a makna, an indicator
    removed (with its sasaran and its Rencana Aksi in the PK), a Mengingat
    item added."""
    hukum = konten / "unit" / "hukum.yaml"
    ganti_teks(hukum, '2022: "84"', '2022: "85"')
    ganti_teks(hukum, f"nama: {NAMA_LAMA}", f"nama: {NAMA_BARU}")
    ganti_teks(
        hukum,
        'makna: "tidak ada produk hukum sasaran yang tumpang tindih"',
        'makna: "tidak ada produk hukum sasaran yang saling tumpang tindih"',
    )
    hapus_hukum_6(konten)
    terakhir = '  - "Peraturan Bupati Balangan Nomor 74 Tahun 2021 tentang Tugas Pokok dan Fungsi dan Uraian Tugas Sekretariat Daerah"\n'
    ganti_teks(konten / "keputusan.yaml", terakhir, terakhir + f'  - "{MENGINGAT_BARU}"\n')


# --- dokumen final dari salinan contoh ----------------------------------------------

KEP = "keputusan-iku"
HUKUM = "keputusan-iku-lampiran-hukum"


def jadikan_final(konten: Path, tanggal: str = "20 Desember 2021") -> None:
    berkas = konten / "keputusan.yaml"
    isi = berkas.read_text(encoding="utf-8")
    assert "status: konsep" in isi and "  tanggal: Desember 2021" in isi
    isi = isi.replace("status: konsep", "status: final").replace("  tanggal: Desember 2021", f"  tanggal: {tanggal}")
    berkas.write_text(isi, encoding="utf-8")


def ubah_target(konten: Path, lama: str = '2021: "83"', baru: str = '2021: "84"') -> None:
    berkas = konten / "unit" / "hukum.yaml"
    isi = berkas.read_text(encoding="utf-8")
    assert lama in isi
    berkas.write_text(isi.replace(lama, baru, 1), encoding="utf-8")


# --- templat yang diubah -------------------------------------------------------------


def templat_dengan(folder: Path, nama: str, dari: str, ke: str) -> Path:
    """Salinan folder templat bawaan dengan satu tag di ``nama`` diganti."""
    shutil.copytree(TEMPLAT, folder)
    berkas = folder / nama
    with zipfile.ZipFile(TEMPLAT / nama) as z:
        isi = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(berkas, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in isi:
            if info.filename == "word/document.xml":
                teks = data.decode("utf-8")
                assert dari in teks
                data = teks.replace(dari, ke, 1).encode("utf-8")
            z.writestr(info, data)
    return folder
