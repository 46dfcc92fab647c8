"""Freshness per contact (issue 13): the last-verified date (``assured_date``) in the JSON of
``search --json``, on screen in the detail pane with a mark and a tooltip when older than
the directory's ``freshness_months``, and counted in the hub's report."""

from __future__ import annotations

import json
from datetime import date, timedelta

from conftest_import_helpers import good_sheets, set_cell, write_csvs, write_xlsx
from hub_fixtures import fresh_hub_fixture  # noqa: F401

from melayani_core.directory.freshness import is_stale
from melayani_desk.cli import main
from melayani_hub import publish, signing
from melayani_hub.reports import build_report, render_html

RECENT = (date.today() - timedelta(days=40)).isoformat()


def sheets():
    """c1 last verified 2024-06-02 (stale), c2 verified 40 days ago (fresh); both answer
    for the lost ID card."""
    rows = set_cell(good_sheets(), "contacts", 3, "assured_date", RECENT)
    return set_cell(rows, "contacts", 3, "service_ids", "ktp-hilang; sktm")


def test_stale_means_verified_longer_ago_than_the_limit():
    today = date(2026, 3, 31)
    assert is_stale("2025-03-30", 12, today) and not is_stale("2025-03-31", 12, today)
    assert not is_stale("", 12, today)  # never verified: unverified, not stale
    assert is_stale("2025-12-01", 3, today) and not is_stale("2026-01-01", 3, today)


def test_search_json_carries_each_contacts_last_verified_date(data_dir, tmp_path, capsys):
    assert main(["import", str(write_xlsx(tmp_path / "d.xlsx", sheets()))]) == 0
    capsys.readouterr()
    assert main(["search", "ktp", "ilang", "--json"]) == 0
    contacts = {c["contact_id"]: c for r in json.loads(capsys.readouterr().out)
                for c in r["contacts"]}  # fmt: skip
    assert (contacts["c1"]["assured_date"], contacts["c1"]["stale"]) == ("2024-06-02", True)
    assert (contacts["c2"]["assured_date"], contacts["c2"]["stale"]) == (RECENT, False)


def test_the_detail_pane_shows_when_each_contact_was_checked(qtbot, data_dir, tmp_path):
    from test_ui_main import open_window, search

    settings = [["key", "value"], ["freshness_months", 18]]
    book = write_xlsx(tmp_path / "d.xlsx", sheets(), extra={"settings": settings})
    assert main(["import", str(book)]) == 0
    window = open_window(qtbot, data_dir)
    try:
        qtbot.waitUntil(lambda: window.search.engine_ready, timeout=20_000)
        search(qtbot, window, "ktp ilang")
        qtbot.waitUntil(lambda: window.detail.result is not None, timeout=10_000)
        labels = {lab.text(): lab.toolTip() for lab in window.detail.freshness_labels}
        stale = next(t for t in labels if t.startswith("\u26a0 belum diperiksa sejak"))
        assert "2024" in stale and "lebih dari 18 bulan" in labels[stale]  # mark, words, tip
        fresh = next(t for t in labels if t.startswith("diperiksa "))
        assert str(date.fromisoformat(RECENT).year) in fresh
        card = next(lab for lab in window.detail.freshness_labels if lab.text() == stale)
        card.parentWidget().grab().save("/tmp/dirsettings-stale.png")
    finally:
        window.shutdown()


def test_the_hub_report_counts_stale_and_unverified_contacts(fresh_hub, tmp_path):
    key, _, _ = signing.keygen(tmp_path / "keys")
    assert build_report(fresh_hub.engine)["contact_freshness"]["version"] is None
    folder = write_csvs(tmp_path / "csv", good_sheets())  # c1 2024-06-02, c2 never
    publish.publish(fresh_hub.engine, folder, key)
    report = build_report(fresh_hub.engine)
    assert report["contact_freshness"] == {"version": 1, "freshness_months": 12,
                                           "contacts": 2, "stale": 1, "unverified": 1}  # fmt: skip
    assert "Kontak yang perlu diperiksa ulang" in render_html(report)
