"""This desk's local copy of the directory: open it, import into it, reset it to the sample.

On first use the bundled sample directory (``resources/sample``) is installed and marked
as sample data, so the app works out of the box and says that its data is not real.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from melayani_core.directory.gc_pause import gc_paused
from melayani_core.directory.model import Contact, Directory, ImportReport
from melayani_core.progress import Progress, silent
from melayani_core.search.index import build_search
from melayani_core.storage.directory_db import DirectoryError, DirectoryReader, DirectoryStore
from melayani_desk.paths import resource

SAMPLE_SOURCE = "DATA CONTOH (sample bawaan)"


def sample_folder() -> Path:
    return resource("sample")


def install(
    data_dir: Path,
    directory: Directory,
    *,
    only_if_missing: bool = False,
    expect: Path | None = None,
    progress: Progress = silent,
    contacts: Iterable[Contact] | None = None,
) -> Path:
    """Build ``directory`` aside and switch this desk to it, atomically, under the
    directory's write lock (another import or update waits its turn).  ``expect``: see
    ``DirectoryStore.install``; ``contacts``: the contacts as they are read, instead of
    ``directory.contacts`` (``validate.Streamed``: a hub snapshot)."""
    with gc_paused():
        progress("Menyiapkan indeks pencarian…")
        rows, prepare = build_search(directory)
        progress("Menulis dan memeriksa direktori baru…")
        return DirectoryStore(data_dir).install(
            directory, rows, prepare, only_if_missing=only_if_missing, expect=expect,
            contacts=contacts,
        )  # fmt: skip


def install_sample(data_dir: Path, *, only_if_missing: bool = False) -> Path:
    from melayani_core.directory.formats import read_any

    directory, _ = read_any(sample_folder())
    directory.mark_sample()  # its settings.csv says so; the bundled sample is always marked
    directory.source = SAMPLE_SOURCE
    return install(data_dir, directory, only_if_missing=only_if_missing)


def import_path(
    data_dir: Path, path: Path, *, confirm: bool = False, progress: Progress = silent
) -> tuple[Path, Directory, ImportReport]:
    """Import a template workbook, CSV folder or HSDS package; raises ImportFailed on errors.

    Nothing is changed unless the whole file is valid and the new directory is built.  An
    import that would lose most contacts, the emergency entry or a class of authority of
    the (real, not sample) directory in use raises ImportNeedsConfirmation unless
    ``confirm`` (``import --confirm``; the window shows the losses and asks the clerk:
    melayani_desk/directory/staged.py).
    """
    from melayani_desk.directory.staged import apply_import, stage_import

    with gc_paused():  # the read and the build: no collector passes over 100k records
        staged = stage_import(data_dir, Path(path), compare=False, progress=progress)
        final = apply_import(data_dir, staged, confirm=confirm, progress=progress)
    return final, staged.directory, staged.report


def current_file(data_dir: Path) -> Path:
    """The directory file in use, installing the bundled sample on first run."""
    store = DirectoryStore(data_dir)
    current = store.current()
    if current is None:  # two first starts at once: the second keeps the first's sample
        current = install_sample(data_dir, only_if_missing=True)
    return current


def open_reader(data_dir: Path) -> DirectoryReader:
    """A reader of the directory in use.  A switch between reading ``CURRENT`` and
    opening the file it named removes that file: read ``CURRENT`` again."""
    for _attempt in range(5):
        path = current_file(data_dir)
        try:
            return DirectoryReader(path)
        except DirectoryError:
            if DirectoryStore(data_dir).current() == path:
                raise
    return DirectoryReader(current_file(data_dir))


def read_installed(reader: DirectoryReader) -> Directory:
    """The whole installed directory as domain records (for export)."""
    return Directory(
        organizations=list(reader.organizations().values()),
        services=reader.services("ORDER BY sid"),
        contacts=reader.all_contacts(),
        lexicon=reader.lexicon_files(),
        source=reader.meta.get("source", ""),
        settings=reader.settings,
        version=int(reader.meta.get("version", "0") or 0),
    )
