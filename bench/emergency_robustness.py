"""Emergencies said three ways over the concepts themselves (issue 10), as JSON.

    python -m bench.emergency_robustness [--show]

Every phrase of every ``emergency: yes`` concept (resources/lexicon/concepts), in each of
its languages, is searched on the blind directory (tests/data/blind/directory, which no one
wrote beside the lexicon) three ways: said plainly; with one letter dropped from its longest
word (the middle letter: a slip a clerk makes at speed); and with filler words around and
inside it ("tolong pak, ada ... di sana"). Each must put 112 first.  ``--show`` lists the
phrases that do not.  Unlike the blind queries this set is generated, so it can be tuned on:
it finds the holes a handful of written queries cannot.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.search_quality import BLIND, build_directory

ROOT = Path(__file__).resolve().parent.parent
CONCEPTS = ROOT / "resources" / "lexicon" / "concepts"
LANGS = ("ind", "jav", "osi", "mad")
FILLER_BEFORE, FILLER_INSIDE, FILLER_AFTER = "tolong pak", "itu", "di sana"


def emergency_phrases() -> list[tuple[str, str, str]]:
    """(concept id, language, phrase) of every emergency concept."""
    out: list[tuple[str, str, str]] = []
    for path in sorted(CONCEPTS.glob("*.txt")):
        concept, emergency, phrases = "", False, []
        for line in [*path.read_text(encoding="utf-8").splitlines(), "[end]"]:
            line = line.strip()
            if line.startswith("[") and line.endswith("]"):
                if concept and emergency:
                    out.extend((concept, lang, p) for lang, p in phrases)
                concept, emergency, phrases = line[1:-1], False, []
            elif line.startswith("emergency:"):
                emergency = line.split(":", 1)[1].strip() == "yes"
            elif line.split(":", 1)[0] in LANGS and ":" in line:
                lang, text = line.split(":", 1)
                phrases += [(lang, p.strip()) for p in text.split(";") if p.strip()]
    return out


def slipped(phrase: str, known) -> str | None:  # noqa: ANN001
    """The longest word with its middle letter dropped, or None when that is no slip: a
    word under 5 letters (what is left is a fragment), or a real word of some language
    (``known``, on the word as the search folds it; by design a real word is never
    corrected: "jatuh" -> "jauh")."""
    from melayani_core.search.lexicon import tokenize

    def letters(word: str) -> int:  # as the search reads it: "pate'" has four letters
        return sum(len(w) for w in tokenize(word))

    words = phrase.split()
    i = max(range(len(words)), key=lambda n: letters(words[n]))
    word = words[i]
    if letters(word) < 5:
        return None
    at = len(word) // 2
    if not word[at].isalpha():  # "kenceng-kenceng": the dash is no letter to slip
        at += 1
    slip = word[:at] + word[at + 1 :]
    # as the search reads it: accents and apostrophes folded ("taè'" is tae, a real word)
    if any(known(w) for w in tokenize(slip)):
        return None
    words[i] = slip
    return " ".join(words)


def padded(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1:
        words.insert(1, FILLER_INSIDE)
    return " ".join([FILLER_BEFORE, "ada", *words, FILLER_AFTER])


def main(argv: list[str] | None = None) -> int:
    from melayani_core.search.engine import SearchEngine
    from melayani_desk.directory.local import open_reader

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the failures on stderr")
    args = ap.parse_args(argv)
    reader = open_reader(build_directory(BLIND / "directory"))
    engine = SearchEngine(reader)
    phrases = emergency_phrases()
    ways = {
        "plain": lambda p: p,
        "slip": lambda p: slipped(p, engine.kb.known),
        "padded": padded,
    }
    failed: dict[str, list[dict]] = {way: [] for way in ways}
    tried = dict.fromkeys(ways, 0)
    try:
        for concept, lang, phrase in phrases:
            for way, make in ways.items():
                query = make(phrase)
                if query is None:
                    continue
                tried[way] += 1
                results = engine.answer(query, limit=5, prefix=False).results
                if not results or results[0].kind != "emergency":
                    first = results[0].org.org_id if results else None
                    failed[way].append(
                        {"concept": concept, "lang": lang, "query": query, "first": first}
                    )
    finally:
        reader.close()
    if args.show:
        for way, rows in failed.items():
            for row in rows:
                print(json.dumps({"way": way, **row}, ensure_ascii=False), file=sys.stderr)
    out = {
        "phrases": len(phrases),
        "tried": tried,
        "failed": {way: len(rows) for way, rows in failed.items()},
        "all_112_first": not any(failed.values()),
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
