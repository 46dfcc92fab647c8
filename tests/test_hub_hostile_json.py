"""The real hub answers hostile JSON with a 4xx and a JSON ``detail``, never a 500:
documents nested 1,000 and more levels deep (where Python's JSON parser or the encoder of
an error message runs out of recursion) and lone surrogates (text that cannot be UTF-8)."""

from __future__ import annotations

import uuid

import httpx
import pytest
from hub_fixtures import enroll, hub_fixture  # noqa: F401

from melayani_hub.desks import new_code

DEPTHS = [1_000, 5_000, 100_000]


def nested(depth: int, open_: str = "[", close: str = "]", core: str = "1") -> bytes:
    return (open_ * depth + core + close * depth).encode()


def nested_objects(depth: int) -> bytes:
    return ('{"a":' * depth + "1" + "}" * depth).encode()


def variants(depth: int) -> dict[str, bytes]:
    """Where the nesting sits in a batch: the whole body, the items, one item, a payload."""
    item = f'{{"type":"referral","uuid":"{uuid.uuid4()}","payload":'
    return {
        "body-array": nested(depth),
        "body-object": nested_objects(depth),
        "items": b'{"items":' + nested(depth) + b"}",
        "item": b'{"items":[' + nested(depth) + b"]}",
        "payload-array": ('{"items":[' + item).encode() + nested(depth) + b"}]}",
        "payload-object": ('{"items":[' + item).encode() + nested_objects(depth) + b"}]}",
        "payload-field": ('{"items":[' + item + '{"need_text":').encode() + nested(depth) + b"}}]}",
        "desk-id": b'{"items":[{"type":"outcome","uuid":"x","payload":{"desk_id":'
        + nested_objects(depth)
        + b"}}]}",
    }


def assert_client_error(r: httpx.Response) -> None:
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    body = r.json()
    assert isinstance(body.get("detail"), str | list) and body["detail"], body


@pytest.mark.parametrize("depth", DEPTHS)
def test_deeply_nested_batches_are_client_errors(hub, depth):
    _, headers = enroll(hub)
    headers = {**headers, "Content-Type": "application/json"}
    for name, body in variants(depth).items():
        r = httpx.post(hub.api("/sync/batch"), content=body, headers=headers, timeout=30)
        assert_client_error(r), name
    # the hub is still well and takes a good batch
    ok = httpx.post(hub.api("/sync/batch"), json={"items": []}, headers=headers)
    assert ok.status_code == 200


@pytest.mark.parametrize("depth", DEPTHS)
def test_deeply_nested_enrollment_is_a_client_error(hub, depth):
    for body in (nested(depth), nested_objects(depth), b'{"code":' + nested(depth) + b"}"):
        r = httpx.post(
            hub.api("/enroll"),
            content=body,
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        assert_client_error(r)


@pytest.mark.parametrize("field", ["code", "desk_id", "name", "kecamatan", "desa", "unknown"])
def test_a_lone_surrogate_in_enrollment_is_a_client_error(hub, field):
    code, _ = new_code(hub.engine, "Meja Surrogat")
    body = {"code": code, "desk_id": str(uuid.uuid4()), "name": "x", "kecamatan": "", "desa": ""}
    raw = '{{"code":"{}","desk_id":"{}","name":"x"'.format(code, body["desk_id"])
    if field in body:
        fields = {**body, field: None}
        parts = [
            f'"{k}":' + ('"ab\\ud800cd"' if k == field else f'"{v}"') for k, v in fields.items()
        ]
        raw = "{" + ",".join(parts) + "}"
    else:
        raw += ',"unknown":"\\udfff"}'
    r = httpx.post(
        hub.api("/enroll"), content=raw.encode(), headers={"Content-Type": "application/json"}
    )
    if field == "unknown":  # ignored like any unknown field: the code is good
        assert r.status_code == 200, r.text
        return
    assert_client_error(r)
    if field in ("code", "desk_id"):
        return
    # the code was not used up by the refused request
    good = httpx.post(hub.api("/enroll"), json={**body, "desk_id": str(uuid.uuid4())})
    assert good.status_code == 200, good.text


def test_a_lone_surrogate_and_an_overlong_field_together(hub):
    """The validation error would echo the bad input back: it must still be JSON."""
    raw = '{"code":"%s","desk_id":"\\ud800"}' % ("\\udbff" * 100)
    r = httpx.post(
        hub.api("/enroll"), content=raw.encode(), headers={"Content-Type": "application/json"}
    )
    assert_client_error(r)
    _, headers = enroll(hub)
    r = httpx.post(
        hub.api("/sync/batch"),
        content=b'{"items":"\\ud800"}',
        headers={**headers, "Content-Type": "application/json"},
    )
    assert_client_error(r)
