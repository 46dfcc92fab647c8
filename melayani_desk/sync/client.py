"""HTTP access to the hub (protocol version 1, ``docs/sync-protocol.md``) with httpx.

Only transport here: what counts as success, retry or quarantine is decided by the
sender and the updater.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from melayani_desk import __version__

API = "/api/v1"
HEALTH_BODY = {"service": "melayani-hub", "protocol": 1, "status": "ok"}
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
MAX_SMALL_BODY = 4 * 1024 * 1024  # answers other than the snapshot


class HubError(Exception):
    """A hub answer the desk cannot use; ``transient`` means: try again later."""

    def __init__(self, message: str, *, status: int | None = None, transient: bool = True):
        super().__init__(message)
        self.message = message
        self.status = status
        self.transient = transient


def normalize_url(url: str) -> str:
    """The hub's base URL without a trailing slash or ``/api/v1``; raises ValueError."""
    text = url.strip().rstrip("/")
    if text.endswith(API):
        text = text[: -len(API)].rstrip("/")
    parsed = httpx.URL(text)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"Alamat hub harus http:// atau https://, bukan {url!r}.")
    return text


def describe(exc: Exception) -> str:
    """A short Indonesian description of a transport error."""
    if isinstance(exc, httpx.TimeoutException):
        return "hub tidak menjawab (batas waktu habis)"
    if isinstance(exc, httpx.ConnectError):
        return "sambungan ditolak atau alamat tidak ditemukan"
    if isinstance(exc, httpx.TransportError):
        return f"sambungan ke hub terputus ({type(exc).__name__})"
    return str(exc)


class HubClient:
    """A sync httpx client bound to one hub (and, once enrolled, to the desk's token)."""

    def __init__(
        self,
        hub_url: str,
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        verify: bool | str = True,
        timeout: httpx.Timeout = TIMEOUT,
    ):
        self.base = normalize_url(hub_url)
        headers = {"User-Agent": f"melayani-desk/{__version__}", "Accept-Encoding": "identity"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(
            base_url=self.base,
            headers=headers,
            timeout=timeout,
            verify=verify,
            transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- small JSON exchanges ------------------------------------------------------------
    def _read(self, response: httpx.Response, limit: int = MAX_SMALL_BODY) -> bytes:
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise HubError("jawaban hub terlalu besar")
        return bytes(body)

    def request(
        self, method: str, path: str, payload: Any = None, limit: int = MAX_SMALL_BODY
    ) -> tuple[int, bytes]:
        """(status, body) of one request; httpx transport errors propagate."""
        content = None
        headers = {}
        if payload is not None:
            content = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        with self.http.stream(method, API + path, content=content, headers=headers) as r:
            return r.status_code, self._read(r, limit)

    def post_json(self, path: str, content: bytes) -> tuple[int, bytes]:
        """(status, body) of a POST of already encoded JSON."""
        headers = {"Content-Type": "application/json"}
        with self.http.stream("POST", API + path, content=content, headers=headers) as r:
            return r.status_code, self._read(r)

    def online(self) -> tuple[bool, str]:
        """(True, "") when /health answered its exact body; else (False, why)."""
        try:
            status, body = self.request("GET", "/health", limit=64 * 1024)
        except (httpx.HTTPError, HubError) as exc:
            return False, describe(exc)
        try:
            answer = json.loads(body)
        except ValueError:
            answer = None
        if status != 200 or answer != HEALTH_BODY:
            return False, f"alamat hub menjawab, tetapi bukan hub Melayani (HTTP {status})"
        return True, ""

    @contextmanager
    def stream(self, path: str) -> Iterator[httpx.Response]:
        with self.http.stream("GET", path) as response:
            yield response


def json_body(body: bytes) -> Any:
    """Parsed JSON; raises HubError (transient) on an invalid body."""
    try:
        return json.loads(body)
    except ValueError:
        raise HubError("jawaban hub bukan JSON yang sah") from None


def detail(body: bytes) -> str:
    """The ``detail`` of an error answer, or the start of the body."""
    try:
        value = json.loads(body).get("detail", "")
    except (ValueError, AttributeError):
        value = ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return (text or body[:200].decode("utf-8", "replace")).strip()
