"""SQLAlchemy models of the hub database. The schema itself is made by the Alembic scripts
in ``migrations/`` (run at ``serve`` start); these models mirror it for queries.

Timestamps are ISO 8601 text in UTC (``2026-01-05T03:04:05+00:00``): the same on SQLite
and PostgreSQL, and comparable as text.  The items desks send also carry their moments as
real timestamps (h0007, ``melayani_hub.times``): ``created_ts``, ``received_ts`` and, for
referrals and unmet needs, ``report_at``, which the reports filter and group on.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# A 64-bit autoincrement key on PostgreSQL; SQLite only autoincrements INTEGER.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class HubBase(DeclarativeBase):
    pass


def _ts(index: bool = False) -> Mapped[datetime | None]:
    return mapped_column(DateTime(timezone=True), nullable=True, index=index)


def _text(nullable: bool = False) -> Mapped[str]:
    if nullable:
        return mapped_column(Text, nullable=True)
    return mapped_column(Text, nullable=False, default="", server_default="")


class Desk(HubBase):
    __tablename__ = "desks"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    name: Mapped[str] = _text()
    kecamatan: Mapped[str] = _text()
    desa: Mapped[str] = _text()
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    enrolled_at: Mapped[str] = mapped_column(String(32), nullable=False)
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)  # h0002
    # h0004: the prefix of its referral codes ("K7QD"), unique across the regency
    code: Mapped[str | None] = mapped_column(String(8), nullable=True, unique=True, index=True)


class EnrollCode(HubBase):
    __tablename__ = "enroll_codes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    desk_name: Mapped[str] = _text()
    kecamatan: Mapped[str] = _text()
    desa: Mapped[str] = _text()
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    expires_at: Mapped[str] = mapped_column(String(32), nullable=False)
    used_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    used_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    for_desk: Mapped[str | None] = mapped_column(String(36), nullable=True)  # h0002


class Referral(HubBase):
    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    desk_id: Mapped[str] = mapped_column(String(36), ForeignKey("desks.desk_id"), nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)
    received_at: Mapped[str] = mapped_column(String(32), nullable=False)
    kecamatan: Mapped[str] = _text()
    desa: Mapped[str] = _text()
    need_text: Mapped[str] = _text()
    need_norm: Mapped[str] = _text()
    service_id: Mapped[str] = mapped_column(Text, nullable=False)
    service_name: Mapped[str] = _text()
    org_id: Mapped[str] = mapped_column(Text, nullable=False, default="", index=True)
    org_name: Mapped[str] = _text()
    org_short_name: Mapped[str] = _text()
    authority: Mapped[str] = _text()
    authority_note: Mapped[str] = _text()
    contact_id: Mapped[str] = mapped_column(Text, nullable=False)
    contact_name: Mapped[str] = _text()
    contact_position: Mapped[str] = _text()
    contact_whatsapp: Mapped[str] = _text()
    contact_phone: Mapped[str] = _text()
    channel: Mapped[str] = mapped_column(String(32), nullable=False)
    note: Mapped[str] = _text()
    citizen_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    citizen_name: Mapped[str | None] = _text(nullable=True)
    citizen_phone: Mapped[str | None] = _text(nullable=True)
    citizen_village: Mapped[str | None] = _text(nullable=True)
    lapor_id: Mapped[str | None] = _text(nullable=True)
    supersedes_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    directory_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    directory_is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    found_via: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    search_rank: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    redacted_at: Mapped[str | None] = mapped_column(String(40), nullable=True)  # h0005
    code: Mapped[str] = mapped_column(String(16), nullable=False, default="", index=True)  # h0004
    created_ts: Mapped[datetime | None] = _ts()  # h0007
    received_ts: Mapped[datetime | None] = _ts()
    report_at: Mapped[datetime | None] = _ts(index=True)
    need_concept: Mapped[str] = _text()
    __table_args__ = (
        UniqueConstraint("desk_id", "seq", name="uq_referrals_desk_seq"),
        # h0008: the referrals on sample data, which the report counts apart
        Index("ix_referrals_sample_report_at", "report_at",
              postgresql_where=text("directory_is_sample"),
              sqlite_where=text("directory_is_sample")),
    )  # fmt: skip


class UnmetNeed(HubBase):
    """A need a desk searched that found no service."""

    __tablename__ = "unmet_needs"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    desk_id: Mapped[str] = mapped_column(String(36), ForeignKey("desks.desk_id"), nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    need_text: Mapped[str] = _text()
    need_norm: Mapped[str] = mapped_column(Text, nullable=False, default="", index=True)
    kecamatan: Mapped[str] = _text()
    desa: Mapped[str] = _text()
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)
    received_at: Mapped[str] = mapped_column(String(32), nullable=False)
    created_ts: Mapped[datetime | None] = _ts()  # h0007
    received_ts: Mapped[datetime | None] = _ts()
    report_at: Mapped[datetime | None] = _ts(index=True)


class Outcome(HubBase):
    __tablename__ = "outcomes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    desk_id: Mapped[str] = mapped_column(String(36), ForeignKey("desks.desk_id"), nullable=False)
    referral_uuid: Mapped[str] = mapped_column(
        String(36), ForeignKey("referrals.uuid"), nullable=False, index=True
    )
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    outcome: Mapped[str] = mapped_column(String(32), nullable=False)
    note: Mapped[str] = _text()
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)
    received_at: Mapped[str] = mapped_column(String(32), nullable=False)
    lapor_id: Mapped[str | None] = _text(nullable=True)  # h0004
    created_ts: Mapped[datetime | None] = _ts()  # h0007
    received_ts: Mapped[datetime | None] = _ts()


class ContactReport(HubBase):
    __tablename__ = "contact_reports"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    desk_id: Mapped[str] = mapped_column(String(36), ForeignKey("desks.desk_id"), nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    contact_id: Mapped[str] = mapped_column(Text, nullable=False)
    contact_name: Mapped[str] = _text()
    org_id: Mapped[str] = mapped_column(Text, nullable=False)
    service_id: Mapped[str | None] = _text(nullable=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    note: Mapped[str] = _text()
    created_at: Mapped[str] = mapped_column(String(40), nullable=False)
    received_at: Mapped[str] = mapped_column(String(32), nullable=False)
    created_ts: Mapped[datetime | None] = _ts()  # h0007
    received_ts: Mapped[datetime | None] = _ts()


class SigningKey(HubBase):
    """A publisher's public key, listed on GET /keys (added by ``add-key`` or ``publish``)."""

    __tablename__ = "signing_keys"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(Text, nullable=False)  # base64 raw 32 bytes
    added_at: Mapped[str] = mapped_column(String(32), nullable=False)


class DirectoryVersion(HubBase):
    """One published directory: immutable once stored."""

    __tablename__ = "directory_versions"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    snapshot: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    issued_at: Mapped[str] = mapped_column(String(32), nullable=False)
    expires: Mapped[str] = mapped_column(String(32), nullable=False)
    manifest: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    signature: Mapped[str] = mapped_column(Text, nullable=False)  # base64
    key_id: Mapped[str] = mapped_column(String(64), nullable=False)
    public_key: Mapped[str] = mapped_column(Text, nullable=False)  # base64 raw 32 bytes
    source: Mapped[str] = _text()


class KeyStatementRow(HubBase):
    """A key rotation statement (``melayani-hub rotate-key``, migration h0004): the signed
    bytes name the new trusted key set; served to desks on GET /keys/statements."""

    __tablename__ = "key_statements"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    statement: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)  # the signed bytes
    signature: Mapped[str] = mapped_column(Text, nullable=False)  # base64
    key_id: Mapped[str] = mapped_column(String(64), nullable=False)  # the signer
    issued_at: Mapped[str] = mapped_column(String(32), nullable=False)


class ReportRollup(HubBase):
    """One row of the report's roll-up (h0008, ``report_rollup``): the additive counts of
    one key of one table for one bucket and one agency.  ``grain`` is ``w`` for an ISO week
    (WIB; ``bucket`` its Monday 00:00 WIB) or ``y`` for an ISO year (``bucket`` the Monday of
    its week 1), always the sum of that year's weeks; ``d`` rows are a rebuild's scratch.
    ``agency`` is the referrals' ``org_id``; for the tables whose key does not name the
    agency (``report_rollup.EVERY``) the rows with ``agency`` ``''`` hold every agency."""

    __tablename__ = "report_rollup"
    grain: Mapped[str] = mapped_column(String(1), primary_key=True)
    bucket: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    table: Mapped[str] = mapped_column(String(32), primary_key=True)
    agency: Mapped[str] = mapped_column(Text, primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    label: Mapped[str] = _text()
    n: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    with_outcome: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    answered: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    wait_s: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    timed: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    fast: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class ReportDirty(HubBase):
    """A week whose roll-up is out of date (ingest raises ``gen``; a refresh clears it)."""

    __tablename__ = "report_dirty"
    week: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    gen: Mapped[int] = mapped_column(BigInteger, nullable=False, default=1)
