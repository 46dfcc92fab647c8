"""Directory publishing: keygen, publish (validated like a desk import), the signed manifest
and the snapshot served by a real hub."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import stat
import zipfile
from pathlib import Path

import httpx
import pytest
from hub_fixtures import enroll, hub_fixture  # noqa: F401
from sqlalchemy import func, select

from melayani_core.directory.formats import read_any
from melayani_hub import signing
from melayani_hub.cli import main
from melayani_hub.models import DirectoryVersion

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys") / "kunci"
    key, pub, fp = signing.keygen(folder)
    return key, pub.read_text().strip(), fp


def sample_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "direktori"
    folder.mkdir(parents=True)
    for name in ("organizations.csv", "services.csv", "contacts.csv"):
        shutil.copy(SAMPLE / name, folder / name)
    return folder


def test_keygen_files_and_fingerprint(tmp_path, capsys):
    assert main(["keygen", str(tmp_path / "k")]) == 0
    printed = capsys.readouterr().out
    key, pub = tmp_path / "k" / "signing.key", tmp_path / "k" / "signing.pub"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    raw = base64.b64decode(pub.read_text().strip())
    assert len(raw) == 32
    assert hashlib.sha256(raw).hexdigest() in printed
    assert main(["keygen", str(tmp_path / "k")]) != 0  # never overwrites


def latest_version(hub) -> int:
    with hub.engine.connect() as conn:
        return conn.scalar(select(func.max(DirectoryVersion.version))) or 0


def test_publish_manifest_and_snapshot(hub, keys, tmp_path, capsys):
    key, public_b64, fingerprint = keys
    _, auth = enroll(hub)
    before = latest_version(hub)
    assert main(["publish", str(sample_copy(tmp_path)), "--key", str(key), "--db", hub.db_url,
                 "--expires-days", "10"]) == 0  # fmt: skip
    assert f"Versi {before + 1} diterbitkan" in capsys.readouterr().out

    r = httpx.get(hub.api("/directory/manifest"), headers=auth)
    assert r.status_code == 200
    body = r.json()
    signed = base64.b64decode(body["manifest"])
    assert body["key_id"] == fingerprint
    assert signing.verify(public_b64, signed, body["signature"])
    assert not signing.verify(public_b64, signed + b" ", body["signature"])
    manifest = json.loads(signed)
    assert manifest["format"] == "melayani-directory/1"
    assert manifest["version"] == before + 1
    assert manifest["snapshot"] == f"/api/v1/directory/snapshots/{before + 1}"
    assert manifest["issued_at"] < manifest["expires"]

    snap = httpx.get(hub.base_url + manifest["snapshot"], headers=auth)
    assert snap.status_code == 200 and snap.headers["content-type"] == "application/zip"
    assert len(snap.content) == manifest["size"]
    assert hashlib.sha256(snap.content).hexdigest() == manifest["sha256"]

    # The snapshot is the import template's CSV format, numbers in E.164, and imports cleanly.
    out = tmp_path / "unzipped"
    zipfile.ZipFile(io.BytesIO(snap.content)).extractall(out)
    assert sorted(p.name for p in out.iterdir()) == [
        "contacts.csv", "lexicon", "organizations.csv", "services.csv"]  # fmt: skip
    # the lexicon the directory is searched with travels in the signed snapshot
    assert (out / "lexicon" / "synonyms.tsv").is_file()
    assert (out / "lexicon" / "concepts" / "offices.txt").is_file()
    directory, report = read_any(out)
    assert directory.lexicon["synonyms.tsv"] == (out / "lexicon" / "synonyms.tsv").read_text()
    original, _ = read_any(SAMPLE)
    assert manifest["counts"] == {"organizations": len(original.organizations),
                                  "services": len(original.services),
                                  "contacts": len(original.contacts)}  # fmt: skip
    assert directory.contacts == original.contacts
    assert directory.services == original.services
    assert directory.organizations == original.organizations
    assert all(c.whatsapp.startswith("+") for c in directory.contacts if c.whatsapp)

    keys_body = httpx.get(hub.api("/keys")).json()
    assert {"key_id": fingerprint, "public_key": public_b64} in keys_body["keys"]
    assert httpx.get(hub.api(f"/directory/snapshots/{before + 99}"), headers=auth).status_code \
        == 404  # fmt: skip


def test_versions_increase_and_stay(hub, keys, tmp_path):
    key, public_b64, _ = keys
    _, auth = enroll(hub)
    folder = sample_copy(tmp_path)
    start = latest_version(hub)
    assert main(["publish", str(folder), "--key", str(key), "--db", hub.db_url]) == 0
    first = httpx.get(hub.api(f"/directory/snapshots/{start + 1}"), headers=auth).content
    assert main(["publish", str(folder), "--key", str(key), "--db", hub.db_url]) == 0
    assert latest_version(hub) == start + 2
    manifest = json.loads(base64.b64decode(
        httpx.get(hub.api("/directory/manifest"), headers=auth).json()["manifest"]))  # fmt: skip
    assert manifest["version"] == start + 2
    again = httpx.get(hub.api(f"/directory/snapshots/{start + 1}"), headers=auth).content
    assert again == first  # published versions are immutable


def test_publish_rejects_bad_template(hub, keys, tmp_path, capsys):
    key, _, _ = keys
    folder = sample_copy(tmp_path)
    contacts = folder / "contacts.csv"
    lines = contacts.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("62822-0000-1175", "nomor-salah")
    contacts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = latest_version(hub)
    code = main(["publish", str(folder), "--key", str(key), "--db", hub.db_url])
    assert code != 0
    err = capsys.readouterr().err
    assert "DIBATALKAN" in err and "GALAT [contacts.csv, baris 2, kolom whatsapp]" in err
    assert latest_version(hub) == before
    # A wrong key file is refused too, before anything is stored.
    bad_key = tmp_path / "bukan.key"
    bad_key.write_text("not a key")
    assert main(["publish", str(sample_copy(tmp_path / "b")), "--key", str(bad_key),
                 "--db", hub.db_url]) != 0  # fmt: skip
    assert latest_version(hub) == before


def test_manifest_404_when_nothing_published(tmp_path):
    from hub_fixtures import enroll as enroll_desk
    from hub_fixtures import hub_on

    with hub_on("sqlite", tmp_path) as empty:
        _, auth = enroll_desk(empty)
        assert httpx.get(empty.api("/directory/manifest"), headers=auth).status_code == 404
        assert httpx.get(empty.api("/keys")).json() == {"keys": []}


def test_add_key_lists_it_before_any_publish(tmp_path, keys, capsys):
    from hub_fixtures import hub_on

    _, public_b64, fingerprint = keys
    pub = tmp_path / "signing.pub"
    pub.write_text(public_b64 + "\n")
    with hub_on("sqlite", tmp_path) as empty:
        assert main(["add-key", str(pub), "--db", empty.db_url]) == 0
        assert main(["add-key", str(pub), "--db", empty.db_url]) == 0  # idempotent
        assert fingerprint in capsys.readouterr().out
        listed = httpx.get(empty.api("/keys")).json()["keys"]
        assert listed == [{"key_id": fingerprint, "public_key": public_b64}]
        bad = tmp_path / "bad.pub"
        bad.write_text("bm90IGEga2V5")
        assert main(["add-key", str(bad), "--db", empty.db_url]) != 0
