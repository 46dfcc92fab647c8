"""Import the regency's directory from the window: choose, read, read the summary, switch.

The clerk chooses an .xlsx template, a CSV folder or an HSDS package.  The file is read and
compared with the directory in use on the directory worker (``tasks.run_job``; the
window stays usable), then the dialog shows what would change by name
(``import_summary``), the losses that need an explicit confirmation (issue 11's rules,
``shrink.losses``), and the file's warnings; or, when the file is refused, its errors by
sheet, row and column in a table the clerk can copy.  Nothing changes until "Use this
directory"; Cancel leaves the directory in use as it was.  "Go back to the previous
directory" switches back in one step (``DirectoryStore.rollback``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from melayani_desk.ui.dialogs.form_parts import DIALOG_STYLE, bold, failure_reason
from melayani_desk.ui.dialogs.import_summary import summary_html
from melayani_desk.ui.widgets.problems_view import ProblemsView
from melayani_desk.ui.workers.tasks import run_job, run_read

LOSS_STYLE = "color: black; background: #ffe0e0; border: 2px solid #b00020; padding: 6px;"
KEPT = "direktori yang dipakai TIDAK diubah"


class ImportDialog(QDialog):
    switched = Signal()  # the directory in use changed (an import or a rollback)

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.staged: Any = None  # the read and compared directory, not switched to yet
        self.busy = False
        self.previous_name: str | None = None
        self.setStyleSheet(DIALOG_STYLE)
        self.setWindowTitle(self.tr("Import the service directory"))
        intro = QLabel(
            self.tr(
                "Replace this desk's service directory with the regency's file: a filled-in "
                ".xlsx template, a folder with organizations.csv, services.csv and "
                "contacts.csv, or an HSDS package. You see what changes before anything "
                "is replaced."
            )
        )
        intro.setWordWrap(True)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.pick_file = QPushButton(self.tr("Choose a &workbook (.xlsx)…"))
        self.pick_folder = QPushButton(self.tr("Choose a &folder (CSV or HSDS)…"))
        self.pick_file.clicked.connect(self._choose_file)
        self.pick_folder.clicked.connect(self._choose_folder)
        picks = QHBoxLayout()
        picks.addWidget(self.pick_file)
        picks.addWidget(self.pick_folder)
        picks.addStretch(1)

        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.outcome = bold(QLabel())
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(self.tr("What changes"))
        self.summary.hide()
        self.losses = QLabel()
        self.losses.setWordWrap(True)
        self.losses.setTextFormat(Qt.TextFormat.PlainText)
        self.losses.setStyleSheet(LOSS_STYLE)
        self.losses.hide()
        self.confirm = QCheckBox(self.tr("I have checked the file: replace the directory &anyway"))
        self.confirm.toggled.connect(self._update_buttons)
        self.confirm.hide()

        self.problems_title = QLabel()
        self.problems_title.setWordWrap(True)
        self.problems = ProblemsView()
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.copy_all = QPushButton(self.tr("Copy &all"))
        self.copy_all.clicked.connect(self.problems.copy_all)
        copy_row = QHBoxLayout()
        copy_row.addWidget(QLabel(self.tr("Ctrl+C copies the selected rows.")), 1)
        copy_row.addWidget(self.copy_all)
        self.problems_box = QWidget()
        box = QVBoxLayout(self.problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_title)
        box.addWidget(self.problems, 1)
        box.addLayout(copy_row)
        self.problems_box.hide()

        self.back = QPushButton(self.tr("Go &back to the previous directory"))
        self.back.setEnabled(False)
        self.back.clicked.connect(self.roll_back)
        self.apply = QPushButton(self.tr("&Use this directory"))
        self.apply.setEnabled(False)
        self.apply.clicked.connect(self.apply_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        for widget in (intro, self.in_use):
            layout.addWidget(widget)
        layout.addLayout(picks)
        for part in (self.stage, self.bar, self.outcome):
            layout.addWidget(part)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.losses)
        layout.addWidget(self.confirm)
        layout.addWidget(self.problems_box, 1)
        layout.addLayout(buttons)
        lines = self.fontMetrics().height()
        self.summary.setMinimumHeight(lines * 8)
        self.problems.setMinimumHeight(lines * 7)
        self._sized = False
        self.refresh_versions()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """First shown: room for the summary and the table, never bigger than the screen."""
        if not self._sized:
            self._sized = True
            screen = self.screen().availableGeometry()
            metrics = self.fontMetrics()
            self.resize(
                min(metrics.averageCharWidth() * 110, screen.width() - 24),
                min(metrics.height() * 38, screen.height() - 48),
            )
        super().showEvent(event)

    # --- what is in use, what came before -----------------------------------------------
    def refresh_versions(self) -> None:
        data_dir = self.data_dir

        def read():
            from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore

            store = DirectoryStore(data_dir)
            out = []
            for path in (store.current(), store.previous()):
                if path is None:
                    out.append(None)
                    continue
                reader = DirectoryReader(path)
                try:
                    out.append(reader.meta.get("source", "") or path.name)
                finally:
                    reader.close()
            return out

        run_read(read, self._show_versions, lambda _e: None, context=self, key="versions")

    def _show_versions(self, names: list) -> None:
        current, previous = names
        self.in_use.setText(self.tr("In use now: %1").replace("%1", current or "—"))
        self.back.setEnabled(previous is not None and not self.busy)
        self.back.setToolTip(self.tr("Back to: %1").replace("%1", previous) if previous else "")
        self.previous_name = previous

    # --- choosing and reading -----------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the directory workbook"), "", self.tr("Workbook (*.xlsx)")
        )
        if path:
            self.start(Path(path))

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of CSV files or the HSDS package")
        )
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> None:
        """Read and compare ``path`` on the directory worker (the choose buttons' work)."""
        from melayani_desk.directory.staged import stage_import

        data_dir = self.data_dir
        self.staged = None
        self._clear()
        self._set_busy(True)
        self.stage.setText(self.tr("Reading %1…").replace("%1", path.name))
        run_job(
            lambda progress: stage_import(data_dir, path, progress=progress),
            self._staged,
            self._read_failed,
            self._progress,
            context=self,
        )

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(stage)
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def _staged(self, staged) -> None:
        self._set_busy(False)
        self.staged = staged
        d = staged.directory
        counts = (len(d.organizations), len(d.services), len(d.contacts))
        self.stage.setText(
            self.tr("%1 was read. Check what changes, then choose “Use this directory”.").replace(
                "%1", staged.path.name
            )
        )
        self.summary.setHtml(summary_html(staged.changes, counts))
        self.summary.show()
        if staged.losses:
            head = self.tr("Warning: this import would take away from the directory in use:")
            self.losses.setText("\n".join([head, *(f"• {m}" for m in staged.losses)]))
            self.losses.show()
            self.confirm.setChecked(False)
            self.confirm.show()
        if staged.report.warnings:
            self._show_problems(
                self.tr("%1 warnings (the import can still be used):").replace(
                    "%1", str(len(staged.report.warnings))
                ),
                staged.report.warnings,
            )
        self.close_button.setText(self.tr("Cancel"))
        self._update_buttons()

    def _read_failed(self, exc: BaseException) -> None:
        from melayani_core.directory.model import ImportFailed

        self._set_busy(False)
        self.stage.clear()
        if isinstance(exc, ImportFailed):
            errors = exc.report.errors
            self.outcome.setText(
                self.tr(
                    "The file was NOT imported: %1 errors. The directory in use is "
                    "unchanged. Correct the cells listed below in the file, then "
                    "import it again."
                ).replace("%1", str(len(errors)))
            )
            self._show_problems(self.tr("Errors by sheet, row and column:"), exc.report.problems)
        else:
            self.outcome.setText(
                self.tr("The file could not be read: %1").replace("%1", failure_reason(exc, KEPT))
            )

    def _show_problems(self, title: str, problems: list) -> None:
        self.problems_title.setText(title)
        self.problems.set_problems(problems)
        self.problems_box.show()

    # --- switching --------------------------------------------------------------------------
    def apply_import(self) -> None:
        from melayani_desk.directory.staged import apply_import

        staged, data_dir = self.staged, self.data_dir
        if staged is None or (staged.losses and not self.confirm.isChecked()):
            return
        confirm = self.confirm.isChecked()
        self._set_busy(True)
        run_job(
            lambda progress: apply_import(
                data_dir, staged, confirm=confirm, same_base=True, progress=progress
            ),
            self._applied,
            self._switch_failed,
            self._progress,
            context=self,
        )

    def _applied(self, _path) -> None:
        name = self.staged.path.name
        self._done(self.tr("Done: the directory in use is now %1.").replace("%1", name))

    def roll_back(self) -> None:
        from melayani_core.storage.directory_db import DirectoryStore

        data_dir = self.data_dir
        self.staged = None
        self._clear()
        self._set_busy(True)
        self.stage.setText(self.tr("Going back to the previous directory…"))
        run_job(
            lambda _progress: DirectoryStore(data_dir).rollback(),
            lambda _path: self._done(
                self.tr(
                    "Done: back to the previous directory (%1). Choose “Go back” again "
                    "to use the one just replaced."
                ).replace("%1", self.previous_name or "")
            ),
            self._switch_failed,
            context=self,
        )

    def _done(self, text: str) -> None:
        self._set_busy(False)
        self.staged = None
        self.stage.clear()
        self.outcome.setText(text)
        self.summary.hide()
        self.losses.hide()
        self.confirm.hide()
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        self.refresh_versions()
        self.switched.emit()

    def _switch_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.stage.clear()
        self.outcome.setText(
            self.tr("Nothing was changed: %1").replace("%1", failure_reason(exc, KEPT))
        )
        self._update_buttons()
        self.refresh_versions()

    # --- state ------------------------------------------------------------------------------
    def _clear(self) -> None:
        self.outcome.clear()
        self.summary.hide()
        self.losses.hide()
        self.confirm.hide()
        self.confirm.setChecked(False)
        self.problems_box.hide()

    def _set_busy(self, on: bool) -> None:
        self.busy = on
        self.bar.setRange(0, 0)
        self.bar.setVisible(on)
        for button in (self.pick_file, self.pick_folder, self.close_button):
            button.setEnabled(not on)
        self.back.setEnabled(not on and self.previous_name is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        staged = self.staged
        ready = staged is not None and not self.busy
        if ready and staged.losses:
            ready = self.confirm.isChecked()
        self.apply.setEnabled(ready)
        self.apply.setVisible(staged is not None)

    def reject(self) -> None:
        if self.busy and self.staged is not None:
            return  # switching: the build finishes or fails whole; wait for it
        super().reject()
