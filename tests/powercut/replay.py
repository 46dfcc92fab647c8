"""The disk after a power cut: rebuilt from a folder's snapshot and the shim's op log.

``shim.c`` (LD_PRELOAD) records every change the recorded processes made under one folder.
``Disk`` replays that log up to a cut point and writes out what a power cut there could
leave on the disk. The model (docs/reliability.md, section 3):

- **file data** written before the cut is durable once that file (the same inode) was
  fsynced/fdatasynced after the write and before the cut; so is a truncate;
- a **name** (create, rename, unlink, mkdir, rmdir) is durable once its parent directory
  was fsynced after it and before the cut (both parents for a rename across folders);
  nothing else — not an fsync of the file, not the file system's habits — makes it durable;
- of what was **not yet durable**, any subset may have reached the disk: each pending
  write independently, and within a write each 512-byte sector independently (a torn
  write); each pending truncate; each pending name operation, in program order, when it
  can still apply (a rename whose source name is not on the disk cannot).

Writes through a shared writable mmap, fallocate, sendfile, copy_file_range, truncate(2),
link and renameat2 flags are recorded as "unsupported": the replay refuses a log holding
one, except the mmap of SQLite's ``-shm`` (SQLite rebuilds it from the WAL after a crash).
"""

from __future__ import annotations

import os
import random
import struct
from dataclasses import dataclass, field
from pathlib import Path

SECTOR = 512
HEADER = struct.Struct("<IIIIQqQ")
CREATE, TRUNC, WRITE, FSYNC, DIRSYNC, RENAME, UNLINK, MKDIR, RMDIR, MARK, UNSUPPORTED = range(1, 12)
NAMES = {CREATE, RENAME, UNLINK, MKDIR, RMDIR}


@dataclass(frozen=True)
class Op:
    index: int
    kind: int
    path: str = ""
    path2: str = ""
    ino: int = 0
    offset: int = 0
    data: bytes = b""
    pid: int = 0


def read_log(path: Path) -> list[Op]:
    """The records of the log, in order (a record cut short by a kill is dropped)."""
    raw = Path(path).read_bytes()
    ops: list[Op] = []
    at = 0
    while at + HEADER.size <= len(raw):
        kind, len1, len2, pid, ino, offset, dlen = HEADER.unpack_from(raw, at)
        end = at + HEADER.size + len1 + len2 + dlen
        if end > len(raw):
            break
        p = at + HEADER.size
        path1 = raw[p : p + len1].decode()
        path2 = raw[p + len1 : p + len1 + len2].decode()
        data = raw[p + len1 + len2 : end]
        ops.append(Op(len(ops), kind, path1, path2, ino, offset, data, pid))
        at = end
    return ops


def marks(ops: list[Op]) -> list[tuple[int, str]]:
    """(index, line) of every line the recorded processes reported on their stdout, at
    the index of the write that ended the line (a line may come in several writes)."""
    out = []
    partial: dict[int, bytes] = {}
    for op in ops:
        if op.kind == MARK:
            text = partial.pop(op.pid, b"") + op.data
            *lines, rest = text.split(b"\n")
            out += [(op.index, line.decode()) for line in lines if line]
            if rest:
                partial[op.pid] = rest
    return out


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] or "/"


@dataclass
class Inode:
    data: bytearray = field(default_factory=bytearray)
    pending: list[Op] = field(default_factory=list)  # writes and truncates since the last fsync


def _apply_data(content: bytearray, op: Op, rng: random.Random | None, keep: float) -> None:
    if op.kind == TRUNC:
        del content[op.offset :]
        content.extend(b"\0" * (op.offset - len(content)))
        return
    start, data = op.offset, op.data
    if rng is None:  # whole
        pieces = [(start, data)]
    else:  # torn: each sector the write touches independently
        pieces = []
        at = start
        while at < start + len(data):
            end = min(start + len(data), (at // SECTOR + 1) * SECTOR)
            if rng.random() < keep:
                pieces.append((at, data[at - start : end - start]))
            at = end
    for at, chunk in pieces:
        if len(content) < at:
            content.extend(b"\0" * (at - len(content)))
        content[at : at + len(chunk)] = chunk


class Disk:
    """Durable state of the recorded folder, advanced op by op (cut points in order)."""

    def __init__(self, root: Path, snapshot: dict[str, tuple[int, bytes]], dirs: set[str]):
        self.root = str(Path(root).resolve())
        self.names: dict[str, int] = {}  # durable: path -> inode key
        self.dirs = set(dirs)
        self.inodes: dict[int, Inode] = {}
        self.live: dict[int, int] = {}  # st_ino -> inode key (numbers are reused)
        self.pending_names: list[tuple[Op, int, set[str]]] = []  # with parents to sync
        self.next_key = 0
        for path, (ino, data) in snapshot.items():
            key = self._new(ino)
            self.inodes[key].data = bytearray(data)
            self.names[path] = key
        self.done = 0

    def _new(self, ino: int) -> int:
        self.next_key += 1
        self.inodes[self.next_key] = Inode()
        self.live[ino] = self.next_key
        return self.next_key

    def _key(self, op: Op) -> int:
        key = self.live.get(op.ino)
        if key is None:  # a file from before the snapshot that was never seen created
            raise AssertionError(f"op {op.index} on an inode the snapshot does not hold: {op}")
        return key

    def advance(self, ops: list[Op], cut: int) -> None:
        """Take in ops[self.done:cut]."""
        for op in ops[self.done : cut]:
            if op.kind == UNSUPPORTED and not op.path.endswith("-shm"):
                raise AssertionError(f"the log holds a write the replay cannot follow: {op}")
            if op.kind == CREATE:
                self._new(op.ino)
            if op.kind in (WRITE, TRUNC):
                self.inodes[self._key(op)].pending.append(op)
            elif op.kind == FSYNC:
                inode = self.inodes[self._key(op)]
                for change in inode.pending:
                    _apply_data(inode.data, change, None, 1.0)
                inode.pending.clear()
            if op.kind in NAMES:
                parents = {_parent(op.path)} | ({_parent(op.path2)} if op.kind == RENAME else set())
                self.pending_names.append((op, self._key(op) if op.kind == CREATE else 0, parents))
            elif op.kind == DIRSYNC:
                self._sync_dir(op.path)
        self.done = cut

    def _sync_dir(self, folder: str) -> None:
        keep = []
        for op, key, parents in self.pending_names:
            parents.discard(folder)
            if parents:
                keep.append((op, key, parents))
            else:
                self._apply_name(self.names, self.dirs, op, key)
        self.pending_names = keep

    @staticmethod
    def _apply_name(names: dict, dirs: set, op: Op, key: int) -> None:
        if op.kind == CREATE:
            if _parent(op.path) in dirs:
                names[op.path] = key
        elif op.kind == RENAME:
            if op.path in names and _parent(op.path2) in dirs:
                names[op.path2] = names.pop(op.path)
            elif op.path in dirs:
                raise AssertionError(f"folder renames are not modelled: {op}")
        elif op.kind == UNLINK:
            names.pop(op.path, None)
        elif op.kind == MKDIR:
            if _parent(op.path) in dirs:
                dirs.add(op.path)
        elif op.kind == RMDIR:
            if not any(_parent(n) == op.path for n in names):
                dirs.discard(op.path)

    def materialize(
        self, dest: Path, rng: random.Random, keep: float, names_kept: set[int] | None = None
    ) -> dict[str, int]:
        """Write the disk after a cut here into ``dest`` (the folder's new root); each
        not-yet-durable change survives with probability ``keep`` (name operations: those
        whose index is in ``names_kept``, when given). Returns what survived."""
        names, dirs = dict(self.names), set(self.dirs)
        survived = {"names": 0, "writes": 0, "pending_names": len(self.pending_names)}
        for op, key, _parents in self.pending_names:
            if op.index in names_kept if names_kept is not None else rng.random() < keep:
                self._apply_name(names, dirs, op, key)
                survived["names"] += 1
        for folder in sorted(d for d in dirs if d == self.root or d.startswith(self.root + "/")):
            (dest / self._rel(folder)).mkdir(parents=True, exist_ok=True)
        contents: dict[int, bytes] = {}
        for path, key in names.items():
            if key not in contents:
                inode = self.inodes[key]
                if inode.pending:
                    data = bytearray(inode.data)
                    for change in inode.pending:
                        if rng.random() < keep:
                            _apply_data(data, change, rng if change.kind == WRITE else None, keep)
                            survived["writes"] += 1
                    contents[key] = bytes(data)
                else:
                    contents[key] = bytes(inode.data)
            if _parent(path) in dirs:
                (dest / self._rel(path)).write_bytes(contents[key])
        return survived

    def _rel(self, path: str) -> str:
        if path == self.root:
            return "."
        assert path.startswith(self.root + "/"), path
        return path[len(self.root) + 1 :]


def snapshot(root: Path) -> tuple[dict[str, tuple[int, bytes]], set[str]]:
    """Every file (by absolute path: inode, bytes) and folder under ``root``, as the disk
    holds them before the recorded run (taken when no process writes there)."""
    root = Path(root).resolve()
    files: dict[str, tuple[int, bytes]] = {}
    dirs = {str(root), str(Path(root).parent)}
    for folder, subdirs, names in os.walk(root):
        dirs.update(f"{folder}/{d}" for d in subdirs)
        for name in names:
            path = f"{folder}/{name}"
            files[path] = (os.stat(path).st_ino, Path(path).read_bytes())
    return files, dirs
