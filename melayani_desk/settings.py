"""The desk's settings: one typed registry, stored as JSON in the data directory.

Every setting is declared once below with its type and default; reading returns the
default for a missing or malformed value, and writing is atomic.  Plain Python so the
command line, the search and the window read the same values.  Domain data (referrals,
the directory) never lives here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields
from pathlib import Path

from melayani_core.storage import durable

SETTINGS_FILE = "settings.json"
SCHEMA_VERSION = 1

FONT_SIZES = (10, 12, 14, 16, 18, 20, 24)
LANGUAGES = ("id", "en")
PAPERS = ("a4", "a5", "a6", "58mm", "80mm")


@dataclass
class Settings:
    desk_name: str = ""
    kecamatan: str = ""
    desa: str = ""
    language: str = "id"  # the window opens in Bahasa Indonesia whatever the system locale
    font_size: int = 12  # points; scales the whole window
    paper: str = "a5"
    printer: str = ""
    sync_minutes: int = 5

    def validated(self) -> Settings:
        """A copy with every out-of-range value replaced by its default."""
        default = Settings()
        if self.language not in LANGUAGES:
            self.language = default.language
        if self.font_size not in FONT_SIZES:
            self.font_size = min(FONT_SIZES, key=lambda s: abs(s - int(self.font_size)))
        if self.paper not in PAPERS:
            self.paper = default.paper
        self.sync_minutes = max(1, min(int(self.sync_minutes), 240))
        for f in ("desk_name", "kecamatan", "desa", "printer"):
            setattr(self, f, str(getattr(self, f))[:200].strip())
        return self


def load(data_dir: Path) -> Settings:
    path = Path(data_dir) / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, OSError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    values = {}
    for f in fields(Settings):
        if f.name in raw:
            value = raw[f.name]
            kind = type(getattr(Settings(), f.name))
            if kind is int and isinstance(value, int | float | str):
                try:
                    value = int(value)
                except ValueError:
                    continue
            if isinstance(value, kind):
                values[f.name] = value
    return Settings(**values).validated()


def save(data_dir: Path, settings: Settings) -> None:
    settings.validated()
    path = Path(data_dir) / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    data = {
        "schema": SCHEMA_VERSION,
        **{f.name: getattr(settings, f.name) for f in fields(settings)},
    }
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    durable.replace(tmp, path)  # the folder fsynced too: a power cut keeps the new settings
