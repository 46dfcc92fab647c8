"""Learning from use: referrals remember how the clerk found the service, by search (at
which place in the results) or by browsing; needs that found nothing are kept and sent.

A referral to a service search ranked low, or found by browsing, teaches the search that
need -> service at once (melayani_desk/referrals/learning.py), and the hub aggregates these
across desks.  ``unmet_needs``: needs the clerk searched (Enter) that found no service; they
go to the hub through the outbox as ``unmet_need`` items, so the outbox's item-type check
is widened (SQLite cannot alter a CHECK: the table is rebuilt with its rows, ids and
AUTOINCREMENT counter kept).

Revision ID: k0004
Revises: k0003_directory_epoch
Create Date: 2026-12-02

Columns are added with defaults (older rows: unknown); the immutability triggers of k0001
guard UPDATE and DELETE and are not touched by ADD COLUMN.
"""

import re

import sqlalchemy as sa
from alembic import op

OLD_TYPES = ("referral", "outcome", "contact_report")
NEW_TYPES = (*OLD_TYPES, "unmet_need")

revision = "k0004"
down_revision = "k0003_directory_epoch"
branch_labels = None
depends_on = None


def _in(values: tuple[str, ...]) -> str:
    return f"item_type IN ({', '.join(repr(v) for v in values)})"


def _outbox_types(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    """Rebuild the outbox with its item-type CHECK listing ``new`` instead of ``old``."""
    conn = op.get_bind()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name='outbox'"
    ).scalar_one()
    check = re.compile(r"item_type IN \([^)]*\)")
    if not check.search(sql):
        raise RuntimeError("outbox item-type check not found")
    seq = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name='outbox'").scalar()
    created = check.sub(_in(new), sql, count=1).replace("outbox", "outbox_new", 1)
    conn.exec_driver_sql(created)
    conn.exec_driver_sql("INSERT INTO outbox_new SELECT * FROM outbox")
    conn.exec_driver_sql("DROP TABLE outbox")
    conn.exec_driver_sql("ALTER TABLE outbox_new RENAME TO outbox")
    if seq is not None:
        conn.exec_driver_sql(
            "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name='outbox'", (seq,)
        )
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_outbox_state ON outbox (state)")


def upgrade() -> None:
    op.add_column("referrals", sa.Column("found_via", sa.String, nullable=False, server_default=""))
    op.add_column(
        "referrals", sa.Column("search_rank", sa.Integer, nullable=False, server_default="0")
    )
    op.create_table(
        "unmet_needs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String, nullable=False, unique=True),
        sa.Column("need_text", sa.Text, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
    )
    _outbox_types(OLD_TYPES, NEW_TYPES)
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER unmet_needs_no_{action.lower()} BEFORE {action} ON unmet_needs "
            "BEGIN SELECT RAISE(ABORT, 'unmet_needs are immutable: "
            "log a new record instead'); END"
        )


def downgrade() -> None:
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS unmet_needs_no_{action}")
    op.execute("DELETE FROM outbox WHERE item_type = 'unmet_need'")
    _outbox_types(NEW_TYPES, OLD_TYPES)
    op.drop_table("unmet_needs")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("search_rank")
        batch.drop_column("found_via")
