"""Citizen details are removed after the directory's retention period (UU 27/2022).

Revision ID: k0006
Revises: k0005
Create Date: 2026-12-10

``referrals.redacted_at`` (NULL = not redacted) says when a referral's citizen details
(name, phone, village) and note were removed; the referral itself is kept.  The k0001
trigger refusing every UPDATE of a referral is replaced by one refusing every UPDATE but
that redaction: once, to NULL/empty, with every other column unchanged.  Existing rows
get NULL (none was redacted before); nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "k0006"
down_revision = "k0005"
branch_labels = None
depends_on = None

# every referral column a redaction must leave as it was (frozen here, as of k0006)
KEPT = (
    "id", "uuid", "desk_id", "seq", "created_at", "need_text", "service_id", "service_name",
    "org_id", "org_name", "org_short_name", "authority", "authority_note", "contact_id",
    "contact_name", "contact_position", "contact_whatsapp", "contact_phone", "channel",
    "citizen_consent", "lapor_id", "supersedes_uuid", "directory_version",
    "directory_is_sample", "found_via", "search_rank", "code",
)  # fmt: skip
IMMUTABLE = "BEGIN SELECT RAISE(ABORT, 'referrals are immutable: log a new record instead'); END"


def upgrade() -> None:
    op.add_column("referrals", sa.Column("redacted_at", sa.String, nullable=True))
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in KEPT)
    redaction = (
        "OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL "
        "AND NEW.citizen_name IS NULL AND NEW.citizen_phone IS NULL "
        f"AND NEW.citizen_village IS NULL AND NEW.note = '' AND {unchanged}"
    )
    op.execute("DROP TRIGGER referrals_no_update")
    op.execute(
        f"CREATE TRIGGER referrals_no_update BEFORE UPDATE ON referrals "
        f"WHEN NOT ({redaction}) {IMMUTABLE}"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER referrals_no_update")
    with op.batch_alter_table("referrals") as batch:  # a rebuilt table loses its triggers
        batch.drop_column("redacted_at")
    for action in ("UPDATE", "DELETE"):
        op.execute(f"DROP TRIGGER IF EXISTS referrals_no_{action.lower()}")
        op.execute(
            f"CREATE TRIGGER referrals_no_{action.lower()} BEFORE {action} ON referrals {IMMUTABLE}"
        )
