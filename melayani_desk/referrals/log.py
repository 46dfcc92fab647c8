"""The referral log of this desk: record referrals, outcomes and contact problems; queue them.

Every record is written in one transaction with its outbox row, so a record is never
logged without being queued for the hub, nor queued without being logged. Records are
never updated or deleted (the database refuses it, by trigger); only the outbox state
of a record changes.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Result, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from melayani_core.directory import phones
from melayani_core.referrals.codes import make_code, new_prefix, normalise_code, valid_prefix
from melayani_core.referrals.lapor import MAX_LAPOR, lapor_problem
from melayani_core.referrals.model import (
    CHANNELS,
    FOUND_VIA,
    ITEM_TYPES,
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
from melayani_desk.storage.desk_db import open_desk_db
from melayani_desk.storage.desk_models import (
    ContactReportRow,
    DeskRow,
    OutboxRow,
    OutcomeRow,
    ReferralRow,
    UnmetNeedRow,
)

MAX_NEED = 500
MAX_NOTE = 2000
MAX_NAME = 200
MAX_RANK = 1000
CHUNK = 500  # ids per IN (...) query

CONSENT_MESSAGE = (
    "Data warga (nama, nomor HP, desa/kelurahan) hanya boleh dicatat dengan persetujuan "
    "warga. Tandai persetujuan warga, atau kosongkan data warga."
)
REFERRAL_FIELDS = tuple(f.name for f in fields(Referral))
OUTCOME_FIELDS = tuple(f.name for f in fields(Outcome))
REPORT_FIELDS = tuple(f.name for f in fields(ContactReport))
UNMET_FIELDS = tuple(f.name for f in fields(UnmetNeed))
_Item = ReferralRow | OutcomeRow | ContactReportRow | UnmetNeedRow  # what the outbox sends


def _changed(result: Result[Any]) -> int:
    """The rows an UPDATE changed (a Session answers one with a CursorResult)."""
    return (result.rowcount or 0) if isinstance(result, CursorResult) else 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _new_uuid() -> str:
    return str(uuidlib.uuid4())


def _clean(value: str | None, field: str, label: str, limit: int) -> str:
    text = (value or "").replace("\x00", "").strip()
    if len(text) > limit:
        raise ReferralError(
            f"{label} terlalu panjang: {len(text)} karakter, paling banyak {limit}.", field
        )
    return text


def _one_of(value: str, allowed: tuple[str, ...], field: str, label: str) -> str:
    if value not in allowed:
        raise ReferralError(
            f"{label} {value!r} tidak dikenal; pilih salah satu: {', '.join(allowed)}.", field
        )
    return value


def _lapor(value: str | None) -> str | None:
    """A LAPOR! tracking id as stored (None when none given); ReferralError when wrong."""
    text = _clean(value, "lapor_id", "Nomor tiket LAPOR!", MAX_LAPOR)
    problem = lapor_problem(text)
    if problem:
        raise ReferralError(problem, "lapor_id")
    return text or None


def _desk_info(row: DeskRow) -> DeskInfo:
    return DeskInfo(
        row.desk_id, row.name, row.kecamatan, row.desa, row.hub_url, row.code, row.code_from_hub
    )


def _utc_start(day: date) -> str:
    """The UTC timestamp at which ``day`` begins in this machine's local time."""
    start = datetime.combine(day, time.min).astimezone()
    return start.astimezone(UTC).isoformat(timespec="seconds")


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _pick(row: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


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

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on exit, rolled back on error."""
        with self.db.write_sessions() as session, session.begin():
            yield session

    def _enqueue(self, session: Session, item_type: str, item_uuid: str, now: str) -> None:
        session.add(OutboxRow(item_type=item_type, item_uuid=item_uuid, updated_at=now))
        session.flush()

    # --- desk identity -----------------------------------------------------------------
    def _ensure_desk(self) -> DeskInfo:
        with self._write() as s:
            row = s.get(DeskRow, 1)
            if row is None:
                row = DeskRow(id=1, desk_id=_new_uuid(), created_at=_now(), code=new_prefix())
                s.add(row)
                s.flush()
            elif not row.code:
                row.code = new_prefix()
                s.flush()
            return _desk_info(row)

    def set_code(self, code: str) -> None:
        """Keep the referral-code prefix the hub gave this desk (enrollment, GET /desk).
        Referrals already logged keep the codes they were given."""
        if not valid_prefix(code):
            raise ReferralError(f"Kode meja dari hub tidak sah: {code!r}.", "code")
        with self._write() as s:
            row = s.get(DeskRow, 1)
            assert row is not None  # created at open
            row.code, row.code_from_hub = code, True
            s.flush()
            self.desk = _desk_info(row)

    def set_desk(
        self, name: str | None = None, kecamatan: str | None = None, desa: str | None = None
    ) -> None:
        given = {"name": name, "kecamatan": kecamatan, "desa": desa}
        labels = {"name": "Nama meja", "kecamatan": "Kecamatan", "desa": "Desa/kelurahan"}
        values = {k: _clean(v, k, labels[k], MAX_NAME) for k, v in given.items() if v is not None}
        if not values:
            return
        with self._write() as s:
            row = s.get(DeskRow, 1)
            assert row is not None  # created at open
            for key, value in values.items():
                setattr(row, key, value)
            s.flush()
            self.desk = _desk_info(row)

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
        _one_of(channel, CHANNELS, "channel", "Cara rujukan")
        _one_of(found_via, FOUND_VIA, "found_via", "Cara menemukan layanan")
        if (
            isinstance(search_rank, bool)
            or not isinstance(search_rank, int)
            or not (0 <= search_rank <= MAX_RANK)
        ):
            raise ReferralError(
                f"Peringkat hasil pencarian harus 0 sampai {MAX_RANK}: {search_rank!r}",
                "search_rank",
            )
        need = _clean(need_text, "need_text", "Kebutuhan warga", MAX_NEED)
        note = _clean(note, "note", "Catatan", MAX_NOTE)
        lapor = _lapor(lapor_id)
        name = _clean(citizen_name, "citizen_name", "Nama warga", MAX_NAME)
        village = _clean(citizen_village, "citizen_village", "Desa/kelurahan warga", MAX_NAME)
        raw_phone = _clean(citizen_phone, "citizen_phone", "Nomor HP warga", MAX_NAME)
        if not consent and (name or raw_phone or village):
            raise ReferralError(CONSENT_MESSAGE, "citizen_consent")
        phone = None
        if raw_phone:
            phone = phones.normalize(raw_phone)
            if phone is None or phones.is_short_code(phone):  # a citizen has no 112
                raise ReferralError(
                    f"Nomor HP warga tidak valid: {raw_phone!r}. Contoh: 0812-3456-7890.",
                    "citizen_phone",
                )
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
        org = reader.organization(service.org_id)
        now = _now()
        with self._write() as s:
            if supersedes:
                self._check_supersedes(s, supersedes)
            last = s.scalar(
                select(func.max(ReferralRow.seq)).where(ReferralRow.desk_id == self.desk.desk_id)
            )
            desk = s.get(DeskRow, 1)  # the prefix as stored now (enrollment may change it)
            assert desk is not None  # created at open
            seq = (last or 0) + 1
            row = ReferralRow(
                uuid=_new_uuid(),
                desk_id=self.desk.desk_id,
                seq=seq,
                code=make_code(desk.code, seq),
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
                citizen_name=(name or None) if consent else None,
                citizen_phone=phone if consent else None,
                citizen_village=(village or None) if consent else None,
                lapor_id=lapor,
                supersedes_uuid=supersedes or None,
                directory_version=_directory_version(reader),
                directory_is_sample=reader.is_sample,
                found_via=found_via,
                search_rank=search_rank,
            )
            s.add(row)
            s.flush()
            self._enqueue(s, "referral", row.uuid, now)
            return Referral(**_pick(row, REFERRAL_FIELDS))

    def _check_supersedes(self, s: Session, old_uuid: str) -> None:
        if s.scalar(select(ReferralRow.id).where(ReferralRow.uuid == old_uuid)) is None:
            raise ReferralError(
                f"Rujukan {old_uuid!r} yang dikoreksi tidak ada di log meja ini.", "supersedes"
            )
        newer = s.scalar(select(ReferralRow.uuid).where(ReferralRow.supersedes_uuid == old_uuid))
        if newer is not None:
            raise ReferralError(
                f"Rujukan {old_uuid!r} sudah dikoreksi oleh {newer!r}; koreksi rujukan itu.",
                "supersedes",
            )

    def record_outcome(
        self, referral_uuid: str, outcome: str, note: str = "", lapor_id: str = ""
    ) -> Outcome:
        """Log what came of a referral, as its own record (the referral is not changed);
        ``lapor_id``: the SP4N-LAPOR! tracking id the citizen got since."""
        _one_of(outcome, OUTCOMES, "outcome", "Hasil rujukan")
        note = _clean(note, "note", "Catatan", MAX_NOTE)
        lapor = _lapor(lapor_id)
        now = _now()
        with self._write() as s:
            found = s.scalar(select(ReferralRow.id).where(ReferralRow.uuid == referral_uuid))
            if found is None:
                raise ReferralError(
                    f"Rujukan {referral_uuid!r} tidak ada di log meja ini.", "referral_uuid"
                )
            row = OutcomeRow(
                uuid=_new_uuid(),
                referral_uuid=referral_uuid,
                outcome=outcome,
                note=note,
                created_at=now,
                lapor_id=lapor,
            )
            s.add(row)
            s.flush()
            self._enqueue(s, "outcome", row.uuid, now)
            return Outcome(**_pick(row, OUTCOME_FIELDS))

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
        _one_of(kind, REPORT_KINDS, "kind", "Jenis masalah")
        note = _clean(note, "note", "Catatan", MAX_NOTE)
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
        with self._write() as s:
            row = ContactReportRow(
                uuid=_new_uuid(),
                contact_id=contact.contact_id,
                contact_name=contact.name,
                org_id=contact.org_id,
                service_id=service_id or None,
                kind=kind,
                note=note,
                created_at=now,
            )
            s.add(row)
            s.flush()
            self._enqueue(s, "contact_report", row.uuid, now)
            return ContactReport(**_pick(row, REPORT_FIELDS))

    def record_unmet(self, need_text: str) -> UnmetNeed | None:
        """Log a need that found no service (queued for the hub); None for an empty need."""
        need = _clean(need_text, "need_text", "Kebutuhan warga", MAX_NEED)
        if not need:
            return None
        now = _now()
        with self._write() as s:
            row = UnmetNeedRow(uuid=_new_uuid(), need_text=need, created_at=now)
            s.add(row)
            s.flush()
            self._enqueue(s, "unmet_need", row.uuid, now)
            return UnmetNeed(**_pick(row, UNMET_FIELDS))

    # --- reading -------------------------------------------------------------------------
    def taught(self, limit: int = 5000) -> list[tuple[str, str]]:
        """(need text, service id) of the referrals that teach the search, newest first:
        found by browsing, or chosen below the first ``LEARN_BELOW_RANK`` results, with a
        need typed, and not corrected by a later referral."""
        newer = aliased(ReferralRow)
        q = (
            select(ReferralRow.need_text, ReferralRow.service_id)
            .where(
                ReferralRow.need_text != "",
                or_(
                    ReferralRow.found_via == "browse",
                    ReferralRow.search_rank > LEARN_BELOW_RANK,
                ),
                ~select(newer.id).where(newer.supersedes_uuid == ReferralRow.uuid).exists(),
            )
            .order_by(ReferralRow.id.desc())
            .limit(limit)
        )
        with self.db.sessions() as s:
            return [(need, sid) for need, sid in s.execute(q)]

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
            _one_of(channel, CHANNELS, "channel", "Cara rujukan")
        if sync_state:
            _one_of(sync_state, SYNC_STATES, "sync_state", "Status kirim")
        q = select(ReferralRow, OutboxRow.state, OutboxRow.last_error).outerjoin(
            OutboxRow, OutboxRow.item_uuid == ReferralRow.uuid
        )
        if since is not None:
            q = q.where(ReferralRow.created_at >= _utc_start(since))
        if until is not None:
            q = q.where(ReferralRow.created_at < _utc_start(until + timedelta(days=1)))
        if org_id:
            q = q.where(ReferralRow.org_id == org_id)
        if channel:
            q = q.where(ReferralRow.channel == channel)
        if sync_state:
            q = q.where(OutboxRow.state == sync_state)
        if uuid:
            q = q.where(ReferralRow.uuid == uuid)
        if seq is not None:
            q = q.where(ReferralRow.seq == seq)
        if code is not None:
            q = q.where(ReferralRow.code == code)
        q = q.order_by(ReferralRow.id.desc()).limit(limit)
        with self.db.sessions() as s:
            rows = s.execute(q).all()
            uuids = [r.uuid for r, _, _ in rows]
            latest: dict[str, Outcome] = {}
            lapor: dict[str, str] = {}  # the latest LAPOR! id given with an outcome
            corrected: dict[str, str] = {}
            for part in _chunks(uuids):
                for o in s.scalars(
                    select(OutcomeRow)
                    .where(OutcomeRow.referral_uuid.in_(part))
                    .order_by(OutcomeRow.id)
                ):
                    latest[o.referral_uuid] = Outcome(**_pick(o, OUTCOME_FIELDS))
                    if o.lapor_id:
                        lapor[o.referral_uuid] = o.lapor_id
                pairs = s.execute(
                    select(ReferralRow.supersedes_uuid, ReferralRow.uuid).where(
                        ReferralRow.supersedes_uuid.in_(part)
                    )
                )
                corrected.update({old: new for old, new in pairs if old is not None})
        return [
            ReferralView(
                **_pick(r, REFERRAL_FIELDS),
                outcome=latest.get(r.uuid),
                sync_state=state or "pending",
                superseded_by=corrected.get(r.uuid),
                last_error=error or "",
                lapor=r.lapor_id or lapor.get(r.uuid, ""),
            )
            for r, state, error in rows
        ]

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
        with self.db.sessions() as s:
            rows = s.scalars(
                select(OutcomeRow)
                .where(OutcomeRow.referral_uuid == referral_uuid)
                .order_by(OutcomeRow.id)
            )
            return [Outcome(**_pick(o, OUTCOME_FIELDS)) for o in rows]

    def contact_reports(self) -> list[ContactReport]:
        """Every contact problem reported at this desk, newest first."""
        with self.db.sessions() as s:
            rows = s.scalars(select(ContactReportRow).order_by(ContactReportRow.id.desc()))
            return [ContactReport(**_pick(r, REPORT_FIELDS)) for r in rows]

    def referral_counts(self) -> dict[str, int]:
        """service_id -> referrals to it from this desk (corrected referrals not counted)."""
        corrected = select(ReferralRow.supersedes_uuid).where(
            ReferralRow.supersedes_uuid.is_not(None)
        )
        q = (
            select(ReferralRow.service_id, func.count())
            .where(ReferralRow.uuid.not_in(corrected))
            .group_by(ReferralRow.service_id)
        )
        with self.db.sessions() as s:
            return {sid: n for sid, n in s.execute(q)}

    # --- outbox ----------------------------------------------------------------------------
    def pending(self, limit: int = 500) -> list[OutboxItem]:
        """The oldest pending outbox items (FIFO), each with the JSON payload to send."""
        return self._outbox("pending", limit)

    def _outbox(self, state: str, limit: int) -> list[OutboxItem]:
        """Outbox items in ``state``, oldest first, each with its payload."""
        with self.db.sessions() as s:
            rows = list(
                s.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.state == state)
                    .order_by(OutboxRow.id)
                    .limit(limit)
                )
            )
            payloads = self._payloads(s, rows)
        return [
            OutboxItem(
                id=r.id,
                item_type=r.item_type,
                item_uuid=r.item_uuid,
                state=r.state,
                attempts=r.attempts,
                last_error=r.last_error,
                updated_at=r.updated_at,
                payload=payloads.get(r.item_uuid, {}),
            )
            for r in rows
        ]

    def _payloads(self, s: Session, rows: list[OutboxRow]) -> dict[str, dict[str, Any]]:
        kinds: dict[str, tuple[type[_Item], tuple[str, ...]]] = {
            "referral": (ReferralRow, REFERRAL_FIELDS),
            "outcome": (OutcomeRow, OUTCOME_FIELDS),
            "contact_report": (ContactReportRow, REPORT_FIELDS),
            "unmet_need": (UnmetNeedRow, UNMET_FIELDS),
        }
        out: dict[str, dict[str, Any]] = {}
        for item_type, (model, names) in kinds.items():
            uuids = [r.item_uuid for r in rows if r.item_type == item_type]
            for part in _chunks(uuids):
                for rec in s.scalars(select(model).where(model.uuid.in_(part))):
                    picked = _pick(rec, names)  # names hold "uuid": every item has one
                    out[picked["uuid"]] = {
                        "type": item_type,
                        "desk_id": self.desk.desk_id,
                        **picked,
                    }
        return out

    def mark(self, item_uuids: Iterable[str], state: str, error: str = "") -> None:
        """Set the outbox state of items; attempts += 1. A sent item stays sent."""
        if state not in SYNC_STATES:
            raise ValueError(f"unknown outbox state {state!r}")
        uuids = list(item_uuids)
        now = _now()
        with self._write() as s:
            for part in _chunks(uuids):
                s.execute(
                    update(OutboxRow)
                    .where(OutboxRow.item_uuid.in_(part), OutboxRow.state != "sent")
                    .values(
                        state=state,
                        attempts=OutboxRow.attempts + 1,
                        last_error=(error or "")[:MAX_NOTE],
                        updated_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )

    def held(self, limit: int = 10_000) -> list[OutboxItem]:
        """The quarantined outbox items (held back by the hub), oldest first, each with its
        reason in ``last_error`` and its payload (what it is: referral, outcome, report)."""
        return self._outbox("quarantined", limit)

    def retry_held(
        self, item_uuids: Iterable[str] | None = None, *, reason_prefix: str | None = None
    ) -> int:
        """Put held (quarantined) items back in the queue, to be sent again; returns how
        many. ``item_uuids`` narrows to those items, ``reason_prefix`` to items whose
        reason starts with it. Their place in the queue (FIFO by id) is kept; the reason
        stays in ``last_error`` until the hub answers again."""
        q = update(OutboxRow).where(OutboxRow.state == "quarantined")
        if reason_prefix is not None:
            q = q.where(OutboxRow.last_error.startswith(reason_prefix, autoescape=True))
        now = _now()
        q = q.values(state="pending", updated_at=now).execution_options(synchronize_session=False)
        done = 0
        with self._write() as s:
            if item_uuids is None:
                done = _changed(s.execute(q))
            else:
                for part in _chunks(list(item_uuids)):
                    done += _changed(s.execute(q.where(OutboxRow.item_uuid.in_(part))))
        return done

    def pending_by_type(self) -> dict[str, int]:
        """Pending outbox items per record type (referral, outcome, contact_report)."""
        with self.db.sessions() as s:
            found = dict(
                s.execute(
                    select(OutboxRow.item_type, func.count())
                    .where(OutboxRow.state == "pending")
                    .group_by(OutboxRow.item_type)
                ).all()
            )
        return {kind: int(found.get(kind, 0)) for kind in ITEM_TYPES}

    def counts(self) -> dict[str, int]:
        """Outbox items per state: pending, sent, quarantined (all three keys present)."""
        with self.db.sessions() as s:
            found = dict(
                s.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
            )
        return {state: int(found.get(state, 0)) for state in SYNC_STATES}
