"""Need search over one directory file.

The pipeline (DESIGN.md, "Search by need"): tokenize and fold spelling -> lexicon
expansion and stop words -> stems -> FTS5 MATCH with bm25 column weights and prefix
matching on the word being typed -> typo correction for words the index does not know
-> ranking (all words matched first, then area of the desk, then this desk's habits).
An emergency word always puts the 112 service on top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from melayani_core.directory.model import LEVEL_ORDER, Contact, Organization, Service
from melayani_core.resources import resource
from melayani_core.search.heavy import HEAVY_DOCS
from melayani_core.search.lexicon import Lexicon, expand, fold_spelling, load_lexicon, tokenize
from melayani_core.search.stem import stem
from melayani_core.search.typo import Vocabulary
from melayani_core.storage.directory_db import DirectoryReader

# bm25 weights for (name, keywords, org, body)
WEIGHTS = (10.0, 6.0, 3.0, 1.0)
MAX_WORDS = 12  # a need is a few words; the rest of a pasted essay is ignored
MAX_CONTACTS = 5
AREA_BOOST = 1.5  # service bound to the desk's own kecamatan
AREA_PENALTY = 0.35  # service bound to other kecamatan only
UNKNOWN_AREA = 0.8  # desk location unknown: regency-wide entries before local offices


@dataclass
class Term:
    """One need word (or phrase) with the FTS expression that matches it."""

    text: str
    expression: str
    corrected: tuple[str, ...] = ()
    frequency: int = 0  # about how many services hold it
    weak: bool = False  # a general verb (bikin, urus, minta): never required to match


@dataclass
class Query:
    text: str
    terms: list[Term] = field(default_factory=list)
    emergency: bool = False
    dropped: list[str] = field(default_factory=list)  # words that match nothing

    @property
    def corrections(self) -> dict[str, tuple[str, ...]]:
        return {t.text: t.corrected for t in self.terms if t.corrected}


@dataclass
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


@cache
def weak_words() -> frozenset[str]:
    """General verbs and fillers (resources/lexicon/weak.txt) a service need not contain."""
    text = resource("lexicon", "weak.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if (w := line.strip().lower()) and not w.startswith("#")
    )


def _quote(word: str, prefix: bool = False) -> str:
    return f'"{word}"' + ("*" if prefix else "")


class SearchEngine:
    def __init__(
        self,
        reader: DirectoryReader,
        lexicon: Lexicon | None = None,
        desk_kecamatan: str = "",
        referral_counts: Mapping[str, int] | None = None,
    ):
        self.reader = reader
        self.lex = lexicon or load_lexicon()
        self.desk_kecamatan = desk_kecamatan.strip().lower()
        self.referral_counts = dict(referral_counts or {})
        self.orgs = reader.organizations()
        self.vocab = Vocabulary(reader.vocabulary())
        self.emergency_services = [s for s in reader.emergency_services() if s.org_id in self.orgs]
        self._org_fallback: dict[str, list[Contact]] = {}
        self.weak = weak_words()

    # --- query building ----------------------------------------------------------------
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
        query = Query(text=text)
        words = fold_spelling(tokenize(text), self.lex)[:MAX_WORDS]
        if not words:
            return query
        query.emergency = self._is_emergency(words)
        terms = expand(words, self.lex)
        live = [t for t in terms if not t.is_stop] or terms
        last_word = words[-1]
        for qt in live:
            phrase_exprs = []
            frequency = 0
            for phrase in qt.alternatives:
                exprs = []
                freqs = []
                for w in phrase:
                    is_typed = w == last_word and phrase is qt.alternatives[0]
                    expr, freq = self._word_expr(w, prefix and is_typed)
                    freqs.append(freq)
                    exprs.append(expr)
                if all(freqs):
                    phrase_exprs.append(" AND ".join(exprs) if len(exprs) > 1 else exprs[0])
                    frequency += min(freqs)
            corrected: tuple[str, ...] = ()
            if not phrase_exprs:
                # the index knows none of the ways to say it: try the nearest spellings
                typed = qt.alternatives[0]
                fixed = []
                for w in typed:
                    if w in self.vocab or stem(w) in self.vocab:
                        fixed.append([w])
                    else:
                        fixed.append(self.vocab.corrections(w))
                if all(fixed):
                    corrected = tuple(f[0] for f in fixed)
                    frequency = min(self.vocab.freq.get(f[0], 1) for f in fixed)
                    phrase_exprs.append(
                        " AND ".join(
                            "(" + " OR ".join(_quote(c) for c in options) + ")" for options in fixed
                        )
                    )
            if phrase_exprs:
                expr = " OR ".join(f"({p})" for p in phrase_exprs)
                weak = all(w in self.weak for w in qt.alternatives[0])
                query.terms.append(Term(qt.text, expr, corrected, frequency, weak))
            else:
                query.dropped.append(qt.text)
        return query

    def _is_emergency(self, words: list[str]) -> bool:
        if any(w in self.lex.emergency for w in words):
            return True
        n = len(words)
        return any(
            tuple(words[i : i + len(p)]) == p
            for p in self.lex.emergency_phrases
            for i in range(n - len(p) + 1)
        )

    # --- search ------------------------------------------------------------------------
    def matches(self, query: Query, limit: int) -> dict[int, tuple[float, int]]:
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
            light = [t for t in query.terms if t.frequency < HEAVY_DOCS]
            if len(hits) < limit and len(query.terms) > 1 and light:
                expr = " OR ".join(f"({t.expression})" for t in light)
                for sid, rank in self.reader.fts_search(expr, WEIGHTS, pool):
                    hits.setdefault(sid, (-rank, -len(tiers)))
        return hits

    def search(self, text: str, limit: int = 10, prefix: bool = True) -> list[SearchResult]:
        limit = max(1, min(int(limit), 200))
        query = self.parse(text, prefix=prefix)
        hits = self.matches(query, limit)
        # rank on the two facts ranking needs; read whole rows only for what is shown
        facts = self.reader.service_facts(list(hits))
        scored = []
        for sid, (score, tier) in hits.items():
            service_id, area = facts[sid]
            scored.append((tier, self._adjust_area(service_id, area, score), sid))
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        ranked = [(sid, score, tier == 0) for tier, score, sid in scored]
        top: list[tuple[Service, float, bool]] = []
        if query.emergency:
            top = [(s, float("inf"), True) for s in self.emergency_services]
            ids = {s.service_id for s in self.emergency_services}
            ranked = [r for r in ranked if facts[r[0]][0] not in ids]
        ranked = ranked[: max(0, limit - len(top))]
        services = self.reader.services_by_sid([sid for sid, _, _ in ranked])
        chosen = top + [(services[sid], score, matched) for sid, score, matched in ranked]
        return self._results(chosen[:limit])

    def _adjust(self, svc: Service, score: float) -> float:
        return self._adjust_area(svc.service_id, svc.area, score)

    def _adjust_area(self, service_id: str, area: list[str], score: float) -> float:
        if area:
            areas = {a.lower() for a in area}
            if not self.desk_kecamatan:
                score *= UNKNOWN_AREA
            else:
                score *= AREA_BOOST if self.desk_kecamatan in areas else AREA_PENALTY
        uses = self.referral_counts.get(service_id, 0)
        if uses:
            score *= 1.0 + min(uses, 50) / 100.0
        return score

    def _results(self, chosen: list[tuple[Service, float, bool]]) -> list[SearchResult]:
        linked = self.reader.contacts_for_services([s.service_id for s, _, _ in chosen])
        out = []
        for svc, score, all_terms in chosen:
            org = self.orgs[svc.org_id]
            kind = "emergency" if org.kind == "emergency" else "service"
            contacts = self.order_contacts(svc, linked.get(svc.service_id, []))
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

        ordered = sorted(linked, key=key)
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
