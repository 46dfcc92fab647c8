"""Need search over one directory file.

The pipeline (DESIGN.md, "Search by need" and "Search, second generation"):

1. ``query.normalise``: words folded, regional affixes undone, real words kept, non-words
   corrected, the word being typed completed;
2. ``match.match_concepts``: the need concepts the words name (phrases in four languages,
   words in between allowed);
3. the full-text index (FTS5, bm25 with column weights) over the words that name something,
   lexicon synonyms included;
4. ranking: the services linked to the matched concepts (links made when the directory was
   built, ``linker``) and the full-text score combined; services of the office types the
   concept names preferred; the desk's kecamatan, its habits and what clerks chose for the
   same need (learned) as boosts;
5. an emergency concept (after normalisation, typo- and gap-tolerant, with its negative
   contexts) puts 112 first and the acting agency right under it; a need whose office the
   directory lacks gets a route (the outside office, SP4N-LAPOR!, or 112 for emergencies).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from melayani_core.directory.gc_pause import freeze_long_lived
from melayani_core.directory.model import LEVEL_ORDER, Contact, Organization, Service
from melayani_core.search.concepts import Concept, key
from melayani_core.search.heavy import HEAVY_DOCS
from melayani_core.search.index import index_text
from melayani_core.search.knowledge import Knowledge, learned_key, load_knowledge
from melayani_core.search.lexicon import Lexicon, expand, tokenize
from melayani_core.search.match import ConceptHit, coverage, match_concepts, slot_weights
from melayani_core.search.query import NormQuery, normalise
from melayani_core.search.stem import stem
from melayani_core.search.typo import Vocabulary
from melayani_core.storage.directory_db import DirectoryReader

# bm25 weights for (name, keywords, org, body)
WEIGHTS = (10.0, 6.0, 3.0, 1.0)
MAX_CONTACTS = 5
AREA_BOOST = 1.5  # service bound to the desk's own kecamatan
AREA_PENALTY = 0.35  # service bound to other kecamatan only
UNKNOWN_AREA = 0.8  # desk location unknown: regency-wide entries before local offices
CONCEPT_SHARE = 0.8  # of the final score, when the need names a concept
TIER_FACTOR = (1.0, 0.8, 0.55)  # every word / every strong word / any word
TIER_FACTOR_CONCEPT = (1.0, 0.8, 0.1)
OFFICE_PRIOR = 1.3  # a text hit of an office the matched concept names
MIN_RELATIVE = 0.35  # concepts scoring less than this share of the best are ignored
CONCEPTS_USED = 6
LINKS_PER_CONCEPT = 300  # of the best concept; the others' strongest LINKS_OTHER
LINKS_OTHER = 60
NAMED_BOOST = 1.0  # the need names an office ("puskesmas gitik", "kantor kecamatan muncar")
NAMED_ELSEWHERE = 0.2  # ... a kecamatan or desa where a clear need goes to another office
ADDRESS_KINDS = frozenset({"kecamatan", "desa", "kelurahan"})
FRONT = 3  # results on the first screen
PER_ORG_FRONT = 1
FRONT_SHARE = 0.3
PLACE_ORGS = 6  # a name word held by at most this many organizations is a place name
OFF_OFFICE = 0.5  # a clear concept: services of other office types than it names
SECOND_OFFICE = 0.75  # a clear concept: an office it names, but not the usual one
CLEAR_CONCEPT = 0.4  # coverage from which a concept is clear
CONCEPT_CANDIDATES = 90  # concept-linked services ranked per keystroke (strongest first)
ANY_WORD_DOCS = HEAVY_DOCS // 4  # words held by more services stay out of the any-word pass
LEARNED_BOOST = 1.5  # a need clerks sent to a service: that service above any match
EMERGENCY_SHARE = 0.7  # an emergency concept within this share of the best concept counts
LAPOR = "lapor"
CALL112 = "call112"


@dataclass(slots=True)
class Term:
    """One need word (or phrase) with the FTS expression that matches it."""

    text: str
    expression: str
    corrected: tuple[str, ...] = ()
    frequency: int = 0  # about how many services hold it
    weak: bool = False  # a general verb (bikin, urus, minta): never required to match


@dataclass(slots=True)
class Query:
    text: str
    terms: list[Term] = field(default_factory=list)
    emergency: bool = False
    dropped: list[str] = field(default_factory=list)  # words that match nothing
    norm: NormQuery | None = None

    @property
    def corrections(self) -> dict[str, tuple[str, ...]]:
        return {t.text: t.corrected for t in self.terms if t.corrected}


@dataclass(slots=True)
class SearchResult:
    kind: str  # "service" or "emergency"
    service: Service
    org: Organization
    contacts: list[Contact]
    score: float
    matched_all: bool = True

    @property
    def outside_regency(self) -> bool:
        """True when the regency is not the one who decides (DESIGN.md: say so plainly)."""
        return self.service.authority not in ("regency", "village")


@dataclass(frozen=True, slots=True)
class Route:
    """Where to send the citizen when the directory has no office for the need."""

    kind: str  # "outside" (an office beyond the regency), "lapor", or "emergency" (112)
    office: str  # office type id (offices.txt)
    name: str
    text: str


@dataclass(slots=True)
class Answer:
    results: list[SearchResult]
    route: Route | None = None
    emergency: bool = False
    concepts: list[str] = field(default_factory=list)  # matched concept ids, best first
    corrections: dict[str, str] = field(default_factory=dict)


def weak_words() -> frozenset[str]:
    """General verbs and fillers (lexicon ``weak.txt``) a service need not contain."""
    return load_knowledge().lexicon.weak


def _quote(word: str, prefix: bool = False) -> str:
    return f'"{word}"' + ("*" if prefix else "")


class SearchEngine:
    def __init__(
        self,
        reader: DirectoryReader,
        lexicon: Lexicon | None = None,
        desk_kecamatan: str = "",
        referral_counts: Mapping[str, int] | None = None,
        knowledge: Knowledge | None = None,
        learned: Mapping[tuple[str, ...], Mapping[str, float]] | None = None,
    ):
        self.reader = reader
        self.kb = knowledge or load_knowledge(_carried_lexicon(reader))
        self.lex = lexicon or self.kb.lexicon
        self.desk_kecamatan = desk_kecamatan.strip().lower()
        self.referral_counts = dict(referral_counts or {})
        self.learned: dict[tuple[str, ...], dict[str, float]] = {}
        self.learn_many(self.kb.learned)
        self.learn_many(learned or {})
        self.orgs = reader.organizations()
        index_terms = reader.vocabulary()
        self.vocab = Vocabulary(index_terms)
        extra = [(w, 1) for w in self.kb.search_words if w not in self.vocab.freq and len(w) > 2]
        # spellings the search folds (``akte`` for ``akta``): a slip of either is corrected
        known = self.vocab.freq.keys() | self.kb.search_words
        extra += [
            (v, 1)
            for v, w in self.lex.spelling.items()
            if len(v) > 2 and v not in known and w in known and " " not in v
        ]
        # stop words too: "tdak" is "tidak", a word that says nothing, not an unknown word
        extra += [(w, 1) for w in self.lex.stopwords if len(w) > 3 and w not in known]
        self.words = Vocabulary(index_terms + extra)  # corrections and completions
        self.org_offices = reader.org_offices()
        self.present_offices = {o for offices in self.org_offices.values() for o in offices}
        self.has_emergency_concepts = any(c.emergency for c in self.kb.concepts.concepts)
        self._facts = reader.all_service_facts()
        offices = self.kb.concepts.offices
        kind_keys = {
            org_id: frozenset(k for o in ids if o in offices for p in offices[o].match for k in p)
            for org_id, ids in self.org_offices.items()
        }
        areas = {w for f in self._facts.values() for a in f[1] for w in tokenize(a)}
        areas |= {
            w for o in self.orgs.values() if o.kind in ADDRESS_KINDS for w in tokenize(o.name)
        }
        kb = self.kb

        def common(word: str) -> bool:  # a word of the language, not the name of a place
            return word not in areas and (word in kb.words or word in kb.search_words)

        self._names, self._by_place = _org_names(self.orgs, self.lex, kind_keys, common)
        # the kecamatan each organization's services serve (a puskesmas: its working area)
        self._org_areas: dict[str, frozenset[str]] = {}
        for _sid, svc_areas, org_id in self._facts.values():
            if svc_areas:
                here = {w for a in svc_areas for w in tokenize(a)}
                self._org_areas[org_id] = self._org_areas.get(org_id, frozenset()) | here
        self._by_area: dict[str, list[str]] = {}  # kecamatan word -> organizations serving it
        for org_id, served in self._org_areas.items():
            for w in served:
                self._by_area.setdefault(w, []).append(org_id)
        self.emergency_services = [s for s in reader.emergency_services() if s.org_id in self.orgs]
        self._org_fallback: dict[str, list[Contact]] = {}
        self._org_first: dict[str, int | None] = {}
        self.weak = self.lex.weak
        freeze_long_lived()  # what lives as long as the directory: out of the collector's way

    # --- learning -------------------------------------------------------------------------
    def learn_many(self, learned: Mapping[tuple[str, ...], Mapping[str, float]]) -> None:
        for k, services in learned.items():
            slot = self.learned.setdefault(tuple(k), {})
            for service_id, weight in services.items():
                slot[service_id] = max(slot.get(service_id, 0.0), float(weight))

    def learn(self, need_text: str, service_id: str, weight: float = 1.0) -> None:
        """Remember at once that a clerk sent this need to ``service_id``."""
        key = self.need_key(need_text)
        if key:
            self.learn_many({key: {service_id: weight}})

    def need_key(self, text: str) -> tuple[str, ...]:
        """The learning key of a need: its content words, normalised, sorted."""
        norm = self._normalise(text, prefix=False)
        return learned_key([s.word for s in norm.content])

    # --- query building -------------------------------------------------------------------
    def _normalise(self, text: str, prefix: bool) -> NormQuery:
        return normalise(text, self.kb, self.words, self.vocab.__contains__, prefix)

    def _word_expr(self, word: str, prefix: bool) -> tuple[str, int]:
        """FTS expression for one word, and about how many services hold it (0: none)."""
        forms = {word, stem(word)}
        freq = sum(self.vocab.freq.get(f, 0) for f in forms)
        parts = [_quote(f) for f in sorted(forms)]
        if prefix and len(word) >= 2:
            extended = self.vocab.prefix_frequency(word)
            if extended:
                freq = max(freq, extended)
                parts = [_quote(word, prefix=True)] + [p for p in parts if p != _quote(word)]
        return ("(" + " OR ".join(parts) + ")" if len(parts) > 1 else parts[0]), freq

    def parse(self, text: str, prefix: bool = True) -> Query:
        norm = self._normalise(text, prefix)
        query = Query(text=text, norm=norm)
        if not norm.slots:
            return query
        canonical = [s.word for s in norm.slots]
        typed_last = norm.slots[-1].prefix
        by_word = {s.word: s for s in norm.slots}
        terms = expand(canonical, self.lex)
        live = [t for t in terms if not t.is_stop] or terms
        for qt in live:
            phrase_exprs = []
            frequency = 0
            for n, phrase in enumerate(qt.alternatives):
                exprs = []
                freqs = []
                for w in phrase:
                    slot = by_word.get(w) if n == 0 else None
                    is_typed = typed_last and slot is norm.slots[-1]
                    forms = [w] if slot is None else list(slot.words)
                    word_exprs = []
                    word_freq = 0
                    for form in forms:
                        expr, freq = self._word_expr(form, is_typed and form == slot.typed)  # type: ignore[union-attr]
                        if freq:
                            word_exprs.append(expr)
                            word_freq = max(word_freq, freq)
                    freqs.append(word_freq)
                    exprs.append(" OR ".join(word_exprs) if word_exprs else "")
                if all(freqs):
                    if n and len(phrase) > 1 and self.lex.kinds.get(qt.alternatives[0]) == "abbr":
                        # an abbreviation's full form is a name, said as written: the
                        # words in order ("pusat kesehatan masyarakat", not "masyarakat
                        # di pusat kesehatan hewan"), as the index stores them with stems
                        phrase_exprs.append(_quote(index_text(" ".join(phrase), self.lex)))
                    else:
                        phrase_exprs.append(
                            " AND ".join(f"({e})" for e in exprs) if len(exprs) > 1 else exprs[0]
                        )
                    frequency += min(freqs)
            if phrase_exprs:
                expr = " OR ".join(f"({p})" for p in phrase_exprs)
                weak = all(w in self.weak for w in qt.alternatives[0])
                slot = by_word.get(qt.alternatives[0][0])
                corrected = (slot.word,) if slot is not None and slot.corrected else ()
                query.terms.append(Term(qt.text, expr, corrected, frequency, weak))
            else:
                query.dropped.append(qt.text)
        return query

    # --- full text -----------------------------------------------------------------------
    def matches(
        self, query: Query, limit: int, concepts: bool = False
    ) -> dict[int, tuple[float, int]]:
        """sid -> (bm25 score, -tier) of the full-text matches, best tier first."""
        hits: dict[int, tuple[float, int]] = {}
        if query.terms:
            # Tier 0 matches every need word; tier 1 every word but the weak ones (bikin,
            # urus, minta ...); tier 2 any word, ranked by bm25 (rare words weigh most).
            pool = max(limit * 3, 30)
            strong = [t for t in query.terms if not t.weak] or query.terms
            tiers = [query.terms]
            if len(strong) < len(query.terms):
                tiers.append(strong)
            for tier, terms in enumerate(tiers):
                expr = " AND ".join(f"({t.expression})" for t in terms)
                for sid, rank in self.reader.fts_search(expr, WEIGHTS, pool):
                    hits.setdefault(sid, (-rank, -tier))
                if len(hits) >= limit:
                    break
            # Any word: a word most services hold (thousands, in a province) adds next to
            # nothing to bm25 but makes FTS5 score every one of those services; leave it out.
            # A lone letter, or a word still being typed at two letters, matches too much to
            # rank by alone.
            light = [
                t
                for t in query.terms
                if t.frequency < ANY_WORD_DOCS
                and len(t.text) > 1
                and not (len(t.text) == 2 and '"*' in t.expression)
            ]
            if len(hits) < limit and len(query.terms) > 1 and light:
                expr = " OR ".join(f"({t.expression})" for t in light)
                for sid, rank in self.reader.fts_search(expr, WEIGHTS, pool):
                    hits.setdefault(sid, (-rank, -2))
        return hits

    # --- search ------------------------------------------------------------------------
    def search(self, text: str, limit: int = 10, prefix: bool = True) -> list[SearchResult]:
        return self.answer(text, limit, prefix).results

    def answer(self, text: str, limit: int = 10, prefix: bool = True) -> Answer:
        limit = max(1, min(int(limit), 200))
        query = self.parse(text, prefix=prefix)
        norm = query.norm or NormQuery(text)
        book = self.kb.concepts
        hits = match_concepts(norm, book)
        best = hits[0].score if hits else 0.0
        used = [h for h in hits if h.score >= MIN_RELATIVE * best][:CONCEPTS_USED]
        # a concept that explains little of what was said weighs little against the text
        said = frozenset(i for h in hits for i in h.explained)
        share = CONCEPT_SHARE * coverage(used[0], slot_weights(norm, book, said)) if used else 0.0
        words = _said(norm)
        calm = self._calm(words)
        emergency, acting = self._emergency(norm, words, calm, hits)
        text_hits = self.matches(query, limit, concepts=bool(used))
        concept_scores: dict[int, float] = {}
        for n, h in enumerate(used):
            relative = h.score / best
            links = self.reader.concept_links(book.concepts[h.concept].id)
            for sid, weight in links[: LINKS_PER_CONCEPT if n == 0 else LINKS_OTHER]:
                value = relative * weight
                if value > concept_scores.get(sid, 0.0):
                    concept_scores[sid] = value
        if len(concept_scores) > CONCEPT_CANDIDATES:
            # a province links a concept to hundreds of services: rank only the strongest,
            # and the desk's own kecamatan's, which the area boost may lift
            here = self.desk_kecamatan
            keep = sorted(concept_scores, key=concept_scores.__getitem__, reverse=True)
            kept = set(keep[:CONCEPT_CANDIDATES])
            if here:
                kept.update(sid for sid in keep if here in self._facts.get(sid, _NO_FACTS)[1])
            concept_scores = {sid: concept_scores[sid] for sid in kept}
        learned = self.learned.get(learned_key([s.word for s in norm.content]), {})
        # what clerks chose for this very need is a candidate even when no word of it
        # matches (a service found by browsing)
        taught = set(self.reader.sids_of(sorted(learned)).values()) if learned else set()
        named = self._named_orgs(words)
        clear = bool(used) and share >= CONCEPT_SHARE * CLEAR_CONCEPT
        wanted = [o for o in (book.concepts[used[0].concept].offices if used else ())
                  if o in self.present_offices]  # fmt: skip
        extra = set()
        for org_id in named:
            first = self.reader.first_service_sid([org_id])
            if first is not None:
                extra.add(first)
        sids = set(text_hits) | set(concept_scores) | taught | extra
        known = self._facts
        facts = {sid: known[sid] for sid in sids if sid in known}
        # a need a concept names: a match on any one of its words weighs little beside it
        factors = TIER_FACTOR_CONCEPT if used else TIER_FACTOR
        if (
            clear
            and wanted
            and not any(
                set(wanted).intersection(self.org_offices.get(f[2], ())) for f in facts.values()
            )
        ):  # a clear need whose office no candidate is of: that office's first service
            office_sid = self._office_service(wanted[0])
            if office_sid is not None:
                sids.add(office_sid)
                facts[office_sid] = known[office_sid]
        top_offices = set(book.concepts[used[0].concept].offices) if used else set()
        # bm25 of different full-text queries (one per tier) are not comparable: each
        # tier is scaled by its own best
        best_text: dict[int, float] = {}
        for score, tier in text_hits.values():
            best_text[tier] = max(best_text.get(tier, 0.0), score)
        scored = []
        for sid in sids:
            if sid not in facts:
                continue
            service_id, area, org_id = facts[sid]
            score, tier = text_hits.get(sid, (0.0, 0))
            t = (score / best_text[tier]) * factors[min(-tier, 2)] if score else 0.0
            if t and top_offices and top_offices.intersection(self.org_offices.get(org_id, ())):
                t = min(1.0, t * OFFICE_PRIOR)
            c = concept_scores.get(sid, 0.0)
            final = share * c + (1 - share) * t
            offices = self.org_offices.get(org_id, ())
            if clear and wanted and not set(wanted).intersection(offices):
                final *= OFF_OFFICE
            elif clear and len(wanted) > 1 and wanted[0] not in offices:
                final *= SECOND_OFFICE  # the usual office first (puskesmas before dinkes)
            if org_id in named:
                # "di kecamatan licin" where a clear need goes elsewhere: an address, not
                # the office meant (a kecamatan or desa names where as often as whom)
                elsewhere = (
                    clear
                    and wanted
                    and self.orgs[org_id].kind in ADDRESS_KINDS
                    and not set(wanted).intersection(offices)
                )
                final += NAMED_BOOST * named[org_id] * (NAMED_ELSEWHERE if elsewhere else 1.0)
            final += LEARNED_BOOST * learned.get(service_id, 0.0)
            # a need whose usual office is a local one (puskesmas, kecamatan): any of them
            # answers it even where the desk's own place is unknown
            usual = clear and bool(wanted) and wanted[0] in offices
            final = self._adjust_area(service_id, area, final, usual=usual)
            scored.append((final, -sid, sid, tier == 0))
        scored.sort(reverse=True)
        ranked = [(sid, score, matched) for score, _n, sid, matched in scored]
        top: list[tuple[Service, float, bool]] = []
        if emergency and self.emergency_services:
            # one 112 entry (the emergency service the need's words fit best, else the
            # first), then the agency that acts: a directory listing 112 once per kind of
            # emergency must not push the acting agency off the first screen
            ids = {s.service_id for s in self.emergency_services}
            fitting = [facts[r[0]][0] for r in ranked if facts[r[0]][0] in ids]
            chosen_112 = next(
                (s for s in self.emergency_services if fitting and s.service_id == fitting[0]),
                self.emergency_services[0],
            )
            top = [(chosen_112, float("inf"), True)]
            ranked = [r for r in ranked if facts[r[0]][0] not in ids]
            ranked = self._acting_first(ranked, facts, acting)
        else:
            ranked = _diverse_front(ranked, facts)
            if ranked and calm:  # "kontrol jahitan bekas kecelakaan kemarin":
                ids = {s.service_id for s in self.emergency_services}  # 112's own words
                at = next((n for n, r in enumerate(ranked) if facts[r[0]][0] not in ids), 0)
                ranked = ranked[at : at + 1] + [r for r in ranked if r is not ranked[at]]
        ranked = ranked[: max(0, limit - len(top))]
        services = self.reader.services_by_sid([sid for sid, _, _ in ranked])
        chosen = top + [(services[sid], score, matched) for sid, score, matched in ranked]
        results = self._results(chosen[:limit])
        route = self._route(norm, used, results, emergency)
        return Answer(
            results=results,
            route=route,
            emergency=emergency,
            concepts=[book.concepts[h.concept].id for h in used],
            corrections=norm.corrections(),
        )

    def _named_orgs(self, said: set[str]) -> dict[str, float]:
        """Organizations the need names by a place word and a word of their kind
        ("puskesmas gitik", "polsek genteng", "rsud genteng", "kantor kecamatan rogojampi"):
        org_id -> 1.0, the best only.  A place word alone ("genteng bocor": a roof tile)
        names nothing.  ``said``: the need's words (``_said``)."""
        said_keys = {key(w) for w in said}
        found = {}
        for org_id in {o for w in said for o in self._by_place.get(w, ())}:
            places, kinds, office = self._names[org_id]
            if not (kinds | office) & said_keys:
                continue
            # more of its place said first ("genteng kulon"), then more of its kind
            # ("kantor kecamatan genteng": the kecamatan, not the KUA of the kecamatan)
            share = len(kinds & said_keys) / len(kinds) if kinds else 1.0
            found[org_id] = len(places & said) + share
        if not found:
            found = self._named_by_area(said, said_keys)
        if not found:
            return {}
        best = max(found.values())
        return {o: 1.0 for o, v in found.items() if v == best}

    def _named_by_area(self, said: set[str], said_keys: set[str]) -> dict[str, float]:
        """An office type said with a place it serves but is not named after ("puskesmas
        è wongsorejo": Puskesmas Bajulmati works Kecamatan Wongsorejo; "puskesmas cedhek
        kemiren": Desa Kemiren lies in Kecamatan Glagah, Puskesmas Paspan's area)."""
        where = {w for w in said if w in self._by_area}
        for w in said:
            for org_id in self._by_place.get(w, ()):
                if self.orgs[org_id].kind in ADDRESS_KINDS:
                    where |= {p for p in self._names[org_id][0] if p in self._by_area}
        found: dict[str, float] = {}
        for org_id in {o for w in where for o in self._by_area[w]}:
            if org_id not in self._names:
                continue
            kinds = self._names[org_id][1]  # its name's own words: the office keys are
            if kinds & said_keys:  # too loose here ("bantuan" for "puskesmas pembantu")
                found[org_id] = float(len(self._org_areas[org_id] & where))
        return found

    def _emergency(
        self, norm: NormQuery, said: set[str], not_now: bool, hits: list[ConceptHit]
    ) -> tuple[bool, tuple[str, ...]]:
        """Whether the need is an emergency happening now, and the offices that act
        (``said``: the need's words, ``_said``; ``not_now``: ``_calm`` of them)."""
        book = self.kb.concepts
        if not_now:  # training, prevention, paperwork, the past: not happening now
            return False, ()
        now = _says_any(self.lex.now, said)

        def is_urgent(c: Concept) -> bool:  # "emergency: now": a theft while the thief is there
            return c.emergency or (c.when_now and now)

        urgent = [h for h in hits if is_urgent(book.concepts[h.concept])]
        calm = [h for h in hits if not is_urgent(book.concepts[h.concept])]
        if urgent:
            e = urgent[0]
            n = calm[0] if calm else None
            dominated = n is not None and (
                (n.score * EMERGENCY_SHARE > e.score and not now)  # "barusan": it is now
                or (e.slots <= n.slots and n.phrase_keys > e.phrase_keys)
            )
            if not dominated:
                others = [book.concepts[h.concept] for h in urgent[1:] if not h.slots & e.slots]
                return True, _acting(book.concepts[e.concept], others)
            return False, ()
        if self.has_emergency_concepts:
            return False, ()  # the concepts know the emergencies: no word list fallback
        words = [s.word for s in norm.slots]
        legacy = any(w in self.lex.emergency for w in words) or any(
            tuple(words[i : i + len(p)]) == p
            for p in self.lex.emergency_phrases
            for i in range(len(words) - len(p) + 1)
        )
        if not legacy:
            return False, ()
        # an emergency word outside what a calm concept explains still counts
        covered = set().union(*(h.slots for h in calm)) if calm else set()
        lone = [
            i for i, s in enumerate(norm.slots) if s.word in self.lex.emergency and i not in covered
        ]
        return (bool(lone) or not calm), ()

    def _calm(self, said: set[str]) -> bool:
        """Whether the need says its danger is not happening now (training, prevention,
        paperwork, the past), unless it says it still is ("hilang sejak kemarin, belum
        ditemukan")."""
        return _says_any(self.lex.calm, said) and not _says_any(self.lex.ongoing, said)

    def _acting_first(
        self,
        ranked: list[tuple[int, float, bool]],
        facts: dict[int, tuple[str, frozenset[str], str]],
        acting: tuple[str, ...],
    ) -> list[tuple[int, float, bool]]:
        """Under 112, the best service of each acting office type, in the concept's order."""
        if not acting:
            return ranked
        front: list[tuple[int, float, bool]] = []
        taken: set[int] = set()
        for office in acting:
            for row in ranked:
                org = facts[row[0]][2]
                if row[0] not in taken and office in self.org_offices.get(org, ()):
                    front.append(row)
                    taken.add(row[0])
                    break
            else:
                sid = self._office_service(office)
                if sid is not None and sid not in taken:
                    front.append((sid, 0.0, False))
                    taken.add(sid)
        return front + [r for r in ranked if r[0] not in taken]

    def _office_service(self, office: str) -> int | None:
        """The first service of the first organization of an office type (an emergency's
        acting agency when the words matched none of its services)."""
        if office not in self._org_first:
            orgs = sorted(o for o, offices in self.org_offices.items() if office in offices)
            self._org_first[office] = self.reader.first_service_sid(orgs) if orgs else None
        return self._org_first[office]

    def _route(
        self,
        norm: NormQuery,
        used: list[ConceptHit],
        results: list[SearchResult],
        emergency: bool,
    ) -> Route | None:
        offices = self.kb.concepts.offices
        if emergency:
            if results and results[0].kind == "emergency":
                return None
            office = offices.get(CALL112)
            return Route(
                "emergency",
                CALL112,
                office.name if office else "112",
                office.route if office else "112",
            )
        if used:
            concept: Concept = self.kb.concepts.concepts[used[0].concept]
            primary = concept.offices[0]
            if primary not in self.present_offices:
                office = offices.get(primary)
                if office is not None and office.route:
                    kind = "lapor" if primary == LAPOR else "outside"
                    return Route(kind, primary, office.name, office.route)
                return self._lapor()
        if not results and norm.content:
            return self._lapor()
        return None

    def _lapor(self) -> Route | None:
        office = self.kb.concepts.offices.get(LAPOR)
        if office is None:
            return Route("lapor", LAPOR, "SP4N-LAPOR!", "lapor.go.id atau SMS 1708")
        return Route("lapor", LAPOR, office.name, office.route)

    def _adjust(self, svc: Service, score: float) -> float:
        return self._adjust_area(svc.service_id, frozenset(a.lower() for a in svc.area), score)

    def _adjust_area(
        self, service_id: str, areas: frozenset[str], score: float, usual: bool = False
    ) -> float:
        """``areas``: the service's kecamatan, lower case (empty: the whole regency);
        ``usual``: the service is of the office type the need usually goes to."""
        if areas:
            if not self.desk_kecamatan:
                score *= 1.0 if usual else UNKNOWN_AREA
            else:
                score *= AREA_BOOST if self.desk_kecamatan in areas else AREA_PENALTY
        uses = self.referral_counts.get(service_id, 0)
        if uses:
            score *= 1.0 + min(uses, 50) / 100.0
        return score

    def _results(self, chosen: list[tuple[Service, float, bool]]) -> list[SearchResult]:
        linked = self.reader.contacts_for_services(
            [s.service_id for s, _, _ in chosen], self.desk_kecamatan, MAX_CONTACTS
        )  # chosen and ordered by SQLite, as order_contacts would
        out = []
        for svc, score, all_terms in chosen:
            org = self.orgs[svc.org_id]
            kind = "emergency" if org.kind == "emergency" else "service"
            contacts = self._with_fallback(svc, linked.get(svc.service_id, []))
            out.append(SearchResult(kind, svc, org, contacts, score, all_terms))
        return out

    def order_contacts(self, svc: Service, linked: list[Contact]) -> list[Contact]:
        """Technical staff of the service first, then the bidang's manager, then the
        agency's front desk and head; within a level, those serving the desk's area first."""

        def key(c: Contact) -> tuple[int, int]:
            elsewhere = bool(self.desk_kecamatan and c.area) and self.desk_kecamatan not in {
                a.lower() for a in c.area
            }
            return (LEVEL_ORDER.get(c.level, 9), int(elsewhere))

        return self._with_fallback(svc, sorted(linked, key=key))

    def _with_fallback(self, svc: Service, ordered: list[Contact]) -> list[Contact]:
        """The service's own contacts in order, then its agency's front desk and head."""
        if len(ordered) >= MAX_CONTACTS:
            return ordered[:MAX_CONTACTS]
        have = {c.contact_id for c in ordered}
        for c in self._fallback(svc.org_id):
            if c.contact_id not in have:
                ordered.append(c)
                have.add(c.contact_id)
        return ordered[:MAX_CONTACTS]

    def _fallback(self, org_id: str) -> list[Contact]:
        if org_id not in self._org_fallback:
            rows = self.reader.contacts_of_org(org_id, ("frontdesk", "head"))
            rows.sort(key=lambda c: LEVEL_ORDER.get(c.level, 9))
            self._org_fallback[org_id] = rows
        return self._org_fallback[org_id]


def _diverse_front(
    ranked: list[tuple[int, float, bool]], facts: Mapping[int, tuple[str, frozenset[str], str]]
) -> list[tuple[int, float, bool]]:
    """The first results show more than one agency: of the first ``FRONT`` at most
    ``PER_ORG_FRONT`` are of one organization, when another scores at least
    ``FRONT_SHARE`` of the best (the clerk sees the other office a need may belong to;
    the leader's further services follow)."""
    if len(ranked) <= 1:
        return ranked
    floor = FRONT_SHARE * ranked[0][1]
    pending = list(ranked)
    front: list[tuple[int, float, bool]] = []
    count: dict[str, int] = {}
    while pending and len(front) < FRONT:
        row = pending[0]
        if count.get(facts[row[0]][2], 0) >= PER_ORG_FRONT:
            # another agency that comes close takes the place; else this one keeps it
            row = next((r for r in pending if r[1] >= floor and not count.get(facts[r[0]][2])), row)
        pending.remove(row)
        front.append(row)
        org = facts[row[0]][2]
        count[org] = count.get(org, 0) + 1
    return front + pending


def _org_names(
    orgs: Mapping[str, Organization],
    lex: Lexicon,
    kind_keys: Mapping[str, frozenset[str]],
    common: Callable[[str], bool] = lambda w: False,
) -> tuple[dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]], dict[str, list[str]]]:
    """org_id -> (place words, kind keys, office keys) of its name, and place word ->
    org_ids.  A place word is one few organizations hold (a kecamatan, desa or puskesmas
    name), that does not say an office type and is no common word (``common``); the kind
    keys are the rest of its name, the office keys the words of its office types
    (``kind_keys``: org_id -> keys of its offices' match phrases: polsek, rsud, puskesmas)."""
    from collections import Counter

    words = {}
    aside: dict[str, set[str]] = {}
    for org_id, org in orgs.items():
        # "Desa Kedungrejo (Kecamatan Muncar)": what is in brackets says where, not what
        name = re.sub(r"\([^)]*\)", " ", org.name)
        tokens = tokenize(f"{name} {org.short_name}")
        words[org_id] = {lex.spelling.get(w, w) for w in tokens if w not in lex.stopwords}
        aside[org_id] = {
            lex.spelling.get(w, w)
            for w in tokenize(" ".join(re.findall(r"\(([^)]*)\)", org.name)))
            if w not in lex.stopwords
        }
    held = Counter(w for ws in words.values() for w in ws)
    out: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
    by_place: dict[str, list[str]] = {}
    for org_id, ws in words.items():
        office = kind_keys.get(org_id, frozenset())
        places = frozenset(
            w
            for w in ws
            if held[w] <= PLACE_ORGS and len(w) >= 4 and key(w) not in office and not common(w)
        )
        kinds = frozenset(key(w) for w in ws if w not in places and w not in GENERIC_NAME)
        places |= {
            w for w in aside[org_id] if held[w] <= PLACE_ORGS and len(w) >= 4 and not common(w)
        }
        if places:
            out[org_id] = (places, kinds, office)
            for w in places:
                by_place.setdefault(w, []).append(org_id)
    return out, by_place


_NO_FACTS: tuple[str, frozenset[str], str] = ("", frozenset(), "")
GENERIC_NAME = frozenset({"kabupaten", "banyuwangi", "kab"})


def _carried_lexicon(reader: DirectoryReader) -> dict[str, str] | None:
    """The lexicon a published directory carries (None: use the bundled one)."""
    carried = getattr(reader, "lexicon_files", None)
    files = carried() if callable(carried) else None
    return files or None


def _acting(first: Concept, others: list[Concept]) -> tuple[str, ...]:
    """The offices that act on an emergency: the main one of the concept named best, then
    the main one of each other emergency the need names in other words (a child drowned
    and not breathing: the SAR post, then the hospital), then the rest of the first's."""
    offices = [*first.acting[:1]]
    for c in others:
        if c.acting and c.acting[0] not in offices:
            offices.append(c.acting[0])
    return tuple(offices + [o for o in first.acting[1:] if o not in offices])


def _said(norm: NormQuery) -> set[str]:
    """Every word the need says, as typed, as its base, and as completed."""
    return {w for s in norm.slots for w in (s.word, *s.words)}


def _says_any(phrases: frozenset[tuple[str, ...]], said: set[str]) -> bool:
    """Whether all the words of one of ``phrases`` are among ``said``, in any order."""
    return any(all(w in said for w in phrase) for phrase in phrases)
