"""Enrollment codes belong to a desk record; desks can be revoked.

Revision ID: h0002_desk_codes
Revises: h0001
Create Date: 2026-12-02

``enroll_codes.for_desk``: the desk a re-enrollment code was issued for (NULL: a code for a
new desk, which can never re-key an existing one). ``desks.revoked_at``: set by
``melayani-hub desk revoke``; a revoked desk's token is refused. Both nullable, so every
existing code and desk keeps its meaning (an unused old code is a new-desk code).
"""

import sqlalchemy as sa
from alembic import op

revision = "h0002_desk_codes"
down_revision = "h0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("enroll_codes", sa.Column("for_desk", sa.String(36), nullable=True))
    op.add_column("desks", sa.Column("revoked_at", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("desks") as batch:
        batch.drop_column("revoked_at")
    with op.batch_alter_table("enroll_codes") as batch:
        batch.drop_column("for_desk")
