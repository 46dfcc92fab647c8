"""Refresh the Indonesian translation of the window, then compile both catalogs.

    python scripts/update_translations.py [--fill strings.tsv ...] [--check]

1. ``pyside6-lupdate`` reads every ``self.tr(...)``/``QCoreApplication.translate(...)`` in
   melayani_desk/ui/**/*.py into resources/translations/melayani_id.ts, keeping the existing
   translations (new strings come in as unfinished; vanished ones are dropped).
2. The .ts file is the one source of the translation (edit it in Qt Linguist,
   ``pyside6-linguist``, or as XML). Tab-separated files (context, English, Indonesian)
   only fill what is not translated yet: resources/translations/*_id.tsv (strings
   lupdate cannot extract, added back after every lupdate) and any ``--fill`` file (a
   batch of new strings); a finished translation is never overwritten.
3. ``pyside6-lrelease`` compiles melayani_id.ts and the hand-written qtbase_id.ts into .qm
   (the .qm files are committed: the build and the app read them).

``--check`` exits 1 when a message is left unfinished (tests/test_i18n.py checks it too).
Edit translations in Qt Linguist (``pyside6-linguist``) or in the .ts XML directly.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
APP_TS = TS_DIR / "melayani_id.ts"
QT_TS = TS_DIR / "qtbase_id.ts"
SOURCES = ROOT / "melayani_desk" / "ui"


def tool(name: str) -> str:
    """pyside6-<name> beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found (pip install PySide6-Essentials)")


def lupdate(ts: Path, sources: list[Path]) -> None:
    cmd = [tool("lupdate"), *map(str, sources), "-locations", "none", "-no-obsolete",
           "-source-language", "en", "-target-language", "id", "-ts", str(ts)]
    subprocess.run(cmd, check=True, cwd=ROOT)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, cwd=ROOT)


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")[:3]
        out[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    return out


def fill(ts: Path, translations: dict[tuple[str, str], str]) -> int:
    """Translate the messages not finished yet; add the messages lupdate cannot see.

    A helper function named ``tr`` that calls ``QCoreApplication.translate("Ctx", ...)``
    is extracted by lupdate without its context; at run time the string is looked up
    under "Ctx", so the message is added there, and the context-less copy gets the same
    translation (found by its English text).
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    by_source = {source: text for (_ctx, source), text in translations.items()}
    seen = set()
    filled = 0
    for name, context in contexts.items():
        for message in context.iter("message"):
            source = message.findtext("source")
            key = (name, source)
            text = translations.get(key) or (by_source.get(source) if not name else None)
            if text is None:
                continue
            seen.add(key)
            if _finished(message):
                continue  # the .ts is the source: a finished translation stays as it is
            _translate(message, text)
            filled += 1
    for (name, source), text in translations.items():
        if (name, source) in seen:
            continue
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation")
        _translate(message, text)
        filled += 1
    ET.indent(tree, "    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<TS ", "<!DOCTYPE TS>\n<TS ", 1)
    ts.write_text(text + "\n", encoding="utf-8")
    return filled


def _translate(message: ET.Element, text: str) -> None:
    node = message.find("translation")
    if message.get("numerus") == "yes":
        forms = node.findall("numerusform") or [ET.SubElement(node, "numerusform")]
        for form in forms:
            form.text = text
    else:
        node.text = text
    node.attrib.pop("type", None)


def _finished(message: ET.Element) -> bool:
    node = message.find("translation")
    if node is None:
        return False
    texts = [node.text] + [f.text for f in node.findall("numerusform")]
    return node.get("type") not in ("unfinished", "vanished", "obsolete") and any(texts)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if not _finished(message)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fill", type=Path, action="append", default=[])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate(APP_TS, sorted(SOURCES.rglob("*.py")))
    tsvs = sorted(TS_DIR.glob("*_id.tsv")) + args.fill
    for tsv in tsvs:
        print(f"{tsv}: {fill(APP_TS, read_tsv(tsv))} filled")
    for ts in (APP_TS, QT_TS):
        lrelease(ts)
    todo = unfinished(APP_TS)
    for context, source in todo:
        print(f"unfinished: {context}: {source!r}")
    return 1 if args.check and todo else 0


if __name__ == "__main__":
    raise SystemExit(main())
