"""The real hub on loopback and scratch PostgreSQL databases, for the benchmarks and the
tests alike (no pytest needed: ``python -m bench`` runs from a plain install)."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def fresh_pg_database(base_url: str, prefix: str = "melayani_hub_test") -> Iterator[str]:
    """CREATE a uniquely named database on the server of ``base_url``; DROP it afterwards."""
    url = make_url(base_url)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextmanager
def running_hub(
    db_url: str,
    *,
    test_hooks: bool = True,
    admin_token: str | None = None,
    enroll_tries: int = 10_000,
) -> Iterator[str]:
    """Start the real hub with uvicorn on 127.0.0.1 (free port) in a thread; yield its URL.

    ``enroll_tries``: wrong enrollment codes 127.0.0.1 may send (every test shares that
    address, so the session's hub allows many; the throttle's own tests set it)."""
    import uvicorn

    from melayani_hub.app import Throttle, create_app

    app = create_app(
        db_url,
        test_hooks=test_hooks,
        admin_token=admin_token,
        enroll_throttle=Throttle(tries=enroll_tries),
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="critical", access_log=False, http="h11")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the hub did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()
