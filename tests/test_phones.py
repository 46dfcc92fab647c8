"""Phone numbers: every common Indonesian shape to E.164, and back for reading aloud."""

from __future__ import annotations

import pytest

from melayani_core.directory import phones


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("0812-3456-7890", "+6281234567890"),
        ("081234567890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("0812.3456.7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62-812-3456-7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("+62(0)812 3456 7890", "+6281234567890"),
        ("+62 (0) 812-3456-7890", "+6281234567890"),
        ("81234567890", "+6281234567890"),  # a spreadsheet dropped the leading 0
        ("  0812-3456-7890\u00a0", "+6281234567890"),
        ("(0333) 424123", "+62333424123"),
        ("0333-424123", "+62333424123"),
        ("0333 424 123", "+62333424123"),
        ("62333424123", "+62333424123"),
        ("+62 333 424123", "+62333424123"),
        ("(021) 1234 5678", "+622112345678"),
        ("08123456789", "+628123456789"),
        ("0812345678901", "+62812345678901"),
        ('"+44 1234 234567"', "+441234234567"),  # another country keeps its code
    ],
)
def test_normalize_shapes(raw: str, expected: str) -> None:
    assert phones.normalize(raw) == expected


@pytest.mark.parametrize("code", ["112", "110", "113", "118", "119", "1708"])
def test_short_codes_unchanged(code: str) -> None:
    assert phones.normalize(code) == code
    assert phones.display(code) == code
    assert phones.wa_digits(code) == ""


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "abc", "0812", "12", "08123", "0812-3456-7890 / 0813-1111-2222", "0800-FLOWERS",
     "+99 123", "0812345678901234567", "++6281234567890"],
)  # fmt: skip
def test_normalize_rejects(raw: str) -> None:
    assert phones.normalize(raw) is None


@pytest.mark.parametrize(
    "e164, shown",
    [
        ("+6281234567890", "0812-3456-7890"),  # 12 digits
        ("+628123456789", "0812-3456-789"),  # 11 digits
        ("+62812345678901", "0812-3456-78901"),  # 13 digits
        ("+62811234567", "0811-2345-67"),  # 10 digits
        ("+62333424123", "(0333) 424-123"),
        ("+623334241234", "(0333) 424-1234"),
        ("+622112345678", "(021) 1234-5678"),
        ("+441234234567", "+44 1234 234567"),
        ("112", "112"),
        ("", ""),
    ],
)
def test_display(e164: str, shown: str) -> None:
    assert phones.display(e164) == shown


def test_display_round_trips_through_normalize() -> None:
    for e164 in ("+6281234567890", "+62333424123", "+622112345678"):
        assert phones.normalize(phones.display(e164)) == e164


def test_wa_digits() -> None:
    assert phones.wa_digits("+6281234567890") == "6281234567890"
    assert phones.wa_digits("") == ""


def test_the_compiled_validity_check_is_the_librarys_own() -> None:
    # phones._valid_id reads phonenumbers' ID patterns once; on random numbers of every
    # length and leading digits it says what phonenumbers.is_valid_number says
    import random

    from melayani_core.directory import phones

    rng = random.Random(62)
    numbers = []
    for _ in range(20_000):
        length = rng.randint(7, 15)
        lead = rng.choice("123456789") + rng.choice("0123456789")
        numbers.append(lead + "".join(rng.choice("0123456789") for _ in range(length - 2)))
        numbers.append("8" + "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 12))))
    mismatched = [n for n in numbers if phones._valid_id(n) != phones._valid_id_by_library(n)]
    assert mismatched == []
    assert 0 < sum(map(phones._valid_id, numbers)) < len(numbers)
