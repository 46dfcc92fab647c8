"""Everything the need search knows about words, loaded once per lexicon.

A lexicon is a set of files (``resources/lexicon`` as bundled, or the copy a published
directory carries in its ``lexicon_files`` table): spelling folds, synonyms, stop and weak
words, need concepts and office types, real-word lists, and what clerks taught the hub
(``learned.tsv``).  ``Knowledge`` reads them all, collects every malformed line in
``problems`` (never raising), and holds the derived sets the engine asks at every keystroke.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from melayani_core.search.concepts import ConceptBook, read_concepts
from melayani_core.search.lexicon import (
    Lexicon,
    LexiconFiles,
    Problems,
    bundled_files,
    read_lexicon,
    rows,
    tokenize,
)
from melayani_core.search.words import WordBook, read_words

LEARNED = "learned.tsv"


@dataclass
class Knowledge:
    lexicon: Lexicon
    concepts: ConceptBook
    words: WordBook  # real words of the four languages
    learned: dict[tuple[str, ...], dict[str, float]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    fingerprint: str = ""
    search_words: frozenset[str] = frozenset()  # words of the lexicon and the concepts

    def known(self, word: str) -> bool:
        """A real word of some language, or a word the lexicon or concepts use."""
        return word in self.search_words or word in self.words


def learned_key(words: list[str]) -> tuple[str, ...]:
    """The key of a need phrase for learning: its distinct content words, sorted."""
    return tuple(sorted(set(words)))


def _read_learned(
    text: str, problems: Problems, lexicon: Lexicon
) -> dict[tuple[str, ...], dict[str, float]]:
    out: dict[tuple[str, ...], dict[str, float]] = {}
    for lineno, (phrase, service_id, desks, count) in rows(LEARNED, text, 4, problems):
        try:
            n_desks, n = int(desks), int(count)
        except ValueError:
            problems.add(LEARNED, lineno, "desks and count must be whole numbers")
            continue
        words = [w for w in tokenize(phrase) if w not in lexicon.stopwords]
        if not words:
            continue
        # the hub publishes lessons seen at three desks or more: those count in full
        weight = min(1.0, 0.5 + n_desks / 6) * min(1.0, 0.5 + n / 6)
        slot = out.setdefault(learned_key(words), {})
        slot[service_id] = max(slot.get(service_id, 0.0), weight)
    return out


def fingerprint(files: LexiconFiles) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(json.dumps([name, files[name]]).encode("utf-8"))
    return digest.hexdigest()


def build_knowledge(files: LexiconFiles) -> Knowledge:
    lexicon = read_lexicon(files)
    concepts = read_concepts(files, lexicon.spelling, lexicon.stopwords)
    words = read_words(files)
    problems = Problems()
    learned = _read_learned(files.get(LEARNED, ""), problems, lexicon)
    lex_words: set[str] = set(lexicon.spelling.values())
    for term, expansions in lexicon.synonyms.items():
        lex_words.update(term)
        for phrase in expansions:
            lex_words.update(phrase)
    return Knowledge(
        lexicon=lexicon,
        concepts=concepts,
        words=words,
        learned=learned,
        problems=[*lexicon.problems, *concepts.problems, *problems.items],
        fingerprint=fingerprint(files),
        search_words=frozenset(lex_words) | concepts.words,
    )


@lru_cache(maxsize=4)
def _cached(key: str, files: tuple[tuple[str, str], ...]) -> Knowledge:
    return build_knowledge(dict(files))


def load_knowledge(files: Mapping[str, str] | None = None) -> Knowledge:
    """The knowledge of ``files`` (default: the bundled lexicon), cached by content."""
    source = dict(files) if files else bundled_files()
    items = tuple(sorted(source.items()))
    return _cached(fingerprint(source), items)
