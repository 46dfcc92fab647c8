"""The directory SQLite files: built aside, checked, then switched to atomically.

Layout under the data directory::

    directory/
        CURRENT                  the file name of the directory in use (replaced atomically)
        PREVIOUS                 the file name of the one used before it (kept for rollback)
        dir-<stamp>-<rand>.sqlite   one file per built directory (never rewritten in place)

A directory is built into ``.building-*.sqlite``, filled, checked with
``PRAGMA integrity_check``, fsynced, renamed and the folder fsynced; only then does
``CURRENT`` change (written aside, fsynced, renamed, the folder fsynced again).
A crash at any point leaves the previous directory in use, whole.  A versioned file
name means Windows never has to replace a file another process holds open.

Every writer (an import, the sample on first start, a hub update; window or command line)
builds, switches and cleans up while holding the one write lock ``.directory.lock`` beside
the folder, so no writer ever deletes another's building file or the file just switched to.
Cleanup deletes only names this module makes, and never the files ``CURRENT`` and
``PREVIOUS`` name; a file is opened again only with ``mode=rw``/``mode=ro`` URIs, which
never create a missing file.

``rollback()`` switches back to the previous directory (the clerk's "go back" after an
import that turned out wrong) by swapping the two pointers under the same lock: a second
rollback returns to the directory that was undone.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from json.encoder import encode_basestring
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from melayani_core.directory import settings as dir_settings
from melayani_core.directory.model import (
    LEVEL_ORDER,
    Contact,
    Directory,
    DirectorySettings,
    Organization,
    Service,
)
from melayani_core.directory.shrink import Summary
from melayani_core.storage import directory_schema, filelock
from melayani_core.storage.durable import fsync_dir
from melayani_core.storage.recent import FIELD, PAIR, RECORD, Recent, row_cost

SQLValue = str | bytes | int | float | None  # what SQLite hands a Python function
_T = TypeVar("_T")

SUBDIR = "directory"
POINTER = "CURRENT"
PREVIOUS = "PREVIOUS"
LOCK = ".directory.lock"  # beside the folder: the folder holds only CURRENT and directories
WRITE_WAIT_S = 600.0  # an import waits this long for another writer (a 100k build: ~1 min)
# the names install() makes; cleanup never touches anything else
OWN_FILE = re.compile(r"(\.building-)?dir-\d{8}-\d{6}-[0-9a-f]{8}\.sqlite(-journal|-wal|-shm)?")
LIST_FIELDS = {"aliases", "keywords", "requirements", "area", "languages"}
CONTACTS_CHUNK = 2000  # contacts written at a time

# (name, keywords, org, body) per service, in the order of directory.services
SearchRows = Iterable[tuple[str, str, str, str]]
Prepare = Callable[[Path], object]


# What a reader keeps decoded, in bytes (storage/recent.py): about 20 MB in all at most,
# where the entry counts these replace held 30-45 MB at 100,000 contacts.
CACHED_SERVICES_BYTES = 6 * 2**20  # services
CACHED_CONTACTS_BYTES = 6 * 2**20  # the chosen contacts of services
CACHED_MATCHES_BYTES = 4 * 2**20  # full-text answers
CACHED_LINKS_BYTES = 4 * 2**20  # concept links (a few hundred services each)


class DirectoryError(Exception):
    """The directory file is missing, unreadable or damaged."""


class DirectoryBusy(DirectoryError):
    """Another process kept the directory's write lock for too long."""


class DirectoryChanged(DirectoryError):
    """The directory in use is no longer the one an install was prepared against."""


class NoPreviousDirectory(DirectoryError):
    """There is no earlier directory to go back to."""


def sqlite_uri(path: Path, mode: str) -> str:
    """A ``file:`` URI opening an existing database (``mode`` ro or rw: never creates it)."""
    return f"file:{quote(Path(path).as_posix(), safe='/:')}?mode={mode}"


def open_existing(path: Path, mode: str = "rw") -> sqlite3.Connection:
    """Connect to the database at ``path``; DirectoryError if it does not exist."""
    try:
        return sqlite3.connect(sqlite_uri(path, mode), uri=True)
    except sqlite3.OperationalError as exc:
        raise DirectoryError(f"cannot open directory {Path(path).name}: {exc}") from exc


def open_building(path: Path) -> sqlite3.Connection:
    """Connect to a directory file being built (``write_directory_file``'s ``prepare``):
    private until it is renamed into place, so as its first connection it journals in
    memory and does not sync each commit (the finished file is checked and fsynced)."""
    con = open_existing(path)
    con.execute("PRAGMA journal_mode=MEMORY")
    con.execute("PRAGMA synchronous=OFF")
    return con


def _json_list(items: list[str]) -> str:
    """``json.dumps(items, ensure_ascii=False)`` of a list of strings, without the encoder's
    per-call set-up (five list columns, ~260,000 lists at 100,000 contacts)."""
    return "[" + ", ".join(map(encode_basestring, items)) + "]" if items else "[]"


def _insert(
    raw: sqlite3.Connection,
    table: str,
    records: Iterable[object],
    sid: bool = False,
) -> None:
    """executemany straight from the records: no per-row dicts (memory and time at 100k)."""
    columns = [c for c in directory_schema.columns(raw, table) if c != "sid"]
    get = attrgetter(*columns)
    lists = [i for i, c in enumerate(columns) if c in LIST_FIELDS]

    def values(record: object) -> tuple[Any, ...]:
        row: tuple[Any, ...] = get(record)
        if not lists:
            return row
        cells = list(row)
        for i in lists:
            cells[i] = _json_list(cells[i])
        return tuple(cells)

    names = (["sid"] if sid else []) + columns
    marks = ", ".join("?" * len(names))
    sql = f"INSERT INTO {table}({', '.join(names)}) VALUES ({marks})"
    if sid:
        rows = ((i, *values(r)) for i, r in enumerate(records, start=1))
    else:
        rows = (values(r) for r in records)
    raw.executemany(sql, rows)


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _insert_contacts(raw: sqlite3.Connection, contacts: Iterable[Contact]) -> None:
    """The contacts and their services, a chunk at a time: a stream of contacts (a hub
    snapshot read as it is written) is never in memory whole."""
    for chunk in _chunks(contacts, CONTACTS_CHUNK):
        _insert(raw, "contacts", chunk)
        raw.executemany(
            "INSERT INTO service_contacts(service_id, contact_id, position) VALUES (?,?,?)",
            ((sid, c.contact_id, pos) for c in chunk for pos, sid in enumerate(c.service_ids)),
        )


def write_directory_file(
    path: Path,
    directory: Directory,
    search_rows: SearchRows,
    prepare: Prepare | None = None,
    contacts: Iterable[Contact] | None = None,
) -> None:
    """Create a complete directory database at ``path`` (which must not exist).

    ``prepare`` runs on the filled file before it is checked (search's precomputed answers).
    ``contacts``: the contacts to write instead of ``directory.contacts``, taken as they
    come (``validate.Streamed.contacts``: an exception from it leaves no file behind for
    the caller to keep, see ``DirectoryStore._switch``).
    The schema is the head revision's plain SQL (storage/directory_schema.py): building a
    directory imports neither SQLAlchemy nor Alembic.
    """
    if path.exists():
        raise DirectoryError(f"the new directory {path.name} already exists")
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        # The file is private until renamed: a crash just leaves a stray file.
        raw.execute("PRAGMA journal_mode=MEMORY")
        raw.execute("PRAGMA synchronous=OFF")
        directory_schema.create(raw)  # BEGIN: one transaction for the whole build
        meta = {
            "source": directory.source,
            **dir_settings.to_meta(directory.settings),
            "version": str(directory.version),
            "epoch": str(directory.epoch),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        raw.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
        _insert(raw, "organizations", directory.organizations)
        _insert(raw, "services", directory.services, sid=True)
        _insert_contacts(raw, directory.contacts if contacts is None else contacts)
        raw.executemany(
            "INSERT INTO service_fts(rowid, name, keywords, org, body) VALUES (?,?,?,?,?)",
            ((i + 1, *row) for i, row in enumerate(search_rows)),
        )
        raw.execute("INSERT INTO service_fts(service_fts) VALUES ('optimize')")
        raw.executemany(
            "INSERT INTO lexicon_files(name, text) VALUES (?, ?)",
            sorted(directory.lexicon.items()),
        )
        raw.execute("COMMIT")
    finally:
        raw.close()
    if prepare is not None:
        prepare(path)
    con = open_existing(path)  # deleted meanwhile: an error, never a new empty file
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise DirectoryError(f"integrity check failed on the new directory: {check}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if not {"meta", "services", "contacts", "organizations"} <= tables:
            raise DirectoryError(f"the new directory {path.name} lost its tables")
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

    def previous(self) -> Path | None:
        """The directory file used before the one in use, if it is still there."""
        name = self._pointer_name(PREVIOUS)
        if not name or "/" in name or "\\" in name or name == self._pointer_name():
            return None
        path = self.folder / name
        return path if path.is_file() else None

    def current(self) -> Path | None:
        """The directory file in use, or None when none was ever installed.

        A switch in another process may remove the file just after ``CURRENT`` named it:
        then ``CURRENT`` names another one, so read it again."""
        name = None
        for _attempt in range(10):
            before = name
            try:
                name = self.pointer.read_text(encoding="utf-8").strip()
            except FileNotFoundError:
                return None
            if not name or "/" in name or "\\" in name:
                break
            path = self.folder / name
            if path.is_file():
                return path
            if name == before:
                break
        raise DirectoryError(f"directory pointer names a missing file: {name!r}")

    @property
    def lock_path(self) -> Path:
        return self.folder.parent / LOCK

    @contextmanager
    def writing(self, timeout: float = WRITE_WAIT_S) -> Iterator[None]:
        """Hold the directory's write lock (every writer, every process) for the block."""
        try:
            with filelock.exclusive(self.lock_path, timeout):
                yield
        except filelock.Busy:
            raise DirectoryBusy(
                "Direktori sedang diganti oleh proses lain (impor atau pembaruan dari hub). "
                "Tunggu sampai selesai, lalu coba lagi."
            ) from None

    def install(
        self,
        directory: Directory,
        search_rows: SearchRows,
        prepare: Prepare | None = None,
        *,
        only_if_missing: bool = False,
        timeout: float = WRITE_WAIT_S,
        expect: Path | None = None,
        contacts: Iterable[Contact] | None = None,
    ) -> Path:
        """Build ``directory`` aside and switch to it; the old one stays until the switch,
        and is kept after it as the previous directory (``rollback``).  ``contacts``: see
        ``write_directory_file``.

        ``only_if_missing``: keep a directory another process installed meanwhile (the
        sample on a first start).  ``expect``: the directory file the caller compared the
        new one with; DirectoryChanged (nothing built) when another writer switched since."""
        with self.writing(timeout):
            if only_if_missing:
                existing = self.current()
                if existing is not None:
                    return existing
            if expect is not None and self.current() != Path(expect):
                raise DirectoryChanged(
                    "Direktori yang dipakai sudah diganti proses lain (pembaruan dari hub "
                    "atau impor lain) sejak ringkasan ini dibuat. Tidak ada yang diubah; "
                    "impor lagi untuk melihat ringkasan yang baru."
                )
            final = self._switch(directory, search_rows, prepare, contacts)
            self._cleanup()
        return final

    def rollback(self, timeout: float = WRITE_WAIT_S) -> Path:
        """Switch back to the previous directory; the one undone becomes the previous.

        NoPreviousDirectory when there is none (or its file cannot be read): nothing
        changes then."""
        with self.writing(timeout):
            current, previous = self.current(), self.previous()
            if current is None or previous is None:
                raise NoPreviousDirectory("Tidak ada direktori sebelumnya untuk dipakai kembali.")
            try:
                DirectoryReader(previous).close()  # readable, or nothing changes
            except DirectoryError:
                raise NoPreviousDirectory(
                    f"Direktori sebelumnya ({previous.name}) tidak dapat dibaca."
                ) from None
            # CURRENT first: a power cut between the two renames leaves the right
            # directory in use (and at worst forgets the one just undone)
            self._write_pointer(POINTER, previous.name)
            self._write_pointer(PREVIOUS, current.name)
        return previous

    def _write_pointer(self, pointer: str, name: str) -> None:
        """Replace the pointer file ``pointer`` by one naming ``name``, durably."""
        tmp = self.folder / f".{pointer}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.folder / pointer)
        fsync_dir(self.folder)

    def _switch(
        self,
        directory: Directory,
        search_rows: SearchRows,
        prepare: Prepare | None,
        contacts: Iterable[Contact] | None,
    ) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        final = self.folder / f"dir-{stamp}-{secrets.token_hex(4)}.sqlite"
        building = self.folder / f".building-{final.name}"
        try:
            write_directory_file(building, directory, search_rows, prepare, contacts)
            os.replace(building, final)
            # the new name must be on the disk before CURRENT may name it: a power cut
            # could otherwise keep the new CURRENT and lose the rename (tests/test_powercut.py)
            fsync_dir(self.folder)
            old = self._pointer_name()
            if old and (self.folder / old).is_file():
                # PREVIOUS before CURRENT: a power cut between them keeps the old one in
                # use and named twice, never a file that no pointer names
                self._write_pointer(PREVIOUS, old)
            self._write_pointer(POINTER, final.name)
        except BaseException:
            for leftover in (building, building.with_name(building.name + "-journal")):
                leftover.unlink(missing_ok=True)
            if final.exists() and self._pointer_name() != final.name:
                final.unlink(missing_ok=True)
            raise
        return final

    def _pointer_name(self, pointer: str = POINTER) -> str:
        try:
            return (self.folder / pointer).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return ""

    def cleanup(self) -> None:
        """Remove directory files no longer in use, with their journals, and what killed
        builds left behind (best effort: Windows may hold them open).  Skipped while
        another writer holds the lock: it cleans up after its own switch."""
        try:
            with self.writing(timeout=0):
                self._cleanup()
        except DirectoryBusy:
            return

    def _cleanup(self) -> None:
        """Only under the write lock: no build is running, so a ``.building-`` file is a
        killed build's; only names ``install`` makes are touched."""
        keep = self._pointer_name()
        if not keep or not (self.folder / keep).is_file():
            return
        kept = {keep, self._pointer_name(PREVIOUS)} - {""}
        for path in self.folder.iterdir():
            name = path.name
            if not OWN_FILE.fullmatch(name) or _named(name, kept):
                continue
            try:
                path.unlink()
            except OSError:
                pass


def _named(name: str, kept: set[str]) -> bool:
    """``name`` is one of the ``kept`` files or one of their journals."""
    return any(name == keep or name.startswith(keep + "-") for keep in kept)


class DirectoryReader:
    """Read-only access to one directory file, for search and display."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.con = sqlite3.connect(
                sqlite_uri(self.path, "ro"), uri=True, check_same_thread=False
            )
            self.con.execute("PRAGMA query_only=1")
            self.meta = dict(self.con.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise DirectoryError(f"cannot read directory {self.path.name}: {exc}") from exc
        # str.lower, as the engine folds a desk's kecamatan (SQLite's lower() is ASCII only)
        self.con.create_function("py_lower", 1, _lower, deterministic=True)
        # A directory file is never changed once built, so what was read stays true.
        # Typing "k", "kt", "ktp" asks for the same services again: keep the recent ones.
        self._services: Recent[int, Service] = Recent(CACHED_SERVICES_BYTES)
        self._contacts: Recent[tuple[str, str, int], tuple[Contact, ...]] = Recent(
            CACHED_CONTACTS_BYTES
        )
        self._matches: Recent[tuple[str, tuple[float, ...], int], tuple[tuple[int, float], ...]]
        self._matches = Recent(CACHED_MATCHES_BYTES)
        tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master")}
        self._has_top = "fts_top" in tables
        self.has_concepts = "service_concepts" in tables
        self._has_lexicon = "lexicon_files" in tables
        self._links: Recent[str, tuple[tuple[int, float], ...]] = Recent(CACHED_LINKS_BYTES)

    def close(self) -> None:
        self.con.close()

    @property
    def is_sample(self) -> bool:
        return self.meta.get("is_sample") == "1"

    @property
    def settings(self) -> DirectorySettings:
        """The directory's settings sheet as stored (defaults for an older file)."""
        return dir_settings.from_meta(self.meta)

    # --- whole-table reads -------------------------------------------------------------
    def organizations(self) -> dict[str, Organization]:
        cur = self.con.execute("SELECT * FROM organizations")
        return {r.org_id: r for r in _records(cur, Organization)}

    def organization(self, org_id: str) -> Organization | None:
        """One agency by its id (a primary-key lookup): a reprint or a referral needs one
        agency, not all of them."""
        cur = self.con.execute("SELECT * FROM organizations WHERE org_id = ?", (org_id,))
        rows = _records(cur, Organization)
        return rows[0] if rows else None

    def browse_entries(self) -> list[tuple[str, str, str, str, str, str, str]]:
        """(service_id, name, category, org_id, authority, agency name, agency short name)
        of every service, in name order: what the Browse tab lists, without the long text
        columns (requirements, descriptions) a whole ``Service`` carries."""
        return self.con.execute(
            "SELECT s.service_id, s.name, s.category, s.org_id, s.authority, "
            "coalesce(o.name, ''), coalesce(o.short_name, '') "
            "FROM services s LEFT JOIN organizations o ON o.org_id = s.org_id "
            "ORDER BY s.name"
        ).fetchall()

    def services(self, where: str = "", params: tuple[object, ...] = ()) -> list[Service]:
        sql = "SELECT * FROM services " + where
        return _records(self.con.execute(sql, params), Service, drop=("sid",))

    def services_by_sid(self, sids: list[int]) -> dict[int, Service]:
        """The services with these sids (shared records: do not modify them)."""
        out = self._services.get_many(sids)
        missing = [sid for sid in sids if sid not in out]
        if missing:
            marks = ",".join("?" * len(missing))
            cur = self.con.execute(f"SELECT * FROM services WHERE sid IN ({marks})", missing)
            cols = [d[0] for d in cur.description]
            lists = _list_columns(cols)
            for values in cur:
                row = _decode(cols, values, lists)
                sid = row.pop("sid")
                out[sid] = self._services.put(sid, Service(**row), row_cost(values))
        return out

    def all_service_facts(self) -> dict[int, tuple[str, frozenset[str], str]]:
        """(service_id, area as lower-case names, org_id) of every service by sid: what
        ranking needs, read once when the search opens (a few MB at 20,000 services)."""
        none: frozenset[str] = frozenset()
        out: dict[int, tuple[str, frozenset[str], str]] = {}
        for sid, service_id, area, org in self.con.execute(
            "SELECT sid, service_id, area, org_id FROM services"
        ):
            names = frozenset(a.lower() for a in _list(area)) if area and area != "[]" else none
            out[sid] = (service_id, names, org)
        return out

    def sids_of(self, service_ids: list[str]) -> dict[str, int]:
        """service_id -> sid of those of ``service_ids`` the directory holds."""
        if not service_ids:
            return {}
        marks = ",".join("?" * len(service_ids))
        cur = self.con.execute(
            f"SELECT service_id, sid FROM services WHERE service_id IN ({marks})", service_ids
        )
        return dict(cur.fetchall())

    def first_service_sid(self, org_ids: list[str]) -> int | None:
        """The first service (import order) of the first of ``org_ids`` that has one."""
        for org_id in org_ids:
            row = self.con.execute(
                "SELECT min(sid) FROM services WHERE org_id = ?", (org_id,)
            ).fetchone()
            if row and row[0] is not None:
                return int(row[0])
        return None

    def emergency_services(self) -> list[Service]:
        """The services of emergency organizations (112), without reading every service."""
        return self.services(
            "WHERE org_id IN (SELECT org_id FROM organizations WHERE kind = 'emergency') "
            "ORDER BY sid"
        )

    def contacts_for_services(
        self, service_ids: list[str], kecamatan: str = "", limit: int = 0
    ) -> dict[str, list[Contact]]:
        """The contacts linked to each service (shared records): with ``limit``, the first
        ``limit`` a clerk should use, chosen and ordered by SQLite (technical staff, then
        the bidang's manager, then front desk and head; within a level those serving
        ``kecamatan``, lower case, first; then the source's order). Without it, all of
        them in the source's order."""
        kecamatan = kecamatan.strip().lower()
        found = {sid: self._contacts.get((sid, kecamatan, limit)) for sid in service_ids}
        missing = [sid for sid, linked in found.items() if linked is None]
        if missing:
            fetched = self._fetch_contacts(missing, kecamatan, limit)
            for sid in missing:
                linked, cost = fetched.get(sid, ((), 0))
                found[sid] = self._contacts.put((sid, kecamatan, limit), linked, cost + FIELD)
        return {sid: list(linked) for sid, linked in found.items() if linked}

    def _fetch_contacts(
        self, service_ids: list[str], kecamatan: str, limit: int
    ) -> dict[str, tuple[tuple[Contact, ...], int]]:
        """service_id -> (its contacts, about the bytes they hold)."""
        marks = ",".join("?" * len(service_ids))
        if limit:
            cur = self.con.execute(_CHOSEN_CONTACTS.format(marks=marks),
                                   (kecamatan, kecamatan, *service_ids, limit))  # fmt: skip
        else:
            cur = self.con.execute(
                "SELECT sc.service_id AS _sid, c.* FROM service_contacts sc "
                "JOIN contacts c ON c.contact_id = sc.contact_id "
                f"WHERE sc.service_id IN ({marks}) ORDER BY sc.service_id, sc.position",
                service_ids,
            )
        cols = [d[0] for d in cur.description]
        lists = _list_columns(cols)
        fetched: dict[str, list[Contact]] = {}
        costs: dict[str, int] = {}
        for values in cur:
            row = _decode(cols, values, lists)
            row.pop("_n", None)
            sid = row.pop("_sid")
            fetched.setdefault(sid, []).append(Contact(**row))
            costs[sid] = costs.get(sid, 0) + row_cost(values)
        return {sid: (tuple(linked), costs[sid]) for sid, linked in fetched.items()}

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

    def summary(self) -> Summary:
        """What an import must not lose unasked (``melayani_core.directory.shrink``)."""
        from collections import Counter

        emergency = self.con.execute(
            "SELECT count(*) FROM services WHERE org_id IN "
            "(SELECT org_id FROM organizations WHERE kind = 'emergency')"
        ).fetchone()[0]
        authorities = Counter(
            dict(self.con.execute("SELECT authority, count(*) FROM services GROUP BY 1"))
        )
        return Summary(self.counts()["contacts"], emergency, authorities)

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
        key = (match, weights, limit)
        cached = self._matches.get(key)
        if cached is not None:
            return list(cached)
        if self._has_top:
            found = self.con.execute(
                "SELECT pool, hits FROM fts_top WHERE key = ?",
                (fts_top_key(match, weights),),
            ).fetchone()
            if found is not None and limit <= found[0]:
                rows = [(sid, rank) for sid, rank in json.loads(found[1])[:limit]]
                self._matches.put(key, tuple(rows), PAIR * len(rows) + RECORD)
                return rows
        w = ", ".join(str(x) for x in weights)
        rows = self.con.execute(
            f"SELECT rowid, bm25(service_fts, {w}) AS r FROM service_fts "
            "WHERE service_fts MATCH ? ORDER BY r LIMIT ?",
            (match, limit),
        ).fetchall()
        self._matches.put(key, tuple(rows), PAIR * len(rows) + RECORD)
        return rows

    # --- need concepts ----------------------------------------------------------------------
    def org_offices(self) -> dict[str, tuple[str, ...]]:
        """The office types of each organization (org_id -> office ids), {} when unknown."""
        if not self.has_concepts:
            return {}
        out: dict[str, list[str]] = {}
        for org_id, office in self.con.execute("SELECT org_id, office FROM org_offices"):
            out.setdefault(org_id, []).append(office)
        return {k: tuple(v) for k, v in out.items()}

    def concept_links(self, concept: str) -> tuple[tuple[int, float], ...]:
        """(sid, strength) of the services linked to ``concept``, strongest first."""
        cached = self._links.get(concept)
        if cached is not None:
            return cached
        rows: tuple[tuple[int, float], ...] = ()
        if self.has_concepts:
            rows = tuple(
                self.con.execute(
                    "SELECT sid, weight FROM service_concepts WHERE concept = ? "
                    "ORDER BY weight DESC, sid",
                    (concept,),
                )
            )
        self._links.put(concept, rows, PAIR * len(rows) + RECORD)
        return rows

    def lexicon_files(self) -> dict[str, str]:
        """The lexicon files the directory was built with ({} for an older directory)."""
        if not self._has_lexicon:
            return {}
        return dict(self.con.execute("SELECT name, text FROM lexicon_files ORDER BY name"))

    def vocabulary(self) -> list[tuple[str, int]]:
        """Every indexed term with the number of services holding it."""
        return self.con.execute("SELECT term, doc FROM service_vocab").fetchall()


def _lower(text: SQLValue) -> SQLValue:
    return text.lower() if isinstance(text, str) else text


_LEVEL_RANK = " ".join(f"WHEN '{level}' THEN {n}" for level, n in LEVEL_ORDER.items())
# The first few contacts of each service a clerk should use (SearchEngine.order_contacts
# in SQL): row_number over level, then "serves another kecamatan only", then position.
_CHOSEN_CONTACTS = (
    "SELECT * FROM (SELECT sc.service_id AS _sid, c.*, row_number() OVER ("
    "PARTITION BY sc.service_id ORDER BY "
    f"CASE c.level {_LEVEL_RANK} ELSE 9 END, "
    "CASE WHEN ? != '' AND coalesce(c.area, '') NOT IN ('', '[]') AND NOT EXISTS ("
    "SELECT 1 FROM json_each(c.area) WHERE py_lower(value) = ?) THEN 1 ELSE 0 END, "
    "sc.position) AS _n "
    "FROM service_contacts sc JOIN contacts c ON c.contact_id = sc.contact_id "
    "WHERE sc.service_id IN ({marks})) WHERE _n <= ? ORDER BY _sid, _n"
)


@lru_cache(maxsize=8192)
def _list_tuple(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _list(text: str | None) -> list[str]:
    """A stored JSON list of strings; the few distinct values (areas, languages) cached."""
    if not text or text == "[]":
        return []
    return list(_list_tuple(text))


def _list_columns(cols: list[str]) -> list[int]:
    return [i for i, c in enumerate(cols) if c in LIST_FIELDS]


def _decode(cols: list[str], values: tuple[Any, ...], lists: list[int]) -> dict[str, Any]:
    if not lists:
        return dict(zip(cols, values, strict=True))
    cells = list(values)
    for i in lists:
        cells[i] = _list(cells[i])
    return dict(zip(cols, cells, strict=True))


def _from_row(cls: type[_T], row: dict[str, Any]) -> _T:
    for key in LIST_FIELDS & row.keys():
        row[key] = _list(row[key])
    return cls(**row)


def _records(cur: sqlite3.Cursor, cls: type[_T], drop: tuple[str, ...] = ()) -> list[_T]:
    cols = [d[0] for d in cur.description]
    lists = _list_columns(cols)
    out = []
    for values in cur:
        row = _decode(cols, values, lists)
        for key in drop:
            row.pop(key, None)
        out.append(cls(**row))
    return out


def fts_top_key(match: str, weights: tuple[float, ...]) -> str:
    """The key of a precomputed full-text answer (table ``fts_top``)."""
    return json.dumps([list(weights), match])
