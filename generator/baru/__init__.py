"""``naskah baru``: a complete, valid content folder for a new Perangkat
Daerah of any kind, every placeholder flagged ``perlu_konfirmasi``, its
YAML commented in Indonesian (``rancangan``: the request and the units;
``isian``: the templates of ``templat/``; ``folder``: writing it)."""

from .folder import buat_folder, periksa_tujuan
from .rancangan import Permintaan

__all__ = ["Permintaan", "buat_folder", "periksa_tujuan"]
