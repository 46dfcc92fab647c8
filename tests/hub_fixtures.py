"""Reusable fixtures for hub tests: a real hub (uvicorn, loopback, port 0) on SQLite or on a
fresh PostgreSQL database, plus helpers to enroll desks and build upload items.

PostgreSQL comes from MELAYANI_TEST_PG_URL; without it, from
``postgresql+psycopg://postgres@127.0.0.1:5432/test`` when that server answers (the README's
test command needs no variable); otherwise those cases skip, saying why.
Test modules import the fixture functions: ``from hub_fixtures import hub_fixture  # noqa: F401``
(the fixture itself is named ``hub``; ``fresh_hub_fixture`` gives ``fresh_hub``).
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from bench.hub_server import fresh_pg_database, running_hub  # noqa: F401 - re-exported

ENV_PG = "MELAYANI_TEST_PG_URL"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")
PG_TIMEOUT_S = 3


# --- databases ----------------------------------------------------------------------------------


@functools.cache
def _default_pg() -> tuple[str | None, str]:
    """(DEFAULT_PG, "") when that server answers a query, else (None, why not)."""
    try:
        engine = create_engine(DEFAULT_PG, connect_args={"connect_timeout": PG_TIMEOUT_S})
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        finally:
            engine.dispose()
    except Exception as exc:  # no driver, nothing listening, refused, auth: all mean "skip"
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return None, f"{type(exc).__name__}: {first[:200]}"
    return DEFAULT_PG, ""


def pg_url() -> str | None:
    """The PostgreSQL server for hub tests: MELAYANI_TEST_PG_URL, else the default one if
    it answers, else None."""
    return os.environ.get(ENV_PG) or _default_pg()[0]


def no_pg_reason() -> str:
    return (
        f"PostgreSQL hub tests skipped: {ENV_PG} is not set and {DEFAULT_PG} did not answer "
        f"({_default_pg()[1]}); start PostgreSQL there or set {ENV_PG} to a server URL"
    )


@contextmanager
def database(backend: str, tmp_dir: Path) -> Iterator[str]:
    """A fresh, empty database URL of ``backend`` ("sqlite" or "postgresql")."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_dir / f'hub-{uuid.uuid4().hex[:8]}.sqlite'}"
        return
    base = pg_url()
    if base is None:
        pytest.skip(no_pg_reason())
    with fresh_pg_database(base) as url:
        yield url


# --- the running hub ----------------------------------------------------------------------------


@dataclass
class Hub:
    base_url: str
    db_url: str
    engine: Engine  # the test's own engine on the hub's database, for setup and checks
    backend: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def api(self, path: str) -> str:
        return f"{self.base_url}/api/v1{path}"


@contextmanager
def hub_on(backend: str, tmp_dir: Path, **kwargs: Any) -> Iterator[Hub]:
    from melayani_hub.db import make_engine

    with database(backend, tmp_dir) as db_url, running_hub(db_url, **kwargs) as base:
        engine = make_engine(db_url)
        try:
            yield Hub(base, db_url, engine, backend)
        finally:
            engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS, name="hub")
def hub_fixture(request, tmp_path_factory) -> Iterator[Hub]:
    """One hub per backend for the session; tests keep apart by enrolling their own desks."""
    with hub_on(request.param, tmp_path_factory.mktemp("hub")) as running:
        yield running


@pytest.fixture(params=BACKENDS, name="fresh_hub")
def fresh_hub_fixture(request, tmp_path) -> Iterator[Hub]:
    """A hub on an empty database, for tests that count everything (reports)."""
    with hub_on(request.param, tmp_path, admin_token="rahasia-admin") as running:
        yield running


# --- desks and items ----------------------------------------------------------------------------


def enroll(hub: Hub, name: str = "Meja", kecamatan: str = "Giri", desa: str = "Jambesari"):
    """Enroll a new desk through the API; returns (desk_id, headers with its token)."""
    import httpx

    from melayani_hub.desks import new_code

    code, _ = new_code(hub.engine, name, kecamatan, desa)
    desk_id = str(uuid.uuid4())
    r = httpx.post(hub.api("/enroll"), json={"code": code, "desk_id": desk_id, "name": name})
    r.raise_for_status()
    return desk_id, {"Authorization": f"Bearer {r.json()['token']}"}


def referral(desk_id: str, seq: int, **fields: Any) -> dict[str, Any]:
    """An upload item shaped like the desk's outbox payload (ReferralLog._payloads)."""
    item_uuid = fields.pop("uuid", None) or str(uuid.uuid4())
    payload = {
        "type": "referral", "desk_id": desk_id, "uuid": item_uuid, "seq": seq,
        "created_at": "2026-01-05T03:04:05+00:00", "service_id": "ktp-hilang",
        "contact_id": "c-ani", "channel": "read_out", "need_text": "KTP hilang",
        "service_name": "KTP-el hilang", "org_id": "dukcapil", "org_name": "Dispendukcapil",
        "org_short_name": "", "authority": "regency", "authority_note": "",
        "contact_name": "Ani", "contact_position": "Petugas", "contact_whatsapp": "+6281234567890",
        "contact_phone": "", "note": "", "citizen_consent": False, "citizen_name": None,
        "citizen_phone": None, "citizen_village": None, "lapor_id": None,
        "supersedes_uuid": None, "directory_version": 3, "directory_is_sample": False,
    }  # fmt: skip
    payload.update(fields)
    return {"type": "referral", "uuid": item_uuid, "payload": payload}


def outcome(desk_id: str, referral_uuid: str, kind: str = "responded", **fields: Any) -> dict:
    item_uuid = fields.pop("uuid", None) or str(uuid.uuid4())
    payload = {
        "type": "outcome", "desk_id": desk_id, "uuid": item_uuid,
        "referral_uuid": referral_uuid, "outcome": kind,
        "created_at": "2026-01-06T03:04:05+00:00", "note": "",
    }  # fmt: skip
    payload.update(fields)
    return {"type": "outcome", "uuid": item_uuid, "payload": payload}


def contact_report(desk_id: str, org_id: str = "dukcapil", kind: str = "wrong_number",
                   **fields: Any) -> dict:  # fmt: skip
    item_uuid = fields.pop("uuid", None) or str(uuid.uuid4())
    payload = {
        "type": "contact_report", "desk_id": desk_id, "uuid": item_uuid,
        "contact_id": "c-ani", "contact_name": "Ani", "org_id": org_id, "service_id": None,
        "kind": kind, "created_at": "2026-01-06T03:04:05+00:00", "note": "",
    }  # fmt: skip
    payload.update(fields)
    return {"type": "contact_report", "uuid": item_uuid, "payload": payload}
