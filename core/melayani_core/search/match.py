"""Which need concepts a query names, and how strongly.

A concept phrase matches when every one of its keys is among the query's slot forms, within
a window (the phrase's length plus ``GAP`` words: "pohon di depan sd tumbang"; for an
emergency ``URGENT_GAP`` words, stop words not counted: "pohon beringin yang besar di depan
kantor desa itu barusan tumbang"), in any order. Its score is the sum of its keys' weights
(rare words weigh most: ``stunting`` far above ``anak``) times how each key was found
(exact, regional base, typo, completion). A concept scores its best phrase plus a little for
further query words its other phrases explain. A concept whose ``not:`` phrase is present is
not meant.
"""

from __future__ import annotations

from dataclasses import dataclass

from melayani_core.search.concepts import ConceptBook
from melayani_core.search.query import NormQuery

GAP = 4
URGENT_GAP = 8  # an emergency is told with more words between, stop words not counted
EXTRA = 0.3  # weight of further query words the concept's other phrases explain
TOP = 8
IDLE = 0.25  # a word nothing knows (filler of a spoken sentence, or a need no one wrote)


@dataclass(frozen=True, slots=True)
class ConceptHit:
    concept: int  # index into ConceptBook.concepts
    score: float
    slots: frozenset[int]  # the query slots its best phrase used
    phrase_keys: int  # how many keys that phrase has
    explained: frozenset[int] = frozenset()  # the slots any of its phrases used


def _positions(query: NormQuery) -> dict[str, list[tuple[int, float]]]:
    where: dict[str, list[tuple[int, float]]] = {}
    for i, slot in enumerate(query.slots):
        for k, quality in slot.forms.items():
            where.setdefault(k, []).append((i, quality))
    return where


def _ranks(query: NormQuery) -> list[int]:
    """Each slot's place among the words that are not stop words (a stop word shares the
    place of the word after it): a phrase's window counts only words that say something."""
    ranks, seen = [], 0
    for slot in query.slots:
        ranks.append(seen)
        seen += not slot.stop
    return ranks


def _place(
    keys: tuple[str, ...],
    where: dict[str, list[tuple[int, float]]],
    gap: int,
    ranks: list[int] | None = None,
) -> tuple[float, frozenset[int]] | None:
    """(quality-weighted key count is left to the caller) best placement of ``keys``."""
    options = [found for found in (where.get(k) for k in keys) if found]
    if len(options) < len(keys):
        return None
    if len(keys) == 1:
        pos, quality = max(options[0], key=lambda pq: pq[1])
        return quality, frozenset((pos,))
    best: tuple[float, frozenset[int]] | None = None
    anchor_options = min(options, key=len)
    for anchor, _q in anchor_options:
        used = []
        total = 0.0
        for opts in options:
            pos, quality = min(opts, key=lambda pq: (abs(pq[0] - anchor), -pq[1]))
            used.append(pos)
            total += quality
        span = (ranks[max(used)] - ranks[min(used)]) if ranks else max(used) - min(used)
        if span + 1 > len(keys) + gap:
            continue
        found = (total / len(keys), frozenset(used))
        if best is None or found[0] > best[0]:
            best = found
    return best


def slot_weights(
    query: NormQuery, book: ConceptBook, explained: frozenset[int] | None = None
) -> list[float]:
    """How much each slot names the need: 0 for a stop word, else its rarest form's weight
    among the concepts (a word no concept knows weighs as the rarest).  With ``explained``
    (the slots some matched concept used), a word that neither a matched concept nor the
    directory holds weighs little: nothing can act on it (a filler of a spoken sentence)."""
    out = []
    for i, slot in enumerate(query.slots):
        if slot.stop:
            out.append(0.0)
            continue
        weight = max((book.weight(k) for k in slot.forms), default=book.default_weight)
        idle = explained is not None and slot.unindexed and i not in explained
        out.append(weight * (0.5 if slot.weak else 1.0) * (IDLE if idle else 1.0))
    return out


def coverage(hit: ConceptHit, weights: list[float]) -> float:
    """The share of the need's weight that ``hit`` explains."""
    total = sum(weights)
    if not total:
        return 1.0
    return min(1.0, sum(weights[i] for i in hit.explained) / total)


def match_concepts(query: NormQuery, book: ConceptBook, top: int = TOP) -> list[ConceptHit]:
    """The concepts ``query`` names, best first."""
    if not book.phrases or not query.slots:
        return []
    where = _positions(query)
    ranks = _ranks(query)
    best: dict[int, tuple[float, frozenset[int], int]] = {}
    explained: dict[int, set[int]] = {}
    for k in where:
        for pid in book.by_key.get(k, ()):
            phrase = book.phrases[pid]
            if book.concepts[phrase.concept].may_be_urgent:  # said in a rush, words between
                placed = _place(phrase.keys, where, URGENT_GAP, ranks)
            else:
                placed = _place(phrase.keys, where, GAP)
            if placed is None:
                continue
            quality, used = placed
            score = phrase.weight * quality
            explained.setdefault(phrase.concept, set()).update(used)
            old = best.get(phrase.concept)
            if old is None or score > old[0]:
                best[phrase.concept] = (score, used, len(phrase.keys))
    hits = []
    weight_of = [max((book.weight(k) for k in s.forms), default=0.0) for s in query.slots]
    for concept, (score, used, nkeys) in best.items():
        c = book.concepts[concept]
        if any(_place(p, where, GAP) is not None for p in c.not_phrases):
            continue
        more = explained[concept] - used
        score += EXTRA * sum(weight_of[i] for i in more if not query.slots[i].stop)
        hits.append(ConceptHit(concept, score, used, nkeys, frozenset(explained[concept])))
    hits.sort(key=lambda h: (-h.score, book.concepts[h.concept].id))
    return hits[:top]
