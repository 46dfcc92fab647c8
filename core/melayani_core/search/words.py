"""Real words of Indonesian, Javanese, Osing and Madurese: a real word is never a typo.

``words/<lang>.txt`` in the lexicon holds one word per line (see
``resources/lexicon/words/README.md`` for the sources and their licences).  The need search
corrects only a word found in none of them, nor in the lexicon, the concepts or the
directory's own index.
"""

from __future__ import annotations

from collections.abc import Iterable

from melayani_core.search.lexicon import LexiconFiles, lines

FOLDER = "words/"


class WordBook:
    """Membership of every known word, with the language lists it came from."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str] = ()):
        self._words = frozenset(words)

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)

    def union(self, more: Iterable[str]) -> WordBook:
        return WordBook(self._words | frozenset(more))


def read_words(files: LexiconFiles) -> WordBook:
    """Every word of the lexicon's ``words/*.txt`` lists (lines with a space are skipped)."""
    out: set[str] = set()
    for name, text in files.items():
        if name.startswith(FOLDER) and name.endswith(".txt"):
            for _lineno, line in lines(text):
                word = line.strip().lower()
                if word.isalnum() and word.isascii():
                    out.add(word)
    return WordBook(out)
