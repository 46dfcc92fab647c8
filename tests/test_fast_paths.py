"""Fast paths added for province scale give exactly what the slow paths give."""

from __future__ import annotations

import io
import json
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat

from melayani_core.directory import phones
from melayani_core.directory.tabular import _bad_utf8_at, _lines
from melayani_core.search.lexicon import _APOSTROPHES, tokenize
from melayani_core.storage.directory_db import _json_list


def _slow(raw: str) -> str | None:
    """normalize() as it was: every candidate through phonenumbers.parse."""
    original = phones._id_national
    phones._id_national = lambda candidate: None
    try:
        phones.normalize.cache_clear()
        return phones.normalize(raw)
    finally:
        phones._id_national = original
        phones.normalize.cache_clear()


def test_fast_path_matches_phonenumbers():
    rng = random.Random(6)
    shapes = ["0{}", "+62{}", "62{}", "+62 0{}", "{}", "00{}", "+620{}", "(0{}", "08{}"]
    numbers = []
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 14)))
        numbers.append(rng.choice(shapes).format(digits))
    for prefix in ("812", "813", "822", "852", "877", "895", "333", "31", "341", "21", "800"):
        for _ in range(200):
            rest = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 10)))
            numbers.append(rng.choice(["0", "+62", "62", "+62 "]) + prefix + rest)
    for raw in numbers:
        phones.normalize.cache_clear()
        assert phones.normalize(raw) == _slow(raw), raw


def test_fast_path_formats_like_phonenumbers():
    for raw in ("0812-3456-7890", "+62 812 3456 7890", "(0333) 424123", "031 40000123"):
        number = phonenumbers.parse(raw, "ID")
        assert phones.normalize(raw) == phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _slow_tokenize(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.lower().translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", text.lower())


def test_tokenize_fast_path_matches():
    rng = random.Random(6)
    ranges = [(32, 126), (0xA0, 0x2FFF), (0x300, 0x36F), (0xFB00, 0xFB06), (0x1D400, 0x1D7FF)]
    texts = ["KTP Hilang", "bâdhâ", "Penggantian KTP-el Hilang – Dukcapil", "Ma'ruf", "ﬁle Ⅸ"]
    for _ in range(5000):
        texts.append(
            "".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(rng.randint(0, 12)))
        )
    for text in texts:
        assert tokenize(text) == _slow_tokenize(text), text


def test_csv_lines_match_stringio():
    """The CSV reader's lines, decoded from the bytes a few at a time (so a "\r\n" or a
    letter of several bytes falls across a read), are StringIO's of the whole text."""
    rng = random.Random(6)
    pieces = ["a", "b,c", '"x\ny"', "\r", "\n", "\r\n", "\u2028", "\x85", "\x0c", ";", "",
              "é", "ꦗꦮ", "😀"]  # fmt: skip
    for n in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        data = ("\ufeff" if n % 3 == 0 else "").encode() + text.encode("utf-8")
        chunk = rng.choice([1, 2, 3, 5, 8, 64 * 1024])
        assert list(_lines(data, chunk)) == list(io.StringIO(text, newline="")), repr(text)


def test_utf8_check_in_chunks_matches_decoding_whole():
    """The CSV reader checks UTF-8 a line-aligned chunk at a time: the same verdict and
    the same position (hence the same line in the error) as decoding the file whole."""
    rng = random.Random(7)
    pieces = [b"a", b",", b"\n", b"\r\n", "é".encode(), "😀".encode(), b"\xff", b"\xc3",
              b"\xe2\x82", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\x80",
              b"\xf4\x90\x80\x80"]  # fmt: skip
    for n in range(5000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        if n % 4 == 0:
            data = b"\xef\xbb\xbf" + data
        try:
            data.decode("utf-8-sig")
            expected = None
        except UnicodeDecodeError as exc:
            expected = exc.start
        for chunk in (1, 3, 1 << 20):
            assert _bad_utf8_at(data, chunk) == expected, (data, chunk)


def test_stored_lists_are_json_dumps():
    """The directory file's list columns: exactly ``json.dumps(items, ensure_ascii=False)``
    (what the reader decodes, and what files built before hold)."""
    rng = random.Random(8)
    pieces = ["a", "KTP", " ", '"', "\\", "/", "\n", "\t", "\x00", "\x1f", "\x7f", "é", "ꦗ",
              "😀", "\u2028", "\ud800", ",", "]"]  # fmt: skip
    for _ in range(3000):
        items = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 5))]  # fmt: skip
        expected = json.dumps(items, ensure_ascii=False) if items else "[]"
        assert _json_list(items) == expected, items


def test_e164_numbers_take_the_short_way_to_the_same_answer():
    """A number already in E.164 ("+62…" digits only: a hub snapshot's) skips the
    cleaning steps; with a space around it the same number goes all the way through them."""
    rng = random.Random(9)
    shapes = ["8", "81", "812", "31", "333", "0", "21", "62", "9", "1"]
    numbers = ["+62", "+620", "+62812345678901234", "+62٣١٢٣٤٥٦٧", "+62²812345678"]
    for _ in range(4000):
        digits = rng.choice(shapes) + "".join(
            rng.choice("0123456789") for _ in range(rng.randint(0, 13))
        )
        numbers.append("+62" + digits)
    for raw in numbers:
        assert phones.normalize(raw) == phones.normalize(f" {raw} "), raw
    assert phones.normalize("+6281234567890") == "+6281234567890"
