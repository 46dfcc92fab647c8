"""Learn this desk's referral-code prefix from the hub (``GET /api/v1/desk``).

A desk enrolled by this release gets its prefix in the enrollment answer; a desk enrolled
before (or by an older hub) asks once per sync pass until it has one. Until then it keeps
its own prefix (melayani_core/referrals/codes.py), so a referral is never held up.
"""

from __future__ import annotations

import httpx

from melayani_core.referrals.codes import valid_prefix
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient, HubError, json_body


def learn_desk_code(log: ReferralLog, client: HubClient) -> str | None:
    """The prefix the hub gave, now stored; None when the desk already had it, or the
    hub gave none (an older hub; a fault: asked again next pass)."""
    if log.desk.code_from_hub:
        return None
    try:
        status, body = client.request("GET", "/desk")
        answer = json_body(body) if status == 200 else None
    except (httpx.HTTPError, HubError):
        return None
    code = answer.get("desk_code") if isinstance(answer, dict) else None
    if not valid_prefix(code):
        return None
    log.set_code(code)
    return code
