"""Which need concept a referral's need names (the concepts the desks' search uses, from
the bundled lexicon): stored at ingest in ``referrals.need_concept`` so the report groups
needs by what they mean ("ktp ilang", "KTP hilang", "e-ktp ical" are one concept)."""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def _knowledge():  # noqa: ANN202 - melayani_core's Knowledge, loaded once (about 0.7 s)
    from melayani_core.search.knowledge import load_knowledge
    from melayani_core.search.typo import Vocabulary

    return load_knowledge(), Vocabulary([])  # no corrections: a stray word is no concept


def warm() -> None:
    """Load the lexicon now (at the hub's start), not in the first batch that names a need."""
    _knowledge()


@lru_cache(maxsize=20_000)
def concept_of(need: str) -> str:
    """The id of the concept ``need`` names best ("" for none)."""
    if not need.strip():
        return ""
    from melayani_core.search.match import match_concepts
    from melayani_core.search.query import normalise

    kb, vocab = _knowledge()
    hits = match_concepts(normalise(need, kb, vocab, lambda _w: False, False), kb.concepts)
    return kb.concepts.concepts[hits[0].concept].id if hits else ""


def concept_names() -> dict[str, str]:
    """Concept id -> its name (Indonesian), for the report."""
    kb, _ = _knowledge()
    return {c.id: c.name for c in kb.concepts.concepts}
