"""Hub schema: learning from use and needs that found nothing.

``referrals.found_via`` / ``search_rank``: how the desk's clerk found the service (by search,
at which place, or by browsing): the pairs chosen below the first three or by browsing,
seen at several desks, are published with the next directory version (``learned.tsv``).
``unmet_needs``: needs desks searched that found no service, for the report.

Revision ID: h0003
Revises: h0002_desk_codes
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002_desk_codes"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column(
        "referrals", sa.Column("found_via", sa.String(16), nullable=False, server_default="")
    )
    op.add_column(
        "referrals", sa.Column("search_rank", sa.Integer, nullable=False, server_default="0")
    )
    op.create_table(
        "unmet_needs",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("desk_id", sa.String(36), sa.ForeignKey("desks.desk_id"), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("need_text", sa.Text, nullable=False, server_default=""),
        sa.Column("need_norm", sa.Text, nullable=False, server_default=""),
        sa.Column("kecamatan", sa.Text, nullable=False, server_default=""),
        sa.Column("desa", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_unmet_needs_need_norm", "unmet_needs", ["need_norm"])


def downgrade() -> None:
    op.drop_index("ix_unmet_needs_need_norm", "unmet_needs")
    op.drop_table("unmet_needs")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("search_rank")
        batch.drop_column("found_via")
