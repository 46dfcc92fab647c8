"""``melayani-hub serve --workers N``: the option reaches uvicorn (as an app factory, each
worker building its own app), and a real 2-worker hub answers from two processes."""

from __future__ import annotations

import re
import tempfile
import time

import httpx
import pytest
import uvicorn

from bench.hub_server import served_hub
from melayani_hub import cli
from melayani_hub.db import ENV_DB, make_engine


@pytest.fixture
def ran(monkeypatch):
    calls: list[tuple[tuple, dict]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append((a, k)))
    monkeypatch.delenv(ENV_DB, raising=False)  # both restored after the test
    monkeypatch.delenv(cli.ENV_WORKERS, raising=False)
    return calls


def test_workers_reach_uvicorn_as_a_factory(ran, tmp_path):
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    assert cli.main(["serve", "--db", url, "--workers", "3", "--port", "9999"]) == 0
    [(args, kwargs)] = ran
    assert args == ("melayani_hub.cli:worker_app",)
    assert kwargs["workers"] == 3 and kwargs["factory"] is True
    assert kwargs["port"] == 9999 and kwargs["host"] == "127.0.0.1"
    app = cli.worker_app()  # what each worker builds: on the database the parent resolved
    assert app.state.engine.url.render_as_string() == url
    app.state.engine.dispose()


def test_workers_share_one_process_pool():
    """N workers together open no more PostgreSQL connections than one process did."""
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"  # never connected to
    one = make_engine(url).pool
    four = make_engine(url, processes=4).pool
    assert one.size() + one._max_overflow == 30  # noqa: SLF001 - the pool's own limit
    assert 4 * (four.size() + four._max_overflow) <= 30  # noqa: SLF001
    assert four.size() >= 4  # most kept open: no new connection per request


def test_one_worker_keeps_the_app_object(ran, tmp_path):
    assert cli.main(["serve", "--db", f"sqlite:///{tmp_path / 'hub.sqlite'}"]) == 0
    [(args, kwargs)] = ran
    assert not isinstance(args[0], str) and "workers" not in kwargs
    args[0].state.engine.dispose()


@pytest.mark.parametrize("bad", ["0", "-2", "zwei"])
def test_workers_must_be_positive(ran, bad, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["serve", "--workers", bad])
    assert exc.value.code == 2 and "--workers" in capsys.readouterr().err
    assert ran == []


def _started(log) -> set[str]:
    log.seek(0)
    text = log.read().decode("utf-8", "replace")
    return set(re.findall(r"Started server process \[(\d+)\]", text))


def test_two_worker_hub_answers(tmp_path):
    with tempfile.TemporaryFile() as log:
        with served_hub(f"sqlite:///{tmp_path / 'hub.sqlite'}", workers=2, log=log) as hub:
            with httpx.Client(base_url=hub.url, timeout=10) as client:
                for _ in range(6):
                    r = client.get("/api/v1/health")
                    assert r.json() == {"service": "melayani-hub", "protocol": 1, "status": "ok"}
                assert client.get("/api/v1/directory/manifest").status_code == 401
                for _ in range(4):  # whichever worker answers, its access log hides the token
                    assert client.get("/report?token=rahasia-sekali").status_code == 404
            deadline = time.monotonic() + 30
            while len(_started(log)) < 2 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert len(_started(log)) == 2  # two worker processes, each serving the app
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
        assert "token=***" in text and "rahasia-sekali" not in text
