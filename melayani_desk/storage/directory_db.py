"""The directory SQLite files: built aside, checked, then switched to atomically.

Layout under the data directory::

    directory/
        CURRENT                  the file name of the directory in use (replaced atomically)
        dir-<stamp>-<rand>.sqlite   one file per built directory (never rewritten in place)

A directory is built into ``.building-*.sqlite``, filled, checked with
``PRAGMA integrity_check``, fsynced and renamed; only then does ``CURRENT`` change.
A crash at any point leaves the previous directory in use, whole.  A versioned file
name means Windows never has to replace a file another process holds open.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import create_engine, event, insert

from melayani_desk.directory.model import Contact, Directory, Organization, Service
from melayani_desk.storage import migrate
from melayani_desk.storage.directory_models import (
    ContactRow,
    MetaRow,
    OrganizationRow,
    ServiceContactRow,
    ServiceRow,
)

SUBDIR = "directory"
POINTER = "CURRENT"
LIST_FIELDS = {"aliases", "keywords", "requirements", "area", "languages"}

# (name, keywords, org, body) per service, in the order of directory.services
SearchRows = Iterable[tuple[str, str, str, str]]


class DirectoryError(Exception):
    """The directory file is missing, unreadable or damaged."""


def _row(record: object, drop: tuple[str, ...] = ()) -> dict:
    data = asdict(record)  # type: ignore[call-overload]
    for key in drop:
        data.pop(key, None)
    for key in LIST_FIELDS & data.keys():
        data[key] = json.dumps(data[key], ensure_ascii=False)
    return data


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_directory_file(path: Path, directory: Directory, search_rows: SearchRows) -> None:
    """Create a complete directory database at ``path`` (which must not exist)."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _fast_build(dbapi_conn, _record):  # noqa: ANN001 - DBAPI hook
        # The file is private until renamed: a crash just leaves a stray file.
        dbapi_conn.execute("PRAGMA journal_mode=MEMORY")
        dbapi_conn.execute("PRAGMA synchronous=OFF")

    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, "directory")
            meta = {
                "source": directory.source,
                "is_sample": "1" if directory.is_sample else "0",
                "version": str(directory.version),
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
            conn.execute(insert(MetaRow), [{"key": k, "value": v} for k, v in meta.items()])
            if directory.organizations:
                conn.execute(insert(OrganizationRow), [_row(o) for o in directory.organizations])
            if directory.services:
                conn.execute(
                    insert(ServiceRow),
                    [{"sid": i + 1, **_row(s)} for i, s in enumerate(directory.services)],
                )
            if directory.contacts:
                conn.execute(
                    insert(ContactRow), [_row(c, drop=("service_ids",)) for c in directory.contacts]
                )
                links = [
                    {"service_id": sid, "contact_id": c.contact_id, "position": pos}
                    for c in directory.contacts
                    for pos, sid in enumerate(c.service_ids)
                ]
                if links:
                    conn.execute(insert(ServiceContactRow), links)
            raw = conn.connection.driver_connection
            raw.executemany(
                "INSERT INTO service_fts(rowid, name, keywords, org, body) VALUES (?,?,?,?,?)",
                ((i + 1, *row) for i, row in enumerate(search_rows)),
            )
            raw.execute("INSERT INTO service_fts(service_fts) VALUES ('optimize')")
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise DirectoryError(f"integrity check failed on the new directory: {check}")
    finally:
        con.close()
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


class DirectoryStore:
    """Finds the directory in use and installs a new one atomically."""

    def __init__(self, data_dir: Path):
        self.folder = Path(data_dir) / SUBDIR
        self.folder.mkdir(parents=True, exist_ok=True)

    @property
    def pointer(self) -> Path:
        return self.folder / POINTER

    def current(self) -> Path | None:
        """The directory file in use, or None when none was ever installed."""
        try:
            name = self.pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.folder / name
        if not name or "/" in name or "\\" in name or not path.is_file():
            raise DirectoryError(f"directory pointer names a missing file: {name!r}")
        return path

    def install(self, directory: Directory, search_rows: SearchRows) -> Path:
        """Build ``directory`` aside and switch to it; the old one stays until the switch."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        final = self.folder / f"dir-{stamp}-{secrets.token_hex(4)}.sqlite"
        building = self.folder / f".building-{final.name}"
        try:
            write_directory_file(building, directory, search_rows)
            os.replace(building, final)
            tmp = self.folder / f".{POINTER}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(final.name + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.pointer)
            _fsync_dir(self.folder)
        except BaseException:
            for leftover in (building,):
                leftover.unlink(missing_ok=True)
            if final.exists() and self._pointer_name() != final.name:
                final.unlink(missing_ok=True)
            raise
        self.cleanup()
        return final

    def _pointer_name(self) -> str:
        try:
            return self.pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return ""

    def cleanup(self) -> None:
        """Remove directory files no longer in use (best effort: Windows may hold them open)."""
        keep = self._pointer_name()
        for path in self.folder.glob("*.sqlite"):
            if path.name != keep:
                try:
                    path.unlink()
                except OSError:
                    pass


class DirectoryReader:
    """Read-only access to one directory file, for search and display."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.con = sqlite3.connect(
                f"file:{self.path.as_posix()}?mode=ro", uri=True, check_same_thread=False
            )
            self.con.execute("PRAGMA query_only=1")
            self.meta = dict(self.con.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise DirectoryError(f"cannot read directory {self.path.name}: {exc}") from exc

    def close(self) -> None:
        self.con.close()

    @property
    def is_sample(self) -> bool:
        return self.meta.get("is_sample") == "1"

    # --- whole-table reads -------------------------------------------------------------
    def organizations(self) -> dict[str, Organization]:
        cur = self.con.execute("SELECT * FROM organizations")
        return {r.org_id: r for r in _records(cur, Organization)}

    def services(self, where: str = "", params: tuple = ()) -> list[Service]:
        sql = "SELECT * FROM services " + where
        return _records(self.con.execute(sql, params), Service, drop=("sid",))

    def services_by_sid(self, sids: list[int]) -> dict[int, Service]:
        if not sids:
            return {}
        marks = ",".join("?" * len(sids))
        cur = self.con.execute(f"SELECT * FROM services WHERE sid IN ({marks})", sids)
        cols = [d[0] for d in cur.description]
        out = {}
        for values in cur:
            row = dict(zip(cols, values, strict=True))
            sid = row.pop("sid")
            out[sid] = _from_row(Service, row)
        return out

    def contacts_for_services(self, service_ids: list[str]) -> dict[str, list[Contact]]:
        """Contacts linked to each service, in the source's order."""
        if not service_ids:
            return {}
        marks = ",".join("?" * len(service_ids))
        cur = self.con.execute(
            "SELECT sc.service_id AS _sid, c.* FROM service_contacts sc "
            f"JOIN contacts c ON c.contact_id = sc.contact_id WHERE sc.service_id IN ({marks}) "
            "ORDER BY sc.service_id, sc.position",
            service_ids,
        )
        cols = [d[0] for d in cur.description]
        out: dict[str, list[Contact]] = {}
        for values in cur:
            row = dict(zip(cols, values, strict=True))
            sid = row.pop("_sid")
            out.setdefault(sid, []).append(_from_row(Contact, row))
        return out

    def contacts_of_org(self, org_id: str, levels: tuple[str, ...]) -> list[Contact]:
        marks = ",".join("?" * len(levels))
        cur = self.con.execute(
            f"SELECT * FROM contacts WHERE org_id = ? AND level IN ({marks})",
            (org_id, *levels),
        )
        return _records(cur, Contact)

    def all_contacts(self) -> list[Contact]:
        """Every contact, in import order, with its service_ids in the source's order."""
        contacts = _records(self.con.execute("SELECT * FROM contacts ORDER BY rowid"), Contact)
        by_id = {c.contact_id: c for c in contacts}
        for service_id, contact_id in self.con.execute(
            "SELECT service_id, contact_id FROM service_contacts ORDER BY contact_id, position"
        ):
            by_id[contact_id].service_ids.append(service_id)
        return contacts

    def contact(self, contact_id: str) -> Contact | None:
        rows = _records(
            self.con.execute("SELECT * FROM contacts WHERE contact_id = ?", (contact_id,)), Contact
        )
        return rows[0] if rows else None

    def service(self, service_id: str) -> Service | None:
        rows = self.services("WHERE service_id = ?", (service_id,))
        return rows[0] if rows else None

    def counts(self) -> dict[str, int]:
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organizations", "services", "contacts")
        }

    # --- full-text ---------------------------------------------------------------------
    def fts_search(
        self, match: str, weights: tuple[float, ...], limit: int
    ) -> list[tuple[int, float]]:
        """(sid, bm25) for an FTS5 MATCH expression; lower bm25 is better."""
        w = ", ".join(str(x) for x in weights)
        return self.con.execute(
            f"SELECT rowid, bm25(service_fts, {w}) AS r FROM service_fts "
            "WHERE service_fts MATCH ? ORDER BY r LIMIT ?",
            (match, limit),
        ).fetchall()

    def vocabulary(self) -> list[tuple[str, int]]:
        """Every indexed term with the number of services holding it."""
        return self.con.execute("SELECT term, doc FROM service_vocab").fetchall()


def _from_row(cls: type, row: dict) -> object:
    for key in LIST_FIELDS & row.keys():
        row[key] = json.loads(row[key] or "[]")
    return cls(**row)


def _records(cur: sqlite3.Cursor, cls: type, drop: tuple[str, ...] = ()) -> list:
    cols = [d[0] for d in cur.description]
    out = []
    for values in cur:
        row = dict(zip(cols, values, strict=True))
        for key in drop:
            row.pop(key, None)
        out.append(_from_row(cls, row))
    return out
