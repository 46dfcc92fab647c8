"""Apply a hub snapshot the way a desk's window does: ``melayani-desk sync --json`` in a child.

In the program the window never applies a snapshot itself: ``sync/process.py`` runs each
sync pass as a child process (``sync_command``, the environment ``child_env`` gives it)
that holds no search engine, and reads its JSON report.  So does this bench.  ``prepare``
does what is not the desk's work: sign a manifest with a fresh Ed25519 key, serve it and
the snapshot from a stand-in hub on loopback (a thread of this process: health, manifest,
snapshot; 404 for the rest, as a hub with nothing else for this desk), and pin the key
and the hub in the desk database as enrollment would.  The returned callable is the timed
part: spawn the child, which runs the real pass (health, an empty upload, the key
statements, the signed manifest, the download with its SHA-256, the bounded unzip, the
validation, the build aside and the switch), and wait for its report.

What it measures: the child's wall time from spawn to exit (what the window waits for),
its CPU time, and its own peak memory: ``ru_maxrss`` of that one child (``os.wait4``).
On Linux a child's ``ru_maxrss`` also counts its parent's peak at the moment it was
started, so the child is started by this small process before anything big is opened
here, and ``spawner_rss_mb`` (this process's peak when it started the child) is reported
beside it: the child's figure is its own whenever it is the larger.

The window starts the child five steps nicer (``NICENESS``); on an idle desk that changes
nothing, but on this shared bench machine it would make the figure depend on other
people's jobs, so the bench starts it at the window's own priority (``niceness`` = 0).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.stats import peak_rss_mb


class StandInHub:
    """The hub's answers a desk's sync pass asks for, on 127.0.0.1 (a free port)."""

    def __init__(self, routes: dict[str, tuple[str, bytes]]):
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                kind, body = routes.get(self.path, ("application/json", b'{"detail": "x"}'))
                self.send_response(200 if self.path in routes else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802 - nothing is posted by an empty outbox
                self.do_GET()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


Meanwhile = Callable[[threading.Event], None]  # runs on a thread until the event is set


def prepare(
    data_dir: Path, snapshot: Path, *, niceness: int = 0
) -> tuple[Callable[[Meanwhile | None], dict], Callable[[], None]]:
    """(apply, close): ``apply(meanwhile)`` runs one child pass and returns its figures;
    ``meanwhile`` (optional) runs on a thread of this process from just after the child
    started until it exited (the window's search worker typing on the old directory)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from melayani_core import keys as keylib
    from melayani_core.snapshot import manifest_bytes  # not the hub's: its SQLAlchemy is no desk's
    from melayani_desk.storage.desk_db import open_desk_db
    from melayani_desk.sync.client import API, HEALTH_BODY
    from melayani_desk.sync.state import SyncStore
    from melayani_desk.sync.updater import installed_version

    data = snapshot.read_bytes()
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = keylib.fingerprint(raw)
    version = installed_version(data_dir, 0) + 1
    now = datetime.now(UTC)
    signed = manifest_bytes(version, now.isoformat(), (now + timedelta(days=30)).isoformat(),
                            hashlib.sha256(data).hexdigest(), len(data), {})  # fmt: skip
    envelope = {
        "manifest": base64.b64encode(signed).decode(),
        "signature": base64.b64encode(key.sign(signed)).decode(),
        "key_id": key_id,
    }
    routes = {
        f"{API}/health": ("application/json", json.dumps(HEALTH_BODY).encode()),
        f"{API}/directory/manifest": ("application/json", json.dumps(envelope).encode()),
        f"{API}/directory/snapshots/{version}": ("application/zip", data),
    }
    hub = StandInHub(routes)
    db = open_desk_db(data_dir)
    try:
        SyncStore(db).enroll(hub.url, "bench-token", {key_id: raw}, source="bench", now=now)
    finally:
        db.close()

    def apply(meanwhile: Meanwhile | None = None) -> dict:
        return run_child(data_dir, niceness, meanwhile)

    return apply, hub.close


def run_child(data_dir: Path, niceness: int, meanwhile: Meanwhile | None) -> dict:
    """One ``melayani-desk sync --json`` as the window starts it; its report and figures."""
    from melayani_desk.sync.process import child_env, sync_command
    from melayani_desk.sync.runner import SyncReport

    spawner_mb = peak_rss_mb()
    start = time.perf_counter()
    proc = subprocess.Popen(
        sync_command(data_dir, if_due=False), env=child_env(niceness),
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    err: list[bytes] = []
    drain = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    drain.start()
    stop = threading.Event()
    side = threading.Thread(target=meanwhile, args=(stop,), daemon=True) if meanwhile else None
    if side is not None:
        side.start()
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (not communicate)
    seconds = time.perf_counter() - start
    stop.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    drain.join()
    if side is not None:
        side.join()
    if proc.returncode not in (0, 3, 5):
        raise RuntimeError(f"sync child exited {proc.returncode}: {b''.join(err)[-2000:]!r}")
    directory = SyncReport.from_dict(json.loads(out)).directory
    if directory is None:
        raise RuntimeError(f"the sync pass did not reach the directory: {out[-2000:]!r}")
    return {
        "status": directory.status,
        "version": directory.installed,
        "reason": directory.reason,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux: KiB
        "spawner_rss_mb": spawner_mb,
        "niceness": niceness,
    }
