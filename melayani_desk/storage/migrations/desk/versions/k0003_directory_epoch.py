"""The directory version floor becomes a pair (epoch, version).

Revision ID: k0003_directory_epoch
Revises: k0002
Create Date: 2026-12-02

A manifest signed by a trusted key with a higher ``epoch`` is accepted over any version of
an earlier epoch (a floor raised by a publisher's slip or a hub restored from a backup);
see melayani_desk/sync/updater.py. One column with a default: existing desks are epoch 0,
which is what every earlier manifest was. No referral table is touched.
"""

import sqlalchemy as sa
from alembic import op

revision = "k0003_directory_epoch"
down_revision = "k0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sync_state",
        sa.Column("directory_epoch", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("directory_epoch")
