"""Charts for the LKjIP (matplotlib): target against realisasi over the years.

Numbers on the axes are written the Indonesian way (through ``format``); the
PNG is rendered at print resolution and carries no timestamp or version, so
the same data give the same bytes.
"""

from __future__ import annotations

import io
from decimal import Decimal

from . import format as fmt

DPI = 300


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.family": "DejaVu Serif",
            "font.size": 8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "naskah",
        }
    )
    return plt


def _label_sumbu(y: float) -> str:
    """An axis tick in Indonesian notation, without needless decimals."""
    d = Decimal(f"{y:.2f}")
    if d == d.to_integral_value():
        return fmt.angka(int(d))
    return fmt.angka(d.normalize())


def grafik_target_realisasi(
    judul: str,
    tahun: list[int],
    target: list[Decimal | None],
    realisasi: list[Decimal | None],
    satuan: str,
) -> bytes:
    """A bar chart per year: target beside realisasi; a missing value leaves a gap."""
    plt = _pyplot()
    from matplotlib.ticker import FuncFormatter

    fig, ax = plt.subplots(figsize=(6.0, 2.6))
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
        for i, v in enumerate(realisasi):
            if v is None:
                ax.annotate("belum ada data", (i + lebar / 2, 0), ha="center", va="bottom", fontsize=6, rotation=90)
            else:
                ax.annotate(fmt.angka(v), (i + lebar / 2, float(v)), ha="center", va="bottom", fontsize=6)
        ax.set_ylabel(satuan)
        ax.set_title(judul, fontsize=8, loc="left")
        ax.legend(frameon=False, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
        return buf.getvalue()
    finally:
        plt.close(fig)
