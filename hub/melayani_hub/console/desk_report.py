"""What desks say about themselves (docs/sync-protocol.md, "Desk status headers"): an ASGI
middleware that, after an authenticated desk request the hub answered below 400, records
when the desk was last seen, its program version (``User-Agent: melayani-desk/X``), and the
optional ``X-Melayani-Directory-Version``, ``X-Melayani-Pending`` and
``X-Melayani-Last-Error`` (percent-encoded UTF-8) headers. Additive: an older desk sends
only its User-Agent, and the hub ignores what it cannot read."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from sqlalchemy import Engine, update
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from melayani_hub.console.tables import desk_status
from melayani_hub.db import now_iso, write
from melayani_hub.desks import sha256_hex

WATCHED = ("/api/v1/sync/batch", "/api/v1/directory/manifest")
MAX_ERROR = 500


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 10 else None


def status_values(headers: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {"last_seen_at": now_iso()}
    agent = headers.get("user-agent", "")
    if agent.startswith("melayani-desk/"):
        values["program_version"] = agent.split("/", 1)[1].split()[0][:40]
    if (version := _int(headers.get("x-melayani-directory-version", ""))) is not None:
        values["directory_version"] = version
    if (pending := _int(headers.get("x-melayani-pending", ""))) is not None:
        values["pending"] = pending
    if "x-melayani-last-error" in headers:
        text = unquote(headers["x-melayani-last-error"], errors="replace")
        values["last_error"] = text.encode("utf-8", "replace").decode("utf-8")[:MAX_ERROR]
    return values


def record(engine: Engine, token: str, values: dict[str, Any]) -> None:
    with write(engine) as conn:
        conn.execute(
            update(desk_status)
            .where(desk_status.c.token_hash == sha256_hex(token))
            .values(**values)
        )


class DeskStatus:
    def __init__(self, app: Any, engine: Engine):
        self.app, self.engine = app, engine

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] not in WATCHED:
            return await self.app(scope, receive, send)
        status = 0

        async def watch(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if 0 < status < 400 and scheme.lower() == "bearer" and token.strip():
            try:
                await run_in_threadpool(record, self.engine, token.strip(), status_values(headers))
            except SQLAlchemyError:  # best effort: the desk's own request already succeeded
                pass
