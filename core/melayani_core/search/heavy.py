"""Answers to the heaviest keystrokes, ranked once when a directory is built.

At province scale (20,000 services) the first letters of a word match most of the
index: ``"pe"*`` matches thousands of services and FTS5 must score every one of them
with bm25 before it can return the best 90 (~15 ms on an old PC, at every "pe" typed).
Like Meilisearch's prefix caches, the build runs the search for every 2-4 letter prefix
and every word that many services hold, and stores the ranked rows the full-text index
gave (``fts_top``); the reader answers those from the table.  Deterministic: what is
stored depends only on the directory and the lexicon, not on timing.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HEAVY_DOCS = 2000  # below this many matching services bm25 costs under ~2 ms
PREFIX_LENGTHS = (2, 3, 4)
LIMIT = 30  # the window's result count; smaller limits are served from the same rows


def heavy_words(vocabulary: list[tuple[str, int]], threshold: int = HEAVY_DOCS) -> list[str]:
    """Prefixes and words that (about) ``threshold`` services or more hold, sorted."""
    prefixes: Counter[str] = Counter()
    words = set()
    for term, docs in vocabulary:
        if docs >= threshold:
            words.add(term)
        for n in PREFIX_LENGTHS:
            if len(term) > n:
                prefixes[term[:n]] += docs
    words |= {p for p, docs in prefixes.items() if docs >= threshold}
    return sorted(words)


def precompute(path: Path, threshold: int = HEAVY_DOCS) -> int:
    """Store the full-text answers for the heavy words of the directory at ``path``.

    Runs the real search engine over the finished file (read-only), records every
    full-text query it makes, then writes them; returns how many were stored.
    """
    from melayani_core.search.engine import SearchEngine
    from melayani_core.storage.directory_db import DirectoryReader, fts_top_key, open_building

    reader = DirectoryReader(path)
    recorded: dict[str, tuple[int, list[tuple[int, float]]]] = {}
    try:
        texts = heavy_words(reader.vocabulary(), threshold)
        if not texts:
            return 0
        live = reader.fts_search

        def record(match: str, weights: tuple[float, ...], limit: int) -> list[tuple[int, float]]:
            rows = live(match, weights, limit)
            key = fts_top_key(match, weights)
            if limit > recorded.get(key, (0, []))[0]:
                recorded[key] = (limit, rows)
            return rows

        reader.fts_search = record  # type: ignore[method-assign]
        engine = SearchEngine(reader)
        for text in texts:
            engine.matches(engine.parse(text, prefix=True), LIMIT)
    finally:
        reader.close()
    con = open_building(path)  # never creates a file deleted meanwhile
    try:
        with con:
            con.executemany(
                "INSERT INTO fts_top(key, pool, hits) VALUES (?, ?, ?)",
                ((k, pool, json.dumps(rows)) for k, (pool, rows) in sorted(recorded.items())),
            )
    finally:
        con.close()
    return len(recorded)
