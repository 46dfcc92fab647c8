"""Desk schema, first version: desk identity, referrals, outcomes, contact reports, outbox.

Revision ID: k0001
Revises:
Create Date: 2026-11-28

Values in the CHECK constraints are written out here, not imported: a migration is
a frozen record of the schema it creates.
"""

import sqlalchemy as sa
from alembic import op

revision = "k0001"
down_revision = None
branch_labels = None
depends_on = None

CHANNELS = ("read_out", "printed", "whatsapp_link", "contacted_on_behalf")
OUTCOMES = ("responded", "resolved", "unreachable", "wrong_number")
REPORT_KINDS = ("wrong_number", "not_answering", "moved", "other")
SYNC_STATES = ("pending", "sent", "quarantined")
ITEM_TYPES = ("referral", "outcome", "contact_report")
IMMUTABLE = ("referrals", "outcomes", "contact_reports")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True)


def _uuid() -> sa.Column:
    return sa.Column("uuid", sa.String, nullable=False, unique=True)


def _created() -> sa.Column:
    return sa.Column("created_at", sa.String, nullable=False)


def upgrade() -> None:
    op.create_table(
        "desk",
        _id(),
        sa.Column("desk_id", sa.String, nullable=False, unique=True),
        _text("name"),
        _text("kecamatan"),
        _text("desa"),
        sa.Column("hub_url", sa.Text, nullable=True),
        _created(),
        sa.CheckConstraint("id = 1", name="ck_desk_single_row"),
    )
    op.create_table(
        "referrals",
        _id(),
        _uuid(),
        sa.Column("desk_id", sa.String, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        _created(),
        _text("need_text"),
        sa.Column("service_id", sa.String, nullable=False),
        *[_text(c) for c in ("service_name", "org_id", "org_name", "org_short_name")],
        *[_text(c) for c in ("authority", "authority_note")],
        sa.Column("contact_id", sa.String, nullable=False),
        *[_text(c) for c in ("contact_name", "contact_position")],
        *[_text(c) for c in ("contact_whatsapp", "contact_phone")],
        sa.Column("channel", sa.String, nullable=False),
        _text("note"),
        sa.Column("citizen_consent", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("citizen_name", sa.Text, nullable=True),
        sa.Column("citizen_phone", sa.String, nullable=True),
        sa.Column("citizen_village", sa.Text, nullable=True),
        sa.Column("lapor_id", sa.String, nullable=True),
        sa.Column(
            "supersedes_uuid",
            sa.String,
            sa.ForeignKey("referrals.uuid", name="fk_referrals_supersedes"),
            nullable=True,
            unique=True,
        ),
        sa.Column("directory_version", sa.Integer, nullable=False, server_default="0"),
        sa.Column("directory_is_sample", sa.Boolean, nullable=False, server_default="0"),
        sa.UniqueConstraint("desk_id", "seq", name="uq_referrals_desk_seq"),
        sa.CheckConstraint(_in("channel", CHANNELS), name="ck_referrals_channel"),
        sa.CheckConstraint(
            "citizen_consent = 1 OR (citizen_name IS NULL AND citizen_phone IS NULL "
            "AND citizen_village IS NULL)",
            name="ck_referrals_citizen_consent",
        ),
    )
    op.create_index("ix_referrals_service_id", "referrals", ["service_id"])
    op.create_index("ix_referrals_created_at", "referrals", ["created_at"])
    op.create_table(
        "outcomes",
        _id(),
        _uuid(),
        sa.Column(
            "referral_uuid",
            sa.String,
            sa.ForeignKey("referrals.uuid", name="fk_outcomes_referral"),
            nullable=False,
        ),
        sa.Column("outcome", sa.String, nullable=False),
        _text("note"),
        _created(),
        sa.CheckConstraint(_in("outcome", OUTCOMES), name="ck_outcomes_outcome"),
    )
    op.create_index("ix_outcomes_referral_uuid", "outcomes", ["referral_uuid"])
    op.create_table(
        "contact_reports",
        _id(),
        _uuid(),
        sa.Column("contact_id", sa.String, nullable=False),
        _text("contact_name"),
        _text("org_id"),
        sa.Column("service_id", sa.String, nullable=True),
        sa.Column("kind", sa.String, nullable=False),
        _text("note"),
        _created(),
        sa.CheckConstraint(_in("kind", REPORT_KINDS), name="ck_contact_reports_kind"),
    )
    op.create_table(
        "outbox",
        _id(),
        sa.Column("item_type", sa.String, nullable=False),
        sa.Column("item_uuid", sa.String, nullable=False, unique=True),
        sa.Column("state", sa.String, nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        _text("last_error"),
        sa.Column("updated_at", sa.String, nullable=False),
        sa.CheckConstraint(_in("item_type", ITEM_TYPES), name="ck_outbox_item_type"),
        sa.CheckConstraint(_in("state", SYNC_STATES), name="ck_outbox_state"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_state", "outbox", ["state"])
    for table in IMMUTABLE:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} are immutable: "
                f"log a new record instead'); END"
            )


def downgrade() -> None:
    for table in IMMUTABLE:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    for table in ("outbox", "contact_reports", "outcomes", "referrals", "desk"):
        op.drop_table(table)
