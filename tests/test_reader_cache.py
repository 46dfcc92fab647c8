"""The reader's caches are bounded by the memory their values take (issue 14)."""

from __future__ import annotations

from melayani_core.directory.model import Service
from melayani_core.storage import directory_db
from melayani_core.storage.directory_db import DirectoryReader
from melayani_core.storage.recent import Recent, weigh
from melayani_desk.directory.local import current_file


def _service(n: int, words: int) -> Service:
    return Service(f"s{n}", "o", f"Layanan {n}", requirements=["syarat panjang"] * words)


def test_weigh_counts_the_strings_and_lists_of_a_record():
    short, long = weigh(_service(1, 1)), weigh(_service(1, 200))
    assert long - short >= 199 * 8  # a pointer per list item at least
    assert weigh((_service(1, 1), _service(2, 1))) > 2 * short


def test_recent_keeps_to_its_budget_and_drops_the_least_recent():
    cache = Recent(20_000)
    for n in range(200):
        cache.put(n, _service(n, n % 7))
        assert cache.used <= 20_000 or len(cache.items) == 1
        assert cache.used == sum(cost for _, cost in cache.items.values())
    assert 10 < len(cache.items) < 200
    first = next(iter(cache.items))
    assert cache.get(first) is not None  # used again: now the most recent
    cache.put("new", _service(999, 3))
    assert first in cache.items
    assert cache.get(-1) is None


def test_a_value_larger_than_the_budget_is_still_answered():
    cache = Recent(10)
    big = _service(1, 50)
    assert cache.put("k", big) is big
    assert cache.get("k") is big


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
