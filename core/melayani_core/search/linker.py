"""Linking a directory to the need concepts, once, when the directory is built.

Each organization gets its office types (``offices.txt``: by kind, or by words of its name,
short name and old names).  Each service gets the concepts whose phrases its own text
contains — its name above its keywords above its description and category — weighted by
how specific the phrase is, and by whether the service's office is one that handles the
concept.  So a directory written in formal words only ("Penerbitan Kutipan Akta
Kelahiran") is linked to the needs people say in their own words ("bikin akte anak").
"""

from __future__ import annotations

from collections.abc import Iterator

from melayani_core.directory.model import Directory, Organization, Service
from melayani_core.search.concepts import ConceptBook, Office, key
from melayani_core.search.knowledge import Knowledge
from melayani_core.search.lexicon import tokenize

FIELD_WEIGHTS = (("name", 1.0), ("keywords", 0.85), ("description", 0.5), ("category", 0.4))
SPECIFIC = 5.0  # a phrase this heavy (two rare words) links at full strength
OFFICE_MISMATCH = 0.45  # the concept is handled by another kind of office
OFFICE_UNKNOWN = 0.8  # the organization is of no known office type
MIN_LINK = 0.12
MAX_LINKS = 12  # per service
GAP = 6  # words in between allowed inside a description
OFFICE_LINK = 0.3  # a concept's office whose services never say it the concept's way
MEANINGFUL = 1.5  # a word of a concept this rare or rarer counts in the office links


def _keys(text: str, spelling: dict[str, str]) -> list[str]:
    return [key(spelling.get(w, w)) for w in tokenize(text)]


OfficePhrases = list[tuple[Office, list[frozenset[str]]]]


def office_phrases(book: ConceptBook) -> OfficePhrases:
    """Each office with the key sets of its name phrases (``org_offices`` compares them
    with every organization's names: made once per build, not once per organization)."""
    return [(o, [frozenset(p) for p in o.match if p]) for o in book.offices.values()]


def org_offices(
    org: Organization,
    book: ConceptBook,
    spelling: dict[str, str],
    phrases: OfficePhrases | None = None,
) -> list[str]:
    """The office types of ``org``: by its kind first, then by words of its names."""
    names = " ; ".join([org.name, org.short_name, *org.aliases])
    have = set(_keys(names, spelling))
    found = [o.id for o in book.offices.values() if org.kind in o.kinds]
    by_name: dict[str, frozenset[str]] = {}  # office -> keys of its longest phrase said
    for office, keysets in office_phrases(book) if phrases is None else phrases:
        if office.id in found:
            continue
        said = [keys for keys in keysets if keys <= have]
        if said:
            by_name[office.id] = max(said, key=len)
    # a phrase inside another office's longer one is that office's word: "Satuan Polisi
    # Pamong Praja" says "polisi" (police) only as part of "polisi pamong praja"
    found += [
        o
        for o, keys in by_name.items()
        if not any(keys < other for p, other in by_name.items() if p != o)
    ]
    if len(found) > 1:
        # "UPT Pendapatan Provinsi Jawa Timur (Samsat)" is the province's tax office, not
        # the province at large: a national road is not Samsat's
        found = [o for o in found if o not in GENERAL_OFFICES]
    return found


GENERAL_OFFICES = frozenset({"provinsi"})  # what an organization is only when nothing else


Phrase = tuple[int, tuple[str, ...], frozenset[str], float]  # concept, keys, key set, factor


def _field_phrases(book: ConceptBook) -> dict[str, list[Phrase]]:
    """rarest key -> (concept, keys, key set, strength factor) of every phrase a service text
    may contain: the concepts' ``service:`` phrases and what people say (the formal
    Indonesian ones too).  The factor is how specific the phrase is, at most 1."""
    index: dict[str, list[Phrase]] = {}
    seen = set()

    def add(concept: int, keys: tuple[str, ...]) -> None:
        keys = tuple(dict.fromkeys(keys))
        if not keys or (concept, keys) in seen:
            return
        seen.add((concept, keys))
        weight = sum(book.weight(k) for k in keys)
        rarest = max(keys, key=lambda k: (book.weight(k), k))
        factor = min(1.0, weight / SPECIFIC)
        index.setdefault(rarest, []).append((concept, keys, frozenset(keys), factor))

    for i, concept in enumerate(book.concepts):
        for keys in concept.service:
            add(i, keys)
    for phrase in book.phrases:
        if phrase.lang in ("ind", "abbr"):
            add(phrase.concept, phrase.keys)
    return index


def _contains(keys: tuple[str, ...], positions: dict[str, list[int]], gap: int) -> bool:
    """Whether the words ``keys`` (all present in ``positions``) stand within
    ``len(keys) + gap`` words of each other."""
    if len(keys) == 1:
        return True
    options = [positions[k] for k in keys]
    limit = len(keys) + gap
    if all(len(o) == 1 for o in options):  # each word once: the usual case
        used = [o[0] for o in options]
        return max(used) - min(used) + 1 <= limit
    for anchor in min(options, key=len):
        used = [min(o, key=lambda p: abs(p - anchor)) for o in options]
        if max(used) - min(used) + 1 <= limit:
            return True
    return False


def _field_links(
    keys: list[str], phrases: dict[str, list[Phrase]], gap: int
) -> list[tuple[int, float]]:
    """(concept, strength factor) of every phrase the words ``keys`` of one field contain."""
    positions: dict[str, list[int]] = {}
    for pos, k in enumerate(keys):
        positions.setdefault(k, []).append(pos)
    have = set(positions)
    found: dict[int, float] = {}
    for k in have:
        for concept, pkeys, pset, factor in phrases.get(k, ()):
            if pset <= have and found.get(concept, 0.0) < factor:
                if _contains(pkeys, positions, gap):
                    found[concept] = factor
    return list(found.items())


def _concept_words(book: ConceptBook) -> list[frozenset[str]]:
    """Per concept, the words of its ``service:`` phrases and its Indonesian phrases."""
    words: list[set[str]] = [{k for keys in c.service for k in keys} for c in book.concepts]
    for p in book.phrases:
        if p.lang in ("ind", "abbr"):
            words[p.concept].update(p.keys)
    return [frozenset(w for w in ws if book.weight(w) >= MEANINGFUL) for ws in words]


def _office_links(
    book: ConceptBook,
    offices: dict[str, list[str]],
    by_org: dict[str, tuple[list[tuple[str, ...]], list[int]]],
    linked: dict[str, set[int]],
    vocabulary: list[frozenset[str]],
) -> Iterator[tuple[int, str, float]]:
    """A concept reaches every office of the types that handle it, even where no service
    text says it the concept's way: each such organization's service sharing the most of
    the concept's words (else its first service) is linked, weakly.  So "jadwal festival"
    reaches the tourism office whose directory entry says "kalender agenda wisata"."""
    of_type: dict[str, list[str]] = {}
    for org_id, types in offices.items():
        for t in types:
            of_type.setdefault(t, []).append(org_id)
    for i, concept in enumerate(book.concepts):
        for rank, office in enumerate(concept.offices[:2]):
            for org_id in of_type.get(office, ()):
                services = by_org.get(org_id)
                if not services or i in linked.get(org_id, ()):
                    continue
                words, negated_sids = services  # (overlap, -sid): the first on a tie
                shared = map(len, map(vocabulary[i].intersection, words))
                overlap, sid = max(zip(shared, negated_sids, strict=True))
                weight = OFFICE_LINK * (1.0 if rank == 0 else 0.7)
                weight *= min(1.0, 0.5 + 0.25 * overlap)
                linked.setdefault(org_id, set()).add(i)
                yield -sid, concept.id, round(weight, 4)


def link_directory(
    directory: Directory, kb: Knowledge
) -> tuple[dict[str, list[str]], Iterator[tuple[int, str, float]]]:
    """(office types per org_id, and (sid, concept id, weight) links per service).

    ``sid`` is the service's 1-based position in ``directory.services`` (as stored).
    """
    book = kb.concepts
    spelling = kb.lexicon.spelling
    known = office_phrases(book)
    offices = {o.org_id: org_offices(o, book, spelling, known) for o in directory.organizations}
    phrases = _field_phrases(book)

    vocabulary = _concept_words(book)
    # what the office links compare of a service's words: only those of some concept's
    # vocabulary count (a few per service, where all of them took ~40 MB at 20,000)
    meaningful: frozenset[str] = frozenset().union(*vocabulary)

    # Many services share a text (every puskesmas offers the same ones): each field's text
    # is linked once per build.
    memo: dict[tuple[str, str], tuple[list[tuple[int, float]], frozenset[str]]] = {}

    def field(name: str, text: str) -> tuple[list[tuple[int, float]], frozenset[str]]:
        got = memo.get((name, text))
        if got is None:
            keys = _keys(text, spelling) if text else []
            gap = GAP if name == "description" else 2 * GAP
            got = (_field_links(keys, phrases, gap) if keys else [], meaningful.intersection(keys))
            memo[(name, text)] = got
        return got

    def direct(svc: Service) -> tuple[dict[int, float], tuple[str, ...]]:
        texts = {
            "name": svc.name,
            "keywords": " ; ".join(svc.keywords),
            "description": svc.description,
            "category": svc.category,
        }
        found: dict[int, float] = {}
        words: list[frozenset[str]] = []
        for name, field_weight in FIELD_WEIGHTS:
            links, keys = field(name, texts[name])
            if keys:
                words.append(keys)
            for concept, factor in links:
                strength = field_weight * factor
                if found.get(concept, 0.0) < strength:
                    found[concept] = strength
        # a tuple of the distinct words: a quarter of a set's memory (20,000 of them)
        return found, tuple(words[0] if len(words) == 1 else frozenset().union(*words))

    def links() -> Iterator[tuple[int, str, float]]:
        # org_id -> its services' words and their sids, negated (compared in C)
        by_org: dict[str, tuple[list[tuple[str, ...]], list[int]]] = {}
        linked: dict[str, set[int]] = {}  # org_id -> concepts some service of it meets
        for sid, svc in enumerate(directory.services, start=1):
            found, words = direct(svc)
            services = by_org.setdefault(svc.org_id, ([], []))
            services[0].append(words)
            services[1].append(-sid)
            have = set(offices.get(svc.org_id, ()))
            out = []
            for concept, strength in found.items():
                wanted = book.concepts[concept].offices
                if not have:
                    strength *= OFFICE_UNKNOWN
                elif not have.intersection(wanted):
                    strength *= OFFICE_MISMATCH
                if strength >= MIN_LINK:
                    out.append((strength, book.concepts[concept].id, concept))
            out.sort(reverse=True)
            for strength, cid, concept in out[:MAX_LINKS]:
                if strength >= OFFICE_LINK:
                    linked.setdefault(svc.org_id, set()).add(concept)
                yield sid, cid, round(strength, 4)
        yield from _office_links(book, offices, by_org, linked, vocabulary)

    return offices, links()
