"""Referral codes unique across the regency; a LAPOR! id on an outcome.

``desks.code``: the prefix of the desk's referral codes ("K7QD"), unique, given at
enrollment (melayani_core/referrals/codes.py). ``referrals.code``: the code the desk
printed ("K7QD-0012"), for ``GET /api/v1/admin/referrals/{code}`` and
``melayani-hub referral CODE``. ``outcomes.lapor_id``: a SP4N-LAPOR! tracking id the
citizen got after the referral.

Revision ID: h0004
Revises: h0004_key_statements
Create Date: 2026-12-03

Existing data: desks of the first releases printed ``desk_id[:4].upper()-seq``; each
desk keeps that prefix when no other desk has it (else it gets a free one; its old
codes are still found by the stored referral code), and every stored referral gets the
code it was printed with.
"""

import sqlalchemy as sa
from alembic import op

from melayani_core.referrals.codes import legacy_prefix, new_prefix

revision = "h0004"
down_revision = "h0004_key_statements"
branch_labels = None
depends_on = None

PREFIX = "upper(substr(replace(desk_id, '-', ''), 1, 4))"
SEQ = {
    "sqlite": "printf('%04d', seq)",
    "postgresql": "CASE WHEN seq < 10000 THEN lpad(seq::text, 4, '0') ELSE seq::text END",
}


def _desk_codes(conn: sa.Connection) -> None:
    taken: set[str] = set()
    for row_id, desk_id in conn.execute(sa.text("SELECT id, desk_id FROM desks ORDER BY id")):
        code = legacy_prefix(desk_id)
        while code in taken:
            code = new_prefix()
        taken.add(code)
        conn.execute(
            sa.text("UPDATE desks SET code = :code WHERE id = :id"), {"code": code, "id": row_id}
        )


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("desks", sa.Column("code", sa.String(8), nullable=True))
    _desk_codes(conn)
    op.create_index("ix_desks_code", "desks", ["code"], unique=True)
    op.add_column("referrals", sa.Column("code", sa.String(16), nullable=False, server_default=""))
    op.execute(f"UPDATE referrals SET code = {PREFIX} || '-' || {SEQ[conn.dialect.name]}")
    op.create_index("ix_referrals_code", "referrals", ["code"])
    op.add_column("outcomes", sa.Column("lapor_id", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("lapor_id")
    op.drop_index("ix_referrals_code", "referrals")
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("code")
    op.drop_index("ix_desks_code", "desks")
    with op.batch_alter_table("desks") as batch:
        batch.drop_column("code")
