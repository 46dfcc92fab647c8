"""A referral's save reads the same rows whatever the directory's size; the contacts of
each result are chosen and ordered by SQLite exactly as ``order_contacts`` orders them
(issue 14)."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from bench.generate import Plan, generate, write_csv_folder
from melayani_core.search.engine import MAX_CONTACTS, SearchEngine
from melayani_core.storage.directory_db import DirectoryReader
from melayani_desk.directory.local import current_file, import_path
from melayani_desk.referrals.log import ReferralLog

TIMES = 20  # the large directory: every agency, service and contact 20 times over


@pytest.fixture(scope="module")
def directories(tmp_path_factory):
    """A generated province of 1,000 services imported into a desk, and the same file with
    every agency, service and contact copied 20 times over (new ids): 20,000 services."""
    root = tmp_path_factory.mktemp("save")
    data = root / "data"
    import_path(data, write_csv_folder(generate(Plan(1_000, 1_000, 2)), root / "csv"))
    small = current_file(data)
    large = root / "large.sqlite"
    shutil.copyfile(small, large)
    con = sqlite3.connect(large)
    with con:
        for n in range(1, TIMES):
            for table, key in (("organizations", "org_id"), ("contacts", "contact_id")):
                cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
                picked = ", ".join(f"{c} || '~{n}'" if c in (key, "org_id") else c for c in cols)
                con.execute(f"INSERT INTO {table} ({', '.join(cols)}) "
                            f"SELECT {picked} FROM {table} WHERE {key} NOT LIKE '%~%'")  # fmt: skip
            cols = [r[1] for r in con.execute("PRAGMA table_info(services)") if r[1] != "sid"]
            picked = ", ".join(
                f"{c} || '~{n}'" if c in ("service_id", "org_id") else c for c in cols
            )
            con.execute(f"INSERT INTO services ({', '.join(cols)}) SELECT {picked} "
                        "FROM services WHERE service_id NOT LIKE '%~%'")  # fmt: skip
            con.execute(f"INSERT INTO service_contacts SELECT service_id || '~{n}', "
                        f"contact_id || '~{n}', position FROM service_contacts "
                        "WHERE service_id NOT LIKE '%~%'")  # fmt: skip
    assert con.execute("SELECT count(*) FROM services").fetchone()[0] >= 1_000 * TIMES
    con.close()
    return {"data": data, "small": small, "large": large}


def _steps_of_a_save(data: Path, directory: Path) -> tuple[int, list[str]]:
    """(SQLite VM steps, statements) the save of one referral runs on the directory."""
    reader = DirectoryReader(directory)
    log = ReferralLog(data)
    try:
        service_id, contact_id = reader.con.execute(
            "SELECT service_id, contact_id FROM service_contacts "
            "WHERE service_id NOT LIKE '%~%' ORDER BY service_id DESC"
        ).fetchone()
        steps, statements = [0], []

        def step() -> int:
            steps[0] += 1
            return 0

        reader.con.set_progress_handler(step, 1)
        reader.con.set_trace_callback(statements.append)
        log.record_referral(reader=reader, service_id=service_id, contact_id=contact_id,
                            channel="read_out", need_text="ktp hilang")  # fmt: skip
        reader.con.set_progress_handler(None, 1)
        reader.con.set_trace_callback(None)
        return steps[0], statements
    finally:
        log.close()
        reader.close()


def test_a_save_does_not_grow_with_the_directory(directories):
    small_steps, small_sql = _steps_of_a_save(directories["data"], directories["small"])
    large_steps, large_sql = _steps_of_a_save(directories["data"], directories["large"])
    assert len(large_sql) == len(small_sql) <= 4  # service, contact, agency: one row each
    assert all("WHERE" in sql for sql in large_sql)
    # b-tree descents are one VM step each: 20x the services, (almost) the same work
    assert large_steps <= small_steps * 1.2 + 20, (small_steps, large_steps)


@pytest.mark.parametrize("kecamatan", ["", "the most served", "nowhere"])
def test_contacts_chosen_in_sql_as_order_contacts_orders_them(directories, kecamatan):
    reader = DirectoryReader(directories["small"])
    try:
        if kecamatan == "the most served":
            served = Counter(a for c in reader.all_contacts() for a in c.area)
            kecamatan = served.most_common()[0][0]
        engine = SearchEngine(reader, desk_kecamatan=kecamatan)
        services = reader.services()
        assert any(c.area for c in reader.all_contacts())  # some contacts serve one area
        ids = [s.service_id for s in services]
        every = reader.contacts_for_services(ids)
        chosen = reader.contacts_for_services(ids, kecamatan, MAX_CONTACTS)
        for svc in services:
            want = engine.order_contacts(svc, every.get(svc.service_id, []))
            got = engine._with_fallback(svc, chosen.get(svc.service_id, []))
            assert [c.contact_id for c in got] == [c.contact_id for c in want], svc.service_id
    finally:
        reader.close()
