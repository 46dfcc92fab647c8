"""Hub schema: timestamps stored as timestamps, and the need concept of each referral.

Every item keeps its ISO 8601 text (``created_at``, ``received_at``: the wire format and
the content hash use it); beside it come ``created_ts`` and ``received_ts`` (UTC
timestamps) and, on referrals and unmet needs, ``report_at`` (the moment the report counts
it at: ``melayani_hub.times``), indexed for date ranges (and by agency).  The report's
weekly roll-up (``report_weeks``, rebuilt per week marked in ``report_dirty``:
``melayani_hub.report_rollup``) keeps a year's report fast at a million referrals.
``referrals.need_concept`` is the need concept the need names
(``melayani_hub.need_concepts``), for the report by concept.  Existing rows are filled
here, in batches, with the same functions ingest uses.

Revision ID: h0007_report_times
Revises: h0006_console
Create Date: 2026-12-20
"""

import sqlalchemy as sa
from alembic import op

revision = "h0007_report_times"
down_revision = "h0006_console"
branch_labels = None
depends_on = None

TABLES = {"referrals": "referral", "unmet_needs": "unmet_need", "outcomes": "outcome",
          "contact_reports": "contact_report"}  # fmt: skip
WITH_REPORT_AT = ("referrals", "unmet_needs")
BATCH = 5000


def _ts(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=True)


def _fill(conn: sa.Connection, table: str, kind: str) -> None:
    from melayani_hub.times import moments

    t = sa.table(table, sa.column("id"), sa.column("created_at"), sa.column("received_at"),
                 *(sa.column(c, sa.DateTime(timezone=True))
                   for c in ("created_ts", "received_ts", "report_at")
                   if table in WITH_REPORT_AT or c != "report_at"))  # fmt: skip
    last = 0
    while True:
        rows = conn.execute(
            sa.select(t.c.id, t.c.created_at, t.c.received_at)
            .where(t.c.id > last).order_by(t.c.id).limit(BATCH)
        ).all()  # fmt: skip
        if not rows:
            return
        values = [{"row_id": i, **moments(kind, c, r)} for i, c, r in rows]
        names = [k for k in values[0] if k != "row_id"]
        conn.execute(
            t.update().where(t.c.id == sa.bindparam("row_id"))
            .values({n: sa.bindparam(n) for n in names}),
            values,
        )  # fmt: skip
        last = rows[-1][0]


def _fill_concepts(conn: sa.Connection) -> None:
    from melayani_hub.need_concepts import concept_of

    t = sa.table("referrals", sa.column("need_norm"), sa.column("need_concept"))
    needs = conn.execute(sa.select(t.c.need_norm).distinct().where(t.c.need_norm != "")).scalars()
    found = [{"need": n, "concept": c} for n in needs if (c := concept_of(n))]
    if found:
        conn.execute(
            t.update().where(t.c.need_norm == sa.bindparam("need"))
            .values(need_concept=sa.bindparam("concept")),
            found,
        )  # fmt: skip


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(_ts("created_ts"))
            batch.add_column(_ts("received_ts"))
            if table in WITH_REPORT_AT:
                batch.add_column(_ts("report_at"))
            if table == "referrals":
                batch.add_column(sa.Column("need_concept", sa.Text, nullable=False,
                                           server_default=""))  # fmt: skip
    conn = op.get_bind()
    for table, kind in TABLES.items():
        _fill(conn, table, kind)
    _fill_concepts(conn)
    op.create_index("ix_referrals_report_at", "referrals", ["report_at"])
    op.create_index("ix_referrals_org_report_at", "referrals", ["org_id", "report_at"])
    op.create_index("ix_unmet_needs_report_at", "unmet_needs", ["report_at"])
    ts = sa.DateTime(timezone=True)
    op.create_table(
        "report_weeks",
        sa.Column("week", ts, primary_key=True),
        sa.Column("table", sa.String(32), primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        *(sa.Column(c, sa.BigInteger, nullable=False, server_default="0")
          for c in ("n", "with_outcome", "answered")),
        sa.Column("wait_s", sa.Float, nullable=False, server_default="0"),
        *(sa.Column(c, sa.BigInteger, nullable=False, server_default="0")
          for c in ("timed", "fast")),
    )  # fmt: skip
    op.create_table(
        "report_dirty",
        sa.Column("week", ts, primary_key=True),
        sa.Column("gen", sa.BigInteger, nullable=False, server_default="1"),
    )
    from melayani_hub.report_rollup import mark_all

    mark_all(conn)  # the first report builds the roll-up of the weeks already stored


def downgrade() -> None:
    op.drop_table("report_dirty")
    op.drop_table("report_weeks")
    op.drop_index("ix_referrals_org_report_at", "referrals")
    op.drop_index("ix_unmet_needs_report_at", "unmet_needs")
    op.drop_index("ix_referrals_report_at", "referrals")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            if table == "referrals":
                batch.drop_column("need_concept")
            if table in WITH_REPORT_AT:
                batch.drop_column("report_at")
            batch.drop_column("received_ts")
            batch.drop_column("created_ts")
