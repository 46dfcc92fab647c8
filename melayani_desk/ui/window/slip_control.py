"""Referrals from the detail pane: log one (F2), print its slip (Ctrl+P), contact the
agency on the citizen's behalf (F7), and reprint a logged referral's slip from the history
(the service's facts for it are read on the read worker; the dialog opens when they come).

A component of the main window that owns its state: the open slip dialog and the memory
of what was logged from the current detail view.  It reads the detail pane it is given
and the log, directory and settings the window hands it (``set_sources``); it says what
happened by signals: ``message`` (a status line), ``referral_logged`` (a referral is in
the log: the window learns from it and refreshes its counts and history) and ``done`` (a
dialog closed: the search box takes the focus again).

One referral per detail view: once a referral is logged for a service, contact and need
shown in the detail pane (with F2, by printing, or by F7), printing again or contacting
again reuses it instead of logging a second one.  ``DetailPane.view`` changes when
another service is shown, which starts afresh.

Printing logs *before* the output, so the slip that leaves the desk carries its referral
code: SlipDialog calls ``_log_before_output`` once the clerk has confirmed the printer or
chosen the file; the write runs on the database worker (ui.workers.tasks.run_task, never in the
UI thread: a sync pass may be holding the database for a moment), and its callback hands
the coded slip back with ``dialog.resume``.  The dialog keeps its buttons disabled and
cannot be closed meanwhile (a few milliseconds).  If the log refuses, the slip goes out
without a code and the clerk is told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from melayani_desk import settings as settings_mod
from melayani_desk.referrals.slip import Slip, qr_matrix, slip_for, slip_for_referral
from melayani_desk.ui.dialogs.form_parts import failure_reason
from melayani_desk.ui.window.detail_pane import DetailPane

Target = tuple[int, tuple[str, str, str], Any, Any, str]  # view, key, result, contact, need


class SlipController(QObject):
    message = Signal(str)  # a status line for the clerk
    referral_logged = Signal(object)  # a Referral now in the log
    done = Signal()  # a dialog closed: the next citizen's typing goes to the search box

    def __init__(
        self,
        host: QWidget,
        detail: DetailPane,
        data_dir: Path,
        settings: settings_mod.Settings,
        need_of: Callable[[], str],
        found_how: Callable[[Any], tuple[str, int]],
    ):
        """``host``: the dialogs' parent; ``need_of``: the need as typed (empty when it
        does not go with the referral); ``found_how``: ("search", rank) or ("browse", 0)
        for a result."""
        super().__init__(host)
        self.host = host
        self.detail = detail
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.need_of = need_of
        self.found_how = found_how
        self.log: Any = None
        self.reader: Any = None
        self.slip_dialog: Any = None
        self._logged_view = -1
        self._logged: dict[tuple[str, str, str], Any] = {}
        self._slip_target: Target | None = None  # the dialog's slip, until it is logged
        self._slip_supersedes: str | None = None  # the read-out referral a slip replaces
        self._contact_target: Target | None = None  # the same, while F7's is being logged
        self._reprinting: Any = None  # the referral whose slip is being read for a reprint

    def set_sources(self, log: Any, reader: Any, settings: settings_mod.Settings) -> None:
        """The referral log, the directory and the settings in use now."""
        self.log, self.reader, self.settings = log, reader, settings

    def _say(self, text: str) -> None:
        self.message.emit(text)

    # --- what the slip says ----------------------------------------------------------------
    def desk_area(self) -> str:
        return ", ".join(x for x in (self.settings.desa, self.settings.kecamatan) if x)

    def logged_referral(self, result, contact, need: str):
        """The referral already logged from this detail view for the contact and need."""
        if self._logged_view != self.detail.view:
            return None
        return self._logged.get(_key(result, contact, need))

    def remember_referral(self, view: int, key: tuple[str, str, str], referral) -> None:
        if self._logged_view != view:
            self._logged_view, self._logged = view, {}
        self._logged[key] = referral

    def detail_slip(self, result, contact, need: str, referral=None) -> Slip:
        """The slip for the detail's service and contact; with its code once logged."""
        code, moment, lapor = "", None, ""
        if referral is not None:
            code, lapor = referral.code, referral.lapor_id or ""
            moment = datetime.fromisoformat(referral.created_at).astimezone()
            need = referral.need_text
        return slip_for(
            service=result.service,
            org=result.org,
            contact=contact,
            desk_name=self.settings.desk_name,
            desk_area=self.desk_area(),
            need_text=need,
            code=code,
            moment=moment,
            sample=bool(self.reader is not None and self.reader.is_sample),
            lapor_id=lapor,
        )

    def _chosen(self):
        result, contact = self.detail.result, self.detail.selected_contact()
        if result is None or contact is None:
            self._say(self.tr("Choose a service with a contact first."))
            return None
        need = self.need_of()
        return self.detail.view, _key(result, contact, need), result, contact, need

    def _record(self, target, channel: str, on_done, on_error, supersedes=None) -> None:
        from melayani_desk.ui.workers.tasks import run_task

        _view, _k, result, contact, need = target
        found_via, rank = self.found_how(result)
        job = partial(
            self.log.record_referral,
            reader=self.reader,
            service_id=result.service.service_id,
            contact_id=contact.contact_id,
            channel=channel,
            need_text=need,
            found_via=found_via,
            search_rank=rank,
            supersedes=supersedes,
        )

        def done(referral) -> None:
            self.referral_logged.emit(referral)  # the window learns from it, counts it
            on_done(referral)

        run_task(job, done, on_error, context=self)

    def _need_log(self) -> bool:
        if self.log is None:
            self._say(self.tr("The referral log is still opening; try again in a moment."))
            return False
        return True

    # --- F2 --------------------------------------------------------------------------------
    def log_referral(self) -> None:
        """F2: the referral dialog for the detail's contact (read out, usually)."""
        result, contact = self.detail.result, self.detail.selected_contact()
        if result is None or contact is None or not self._need_log():
            return
        from melayani_desk.ui.dialogs.referral_dialog import ReferralDialog

        need = self.need_of()
        view = self.detail.view
        found_via, rank = self.found_how(result)
        dialog = ReferralDialog(self.log, self.reader, result, contact, need, self.host)
        dialog.found_via, dialog.search_rank = found_via, rank
        if dialog.exec():
            self._say(self.tr("Referral logged."))
            referral = dialog.saved_referral
            if referral is not None:  # printing or F7 from this detail will not log again
                key = (result.service.service_id, referral.contact_id, need)
                self.remember_referral(view, key, referral)
                self.referral_logged.emit(referral)
        self.done.emit()

    # --- Ctrl+P ------------------------------------------------------------------------
    def print_slip(self) -> None:
        """Ctrl+P on the detail's contact (the history's Ctrl+P is print_history_slip)."""
        target = self._chosen()
        if target is None or self.slip_dialog is not None:
            return
        view, key, result, contact, need = target
        referral = self.logged_referral(result, contact, need)
        before = None
        if referral is None or referral.channel == "read_out":
            # not logged yet, or logged as read out (F2) and now printed: the slip that
            # leaves the desk is logged as printed, replacing the read-out record
            if not self._need_log():
                return
            self._slip_target = target
            self._slip_supersedes = referral.uuid if referral is not None else None
            before = self._log_before_output
            referral = None  # the preview has no code until the printed one is logged
        self._open_slip_dialog(self.detail_slip(result, contact, need, referral), before)

    def print_history_slip(self, referral=None) -> None:
        """The slip of a logged referral, with the contact as it was given out; not logged
        again."""
        if referral is None:
            self._say(self.tr("Choose a referral in the history first."))
            return
        if self.slip_dialog is not None or self._reprinting is not None:
            return
        if self.reader is None:
            self._reprint_read_failed(referral, None)
            return
        from melayani_desk.ui.workers.tasks import run_read

        self._reprinting = referral  # the service's facts are read on the read worker
        run_read(
            partial(
                _reprint_slip,
                Path(self.reader.path),
                referral,
                self.settings.desk_name,
                self.desk_area(),
            ),
            self._reprint,
            partial(self._reprint_read_failed, referral),
            context=self,
            key="reprint",
        )

    def _reprint_read_failed(self, referral, _exc: BaseException | None) -> None:
        slip = slip_for_referral(  # the slip from the log's own copy
            referral,
            service=None,
            org=None,
            desk_name=self.settings.desk_name,
            desk_area=self.desk_area(),
        )
        self._reprint(slip)

    def _reprint(self, slip: Slip) -> None:
        self._reprinting = None
        if self.slip_dialog is not None:
            return
        self._open_slip_dialog(slip, None)

    def _open_slip_dialog(self, slip: Slip, before_output) -> None:
        from melayani_desk.ui.dialogs.slip_dialog import SlipDialog

        dialog = SlipDialog(slip, self.data_dir, self.settings, self.host, before_output)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(self._slip_printed)  # methods, never lambdas holding widgets
        dialog.finished.connect(self._slip_dialog_closed)
        self.slip_dialog = dialog
        dialog.open()

    def _log_before_output(self, dialog) -> None:
        """SlipDialog's before_output: log the referral as printed, then let it print."""
        if self._slip_target is None or self.log is None:
            dialog.resume(None)
            return
        self._record(
            self._slip_target,
            "printed",
            self._slip_logged,
            self._slip_log_failed,
            self._slip_supersedes,
        )

    def _slip_logged(self, referral) -> None:
        assert self._slip_target is not None  # set until this answer
        view, key, result, contact, need = self._slip_target
        self._slip_target = self._slip_supersedes = None
        self.remember_referral(view, key, referral)
        if _alive(self.slip_dialog):
            self.slip_dialog.resume(self.detail_slip(result, contact, need, referral))

    def _slip_log_failed(self, exc: BaseException) -> None:
        message = self.tr(
            "The referral could not be logged (%1); the slip has no referral code."
        ).replace("%1", failure_reason(exc, "rujukan TIDAK dicatat"))
        self._say(message)
        if _alive(self.slip_dialog):
            self.slip_dialog.resume(None, message)

    def _slip_printed(self, kind: str) -> None:
        if kind == "printer":
            self._say(self.tr("Slip sent to the printer."))
        else:
            self._say(self.tr("Slip saved as PDF."))

    def _slip_dialog_closed(self, _result: int) -> None:
        self.slip_dialog = None
        self._slip_target = self._slip_supersedes = None
        self.done.emit()  # the next citizen's typing replaces the old need

    # --- F7 ------------------------------------------------------------------------------
    def contact_on_behalf(self) -> None:
        """F7: open WhatsApp to the chosen contact with the message written in, and log
        the referral as contacted on the citizen's behalf once the system took the
        hand-off (so a WhatsApp that never opened is never logged as contacted)."""
        target = self._chosen()
        if target is None:
            return
        view, key, result, contact, need = target
        if not contact.whatsapp:
            self._say(self.tr("%1 has no WhatsApp number; call the number instead.").replace(
                    "%1", contact.name
                ))
            return
        if self._contact_target is not None:
            return  # the first press is still being logged (milliseconds)
        referral = self.logged_referral(result, contact, need)
        if referral is not None and referral.channel == "contacted_on_behalf":
            if self._open_whatsapp(self.detail_slip(result, contact, need, referral)):
                self._say(self.tr("WhatsApp opened for %1 (referral already logged).").replace(
                        "%1", contact.name
                    ))
            return
        if not self._need_log():
            return
        # WhatsApp first: only a hand-off the system accepted is logged as contacted (a
        # read-out referral of this detail is superseded, so the log says what happened)
        if not self._open_whatsapp(self.detail_slip(result, contact, need)):
            return
        self._contact_target = target
        old = referral.uuid if referral is not None else None
        self._record(
            target, "contacted_on_behalf", self._contact_logged, self._contact_log_failed, old
        )

    def _contact_logged(self, referral) -> None:
        assert self._contact_target is not None  # set until this answer
        view, key, result, contact, need = self._contact_target
        self._contact_target = None
        self.remember_referral(view, key, referral)
        self._say(self.tr("Referral logged; WhatsApp opened for %1.").replace("%1", contact.name))

    def _contact_log_failed(self, exc: BaseException) -> None:
        self._contact_target = None
        self._say(self.tr("WhatsApp opened, but the referral could not be logged: %1").replace(
                "%1", failure_reason(exc, "rujukan TIDAK dicatat")
            ))

    def _open_whatsapp(self, slip: Slip) -> bool:
        """The system opens wa.me (WhatsApp Desktop or the browser); False if it cannot."""
        url = QUrl.fromEncoded(slip.wa_url.encode("ascii"))
        if QDesktopServices.openUrl(url):
            return True
        text = self.tr("WhatsApp could not be opened on this computer: %1")
        self._say(text.replace("%1", slip.wa_url))
        return False



def _reprint_slip(path: Path, referral, desk_name: str, desk_area: str) -> Slip:
    """A logged referral's slip with its service and agency as the directory says now, on
    the read worker (a reader of its own; the window's stays the UI thread's), its QR code
    encoded there too (about 20 ms the dialog would otherwise spend on the UI thread)."""
    from melayani_core.storage.directory_db import DirectoryReader

    reader = DirectoryReader(path)
    try:
        service, org = reader.service(referral.service_id), reader.organization(referral.org_id)
    finally:
        reader.close()
    slip = slip_for_referral(
        referral, service=service, org=org, desk_name=desk_name, desk_area=desk_area
    )
    if slip.wa_url:
        qr_matrix(slip.wa_url)  # cached: the preview finds it
    return slip


def _key(result, contact, need: str) -> tuple[str, str, str]:
    return result.service.service_id, contact.contact_id, need


def _alive(widget) -> bool:
    return widget is not None and shiboken6.isValid(widget)
