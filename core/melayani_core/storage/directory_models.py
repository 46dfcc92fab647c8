"""SQLAlchemy models of the directory file: one SQLite file per directory version.

The full-text index (``service_fts``) and its vocabulary are FTS5 virtual tables that
SQLAlchemy does not model; they are created by the Alembic migration and filled by
:mod:`melayani_core.storage.directory_db`.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class DirectoryBase(DeclarativeBase):
    pass


class MetaRow(DirectoryBase):
    """Key/value facts about the directory: version, source, is_sample, built_at."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OrganizationRow(DirectoryBase):
    __tablename__ = "organizations"
    org_id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String, default="opd")
    parent_id: Mapped[str] = mapped_column(String, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    whatsapp: Mapped[str] = mapped_column(String, default="")
    email: Mapped[str] = mapped_column(String, default="")
    website: Mapped[str] = mapped_column(String, default="")
    hours: Mapped[str] = mapped_column(Text, default="")
    authority_note: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    assured_date: Mapped[str] = mapped_column(String, default="")


class ServiceRow(DirectoryBase):
    """A service; ``sid`` is the integer rowid shared with the FTS index."""

    __tablename__ = "services"
    sid: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[str] = mapped_column(String, unique=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.org_id"))
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    description: Mapped[str] = mapped_column(Text, default="")
    requirements: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    fee: Mapped[str] = mapped_column(Text, default="")
    duration: Mapped[str] = mapped_column(Text, default="")
    authority: Mapped[str] = mapped_column(String, default="regency")
    authority_note: Mapped[str] = mapped_column(Text, default="")
    online_url: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of kecamatan
    assured_date: Mapped[str] = mapped_column(String, default="")

    __table_args__ = (
        Index("ix_services_org", "org_id"),
        Index("ix_services_category", "category"),
    )


class ContactRow(DirectoryBase):
    __tablename__ = "contacts"
    contact_id: Mapped[str] = mapped_column(String, primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.org_id"))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String, default="technical")
    whatsapp: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    email: Mapped[str] = mapped_column(String, default="")
    hours: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="[]")
    area: Mapped[str] = mapped_column(Text, default="[]")
    assured_date: Mapped[str] = mapped_column(String, default="")

    __table_args__ = (Index("ix_contacts_org", "org_id"),)


class ServiceContactRow(DirectoryBase):
    """Which contacts handle which service, in the source's order."""

    __tablename__ = "service_contacts"
    service_id: Mapped[str] = mapped_column(ForeignKey("services.service_id"), primary_key=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.contact_id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_service_contacts_contact", "contact_id"),)
