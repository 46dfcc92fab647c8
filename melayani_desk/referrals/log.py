"""The referral log of this desk: record referrals, outcomes and contact problems; queue them.

Every record is written in one transaction with its outbox row, so a record is never
logged without being queued for the hub, nor queued without being logged. Records are
never updated or deleted (the database refuses it, by trigger); only the outbox state
of a record changes.

Plain sqlite3 with parameterised SQL (``storage/sql.py`` lends the connections; input
checks are in ``checks.py``, rows become records in ``rows.py``, the outbox's SQL is in
``outbox.py``): opening the log imports neither SQLAlchemy nor Alembic.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from melayani_core.referrals.codes import make_code, new_prefix, normalise_code, valid_prefix
from melayani_core.referrals.model import (
    CHANNELS,
    FOUND_VIA,
    LEARN_BELOW_RANK,
    OUTCOMES,
    REPORT_KINDS,
    SYNC_STATES,
    ContactReport,
    DeskInfo,
    OutboxItem,
    Outcome,
    Referral,
    ReferralError,
    ReferralView,
    UnmetNeed,
)
from melayani_core.storage.directory_db import DirectoryReader
from melayani_desk.referrals import checks, outbox, rows
from melayani_desk.referrals.checks import MAX_NAME, MAX_NEED, MAX_NOTE
from melayani_desk.storage.desk_db import open_desk_db
from melayani_desk.storage.sql import chunks, marks

REFERRAL_FIELDS = rows.REFERRAL_FIELDS
OUTCOME_FIELDS = rows.OUTCOME_FIELDS
REPORT_FIELDS = rows.REPORT_FIELDS
UNMET_FIELDS = rows.UNMET_FIELDS

_INSERT_REFERRAL = rows.insert("referrals", REFERRAL_FIELDS)
_INSERT_OUTCOME = rows.insert("outcomes", OUTCOME_FIELDS)
_INSERT_REPORT = rows.insert("contact_reports", REPORT_FIELDS)
_INSERT_UNMET = rows.insert("unmet_needs", UNMET_FIELDS)
_DESK = f"SELECT {rows.columns(rows.DESK_FIELDS)} FROM desk WHERE id = 1"
# the next sequence number and the code prefix as stored now (enrollment may change it),
# read under the write lock: max(seq) is one step down the (desk_id, seq) unique index
_NEXT = (
    "SELECT (SELECT code FROM desk WHERE id = 1), "
    "(SELECT max(seq) FROM referrals WHERE desk_id = ?)"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _new_uuid() -> str:
    return str(uuidlib.uuid4())


def _utc_start(day: date) -> str:
    """The UTC timestamp at which ``day`` begins in this machine's local time."""
    start = datetime.combine(day, time.min).astimezone()
    return start.astimezone(UTC).isoformat(timespec="seconds")


def _directory_version(reader: DirectoryReader) -> int:
    try:
        return int(reader.meta.get("version", "0") or 0)
    except ValueError:
        return 0


class ReferralLog:
    """This desk's referral log and outbox, in ``data_dir/desk.sqlite``."""

    def __init__(self, data_dir: Path):
        self.db = open_desk_db(Path(data_dir))
        try:
            self.desk = self._ensure_desk()
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def _enqueue(self, con: sqlite3.Connection, item_type: str, item_uuid: str, now: str) -> None:
        """Queue a record for the hub, in the transaction that logs it."""
        outbox.enqueue(con, item_type, item_uuid, now)

    # --- desk identity -----------------------------------------------------------------
    def _ensure_desk(self) -> DeskInfo:
        with self.db.write() as con:
            row = con.execute(_DESK).fetchone()
            if row is None:
                con.execute(
                    "INSERT INTO desk (id, desk_id, created_at, code) VALUES (1, ?, ?, ?)",
                    (_new_uuid(), _now(), new_prefix()),
                )
                row = con.execute(_DESK).fetchone()
            elif not row[rows.DESK_FIELDS.index("code")]:
                con.execute("UPDATE desk SET code = ? WHERE id = 1", (new_prefix(),))
                row = con.execute(_DESK).fetchone()
            return rows.desk(row)

    def set_code(self, code: str) -> None:
        """Keep the referral-code prefix the hub gave this desk (enrollment, GET /desk).
        Referrals already logged keep the codes they were given."""
        if not valid_prefix(code):
            raise ReferralError(f"Kode meja dari hub tidak sah: {code!r}.", "code")
        with self.db.write() as con:
            con.execute("UPDATE desk SET code = ?, code_from_hub = 1 WHERE id = 1", (code,))
            self.desk = rows.desk(con.execute(_DESK).fetchone())

    def set_desk(
        self, name: str | None = None, kecamatan: str | None = None, desa: str | None = None
    ) -> None:
        given = {"name": name, "kecamatan": kecamatan, "desa": desa}
        labels = {"name": "Nama meja", "kecamatan": "Kecamatan", "desa": "Desa/kelurahan"}
        values = {
            k: checks.clean(v, k, labels[k], MAX_NAME) for k, v in given.items() if v is not None
        }
        if not values:
            return
        assignments = ", ".join(f"{key} = ?" for key in values)  # keys: the three above
        with self.db.write() as con:
            con.execute(f"UPDATE desk SET {assignments} WHERE id = 1", tuple(values.values()))
            self.desk = rows.desk(con.execute(_DESK).fetchone())

    # --- writing records -----------------------------------------------------------------
    def record_referral(
        self,
        *,
        reader: DirectoryReader,
        service_id: str,
        contact_id: str,
        channel: str,
        need_text: str = "",
        note: str = "",
        consent: bool = False,
        citizen_name: str = "",
        citizen_phone: str = "",
        citizen_village: str = "",
        lapor_id: str = "",
        supersedes: str | None = None,
        found_via: str = "",
        search_rank: int = 0,
    ) -> Referral:
        """Log one referral (and queue it) in one transaction; returns it as stored.

        ``found_via`` / ``search_rank``: how the clerk found the service ("search" at that
        place of the results, or "browse"); they teach the search (referrals/learning.py).
        """
        checks.one_of(channel, CHANNELS, "channel", "Cara rujukan")
        checks.one_of(found_via, FOUND_VIA, "found_via", "Cara menemukan layanan")
        checks.search_rank(search_rank)
        need = checks.clean(need_text, "need_text", "Kebutuhan warga", MAX_NEED)
        note = checks.clean(note, "note", "Catatan", MAX_NOTE)
        lapor = checks.lapor(lapor_id)
        name, phone, village = checks.citizen(consent, citizen_name, citizen_phone, citizen_village)
        service = reader.service(service_id)
        if service is None:
            raise ReferralError(
                f"Layanan dengan id {service_id!r} tidak ada di direktori.", "service_id"
            )
        contact = reader.contact(contact_id)
        if contact is None:
            raise ReferralError(
                f"Kontak dengan id {contact_id!r} tidak ada di direktori.", "contact_id"
            )
        org = reader.organization(service.org_id)  # one row, whatever the directory's size
        now = _now()
        record = Referral(
            uuid=_new_uuid(),
            desk_id=self.desk.desk_id,
            seq=0,  # taken under the write lock below
            created_at=now,
            need_text=need,
            service_id=service.service_id,
            service_name=service.name,
            org_id=service.org_id,
            org_name=org.name if org else "",
            org_short_name=org.short_name if org else "",
            authority=service.authority,
            authority_note=service.authority_note or (org.authority_note if org else ""),
            contact_id=contact.contact_id,
            contact_name=contact.name,
            contact_position=contact.position,
            contact_whatsapp=contact.whatsapp,
            contact_phone=contact.phone,
            channel=channel,
            note=note,
            citizen_consent=bool(consent),
            citizen_name=name,
            citizen_phone=phone,
            citizen_village=village,
            lapor_id=lapor,
            supersedes_uuid=supersedes or None,
            directory_version=_directory_version(reader),
            directory_is_sample=reader.is_sample,
            found_via=found_via,
            search_rank=search_rank,
        )
        with self.db.write() as con:
            if supersedes:
                self._check_supersedes(con, supersedes)
            prefix, last = con.execute(_NEXT, (record.desk_id,)).fetchone()
            seq = (last or 0) + 1
            record = replace(record, seq=seq, code=make_code(prefix, seq))
            con.execute(_INSERT_REFERRAL, [getattr(record, f) for f in REFERRAL_FIELDS])
            self._enqueue(con, "referral", record.uuid, now)
        return record

    def _check_supersedes(self, con: sqlite3.Connection, old_uuid: str) -> None:
        if con.execute("SELECT 1 FROM referrals WHERE uuid = ?", (old_uuid,)).fetchone() is None:
            raise ReferralError(
                f"Rujukan {old_uuid!r} yang dikoreksi tidak ada di log meja ini.", "supersedes"
            )
        newer = con.execute(
            "SELECT uuid FROM referrals WHERE supersedes_uuid = ?", (old_uuid,)
        ).fetchone()
        if newer is not None:
            raise ReferralError(
                f"Rujukan {old_uuid!r} sudah dikoreksi oleh {newer[0]!r}; koreksi rujukan itu.",
                "supersedes",
            )

    def record_outcome(
        self, referral_uuid: str, outcome: str, note: str = "", lapor_id: str = ""
    ) -> Outcome:
        """Log what came of a referral, as its own record (the referral is not changed);
        ``lapor_id``: the SP4N-LAPOR! tracking id the citizen got since."""
        checks.one_of(outcome, OUTCOMES, "outcome", "Hasil rujukan")
        note = checks.clean(note, "note", "Catatan", MAX_NOTE)
        lapor = checks.lapor(lapor_id)
        now = _now()
        record = Outcome(
            uuid=_new_uuid(),
            referral_uuid=referral_uuid,
            outcome=outcome,
            note=note,
            created_at=now,
            lapor_id=lapor,
        )
        with self.db.write() as con:
            found = con.execute("SELECT 1 FROM referrals WHERE uuid = ?", (referral_uuid,))
            if found.fetchone() is None:
                raise ReferralError(
                    f"Rujukan {referral_uuid!r} tidak ada di log meja ini.", "referral_uuid"
                )
            con.execute(_INSERT_OUTCOME, [getattr(record, f) for f in OUTCOME_FIELDS])
            self._enqueue(con, "outcome", record.uuid, now)
        return record

    def report_contact(
        self,
        *,
        reader: DirectoryReader,
        contact_id: str,
        kind: str,
        note: str = "",
        service_id: str | None = None,
    ) -> ContactReport:
        """Log a problem with a directory contact (wrong number, not answering, moved...)."""
        checks.one_of(kind, REPORT_KINDS, "kind", "Jenis masalah")
        note = checks.clean(note, "note", "Catatan", MAX_NOTE)
        contact = reader.contact(contact_id)
        if contact is None:
            raise ReferralError(
                f"Kontak dengan id {contact_id!r} tidak ada di direktori.", "contact_id"
            )
        if service_id and reader.service(service_id) is None:
            raise ReferralError(
                f"Layanan dengan id {service_id!r} tidak ada di direktori.", "service_id"
            )
        now = _now()
        record = ContactReport(
            uuid=_new_uuid(),
            contact_id=contact.contact_id,
            contact_name=contact.name,
            org_id=contact.org_id,
            service_id=service_id or None,
            kind=kind,
            note=note,
            created_at=now,
        )
        with self.db.write() as con:
            con.execute(_INSERT_REPORT, [getattr(record, f) for f in REPORT_FIELDS])
            self._enqueue(con, "contact_report", record.uuid, now)
        return record

    def record_unmet(self, need_text: str) -> UnmetNeed | None:
        """Log a need that found no service (queued for the hub); None for an empty need."""
        need = checks.clean(need_text, "need_text", "Kebutuhan warga", MAX_NEED)
        if not need:
            return None
        now = _now()
        record = UnmetNeed(uuid=_new_uuid(), need_text=need, created_at=now)
        with self.db.write() as con:
            con.execute(_INSERT_UNMET, [getattr(record, f) for f in UNMET_FIELDS])
            self._enqueue(con, "unmet_need", record.uuid, now)
        return record

    # --- reading -------------------------------------------------------------------------
    def taught(self, limit: int = 5000) -> list[tuple[str, str]]:
        """(need text, service id) of the referrals that teach the search, newest first:
        found by browsing, or chosen below the first ``LEARN_BELOW_RANK`` results, with a
        need typed, and not corrected by a later referral."""
        with self.db.read() as con:
            found = con.execute(
                "SELECT r.need_text, r.service_id FROM referrals r "
                "WHERE r.need_text != '' AND (r.found_via = 'browse' OR r.search_rank > ?) "
                "AND NOT EXISTS (SELECT 1 FROM referrals n WHERE n.supersedes_uuid = r.uuid) "
                "ORDER BY r.id DESC LIMIT ?",
                (LEARN_BELOW_RANK, limit),
            ).fetchall()
        return [(need, sid) for need, sid in found]

    def referrals(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        org_id: str | None = None,
        channel: str | None = None,
        sync_state: str | None = None,
        uuid: str | None = None,
        seq: int | None = None,
        code: str | None = None,
        limit: int = 1000,
    ) -> list[ReferralView]:
        """Referrals, newest first; ``since``/``until`` are local calendar days, inclusive."""
        if channel:
            checks.one_of(channel, CHANNELS, "channel", "Cara rujukan")
        if sync_state:
            checks.one_of(sync_state, SYNC_STATES, "sync_state", "Status kirim")
        wanted: list[tuple[str, object]] = []  # (condition, its parameter)
        if since is not None:
            wanted.append(("r.created_at >= ?", _utc_start(since)))
        if until is not None:
            wanted.append(("r.created_at < ?", _utc_start(until + timedelta(days=1))))
        for condition, value in (
            ("r.org_id = ?", org_id),
            ("r.channel = ?", channel),
            ("o.state = ?", sync_state),
            ("r.uuid = ?", uuid),
        ):
            if value:
                wanted.append((condition, value))
        if seq is not None:
            wanted.append(("r.seq = ?", seq))
        if code is not None:
            wanted.append(("r.code = ?", code))
        where = " AND ".join(condition for condition, _ in wanted)
        params: list[object] = [value for _, value in wanted]
        query = (
            f"SELECT {rows.columns(REFERRAL_FIELDS, 'r')}, o.state, o.last_error "
            "FROM referrals r LEFT JOIN outbox o ON o.item_uuid = r.uuid"
            + (f" WHERE {where}" if where else "")
            + " ORDER BY r.id DESC LIMIT ?"
        )
        params.append(limit)
        with self.db.read() as con:
            found = con.execute(query, params).fetchall()
            uuids = [row[0] for row in found]  # uuid is the first field
            latest: dict[str, Outcome] = {}
            lapor: dict[str, str] = {}  # the latest LAPOR! id given with an outcome
            corrected: dict[str, str] = {}
            for part in chunks(uuids):
                for row in con.execute(
                    f"SELECT {rows.columns(OUTCOME_FIELDS)} FROM outcomes "
                    f"WHERE referral_uuid IN ({marks(part)}) ORDER BY id",
                    part,
                ):
                    o = rows.outcome(row)
                    latest[o.referral_uuid] = o
                    if o.lapor_id:
                        lapor[o.referral_uuid] = o.lapor_id
                corrected.update(
                    con.execute(
                        "SELECT supersedes_uuid, uuid FROM referrals "
                        f"WHERE supersedes_uuid IN ({marks(part)})",
                        part,
                    ).fetchall()
                )
        views = []
        for row in found:
            values = rows.referral_values(row)
            ref_uuid, lapor_id = values[0], values[REFERRAL_FIELDS.index("lapor_id")]
            state, error = row[rows.N_REFERRAL], row[rows.N_REFERRAL + 1]
            views.append(
                ReferralView(
                    **dict(zip(REFERRAL_FIELDS, values, strict=True)),
                    outcome=latest.get(ref_uuid),
                    sync_state=state or "pending",
                    superseded_by=corrected.get(ref_uuid),
                    last_error=error or "",
                    lapor=lapor_id or lapor.get(ref_uuid, ""),
                )
            )
        return views

    def referral(self, key: str) -> ReferralView | None:
        """One referral by its uuid, its sequence number, or its slip code ("K7QD-0012",
        as stored when it was logged: a code printed before enrollment still finds it)."""
        key = key.strip()
        code = normalise_code(key) if len(key) <= 16 else None
        if key.isdigit():
            found = self.referrals(seq=int(key), limit=1)
        elif code is not None:
            found = self.referrals(code=code, limit=1)
        else:
            found = self.referrals(uuid=key, limit=1)
        return found[0] if found else None

    def outcomes(self, referral_uuid: str) -> list[Outcome]:
        """The outcomes of one referral, oldest first."""
        with self.db.read() as con:
            found = con.execute(
                f"SELECT {rows.columns(OUTCOME_FIELDS)} FROM outcomes "
                "WHERE referral_uuid = ? ORDER BY id",
                (referral_uuid,),
            ).fetchall()
        return [rows.outcome(row) for row in found]

    def contact_reports(self) -> list[ContactReport]:
        """Every contact problem reported at this desk, newest first."""
        with self.db.read() as con:
            found = con.execute(
                f"SELECT {rows.columns(REPORT_FIELDS)} FROM contact_reports ORDER BY id DESC"
            ).fetchall()
        return [rows.contact_report(row) for row in found]

    def referral_counts(self) -> dict[str, int]:
        """service_id -> referrals to it from this desk (corrected referrals not counted)."""
        with self.db.read() as con:
            found = con.execute(
                "SELECT service_id, count(*) FROM referrals WHERE uuid NOT IN "
                "(SELECT supersedes_uuid FROM referrals WHERE supersedes_uuid IS NOT NULL) "
                "GROUP BY service_id"
            ).fetchall()
        return {sid: n for sid, n in found}

    # --- outbox ----------------------------------------------------------------------------
    def pending(self, limit: int = 500) -> list[OutboxItem]:
        """The oldest pending outbox items (FIFO), each with the JSON payload to send."""
        with self.db.read() as con:
            return outbox.items(con, "pending", limit, self.desk.desk_id)

    def mark(self, item_uuids: Iterable[str], state: str, error: str = "") -> None:
        """Set the outbox state of items; attempts += 1. A sent item stays sent."""
        if state not in SYNC_STATES:
            raise ValueError(f"unknown outbox state {state!r}")
        uuids = list(item_uuids)
        with self.db.write() as con:
            outbox.mark(con, uuids, state, (error or "")[:MAX_NOTE], _now())

    def held(self, limit: int = 10_000) -> list[OutboxItem]:
        """The quarantined outbox items (held back by the hub), oldest first, each with its
        reason in ``last_error`` and its payload (what it is: referral, outcome, report)."""
        with self.db.read() as con:
            return outbox.items(con, "quarantined", limit, self.desk.desk_id)

    def retry_held(
        self, item_uuids: Iterable[str] | None = None, *, reason_prefix: str | None = None
    ) -> int:
        """Put held (quarantined) items back in the queue, to be sent again; returns how
        many. ``item_uuids`` narrows to those items, ``reason_prefix`` to items whose
        reason starts with it. Their place in the queue (FIFO by id) is kept; the reason
        stays in ``last_error`` until the hub answers again."""
        uuids = None if item_uuids is None else list(item_uuids)
        with self.db.write() as con:
            return outbox.retry_held(con, uuids, reason_prefix, _now())

    def pending_by_type(self) -> dict[str, int]:
        """Pending outbox items per record type (referral, outcome, contact_report)."""
        with self.db.read() as con:
            return outbox.pending_by_type(con)

    def counts(self) -> dict[str, int]:
        """Outbox items per state: pending, sent, quarantined (all three keys present)."""
        with self.db.read() as con:
            return outbox.counts(con)
