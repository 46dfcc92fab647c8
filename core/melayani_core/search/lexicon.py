"""The need-search lexicon: spelling folds, synonyms, stop words and emergency words.

The words live in plain UTF-8 files under ``resources/lexicon/`` that staff maintain (see
its README); this module reads and checks them, splits text into words, and expands a
query's words with the lexicon's synonyms (one level, longest phrase first).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

KINDS = frozenset({"abbr", "synonym", "jav", "osi", "mad"})
FILES = ("spelling.tsv", "synonyms.tsv", "stopwords.txt", "emergency.txt")
_APOSTROPHES = dict.fromkeys(map(ord, "'`\u2018\u2019\u02bc\u02bb\u00b4"), None)
_WORD = re.compile(r"[a-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Lexicon:
    spelling: dict[str, str]  # variant -> canonical
    synonyms: dict[tuple[str, ...], list[tuple[str, ...]]]  # term words -> expansion phrases
    stopwords: frozenset[str]
    emergency: frozenset[str]  # single words, spelling-folded
    emergency_phrases: frozenset[tuple[str, ...]]
    max_term_words: int  # longest synonym term, for greedy phrase matching


@dataclass(frozen=True)
class QueryTerm:
    text: str  # the matched words, as folded, joined by spaces
    alternatives: tuple[tuple[str, ...], ...]  # the typed words first, then expansions
    is_stop: bool = False


def tokenize(text: str) -> list[str]:
    """Lower-case ``[a-z0-9]`` words: accents folded (bâdhâ -> badha), apostrophes dropped."""
    text = text.lower().translate(_APOSTROPHES)
    if not text.isascii():  # ASCII text (most of it) is already in its final form
        text = unicodedata.normalize("NFKD", text)
        text = _NON_ASCII.sub(_drop_combining, text).lower()
    return _WORD.findall(text)


def _drop_combining(match: re.Match[str]) -> str:
    char = match.group()
    return "" if unicodedata.combining(char) else char


def read_rows(path: Path, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of a tab-separated file; # comments and blank lines skipped.

    Every row must have exactly ``ncols`` non-empty columns, else ValueError naming the
    file and line.
    """
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if lineno == 1:
                line = line.lstrip("\ufeff")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) != ncols or not all(cols):
                raise ValueError(
                    f"{path}:{lineno}: expected {ncols} tab-separated columns, got {line!r}"
                )
            yield lineno, cols


def _words(text: str, path: Path, lineno: int) -> tuple[str, ...]:
    words = tuple(tokenize(text))
    if not words:
        raise ValueError(f"{path}:{lineno}: no words in {text!r}")
    return words


def _fold(words: Sequence[str], spelling: dict[str, str]) -> tuple[str, ...]:
    return tuple(spelling.get(w, w) for w in words)


def _read_spelling(path: Path) -> dict[str, str]:
    spelling: dict[str, str] = {}
    for lineno, (variant, canonical) in read_rows(path, 2):
        v, c = _words(variant, path, lineno), _words(canonical, path, lineno)
        if len(v) != 1 or len(c) != 1 or v == c:
            raise ValueError(f"{path}:{lineno}: want one word and a different one")
        if spelling.get(v[0], c[0]) != c[0]:
            raise ValueError(f"{path}:{lineno}: {v[0]!r} folded two ways")
        spelling[v[0]] = c[0]
    for variant, canonical in spelling.items():
        if canonical in spelling:
            raise ValueError(f"{path}: {variant!r} -> {canonical!r}, itself a variant")
    return spelling


def _read_synonyms(
    path: Path, spelling: dict[str, str]
) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    synonyms: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for lineno, (term, expansions, kind) in read_rows(path, 3):
        if kind not in KINDS:
            raise ValueError(f"{path}:{lineno}: kind {kind!r} not one of {sorted(KINDS)}")
        key = _fold(_words(term, path, lineno), spelling)
        out = synonyms.setdefault(key, [])
        parts = [p for p in expansions.split(";") if p.strip()]
        if not parts:
            raise ValueError(f"{path}:{lineno}: no expansions")
        for part in parts:
            phrase = _fold(_words(part, path, lineno), spelling)
            if phrase != key and phrase not in out:
                out.append(phrase)
    return {k: v for k, v in synonyms.items() if v}


def _read_words(path: Path, spelling: dict[str, str], single: bool) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for lineno, (entry,) in read_rows(path, 1):
        words = _fold(_words(entry, path, lineno), spelling)
        if single and len(words) != 1:
            raise ValueError(f"{path}:{lineno}: {entry!r} is not one word")
        out.append(words)
    return out


def read_lexicon(folder: Path) -> Lexicon:
    """Read and check the lexicon files in ``folder`` (no caching)."""
    folder = Path(folder)
    spelling = _read_spelling(folder / "spelling.tsv")
    synonyms = _read_synonyms(folder / "synonyms.tsv", spelling)
    stopwords = _read_words(folder / "stopwords.txt", spelling, single=True)
    emergency = _read_words(folder / "emergency.txt", spelling, single=False)
    return Lexicon(
        spelling=spelling,
        synonyms=synonyms,
        stopwords=frozenset(w[0] for w in stopwords),
        emergency=frozenset(p[0] for p in emergency if len(p) == 1),
        emergency_phrases=frozenset(p for p in emergency if len(p) > 1),
        max_term_words=max((len(k) for k in synonyms), default=1),
    )


@functools.lru_cache(maxsize=8)
def _load(folder: Path) -> Lexicon:
    return read_lexicon(folder)


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """The lexicon in ``folder`` (default: the bundled ``resources/lexicon``), cached."""
    if folder is None:
        from melayani_core.resources import resource

        folder = resource("lexicon")
    return _load(Path(folder).resolve())


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
    from melayani_core.search.stem import exceptions_path, load_exceptions

    try:
        folder = Path(folder) if folder is not None else None
        read_lexicon(folder if folder is not None else exceptions_path().parent)
        load_exceptions(folder / "stem_exceptions.tsv" if folder is not None else None)
    except (OSError, ValueError) as exc:
        return [str(exc)]
    return []
