"""Hub schema: the report's roll-up by agency, per ISO week and per ISO year (issue 15).

``report_rollup`` replaces ``report_weeks``: every row names its agency (the referrals'
``org_id``), so a curator's report reads the roll-up too, and besides the weekly rows
(``grain`` ``w``) it keeps each ISO year (``grain`` ``y``, the sum of that year's weeks,
kept so by every weekly rebuild), so a year's report reads one bucket instead of 52 weeks
of the tables with many keys (desks, contacts, services).  For tables whose key names no
agency, rows with agency ``''`` hold every agency.  A partial index finds the referrals
made on sample data, which the report counts apart.  Every stored week is marked for
rebuilding: the first report builds the new roll-up.

Revision ID: h0008_report_rollup
Revises: h0007_report_times
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "h0008_report_rollup"
down_revision = "h0007_report_times"
branch_labels = None
depends_on = None

SAMPLE = sa.text("directory_is_sample")


def _rollup_columns(*keys: sa.Column) -> list[sa.Column]:
    return [
        *keys,
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        *(sa.Column(c, sa.BigInteger, nullable=False, server_default="0")
          for c in ("n", "with_outcome", "answered")),
        sa.Column("wait_s", sa.Float, nullable=False, server_default="0"),
        *(sa.Column(c, sa.BigInteger, nullable=False, server_default="0")
          for c in ("timed", "fast")),
    ]  # fmt: skip


def upgrade() -> None:
    ts = sa.DateTime(timezone=True)
    op.drop_table("report_weeks")
    op.create_table(
        "report_rollup",
        *_rollup_columns(
            sa.Column("grain", sa.String(1), primary_key=True),
            sa.Column("bucket", ts, primary_key=True),
            sa.Column("table", sa.String(32), primary_key=True),
            sa.Column("agency", sa.Text, primary_key=True),
        ),
    )
    op.create_index("ix_referrals_sample_report_at", "referrals", ["report_at"],
                    postgresql_where=SAMPLE, sqlite_where=SAMPLE)  # fmt: skip
    from melayani_hub.report_rollup import mark_all

    mark_all(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_referrals_sample_report_at", "referrals")
    op.drop_table("report_rollup")
    op.create_table(
        "report_weeks",
        *_rollup_columns(
            sa.Column("week", sa.DateTime(timezone=True), primary_key=True),
            sa.Column("table", sa.String(32), primary_key=True),
        ),
    )
    from melayani_hub.report_rollup import mark_all

    mark_all(op.get_bind())
