"""Build a desk database as the first released schema (k0001) stored it, with referrals in it."""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import create_engine

from melayani_core.storage import migrate
from melayani_desk.storage import desk_db

FIRST_RELEASE = "k0001"
DESK_ID = "11111111-2222-4333-8444-555555555555"
SCHEMA_DUMP = Path(__file__).parent / "data" / "desk_schema_v1.sql"


def schema_sql(path: Path) -> str:
    """The schema of a SQLite file as sorted CREATE statements (alembic_version left out)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT IN ('alembic_version', 'sqlite_sequence') "
            "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
        ).fetchall()
    finally:
        con.close()
    return "".join(f"{sql};\n" for (sql,) in rows)


def structure(path: Path) -> dict[str, object]:
    """Tables (columns as PRAGMA table_info gives them), indexes and triggers of a file."""
    con = sqlite3.connect(path)
    try:
        names = con.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY type, name"
        ).fetchall()
        tables = {
            name: con.execute(f"PRAGMA table_info({name})").fetchall()
            for kind, name, _ in names
            if kind == "table"
        }
        checks = {
            name: sorted(re.findall(r"CONSTRAINT (\w+) CHECK", sql or ""))
            for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
        }
    finally:
        con.close()
    return {"objects": names, "tables": tables, "checks": checks}


def create_v1_schema(path: Path, via: str = "alembic") -> None:
    """The k0001 schema at ``path``: by Alembic, or from the frozen SQL dump (stamped k0001)."""
    if via == "alembic":
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.begin() as conn:
                migrate.upgrade(conn, desk_db.SCRIPTS, FIRST_RELEASE)
        finally:
            engine.dispose()
        return
    con = sqlite3.connect(path)
    try:
        con.executescript(SCHEMA_DUMP.read_text(encoding="utf-8"))
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES (?)", (FIRST_RELEASE,))
        con.commit()
    finally:
        con.close()


def make_v1(
    path: Path, pending: int, sent: int = 0, quarantined: int = 0, via: str = "alembic"
) -> dict[str, str]:
    """A k0001 database at ``path`` holding referrals; returns {referral uuid: outbox state}."""
    create_v1_schema(path, via)
    states = ["pending"] * pending + ["sent"] * sent + ["quarantined"] * quarantined
    made: dict[str, str] = {}
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO desk (id, desk_id, name, kecamatan, desa, created_at) "
            "VALUES (1, ?, 'Meja Desa Olehsari', 'Glagah', 'Olehsari', ?)",
            (DESK_ID, "2026-01-02T03:04:05+00:00"),
        )
        for seq, state in enumerate(states, start=1):
            ref = str(uuid.UUID(int=seq, version=4))
            made[ref] = state
            consent = seq % 3 == 0
            con.execute(
                "INSERT INTO referrals (uuid, desk_id, seq, created_at, need_text, service_id, "
                "service_name, org_id, org_name, org_short_name, authority, authority_note, "
                "contact_id, contact_name, contact_position, contact_whatsapp, contact_phone, "
                "channel, note, citizen_consent, citizen_name, citizen_phone, citizen_village, "
                "lapor_id, supersedes_uuid, directory_version, directory_is_sample) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    ref, DESK_ID, seq, f"2026-01-02T08:{seq % 60:02d}:00+00:00",
                    f"ktp ilang nomer {seq}", "dukcapil-ktp-hilang", "Penggantian KTP-el Hilang",
                    "dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil",
                    "regency", "", "c-dukcapil-001", "Petugas Dukcapil", "Tenaga teknis",
                    "+6281234567890", "", ("read_out", "printed", "whatsapp_link")[seq % 3],
                    f"catatan {seq} — ꦗꦮ", int(consent), "Siti" if consent else None,
                    "+6281311112222" if consent else None, "Olehsari" if consent else None,
                    None, None, 7, 0,
                ),
            )  # fmt: skip
            con.execute(
                "INSERT INTO outbox (item_type, item_uuid, state, attempts, last_error, "
                "updated_at) VALUES ('referral', ?, ?, ?, ?, '2026-01-02T09:00:00+00:00')",
                (ref, state, 0 if state == "pending" else 1,
                 "konflik di hub: beda" if state == "quarantined" else ""),
            )  # fmt: skip
        con.execute("COMMIT")
    finally:
        con.close()
    return made
