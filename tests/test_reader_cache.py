"""The reader's caches are bounded by the memory their values take (issue 14)."""

from __future__ import annotations

import json
import sys

from melayani_core.directory.model import Contact, Service
from melayani_core.storage import directory_db
from melayani_core.storage.directory_db import DirectoryReader
from melayani_core.storage.recent import Recent, row_cost
from melayani_desk.directory.local import current_file


def _deep_size(value: object) -> int:
    """What a record really holds: the object, its strings and lists, item by item."""
    if isinstance(value, list | tuple):
        return sys.getsizeof(value) + sum(_deep_size(v) for v in value)
    if hasattr(value, "__slots__") and not isinstance(value, str):
        return sys.getsizeof(value) + sum(_deep_size(getattr(value, n)) for n in value.__slots__)
    return sys.getsizeof(value)


def test_row_cost_is_not_below_what_the_decoded_record_holds(sample_dir):
    reader = DirectoryReader(current_file(sample_dir))
    try:
        for table, cls in (("services", Service), ("contacts", Contact)):
            cur = reader.con.execute(f"SELECT * FROM {table}")
            cols = [d[0] for d in cur.description]
            for values in cur.fetchall()[:200]:
                row = dict(zip(cols, values, strict=True))
                row.pop("sid", None)
                for key in directory_db.LIST_FIELDS & row.keys():
                    row[key] = json.loads(row[key] or "[]")
                real = _deep_size(cls(**row))
                assert real <= row_cost(values) <= 3 * real + 400, (table, values[0])
    finally:
        reader.close()


def test_recent_keeps_to_its_budget_and_drops_the_least_recent():
    cache = Recent(20_000)
    for n in range(200):
        cache.put(n, str(n), 100 + n % 7 * 50)
        assert cache.used <= 20_000
        assert cache.used == sum(cost for _, cost in cache.items.values())
    assert 10 < len(cache.items) < 200
    first = next(iter(cache.items))
    assert cache.get(first) is not None  # used again: now the most recent
    cache.put("new", "x", 300)
    assert first in cache.items
    assert cache.get(-1) is None


def test_a_value_larger_than_the_budget_is_still_answered():
    cache = Recent(10)
    assert cache.put("k", "big", 1_000) == "big"
    assert cache.get("k") == "big"


def test_reader_caches_stay_within_their_budgets(sample_dir, monkeypatch):
    monkeypatch.setattr(directory_db, "CACHED_SERVICES_BYTES", 50_000)
    monkeypatch.setattr(directory_db, "CACHED_CONTACTS_BYTES", 30_000)
    reader = DirectoryReader(current_file(sample_dir))
    try:
        sids = [r[0] for r in reader.con.execute("SELECT sid FROM services ORDER BY sid")]
        ids = [r[0] for r in reader.con.execute("SELECT service_id FROM services ORDER BY sid")]
        for start in range(0, len(sids), 25):
            reader.services_by_sid(sids[start : start + 25])
            reader.contacts_for_services(ids[start : start + 25], "genteng", 5)
        assert 0 < reader._services.used <= 50_000
        assert 0 < reader._contacts.used <= 30_000
        assert len(reader._services.items) < len(sids)
        # what was dropped is read again, the same
        again = reader.services_by_sid(sids[:3])
        assert [again[s].service_id for s in sids[:3]] == ids[:3]
    finally:
        reader.close()
