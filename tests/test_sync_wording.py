"""What the clerk is told when the network, not the hub, is the problem (issue #11, item
10): a 502/503 on /health is "hub tidak dapat dijangkau / sedang gangguan", not "bukan hub
Melayani"; a captive portal intercepting the snapshot is a network problem to retry, not
an update REFUSED. Through the real program and the real hub on loopback behind
tests/fault_proxy.py."""

from __future__ import annotations

import shutil

import pytest
from fault_proxy import FaultProxy
from hub_fixtures import hub_on
from test_sync_held import cli, via
from test_sync_hub import directory_bytes, found
from test_sync_support import fill_pending, snapshot_csvs

from melayani_desk.sync.enroll import enroll
from melayani_hub import publish, signing
from melayani_hub.desks import new_code


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    with hub_on("sqlite", tmp_path_factory.mktemp("wording-hub")) as running:
        yield running


@pytest.fixture
def proxy(hub):
    with FaultProxy(hub.base_url) as running:
        yield running


@pytest.fixture(scope="module")
def published(hub, tmp_path_factory):
    """v1 of a directory on the hub, signed with a key the desks pin."""
    folder = tmp_path_factory.mktemp("publish")
    key, pub, _ = signing.keygen(folder / "keys")
    csv = folder / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("kupukupu").items():
        (csv / name).write_text(body, encoding="utf-8")
    publish.publish(hub.engine, csv, key)
    return pub


def desk_for(hub, tmp_path, sample_dir, pub, name: str):
    desk = tmp_path / name
    shutil.copytree(sample_dir, desk)
    code, _ = new_code(hub.engine, name)
    enroll(desk, hub.base_url, code, str(pub))
    return desk


@pytest.mark.parametrize("fault", ["error_503", "error_502_after"])
def test_a_502_or_503_on_health_says_the_hub_cannot_be_reached(
    hub, tmp_path, sample_dir, published, proxy, fault
):
    desk = desk_for(hub, tmp_path, sample_dir, published, f"health-{fault}")
    fill_pending(desk, 2)
    via(desk, proxy.url)
    proxy.only_path = "/health"
    proxy.set_plan([], default=fault)
    done = cli(desk, "sync")
    assert done.returncode == 5
    assert "tidak dapat dijangkau atau sedang gangguan" in done.stderr
    assert "bukan hub Melayani" not in done.stderr and "Traceback" not in done.stderr


def test_a_portal_page_on_health_says_to_log_in_to_the_network(
    hub, tmp_path, sample_dir, published, proxy
):
    desk = desk_for(hub, tmp_path, sample_dir, published, "health-portal")
    via(desk, proxy.url)
    proxy.only_path = "/health"
    proxy.set_plan([], default="portal")
    done = cli(desk, "sync")
    assert done.returncode == 5 and "login Wi-Fi atau portal jaringan" in done.stderr


@pytest.mark.parametrize("fault", ["portal", "redirect_302"])
def test_a_portal_intercepting_the_snapshot_is_a_network_problem_not_a_refusal(
    hub, tmp_path, sample_dir, published, proxy, fault
):
    desk = desk_for(hub, tmp_path, sample_dir, published, f"snapshot-{fault}")
    before = directory_bytes(desk)
    via(desk, proxy.url)
    proxy.only_path = "/directory/snapshots/"
    proxy.set_plan([], default=fault)
    done = cli(desk, "sync")
    said = done.stdout + done.stderr
    assert done.returncode == 5, said
    assert "DITOLAK" not in said and "Traceback" not in said
    assert "tidak bisa diperiksa sekarang" in said and "portal jaringan" in said
    assert directory_bytes(desk) == before  # nothing installed

    proxy.set_plan([], default="pass")  # logged in to the Wi-Fi: the update goes through
    done = cli(desk, "sync")
    assert done.returncode == 0 and "diperbarui ke v1" in done.stdout
    assert found(desk, "kupukupu") == ["Layanan kupukupu Sinkron"]
