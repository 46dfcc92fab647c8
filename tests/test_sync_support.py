"""Helpers for the sync tests (no tests here): pending referrals in bulk, snapshots, manifests,
and a tiny threaded HTTP server standing in for a hub, a captive portal or an attacker."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sqlite3
import threading
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from melayani_desk.referrals.log import ReferralLog

HEALTH = {"service": "melayani-hub", "protocol": 1, "status": "ok"}


# --- referrals ---------------------------------------------------------------------------
def fill_pending(data_dir: Path, n: int) -> list[str]:
    """Log ``n`` referrals (with outbox rows) in one transaction; returns their uuids."""
    log = ReferralLog(data_dir)
    desk_id = log.desk.desk_id
    log.close()
    con = sqlite3.connect(data_dir / "desk.sqlite", isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        start = con.execute(
            "SELECT coalesce(max(seq), 0) FROM referrals WHERE desk_id = ?", (desk_id,)
        ).fetchone()[0]
        now = datetime.now(UTC).isoformat(timespec="seconds")
        uuids = [str(uuid.uuid4()) for _ in range(n)]
        con.executemany(
            "INSERT INTO referrals (uuid, desk_id, seq, created_at, need_text, service_id, "
            "service_name, org_id, org_name, contact_id, contact_name, contact_whatsapp, "
            "channel, note, directory_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    u,
                    desk_id,
                    start + i + 1,
                    now,
                    f"ktp hilang {i}",
                    "dukcapil-ktp-hilang",
                    "Penggantian KTP-el Hilang",
                    "dispendukcapil",
                    "Dinas Kependudukan",
                    "c-dukcapil-001",
                    "Petugas Dukcapil",
                    "+6281234567890",
                    "read_out",
                    "catatan uji",
                    1,
                )
                for i, u in enumerate(uuids)
            ],
        )
        con.executemany(
            "INSERT INTO outbox (item_type, item_uuid, updated_at) VALUES ('referral', ?, ?)",
            [(u, now) for u in uuids],
        )
        con.execute("COMMIT")
    finally:
        con.close()
    return uuids


# --- directory snapshots -----------------------------------------------------------------
def snapshot_csvs(word: str = "kupukupu") -> dict[str, str]:
    return {
        "organizations.csv": "org_id,name,short_name,kind\n"
        "uji-org,Dinas Uji Sinkronisasi,Dinas Uji,opd\n",
        "services.csv": "service_id,org_id,name,keywords,authority\n"
        f"uji-layanan,uji-org,Layanan {word} Sinkron,{word};uji sinkron,regency\n",
        "contacts.csv": "contact_id,org_id,name,position,level,whatsapp,service_ids\n"
        "uji-kontak,uji-org,Petugas Uji,Staf,technical,+6281234567801,uji-layanan\n",
    }


def make_zip(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buf.getvalue()


# --- keys and manifests --------------------------------------------------------------------
class Signer:
    def __init__(self) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.raw = self.key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id = hashlib.sha256(self.raw).hexdigest()

    def write_pub(self, path: Path, pem: bool = False) -> Path:
        if pem:
            path.write_bytes(
                self.key.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
            )
        else:
            path.write_text(base64.b64encode(self.raw).decode() + "\n")
        return path

    def envelope(self, fields: dict, *, key_id: str | None = None) -> dict:
        signed = json.dumps(fields).encode()
        return {
            "manifest": base64.b64encode(signed).decode(),
            "signature": base64.b64encode(self.key.sign(signed)).decode(),
            "key_id": key_id or self.key_id,
        }


def manifest_fields(version: int, snapshot: bytes, *, expires_in_days: float = 30, **extra):
    now = datetime.now(UTC)
    return {
        "format": "melayani-directory/1",
        "version": version,
        "issued_at": now.isoformat(),
        "expires": (now + timedelta(days=expires_in_days)).isoformat(),
        "sha256": hashlib.sha256(snapshot).hexdigest(),
        "size": len(snapshot),
        "snapshot": f"/api/v1/directory/snapshots/{version}",
        "counts": {"organizations": 1, "services": 1, "contacts": 1},
        **extra,
    }


# --- a tiny HTTP server ----------------------------------------------------------------------
Route = Callable[[str, bytes], tuple[int, dict[str, str], bytes]]


class TinyServer:
    """A threaded http.server on loopback; ``routes[(method, path)]`` answers requests."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.requests: list[tuple[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def _answer(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.requests.append((method, self.path))
                route = outer.routes.get((method, self.path))
                if route is None:
                    status, headers, data = 404, {}, b'{"detail": "not found"}'
                else:
                    status, headers, data = route(self.path, body)
                self.send_response(status)
                headers = {"Content-Type": "application/json", **headers}
                if headers.get("Content-Length") == "-":  # no length: read until close
                    del headers["Content-Length"]
                    headers["Connection"] = "close"
                    self.close_connection = True
                elif "Content-Length" not in headers:
                    headers["Content-Length"] = str(len(data))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                self._answer("GET")

            def do_POST(self) -> None:  # noqa: N802 - http.server API
                self._answer("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def json(self, method: str, path: str, value: object, status: int = 200) -> None:
        data = json.dumps(value).encode()
        self.routes[(method, path)] = lambda _p, _b: (status, {}, data)

    def raw(self, method: str, path: str, data: bytes, status: int = 200, **headers: str):
        self.routes[(method, path)] = lambda _p, _b: (status, dict(headers), data)

    def healthy(self) -> None:
        self.json("GET", "/api/v1/health", HEALTH)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
