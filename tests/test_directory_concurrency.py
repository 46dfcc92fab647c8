"""Several writers of one desk's directory at once, as real processes: imports from the
command-line functions and a reader that searches all the while (the window).

Every writer takes the directory's one write lock, cleanup deletes only files it can prove
are its own leftovers, and no connection ever creates a directory file by opening it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from melayani_core.directory.formats import read_any
from melayani_core.storage.directory_db import DirectoryError, DirectoryStore, write_directory_file
from melayani_desk.directory.local import current_file, open_reader
from melayani_desk.paths import resource

ROOT = Path(__file__).resolve().parents[1]
IMPORTERS = 4
IMPORTS_EACH = 4

IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from melayani_desk.directory.local import import_path
    data, source, times = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    for _ in range(times):
        import_path(data, source)
    print("ok", flush=True)
    """
)

READER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from melayani_core.search.engine import SearchEngine
    from melayani_desk.directory.local import open_reader
    data, go = Path(sys.argv[1]), Path(sys.argv[2])
    rounds = 0
    while go.exists() or rounds == 0:
        reader = open_reader(data)
        try:
            counts = reader.counts()
            assert counts["services"] > 0 and counts["contacts"] > 0, counts
            assert SearchEngine(reader).search("ktp hilang", prefix=False), "no result"
        finally:
            reader.close()
        rounds += 1
    print("rounds", rounds, flush=True)
    """
)


def _python(code: str, *args: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen, timeout: float = 240) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def test_parallel_imports_and_a_reader_never_leave_the_desk_without_a_directory(tmp_path):
    data = tmp_path / "data"
    current_file(data)  # the sample, as on a desk's first start
    source = resource("sample")
    expected = DirectoryStore(data).current()
    reader = open_reader(data)
    want = reader.counts()
    reader.close()
    go = tmp_path / "go"
    go.write_text("1")
    watcher = _python(READER, data, go)
    importers = [_python(IMPORTER, data, source, IMPORTS_EACH) for _ in range(IMPORTERS)]
    results = [_finish(p) for p in importers]
    go.unlink()
    watched = _finish(watcher)
    for rc, out, err in results:
        assert rc == 0 and out.strip() == "ok", err[-2000:]
    assert watched[0] == 0, watched[2][-2000:]
    print(f"{IMPORTERS}x{IMPORTS_EACH} imports, reader: {watched[1].strip()}")
    store = DirectoryStore(data)
    current = store.current()
    assert current is not None and current != expected
    con = sqlite3.connect(f"file:{current.as_posix()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    reader = open_reader(data)
    try:
        assert reader.counts() == want
    finally:
        reader.close()
    # nothing left behind by the 16 builds: the pointers, the file in use and the one
    # before it (kept for rollback)
    left = sorted(p.name for p in store.folder.iterdir())
    previous = store.previous()
    assert previous is not None
    assert left == sorted(["CURRENT", "PREVIOUS", current.name, previous.name]), left


def test_cleanup_keeps_files_that_are_not_its_own(tmp_path):
    data = tmp_path / "data"
    first = current_file(data)
    folder = first.parent
    foreign = [folder / "backup-of-my-directory.sqlite", folder / "dir-notes.sqlite"]
    for path in foreign:
        path.write_bytes(b"the clerk's own copy")
    orphan = folder / ".building-dir-20260101-000000-deadbeef.sqlite"
    orphan.write_bytes(b"left by a power cut")
    directory, _ = read_any(resource("sample"))
    from melayani_desk.directory.local import install

    second = install(data, directory)
    names = sorted(p.name for p in folder.iterdir())
    kept = ["CURRENT", "PREVIOUS", first.name, second.name]
    assert names == sorted([*kept, *(p.name for p in foreign)])


def test_a_build_whose_file_vanished_fails_instead_of_checking_an_empty_file(tmp_path):
    """Opening the built file again must not create it: a file deleted under the build
    (another process, a virus scanner) is an error, never an empty directory."""
    directory, _ = read_any(resource("sample"))
    path = tmp_path / ".building-dir-x.sqlite"

    def vanish(p: Path) -> None:
        p.unlink()

    with pytest.raises(DirectoryError):
        write_directory_file(path, directory, [], vanish)
    assert not path.exists()
