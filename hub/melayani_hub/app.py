"""The hub's HTTP API (docs/sync-protocol.md) and the regency report page.

``create_app(db_url)`` migrates the database and returns the ASGI app; ``melayani-hub serve``
runs it with uvicorn.
"""

import base64
import hmac
import json
import math
import os
import re
import threading
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Mapping
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from melayani_core.snapshot import MAX_VERSION as SNAPSHOT_MAX_VERSION
from melayani_hub import (
    PROTOCOL,
    console,
    desks,
    hsds_api,
    ingest,
    lookup,
    need_concepts,
    reports,
    retention,
    wire,
)
from melayani_hub.db import open_engine, write
from melayani_hub.models import Desk, DirectoryVersion, SigningKey

API = "/api/v1"
MAX_BODY = 2 * 1024 * 1024
ENV_ADMIN_TOKEN = "MELAYANI_HUB_ADMIN_TOKEN"
DROP_HEADER = "x-test-drop-after-commit"
_DROP_MARK = b"x-melayani-drop-connection"
_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock: run the batch again
_UNSET: Any = object()
MAX_VERSION = SNAPSHOT_MAX_VERSION  # what a desk accepts; also the column's range


MAX_JSON_DEPTH = 32  # the protocol's documents are 4 levels deep; a parser is not a stack
# a JSON string (unrolled, so long strings cost no backtracking) or a bracket
_JSON_TOKENS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``body`` nests arrays/objects more than ``limit`` deep (strings skipped).

    Checked before any parser sees the body: Python's json recurses per level and ends in
    a RecursionError (a 500) around 1,000 levels, and so would anything walking the result."""
    depth = 0
    for match in _JSON_TOKENS.finditer(body):
        first = match.group()[0]
        if first in b"[{":
            depth += 1
            if depth > limit:
                return True
        elif first in b"]}":
            depth -= 1
    return False


class SafeJSONResponse(JSONResponse):
    """JSON that always encodes: a lone surrogate echoed from a request (an error message
    quoting the bad input) becomes "?" instead of a UnicodeEncodeError, i.e. a 500."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8", "replace")


def _json_error(
    status: int, detail: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return SafeJSONResponse({"detail": detail}, status_code=status, headers=headers)


def _clean(value: Any) -> Any:
    """A validation error made JSON-safe: strings re-encoded, anything else as text."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items() if k != "ctx"}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return _clean(str(value))


class BodyLimit:
    """Reject request bodies over ``limit`` bytes with 413 before the app parses anything:
    by Content-Length, and by counting while reading (chunked or lying clients)."""

    def __init__(self, app: Any, limit: int = MAX_BODY):
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        too_big = _json_error(413, f"request body larger than {self.limit} bytes")
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _json_error(400, "bad Content-Length")(scope, receive, send)
                if declared > self.limit:
                    return await too_big(scope, receive, send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await too_big(scope, receive, send)
            chunks.append(chunk)
            more = message.get("more_body", False)
        if json_too_deep(b"".join(chunks)):
            deep = _json_error(
                422, f"JSON nested more than {MAX_JSON_DEPTH} levels deep / JSON terlalu dalam"
            )
            return await deep(scope, receive, send)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


class DropAfterCommit:
    """Test hook: a response marked by the batch endpoint is never sent; the connection is
    closed instead, so the client sees a connection error after the hub has committed.

    The status line is replaced by one with an invalid header value, which uvicorn refuses
    before writing a byte; uvicorn then closes the transport of a response it started but
    could not complete.
    """

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        dropped = False

        async def guarded(message: dict) -> None:
            nonlocal dropped
            if dropped:
                return
            if message["type"] == "http.response.start" and any(
                name == _DROP_MARK for name, _ in message.get("headers", [])
            ):
                dropped = True
                poisoned = {"type": "http.response.start", "status": 200,
                            "headers": [(b"x-drop", b"\r\n")]}  # fmt: skip
                try:
                    await send(poisoned)
                except Exception:  # noqa: BLE001 - the server refused it: nothing was sent
                    pass
                return
            await send(message)

        await self.app(scope, receive, guarded)


class EnrollIn(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    desk_id: str = Field(pattern=r"^[0-9a-fA-F-]{32,36}$")
    name: str = Field(default="", max_length=200)
    kecamatan: str = Field(default="", max_length=200)
    desa: str = Field(default="", max_length=200)
    # the referral-code prefix the desk used before enrollment (kept when free)
    desk_code: str | None = Field(default=None, pattern=r"^[0-9A-Z]{4}$")


ENROLL_TRIES = 5  # wrong enrollment codes an address may send ...
ENROLL_WINDOW_S = 15 * 60.0  # ... within this window before it must wait
TRACKED_ADDRESSES = 10_000


class Throttle:
    """Wrong enrollment codes per client address (a code has 80 bits, but guessing should
    still cost time): after ``tries`` failures within ``window_s`` the address is refused
    with 429 until its oldest failure ages out.  In memory: a restart forgets, which only
    ever helps the desks."""

    def __init__(self, tries: int = ENROLL_TRIES, window_s: float = ENROLL_WINDOW_S):
        self.tries, self.window_s = tries, window_s
        self.failures: OrderedDict[str, deque[float]] = OrderedDict()
        self.lock = threading.Lock()

    def wait_s(self, address: str) -> float:
        """Seconds this address must still wait (0: it may try)."""
        now = time.monotonic()
        with self.lock:
            times = self.failures.get(address)
            if not times:
                return 0.0
            while times and times[0] <= now - self.window_s:
                times.popleft()
            if len(times) < self.tries:
                return 0.0
            return times[0] + self.window_s - now

    def failed(self, address: str) -> None:
        with self.lock:
            times = self.failures.pop(address, None) or deque(maxlen=self.tries)
            times.append(time.monotonic())
            self.failures[address] = times
            while len(self.failures) > TRACKED_ADDRESSES:
                self.failures.popitem(last=False)


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def create_app(
    db_url: str | None, *, test_hooks: bool = False, admin_token: str | None = _UNSET,
    engine: Engine | None = None, enroll_throttle: Throttle | None = None,
    purge_every_s: float = retention.DAY_S,
) -> FastAPI:  # fmt: skip
    """The hub app on ``db_url`` (migrated to head first).

    ``admin_token`` guards GET /report; by default it is read from MELAYANI_HUB_ADMIN_TOKEN,
    and without one the page does not exist (404). ``test_hooks`` enables the
    X-Test-Drop-After-Commit header; never in production.
    """
    engine = engine or open_engine(db_url)
    if admin_token is _UNSET:
        admin_token = os.environ.get(ENV_ADMIN_TOKEN) or None

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        stop = threading.Event()
        await run_in_threadpool(retention.purge_citizen_data, engine)  # at start, then daily
        await run_in_threadpool(need_concepts.warm)  # the lexicon, before the first batch
        daily = retention.start_daily(engine, stop, purge_every_s)
        yield
        stop.set()
        daily.join(timeout=10)
        engine.dispose()

    app = FastAPI(
        title="Melayani Hub", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.engine = engine
    console.mount(app, engine)  # the regency's web console under /console
    app.include_router(hsds_api.router(engine))  # public directory, HSDS API (docs/hub.md)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return SafeJSONResponse({"detail": _clean(exc.errors())}, status_code=422)

    @app.exception_handler(StarletteHTTPException)  # ours, and the router's 404/405
    async def refused(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _json_error(exc.status_code, _clean(exc.detail), exc.headers)

    @app.exception_handler(RecursionError)
    async def too_deep(_request: Request, _exc: RecursionError) -> JSONResponse:
        return _json_error(422, "request nested too deeply / permintaan terlalu dalam")

    throttle = enroll_throttle or Throttle()
    app.state.enroll_throttle = throttle

    def current_desk(request: Request) -> Desk:
        token = _bearer(request)
        desk = desks.desk_for_token(engine, token) if token else None
        if desk is None:
            raise HTTPException(401, "token tidak sah / invalid token",
                                headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
        return desk

    @app.get(f"{API}/health")
    def health() -> dict[str, Any]:
        return {"service": "melayani-hub", "protocol": PROTOCOL, "status": "ok"}

    @app.post(f"{API}/enroll")
    def enroll(body: EnrollIn, request: Request) -> dict[str, str]:
        address = request.client.host if request.client else ""
        wait = throttle.wait_s(address)
        if wait > 0:
            minutes = max(1, math.ceil(wait / 60))
            raise HTTPException(
                429,
                "terlalu banyak kode pendaftaran salah dari alamat ini; coba lagi dalam "
                f"{minutes} menit / too many wrong enrollment codes, retry later",
                headers={"Retry-After": str(math.ceil(wait))},
            )
        if not all(map(ingest.utf8, (body.code, body.name, body.kecamatan, body.desa))):
            raise HTTPException(422, "text is not valid UTF-8")
        try:
            desk_id = str(uuid.UUID(body.desk_id))
        except ValueError:
            raise HTTPException(422, "desk_id is not a UUID") from None
        try:
            done = desks.redeem(
                engine, body.code, desk_id, body.name, body.kecamatan, body.desa, body.desk_code
            )
        except desks.EnrollRefused as exc:
            throttle.failed(address)
            raise HTTPException(403, str(exc)) from None
        return {
            "desk_id": done.desk_id,
            "token": done.token,
            "desk_code": done.desk_code,
            # what the hub registered for this desk: it becomes the desk's settings
            "name": done.name,
            "kecamatan": done.kecamatan,
            "desa": done.desa,
        }

    @app.get(f"{API}/desk")
    def this_desk(desk: Annotated[Desk, Depends(current_desk)]) -> dict[str, str]:
        """What the hub knows of the calling desk, with its referral-code prefix."""
        return {
            "desk_id": desk.desk_id,
            "name": desk.name,
            "kecamatan": desk.kecamatan,
            "desa": desk.desa,
            "desk_code": desks.ensure_desk_code(engine, desk),
        }

    def admin(request: Request, token: str = "") -> None:
        """The admin token (MELAYANI_HUB_ADMIN_TOKEN) as Bearer or ?token=; without one
        configured the admin pages do not exist (404)."""
        if not admin_token:
            raise HTTPException(404, "Not Found")
        given = token or _bearer(request)
        if not given or not hmac.compare_digest(given.encode(), admin_token.encode()):
            raise HTTPException(403, "token admin salah / wrong admin token")

    @app.get(f"{API}/admin/referrals/{{code}}", dependencies=[Depends(admin)])
    def referral_by_code(code: str) -> dict[str, Any]:
        found = lookup.find_referrals(engine, code)
        if found is None:
            raise HTTPException(422, "bukan kode rujukan (contoh K7QD-0012) / not a referral code")
        if not found:
            raise HTTPException(404, "kode rujukan tidak ada di hub / no referral with this code")
        return {"referrals": found}

    def _store(desk: Desk, items: list[Any]) -> list[dict[str, str]]:
        for attempt in range(5):
            try:
                with write(engine) as conn:
                    return ingest.store_batch(conn, desk, items)
            except DBAPIError as exc:
                state = getattr(exc.orig, "sqlstate", None)
                if state not in _RETRY_SQLSTATES or attempt == 4:
                    raise
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    # the body is documented as wire.SyncBatch but parsed here and judged item by item
    @app.post(f"{API}/sync/batch", openapi_extra=wire.batch_request_body(),
              responses={200: {"model": wire.SyncAnswer}})  # fmt: skip
    async def batch(request: Request, desk: Annotated[Desk, Depends(current_desk)]) -> Response:
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError, RecursionError):
            return _json_error(422, "body is not JSON")
        items = body.get("items") if isinstance(body, dict) else None
        if not isinstance(items, list):
            return _json_error(422, 'body must be {"items": [...]}')
        if len(items) > ingest.MAX_ITEMS:
            return _json_error(422, f"at most {ingest.MAX_ITEMS} items per batch")
        results = await run_in_threadpool(_store, desk, items)
        if test_hooks and request.headers.get(DROP_HEADER) == "1":
            return Response(headers={_DROP_MARK.decode(): "1"})
        return JSONResponse({"results": results})

    @app.get(f"{API}/keys")
    def keys() -> dict[str, Any]:
        q = select(SigningKey.key_id, SigningKey.public_key).order_by(
            SigningKey.added_at.desc(), SigningKey.key_id
        )
        with engine.connect() as conn:
            rows = conn.execute(q).all()
        return {"keys": [{"key_id": k, "public_key": p} for k, p in rows]}

    @app.get(f"{API}/keys/statements")
    def key_statements() -> dict[str, Any]:
        from melayani_hub.rotation import statements

        return {"statements": statements(engine)}

    @app.get(f"{API}/directory/manifest", dependencies=[Depends(current_desk)])
    def manifest() -> dict[str, str]:
        q = select(DirectoryVersion.manifest, DirectoryVersion.signature, DirectoryVersion.key_id)
        with engine.connect() as conn:
            row = conn.execute(q.order_by(DirectoryVersion.version.desc()).limit(1)).first()
        if row is None:
            raise HTTPException(404, "belum ada direktori yang diterbitkan / nothing published")
        return {
            "manifest": base64.b64encode(row.manifest).decode("ascii"),
            "signature": row.signature,
            "key_id": row.key_id,
        }

    @app.get(f"{API}/directory/snapshots/{{version}}", dependencies=[Depends(current_desk)])
    def snapshot(version: int) -> Response:
        if not 1 <= version <= MAX_VERSION:  # beyond the column's range: surely unknown
            raise HTTPException(404, "versi tidak ada / no such version")
        q = select(DirectoryVersion.snapshot).where(DirectoryVersion.version == version)
        with engine.connect() as conn:
            data = conn.scalar(q)
        if data is None:
            raise HTTPException(404, "versi tidak ada / no such version")
        return Response(
            content=data,
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="directory-{version}.zip"'},
        )

    @app.get("/report", response_class=HTMLResponse, dependencies=[Depends(admin)])
    def report_page() -> HTMLResponse:
        page = reports.render_html(reports.build_report(engine))
        return HTMLResponse(page, headers={"Cache-Control": "no-store"})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = wire.add_components(FastAPI.openapi(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(BodyLimit)
    if test_hooks:
        app.add_middleware(DropAfterCommit)
    return app
