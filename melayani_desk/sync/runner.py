"""SyncRunner: one sync pass (upload, then directory) and a status summary, for CLI and window.

Plain Python, safe to call from a worker thread: every call opens its own desk database
engine, directory reader and HTTP client and closes them before returning. Passes of
one runner never overlap (a second concurrent call returns at once, ``skipped``).
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from melayani_core.progress import Progress, silent
from melayani_core.storage.directory_db import DirectoryError, DirectoryReader, DirectoryStore
from melayani_desk.diskfull import command_message, is_disk_full
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.referrals.retention import purge
from melayani_desk.sync.client import Deadline, HubClient
from melayani_desk.sync.desk_code import learn_desk_code
from melayani_desk.sync.sender import Backoff, UploadResult, upload
from melayani_desk.sync.state import SyncState, SyncStore, parse_iso
from melayani_desk.sync.updater import SIZE_LIMIT, DirectoryResult, update_directory

OLD_AFTER_DAYS = 30
PASS_DEADLINE_S = 300.0  # one whole pass: upload, manifest, snapshot (see decisions)
CLOCK_SLACK = timedelta(minutes=2)  # clock adjustments this small do not void a schedule
NOT_ENROLLED = (
    "Meja ini belum terdaftar ke hub. Jalankan: melayani-desk enroll --hub ALAMAT "
    "--code KODE --trust-key KUNCI"
)

HELD_HINT = (
    "Yang ditahan hub tidak hilang: lihat alasannya dengan melayani-desk sync --held, "
    "kirim ulang dengan melayani-desk sync --retry-held."
)


@dataclass
class SyncReport:
    enrolled: bool = True
    skipped: str = ""  # why no pass ran ("" = it ran)
    upload: UploadResult | None = None
    directory: DirectoryResult | None = None
    failed: str = ""  # why the pass stopped on this computer (a full disk), "" = it did not

    @property
    def ok(self) -> bool:
        """Everything pending was answered and no directory was rejected."""
        if self.failed:
            return False
        if not self.enrolled or self.upload is None or not self.upload.complete:
            return False
        return self.directory is None or self.directory.status not in ("rejected", "error")

    def as_dict(self) -> dict[str, Any]:
        up = self.upload
        return {
            "enrolled": self.enrolled,
            "skipped": self.skipped,
            "failed": self.failed,
            "ok": self.ok,
            "upload": None if up is None else {**asdict(up), "sent": up.sent},
            "directory": None if self.directory is None else asdict(self.directory),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyncReport:
        """The report ``as_dict`` gave (derived keys such as ``ok`` and ``sent`` ignored)."""
        if not isinstance(data, dict):
            raise TypeError("a sync report must be a JSON object")
        up, d = data.get("upload"), data.get("directory")
        return cls(
            enrolled=bool(data["enrolled"]),
            skipped=str(data.get("skipped") or ""),
            failed=str(data.get("failed") or ""),
            upload=None if up is None else _from_fields(UploadResult, up),
            directory=None if d is None else _from_fields(DirectoryResult, d),
        )

    def lines(self) -> list[str]:
        """The summary for the clerk, in Indonesian."""
        if not self.enrolled:
            return [NOT_ENROLLED]
        if self.skipped:
            return [f"Sinkronisasi tidak dijalankan: {self.skipped}."]
        if self.failed:
            return [self.failed]
        out: list[str] = []
        up = self.upload
        if up is not None:
            if not up.online:
                out.append(f"Hub tidak terjangkau (offline): {up.error}. Tidak ada yang ditandai.")
            else:
                out.append(
                    f"Terkirim: {up.sent} ({up.created} baru, {up.duplicates} sudah ada di hub); "
                    f"ditahan hub: {up.held} ({up.quarantined} baru); "
                    f"menunggu kirim: {up.pending}."
                )
                if up.released:
                    out.append(
                        f"{up.released} item yang dulu ditahan karena jawaban bukan dari hub "
                        "dikembalikan ke antrean."
                    )
                if up.refused:
                    out.append(f"{up.refused} item {up.refused_reason}.")
                if up.error:
                    out.append(f"Pengiriman berhenti: {up.error}.")
                if up.held:
                    out.append(HELD_HINT)
            if up.next_attempt_at:
                out.append(f"Dicoba lagi setelah {up.next_attempt_at}.")
        d = self.directory
        if d is not None:
            out.append("Direktori: " + _directory_line(d))
        return out


def _from_fields(kind: type, data: dict[str, Any]):  # noqa: ANN202 - an instance of kind
    if not isinstance(data, dict):
        raise TypeError(f"{kind.__name__} must be a JSON object")
    return kind(**{f.name: data[f.name] for f in fields(kind) if f.name in data})


def _directory_line(d: DirectoryResult) -> str:
    if d.status == "updated":
        return f"diperbarui ke v{d.version}."
    if d.status == "up_to_date":
        return f"sudah terbaru (v{d.installed})."
    if d.status == "none":
        return "hub belum menerbitkan direktori."
    if d.status == "expired":
        return f"PERINGATAN: {d.reason}"
    if d.status == "rejected":
        return f"pembaruan DITOLAK: {d.reason}. Direktori v{d.installed} tetap dipakai."
    return f"tidak bisa diperiksa sekarang ({d.reason})."


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str | None
    pending: int
    quarantined: int
    sent: int
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str
    next_attempt_at: str | None
    consecutive_failures: int
    directory_version: int
    directory_source: str
    directory_age_days: int | None
    warning: str  # "" | "old" | "expired"
    warning_text: str


def status_headers(state: SyncState, pending: int) -> dict[str, str]:
    """What the desk tells the hub about itself (docs/sync-protocol.md, "Desk status
    headers"): its directory version, referrals still to send, and its last error."""
    return {
        "X-Melayani-Directory-Version": str(state.directory_version),
        "X-Melayani-Pending": str(pending),
        "X-Melayani-Last-Error": quote(state.last_error[:500]),
    }


class SyncRunner:
    """Runs sync passes for the desk whose data lives in ``data_dir``."""

    def __init__(
        self,
        data_dir: Path,
        *,
        transport: httpx.BaseTransport | None = None,
        backoff: Backoff | None = None,
        size_limit: int = SIZE_LIMIT,
        deadline_s: float = PASS_DEADLINE_S,
        progress: Progress = silent,
    ):
        """``progress``: the directory update's download and build (the command line)."""
        self.data_dir = Path(data_dir)
        self.progress = progress
        self.deadline_s = deadline_s
        self.transport = transport
        self.backoff = backoff or Backoff()
        self.size_limit = size_limit
        self._busy = threading.Lock()

    def run_once(self, *, force: bool = False, now: datetime | None = None) -> SyncReport:
        """One pass: upload, then directory. Without ``force`` a scheduled retry is honoured."""
        if not self._busy.acquire(blocking=False):
            return SyncReport(skipped="sinkronisasi lain sedang berjalan")
        try:
            return self._run(force, now or datetime.now(UTC))
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            return SyncReport(failed=command_message("sync"))  # the sent state is redone next
        finally:
            self._busy.release()

    def _run(self, force: bool, now: datetime) -> SyncReport:
        log = ReferralLog(self.data_dir)
        try:
            purge(self.data_dir, log, now)  # overdue citizen details never leave the desk
            store = SyncStore(log.db)
            state = store.load()
            if not state.enrolled:
                return SyncReport(enrolled=False)
            if not force and self._waiting(state, now):
                return SyncReport(skipped=f"menunggu jadwal coba lagi ({state.next_attempt_at})")
            assert state.hub_url and state.token
            deadline = Deadline(self.deadline_s)  # network only: the build is bounded work
            try:
                client = HubClient(
                    state.hub_url, state.token, transport=self.transport, deadline=deadline,
                    status=status_headers(state, log.counts()["pending"]),
                )
            except ValueError as exc:  # e.g. enrolled to a plain http:// hub before 0.3
                store.update(last_error=str(exc))
                return SyncReport(failed=str(exc))
            with client:
                uploaded = upload(log, client, now=now, backoff=self.backoff)
                report = SyncReport(upload=uploaded)
                if uploaded.answered:  # the hub answered well: now the directory
                    learn_desk_code(log, client)
                    report.directory = update_directory(
                        self.data_dir,
                        client,
                        store,
                        now=now,
                        size_limit=self.size_limit,
                        progress=self.progress,
                    )
                    if report.directory.status in ("rejected", "error"):
                        store.update(last_error="Direktori: " + report.directory.reason)
            return report
        finally:
            log.close()

    def _waiting(self, state: SyncState, now: datetime) -> bool:
        """Whether a scheduled retry is still ahead. A schedule no backoff could have made
        (further ahead than its cap), or made at a time still to come (the clock moved
        back since: a PC whose clock ran years ahead and was then fixed), is not believed:
        the pass runs now and, if it fails, schedules again from the clock as it is."""
        due = parse_iso(state.next_attempt_at)
        if due is None or due <= now:
            return False
        if due - now > timedelta(seconds=self.backoff.cap) + CLOCK_SLACK:
            return False
        made = parse_iso(state.last_attempt_at)
        return not (made is not None and made > now + CLOCK_SLACK)

    def status(self, now: datetime | None = None) -> SyncStatus:
        now = now or datetime.now(UTC)
        log = ReferralLog(self.data_dir)
        try:
            counts = log.counts()
            state = SyncStore(log.db).load()
        finally:
            log.close()
        meta = _directory_meta(self.data_dir)
        version = max(state.directory_version, int(meta.get("version", "0") or 0))
        born = parse_iso(state.directory_issued_at) if version == state.directory_version else None
        born = born or parse_iso(meta.get("built_at"))
        age = max(0, (now - born).days) if born else None
        expires = parse_iso(state.directory_expires)
        warning, text = "", ""
        if state.directory_warning or (expires and expires < now and version > 0):
            warning = "expired"
            text = state.directory_warning or (
                f"Direktori v{version} kedaluwarsa sejak {expires.date().isoformat()}."
                if expires
                else ""
            )
        elif age is not None and age > OLD_AFTER_DAYS:
            warning, text = "old", f"Direktori berumur {age} hari; sinkronkan dengan hub."
        return SyncStatus(
            enrolled=state.enrolled,
            hub_url=state.hub_url,
            pending=counts["pending"],
            quarantined=counts["quarantined"],
            sent=counts["sent"],
            last_success_at=state.last_success_at,
            last_attempt_at=state.last_attempt_at,
            last_error=state.last_error,
            next_attempt_at=state.next_attempt_at,
            consecutive_failures=state.consecutive_failures,
            directory_version=version,
            directory_source=meta.get("source", ""),
            directory_age_days=age,
            warning=warning,
            warning_text=text,
        )


def _directory_meta(data_dir: Path) -> dict[str, str]:
    try:
        current = DirectoryStore(data_dir).current()
        if current is None:
            return {}
        reader = DirectoryReader(current)
        try:
            return dict(reader.meta)
        finally:
            reader.close()
    except (DirectoryError, OSError):
        return {}
