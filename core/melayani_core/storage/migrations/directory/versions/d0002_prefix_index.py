"""Directory schema: FTS5 prefix indexes for 2- and 3-letter prefixes; ranked answers
for the heaviest keystrokes (``fts_top``, see melayani_desk/search/heavy.py).

Search-as-you-type asks for ``"pe"*`` after two keystrokes; without a prefix index FTS5
merges the doclists of every term starting with "pe" (thousands at province scale).
Directory files are built whole at each import, so this runs on an empty index.

Revision ID: d0002
Revises: d0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "d0002"
down_revision = "d0001"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _recreate(options: str) -> None:
    op.execute("DROP TABLE service_vocab")
    op.execute("DROP TABLE service_fts")
    op.execute(f"CREATE VIRTUAL TABLE service_fts USING fts5(name, keywords, org, body, {options})")
    op.execute("CREATE VIRTUAL TABLE service_vocab USING fts5vocab(service_fts, 'row')")


def upgrade() -> None:
    _recreate(f"{TOKENIZE}, prefix = '2 3'")
    op.create_table(
        "fts_top",
        sa.Column("key", sa.Text, primary_key=True),  # JSON [weights, MATCH expression]
        sa.Column("pool", sa.Integer, nullable=False),  # the LIMIT it was asked with
        sa.Column("hits", sa.Text, nullable=False),  # JSON [[rowid, bm25], ...], best first
    )


def downgrade() -> None:
    op.drop_table("fts_top")
    _recreate(TOKENIZE)
