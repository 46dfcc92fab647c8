"""Preview, print and save a referral slip: one dialog, one QPrinter, one renderer.

The preview, the printer and the PDF are all drawn by ``slip_render.render`` (as
Frescobaldi does), so what the clerk sees is what comes out.  The chosen paper and
printer are remembered in the desk's settings.  The slip's language ("Bahasa slip",
Indonesian unless the citizen asks for English) is chosen per slip and not remembered:
it is the citizen's, not the desk's.

``before_output`` lets the caller log the referral before the first print or save, so
the slip that leaves the desk carries its referral code: the dialog calls
``before_output(dialog)`` once the clerk has chosen the printer (or the file) and waits,
buttons disabled, until the caller answers with ``dialog.resume(slip)`` (the slip with
its code) or ``dialog.resume(None, problem)`` (output the slip as it is and say why).
The caller does its database write on the worker (ui.workers.tasks), so the UI never waits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from melayani_desk import settings as settings_mod
from melayani_desk.referrals.slip import SLIP_LANGUAGES, Slip
from melayani_desk.ui.dialogs.slip_render import PAPERS, render, write_pdf

_printer: QPrinter | None = None
# each language by its own name (as in the settings), so the citizen can point at it
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def shared_printer(name: str = "") -> QPrinter:
    """One QPrinter for the whole app, on the remembered printer when it still exists."""
    global _printer
    if _printer is None:
        _printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _printer.setDocName("Slip rujukan")
    if name and name in QPrinterInfo.availablePrinterNames():
        _printer.setPrinterName(name)
    return _printer


class SlipDialog(QDialog):
    """Shows the slip; Ctrl+P prints, Ctrl+S saves a PDF.  ``printed`` fires after a
    successful print or save (the referral, if any, was logged before: ``before_output``)."""

    printed = Signal(str)  # "printer" or "pdf"

    def __init__(
        self,
        slip: Slip,
        data_dir: Path,
        settings: settings_mod.Settings,
        parent=None,
        before_output: Callable[[SlipDialog], None] | None = None,
    ):
        super().__init__(parent)
        self.slip = slip
        self.before_output = before_output
        self._held: tuple[str, str] | None = None  # (kind, path) waiting for resume()
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.printer = shared_printer(settings.printer)
        self.setWindowTitle(self.tr("Referral slip"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setToolTip(self.tr("The paper in the printer; the choice is remembered"))
        for key in PAPERS:
            self.paper.addItem(self._paper_label(key), key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self.paper.currentIndexChanged.connect(self._paper_changed)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Slip language"))
        self.language.setToolTip(self.tr("The citizen's language, for this slip only"))
        for key in SLIP_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[key], key)
        self.language.setCurrentIndex(max(0, self.language.findData(slip.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(self.tr("Slip &language:"))
        language_label.setBuddy(self.language)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setAccessibleName(self.tr("Slip preview"))
        self.preview.paintRequested.connect(self._paint)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("&Print (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("&Save PDF (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_slip)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_pdf)

        top = QHBoxLayout()
        top.addWidget(paper_label)
        top.addWidget(self.paper, 1)
        top.addSpacing(12)
        top.addWidget(language_label)
        top.addWidget(self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        room = self.screen().availableGeometry()  # 1366x768 desks: never taller than the screen
        self.resize(min(720, room.width() - 24), min(820, room.height() - 48))

    def _paper_label(self, key: str) -> str:
        labels = {
            "a4": self.tr("A4 sheet"),
            "a5": self.tr("A5 sheet"),
            "a6": self.tr("A6 sheet"),
            "80mm": self.tr("Receipt roll 80 mm"),
            "58mm": self.tr("Receipt roll 58 mm"),
        }
        return labels[key]

    @property
    def slip_language(self) -> str:
        """The language the slip is previewed, printed and saved in."""
        return self.language.currentData()

    def _language_changed(self) -> None:
        self.slip = dataclasses.replace(self.slip, language=self.slip_language)
        self.preview.updatePreview()

    @property
    def paper_key(self) -> str:
        return self.paper.currentData()

    def _paint(self, printer: QPrinter) -> None:
        render(printer, self.slip, self.paper_key)

    def _paper_changed(self) -> None:
        self._remember(paper=self.paper_key)
        self.preview.updatePreview()

    def _remember(self, **changes: str) -> None:
        for key, value in changes.items():
            setattr(self.settings, key, value)
        settings_mod.save(self.data_dir, self.settings)

    def print_slip(self) -> None:
        if self._held is not None:
            return
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print slip"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._output("printer", "")

    def save_pdf(self) -> None:
        if self._held is not None:
            return
        suggested = str(Path.home() / f"slip-{self.slip.code or 'rujukan'}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save slip as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> bool:
        """Save the slip as PDF; False when it failed or waits for ``before_output``."""
        if self._held is not None:
            return False
        return self._output("pdf", path)

    @property
    def waiting(self) -> bool:
        """True while the caller logs the referral before the output."""
        return self._held is not None

    def resume(self, slip: Slip | None, problem: str = "") -> None:
        """The answer to ``before_output``: output ``slip`` (and no more logging), or with
        None the current slip, with ``problem`` said under the preview."""
        held, self._held = self._held, None
        self._set_busy(False)
        if slip is not None:
            self.slip = dataclasses.replace(slip, language=self.slip_language)
            self.before_output = None
            self.preview.updatePreview()
        if held is not None:
            self._emit(*held)
        if problem:
            self.status.setText(problem)

    def _output(self, kind: str, path: str) -> bool:
        if self.before_output is not None:
            self._held = (kind, path)
            self._set_busy(True)
            self.status.setText(self.tr("Logging the referral…"))
            self.before_output(self)
            return False
        return self._emit(kind, path)

    def _set_busy(self, on: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.close_button):
            button.setEnabled(not on)
        self.paper.setEnabled(not on)
        self.language.setEnabled(not on)

    def _emit(self, kind: str, path: str) -> bool:
        if kind == "printer":
            render(self.printer, self.slip, self.paper_key)
            self._remember(printer=self.printer.printerName())
            self.status.setText(self.tr("Slip sent to the printer."))
            self.printed.emit("printer")
            return True
        try:
            write_pdf(path, self.slip, self.paper_key)
        except OSError as exc:
            self.status.setText(self.tr("Could not save the PDF: %1").replace("%1", str(exc)))
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        self.printed.emit("pdf")
        return True

    def reject(self) -> None:
        if self._held is None:  # a referral being logged finishes first (milliseconds)
            super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
