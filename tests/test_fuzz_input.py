"""Bad input typed by a clerk: the search box and the citizen's phone number field.

The search box gets any text (control characters, emoji, FTS5 syntax, very long pastes):
it answers a list, never raises. A phone number is stored as E.164 or refused with a
message naming the field; a refused referral writes nothing.
"""

from __future__ import annotations

import re

import pytest
from fuzz_settings import fuzz
from hypothesis import given
from hypothesis import strategies as st

from melayani_core.directory import phones
from melayani_core.referrals.model import ReferralError
from melayani_core.search.engine import SearchEngine
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog

E164 = re.compile(r"\+[1-9]\d{6,14}")
FTS_SYNTAX = ['"', "*", "(", ")", "NEAR", "AND", "OR", "NOT", "^", ":", "-", "+", "'", "{", "}"]
queries = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(FTS_SYNTAX + ["ktp", "ilang", "akte", "kk", "sapi"]), max_size=12).map(
        " ".join
    ),
    st.text(alphabet="kt p\u0301\u00a0\u200b\x00\ufffd", max_size=3000),
)
numbers = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 +-().", max_size=25),
    st.from_regex(r"(\+62|62|0)8[1-9][0-9 \-]{6,12}", fullmatch=True),
)


@pytest.fixture(scope="module")
def engine(sample_dir):
    reader = open_reader(sample_dir)
    yield SearchEngine(reader, desk_kecamatan="Giri")
    reader.close()


@fuzz(300)
@given(text=queries, prefix=st.booleans(), limit=st.integers(-5, 500))
def test_search_box_answers_anything(engine, text, prefix, limit):
    results = engine.search(text, limit=limit, prefix=prefix)
    assert isinstance(results, list) and len(results) <= max(1, min(limit, 200))


@fuzz(500)
@given(raw=numbers)
def test_phone_numbers_normalise_to_e164_or_none(raw):
    e164 = phones.normalize(raw)
    if e164 is not None:
        assert E164.fullmatch(e164) or phones.is_short_code(e164), e164
        assert phones.normalize(e164) == e164
        phones.display(e164)


@pytest.fixture(scope="module")
def referral_desk(sample_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("phone-desk")
    log = ReferralLog(folder)
    reader = open_reader(sample_dir)
    contact = reader.all_contacts()[0]
    yield log, reader, contact.service_ids[0] if contact.service_ids else None, contact
    reader.close()
    log.close()


@fuzz(150)
@given(raw=numbers)
def test_citizen_phone_is_stored_as_e164_or_refused_without_a_trace(referral_desk, raw):
    log, reader, service_id, contact = referral_desk
    service_id = service_id or reader.services("LIMIT 1")[0].service_id
    before = log.counts()
    try:
        saved = log.record_referral(
            reader=reader, service_id=service_id, contact_id=contact.contact_id,
            channel="read_out", consent=True, citizen_name="Siti", citizen_phone=raw,
        )  # fmt: skip
    except ReferralError as exc:
        assert exc.args[0] and exc.field == "citizen_phone"
        assert log.counts() == before, "a refused referral left something behind"
        return
    phone = saved.citizen_phone
    # a service short code (1708, 112) is a valid number but never a citizen's phone
    assert phone is None or E164.fullmatch(phone), phone
    assert log.counts()["pending"] == before["pending"] + 1
