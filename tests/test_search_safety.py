"""Any input string is safe: a result list or an empty one, never an exception."""

from __future__ import annotations

import random

import pytest

from melayani_core.search.engine import SearchEngine
from melayani_desk.directory.local import open_reader

NASTY = [
    "",
    " ",
    '"',
    "'",
    '"unterminated',
    "NEAR(ktp kk, 2)",
    "ktp AND OR NOT",
    "ktp*",
    "*",
    "^ktp",
    "col:ktp",
    "name : akta",
    "'; DROP TABLE services; --",
    "1=1 OR",
    "😀😀 ktp 🙏",
    "ktp\x00hilang",
    "\u200b\u200bktp",
    "ＫＴＰ ｈｉｌａｎｇ",
    "a" * 10_000,
    "ktp " * 2_500,
    "\\",
    "()",
    "{ktp}",
    "-ktp",
    "+ktp",
    "ĸŧþ",
    "ক্ষ",
    "\n\t\r",
]


@pytest.fixture(scope="module")
def engine(sample_dir):
    reader = open_reader(sample_dir)
    yield SearchEngine(reader)
    reader.close()


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_input_never_raises(engine, text):
    for prefix in (True, False):
        results = engine.search(text, limit=5, prefix=prefix)
        assert isinstance(results, list)


def test_random_unicode_never_raises(engine):
    rng = random.Random(20261128)
    alphabet = "abcdefghijklmnopqrstuvwxyz \"*():^-+'\\;😀éâ\u0000\u200b0123456789ORANDNEAR"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        engine.search(text, limit=3)


def test_fullwidth_folds_to_ascii(engine):
    assert [r.service.service_id for r in engine.search("ＫＴＰ ｈｉｌａｎｇ", limit=3)] == [
        r.service.service_id for r in engine.search("ktp hilang", limit=3)
    ]
