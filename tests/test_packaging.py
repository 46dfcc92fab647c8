"""The wheel carries what the app needs at run time: a `pip install .` (not only an
editable one) must find the sample directory, the lexicon, the translations and every
Alembic migration."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# (distribution folder, wheel name prefix, files its wheel must hold)
WHEELS = {
    "core": (
        ROOT / "core",
        "melayani_core-",
        [
            "melayani_core/resources/sample/services.csv",
            "melayani_core/resources/sample/contacts.csv",
            "melayani_core/resources/sample/organizations.csv",
            "melayani_core/resources/sample/settings.csv",
            "melayani_core/resources/lexicon/synonyms.tsv",
            "melayani_core/resources/lexicon/stem_exceptions.tsv",
            "melayani_core/resources/lexicon/weak.txt",
            "melayani_core/resources/hsds/datapackage-3.0.json",
            "melayani_core/resources/translations/melayani_id.qm",
            "melayani_core/resources/translations/qtbase_id.qm",
            "melayani_core/storage/migrations/directory/env.py",
            "melayani_core/storage/migrations/directory/script.py.mako",
            "melayani_core/storage/directory_schema.sql",  # a new directory's schema
            "melayani_core/resources/lexicon/ongoing.txt",
            "melayani_core/resources/lexicon/now.txt",
        ],
    ),
    "desk": (
        ROOT,
        "melayani_desk-",
        ["melayani_desk/storage/migrations/desk/env.py", "melayani_desk/storage/desk_schema.sql"],
    ),
    "hub": (ROOT / "hub", "melayani_hub-", ["melayani_hub/migrations/env.py"]),
}
MIGRATIONS = {  # source folder -> (wheel, folder inside it, file prefix)
    ROOT / "core/melayani_core/storage/migrations/directory/versions": (
        "core",
        "melayani_core/storage/migrations/directory/versions/",
        "d",
    ),
    ROOT / "melayani_desk/storage/migrations/desk/versions": (
        "desk",
        "melayani_desk/storage/migrations/desk/versions/",
        "k",
    ),
    ROOT / "hub/melayani_hub/migrations/versions": (
        "hub",
        "melayani_hub/migrations/versions/",
        "h",
    ),
}


def _wheel(folder: Path, prefix: str, out: Path) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(out.glob(f"{prefix}*.whl"))
    return set(zipfile.ZipFile(wheel).namelist())


def test_wheels_hold_resources_and_migrations(tmp_path):
    names = {
        key: _wheel(folder, prefix, tmp_path / key) for key, (folder, prefix, _) in WHEELS.items()
    }
    for key, (_, _, needed) in WHEELS.items():
        assert [n for n in needed if n not in names[key]] == [], key
        assert not [n for n in names[key] if n.startswith("tests/") or "__pycache__" in n]
    for source, (key, inside, prefix) in MIGRATIONS.items():
        expected = sorted(p.name for p in source.glob(f"{prefix}*.py"))
        packed = sorted(
            Path(n).name for n in names[key] if n.startswith(inside) and n.endswith(".py")
        )
        assert expected and packed == expected, source
    # the desk's wheel leaves the core's and the hub's modules to their own wheels
    assert not [n for n in names["desk"] if n.startswith(("melayani_core/", "melayani_hub/"))]
    assert not [n for n in names["hub"] if n.startswith(("melayani_core/", "melayani_desk/"))]
