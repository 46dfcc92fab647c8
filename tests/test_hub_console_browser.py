"""The web console in a real browser (Playwright driving Debian's Chromium, headless) against
the real hub on loopback: every role logs in; the viewer walks the desks; the curator fixes a
number a desk reported; the admin approves, builds a candidate, signs it with
``melayani-hub sign`` and releases it; the desk on loopback then installs that version.
Screenshots of the pages go to the test's temporary folder, and to docs/screenshots/
console-*.png with MELAYANI_SCREENSHOTS=1 (a test run leaves the checkout as it was)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest
from console_fixtures import PASSWORD, add_users, publish_two_agencies
from hub_fixtures import contact_report, hub_on
from sqlalchemy import select

from melayani_core.search.engine import SearchEngine
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.state import SyncStore
from melayani_hub.cli import main
from melayani_hub.console.tables import desk_status
from melayani_hub.desks import new_code

CHROMIUM = Path("/usr/bin/chromium")
DOCS_SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="apt-get install chromium")


def contacts_of(folder: Path, need: str) -> list[str]:
    reader = open_reader(folder)
    try:
        return [c.whatsapp for r in SearchEngine(reader).search(need) for c in r.contacts]
    finally:
        reader.close()


def test_every_role_and_the_whole_correction_loop_in_a_browser(tmp_path, sample_dir):
    SHOTS = DOCS_SHOTS if os.environ.get("MELAYANI_SCREENSHOTS") else tmp_path  # noqa: N806
    with hub_on("sqlite", tmp_path) as hub:
        key = publish_two_agencies(hub.engine, tmp_path)
        pub = tmp_path / "kunci" / "signing.pub"
        add_users(hub.engine)
        desk = tmp_path / "desk"
        shutil.copytree(sample_dir, desk)
        code, _ = new_code(hub.engine, "Kantor Desa Jambesari", "Giri", "Jambesari")
        enroll(desk, hub.base_url, code, str(pub))
        assert SyncRunner(desk).run_once().directory.installed == 1
        assert SyncRunner(desk).run_once().ok  # reports version 1 in its status headers
        with hub.engine.connect() as conn:
            seen = conn.execute(select(desk_status)).one()
        assert (seen.directory_version, seen.pending, seen.last_error) == (1, 0, "")
        log = ReferralLog(desk)
        state, desk_id = SyncStore(log.db).load(), log.desk.desk_id
        log.close()
        report = contact_report(desk_id, note="nomor ini milik warung")
        httpx.post(hub.api("/sync/batch"), json={"items": [report]},
                   headers={"Authorization": f"Bearer {state.token}"}).raise_for_status()

        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--lang=id"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="id-ID")
            console = hub.base_url + "/console"

            def log_in(name: str) -> None:
                page.goto(console + "/login")
                page.get_by_label("Nama pengguna").fill(name)
                page.get_by_label("Kata sandi").fill(PASSWORD)
                page.get_by_role("button", name="Masuk").click()
                sync_api.expect(page.get_by_role("heading")).to_contain_text("Selamat datang")

            def log_out() -> None:
                page.get_by_role("button", name="Keluar").click()
                sync_api.expect(page.get_by_role("heading")).to_contain_text("Masuk")

            page.goto(console + "/login")
            page.screenshot(path=str(SHOTS / "console-login.png"))
            log_in("pengamat")  # the viewer walks the desks
            page.get_by_role("link", name="Meja", exact=True).click()
            row = page.get_by_role("row", name="Kantor Desa Jambesari")
            sync_api.expect(row).to_contain_text("Giri / Jambesari")
            sync_api.expect(row).to_contain_text("0.2.0")  # its program version, as reported
            assert page.get_by_role("button", name="Cabut").count() == 0  # a viewer only sees
            page.screenshot(path=str(SHOTS / "console-desks.png"), full_page=True)
            log_out()

            log_in("kurator")  # the curator fixes the reported number
            page.get_by_role("link", name="Kotak masalah", exact=True).click()
            sync_api.expect(page.get_by_role("row", name="nomor ini milik warung")).to_contain_text(
                "+6281234567890"
            )
            page.screenshot(path=str(SHOTS / "console-inbox.png"), full_page=True)
            page.get_by_role("link", name="Perbaiki", exact=True).click()
            page.get_by_label("Nomor WhatsApp").fill("0812-3456-7000")
            page.get_by_role("button", name="Simpan untuk ditinjau").click()
            sync_api.expect(page.get_by_role("status")).to_contain_text("menunggu tinjauan")
            page.screenshot(path=str(SHOTS / "console-directory.png"), full_page=True)
            log_out()

            log_in("admin")  # the admin reviews, builds, (CLI signs), releases
            page.get_by_role("link", name="Perubahan", exact=True).click()
            sync_api.expect(page.get_by_role("row", name="contacts/c-ani")).to_contain_text(
                "+6281234567000"
            )
            page.screenshot(path=str(SHOTS / "console-changes.png"), full_page=True)
            page.get_by_role("button", name="Setujui").click()
            page.get_by_role("link", name="Terbitkan", exact=True).click()
            page.get_by_role("button", name="Buat kandidat").click()
            sync_api.expect(page.get_by_role("status")).to_contain_text("Kandidat #1 dibuat")
            assert main(["sign", "1", "--key", str(key), "--db", hub.db_url]) == 0
            page.reload()
            page.get_by_role("button", name="Rilis versi 2").click()
            sync_api.expect(page.get_by_role("status")).to_contain_text("Versi 2 dirilis")
            page.screenshot(path=str(SHOTS / "console-publish.png"), full_page=True)
            page.get_by_role("link", name="Kotak masalah", exact=True).click()
            sync_api.expect(page.get_by_role("row", name="nomor ini milik warung")).to_contain_text(
                "diperbaiki di versi 2"
            )
            page.get_by_role("link", name="Log audit", exact=True).click()
            sync_api.expect(page.get_by_role("table")).to_contain_text("candidate.release")
            page.screenshot(path=str(SHOTS / "console-audit.png"), full_page=True)
            browser.close()

        done = SyncRunner(desk).run_once()  # the desk installs what was released
        assert done.directory.status == "updated" and done.directory.installed == 2
        assert "+6281234567000" in contacts_of(desk, "ktp hilang")
