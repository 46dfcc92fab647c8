"""The wheel carries what the app needs at run time: a `pip install .` (not only an
editable one) must find the sample directory, the lexicon, the translations and every
Alembic migration."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEEDED = [
    "melayani_desk/resources/sample/services.csv",
    "melayani_desk/resources/sample/contacts.csv",
    "melayani_desk/resources/sample/organizations.csv",
    "melayani_desk/resources/lexicon/synonyms.tsv",
    "melayani_desk/resources/lexicon/stem_exceptions.tsv",
    "melayani_desk/resources/lexicon/weak.txt",
    "melayani_desk/resources/translations/melayani_id.qm",
    "melayani_desk/resources/translations/qtbase_id.qm",
    "melayani_desk/storage/migrations/directory/env.py",
    "melayani_desk/storage/migrations/directory/script.py.mako",
    "melayani_desk/storage/migrations/desk/env.py",
    "melayani_hub/migrations/env.py",
]


def test_wheel_holds_resources_and_migrations(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("melayani_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in NEEDED if n not in names]
    assert missing == []
    for kind, folder in (("directory", "d"), ("desk", "k")):
        source = sorted(
            p.name
            for p in (ROOT / "melayani_desk/storage/migrations" / kind / "versions").glob(
                f"{folder}*.py"
            )
        )
        packed = sorted(
            Path(n).name
            for n in names
            if n.startswith(f"melayani_desk/storage/migrations/{kind}/versions/")
            and n.endswith(".py")
        )
        assert source and packed == source
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
