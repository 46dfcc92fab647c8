"""The need-search lexicon: spelling folds, synonyms, stop words, weak words.

The words live in plain UTF-8 files that staff maintain (``resources/lexicon/``, see its
README); a directory published by the hub carries its own copy (``lexicon_files`` in the
directory file), so the regency can add a word without a new program.  This module reads
and checks them, splits text into words, and expands a query's words with the lexicon's
synonyms (one level, longest phrase first).

A malformed line never disables search: it is reported (file and line) in
``Lexicon.problems`` and skipped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

KINDS = frozenset({"abbr", "synonym", "jav", "osi", "mad"})
FILES = (
    "spelling.tsv",
    "synonyms.tsv",
    "stopwords.txt",
    "emergency.txt",
    "weak.txt",
    "calm.txt",
    "ongoing.txt",
    "now.txt",
)
_APOSTROPHES = dict.fromkeys(map(ord, "'`\u2018\u2019\u02bc\u02bb\u00b4"), None)
_WORD = re.compile(r"[a-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_APOS_CHARS = "'`\u2018\u2019\u02bc\u02bb\u00b4"
_GLOTTAL = re.compile(r"([a-z]+)[" + _APOS_CHARS + r"](?![a-z])")
# what a lexicon folder may hold (and what a published directory may carry)
_LEXICON_NAME = re.compile(r"^[a-z0-9_-]+(/[a-z0-9_-]+)?\.(tsv|txt)$")

# relative path -> text: a folder on disk or the files a directory carries
LexiconFiles = Mapping[str, str]


@dataclass(frozen=True)
class Lexicon:
    spelling: dict[str, str]  # variant -> canonical
    synonyms: dict[tuple[str, ...], list[tuple[str, ...]]]  # term words -> expansion phrases
    stopwords: frozenset[str]
    emergency: frozenset[str]  # single words, spelling-folded
    emergency_phrases: frozenset[tuple[str, ...]]
    max_term_words: int  # longest synonym term, for greedy phrase matching
    weak: frozenset[str] = frozenset()
    calm: frozenset[tuple[str, ...]] = frozenset()  # contexts: the danger is not now
    ongoing: frozenset[tuple[str, ...]] = frozenset()  # ...unless it is still going on
    now: frozenset[tuple[str, ...]] = frozenset()  # it is happening at this moment
    problems: tuple[str, ...] = ()  # "file:line: message" for every line skipped
    kinds: dict[tuple[str, ...], str] = field(default_factory=dict)  # term -> its kind


@dataclass(frozen=True)
class QueryTerm:
    text: str  # the matched words, as folded, joined by spaces
    alternatives: tuple[tuple[str, ...], ...]  # the typed words first, then expansions
    is_stop: bool = False


def _normal_text(text: str) -> str:
    text = text.lower()
    if not text.isascii():  # ASCII text (most of it) is already in its final form
        text = unicodedata.normalize("NFKD", text)
        text = _NON_ASCII.sub(_drop_combining, text).lower()
    return text


def tokenize(text: str) -> list[str]:
    """Lower-case ``[a-z0-9]`` words: accents folded (bâdhâ -> badha), apostrophes dropped."""
    text = text.lower().translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = _NON_ASCII.sub(_drop_combining, text).lower()
    return _WORD.findall(text)


def glottal_words(text: str) -> frozenset[str]:
    """Words written with a final apostrophe (Madurese glottal stop: ana', sengko', ta'),
    as ``tokenize`` returns them (without the apostrophe)."""
    if not any(c in text for c in _APOS_CHARS):
        return frozenset()
    lowered = text.lower()
    if not lowered.isascii():
        keep = _APOS_CHARS
        lowered = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(c for c in lowered if c in keep or not unicodedata.combining(c))
    return frozenset(m.group(1) for m in _GLOTTAL.finditer(lowered))


def _drop_combining(match: re.Match[str]) -> str:
    char = match.group()
    return "" if unicodedata.combining(char) else char


# --- reading ------------------------------------------------------------------------------


def files_from_folder(folder: Path) -> dict[str, str]:
    """Every lexicon file under ``folder`` (``*.tsv``/``*.txt``, up to one sub-folder deep),
    keyed by its path relative to ``folder`` with ``/``."""
    folder = Path(folder)
    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        if _LEXICON_NAME.match(rel):
            out[rel] = path.read_text(encoding="utf-8")
    return out


def valid_name(name: str) -> bool:
    """Whether ``name`` may be a lexicon file (``concepts/health.txt``, ``synonyms.tsv``)."""
    return bool(_LEXICON_NAME.match(name))


class Problems:
    """Collects "file:line: message" lines; ``strict`` raises the first one instead."""

    def __init__(self, strict: bool = False):
        self.strict = strict
        self.items: list[str] = []

    def add(self, name: str, lineno: int, message: str) -> None:
        text = f"{name}:{lineno}: {message}" if lineno else f"{name}: {message}"
        if self.strict:
            raise ValueError(text)
        self.items.append(text)


def lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a data file: # comments and blank lines skipped, BOM dropped."""
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, line


def rows(name: str, text: str, ncols: int, problems: Problems) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of a tab-separated file; a row without exactly ``ncols``
    non-empty columns is reported and skipped."""
    for lineno, line in lines(text):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != ncols or not all(cols):
            problems.add(name, lineno, f"expected {ncols} tab-separated columns, got {line!r}")
            continue
        yield lineno, cols


def read_rows(path: Path, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of a tab-separated file on disk; ValueError on a bad row."""
    text = Path(path).read_text(encoding="utf-8")
    yield from rows(str(path), text, ncols, Problems(strict=True))


def _fold(words: Sequence[str], spelling: dict[str, str]) -> tuple[str, ...]:
    return tuple(spelling.get(w, w) for w in words)


def _read_spelling(name: str, text: str, problems: Problems) -> dict[str, str]:
    spelling: dict[str, str] = {}
    for lineno, (variant, canonical) in rows(name, text, 2, problems):
        v, c = tokenize(variant), tokenize(canonical)
        if len(v) != 1 or len(c) != 1 or v == c:
            problems.add(name, lineno, "want one word and a different one")
            continue
        if spelling.get(v[0], c[0]) != c[0]:
            problems.add(name, lineno, f"{v[0]!r} folded two ways")
            continue
        spelling[v[0]] = c[0]
    for variant, canonical in list(spelling.items()):
        if canonical in spelling:
            problems.add(name, 0, f"{variant!r} -> {canonical!r}, itself a variant")
            del spelling[variant]
    return spelling


def _read_synonyms(
    name: str, text: str, spelling: dict[str, str], problems: Problems
) -> tuple[dict[tuple[str, ...], list[tuple[str, ...]]], dict[tuple[str, ...], str]]:
    synonyms: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    kinds: dict[tuple[str, ...], str] = {}
    for lineno, (term, expansions, kind) in rows(name, text, 3, problems):
        if kind not in KINDS:
            problems.add(name, lineno, f"kind {kind!r} not one of {sorted(KINDS)}")
            continue
        words = tokenize(term)
        parts = [tokenize(p) for p in expansions.split(";") if p.strip()]
        if not words:
            problems.add(name, lineno, f"no words in {term!r}")
            continue
        if not parts or not all(parts):
            problems.add(name, lineno, "no expansions")
            continue
        key = _fold(words, spelling)
        out = synonyms.setdefault(key, [])
        kinds.setdefault(key, kind)
        for part in parts:
            phrase = _fold(part, spelling)
            if phrase != key and phrase not in out:
                out.append(phrase)
    return {k: v for k, v in synonyms.items() if v}, kinds


def _read_words(
    name: str, text: str, spelling: dict[str, str], problems: Problems, single: bool
) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for lineno, (entry,) in rows(name, text, 1, problems):
        words = _fold(tokenize(entry), spelling)
        if not words:
            problems.add(name, lineno, f"no words in {entry!r}")
        elif single and len(words) != 1:
            problems.add(name, lineno, f"{entry!r} is not one word")
        else:
            out.append(words)
    return out


def read_lexicon(source: Path | LexiconFiles, strict: bool = False) -> Lexicon:
    """Read and check the lexicon in ``source`` (a folder or its files; no caching).

    Malformed lines are skipped and listed in ``problems`` (``strict`` raises instead).
    A missing file counts as empty.
    """
    files = files_from_folder(Path(source)) if isinstance(source, str | Path) else source
    problems = Problems(strict)

    def text(name: str) -> str:
        return files.get(name, "")

    spelling = _read_spelling("spelling.tsv", text("spelling.tsv"), problems)
    synonyms, kinds = _read_synonyms("synonyms.tsv", text("synonyms.tsv"), spelling, problems)
    stopwords = _read_words("stopwords.txt", text("stopwords.txt"), spelling, problems, True)
    emergency = _read_words("emergency.txt", text("emergency.txt"), spelling, problems, False)
    weak = _read_words("weak.txt", text("weak.txt"), spelling, problems, True)
    calm = _read_words("calm.txt", text("calm.txt"), spelling, problems, False)
    ongoing = _read_words("ongoing.txt", text("ongoing.txt"), spelling, problems, False)
    now = _read_words("now.txt", text("now.txt"), spelling, problems, False)
    return Lexicon(
        spelling=spelling,
        synonyms=synonyms,
        stopwords=frozenset(w[0] for w in stopwords),
        emergency=frozenset(p[0] for p in emergency if len(p) == 1),
        emergency_phrases=frozenset(p for p in emergency if len(p) > 1),
        max_term_words=max((len(k) for k in synonyms), default=1),
        weak=frozenset(w[0] for w in weak),
        calm=frozenset(calm),
        ongoing=frozenset(ongoing),
        now=frozenset(now),
        problems=tuple(problems.items),
        kinds=kinds,
    )


def bundled_folder() -> Path:
    from melayani_core.resources import resource

    return resource("lexicon")


@functools.lru_cache(maxsize=8)
def _load(folder: Path) -> Lexicon:
    return read_lexicon(folder)


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """The lexicon in ``folder`` (default: the bundled ``resources/lexicon``), cached."""
    return _load(Path(folder or bundled_folder()).resolve())


@functools.lru_cache(maxsize=4)
def bundled_files() -> dict[str, str]:
    """The bundled lexicon's files (what a locally imported directory stores)."""
    return files_from_folder(bundled_folder())


# --- using it -------------------------------------------------------------------------------


def fold_spelling(words: Sequence[str], lex: Lexicon) -> list[str]:
    """Each word replaced by its canonical spelling (akte -> akta, ijin -> izin)."""
    spelling = lex.spelling
    return [spelling.get(w, w) for w in words]


def expand(words: Sequence[str] | str, lex: Lexicon) -> list[QueryTerm]:
    """One QueryTerm per synonym phrase (greedy, longest first) or per other word.

    ``words`` are tokens (a string is tokenized first); they are spelling-folded here.
    A word outside any synonym phrase that is a stop word gets ``is_stop=True``.
    """
    if isinstance(words, str):
        words = tokenize(words)
    folded = fold_spelling(words, lex)
    terms: list[QueryTerm] = []
    i, n = 0, len(folded)
    while i < n:
        for size in range(min(lex.max_term_words, n - i), 0, -1):
            key = tuple(folded[i : i + size])
            expansions = lex.synonyms.get(key)
            if expansions:
                terms.append(QueryTerm(" ".join(key), (key, *expansions), False))
                i += size
                break
        else:
            word = folded[i]
            terms.append(QueryTerm(word, ((word,),), word in lex.stopwords))
            i += 1
    return terms


def emergency_words(words: Sequence[str], lex: Lexicon) -> list[str]:
    """The emergency words and phrases among spelling-folded ``words``."""
    found = [w for w in words if w in lex.emergency]
    for phrase in lex.emergency_phrases:
        size = len(phrase)
        if any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1)):
            found.append(" ".join(phrase))
    return found


def check_folder(folder: Path | None = None) -> list[str]:
    """Problems in a lexicon folder as messages (empty when it loads), for staff tools."""
    from melayani_core.search.concepts import read_concepts
    from melayani_core.search.stem import load_exceptions

    folder = Path(folder) if folder is not None else bundled_folder()
    files = files_from_folder(folder)
    problems = list(read_lexicon(files).problems)
    problems += read_concepts(files).problems
    try:
        load_exceptions(folder / "stem_exceptions.tsv")
    except (OSError, ValueError) as exc:
        problems.append(str(exc))
    return problems
