"""The console's tables (migration h0006_console), as SQLAlchemy Core tables of their own
metadata, so the console does not reach into the sync models; ``desk_status`` is the
lightweight view of the columns h0006 added to ``desks``."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    column,
    table,
)

BigId = BigInteger().with_variant(Integer(), "sqlite")
meta = MetaData()


def _id() -> Column:
    return Column("id", BigId, primary_key=True, autoincrement=True)


users = Table(
    "console_users", meta, _id(), Column("name", String(64)), Column("password_hash", Text),
    Column("role", String(16)), Column("agency", Text), Column("created_at", String(32)),
    Column("disabled_at", String(32)),
)  # fmt: skip
sessions = Table(
    "console_sessions", meta, _id(), Column("token_hash", String(64)),
    Column("user_id", BigId), Column("csrf", String(64)), Column("created_at", String(32)),
    Column("expires_at", String(32)),
)  # fmt: skip
audit = Table(
    "audit_log", meta, _id(), Column("at", String(32)), Column("user_name", String(64)),
    Column("action", String(64)), Column("target", Text), Column("detail", Text),
)  # fmt: skip
problems = Table(
    "problem_status", meta, _id(), Column("source", String(16)),
    Column("source_uuid", String(36)), Column("status", String(16)),
    Column("fixed_version", Integer), Column("handled_by", Text),
    Column("handled_at", String(32)), Column("note", Text),
)  # fmt: skip
working = Table(
    "working_rows", meta, _id(), Column("sheet", String(16)), Column("record_id", Text),
    Column("org_id", Text), Column("cells", Text), Column("position", Integer),
)  # fmt: skip
changes = Table(
    "directory_changes", meta, _id(), Column("sheet", String(16)), Column("record_id", Text),
    Column("org_id", Text), Column("before", Text), Column("after", Text),
    Column("problem_uuid", String(36)), Column("status", String(16)),
    Column("made_by", String(64)), Column("made_at", String(32)),
    Column("reviewed_by", Text), Column("reviewed_at", String(32)), Column("version", Integer),
)  # fmt: skip
candidates = Table(
    "directory_candidates", meta, _id(), Column("version", Integer),
    Column("manifest", LargeBinary), Column("snapshot", LargeBinary),
    Column("sha256", String(64)), Column("size", BigInteger), Column("issued_at", String(32)),
    Column("expires", String(32)), Column("created_by", String(64)),
    Column("created_at", String(32)), Column("signature", Text), Column("key_id", String(64)),
    Column("signed_at", String(32)), Column("released_at", String(32)),
    Column("released_by", Text),
)  # fmt: skip
rounds = Table(
    "verification_rounds", meta, _id(), Column("started_by", String(64)),
    Column("started_at", String(32)), Column("due_at", String(32)), Column("note", Text),
)  # fmt: skip
verifications = Table(
    "contact_verifications", meta, _id(), Column("round_id", BigId),
    Column("contact_id", Text), Column("org_id", Text), Column("verified_by", String(64)),
    Column("verified_at", String(32)),
)  # fmt: skip
desk_status = table(
    "desks", column("desk_id"), column("token_hash"), column("last_seen_at"),
    column("program_version"), column("directory_version"), column("pending"), column("last_error"),
)  # fmt: skip
