"""Fixtures shared by the directory-update tests: a tiny stand-in hub, a signing key, and a
desk with the bundled sample directory enrolled to trust that key (import them into a test
module: ``from sync_fixtures import desk, server, signer  # noqa: F401``)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from test_sync_support import Signer, TinyServer

from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.state import SyncStore


@pytest.fixture
def server():
    s = TinyServer()
    s.healthy()
    yield s
    s.close()


@pytest.fixture
def signer():
    return Signer()


@pytest.fixture
def desk(data_dir, sample_dir, server, signer):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)  # the bundled sample
    log = ReferralLog(data_dir)
    SyncStore(log.db).enroll(server.url, "t", {signer.key_id: signer.raw}, "uji", datetime.now(UTC))
    log.close()
    return data_dir
