"""The hub's API against its own OpenAPI description (schemathesis): no 5xx, whatever comes.

Requests go to the real hub (uvicorn on loopback), with a valid desk token (so the checks reach
past authentication) and without one. Every 4xx must carry a JSON ``detail``.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from fuzz_settings import fuzz  # noqa: E402
from hypothesis import given  # noqa: E402


@pytest.fixture(scope="module")
def hub_app(tmp_path_factory):
    from hub_fixtures import enroll, hub_on

    from melayani_core.resources import resource
    from melayani_hub import publish, signing
    from melayani_hub.app import create_app

    folder = tmp_path_factory.mktemp("fuzz-hub")
    app = create_app(f"sqlite:///{folder / 'schema.sqlite'}")
    spec = app.openapi()  # the hub serves no /openapi.json in production
    app.state.engine.dispose()
    with hub_on("sqlite", folder) as hub:
        _, headers = enroll(hub, "Meja fuzz")
        key, _, _ = signing.keygen(folder / "kunci")  # a published directory: the public
        publish.publish(hub.engine, resource("sample"), key)  # HSDS API answers with data
        yield hub.base_url, headers["Authorization"], spec


def _detail_on_client_errors(response) -> None:  # noqa: ANN001 - schemathesis Response
    if 400 <= response.status_code < 500 and response.status_code != 405:
        body = response.json()
        assert isinstance(body, dict) and body.get("detail"), response.text


@pytest.mark.parametrize("authorized", [True, False], ids=["token", "no-token"])
def test_hub_api_never_answers_5xx(hub_app, authorized):
    base_url, token, spec = hub_app
    schema = schemathesis.openapi.from_dict(spec)
    operations = [op.ok() for op in schema.get_all_operations()]
    assert len(operations) >= 5
    headers = {"Authorization": token} if authorized else {}
    calls = 0
    for operation in operations:

        @fuzz(40)
        @given(case=operation.as_strategy())
        def run(case) -> None:  # noqa: ANN001
            nonlocal calls
            calls += 1
            response = case.call(base_url=base_url, headers=headers, timeout=30)
            if response.status_code >= 500:
                raise AssertionError(f"{response.status_code}: {response.text[:300]}")
            _detail_on_client_errors(response)

        run()
    print(f"hub API fuzz ({'token' if authorized else 'no token'}): {calls} requests")
    assert calls >= len(operations)


def test_snapshot_version_beyond_sqlite_integer_is_a_client_error(hub_app):
    """Found by the fuzzer: a version above 2**63-1 once made the hub answer 500."""
    import httpx

    base_url, token, _ = hub_app
    url = f"{base_url}/api/v1/directory/snapshots/{2**63}"
    r = httpx.get(url, headers={"Authorization": token})
    assert r.status_code < 500, r.text
