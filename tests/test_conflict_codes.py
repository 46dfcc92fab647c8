"""The hub's reason for refusing one item reaches staff in Indonesian (issue #11)."""

from __future__ import annotations

import pytest

from melayani_core.referrals.conflicts import CODES, code_of, describe


@pytest.mark.parametrize(
    ("detail", "code"),
    [
        ("uuid already used by another desk", "uuid_taken"),
        ("content differs from the stored record", "content_differs"),
        ("seq 17 already used", "seq_used"),
        ("unknown referral", "unknown_referral"),
        ("desk mismatch", "desk_mismatch"),
        ("citizen data without consent", "no_consent"),
        ("channel: 'fax' is not one of print, whatsapp, read_aloud", "invalid"),
    ],
)
def test_every_hub_detail_has_a_code(detail, code):
    assert code_of(detail) == code
    words = describe(None, detail)  # a hub of an earlier release sends no code
    assert words.startswith(CODES[code]) and words.endswith(f"({detail})")


def test_the_code_wins_over_the_detail_and_an_unknown_code_falls_back():
    assert describe("seq_used", "whatever") == f"{CODES['seq_used']} (whatever)"
    assert describe("from_the_future", "desk mismatch").startswith(CODES["desk_mismatch"])
    assert describe("invalid", "") == CODES["invalid"]
