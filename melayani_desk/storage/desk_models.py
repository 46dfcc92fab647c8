"""SQLAlchemy models of the desk database (``desk.sqlite``): identity, referral log, outbox.

The schema itself is created by the Alembic scripts in ``migrations/desk``; these models
mirror it (same names, same constraints) for queries. The immutability triggers on
referrals, outcomes and contact_reports exist only in the migration.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from melayani_core.referrals.model import CHANNELS, ITEM_TYPES, OUTCOMES, REPORT_KINDS, SYNC_STATES


def one_of(column: str, values: tuple[str, ...]) -> str:
    """SQL for ``column IN ('a', 'b')`` (values are fixed identifiers, never user input)."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class DeskBase(DeclarativeBase):
    pass


def _text(default: str = "") -> Mapped[str]:
    return mapped_column(Text, nullable=False, default=default, server_default=default)


class DeskRow(DeskBase):
    """This desk's identity: exactly one row (id = 1)."""

    __tablename__ = "desk"
    __table_args__ = (CheckConstraint("id = 1", name="ck_desk_single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk_id: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    name: Mapped[str] = _text()
    kecamatan: Mapped[str] = _text()
    desa: Mapped[str] = _text()
    hub_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(String, nullable=False)
    code: Mapped[str] = _text()  # k0005: the prefix of this desk's referral codes
    code_from_hub: Mapped[bool] = mapped_column(  # k0005: the hub has given ``code``
        Boolean, nullable=False, default=False, server_default="0"
    )


class ReferralRow(DeskBase):
    __tablename__ = "referrals"
    __table_args__ = (
        UniqueConstraint("desk_id", "seq", name="uq_referrals_desk_seq"),
        CheckConstraint(one_of("channel", CHANNELS), name="ck_referrals_channel"),
        CheckConstraint(
            "citizen_consent = 1 OR (citizen_name IS NULL AND citizen_phone IS NULL "
            "AND citizen_village IS NULL)",
            name="ck_referrals_citizen_consent",
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    desk_id: Mapped[str] = mapped_column(String, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[str] = mapped_column(String, nullable=False, index=True)
    need_text: Mapped[str] = _text()
    service_id: Mapped[str] = mapped_column(String, nullable=False, index=True)
    service_name: Mapped[str] = _text()
    org_id: Mapped[str] = _text()
    org_name: Mapped[str] = _text()
    org_short_name: Mapped[str] = _text()
    authority: Mapped[str] = _text()
    authority_note: Mapped[str] = _text()
    contact_id: Mapped[str] = mapped_column(String, nullable=False)
    contact_name: Mapped[str] = _text()
    contact_position: Mapped[str] = _text()
    contact_whatsapp: Mapped[str] = _text()
    contact_phone: Mapped[str] = _text()
    channel: Mapped[str] = mapped_column(String, nullable=False)
    note: Mapped[str] = _text()
    citizen_consent: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default="0"
    )
    citizen_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    citizen_phone: Mapped[str | None] = mapped_column(String, nullable=True)
    citizen_village: Mapped[str | None] = mapped_column(Text, nullable=True)
    lapor_id: Mapped[str | None] = mapped_column(String, nullable=True)
    supersedes_uuid: Mapped[str | None] = mapped_column(
        String, ForeignKey("referrals.uuid"), nullable=True, unique=True
    )
    directory_version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    directory_is_sample: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default="0"
    )
    found_via: Mapped[str] = mapped_column(String, nullable=False, default="", server_default="")
    search_rank: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # k0006: when the citizen details were removed (retention); the only UPDATE allowed
    redacted_at: Mapped[str | None] = mapped_column(String, nullable=True)
    code: Mapped[str] = mapped_column(  # k0005: as printed on the slip
        String, nullable=False, default="", server_default="", index=True
    )


class OutcomeRow(DeskBase):
    __tablename__ = "outcomes"
    __table_args__ = (CheckConstraint(one_of("outcome", OUTCOMES), name="ck_outcomes_outcome"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    referral_uuid: Mapped[str] = mapped_column(
        String, ForeignKey("referrals.uuid"), nullable=False, index=True
    )
    outcome: Mapped[str] = mapped_column(String, nullable=False)
    note: Mapped[str] = _text()
    created_at: Mapped[str] = mapped_column(String, nullable=False)
    lapor_id: Mapped[str | None] = mapped_column(String, nullable=True)  # k0005


class ContactReportRow(DeskBase):
    __tablename__ = "contact_reports"
    __table_args__ = (
        CheckConstraint(one_of("kind", REPORT_KINDS), name="ck_contact_reports_kind"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    contact_id: Mapped[str] = mapped_column(String, nullable=False)
    contact_name: Mapped[str] = _text()
    org_id: Mapped[str] = _text()
    service_id: Mapped[str | None] = mapped_column(String, nullable=True)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    note: Mapped[str] = _text()
    created_at: Mapped[str] = mapped_column(String, nullable=False)


class UnmetNeedRow(DeskBase):
    __tablename__ = "unmet_needs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    need_text: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[str] = mapped_column(String, nullable=False)


class OutboxRow(DeskBase):
    """One record waiting for (or done with) the hub; id order is send order (FIFO)."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(one_of("item_type", ITEM_TYPES), name="ck_outbox_item_type"),
        CheckConstraint(one_of("state", SYNC_STATES), name="ck_outbox_state"),
        {"sqlite_autoincrement": True},  # ids never reused, even after rows are pruned
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_type: Mapped[str] = mapped_column(String, nullable=False)
    item_uuid: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    state: Mapped[str] = mapped_column(
        String, nullable=False, default="pending", server_default="pending", index=True
    )
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    last_error: Mapped[str] = _text()
    updated_at: Mapped[str] = mapped_column(String, nullable=False)


# The sync tables (migration k0002) live in their own file; importing it here puts them
# in DeskBase.metadata wherever the desk models are used.
from melayani_desk.storage import sync_models  # noqa: E402,F401
