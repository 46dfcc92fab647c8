"""Phone numbers: normalise any common Indonesian shape to E.164, and show it for reading aloud.

Stored numbers are E.164 ("+6281234567890"), or a bare emergency/short code ("112").
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType, shortnumberinfo

REGION = "ID"

# Short codes phonenumbers does not know for ID but the desks use (named in the project brief).
EXTRA_SHORT_CODES = frozenset({"1708"})

_NOISE = re.compile(r"[\s.\-/()\"'\u00a0]")
_ALLOWED = re.compile(r"^\+?[\d\s.\-/()\"'\u00a0]+$")


def _short_code(digits: str) -> bool:
    if digits in EXTRA_SHORT_CODES:
        return True
    if not 3 <= len(digits) <= 6:
        return False
    try:
        number = phonenumbers.parse(digits, REGION)
    except phonenumbers.NumberParseException:
        return False
    return shortnumberinfo.is_valid_short_number_for_region(number, REGION)


def _parse_valid(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


@lru_cache(maxsize=4096)  # the numbers that repeat (offices); most are one person's
def normalize(raw: str) -> str | None:
    """Return the E.164 form of a phone number, a short code unchanged, or None if not valid.

    Accepts "0812-3456-7890", "+62 812 3456 7890", "62812...", "(0333) 424123", "+62(0)812...",
    and a mobile number that lost its leading 0 in a spreadsheet ("81234567890"). A number with
    another country code ("+44 ...") is kept in that country.
    """
    if raw and raw[:3] == "+62" and raw.isascii() and raw[1:].isdigit():
        # already E.164 (a hub snapshot's every number): what the steps below come to
        national = _id_national(raw)
        if national is not None:
            return raw if _valid_id(national) else None
    text = (raw or "").replace("\u00a0", " ").strip().strip("\"'").strip()
    if not text or not _ALLOWED.match(text):
        return None
    digits = _NOISE.sub("", text)
    plus = digits.startswith("+")
    digits = digits.lstrip("+")
    if not digits.isdigit():
        return None
    if not plus and _short_code(digits):
        return digits
    if plus:
        candidates = ["+" + digits]
    elif digits.startswith("62") and len(digits) >= 10:
        candidates = ["+" + digits, digits]  # "62812..." means +62, not an area code 062x
    elif digits.startswith("8"):
        candidates = ["0" + digits]  # a spreadsheet dropped the leading 0
    else:
        candidates = [digits]
    for candidate in candidates:
        national = _id_national(candidate)
        if national is not None:
            if _valid_id(national):
                return "+62" + national
            continue
        number = _parse_valid(candidate)
        if number is not None:
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return None


def _id_national(candidate: str) -> str | None:
    """The national significant number of "+62 8…" or "08…" (digits only), or None for a
    shape the full parser must see.  What ``phonenumbers.parse`` would find for these:
    country code 62 (or region ID), and the national prefix "0" (ID's only one) dropped;
    a "00…" start is ID's international prefix and is left to the parser."""
    if candidate.startswith("+62"):
        national = candidate[3:]
    elif candidate.startswith("0"):
        national = candidate[1:]
    else:
        return None
    if not 7 <= len(national) <= 15 or national[0] == "0":
        return None
    return national


_Desc = tuple[frozenset[int], "re.Pattern[str]"]
# is_valid_number asks whether any type matches, so the order is only speed: a directory's
# numbers are mobile and fixed-line ones, tried first (not after eight other patterns)
_TYPES = ("mobile", "fixed_line", "premium_rate", "toll_free", "shared_cost", "voip",
          "personal_number", "pager", "uan", "voicemail")  # fmt: skip


def _descs() -> tuple[_Desc | None, list[_Desc]]:
    """ID's general pattern and its number types' patterns, from phonenumbers' metadata."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(REGION)
    if meta is None:  # phonenumbers always ships ID; then every number goes to the library
        return None, []

    def compiled(desc: phonenumbers.PhoneNumberDesc | None) -> _Desc | None:
        if desc is None or not desc.national_number_pattern:
            return None
        return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)

    types = [compiled(getattr(meta, name, None)) for name in _TYPES]
    return compiled(meta.general_desc), [t for t in types if t is not None]


_GENERAL, _KINDS = _descs()


def _matches(national: str, desc: _Desc) -> bool:
    lengths, pattern = desc
    return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


def _valid_id(national: str) -> bool:
    """phonenumbers' own validity check for an ID number (``is_valid_number``: the general
    pattern and a known number type), on its metadata's patterns compiled once: 100,000
    contacts' numbers are checked in a directory build, and the library's per-call work
    was a tenth of it (tests/test_phones.py compares both on random numbers)."""
    if _GENERAL is None:
        return _valid_id_by_library(national)
    if not _matches(national, _GENERAL):
        return False
    return any(_matches(national, kind) for kind in _KINDS)


def _valid_id_by_library(national: str) -> bool:
    number = phonenumbers.PhoneNumber(country_code=62, national_number=int(national))
    return phonenumbers.is_valid_number(number)


def is_short_code(value: str) -> bool:
    return bool(value) and value.isdigit()


def _group(digits: str, first: int, second: int) -> str:
    parts = [digits[:first], digits[first : first + second], digits[first + second :]]
    return "-".join(p for p in parts if p)


def display(e164: str) -> str:
    """Show a stored number for reading aloud: "0812-3456-7890", "(0333) 424-123", "112"."""
    if not e164 or is_short_code(e164):
        return e164 or ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code != 62:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = "0" + phonenumbers.national_significant_number(number)
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.MOBILE:
        return _group(national, 4, 4)
    area_length = phonenumbers.length_of_geographical_area_code(number)
    if area_length:
        area, rest = national[: area_length + 1], national[area_length + 1 :]
        half = len(rest) // 2
        return f"({area}) {rest[:half]}-{rest[half:]}"
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def wa_digits(e164: str) -> str:
    """The digits for a wa.me link ("6281234567890"); "" for a short code or nothing."""
    if not e164 or is_short_code(e164):
        return ""
    return e164.lstrip("+")
