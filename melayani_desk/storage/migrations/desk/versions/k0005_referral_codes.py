"""Referral codes unique across the regency; a LAPOR! id on an outcome.

``desk.code``: the prefix of this desk's referral codes (melayani_core/referrals/codes.py);
``desk.code_from_hub``: 1 once the hub has given it (at enrollment or GET /desk).
``referrals.code``: the code the referral was given, as printed ("K7QD-0012"), so a slip
printed before enrollment keeps its code after the prefix changes.
``outcomes.lapor_id``: the SP4N-LAPOR! tracking id the citizen got after the referral.

Revision ID: k0005
Revises: k0005_keyset_version
Create Date: 2026-12-03

Existing data: a first-release desk printed ``desk_id[:4].upper()-seq``; its prefix and
every existing referral's code are set to exactly that, so old slips stay valid (the
referrals' UPDATE trigger is dropped for that one statement and made again, unchanged).
"""

import sqlalchemy as sa
from alembic import op

revision = "k0005"
down_revision = "k0005_keyset_version"
branch_labels = None
depends_on = None

LEGACY_PREFIX = "upper(substr(replace(desk_id, '-', ''), 1, 4))"


def _guard(action: str) -> str:
    """The k0001 immutability trigger of ``referrals`` for ``action``, word for word."""
    return (
        f"CREATE TRIGGER IF NOT EXISTS referrals_no_{action.lower()} BEFORE {action} "
        "ON referrals BEGIN SELECT RAISE(ABORT, 'referrals are immutable: "
        "log a new record instead'); END"
    )


def upgrade() -> None:
    op.add_column("desk", sa.Column("code", sa.Text, nullable=False, server_default=""))
    op.add_column(
        "desk", sa.Column("code_from_hub", sa.Boolean, nullable=False, server_default="0")
    )
    op.execute(f"UPDATE desk SET code = {LEGACY_PREFIX}")
    op.add_column("referrals", sa.Column("code", sa.String, nullable=False, server_default=""))
    op.execute("DROP TRIGGER IF EXISTS referrals_no_update")
    op.execute(f"UPDATE referrals SET code = {LEGACY_PREFIX} || '-' || printf('%04d', seq)")
    op.execute(_guard("UPDATE"))
    op.create_index("ix_referrals_code", "referrals", ["code"])
    op.add_column("outcomes", sa.Column("lapor_id", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("lapor_id")
    op.drop_index("ix_referrals_code", "referrals")
    with op.batch_alter_table("referrals") as batch:  # a rebuilt table loses its triggers
        batch.drop_column("code")
    op.execute(_guard("UPDATE"))
    op.execute(_guard("DELETE"))
    with op.batch_alter_table("desk") as batch:
        batch.drop_column("code_from_hub")
        batch.drop_column("code")
