"""The bundled resources folder (sample directory, lexicon, need concepts, translations).

Found in a source checkout (``resources/`` at the top of the repository), in an installed
wheel (the ``melayani_core.resources`` package, mapped from that folder at build time) and
in a PyInstaller build (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The bundled resources folder, wherever the program runs from."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source = _HERE.parent.parent / "resources"  # core/melayani_core -> repository root
    if (source / "lexicon").is_dir():
        return source
    installed = _HERE / "resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError("resources folder not found beside melayani_core")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
