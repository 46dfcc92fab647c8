"""Hub schema: key rotation statements (``melayani-hub rotate-key``).

Each row is one statement signed by a key the desks trust now, naming the set they trust
from then on (``melayani_core.keyset``); ``GET /api/v1/keys/statements`` serves them all.

Revision ID: h0004_key_statements
Revises: h0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "h0004_key_statements"
down_revision = "h0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_statements",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("statement", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("key_statements")
