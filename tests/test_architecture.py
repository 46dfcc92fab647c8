"""The core is plain Python: only melayani_desk/ui/ may import PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_pyside6_only_in_ui():
    offenders = []
    for pkg in ("melayani_desk", "melayani_hub"):
        for path in (ROOT / pkg).rglob("*.py") if (ROOT / pkg).exists() else []:
            if "ui" in path.relative_to(ROOT / pkg).parts[:1]:
                continue
            if "PySide6" in _imports(path):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_architecture_check_sees_the_ui_package():
    # guard against the check above passing because it looks in the wrong place
    assert (ROOT / "melayani_desk" / "cli.py").exists()
