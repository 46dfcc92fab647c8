"""Need concepts and office types: the layer between a citizen's words and the services.

Read from the lexicon's ``concepts/`` files (format: ``resources/lexicon/concepts/README.md``):
``offices.txt`` says what kinds of office exist and how to recognise each in a directory;
every other file holds the concepts of one field, each with what people say for it in four
languages and what a service that meets it looks like in formal words.

Words are compared by *key*: spelling-folded, then stemmed (``stem``), so ``kebakaran``,
``terbakar`` and ``bakar`` meet.  A malformed line is reported (file:line) in
``ConceptBook.problems`` and skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from melayani_core.search.lexicon import LexiconFiles, Problems, lines, tokenize
from melayani_core.search.stem import stem

FOLDER = "concepts/"
OFFICES = FOLDER + "offices.txt"
LANGS = ("ind", "jav", "osi", "mad", "abbr")
AUTHORITIES = ("regency", "village", "province", "central", "third_party")
_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9-]+)?$")
_HEADER = re.compile(r"^\[([^\]]+)\]\s*$")


def key(word: str) -> str:
    """What a word is compared by: its stem (the word itself when it has none)."""
    return stem(word)


def keys_of(words: Iterable[str], spelling: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(key(spelling.get(w, w)) for w in words)


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    name: str
    match: tuple[tuple[str, ...], ...]  # phrases (keys) an organization's name contains
    kinds: frozenset[str]  # directory organization kinds that are this office by themselves
    authority: str
    route: str  # what to tell the citizen when the directory has no such office


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    name: str
    offices: tuple[str, ...]
    authority: str
    emergency: bool
    acting: tuple[str, ...]
    not_phrases: tuple[tuple[str, ...], ...]  # keys
    service: tuple[tuple[str, ...], ...]  # keys of formal phrases services contain
    words: frozenset[str]  # every word (as written, folded) of its phrases
    when_now: bool = False  # an emergency only when the need says it is happening now

    @property
    def may_be_urgent(self) -> bool:
        return self.emergency or self.when_now

    @property
    def field(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class Phrase:
    concept: int  # index into ConceptBook.concepts
    keys: tuple[str, ...]  # distinct keys
    lang: str
    weight: float  # sum of its keys' weights


@dataclass
class ConceptBook:
    concepts: list[Concept] = field(default_factory=list)
    offices: dict[str, Office] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    # rarest key of a phrase -> the phrases it opens (every phrase is listed once)
    by_key: dict[str, list[int]] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # key -> weight (idf)
    # every key of a phrase -> the phrases holding it (for corrections in context)
    with_key: dict[str, list[int]] = field(default_factory=dict)
    words: frozenset[str] = frozenset()  # every phrase word as written (folded)
    problems: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)  # concept id -> position

    def concept(self, concept_id: str) -> Concept | None:
        i = self.index.get(concept_id)
        return None if i is None else self.concepts[i]

    def weight(self, k: str) -> float:
        return self.weights.get(k, self.default_weight)

    @property
    def default_weight(self) -> float:
        return math.log(1.0 + len(self.concepts) or 1.0)


# --- reading ------------------------------------------------------------------------------


def _blocks(
    name: str, text: str, problems: Problems
) -> Iterable[tuple[str, int, dict[str, tuple[int, str]]]]:
    """(id, line of its header, {key: (line, value)}) for each [block] of a file."""
    current: str | None = None
    start = 0
    values: dict[str, tuple[int, str]] = {}
    for lineno, line in lines(text):
        head = _HEADER.match(line.strip())
        if head:
            if current is not None:
                yield current, start, values
            current, start, values = head.group(1).strip(), lineno, {}
            continue
        if current is None:
            problems.add(name, lineno, "a line before the first [block] header")
            continue
        k, sep, v = line.partition(":")
        k = k.strip().lower()
        if not sep or not k.isidentifier():
            problems.add(name, lineno, f"want 'key: value', got {line.strip()!r}")
            continue
        if k in values:
            problems.add(name, lineno, f"{k!r} given twice in [{current}]")
            continue
        values[k] = (lineno, v.strip())
    if current is not None:
        yield current, start, values


def _ids(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


NEGATIONS = frozenset(
    "tidak tak gak nggak enggak ga belum blm ora ndak durung dereng mboten sing ta tak"
    " tada lok enja bunten".split()
)


def _required(words: tuple[str, ...], stopwords: frozenset[str] | set[str]) -> tuple[str, ...]:
    kept = tuple(w for w in words if w not in stopwords or w in NEGATIONS)
    # "ingin mati" stays whole: "mati" alone would be any dead lamp or cow
    return kept if sum(w not in stopwords for w in kept) >= 2 else words


def _phrases(value: str) -> list[tuple[str, ...]]:
    return [words for part in value.split(";") if (words := tuple(tokenize(part)))]


def _read_offices(text: str, spelling: Mapping[str, str], problems: Problems) -> dict[str, Office]:
    offices: dict[str, Office] = {}
    allowed = {"name", "match", "kind", "authority", "route"}
    for oid, start, values in _blocks(OFFICES, text, problems):
        if not _ID.match(oid) or "." in oid:
            problems.add(OFFICES, start, f"office id {oid!r}: lower-case letters, digits, _")
            continue
        if oid in offices:
            problems.add(OFFICES, start, f"office {oid!r} defined twice")
            continue
        for k, (lineno, _v) in values.items():
            if k not in allowed:
                problems.add(OFFICES, lineno, f"unknown key {k!r} in [{oid}]")
        authority = values.get("authority", (start, "regency"))[1]
        if authority not in AUTHORITIES:
            problems.add(OFFICES, values["authority"][0], f"authority {authority!r} unknown")
            authority = "regency"
        match = tuple(keys_of(p, spelling) for p in _phrases(values.get("match", (0, ""))[1]))
        kinds = frozenset(tokenize(values.get("kind", (0, ""))[1]))
        if not match and not kinds:
            problems.add(OFFICES, start, f"office {oid!r} has neither match: nor kind:")
            continue
        offices[oid] = Office(
            id=oid,
            name=values.get("name", (0, oid))[1] or oid,
            match=match,
            kinds=kinds,
            authority=authority,
            route=values.get("route", (0, ""))[1],
        )
    return offices


def read_concepts(
    files: LexiconFiles,
    spelling: Mapping[str, str] | None = None,
    stopwords: frozenset[str] | set[str] = frozenset(),
) -> ConceptBook:
    """The concept book of a lexicon's files (``concepts/*.txt``).  A stop word inside a
    phrase ("kerja ke hongkong") is not required of the need ("kerjo nang hongkong"),
    except a negation ("nelayan sing mulih", "ora gelem mangan"), which changes the need."""
    spelling = spelling or {}
    problems = Problems()
    book = ConceptBook()
    book.offices = _read_offices(files.get(OFFICES, ""), spelling, problems)
    raw_phrases: list[tuple[int, tuple[str, ...], str]] = []
    all_words: set[str] = set()
    allowed = {"name", "office", "authority", "emergency", "acting", "not", "service", *LANGS}
    for name in sorted(files):
        if not name.startswith(FOLDER) or name == OFFICES or not name.endswith(".txt"):
            continue
        field_name = name[len(FOLDER) : -len(".txt")]
        for cid, start, values in _blocks(name, files[name], problems):
            if not _ID.match(cid) or cid.split(".", 1)[0] != field_name or "." not in cid:
                problems.add(
                    name, start, f"concept id {cid!r} must be '{field_name}.words-like-this'"
                )
                continue
            if cid in book.index:
                problems.add(name, start, f"concept {cid!r} defined twice")
                continue
            bad = False
            for k, (lineno, _v) in values.items():
                if k not in allowed:
                    problems.add(name, lineno, f"unknown key {k!r} in [{cid}]")
            offices = _ids(values.get("office", (0, ""))[1])
            for o in offices:
                if o not in book.offices:
                    problems.add(name, values["office"][0], f"office {o!r} not in offices.txt")
                    bad = True
            acting = _ids(values.get("acting", (0, ""))[1])
            for o in acting:
                if o not in book.offices:
                    problems.add(name, values["acting"][0], f"office {o!r} not in offices.txt")
                    bad = True
            if not offices:
                problems.add(name, start, f"concept {cid!r} has no office:")
                bad = True
            emergency_text = values.get("emergency", (0, "no"))[1].lower()
            if emergency_text not in ("yes", "no", "now", "ya", "tidak", "sekarang", ""):
                problems.add(name, values["emergency"][0], "emergency: want yes, no or now")
            emergency = emergency_text in ("yes", "ya")
            when_now = emergency_text in ("now", "sekarang")
            authority = values.get("authority", (0, ""))[1]
            if authority and authority not in AUTHORITIES:
                problems.add(name, values["authority"][0], f"authority {authority!r} unknown")
                authority = ""
            if bad:
                continue
            if not authority:
                authority = book.offices[offices[0]].authority
            phrases = [(lang, p) for lang in LANGS for p in _phrases(values.get(lang, (0, ""))[1])]
            if not phrases:
                problems.add(name, start, f"concept {cid!r} has no phrases")
                continue
            index = len(book.concepts)
            words = frozenset(spelling.get(w, w) for _l, p in phrases for w in p)
            all_words |= words
            service = tuple(
                keys_of(p, spelling) for p in _phrases(values.get("service", (0, ""))[1])
            )
            book.concepts.append(
                Concept(
                    id=cid,
                    name=values.get("name", (0, cid))[1] or cid,
                    offices=offices,
                    authority=authority,
                    emergency=emergency,
                    acting=acting or (offices if emergency or when_now else ()),
                    not_phrases=tuple(
                        keys_of(p, spelling) for p in _phrases(values.get("not", (0, ""))[1])
                    ),
                    service=service,
                    words=words,
                    when_now=when_now,
                )
            )
            book.index[cid] = index
            for lang, p in phrases:
                raw_phrases.append((index, keys_of(_required(p, stopwords), spelling), lang))
    book.problems = problems.items
    _index_phrases(book, raw_phrases)
    book.words = frozenset(all_words)
    return book


def _index_phrases(book: ConceptBook, raw: list[tuple[int, tuple[str, ...], str]]) -> None:
    df: dict[str, set[int]] = {}
    for concept, keys, _lang in raw:
        for k in keys:
            df.setdefault(k, set()).add(concept)
    n = max(len(book.concepts), 1)
    book.weights = {k: math.log(1.0 + n / len(cs)) for k, cs in df.items()}
    seen: set[tuple[int, tuple[str, ...]]] = set()
    for concept, keys, lang in raw:
        distinct = tuple(dict.fromkeys(keys))
        if (concept, distinct) in seen:
            continue
        seen.add((concept, distinct))
        weight = sum(book.weights[k] for k in distinct)
        book.phrases.append(Phrase(concept, distinct, lang, weight))
        rarest = max(distinct, key=lambda k: (book.weights[k], k))
        book.by_key.setdefault(rarest, []).append(len(book.phrases) - 1)
        for k in distinct:
            book.with_key.setdefault(k, []).append(len(book.phrases) - 1)
