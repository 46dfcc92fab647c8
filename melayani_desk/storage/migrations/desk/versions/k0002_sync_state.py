"""Sync state: the hub this desk syncs to, its token, pinned manifest keys, retry schedule.

Revision ID: k0002
Revises: k0001
Create Date: 2026-12-01

New tables only: referrals, outcomes and contact_reports are not touched, so the
immutability triggers of k0001 stay in place.
"""

import sqlalchemy as sa
from alembic import op

revision = "k0002"
down_revision = "k0001"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def _stamp(name: str) -> sa.Column:
    return sa.Column(name, sa.String, nullable=True)


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hub_url", sa.Text, nullable=True),
        sa.Column("token", sa.Text, nullable=True),
        _stamp("enrolled_at"),
        sa.Column("directory_version", sa.Integer, nullable=False, server_default="0"),
        _stamp("directory_issued_at"),
        _stamp("directory_expires"),
        _stamp("directory_installed_at"),
        _text("directory_warning"),
        _stamp("last_success_at"),
        _stamp("last_attempt_at"),
        _text("last_error"),
        sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
        _stamp("next_attempt_at"),
        sa.CheckConstraint("id = 1", name="ck_sync_state_single_row"),
    )
    op.create_table(
        "trusted_keys",
        sa.Column("key_id", sa.String, primary_key=True),
        sa.Column("public_key", sa.String, nullable=False),
        _text("source"),
        sa.Column("added_at", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("trusted_keys")
    op.drop_table("sync_state")
