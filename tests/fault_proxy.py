"""A small HTTP fault layer between the desk and the real hub, on loopback.

Each request the desk sends is handled by the next action in ``plan`` (``default`` when
the plan is empty):

- ``pass``          forward to the hub and answer what it answered
- ``drop_before``   reset the connection without forwarding (the hub saw nothing)
- ``drop_after``    forward, wait for the hub's answer (it committed), then reset
- ``truncate``      forward, send half of the hub's answer, then close
- ``error_503``     answer 503 without forwarding
- ``error_502_after`` forward (the hub committed), answer 502 Bad Gateway
- ``reject_400``    answer 400 without forwarding (a front server; not the hub's answer)
- ``block_403``     answer 403 with a content filter's HTML block page, without forwarding
- ``error_404``     answer 404 (HTML) without forwarding (a wrong path on a front server)
- ``proxy_407``     answer 407 Proxy Authentication Required without forwarding
- ``slow``          forward, answer after ``slow_s`` (within the client's timeout)
- ``timeout``       forward, answer after ``stall_s`` (longer than the client's timeout)
- ``portal``        answer 200 with a captive portal's HTML page, without forwarding
- ``drip``          forward (the hub commits), then send its answer one byte every
                    ``drip_s`` seconds (a dripping server: no single read ever times out);
                    not in ``ACTIONS``, so the random network test does not draw it
- ``redirect_302``  answer 302 to a captive portal's login page, without forwarding (not in
                    ``ACTIONS``: the desk never follows it, like ``portal``)

One request per connection (the proxy asks the hub, and tells the desk, ``Connection:
close``). ``forwarded_ok`` records every uuid the hub answered created or duplicate for.
``filter_word`` (bytes): a request whose body holds it gets ``block_403`` whatever the
plan says, the way a content filter refuses one referral's text. Only requests whose
line contains ``only_path`` (default: all) take actions from the plan; others pass.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from urllib.parse import urlsplit

ACTIONS = (
    "pass", "drop_before", "drop_after", "truncate", "error_503", "error_502_after",
    "reject_400", "block_403", "error_404", "proxy_407", "slow", "timeout", "portal",
)  # fmt: skip
BLOCK_PAGE = (
    b"<!doctype html><html><head><title>Akses Diblokir</title></head><body>"
    b"<h1>Situs ini diblokir oleh kebijakan internet kantor</h1></body></html>"
)
PORTAL = (
    b"<!doctype html><html><head><title>Login WiFi Desa</title></head><body>"
    b"<form action='/login'>Masukkan voucher</form></body></html>"
)
MAX_HEAD = 64 * 1024


def _answer(status: int, reason: str, body: bytes, ctype: str) -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


def _reset(sock: socket.socket) -> None:
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    finally:
        sock.close()


def _read_request(sock: socket.socket) -> tuple[bytes, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > MAX_HEAD:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head, body


def _close_header(head: bytes) -> bytes:
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"])


class FaultProxy:
    def __init__(
        self, upstream: str, *, slow_s: float = 0.2, stall_s: float = 1.5, drip_s: float = 0.5
    ):
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.slow_s, self.stall_s, self.drip_s = slow_s, stall_s, drip_s
        self.plan: deque[str] = deque()
        self.default = "pass"
        self.log: list[tuple[str, str]] = []  # (request line, action)
        self.forwarded_ok: set[str] = set()
        self.filter_word: bytes | None = None
        self.only_path: str = ""
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def set_plan(self, actions: list[str], default: str = "pass") -> None:
        with self._lock:
            self.plan = deque(actions)
            self.default = default

    def _next(self) -> str:
        with self._lock:
            return self.plan.popleft() if self.plan else self.default

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _forward(self, head: bytes, body: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=30) as up:
            up.sendall(_close_header(head) + b"\r\n\r\n" + body)
            chunks = []
            while chunk := up.recv(65536):
                chunks.append(chunk)
        answer = b"".join(chunks)
        if answer.startswith(b"HTTP/1.1 200") and b"/sync/batch" in head.split(b"\r\n")[0]:
            self._stored(answer.partition(b"\r\n\r\n")[2])
        return answer

    def _stored(self, body: bytes) -> None:
        """Record the uuids the hub answered created/duplicate (it holds them now)."""
        try:
            results = json.loads(body)["results"]
            held = [str(r["uuid"]) for r in results if r["status"] in ("created", "duplicate")]
        except (ValueError, KeyError, TypeError):
            return
        with self._lock:
            self.forwarded_ok.update(held)

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            head, body = request
            line = head.split(b"\r\n")[0].decode("latin-1")
            action = self._next() if self.only_path in line else "pass"
            if self.filter_word and self.filter_word in body:
                action = "block_403"
            with self._lock:
                self.log.append((head.split(b"\r\n")[0].decode("latin-1"), action))
            self._act(conn, action, head, body)
        except OSError:
            conn.close()

    def _drip(self, conn: socket.socket, answer: bytes) -> None:
        try:
            for i in range(len(answer)):
                if self._stop.wait(self.drip_s):
                    break
                conn.sendall(answer[i : i + 1])
        except OSError:
            pass  # the desk gave up
        conn.close()

    def _act(self, conn: socket.socket, action: str, head: bytes, body: bytes) -> None:
        if action == "drop_before":
            return _reset(conn)
        if action == "error_503":
            reply = _answer(503, "Service Unavailable", b'{"detail":"sibuk"}', "application/json")
        elif action == "reject_400":
            reply = _answer(400, "Bad Request", b'{"detail":"ditolak"}', "application/json")
        elif action == "block_403":
            reply = _answer(403, "Forbidden", BLOCK_PAGE, "text/html")
        elif action == "error_404":
            reply = _answer(404, "Not Found", b"<html>404 Not Found</html>", "text/html")
        elif action == "proxy_407":
            reply = _answer(407, "Proxy Authentication Required", b"", "text/html")
        elif action == "portal":
            reply = _answer(200, "OK", PORTAL, "text/html; charset=utf-8")
        elif action == "redirect_302":
            reply = _answer(302, "Found", PORTAL, "text/html").replace(
                b"\r\n\r\n", b"\r\nLocation: http://login.wifi.desa/\r\n\r\n", 1
            )
        else:
            answer = self._forward(head, body)
            if action == "drop_after":
                return _reset(conn)
            if action == "truncate":
                conn.sendall(answer[: max(1, len(answer) // 2)])
                return conn.close()
            if action == "drip":
                return self._drip(conn, answer)
            if action == "error_502_after":
                answer = _answer(502, "Bad Gateway", b"<html>502</html>", "text/html")
            elif action == "slow":
                time.sleep(self.slow_s)
            elif action == "timeout":
                time.sleep(self.stall_s)
            reply = answer
        try:
            conn.sendall(reply)
        except OSError:
            pass
        conn.close()
