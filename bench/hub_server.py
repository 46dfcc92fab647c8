"""The real hub on loopback and scratch PostgreSQL databases, for the benchmarks and the
tests alike (no pytest needed: ``python -m bench`` runs from a plain install)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

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


def free_port() -> int:
    """A TCP port free on 127.0.0.1 just now (for a server started in another process)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hub_command() -> list[str]:
    """``melayani-hub`` as installed next to this Python, else ``python -m melayani_hub``
    (the same entry point, ``melayani_hub.cli:main``)."""
    script = Path(sys.executable).with_name("melayani-hub")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("melayani-hub")
    return [found] if found else [sys.executable, "-m", "melayani_hub"]


@dataclass(frozen=True)
class ServedHub:
    url: str  # http://127.0.0.1:PORT
    pid: int  # the melayani-hub serve process (its workers are its children)


@contextmanager
def served_hub(
    db_url: str,
    *,
    workers: int = 1,
    log: IO[bytes] | None = None,
    start_timeout_s: float = 60,
    env: dict[str, str] | None = None,
) -> Iterator[ServedHub]:
    """The real ``melayani-hub serve --workers N`` in a subprocess on a free loopback port;
    yields its address and process id once ``/api/v1/health`` answers; SIGINT (uvicorn's
    own shutdown, workers included) afterwards. The subprocess imports the code this process imports
    (PYTHONPATH = sys.path). ``log``: where its output goes (discarded without one)."""
    import httpx

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [*hub_command(), "serve", "--db", db_url, "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), **(env or {})}
    out = log if log is not None else subprocess.DEVNULL
    proc = subprocess.Popen(command, env=environment, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + start_timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"melayani-hub serve exited with {proc.returncode}")
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"melayani-hub serve did not answer in {start_timeout_s} s")
            time.sleep(0.2)
        yield ServedHub(base, proc.pid)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
