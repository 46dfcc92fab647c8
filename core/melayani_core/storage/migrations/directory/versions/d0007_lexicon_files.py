"""Directory schema: the lexicon the directory was built with travels inside it.

``lexicon_files`` holds each lexicon file (``synonyms.tsv``, ``concepts/kesehatan.txt``,
``learned.tsv``, ...) by its relative name.  The search reads its words, concepts and
learned needs from here, so a regency adds a word by publishing a directory version, and
the service-concept links stored beside it were computed from exactly these files.

Revision ID: d0007
Revises: d0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "d0007"
down_revision = "d0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lexicon_files",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("lexicon_files")
