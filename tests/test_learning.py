"""Learning from use (issue #10): a referral to a service the search ranked low, or found
by browsing, teaches this desk's search at once; the hub aggregates such lessons seen at
several desks and publishes them with the next signed directory version; needs that found
nothing reach the hub's report.  Real SQLite files, the real CLI, the real hub on loopback."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import httpx
from hub_fixtures import fresh_hub_fixture  # noqa: F401
from sqlalchemy import create_engine

from melayani_core.search.engine import SearchEngine
from melayani_core.storage import migrate
from melayani_desk.cli import main
from melayani_desk.directory.local import open_reader, sample_folder
from melayani_desk.referrals.learning import teach_from_log, teach_one, teaches
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.storage import desk_db
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.runner import SyncRunner
from melayani_hub import publish, signing
from melayani_hub.desks import new_code
from melayani_hub.learning import lessons
from melayani_hub.reports import build_report

NEED = "sanggar angklung"
TAUGHT = "disbudpar-event"  # what the clerks chose; the search puts another service first
OTHER = "disbudpar-kesenian"
CONTACT = "c-disbudpar-001"


def first_ids(folder: Path, text: str, taught: bool = True) -> list[str]:
    reader = open_reader(folder)
    try:
        engine = SearchEngine(reader)
        if taught:
            log = ReferralLog(folder)
            teach_from_log(engine, log)
            log.close()
        return [r.service.service_id for r in engine.search(text, prefix=False)[:3]]
    finally:
        reader.close()


def refer(folder: Path, need: str = NEED, **kw) -> object:
    reader = open_reader(folder)
    log = ReferralLog(folder)
    try:
        return log.record_referral(
            reader=reader, service_id=TAUGHT, contact_id=CONTACT, channel="read_out",
            need_text=need, **kw,
        )  # fmt: skip
    finally:
        log.close()
        reader.close()


def test_a_browsed_referral_teaches_the_desk_at_once(data_dir, sample_dir):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    assert TAUGHT not in first_ids(data_dir, NEED)[:1]
    first = refer(data_dir, found_via="browse")
    assert teaches(first)
    assert first_ids(data_dir, NEED)[0] == TAUGHT
    # the same need in other words' order and case is the same lesson
    assert first_ids(data_dir, "Angklung  SANGGAR")[0] == TAUGHT
    # an untaught engine does not know it: it is the log that teaches
    assert first_ids(data_dir, NEED, taught=False)[0] != TAUGHT


def test_only_low_ranks_and_browsing_teach(data_dir, sample_dir):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    assert not teaches(refer(data_dir, need="kesenian daerah", found_via="search", search_rank=1))
    assert not teaches(refer(data_dir, need="kesenian daerah", found_via="search", search_rank=3))
    assert not teaches(refer(data_dir, need="", found_via="browse"))
    low = refer(data_dir, need="tari gandrung", found_via="search", search_rank=7)
    assert low.found_via == "search" and low.search_rank == 7
    assert teaches(low)
    log = ReferralLog(data_dir)
    assert log.taught() == [("tari gandrung", TAUGHT)]
    log.close()


def test_a_corrected_referral_no_longer_teaches(data_dir, sample_dir):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    wrong = refer(data_dir, found_via="browse")
    reader = open_reader(data_dir)
    log = ReferralLog(data_dir)
    log.record_referral(
        reader=reader, service_id="disbudpar-event", contact_id=CONTACT, channel="read_out",
        need_text=NEED, supersedes=wrong.uuid, found_via="search", search_rank=1,
    )  # fmt: skip
    assert log.taught() == []
    log.close()
    reader.close()


def test_bad_rank_or_way_is_refused_with_a_message(data_dir, sample_dir):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    for kw in ({"found_via": "guess"}, {"search_rank": -1}, {"search_rank": True}):
        try:
            refer(data_dir, **kw)
        except Exception as exc:  # noqa: BLE001 - the message is what is checked
            assert type(exc).__name__ == "ReferralError"
        else:
            raise AssertionError(f"accepted {kw}")
    log = ReferralLog(data_dir)
    assert log.referrals() == []
    log.close()


def test_the_command_line_learns_as_the_window_does(data_dir, sample_dir, capsys):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "search", "--json", NEED]) == 0
    assert f'"service_id": "{TAUGHT}"' not in capsys.readouterr().out.split("}")[0]
    refer_args = ["refer", "--service", TAUGHT, "--contact", CONTACT, "--channel", "read_out",
                  "--need", NEED, "--found-via", "browse"]  # fmt: skip
    assert main([*args, *refer_args]) == 0
    capsys.readouterr()
    assert main([*args, "search", "--json", NEED]) == 0
    assert f'"service_id": "{TAUGHT}"' in capsys.readouterr().out.split("}")[0]


def test_teach_one_is_what_the_window_calls(data_dir, sample_dir):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    referral = refer(data_dir, found_via="browse")
    reader = open_reader(data_dir)
    engine = SearchEngine(reader)
    assert engine.search(NEED, prefix=False)[0].service.service_id != TAUGHT
    assert teach_one(engine, referral)
    assert engine.search(NEED, prefix=False)[0].service.service_id == TAUGHT
    reader.close()


def test_unmet_needs_are_queued_once_each(data_dir):
    log = ReferralLog(data_dir)
    assert log.record_unmet("   ") is None
    need = log.record_unmet("sewa gamelan untuk hajatan")
    assert need is not None and need.need_text == "sewa gamelan untuk hajatan"
    assert log.pending_by_type()["unmet_need"] == 1
    [item] = log.pending()
    assert item.payload["type"] == "unmet_need" and item.payload["need_text"] == need.need_text
    log.close()


def test_the_upgrade_keeps_the_outbox_and_its_counter(tmp_path):
    """k0004 rebuilds the outbox (a wider item-type check): rows, ids and the AUTOINCREMENT
    counter survive, so an id is never reused after the upgrade."""
    path = tmp_path / desk_db.DESK_FILE
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, desk_db.SCRIPTS, "k0002")
        for n in range(1, 6):
            conn.exec_driver_sql(
                "INSERT INTO outbox(item_type, item_uuid, state, updated_at) "
                "VALUES ('referral', ?, 'pending', '2026-01-01T00:00:00+00:00')",
                (f"u{n}",),
            )
        conn.exec_driver_sql("DELETE FROM outbox WHERE id = 5")
    engine.dispose()
    log = ReferralLog(tmp_path)  # opens and migrates to head
    log.record_unmet("tidak ada")
    log.close()
    con = sqlite3.connect(path)
    rows = con.execute("SELECT id, item_type, item_uuid FROM outbox ORDER BY id").fetchall()
    con.close()
    assert [r[2] for r in rows[:4]] == ["u1", "u2", "u3", "u4"]
    assert rows[4][0] == 6 and rows[4][1] == "unmet_need"  # 5 was used once: never again


# --- across desks, through the real hub -------------------------------------------------------
def desk(tmp_path: Path, sample_dir: Path, hub, name: str, pub: Path) -> Path:
    folder = tmp_path / name
    shutil.copytree(sample_dir, folder)
    code, _ = new_code(hub.engine, name, "Giri", "Jambesari")
    enroll(folder, hub.base_url, code, str(pub))
    return folder


def test_lessons_seen_at_several_desks_travel_with_the_next_version(
    fresh_hub, tmp_path, sample_dir
):
    hub = fresh_hub
    key, pub, _fp = signing.keygen(tmp_path / "keys")
    real = tmp_path / "regency"  # the sample's rows as the regency's own directory
    shutil.copytree(sample_folder(), real)
    (real / "settings.csv").unlink()  # else its signed settings mark it sample: never teaches
    publish.publish(hub.engine, real, key)  # v1: the desks pin the key
    desks = [desk(tmp_path, sample_dir, hub, f"meja{n}", pub) for n in range(4)]
    for folder in desks:  # the hub's v1 replaces the sample: sample referrals never teach
        assert SyncRunner(folder).run_once().directory.status == "updated"
    for folder in desks[:3]:
        refer(folder, found_via="browse")
        # taught at two desks only, and a need with a number: neither is published
        refer(folder, need="tari gandrung 2026", found_via="browse")
    for folder in desks[:2]:
        refer(folder, need="kuda lumping", found_via="search", search_rank=9)
    log = ReferralLog(desks[0])
    log.record_unmet("sewa gamelan hajatan")
    log.close()
    for folder in desks[:3]:
        assert SyncRunner(folder).run_once().ok

    found = lessons(hub.engine)
    assert [(x.need, x.service_id, x.desks) for x in found] == [(NEED, TAUGHT, 3)]
    report = build_report(hub.engine)
    assert report["unmet_needs"][0]["need"] == "sewa gamelan hajatan"
    assert {r["need"] for r in report["found_by_browsing"]} >= {NEED}
    page = httpx.get(hub.base_url + "/report", headers={"Authorization": "Bearer rahasia-admin"})
    assert page.status_code == 200 and "sewa gamelan hajatan" in page.text

    done = publish.publish(hub.engine, real, key)
    snap = httpx.get(
        hub.api(f"/directory/snapshots/{done.version}"),
        headers={"Authorization": f"Bearer {desk_token(desks[3])}"},
    )
    learned = zipfile.ZipFile(io.BytesIO(snap.content)).read("lexicon/learned.tsv").decode()
    assert f"{NEED}\t{TAUGHT}\t3\t3" in learned
    assert "gandrung" not in learned and "lumping" not in learned

    # the fourth desk learns the lesson from the new version alone
    assert first_ids(desks[3], NEED, taught=False)[0] != TAUGHT
    assert SyncRunner(desks[3]).run_once().directory.status == "updated"
    assert first_ids(desks[3], NEED, taught=False)[0] == TAUGHT


def desk_token(folder: Path) -> str:
    from melayani_desk.sync.state import SyncStore

    log = ReferralLog(folder)
    try:
        return SyncStore(log.db).load().token
    finally:
        log.close()
