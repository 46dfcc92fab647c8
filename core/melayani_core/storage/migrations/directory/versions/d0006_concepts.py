"""Directory schema: the need-concept links computed when the directory is built.

``org_offices``: the office types (``resources/lexicon/concepts/offices.txt``) of each
organization; ``service_concepts``: the concepts each service meets, with the link's
strength (melayani_core/search/linker.py).  Directory files are built whole at each import,
so these are filled once and never change.

Revision ID: d0006
Revises: d0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "d0006"
down_revision = "d0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "org_offices",
        sa.Column("org_id", sa.Text, nullable=False),
        sa.Column("office", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("org_id", "office"),
    )
    op.create_table(
        "service_concepts",
        sa.Column("sid", sa.Integer, nullable=False),
        sa.Column("concept", sa.Text, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("concept", "sid"),
    )


def downgrade() -> None:
    op.drop_table("service_concepts")
    op.drop_table("org_offices")
