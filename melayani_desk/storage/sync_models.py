"""SQLAlchemy models of the desk's sync state (migration k0002): hub, token, pinned keys.

Imported by :mod:`melayani_desk.storage.desk_models` so that ``DeskBase.metadata``
describes the whole desk schema.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from melayani_desk.storage.desk_models import DeskBase


class SyncStateRow(DeskBase):
    """Where this desk syncs to and how the last passes went: exactly one row (id = 1)."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="ck_sync_state_single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hub_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    token: Mapped[str | None] = mapped_column(Text, nullable=True)  # this desk's own credential
    enrolled_at: Mapped[str | None] = mapped_column(String, nullable=True)
    directory_version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    directory_epoch: Mapped[int] = mapped_column(  # k0003
        Integer, nullable=False, default=0, server_default="0"
    )
    directory_issued_at: Mapped[str | None] = mapped_column(String, nullable=True)
    directory_expires: Mapped[str | None] = mapped_column(String, nullable=True)
    directory_installed_at: Mapped[str | None] = mapped_column(String, nullable=True)
    directory_warning: Mapped[str] = mapped_column(
        Text, nullable=False, default="", server_default=""
    )
    last_success_at: Mapped[str | None] = mapped_column(String, nullable=True)
    last_attempt_at: Mapped[str | None] = mapped_column(String, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    consecutive_failures: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    next_attempt_at: Mapped[str | None] = mapped_column(String, nullable=True)
    keyset_version: Mapped[int] = mapped_column(  # k0005: the key statement followed
        Integer, nullable=False, default=0, server_default="0"
    )


class TrustedKeyRow(DeskBase):
    """An Ed25519 public key pinned for directory manifests; key_id = sha256 hex of the key."""

    __tablename__ = "trusted_keys"
    key_id: Mapped[str] = mapped_column(String, primary_key=True)
    public_key: Mapped[str] = mapped_column(String, nullable=False)  # base64 of the raw 32 bytes
    source: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    added_at: Mapped[str] = mapped_column(String, nullable=False)
