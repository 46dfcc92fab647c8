"""Hub schema: the web console (users, sessions, audit log), what desks report about
themselves, the correction loop (problem status, the working copy of the directory, its
changes, unsigned candidates) and verification rounds.

Every table is new and every column added to ``desks`` is nullable or has a default:
nothing existing changes meaning.

Revision ID: h0006_console
Revises: h0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "h0006_console"
down_revision = "h0005"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _id() -> sa.Column:
    return sa.Column("id", BigId, primary_key=True, autoincrement=True)


def _text(name: str, nullable: bool = False) -> sa.Column:
    if nullable:
        return sa.Column(name, sa.Text, nullable=True)
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "console_users",
        _id(),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        _text("agency"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("disabled_at", sa.String(32), nullable=True),
    )
    op.create_table(
        "console_sessions",
        _id(),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", BigId, sa.ForeignKey("console_users.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "audit_log",
        _id(),
        sa.Column("at", sa.String(32), nullable=False, index=True),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        _text("target"),
        _text("detail"),
    )
    with op.batch_alter_table("desks") as batch:
        batch.add_column(sa.Column("last_seen_at", sa.String(32), nullable=True))
        batch.add_column(_text("program_version"))
        batch.add_column(sa.Column("directory_version", sa.Integer, nullable=True))
        batch.add_column(sa.Column("pending", sa.Integer, nullable=True))
        batch.add_column(_text("last_error"))
    op.create_table(
        "problem_status",
        _id(),
        sa.Column("source", sa.String(16), nullable=False),  # contact_report | outcome
        sa.Column("source_uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),  # new in_progress fixed rejected
        sa.Column("fixed_version", sa.Integer, nullable=True),
        _text("handled_by"),
        sa.Column("handled_at", sa.String(32), nullable=True),
        _text("note"),
    )
    op.create_table(
        "working_rows",
        _id(),
        sa.Column("sheet", sa.String(16), nullable=False),
        sa.Column("record_id", sa.Text, nullable=False),
        sa.Column("org_id", sa.Text, nullable=False, index=True),
        sa.Column("cells", sa.Text, nullable=False),  # JSON: template column -> text
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("sheet", "record_id", name="uq_working_rows_sheet_record"),
    )
    op.create_table(
        "directory_changes",
        _id(),
        sa.Column("sheet", sa.String(16), nullable=False),
        sa.Column("record_id", sa.Text, nullable=False),
        sa.Column("org_id", sa.Text, nullable=False, index=True),
        sa.Column("before", sa.Text, nullable=True),  # JSON cells; NULL = a new record
        sa.Column("after", sa.Text, nullable=False),  # JSON cells
        sa.Column("problem_uuid", sa.String(36), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),  # pending approved rejected
        sa.Column("made_by", sa.String(64), nullable=False),
        sa.Column("made_at", sa.String(32), nullable=False),
        _text("reviewed_by"),
        sa.Column("reviewed_at", sa.String(32), nullable=True),
        sa.Column("version", sa.Integer, nullable=True),  # released in this version
    )
    op.create_table(
        "directory_candidates",
        _id(),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("manifest", sa.LargeBinary, nullable=False),
        sa.Column("snapshot", sa.LargeBinary, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("issued_at", sa.String(32), nullable=False),
        sa.Column("expires", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("signature", sa.Text, nullable=True),
        sa.Column("key_id", sa.String(64), nullable=True),
        sa.Column("signed_at", sa.String(32), nullable=True),
        sa.Column("released_at", sa.String(32), nullable=True),
        _text("released_by"),
    )
    op.create_table(
        "verification_rounds",
        _id(),
        sa.Column("started_by", sa.String(64), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("due_at", sa.String(32), nullable=False),
        _text("note"),
    )
    op.create_table(
        "contact_verifications",
        _id(),
        sa.Column("round_id", BigId, sa.ForeignKey("verification_rounds.id"), nullable=False),
        sa.Column("contact_id", sa.Text, nullable=False),
        sa.Column("org_id", sa.Text, nullable=False),
        sa.Column("verified_by", sa.String(64), nullable=False),
        sa.Column("verified_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("round_id", "contact_id", name="uq_verifications_round_contact"),
    )


def downgrade() -> None:
    for table in (
        "contact_verifications", "verification_rounds", "directory_candidates",
        "directory_changes", "working_rows", "problem_status", "audit_log",
        "console_sessions", "console_users",
    ):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("desks") as batch:
        for column in ("last_error", "pending", "directory_version", "program_version",
                       "last_seen_at"):  # fmt: skip
            batch.drop_column(column)
