"""Where things live: the user's data directory and the bundled resources.

The data directory is the platformdirs user data dir, unless ``--data-dir`` or the
``MELAYANI_DATA_DIR`` environment variable says otherwise. Resources are found in a
source checkout (``resources/`` beside the package), in an installed wheel (the
``melayani_desk.resources`` package) and in a PyInstaller build (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "MelayaniDesk"
APP_AUTHOR = "PemkabBanyuwangi"
ENV_DATA_DIR = "MELAYANI_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The directory holding this desk's SQLite files, created if missing."""
    if override:
        path = Path(override)
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The bundled resources folder, wherever the program runs from."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source = Path(__file__).resolve().parent.parent / "resources"
    if source.is_dir():
        return source
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError("resources folder not found beside melayani_desk")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
