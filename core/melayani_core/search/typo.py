"""Typo correction against the index vocabulary (edit distance by word length)."""

from __future__ import annotations

from bisect import bisect_left


def max_distance(word: str) -> int:
    """As Meilisearch does: no correction under 4 letters, 1 for 4-7, 2 for longer."""
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


def damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, giving up (limit + 1) once past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class Vocabulary:
    """The index's terms, for existence checks, prefix checks and corrections."""

    def __init__(self, terms: list[tuple[str, int]]):
        self.freq = dict(terms)
        self.sorted = sorted(self.freq)
        self._deletes: dict[str, list[str]] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self.freq

    def has_prefix(self, prefix: str) -> bool:
        i = bisect_left(self.sorted, prefix)
        return i < len(self.sorted) and self.sorted[i].startswith(prefix)

    def _deletes_index(self) -> dict[str, list[str]]:
        """Each term and each one-letter deletion of it -> the terms (symmetric delete)."""
        if self._deletes is None:
            index: dict[str, list[str]] = {}
            for term in self.sorted:
                if len(term) < 3:
                    continue
                for key in {term, *_deletes(term)}:
                    index.setdefault(key, []).append(term)
            self._deletes = index
        return self._deletes

    def prefix_frequency(self, prefix: str, cap: int = 64) -> int:
        """How many services hold some term starting with ``prefix`` (summed over at most
        ``cap`` terms; 0 when none does)."""
        i = bisect_left(self.sorted, prefix)
        total = 0
        for term in self.sorted[i : i + cap]:
            if not term.startswith(prefix):
                break
            total += self.freq[term]
        return total

    def completions(self, prefix: str, limit: int, scan: int = 400) -> list[str]:
        """The most frequent terms that start with ``prefix`` (longer than it)."""
        i = bisect_left(self.sorted, prefix)
        found = []
        for term in self.sorted[i : i + scan]:
            if not term.startswith(prefix):
                break
            if term != prefix:
                found.append((-self.freq[term], term))
        found.sort()
        return [t for _, t in found[:limit]]

    def corrections(self, word: str, limit: int = 3) -> list[str]:
        """Closest known terms within the word's edit distance, most frequent first."""
        dist = max_distance(word)
        if not dist:
            return []
        index = self._deletes_index()
        keys = {word, *_deletes(word)}
        if dist > 1:
            keys |= {d2 for d1 in list(keys) for d2 in _deletes(d1)}
        candidates = {t for key in keys for t in index.get(key, ())}
        found = []
        for term in candidates:
            d = damerau(word, term, dist)
            if d <= dist:
                found.append((d, _shape(word, term), -self.freq[term], term))
        found.sort()
        return [f[-1] for f in found[:limit]]


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEAR = {
    c: {r[j] for j in (i - 1, i + 1) if 0 <= j < len(r)} for r in _ROWS for i, c in enumerate(r)
}


def _shape(word: str, term: str) -> float:
    """Among corrections at one distance, the likelier slip first: the first letter kept;
    a key next to the right one (``akre`` is ``akte``, not ``are``); else a letter left
    out at speed (``laar`` is ``lahar``, ``beal`` is ``begal``) before two letters swapped,
    and both before a letter struck in place of another or one struck too many."""
    cost = 0.0 if word[:1] == term[:1] else 1.0
    if len(term) == len(word) + 1:
        return cost  # a letter left out
    if len(word) != len(term):
        return cost + 0.25  # a letter too many
    diff = [(a, b) for a, b in zip(word, term, strict=True) if a != b]
    if len(diff) == 1 and diff[0][1] in NEAR.get(diff[0][0], ()):
        return cost - 0.5  # the key beside the right one
    if len(diff) == 2 and diff[0] == diff[1][::-1]:
        return cost + 0.1  # two letters swapped
    return cost + 0.25


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
