"""The key rotation statement a desk has followed.

Revision ID: k0005_keyset_version
Revises: k0004
Create Date: 2026-12-03

``sync_state.keyset_version``: the version of the last key rotation statement the desk
followed (``melayani_core.keyset``); statements not newer than it are never followed again,
so a replayed old statement cannot bring a retired key back. Existing desks start at 0 with
the keys they pinned at enrollment. No referral table is touched.
"""

import sqlalchemy as sa
from alembic import op

revision = "k0005_keyset_version"
down_revision = "k0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sync_state",
        sa.Column("keyset_version", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("keyset_version")
