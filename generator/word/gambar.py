"""Images a document may hold: real PNG or JPEG, checked by decoding them
(Pillow), of a size a document can carry."""

from __future__ import annotations

import io
import warnings

# Far above a scanned organisation chart at print resolution, far below
# what would exhaust memory while the image is decoded or embedded.
BATAS_BAIT = 20 * 1024 * 1024
BATAS_PIKSEL = 60_000_000

FORMAT = {"PNG": "png", "JPEG": "jpeg"}


class GambarTidakSah(ValueError):
    """The bytes are not an image a document may hold; the text says why,
    in Indonesian."""


def periksa_gambar(data: bytes) -> str:
    """The image's extension (``png`` or ``jpeg``) after decoding it whole;
    :class:`GambarTidakSah` when it is not a complete PNG or JPEG."""
    from PIL import Image

    if len(data) > BATAS_BAIT:
        raise GambarTidakSah(f"gambar lebih dari {BATAS_BAIT // (1024 * 1024)} MiB")
    jenis = ""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                jenis = img.format
                if jenis not in FORMAT:
                    raise GambarTidakSah(f"bukan gambar PNG atau JPEG (terbaca sebagai {jenis})")
                lebar, tinggi = img.size
                if lebar * tinggi > BATAS_PIKSEL:
                    raise GambarTidakSah(f"gambar terlalu besar ({lebar} x {tinggi} piksel)")
                img.load()
        except GambarTidakSah:
            raise
        except Image.UnidentifiedImageError:
            raise GambarTidakSah("bukan gambar PNG atau JPEG") from None
        except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise GambarTidakSah(f"gambar {jenis + ' ' if jenis else ''}rusak atau terpotong") from None
    return FORMAT[jenis]
