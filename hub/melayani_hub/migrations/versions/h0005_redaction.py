"""Hub schema: citizen details are removed after the directory's retention period.

``referrals.redacted_at`` (NULL = not redacted) says when the hub (or the desk, before it
sent the referral) removed the referral's citizen details and note (UU 27/2022); the
referral itself is kept for the report.  Existing rows get NULL.

Revision ID: h0005
Revises: h0004
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "h0005"
down_revision = "h0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("referrals", sa.Column("redacted_at", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("redacted_at")
