"""Regional morphology: the bases a Javanese, Osing or Madurese form may come from.

Citizens type inflected regional forms: ``sumure`` (its well), ``dalanku`` (my road),
``lawange`` (the door), ``diurus``, ``nggawe``, ``nyuwun``, ``mbayar``, ``ana'na``.  The
Indonesian stemmer does not know these affixes.  ``variants`` proposes the bases, most
likely first; the caller keeps only those it knows as words (dictionary-validated
stripping), so a word is never cut into a non-word.

Rules (Javanese ngoko/krama and Osing share most of them; Madurese has its own):
- suffixes: -e / -ne (the, his: sumure, bukune), -ku / -mu, Indonesian -nya / -kan,
  -ipun / -nipun (krama -e),
  -an, -ane, -en / -na (Madurese -na: ana'na), -ke / -ake / -aken / -kake, -i / -ni, -a / -o;
- prefixes: di-, ke-/ka-, tak-/dak-/kok-/tok-, nge-, sa-/se-, pa-/pi-, a-, e- (Madurese
  passive), ma-, ta-;
- nasal prefixes undone: ngg- -> g, ng- + vowel -> vowel or k, ny- -> s or c, nd- -> d,
  nj- -> j, n- + vowel -> t, mb- -> b, m- + vowel -> p or w;
- a Madurese final glottal stop (written ') often stands for Indonesian -k: ana' -> anak;
- Madurese aspirated consonants are written bh, dh, jh, gh (jhâlân, bhâdhân): the plain
  consonant gives the Indonesian or Javanese base (jhalan -> jalan, bhadan -> badan).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

VOWELS = frozenset("aeiou")
SUFFIXES = (
    "nipun", "ipun", "kake", "aken", "ake", "nya", "kan", "ane", "ne", "ke", "ku", "mu", "na",
    "an", "en", "ni", "e", "i", "a", "o",
)  # fmt: skip
PREFIXES = ("tak", "dak", "kok", "tok", "nge", "di", "ke", "ka", "sa", "se", "pa", "pi", "ma",
            "ta", "a", "e")  # fmt: skip
MIN_BASE = 3
MIN_PREFIXED_BASE = 4  # a prefix off a short word is likelier a slip (tamop: not ta- + mop)


def _nasal(word: str) -> list[str]:
    """Bases of a nasal-prefixed form (nggawe -> gawe, nyuwun -> suwun, mbayar -> bayar)."""
    out: list[str] = []
    if word.startswith("ngg"):
        out.append(word[2:])
    elif word.startswith("ng") and word[2:3] in VOWELS:
        out += [word[2:], "k" + word[2:]]
    elif word.startswith("ny") and word[2:3] in VOWELS:
        out += ["s" + word[2:], "c" + word[2:]]
    elif word.startswith(("nd", "nj")):
        out.append(word[1:])
    elif word.startswith("n") and word[1:2] in VOWELS:
        out.append("t" + word[1:])
    elif word.startswith("mb"):
        out.append(word[1:])
    elif word.startswith("m") and word[1:2] in VOWELS:
        out += ["p" + word[1:], "w" + word[1:]]
    return [b for b in out if len(b) >= MIN_BASE]


def _suffixed(word: str) -> list[str]:
    out = []
    for suf in SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= MIN_BASE:
            base = word[: -len(suf)]
            out.append(base)
            if suf in ("ne", "ke") and base[-1:] == base[-2:-1]:
                out.append(base[:-1])  # doubled consonant: bukunne -> buku
    return out


def _prefixed(word: str) -> list[str]:
    out = []
    for pre in PREFIXES:
        if word.startswith(pre) and len(word) - len(pre) >= MIN_PREFIXED_BASE:
            out.append(word[len(pre) :])
    return out


ASPIRATES = (("bh", "b"), ("dh", "d"), ("jh", "j"), ("gh", "g"))


def _plain(word: str) -> str:
    """``word`` with Madurese aspirated consonants written plain (jhalan -> jalan)."""
    for digraph, plain in ASPIRATES:
        word = word.replace(digraph, plain)
    return word


@lru_cache(maxsize=50_000)
def variants(word: str, glottal: bool = False) -> tuple[str, ...]:
    """Possible bases of ``word``, most likely first (the word itself not included)."""
    out: list[str] = []
    if glottal:
        out.append(word + "k")  # ana' -> anak, bapa' -> bapak
    plain = _plain(word)
    if plain != word:
        out.append(plain)
    first = _suffixed(word) + _prefixed(word) + _nasal(word)
    if plain != word:
        first += _suffixed(plain) + _prefixed(plain)
    out += first
    for base in list(first):
        out += _suffixed(base) + _nasal(base)
        if base.startswith(("ng", "ny", "nd", "nj", "mb")) or base[:1] in ("m", "n"):
            out += _nasal(base)
    seen: dict[str, None] = {}
    for b in out:
        if b != word and len(b) >= MIN_BASE:
            seen.setdefault(b, None)
    return tuple(seen)


def known_bases(
    word: str, known: Callable[[str], bool], glottal: bool = False, limit: int = 3
) -> list[str]:
    """The first ``limit`` variants of ``word`` that ``known(base)`` accepts."""
    found = []
    for base in variants(word, glottal):
        if known(base):
            found.append(base)
            if len(found) >= limit:
                break
    return found
