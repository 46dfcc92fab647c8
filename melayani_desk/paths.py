"""Where things live: the user's data directory and the bundled resources.

The data directory is the platformdirs user data dir, unless ``--data-dir`` or the
``MELAYANI_DATA_DIR`` environment variable says otherwise. Resources are found by
:mod:`melayani_core.resources` (one place for the desk and the hub).
"""

from __future__ import annotations

import os
from pathlib import Path

from melayani_core.resources import resource, resources_dir

__all__ = ["data_dir", "resource", "resources_dir"]

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
