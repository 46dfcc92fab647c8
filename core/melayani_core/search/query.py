"""A need as typed, normalised into slots: one per word, with every form it may stand for.

Steps per word: spelling fold (also on the word being typed) -> stop word? -> regional
affixes undone when the word itself is unknown (``morph``) -> a real word is kept as it is;
a word that is no word at all is corrected against what the search knows (edit distance by
length) -> the word being typed also stands for its completions.  Adjacent repeats
(``ana'-ana'``, ``turun turun``) collapse to one slot.  The word cap counts only the words
that name something, so a long spoken sentence keeps the one word that names the need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from melayani_core.search.concepts import ConceptBook, key
from melayani_core.search.knowledge import Knowledge
from melayani_core.search.lexicon import Lexicon, glottal_words, tokenize
from melayani_core.search.morph import known_bases
from melayani_core.search.typo import Vocabulary, damerau

MAX_CONTENT = 12  # content words kept from a pasted essay
MAX_TOKENS = 64  # tokens looked at at all
PREFIX_MIN = 3  # a word being typed stands for its completions from this many letters
MAX_COMPLETIONS = 12

# how much a form of a slot is worth, by how it was found
EXACT, MORPH, TYPO, PREFIX = 1.0, 0.9, 0.8, 0.85
TRANSLATED = 0.9  # a regional word's one-word Indonesian meaning (dalan: jalan)
REGIONAL = frozenset({"jav", "osi", "mad"})
SECOND_TYPO = 0.6  # a further correction of the same word
KNOWN_PREFIX = 0.45  # completions of a word that is already a word the search knows


@dataclass(slots=True)
class Slot:
    typed: str  # the token as typed (lower case, folded)
    word: str  # its canonical form: the typed word, its base, or its correction
    forms: dict[str, float] = field(default_factory=dict)  # concept key -> quality
    words: tuple[str, ...] = ()  # words for the full-text index (word, base, completions)
    stop: bool = False
    weak: bool = False
    corrected: bool = False
    prefix: bool = False  # the word being typed
    unindexed: bool = False  # no form of it is in the directory


@dataclass
class NormQuery:
    text: str
    slots: list[Slot] = field(default_factory=list)

    @property
    def content(self) -> list[Slot]:
        return [s for s in self.slots if not s.stop]

    @property
    def canonical(self) -> list[str]:
        return [s.word for s in self.slots]

    def corrections(self) -> dict[str, str]:
        return {s.typed: s.word for s in self.slots if s.corrected}


def normalise(
    text: str,
    kb: Knowledge,
    vocab: Vocabulary,
    in_index: Callable[[str], bool],
    prefix: bool,
) -> NormQuery:
    """The slots of ``text``; ``vocab`` holds the search's words (concepts, lexicon, index)
    for corrections and completions, ``in_index(word)`` says whether the directory holds it."""
    lex = kb.lexicon
    query = NormQuery(text=text)
    tokens = tokenize(text)[:MAX_TOKENS]
    if not tokens:
        return query
    glottal = glottal_words(text)
    typing = prefix and not text[-1:].isspace()
    collapsed: list[str] = []
    for t in tokens:
        if not collapsed or collapsed[-1] != t:
            collapsed.append(t)
    last = len(collapsed) - 1
    slots = [
        _slot(lex.spelling.get(raw, raw), raw in glottal, kb, vocab, in_index, typing and i == last)
        for i, raw in enumerate(collapsed)
    ]
    query.slots = _within_cap(slots, text, kb.concepts)
    _in_context(query, kb, vocab, in_index)
    return query


def _within_cap(slots: list[Slot], text: str, book: ConceptBook) -> list[Slot]:
    """At most ``MAX_CONTENT`` content words. When a long spoken need holds more, the words
    that say least are left out, wherever they stand: the words of the concepts the whole
    need names stay first (an emergency's before the others, the strongest next), then
    words some concept phrase holds, then the rest; the word being typed always stays.
    ("tadi saya masak nasi ... pas pulang dapurnya penuh asap, api keluar dari kompor dan
    sekarang merembet": the fire is at the end.) Stop words are never counted."""
    content = [i for i, s in enumerate(slots) if not s.stop]
    if len(content) <= MAX_CONTENT:
        return slots
    from melayani_core.search.match import match_concepts  # match reads NormQuery

    hits = match_concepts(NormQuery(text=text, slots=slots), book)
    hits.sort(key=lambda h: not book.concepts[h.concept].may_be_urgent)  # stable: by score
    first: dict[int, int] = {}
    for n, hit in enumerate(hits):
        for i in hit.explained:
            first.setdefault(i, n)

    def says(i: int) -> tuple[int, int, int]:  # smaller says more
        slot = slots[i]
        if slot.prefix:
            return (0, 0, i)
        if i in first:
            return (1, first[i], i)
        return (2 if any(k in book.with_key for k in slot.forms) else 3, 0, i)

    keep = set(sorted(content, key=says)[:MAX_CONTENT])
    return [s for i, s in enumerate(slots) if s.stop or i in keep]


CONTEXT_REACH = 2  # words either side that give a slip its context
CONTEXT_CANDIDATES = 8  # corrections looked at for a word the rest of the need explains


def _in_context(
    query: NormQuery, kb: Knowledge, vocab: Vocabulary, in_index: Callable[[str], bool]
) -> None:
    """A slip that makes another word ("bunh diri", "luka parh", "pohon tumang", "nelaan
    hilang") is read as the word that, with the rest of the need, says a need phrase: for
    a word that was corrected, taken apart by affix rules, or is a word that neither the
    concepts nor the directory holds, the nearest spelling completing a concept phrase with
    the other words wins."""
    book = kb.concepts
    if not book.with_key or len(query.slots) < 2:
        return
    for i, slot in enumerate(query.slots):
        if (slot.stop and not slot.corrected) or slot.prefix or len(slot.typed) < 4:
            continue
        own = key(slot.word)
        idle = not kb.known(slot.word) and not in_index(slot.word)
        unsure = slot.corrected or slot.word != slot.typed or idle or own not in book.with_key
        if not unsure:
            continue
        # the words right around it: a phrase is said together ("bunh diri"), and a word
        # far off is no context ("dadi tki, wis rong sasi": sasi is a month, not a saksi)
        near = (
            query.slots[max(0, i - CONTEXT_REACH) : i] + query.slots[i + 1 : i + 1 + CONTEXT_REACH]
        )
        others = {f for other in near for f in other.forms}
        if _completes(own, others, book):
            continue
        lex = kb.lexicon
        for fix in vocab.corrections(slot.typed, CONTEXT_CANDIDATES):
            fix = lex.spelling.get(fix, fix)
            k = key(fix)
            if k != own and _completes(k, others, book):
                slot.word = fix
                slot.corrected = True
                slot.stop = fix in lex.stopwords
                slot.unindexed = False
                slot.forms = {f: min(q, SECOND_TYPO) for f, q in slot.forms.items()} | {k: TYPO}
                slot.words = (fix,)  # the earlier reading is no longer meant
                break


def _completes(k: str, others: set[str], book: ConceptBook) -> bool:
    """Whether a concept phrase holding ``k`` has all its other keys among ``others``
    (and at least one: a one-word phrase is no context)."""
    for pid in book.with_key.get(k, ()):
        keys = book.phrases[pid].keys
        if len(keys) > 1 and all(x == k or x in others for x in keys):
            return True
    return False


def _searchable(word: str, kb: Knowledge, in_index: Callable[[str], bool]) -> bool:
    return word in kb.search_words or in_index(word)


def _meanings(word: str, lex: Lexicon) -> tuple[str, ...]:
    """The Indonesian word a regional word means when the lexicon gives exactly one
    (``jhalan``: jalan, ``lara``: sakit), so a need said half in Madurese or Javanese
    ("lampu jhalan è gang mate") still meets the concept's Indonesian phrase."""
    term = (word,)
    if lex.kinds.get(term) not in REGIONAL:
        return ()
    expansions = lex.synonyms.get(term, ())
    if len(expansions) != 1 or len(expansions[0]) != 1:
        return ()
    return expansions[0]


WEAK_BASE = 3  # a base this short is a fragment as often as a base ("strke": str + -ke)


def _slip_not_affix(typed: str, bases: list[str], lex: Lexicon, vocab: Vocabulary) -> bool:
    """Whether an unknown word is likelier a slip of a word that names something than an
    affixed form of what its bases are: every base says nothing or is a fragment
    ("keneng": ke- + neng, a stop word, is kenneng with a letter left out; "strke": STR
    + -ke is stroke), and one letter away is a word that is no stop word."""
    if len(typed) < 5 or not all(b in lex.stopwords or len(b) <= WEAK_BASE for b in bases):
        return False
    return any(
        f not in lex.stopwords and len(f) > WEAK_BASE and damerau(typed, f, 1) <= 1
        for f in vocab.corrections(typed, 3)
    )


def _slot(
    typed: str,
    glottal: bool,
    kb: Knowledge,
    vocab: Vocabulary,
    in_index: Callable[[str], bool],
    typing: bool,
) -> Slot:
    lex = kb.lexicon
    slot = Slot(typed=typed, word=typed, prefix=typing)
    word = typed
    if glottal or not _searchable(typed, kb, in_index):

        def usable(base: str) -> bool:  # "dibikinkan": bikin, a word that says nothing
            return (
                _searchable(base, kb, in_index)
                or (glottal and kb.known(base))
                or base in lex.stopwords
            )

        bases = known_bases(typed, usable, glottal, limit=2)
        if bases and not glottal and _slip_not_affix(typed, bases, lex, vocab):
            bases = []
        if bases and (glottal or not (kb.known(typed) or typed in lex.stopwords)):
            word = bases[0]
            for b in bases:
                slot.forms[key(b)] = MORPH
    slot.stop = word in lex.stopwords
    slot.weak = word in lex.weak
    if not slot.stop and word == typed and not kb.known(typed) and not in_index(typed):
        if not (typing and vocab.has_prefix(typed)):
            fixes = list(dict.fromkeys(lex.spelling.get(f, f) for f in vocab.corrections(typed, 3)))
            # a word that says something before one that says nothing ("gmpa": gempa, not gmna)
            fixes = sorted(fixes, key=lambda f: f in lex.stopwords)[:2]
            if fixes and fixes[0] in lex.stopwords:  # "tdak": a slip of a word that says nothing
                slot.stop = True
                slot.corrected = True
                word = fixes[0]
            elif fixes:
                word = fixes[0]
                slot.corrected = True
                for n, f in enumerate(fixes):
                    slot.forms.setdefault(key(f), TYPO if n == 0 else SECOND_TYPO)
    slot.word = word
    slot.forms[key(word)] = max(slot.forms.get(key(word), 0.0), TYPO if slot.corrected else EXACT)
    if not slot.stop:
        for meaning in _meanings(word, lex):
            slot.forms.setdefault(key(meaning), TRANSLATED)
    if word != typed and not slot.corrected:
        slot.forms[key(typed)] = EXACT
    words = [word] if word == typed else [word, typed]
    if typing and len(typed) >= PREFIX_MIN and not slot.stop:
        quality = KNOWN_PREFIX if _searchable(typed, kb, in_index) else PREFIX
        for completion in vocab.completions(typed, MAX_COMPLETIONS):
            slot.forms.setdefault(key(completion), quality)
    slot.words = tuple(dict.fromkeys(words))
    slot.unindexed = (
        not slot.stop and len(slot.forms) <= 2 and not any(in_index(w) for w in slot.words)
    )
    return slot
