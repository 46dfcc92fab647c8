"""Hub schema, first version: desks, enrollment codes, referral log, directory versions.

Revision ID: h0001
Revises:
Create Date: 2026-12-01

Written out, not generated from the models: a migration is a frozen record of its schema.
"""

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _id() -> sa.Column:
    return sa.Column("id", BigId, primary_key=True, autoincrement=True)


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def _opt(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=True)


def _desk_fk() -> sa.Column:
    return sa.Column("desk_id", sa.String(36), sa.ForeignKey("desks.desk_id"), nullable=False)


def _record(name: str, *columns: sa.Column | sa.Constraint) -> None:
    op.create_table(
        name,
        _id(),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        _desk_fk(),
        sa.Column("content_hash", sa.String(64), nullable=False),
        *columns,
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )


def upgrade() -> None:
    op.create_table(
        "desks",
        _id(),
        sa.Column("desk_id", sa.String(36), nullable=False, unique=True),
        _text("name"),
        _text("kecamatan"),
        _text("desa"),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("enrolled_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "enroll_codes",
        _id(),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        _text("desk_name"),
        _text("kecamatan"),
        _text("desa"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
        sa.Column("used_at", sa.String(32), nullable=True),
        sa.Column("used_by", sa.String(36), nullable=True),
    )
    _record(
        "referrals",
        sa.Column("seq", sa.BigInteger, nullable=False),
        _text("kecamatan"),
        _text("desa"),
        _text("need_text"),
        _text("need_norm"),
        sa.Column("service_id", sa.Text, nullable=False),
        _text("service_name"),
        _text("org_id"),
        _text("org_name"),
        _text("org_short_name"),
        _text("authority"),
        _text("authority_note"),
        sa.Column("contact_id", sa.Text, nullable=False),
        _text("contact_name"),
        _text("contact_position"),
        _text("contact_whatsapp"),
        _text("contact_phone"),
        sa.Column("channel", sa.String(32), nullable=False),
        _text("note"),
        sa.Column("citizen_consent", sa.Boolean, nullable=False),
        _opt("citizen_name"),
        _opt("citizen_phone"),
        _opt("citizen_village"),
        _opt("lapor_id"),
        sa.Column("supersedes_uuid", sa.String(36), nullable=True),
        sa.Column("directory_version", sa.Integer, nullable=False),
        sa.Column("directory_is_sample", sa.Boolean, nullable=False),
        sa.UniqueConstraint("desk_id", "seq", name="uq_referrals_desk_seq"),
        sa.CheckConstraint(
            "citizen_consent OR (citizen_name IS NULL AND citizen_phone IS NULL "
            "AND citizen_village IS NULL)",
            name="ck_referrals_citizen_consent",
        ),
    )
    op.create_index("ix_referrals_supersedes_uuid", "referrals", ["supersedes_uuid"])
    op.create_index("ix_referrals_org_id", "referrals", ["org_id"])
    _record(
        "outcomes",
        sa.Column("referral_uuid", sa.String(36), sa.ForeignKey("referrals.uuid"), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        _text("note"),
    )
    op.create_index("ix_outcomes_referral_uuid", "outcomes", ["referral_uuid"])
    _record(
        "contact_reports",
        sa.Column("contact_id", sa.Text, nullable=False),
        _text("contact_name"),
        sa.Column("org_id", sa.Text, nullable=False),
        _opt("service_id"),
        sa.Column("kind", sa.String(32), nullable=False),
        _text("note"),
    )
    op.create_table(
        "signing_keys",
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "directory_versions",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("snapshot", sa.LargeBinary, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("issued_at", sa.String(32), nullable=False),
        sa.Column("expires", sa.String(32), nullable=False),
        sa.Column("manifest", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("public_key", sa.Text, nullable=False),
        _text("source"),
    )


def downgrade() -> None:
    for table in ("directory_versions", "signing_keys", "contact_reports", "outcomes", "referrals"):
        op.drop_table(table)
    op.drop_table("enroll_codes")
    op.drop_table("desks")
