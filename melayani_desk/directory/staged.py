"""An import in two steps: read and compare, then (once the clerk agreed) switch.

``stage_import`` reads the file, checks it, and says what it would change against the
directory in use (``melayani_core.directory.changes``) and what it would lose
(``melayani_core.directory.shrink``); nothing is written.  ``apply_import`` builds and
switches to it, refusing when it would lose something and ``confirm`` was not given, or
when another writer switched the directory since it was staged.  The command line's
``import`` runs both at once; the window shows the summary in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from melayani_core.directory.changes import Changes, compare
from melayani_core.directory.gc_pause import gc_paused
from melayani_core.directory.model import Directory, ImportReport
from melayani_core.progress import Progress, silent
from melayani_core.storage.directory_db import DirectoryError, DirectoryReader, DirectoryStore


@dataclass
class StagedImport:
    path: Path
    directory: Directory
    report: ImportReport
    losses: list[str] = field(default_factory=list)  # shrink.losses: need confirmation
    changes: Changes | None = None  # None when not compared (the command line)
    base: Path | None = None  # the directory file in use when it was staged
    base_source: str = ""  # where that one came from ("" when none)


def stage_import(
    data_dir: Path, path: Path, *, compare: bool = True, progress: Progress = silent
) -> StagedImport:
    """Read ``path`` (.xlsx, CSV folder, HSDS package); ImportFailed with the report on
    bad data.  Nothing on the desk changes."""
    from melayani_core.directory.formats import read_directory  # not for start-up

    path = Path(path)
    with gc_paused():
        progress(f"Membaca {path.name}…")
        directory, report = read_directory(path)
        directory.source = path.name  # sample or not: the file's settings sheet says
        staged = StagedImport(path, directory, report)
        _against_current(data_dir, staged, compare, progress)
    return staged


def _against_current(data_dir: Path, staged: StagedImport, full: bool, progress: Progress) -> None:
    from melayani_core.directory.shrink import Summary, losses
    from melayani_desk.directory.local import read_installed

    try:
        staged.base = DirectoryStore(data_dir).current()
        if staged.base is None:
            if full:
                staged.changes = compare(None, staged.directory)
            return
        reader = DirectoryReader(staged.base)
    except DirectoryError:  # a directory that cannot be read has nothing left to lose
        staged.base = None
        if full:
            staged.changes = compare(None, staged.directory)
        return
    try:
        staged.base_source = reader.meta.get("source", "")
        if not reader.is_sample:  # the bundled sample is nobody's data: it loses nothing
            staged.losses = losses(reader.summary(), Summary.of(staged.directory))
        if full:
            progress("Membandingkan dengan direktori yang dipakai…")
            staged.changes = compare(read_installed(reader), staged.directory)
    finally:
        reader.close()


def apply_import(
    data_dir: Path,
    staged: StagedImport,
    *,
    confirm: bool = False,
    same_base: bool = False,
    progress: Progress = silent,
) -> Path:
    """Switch the desk to ``staged``: ImportNeedsConfirmation (nothing changed) when it
    would lose what ``staged.losses`` names and ``confirm`` is not given.  ``same_base``
    (the window, which showed the clerk a summary): DirectoryChanged, nothing built, when
    the directory in use is no longer the one it was compared with."""
    from melayani_core.directory.shrink import ImportNeedsConfirmation
    from melayani_desk.directory.local import install

    if staged.losses and not confirm:
        raise ImportNeedsConfirmation(staged.path.name, staged.losses, staged.report)
    expect = staged.base if same_base else None
    return install(data_dir, staged.directory, expect=expect, progress=progress)
