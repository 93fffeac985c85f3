"""Charts for the LKjIP (matplotlib): target against realisasi over the years.

Numbers on the axes are written the Indonesian way (through ``format``); the
image is rendered at print resolution and carries no timestamp or version, so
the same data give the same bytes.  A chart is kept in the build cache
(:class:`generator.dasar.tembolok.Tembolok`) under the hash of its data;
the charts not drawn before are drawn in worker processes
(:func:`gambar_grafik`), so matplotlib is never imported into the build.

The margins are fixed, the left one sized from the widest tick label,
instead of ``tight_layout`` measuring every artist of every chart.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from decimal import Decimal

from ..dasar import format as fmt
from ..dasar.tembolok import Tembolok, kunci, sidik_paket

DPI = 300
# The chart is drawn at the size it is printed (LEBAR_CM wide), so that 300
# dpi is the print resolution and no pixel more: LibreOffice's PDF export
# time grows with the pixels of the images.
UKURAN_INCI = (4.3, 2.0)
LEBAR_CM = UKURAN_INCI[0] * 2.54

# Margins as tight_layout placed them around the fixed texts (the title
# above, the years below, the legend to the right), as fractions of the
# figure; the left one depends on the tick labels (:func:`_kiri`).
KANAN = 0.8095
ATAS = 0.875
BAWAH = 0.1425
# Points: tight_layout's pad (1.08 x the font size), matplotlib's default
# label pad, tick pad and tick length.
_TEPI_PT = 1.08 * 6.5
_JARAK_LABEL_PT = 4.0
_JARAK_TIK_PT = 3.5
_PANJANG_TIK_PT = 3.5


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.family": "DejaVu Serif",
            "font.size": 6.5,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "naskah",
        }
    )
    return plt


def _jpeg(fig) -> bytes:
    """The figure as a JPEG at 300 dpi (recorded in its JFIF header), high
    quality, no timestamp or version: LibreOffice places a JPEG in a PDF as
    it is, where a PNG must be decoded and compressed again (the PDFs of the
    report come out a third faster)."""
    from PIL import Image

    fig.canvas.draw()
    rgba = Image.frombuffer("RGBA", fig.canvas.get_width_height(), fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buf = io.BytesIO()
    rgba.convert("RGB").save(buf, format="JPEG", dpi=(DPI, DPI), quality=92, subsampling=0)
    return buf.getvalue()


def _label_sumbu(y: float) -> str:
    """An axis tick in Indonesian notation, without needless decimals."""
    d = Decimal(f"{y:.2f}")
    if d == d.to_integral_value():
        return fmt.angka(int(d))
    return fmt.angka(d.normalize())


def sumbu_y(target: list[Decimal | None], realisasi: list[Decimal | None]) -> tuple[float, float] | None:
    """The value axis when matplotlib's own would not read: 0 to 1 when every
    value is 0 (a target-0 indicator met exactly, where the autoscale gives
    an empty plot from -0,04 to 0,04); None (the autoscale) otherwise."""
    if any(v is not None and v != 0 for v in (*target, *realisasi)):
        return None
    return (0.0, 1.0)


@dataclass(frozen=True)
class Grafik:
    """The data of one chart: a bar per year, target beside realisasi; a
    missing value leaves a gap."""

    judul: str
    tahun: tuple[int, ...]
    target: tuple[Decimal | None, ...]
    realisasi: tuple[Decimal | None, ...]
    satuan: str

    def kunci(self) -> str:
        return kunci("grafik", sidik_paket(), self.judul, list(self.tahun), list(self.target), list(self.realisasi),
                     self.satuan)


def gambar_grafik(daftar: list[Grafik], tembolok: Tembolok | None = None) -> list[bytes]:
    """The JPEG of each chart of ``daftar``: from ``tembolok`` when the same
    data were drawn before, the others drawn in worker processes, so that
    matplotlib (some 50 MB once it has drawn) never enters the build's own
    process, and a report's hundreds of charts are drawn on every core."""
    tembolok = tembolok or Tembolok(None)
    kunci_ = [g.kunci() for g in daftar]
    data: list[bytes | None] = [tembolok.ambil("grafik", k) for k in kunci_]
    kurang = {kunci_[i]: daftar[i] for i, d in enumerate(data) if d is None}  # the same data drawn once
    if kurang:
        baru = dict(zip(kurang, _gambar_terpisah(list(kurang.values()))))
        for k, d in baru.items():
            tembolok.taruh("grafik", k, d)
        data = [d if d is not None else baru[k] for d, k in zip(data, kunci_)]
    return data  # type: ignore[return-value]


#: Charts per task of a worker (a task is not interrupted: Ctrl-C waits for one at most).
_PER_TUGAS = 8


def _gambar_terpisah(daftar: list[Grafik]) -> list[bytes]:
    """Each chart drawn in worker processes (in order); in this process when
    workers cannot be started here."""
    tugas = [daftar[i:i + _PER_TUGAS] for i in range(0, len(daftar), _PER_TUGAS)]
    try:
        kolam = ProcessPoolExecutor(max_workers=max(1, min(os.cpu_count() or 1, len(tugas))),
                                    mp_context=multiprocessing.get_context("spawn"), initializer=_pekerja_mulai)
    except OSError:
        return _gambar_semua(daftar)
    try:
        return [g for bagian in kolam.map(_gambar_semua, tugas) for g in bagian]
    except BrokenProcessPool:  # a worker could not start or died: drawn here instead
        return _gambar_semua(daftar)
    finally:
        kolam.shutdown(wait=True, cancel_futures=True)


def _pekerja_mulai() -> None:
    """A worker leaves Ctrl-C to the build, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _gambar_semua(daftar: list[Grafik]) -> list[bytes]:
    """Each chart's JPEG (in a worker)."""
    return [_gambar(g.judul, list(g.tahun), list(g.target), list(g.realisasi), g.satuan) for g in daftar]


def _kiri(fig, ax) -> float:
    """The left margin: the tight_layout pad, the unit label, the widest
    tick label in view, the tick pad and length."""
    from matplotlib.font_manager import FontProperties

    pengukur = fig.canvas.get_renderer()
    px = fig.dpi / 72
    bawah, atas = sorted(ax.get_ylim())
    pemformat = ax.yaxis.get_major_formatter()
    tik = [y for y in ax.get_yticks() if bawah - 1e-9 <= y <= atas + 1e-9]
    huruf = FontProperties(size=_pyplot().rcParams["ytick.labelsize"])  # the tick labels' font, without making the ticks
    lebar = max((pengukur.get_text_width_height_descent(pemformat(y, i), huruf, ismath=False)[0] for i, y in enumerate(tik)),
                default=0.0)
    label = ax.yaxis.label
    tinggi_label = 0.0
    if label.get_text():
        ukuran = FontProperties(size=label.get_fontsize())
        tinggi_label = pengukur.get_text_width_height_descent(label.get_text(), ukuran, ismath=False)[1] + _JARAK_LABEL_PT * px
    piksel = (_TEPI_PT + _JARAK_TIK_PT + _PANJANG_TIK_PT) * px + tinggi_label + lebar
    return piksel / (fig.get_figwidth() * fig.dpi)


def _gambar(
    judul: str,
    tahun: list[int],
    target: list[Decimal | None],
    realisasi: list[Decimal | None],
    satuan: str,
) -> bytes:
    plt = _pyplot()
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fig, ax = plt.subplots(figsize=UKURAN_INCI, dpi=DPI)
    try:
        x = list(range(len(tahun)))
        lebar = 0.38
        t = [float(v) if v is not None else 0.0 for v in target]
        r = [float(v) if v is not None else 0.0 for v in realisasi]
        ax.bar([i - lebar / 2 for i in x], t, lebar, label="Target", color="#9aa9bd")
        batang = ax.bar([i + lebar / 2 for i in x], r, lebar, label="Realisasi", color="#1f4e79")
        for b, v in zip(batang, realisasi):
            if v is None:
                b.set_height(0)
        ax.set_xticks(x, [str(t_) for t_ in tahun])
        ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: _label_sumbu(float(y))))
        batas = sumbu_y(target, realisasi)
        if batas is not None:
            ax.set_ylim(*batas)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        # The zero line: a target or realisasi of 0 (or below 0) is drawn against it.
        ax.axhline(0, color="#444444", linewidth=0.6)
        for i, v in enumerate(target):
            if v is not None and v == 0:
                ax.annotate(fmt.angka(v), (i - lebar / 2, 0), ha="center", va="bottom", fontsize=5)
        for i, v in enumerate(realisasi):
            if v is None:
                ax.annotate("belum ada data", (i + lebar / 2, 0), ha="center", va="bottom", fontsize=5, rotation=90)
            else:
                ax.annotate(fmt.angka(v), (i + lebar / 2, float(v)), ha="center", va="top" if v < 0 else "bottom",
                            fontsize=5)
        ax.set_ylabel(satuan)
        ax.set_title(judul, fontsize=6.5, loc="left")
        ax.legend(frameon=False, fontsize=6, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.subplots_adjust(left=_kiri(fig, ax), right=KANAN, top=ATAS, bottom=BAWAH)
        return _jpeg(fig)
    finally:
        plt.close(fig)
