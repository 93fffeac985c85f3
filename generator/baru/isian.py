"""The text of each file ``naskah baru`` writes, from the templates in
``baru/templat/`` (YAML and Markdown with their Indonesian comments).

The templates are the package's own; every value from the user's options
reaches them as data and is written through a filter that quotes it for
its file (``q``: a YAML double-quoted scalar; ``md``: Markdown text with
its markup characters escaped), never as template code.
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

_MARKAH_MD = re.compile(r"([\\`*_{}\[\]<>#+!|~])")


def _yaml(nilai: Any) -> str:
    """A YAML double-quoted scalar (JSON's string escapes are YAML's)."""
    return json.dumps(str(nilai), ensure_ascii=False)


def _md(nilai: Any) -> str:
    """Text for Markdown: every markup character escaped."""
    return _MARKAH_MD.sub(r"\\\1", str(nilai))


def _muat(nama: str) -> tuple[str, None, Any]:
    teks = (files("generator") / "baru" / "templat" / nama).read_text(encoding="utf-8")
    return teks, None, lambda: True


@functools.cache
def _lingkungan() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=jinja2.FunctionLoader(_muat),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["q"] = _yaml
    env.filters["md"] = _md
    return env


def isi(templat: str, **konteks: Any) -> str:
    """The text of ``templat`` filled with ``konteks``."""
    return _lingkungan().get_template(templat).render(**konteks)
