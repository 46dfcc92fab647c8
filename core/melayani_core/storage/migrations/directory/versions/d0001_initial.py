"""Directory schema, first version: organizations, services, contacts, links, FTS5 index.

Revision ID: d0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "d0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str, default: str = "") -> sa.Column[str]:
    return sa.Column(name, sa.Text, nullable=False, server_default=default)


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String, primary_key=True),
        _text("value"),
    )
    op.create_table(
        "organizations",
        sa.Column("org_id", sa.String, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        *[_text(c) for c in ("short_name",)],
        _text("kind", "opd"),
        *[
            _text(c)
            for c in (
                "parent_id",
                "address",
                "phone",
                "whatsapp",
                "email",
                "website",
                "hours",
                "authority_note",
                "description",
            )
        ],
        _text("aliases", "[]"),
        _text("assured_date"),
    )
    op.create_table(
        "services",
        sa.Column("sid", sa.Integer, primary_key=True),
        sa.Column("service_id", sa.String, nullable=False, unique=True),
        sa.Column("org_id", sa.String, sa.ForeignKey("organizations.org_id"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        _text("category"),
        _text("keywords", "[]"),
        _text("description"),
        _text("requirements", "[]"),
        _text("fee"),
        _text("duration"),
        _text("authority", "regency"),
        _text("authority_note"),
        _text("online_url"),
        _text("area", "[]"),
        _text("assured_date"),
    )
    op.create_index("ix_services_org", "services", ["org_id"])
    op.create_index("ix_services_category", "services", ["category"])
    op.create_table(
        "contacts",
        sa.Column("contact_id", sa.String, primary_key=True),
        sa.Column("org_id", sa.String, sa.ForeignKey("organizations.org_id"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Text, nullable=False),
        _text("level", "technical"),
        *[_text(c) for c in ("whatsapp", "phone", "email", "hours")],
        _text("languages", "[]"),
        _text("area", "[]"),
        _text("assured_date"),
    )
    op.create_index("ix_contacts_org", "contacts", ["org_id"])
    op.create_table(
        "service_contacts",
        sa.Column("service_id", sa.String, sa.ForeignKey("services.service_id"), primary_key=True),
        sa.Column("contact_id", sa.String, sa.ForeignKey("contacts.contact_id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_service_contacts_contact", "service_contacts", ["contact_id"])
    # Search text, precomputed at import: words as typed, folded, and their stems.
    # rowid = services.sid.  Column weights are given at query time (bm25).
    op.execute(
        "CREATE VIRTUAL TABLE service_fts USING fts5("
        "name, keywords, org, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute("CREATE VIRTUAL TABLE service_vocab USING fts5vocab(service_fts, 'row')")


def downgrade() -> None:
    op.execute("DROP TABLE service_vocab")
    op.execute("DROP TABLE service_fts")
    for table in ("service_contacts", "contacts", "services", "organizations", "meta"):
        op.drop_table(table)
