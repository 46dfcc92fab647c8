"""A dictionary-free Indonesian stemmer after Tala (2003), with an exception table.

Tala, F. Z. (2003), "A Study of Stemming Effects on Information Retrieval in Bahasa
Indonesia": a Porter-style stemmer. Steps, in order:

1. inflectional particle: -kah, -lah, -tah, -pun
2. possessive pronoun: -nya, -ku, -mu
3. first-order prefix: meng-, meny- (s), men- (t before a vowel), mem- (p before a vowel),
   me-, peng-, peny- (s), pen- (t before a vowel), pem- (p before a vowel), di-, ter-, ke-
4. if a first-order prefix went: derivational suffix (-kan, -an, -i), then second-order
   prefix (ber-, bel-, be-, per-, pel-, pe-); otherwise the second-order prefix first, then
   the suffix. Tala's forbidden prefix/suffix pairs (ber-i, di-an, ke-i, ke-kan, meng-an,
   peng-i, ter-an) are respected.

Every removal must leave at least two syllables and three letters. Departures from Tala,
for a search index (the same function stems the index and the query): ``men-``/``pen-``
before a vowel restore ``t`` (menerbitkan -> terbit) and ``meng-``/``peng-`` before ``e``
restore ``k`` (pengelolaan -> kelola); ``ke-`` goes only together with ``-an``
(kehilangan -> hilang, but keluarga stays); ``-kan`` goes only after a verb prefix (di-,
meN-, ter-, ber-), elsewhere ``-an`` (tabrakan -> tabrak, perpajakan -> pajak); ``-i``
goes only after a prefix and never after ``a`` or ``s`` (bupati, sampai, informasi stay);
a ``p`` restored after ``mem-``/``pem-`` belongs to the root, so no ``per-`` is removed
after it (pemeriksaan -> periksa); a prefix never leaves a word starting with a consonant
pair Indonesian words do not start with (kembali, dinding).
Words of four letters or fewer, words with digits and words without vowels
(abbreviations) are returned unchanged. ``resources/lexicon/stem_exceptions.tsv`` is
checked first, and again after the particle and the possessive are removed.
"""

from __future__ import annotations

import functools
from pathlib import Path

VOWELS = frozenset("aeiou")
# consonant pairs an Indonesian (or loan) word may start with
ONSETS = frozenset(
    "bl br dr dw fl fr gl gr kh kl kr ny pl pr ps sk sl sm sn sp st sw sy tr".split()
)
PARTICLES = ("kah", "lah", "tah", "pun")
NASAL_PREFIXES = frozenset({"meng", "meny", "men", "mem", "me", "peng", "peny", "pen", "pem"})
# (prefix, suffix) pairs that do not occur together (Tala; Nazief and Adriani)
FORBIDDEN = frozenset({("ber", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("ter", "an")})


def exceptions_path() -> Path:
    from melayani_core.resources import resource

    return resource("lexicon", "stem_exceptions.tsv")


def load_exceptions(path: Path | None = None) -> dict[str, str]:
    """``word -> stem`` from a two-column TSV; a malformed line raises ValueError."""
    from melayani_core.search.lexicon import read_rows

    source = path or exceptions_path()
    table: dict[str, str] = {}
    for lineno, (word, root) in read_rows(source, 2):
        for what, text in (("word", word), ("stem", root)):
            if not (text.isalpha() and text.isascii() and text.islower()):
                raise ValueError(f"{source}:{lineno}: bad {what} {text!r} (want a-z only)")
        table[word] = root
    return table


@functools.cache
def _exceptions() -> dict[str, str]:
    return load_exceptions()


def syllables(word: str) -> int:
    """Vowels in ``word``; a final diphthong (-ai, -au, -oi, -ei) counts once."""
    n = sum(1 for c in word if c in VOWELS)
    if len(word) >= 2 and word[-2:] in ("ai", "au", "oi", "ei"):
        n -= 1
    return n


def _ok(rest: str) -> bool:
    """Whether ``rest`` may be what a removal leaves: 3+ letters, 2+ syllables, a good start."""
    if len(rest) < 3 or syllables(rest) < 2:
        return False
    a, b = rest[0], rest[1]
    return a in VOWELS or b in VOWELS or a + b in ONSETS


def _particle(word: str) -> str:
    for suf in PARTICLES:
        if word.endswith(suf) and _ok(word[: -len(suf)]):
            return word[: -len(suf)]
    return word


def _possessive(word: str) -> str:
    if word.endswith("nya") and (len(word) >= 6 or _abbreviation(word[:-3])):
        return word[:-3]  # anaknya -> anak, ktpnya -> ktp, kknya -> kk
    for suf in ("ku", "mu"):
        if word.endswith(suf) and (_ok(word[:-2]) or _abbreviation(word[:-2])):
            return word[:-2]
    return word


def _abbreviation(word: str) -> bool:
    return len(word) >= 2 and not any(c in VOWELS for c in word)


def _first_prefix(word: str) -> tuple[str, str]:
    """(prefix, rest) for a first-order prefix, or ("", word)."""
    w = word
    c2 = w[2:3]
    if w.startswith("me") or w.startswith("pe"):
        head = w[:2]
        body = w[2:]
        cand: str | None = None
        pre = ""
        if body.startswith("ng"):
            nxt = body[2:3]
            if nxt == "e":
                pre, cand = head + "ng", "k" + body[2:]
            elif nxt in VOWELS or nxt in ("g", "h", "k"):
                pre, cand = head + "ng", body[2:]
        elif body.startswith("ny"):
            if body[2:3] in VOWELS:
                pre, cand = head + "ny", "s" + body[2:]
        elif body.startswith("n"):
            nxt = body[1:2]
            if nxt in VOWELS:
                pre, cand = head + "n", "t" + body[1:]
            elif nxt in ("c", "d", "j", "z") or body[1:3] == "sy":
                pre, cand = head + "n", body[1:]
        elif body.startswith("m"):
            nxt = body[1:2]
            if nxt in VOWELS:
                pre, cand = head + "m", "p" + body[1:]
            elif nxt in ("b", "f", "p", "v"):
                pre, cand = head + "m", body[1:]
        elif head == "me" and c2 in ("l", "r", "w", "y"):
            pre, cand = "me", body
        if cand is not None and _ok(cand):
            return pre, cand
        return "", word
    for pre in ("di", "ter", "ke"):
        if w.startswith(pre) and _ok(w[len(pre) :]):
            return pre, w[len(pre) :]
    return "", word


def _second_prefix(word: str) -> tuple[str, str]:
    """(prefix, rest) for a second-order prefix, or ("", word)."""
    w = word
    if w.startswith(("belajar", "pelajar")):
        return w[:3], w[3:]
    for pre in ("ber", "per"):
        if w.startswith(pre) and _ok(w[3:]):
            return pre, w[3:]
    if w.startswith("be") and len(w) > 5 and w[2] not in VOWELS and w[3:5] == "er":
        if _ok(w[2:]):
            return "be", w[2:]  # bekerja -> kerja, beternak -> ternak
    if w.startswith("pe") and w[2:3] not in VOWELS and w[2:3] not in ("", "r") and _ok(w[2:]):
        return "pe", w[2:]
    return "", word


def _suffix(word: str, prefix: str) -> tuple[str, str]:
    """(suffix, rest) for a derivational suffix allowed with ``prefix``, or ("", word)."""
    family = "meng" if prefix in NASAL_PREFIXES and prefix.startswith("m") else prefix
    family = "peng" if prefix in NASAL_PREFIXES and prefix.startswith("p") else family
    # -kan makes verbs (di-, meN-, ter-, ber-); after a noun prefix or none, "-k" + "-an"
    # is far more likely (tabrakan, perpajakan, kebijakan)
    if word.endswith("kan") and word[-4:-3] not in VOWELS and _ok(word[:-3]):
        # a consonant before "-kan" (naikkan, daftarkan, tambahkan): no root ends in a
        # consonant and "k"; after a vowel "-k" + "-an" stays likelier (tabrakan, masakan)
        return "kan", word[:-3]
    if word.endswith("kan") and family in ("di", "meng", "ter", "ber"):
        if _ok(word[:-3]):
            return "kan", word[:-3]
    if word.endswith("an") and (family, "an") not in FORBIDDEN and family != "meng":
        if _ok(word[:-2]):
            return "an", word[:-2]
        return "", word
    if (
        prefix
        and word.endswith("i")
        and word[-2:-1] not in ("a", "s")
        and (family, "i") not in FORBIDDEN
        and family != "peng"
        and _ok(word[:-1])
    ):
        return "i", word[:-1]
    return "", word


def _derive(word: str) -> str:
    pre1, rest = _first_prefix(word)
    if pre1:
        suf, rest2 = _suffix(rest, pre1)
        if pre1 == "ke" and suf != "an":
            pre1 = ""  # ke- only as the confix ke-...-an
        elif pre1 in ("mem", "pem") and rest[0] == "p" and word[3] in VOWELS:
            return rest2  # a restored p- is the root's: memeriksa -> periksa, not iksa
        else:
            return _second_prefix(rest2)[1]
    pre2, rest = _second_prefix(word)
    return _suffix(rest, pre2)[1]


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The stem of one lower-case word (a token from ``lexicon.tokenize``)."""
    table = _exceptions()
    hit = table.get(word)
    if hit is not None:
        return hit
    if len(word) <= 4 or not word.isalpha() or not word.isascii() or not word.islower():
        return word
    if not any(c in VOWELS for c in word):
        return word
    w = _particle(word)
    if w != word and w in table:
        return table[w]
    w2 = _possessive(w)
    if w2 != w and w2 in table:
        return table[w2]
    if len(w2) <= 4:
        return w2
    return _derive(w2)


def clear_cache() -> None:
    """Forget cached stems and the exception table (after editing the table)."""
    stem.cache_clear()
    _exceptions.cache_clear()
