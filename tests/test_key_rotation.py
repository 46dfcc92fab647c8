"""Key rotation without re-enrolling, through the REAL hub (uvicorn on loopback, a fresh
database per test; SQLite, and PostgreSQL when it answers): ``melayani-hub rotate-key``
signs a statement with the current key, the hub serves the chain, the desk follows it
before it verifies a directory, keeps the set it reached, and refuses a statement not
signed by a key it trusts, an old statement replayed, and a directory signed by a retired
key."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from hub_fixtures import fresh_hub_fixture  # noqa: F401
from sqlalchemy import delete
from test_sync_support import Signer, snapshot_csvs

from melayani_core import keyset
from melayani_core.search.engine import SearchEngine
from melayani_desk.cli import EXIT_SYNC
from melayani_desk.cli import main as desk
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.state import SyncStore
from melayani_hub import publish, rotation, signing
from melayani_hub.cli import EXIT_INPUT as HUB_EXIT_INPUT
from melayani_hub.cli import main as hub_cli
from melayani_hub.desks import new_code
from melayani_hub.models import KeyStatementRow


# --- helpers --------------------------------------------------------------------------------
def keys(tmp_path: Path, name: str) -> tuple[Path, Path, str]:
    return signing.keygen(tmp_path / name)


def publish_word(hub, tmp_path: Path, key: Path, word: str) -> None:
    folder = tmp_path / f"csv-{word}"
    folder.mkdir()
    for name, body in snapshot_csvs(word).items():
        (folder / name).write_text(body, encoding="utf-8")
    publish.publish(hub.engine, folder, key)


def enrolled(hub, tmp_path: Path, name: str, trust: str) -> Path:
    folder = tmp_path / name
    code, _ = new_code(hub.engine, name)
    args = ["--data-dir", str(folder), "enroll", "--hub", hub.base_url, "--code", code]
    assert desk([*args, "--trust-key", trust]) == 0
    return folder


def sync(folder: Path, capsys) -> tuple[int, dict]:
    capsys.readouterr()
    rc = desk(["--data-dir", str(folder), "sync", "--json"])
    return rc, json.loads(capsys.readouterr().out)["directory"]


def trusted(folder: Path) -> tuple[set[str], int]:
    log = ReferralLog(folder)
    try:
        state = SyncStore(log.db).load()
    finally:
        log.close()
    return set(state.keys), state.keyset_version


def found(folder: Path, word: str) -> bool:
    reader = open_reader(folder)
    try:
        return bool(SearchEngine(reader).search(word, prefix=False))
    finally:
        reader.close()


def rotate(hub, old: Path, new_pub: Path, *extra: str) -> int:
    return hub_cli(["rotate-key", "--key", str(old), "--new", str(new_pub), "--db", hub.db_url,
                    *extra])  # fmt: skip


# --- through the real hub -------------------------------------------------------------------
def test_a_rotation_reaches_an_enrolled_desk_and_retires_the_old_key(fresh_hub, tmp_path, capsys):
    hub = fresh_hub
    k1, pub1, fp1 = keys(tmp_path, "k1")
    k2, pub2, fp2 = keys(tmp_path, "k2")
    publish_word(hub, tmp_path, k1, "kupusatu")
    one = enrolled(hub, tmp_path, "satu", str(pub1))
    assert sync(one, capsys)[1]["status"] == "updated"

    assert rotate(hub, k1, pub2) == 0
    assert "Pernyataan kunci v1" in capsys.readouterr().out
    listed = httpx.get(hub.api("/keys/statements")).json()["statements"]
    assert [keyset.unverified(e)[0] for e in listed] == [1] and listed[0]["key_id"] == fp1

    publish_word(hub, tmp_path, k2, "kupudua")  # signed by the new key only
    rc, directory = sync(one, capsys)
    assert (rc, directory["status"], directory["installed"]) == (0, "updated", 2)
    assert trusted(one) == ({fp2}, 1) and found(one, "kupudua")

    publish_word(hub, tmp_path, k1, "kuputiga")  # the retired key signs: refused
    rc, directory = sync(one, capsys)
    assert (rc, directory["status"], directory["installed"]) == (EXIT_SYNC, "rejected", 2)
    assert "tidak dipercaya" in directory["reason"]
    assert not found(one, "kuputiga") and trusted(one) == ({fp2}, 1)

    # the retired key cannot announce another one either (the hub says so, stores nothing)
    k3, pub3, _ = keys(tmp_path, "k3")
    assert rotate(hub, k1, pub3) == HUB_EXIT_INPUT
    assert "sudah tidak berlaku" in capsys.readouterr().err
    assert len(rotation.statements(hub.engine)) == 1

    # a desk enrolled after the rotation pins the new key's fingerprint and follows on
    publish_word(hub, tmp_path, k2, "kupuempat")
    two = enrolled(hub, tmp_path, "dua", fp2.upper())
    assert trusted(two) == ({fp2}, 1)
    for folder in (one, two):
        assert sync(folder, capsys)[1]["status"] == "updated" and found(folder, "kupuempat")


def test_a_statement_not_signed_by_a_trusted_key_is_refused(fresh_hub, tmp_path, capsys):
    hub = fresh_hub
    k1, pub1, fp1 = keys(tmp_path, "k1")
    evil, _, evil_fp = keys(tmp_path, "evil")
    publish_word(hub, tmp_path, k1, "kupusatu")
    folder = enrolled(hub, tmp_path, "satu", str(pub1))
    assert sync(folder, capsys)[1]["status"] == "updated"

    # someone with the hub's database, not the key: a statement naming their own key
    attacker = signing.load_private(evil)
    raw = signing.raw_public(attacker.public_key())
    signed = keyset.statement_bytes(1, {evil_fp: raw}, "2026-12-03T00:00:00+00:00")
    rotation.store(hub.engine, 1, signed, attacker.sign(signed), evil_fp)
    publish_word(hub, tmp_path, evil, "kupujahat")

    rc, directory = sync(folder, capsys)
    assert (rc, directory["status"], directory["installed"]) == (EXIT_SYNC, "rejected", 1)
    assert "manifest ditandatangani kunci yang tidak dipercaya" in directory["reason"]
    assert "v1 tidak ditandatangani kunci yang dipercaya" in directory["reason"]
    assert trusted(folder) == ({fp1}, 0) and not found(folder, "kupujahat")


def test_an_old_statement_replayed_never_brings_a_retired_key_back(fresh_hub, tmp_path, capsys):
    hub = fresh_hub
    k1, pub1, fp1 = keys(tmp_path, "k1")
    k2, pub2, fp2 = keys(tmp_path, "k2")
    k3, pub3, fp3 = keys(tmp_path, "k3")
    publish_word(hub, tmp_path, k1, "kupusatu")
    folder = enrolled(hub, tmp_path, "satu", str(pub1))
    assert rotate(hub, k1, pub2, "--keep-old") == 0  # v1: both, an overlap
    assert rotate(hub, k2, pub3) == 0  # v2: k3 alone
    publish_word(hub, tmp_path, k3, "kupudua")
    directory = sync(folder, capsys)[1]
    assert directory["status"] == "updated" and trusted(folder) == ({fp3}, 2)  # both followed

    # the hub restored from an old backup: statement v2 lost, v1 (k1 + k2) served again
    with hub.engine.begin() as conn:
        conn.execute(delete(KeyStatementRow).where(KeyStatementRow.version == 2))
    publish_word(hub, tmp_path, k2, "kuputiga")  # signed by a key v1 trusted, v2 retired
    rc, directory = sync(folder, capsys)
    assert (rc, directory["status"]) == (EXIT_SYNC, "rejected")
    assert "tidak dipercaya" in directory["reason"]
    assert trusted(folder) == ({fp3}, 2) and not found(folder, "kuputiga")
    assert fp1 not in trusted(folder)[0] and fp2 not in trusted(folder)[0]

    # a desk enrolled now pins k3: the statement it cannot verify is named, not followed,
    # and the directory k3 signs is installed
    publish_word(hub, tmp_path, k3, "kupuempat")
    late = enrolled(hub, tmp_path, "baru", fp3)
    rc, directory = sync(late, capsys)
    assert (rc, directory["status"]) == (0, "updated") and found(late, "kupuempat")
    assert "pernyataan kunci tidak diikuti" in directory["reason"]
    assert trusted(late) == ({fp3}, 0)


# --- the chain itself -----------------------------------------------------------------------
def statement(signer: Signer, version: int, *named: Signer, key_id: str | None = None) -> dict:
    signed = keyset.statement_bytes(version, {s.key_id: s.raw for s in named}, "2026-12-03")
    return keyset.envelope(signed, signer.key.sign(signed), key_id or signer.key_id)


def test_the_walk_follows_in_version_order_and_keeps_what_it_followed():
    a, b, c, x = Signer(), Signer(), Signer(), Signer()
    chain = [statement(b, 3, c), statement(a, 1, b)]  # listed out of order, a gap at 2
    walk = keyset.advance({a.key_id: a.raw}, 0, chain)
    assert (set(walk.keys), walk.version, walk.applied, walk.problem) == ({c.key_id}, 3, [1, 3], "")

    walk = keyset.advance({a.key_id: a.raw}, 0, [statement(a, 1, b), statement(x, 2, x)])
    assert (set(walk.keys), walk.version, walk.applied) == ({b.key_id}, 1, [1])
    assert "v2 tidak ditandatangani kunci yang dipercaya" in walk.problem

    # one not followed does not block a later one signed by a trusted key
    walk = keyset.advance({a.key_id: a.raw}, 0, [statement(x, 1, x), statement(a, 2, b)])
    assert (set(walk.keys), walk.version, walk.applied) == ({b.key_id}, 2, [2])
    assert "v1 tidak ditandatangani" in walk.problem

    # an old statement, even signed by a key trusted now, is never followed again
    walk = keyset.advance({b.key_id: b.raw}, 2, [statement(b, 2, a), statement(b, 1, a)])
    assert (set(walk.keys), walk.version, walk.applied, walk.problems) == ({b.key_id}, 2, [], [])


@pytest.mark.parametrize(
    "bad, why",
    [
        ("nothing", "amplop tidak sah"),
        ({"statement": "%%%", "signature": "", "key_id": ""}, "bukan base64"),
        ({"statement": "bnVsbA==", "signature": "", "key_id": ""}, "bukan format"),
        ("forged", "tanda tangan pernyataan kunci v1 tidak sah"),
        ("empty", "daftar kunci tidak sah"),
        ("lying id", "sidik jari tidak cocok"),
    ],
)
def test_a_malformed_statement_is_not_followed_and_changes_nothing(bad, why):
    a, b = Signer(), Signer()
    good = statement(a, 1, b)
    if bad == "forged":
        bad = {**good, "signature": statement(b, 1, b)["signature"]}
    elif bad == "empty":
        bad = statement(a, 1)
    elif bad == "lying id":
        signed = good["statement"]
        text = keyset.statement_bytes(1, {a.key_id: b.raw}, "2026-12-03")
        bad = keyset.envelope(text, a.key.sign(text), a.key_id)
        assert bad["statement"] != signed
    walk = keyset.advance({a.key_id: a.raw}, 0, [bad])
    assert (set(walk.keys), walk.version, walk.applied) == ({a.key_id}, 0, [])
    assert why in walk.problem


def test_the_trusted_set_is_replaced_whole_or_not_at_all(tmp_path):
    a, b = Signer(), Signer()
    log = ReferralLog(tmp_path)
    try:
        store = SyncStore(log.db)
        now = datetime.now(UTC)
        store.enroll("https://hub.test", "t", {a.key_id: a.raw}, "uji", now)
        with pytest.raises(ValueError):
            store.trust({}, 1, "kosong", now)  # a desk never ends up trusting nothing
        assert set(store.load().keys) == {a.key_id}
        store.trust({b.key_id: b.raw}, 4, "pernyataan kunci v4", now)
    finally:
        log.close()
    assert trusted(tmp_path) == ({b.key_id}, 4)  # read back from the file
