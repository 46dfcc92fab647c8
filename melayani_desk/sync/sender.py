"""The sender: upload the outbox to the hub in batches, exactly once from the desk's side.

One pass sends pending items oldest first, one batch at a time. An item is marked only
after the hub's answer about it arrived: ``created``/``duplicate`` -> sent; ``conflict``
-> quarantined. Only that answer quarantines: the hub's own JSON (200, a result for
every uuid sent) naming the item. Any other 4xx (a proxy's 403 block page, a 404 or 407
from something in between, a front server's 400, even the hub's 413/422 about the
request as a whole) says nothing about one item: the batch is halved to find the items
that cannot pass (so one referral a content filter dislikes does not hold back the
others), and those stay pending with the reason, to be tried again; at most
``MAX_REFUSED`` such answers per pass. 401 stops the pass (token rejected) and marks
nothing; 5xx, 408/425/429, timeouts, resets and unreadable answers mark nothing. A pass
that did not finish schedules the next attempt with full-jitter exponential backoff
(persisted as ``next_attempt_at``). Waiting for that time is the caller's job.

Items quarantined by releases before this rule (reason ``HTTP <status>: ...``, written
for a whole batch refused by anything) are put back in the queue at the start of a pass.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from melayani_core.referrals.conflicts import describe as describe_conflict
from melayani_core.referrals.model import OutboxItem
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient, HubError, describe, detail, json_body
from melayani_desk.sync.state import SyncStore, iso

MAX_ITEMS = 500
MAX_BYTES = 1536 * 1024  # the hub refuses bodies above 2 MiB
ACKED = ("created", "duplicate")
TRANSIENT_4XX = (408, 425, 429)
TOKEN_REJECTED = "token ditolak oleh hub: daftarkan ulang meja ini (melayani-desk enroll)"
MAX_REFUSED = 24  # non-hub 4xx answers per pass: enough to isolate two items in 500
HUB_CONFLICT = "ditolak hub: "  # the reason of every quarantine this sender writes
LEGACY_QUARANTINE = "HTTP "  # the reason older releases wrote for a whole refused batch
REFUSED = (
    "ditolak oleh perantara jaringan, bukan oleh hub ({why}); tetap dalam antrean dan "
    "dicoba lagi. Jika terus terjadi, minta petugas jaringan memeriksa proxy/filter internet"
)


@dataclass
class Backoff:
    """Full-jitter exponential backoff: sleep = uniform(0, min(cap, base * 2**attempt))."""

    base: float = 15.0
    cap: float = 1800.0
    rng: Callable[[float, float], float] = random.uniform

    def delay(self, attempt: int) -> float:
        return self.rng(0.0, min(self.cap, self.base * 2 ** min(attempt, 32)))

    def next_at(self, now: datetime, attempt: int) -> datetime:
        return now + timedelta(seconds=self.delay(attempt))


@dataclass
class UploadResult:
    online: bool = True
    created: int = 0
    duplicates: int = 0
    quarantined: int = 0  # newly held back by the hub in this pass
    held: int = 0  # everything held back (quarantined) after the pass
    released: int = 0  # items of older releases' whole-batch quarantine put back in the queue
    refused: int = 0  # items something between desk and hub refused; still pending
    refused_reason: str = ""
    pending: int = 0  # left after the pass
    batches: int = 0
    token_rejected: bool = False
    error: str = ""  # why the pass stopped early ("" = everything pending was answered)
    next_attempt_at: str | None = None

    @property
    def sent(self) -> int:
        return self.created + self.duplicates

    @property
    def answered(self) -> bool:
        """The hub answered the whole pass (items refused on the way may remain)."""
        return self.online and not self.error

    @property
    def complete(self) -> bool:
        return self.answered and not self.refused


class _Stop(Exception):
    """End the pass without marking the batch (transient failure or rejected token)."""

    def __init__(self, message: str, *, token: bool = False):
        super().__init__(message)
        self.message = message
        self.token = token


@dataclass(frozen=True)
class Batch:
    """Items to send together: their uuids and each item's JSON, encoded once."""

    uuids: list[str]
    parts: list[bytes]

    def body(self) -> bytes:
        return b'{"items":[' + b",".join(self.parts) + b"]}"

    def halves(self) -> tuple[Batch, Batch]:
        n = len(self.uuids) // 2
        return (
            Batch(self.uuids[:n], self.parts[:n]),
            Batch(self.uuids[n:], self.parts[n:]),
        )


def _encode(item: OutboxItem) -> bytes:
    wire = {"type": item.item_type, "uuid": item.item_uuid, "payload": item.payload}
    return json.dumps(wire, ensure_ascii=False, separators=(",", ":")).encode()


def take_batch(
    items: list[OutboxItem], max_items: int = MAX_ITEMS, max_bytes: int = MAX_BYTES
) -> Batch:
    """The FIFO prefix of ``items`` within the count and byte limits (at least one item)."""
    batch = Batch([], [])
    total = 16
    for item in items[:max_items]:
        part = _encode(item)
        if batch.parts and total + len(part) + 1 > max_bytes:
            break
        batch.uuids.append(item.item_uuid)
        batch.parts.append(part)
        total += len(part) + 1
    return batch


class _Pass:
    def __init__(self, log: ReferralLog, client: HubClient, result: UploadResult):
        self.log = log
        self.client = client
        self.result = result
        self.skipped: set[str] = set()  # refused on the way in this pass: not sent again
        self.refusals = 0

    def next_batch(self) -> Batch:
        items = self.log.pending(MAX_ITEMS + len(self.skipped))
        return take_batch([i for i in items if i.item_uuid not in self.skipped])

    def send(self, batch: Batch) -> None:
        """Send one batch and mark what was answered; raises _Stop to end the pass."""
        try:
            status, body = self.client.post_json("/sync/batch", batch.body())
        except httpx.HTTPError as exc:
            raise _Stop(describe(exc)) from None
        except HubError as exc:
            raise _Stop(exc.message) from None
        if status == 200:
            self._answered(batch.uuids, json_or_stop(body))
        elif status == 401:
            raise _Stop(TOKEN_REJECTED, token=True)
        elif 400 <= status < 500 and status not in TRANSIENT_4XX:
            self._refused(batch, f"HTTP {status}: {detail(body)}")
        else:
            raise _Stop(f"hub menjawab HTTP {status}: {detail(body)}")

    def _refused(self, batch: Batch, why: str) -> None:
        """A 4xx that is not the hub's answer about items: find what cannot pass by halving
        (within MAX_REFUSED answers a pass); what cannot pass stays pending, with why."""
        self.refusals += 1
        message = REFUSED.format(why=why)
        if self.refusals >= MAX_REFUSED:
            raise _Stop(message)
        if len(batch.uuids) > 1:
            first, second = batch.halves()
            self.send(first)
            self.send(second)
            return
        self.log.mark(batch.uuids, "pending", message)
        self.skipped.update(batch.uuids)
        self.result.refused += 1
        self.result.refused_reason = message

    def _answered(self, uuids: list[str], answer: Any) -> None:
        results = answer.get("results") if isinstance(answer, dict) else None
        if not isinstance(results, list) or len(results) != len(uuids):
            raise _Stop("jawaban hub tidak lengkap")
        by_uuid: dict[str, tuple[str, str]] = {}
        for entry in results:
            if not isinstance(entry, dict) or entry.get("status") not in (*ACKED, "conflict"):
                raise _Stop("jawaban hub tidak dikenal")
            detail = str(entry.get("detail") or "")
            code = entry.get("code") if isinstance(entry.get("code"), str) else None
            by_uuid[str(entry.get("uuid"))] = (entry["status"], describe_conflict(code, detail))
        if set(by_uuid) != set(uuids):
            raise _Stop("jawaban hub tidak cocok dengan kiriman")
        created = [u for u in uuids if by_uuid[u][0] == "created"]
        dupes = [u for u in uuids if by_uuid[u][0] == "duplicate"]
        if created or dupes:
            self.log.mark(created + dupes, "sent")
        conflicts: dict[str, list[str]] = {}
        for u in uuids:
            if by_uuid[u][0] == "conflict":
                conflicts.setdefault(by_uuid[u][1], []).append(u)
        for why, group in conflicts.items():
            self.log.mark(group, "quarantined", HUB_CONFLICT + why)
        self.result.created += len(created)
        self.result.duplicates += len(dupes)
        self.result.quarantined += len(uuids) - len(created) - len(dupes)


def json_or_stop(body: bytes) -> Any:
    try:
        return json_body(body)
    except HubError as exc:
        raise _Stop(exc.message) from None


def upload(
    log: ReferralLog,
    client: HubClient,
    *,
    now: datetime | None = None,
    max_batches: int | None = None,
    backoff: Backoff | None = None,
    check_online: bool = True,
) -> UploadResult:
    """One upload pass; the outcome (and any retry schedule) is saved in the sync state."""
    now = now or datetime.now(UTC)
    store = SyncStore(log.db)
    result = UploadResult()
    if check_online:
        result.online, why = client.online()
        if not result.online:
            result.error = why
    if result.online:
        result.released = log.retry_held(reason_prefix=LEGACY_QUARANTINE)
    work = _Pass(log, client, result)
    try:
        while result.online and (max_batches is None or result.batches < max_batches):
            batch = work.next_batch()
            if not batch.uuids:
                break
            result.batches += 1
            work.send(batch)
    except _Stop as stop:
        result.error = stop.message
        result.token_rejected = stop.token
    counts = log.counts()
    result.pending, result.held = counts["pending"], counts["quarantined"]
    _record(store, result, now, backoff or Backoff())
    return result


def _record(store: SyncStore, result: UploadResult, now: datetime, backoff: Backoff) -> None:
    if result.complete:
        store.update(
            last_attempt_at=iso(now),
            last_success_at=iso(now),
            last_error="",
            consecutive_failures=0,
            next_attempt_at=None,
        )
        return
    failures = store.load().consecutive_failures
    result.next_attempt_at = iso(backoff.next_at(now, failures))
    store.update(
        last_attempt_at=iso(now),
        last_error=result.error or f"{result.refused} item {result.refused_reason}",
        consecutive_failures=failures + 1,
        next_attempt_at=result.next_attempt_at,
    )
