"""HTTP access to the hub (protocol version 1, ``docs/sync-protocol.md``) with httpx.

Only transport here: what counts as success, retry or quarantine is decided by the
sender and the updater.

A client may carry a ``Deadline`` for a whole sync pass. httpx's timeouts are per socket
operation, so a server dripping one byte every few seconds never trips them; the
deadline is enforced under httpx, on every connect, read and write of the real network
(each gets at most the time left, and none starts once it is spent), and between body
chunks for any transport.
"""

from __future__ import annotations

import ipaddress
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from melayani_desk import __version__

API = "/api/v1"
HEALTH_BODY = {"service": "melayani-hub", "protocol": 1, "status": "ok"}
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
MAX_SMALL_BODY = 4 * 1024 * 1024  # answers other than the snapshot


DEADLINE_PASSED = "batas waktu satu putaran sinkronisasi habis"


class Deadline:
    """A point on the monotonic clock by which a sync pass must be done."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0

    def cap(self, timeout: float | None) -> float:
        """``timeout`` shortened to the time left; raises a timeout once it is spent."""
        left = self.left()
        if left <= 0:
            raise httpcore.ReadTimeout(DEADLINE_PASSED)
        return left if timeout is None else min(timeout, left)

    @contextmanager
    def named(self) -> Iterator[None]:
        """A socket timeout that ran into the deadline says so (for the clerk's message)."""
        try:
            yield
        except httpcore.TimeoutException as exc:
            if self.passed() and str(exc) != DEADLINE_PASSED:
                raise type(exc)(DEADLINE_PASSED) from exc
            raise


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline):
        self.inner, self.deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with self.deadline.named():
            return self.inner.read(max_bytes, self.deadline.cap(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with self.deadline.named():
            self.inner.write(buffer, self.deadline.cap(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # noqa: ANN001, ANN201
        inner = self.inner.start_tls(ssl_context, server_hostname, self.deadline.cap(timeout))
        return _DeadlineStream(inner, self.deadline)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, deadline: Deadline):
        self.inner, self.deadline = inner, deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # noqa: ANN001, ANN201
        with self.deadline.named():
            stream = self.inner.connect_tcp(
                host, port, self.deadline.cap(timeout), local_address, socket_options
            )
        return _DeadlineStream(stream, self.deadline)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # noqa: ANN001, ANN201
        stream = self.inner.connect_unix_socket(path, self.deadline.cap(timeout), socket_options)
        return _DeadlineStream(stream, self.deadline)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(min(seconds, max(0.0, self.deadline.left())))


def _bound(client: httpx.Client, deadline: Deadline) -> None:
    """Put the deadline under every real transport of ``client`` (direct and proxies).

    httpx builds its transports (and the system's proxies) itself; each holds an httpcore
    pool whose network backend opens every connection. Those are private attributes, so
    the test of a dripping server (tests/test_sync_deadline.py) guards this.
    """
    mounts = getattr(client, "_mounts", {}) or {}
    transports = [getattr(client, "_transport", None), *mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if pool is not None and backend is not None and not isinstance(backend, _DeadlineBackend):
            pool._network_backend = _DeadlineBackend(backend, deadline)  # noqa: SLF001


class HubError(Exception):
    """A hub answer the desk cannot use; ``transient`` means: try again later."""

    def __init__(self, message: str, *, status: int | None = None, transient: bool = True):
        super().__init__(message)
        self.message = message
        self.status = status
        self.transient = transient


class InsecureHubURL(ValueError):
    """A plain ``http://`` hub that is not on this computer: the token and the referrals
    would cross the network unencrypted, and anyone on the way could answer as the hub."""


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1): the hub on this computer."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_url(url: str) -> str:
    """The hub's base URL without a trailing slash or ``/api/v1``; raises ValueError
    (``InsecureHubURL`` for a plain ``http://`` hub that is not on loopback)."""
    text = url.strip().rstrip("/")
    if text.endswith(API):
        text = text[: -len(API)].rstrip("/")
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            f"Alamat hub {url!r} tidak bisa dipakai: tulis alamat lengkap yang diawali "
            "https://, misalnya https://hub.banyuwangikab.go.id"
        )
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise InsecureHubURL(
            f"Alamat hub {text} memakai http:// tanpa enkripsi, jadi ditolak: token meja "
            "dan data rujukan bisa dibaca dan dipalsukan di jaringan. Pakai alamat "
            "https:// dari admin hub (http:// hanya boleh untuk hub di komputer ini: "
            "localhost atau 127.0.0.1)."
        )
    return text


def describe(exc: Exception) -> str:
    """A short Indonesian description of a transport error."""
    if isinstance(exc, httpx.TimeoutException) and str(exc) == DEADLINE_PASSED:
        return DEADLINE_PASSED + "; dilanjutkan pada putaran berikutnya"
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
        deadline: Deadline | None = None,
        status: dict[str, str] | None = None,
    ):
        self.base = normalize_url(hub_url)
        self.deadline = deadline
        headers = {"User-Agent": f"melayani-desk/{__version__}", "Accept-Encoding": "identity"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
            headers.update(status or {})  # docs/sync-protocol.md, "Desk status headers"
        self.http = httpx.Client(
            base_url=self.base,
            headers=headers,
            timeout=timeout,
            verify=verify,
            transport=transport,
            follow_redirects=False,
        )
        if deadline is not None:
            _bound(self.http, deadline)

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
            self.check_deadline()
        return bytes(body)

    def check_deadline(self) -> None:
        """Raises a timeout (an httpx.HTTPError) once the pass's deadline is spent."""
        if self.deadline is not None and self.deadline.passed():
            raise httpx.ReadTimeout(DEADLINE_PASSED)

    def request(
        self, method: str, path: str, payload: Any = None, limit: int = MAX_SMALL_BODY
    ) -> tuple[int, bytes]:
        """(status, body) of one request; httpx transport errors propagate."""
        self.check_deadline()
        content = None
        headers = {}
        if payload is not None:
            content = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        with self.http.stream(method, API + path, content=content, headers=headers) as r:
            return r.status_code, self._read(r, limit)

    def post_json(self, path: str, content: bytes) -> tuple[int, bytes]:
        """(status, body) of a POST of already encoded JSON."""
        self.check_deadline()
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
        if status == 200 and answer == HEALTH_BODY:
            return True, ""
        return False, not_the_hub(status, body)

    @contextmanager
    def stream(self, path: str) -> Iterator[httpx.Response]:
        self.check_deadline()
        with self.http.stream("GET", path) as response:
            yield response


PORTAL = (
    "yang menjawab bukan hub, kemungkinan halaman login Wi-Fi atau portal jaringan: "
    "masuk (login) ke jaringan dulu, lalu sinkron lagi"
)


def looks_like_html(body: bytes) -> bool:
    start = body[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta"))


def not_the_hub(status: int, body: bytes) -> str:
    """Why an answer to /health is not the hub's, in words that point at the cause."""
    if status >= 500:
        return (
            f"hub tidak dapat dijangkau atau sedang gangguan (HTTP {status}); "
            "dicoba lagi nanti, tidak ada yang hilang"
        )
    if 300 <= status < 400 or (status == 200 and looks_like_html(body)):
        return f"{PORTAL} (HTTP {status})"
    if status in (407, 511):
        return f"jaringan meminta login proxy (HTTP {status}); hubungi petugas jaringan"
    return (
        f"alamat hub menjawab, tetapi bukan hub Melayani (HTTP {status}); "
        "periksa alamat hub di pengaturan"
    )


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
