"""Layering: only melayani_desk/ui/ imports PySide6; the core imports neither the desk nor
the hub; the hub never imports the desk (it installs without Qt)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "melayani_desk": ROOT / "melayani_desk",
    "melayani_core": ROOT / "core" / "melayani_core",
    "melayani_hub": ROOT / "hub" / "melayani_hub",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def _modules(pkg: str) -> list[Path]:
    return sorted(PACKAGES[pkg].rglob("*.py"))


def test_pyside6_only_in_ui():
    offenders = []
    for pkg in PACKAGES:
        for path in _modules(pkg):
            if pkg == "melayani_desk" and path.relative_to(PACKAGES[pkg]).parts[0] == "ui":
                continue
            if "PySide6" in _imports(path):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_core_imports_neither_desk_nor_hub():
    offenders = [
        str(p.relative_to(ROOT))
        for p in _modules("melayani_core")
        if _imports(p) & {"melayani_desk", "melayani_hub", "PySide6", "fastapi"}
    ]
    assert offenders == []


def test_hub_never_imports_the_desk():
    offenders = [
        str(p.relative_to(ROOT)) for p in _modules("melayani_hub") if "melayani_desk" in _imports(p)
    ]
    assert offenders == []


def test_architecture_check_sees_every_package():
    # guard against the checks above passing because they look in the wrong place
    for pkg in PACKAGES:
        assert len(_modules(pkg)) > 5, pkg
    assert (ROOT / "melayani_desk" / "ui" / "window" / "main_window.py").exists()
