"""A plain ``http://`` hub is refused except on loopback, at enrollment and at every sync
pass, with a message that says what to do; ``https://`` and the hub on this computer work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_sync_support import Signer

from melayani_desk.cli import EXIT_INPUT, EXIT_SYNC, main
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import InsecureHubURL, normalize_url
from melayani_desk.sync.state import SyncStore


@pytest.mark.parametrize(
    "url, base",
    [
        ("https://hub.banyuwangikab.go.id/api/v1/", "https://hub.banyuwangikab.go.id"),
        ("https://10.0.0.5:8443", "https://10.0.0.5:8443"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.3.2.1", "http://127.3.2.1"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_https_anywhere_and_http_on_loopback_are_taken(url, base):
    assert normalize_url(url) == base


@pytest.mark.parametrize(
    "url",
    ["http://hub.banyuwangikab.go.id", "http://192.168.1.10:8000", "http://[fe80::1]",
     "http://127.0.0.1.nip.io", "HTTP://10.0.0.5"],
)  # fmt: skip
def test_plain_http_off_loopback_is_refused(url):
    with pytest.raises(InsecureHubURL, match="http:// tanpa enkripsi.*https://"):
        normalize_url(url)


@pytest.mark.parametrize("url", ["hub.example", "ftp://hub.example", "https://", "https://:8000"])
def test_what_is_no_hub_address_says_how_to_write_one(url):
    with pytest.raises(ValueError, match="tidak bisa dipakai: tulis alamat lengkap"):
        normalize_url(url)


def test_enrollment_over_plain_http_is_refused_before_anything_is_sent(tmp_path, capsys):
    folder = tmp_path / "desk"
    pub = Signer().write_pub(tmp_path / "k.pub")
    rc = main(["--data-dir", str(folder), "enroll", "--hub", "http://192.0.2.7:8000",
               "--code", "KODE-1234", "--trust-key", str(pub)])  # fmt: skip
    assert rc == EXIT_INPUT
    err = capsys.readouterr().err
    assert "http:// tanpa enkripsi" in err and "Traceback" not in err
    log = ReferralLog(folder)
    try:
        assert not SyncStore(log.db).load().enrolled
    finally:
        log.close()


def test_a_desk_enrolled_to_a_plain_http_hub_does_not_sync_and_says_why(tmp_path, capsys):
    # a desk enrolled before the rule (or a hand-edited database): no request leaves the desk
    folder = tmp_path / "desk"
    log = ReferralLog(folder)
    try:
        SyncStore(log.db).enroll("http://10.1.2.3", "rahasia", {}, "uji", datetime.now(UTC))
    finally:
        log.close()
    assert main(["--data-dir", str(folder), "sync"]) == EXIT_SYNC
    err = capsys.readouterr().err
    assert "http:// tanpa enkripsi" in err and "Traceback" not in err
    log = ReferralLog(folder)
    try:
        assert "http:// tanpa enkripsi" in SyncStore(log.db).load().last_error
    finally:
        log.close()
