"""Hub schema: the report's roll-up counts the referrals on sample data too (issue 15).

The report says how many referrals it left out for being logged on sample data; it counted
them from the referrals of the whole range (at a million referrals, 20,000 rows a year
scattered over as many pages: 60 to 120 ms of a page).  ``report_rollup`` now keeps them
as table ``sample`` (key ``''``; per agency, and with agency ``''`` for every agency), read
like the other tables.  No column changes: the rows of ``sample`` are added here to every
week (and its year) that has referrals on sample data, counted as a rebuild counts them
(``report_rollup.rebuild`` of that table only), so no week needs rebuilding whole.

Revision ID: h0009_report_sample
Revises: h0008_report_rollup
Create Date: 2027-01-10
"""

import sqlalchemy as sa
from alembic import op

revision = "h0009_report_sample"
down_revision = "h0008_report_rollup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from melayani_hub import report_query, report_rollup

    conn = op.get_bind()
    referrals = sa.table("referrals", sa.column("report_at", sa.DateTime(timezone=True)),
                         sa.column("directory_is_sample", sa.Boolean))  # fmt: skip
    moments = conn.execute(
        sa.select(referrals.c.report_at).distinct()
        .where(referrals.c.directory_is_sample, referrals.c.report_at.is_not(None))
    ).scalars()  # fmt: skip
    weeks = {report_rollup.week_of(report_rollup._aware(m)) for m in moments}
    for week in sorted(weeks):
        report_rollup.rebuild(conn, week, report_query.fresh_sample,
                              tables=(report_query.SAMPLE,))  # fmt: skip


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM report_rollup WHERE \"table\" = 'sample'"))
