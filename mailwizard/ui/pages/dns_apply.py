"""The DNS step's offer to set the records up through the DNS host's own API, and the way through it: the key
(DnsCredentialDialog), the preview to confirm, the changes being made, the result, undo (DnsApplyDialog).

Shown only where the detected DNS host has an API (the session's ``offer()``); "I'll type them myself" folds it
away and the step is as it was. The session does the work (core/session/dns_apply); its events arrive here
through the controller's ``dnsApplyEvent`` and are handed to the dialog that is open."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mailwizard.core.dns.hosts import DnsHost
from mailwizard.ui.controller import WizardController
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.dns_apply_dialog import ApplyActions, DnsApplyDialog, confirm_undo
from mailwizard.ui.widgets.dns_credential_dialog import DnsCredentialDialog

translate = QCoreApplication.translate  # its calls are what lupdate reads


class DnsApplyFlow(QObject):
    """One run through the key, the preview and the changes; owns the dialogs while they are open. A run that
    succeeds closes its window and hands over to the page: the offer says what was done beside the live panel.
    ``finished``: a dialog closed (the offer shows the new state)."""

    finished = Signal()

    def __init__(self, controller: WizardController, host: Callable[[], DnsHost], parent: QWidget) -> None:
        super().__init__(parent)
        self.controller, self._host, self._parent = controller, host, parent
        self.credential_dialog: DnsCredentialDialog | None = None
        self.apply_dialog: DnsApplyDialog | None = None
        self._said_in_memory = False
        self.applied: int | None = None  # how many changes the last run made (None: not in this session)
        self.undone = False
        controller.dnsCredentialChecked.connect(self._checked)
        controller.dnsApplyPreview.connect(lambda changes, warnings: self._to_dialog("show_preview", changes, warnings))
        controller.dnsApplyProgress.connect(lambda done, total, current: self._to_dialog(
            "show_progress", done, total, current))
        controller.dnsApplyDone.connect(self._done)
        controller.dnsUndoDone.connect(self._undone)
        controller.dnsApplyFailed.connect(self._failed)
        controller.secretsInMemory.connect(self._in_memory)

    def host_name(self) -> str:
        return self._host().name.get(self.controller.language)

    def start(self) -> None:
        """"Set up the records for me": straight to the preview where the key is known (kept in the keychain, or
        the surroundings' as a keychain would give it: practice's); else the key first, then the preview."""
        if self.controller.dns_host_has_credential():
            self.open_preview()
        else:
            self.ask_key()

    def ask_key(self, problem: str | None = None, detail: str = "") -> None:
        """The key's window; ``problem``: why the host refused the key that was known (said in it)."""
        info = self.controller.dns_apply_offer()
        prefill = self.controller.surroundings.dns_host_credential()
        dialog = DnsCredentialDialog(info, self.host_name(), self.controller.language,
                                     self.controller.set_dns_host_credential, self.controller.cancel_dns_apply,
                                     practice=self.controller.in_practice, prefill=prefill, parent=self._parent)
        if self._said_in_memory:
            dialog.show_in_memory()
        self.credential_dialog = dialog
        dialog.accepted.connect(self.open_preview)
        dialog.finished.connect(self._credential_closed)
        dialog.open()
        if problem:
            dialog.show_problem(problem, detail)

    def other_key(self) -> None:
        """"Use a different key…" in the preview: the preview closes (nothing was changed), the key's window opens,
        and a key that works brings a new preview."""
        if self.apply_dialog is not None:
            self.apply_dialog.reject()
        self.ask_key()

    def _credential_closed(self) -> None:
        if self.credential_dialog is not None:
            self.credential_dialog.deleteLater()
            self.credential_dialog = None

    def _dialog(self) -> DnsApplyDialog:
        actions = ApplyActions(preview=self.controller.preview_dns_apply, apply=self.controller.apply_dns_changes,
                               undo=self.controller.undo_dns_changes, cancel=self.controller.cancel_dns_apply,
                               save_backup=self.save_backup, other_key=self.other_key)
        dialog = DnsApplyDialog(self.host_name(), actions, host=self._host(),
                                domain=self.controller.state.domain or "", parent=self._parent)
        dialog.finished.connect(self._apply_closed)
        self.apply_dialog = dialog
        return dialog

    def open_preview(self) -> None:
        dialog = self._dialog()
        dialog.open()
        self.controller.preview_dns_apply()

    def undo(self) -> None:
        """"Undo these changes…" on the page: confirmed, then the undo's progress in the window."""
        if not confirm_undo(self._parent, self.host_name()):
            return
        dialog = self._dialog()
        dialog.open()
        dialog.undo_now(self.controller.dns_apply_changes())

    def resume(self) -> None:
        """A run that stopped (the app was closed mid-way): applied again, it makes only what is missing."""
        dialog = self._dialog()
        dialog.open()
        dialog.resume()

    def _apply_closed(self) -> None:
        if self.apply_dialog is not None:
            self.apply_dialog.deleteLater()
            self.apply_dialog = None
        self.finished.emit()

    def save_backup(self) -> None:
        domain = self.controller.state.domain or "zone"
        title = translate("DnsApplyOffer", "Save the backup of your DNS records")
        kind = translate("DnsApplyOffer", "Zone file") + " (*.zone *.txt)"
        path, _ = QFileDialog.getSaveFileName(self._parent, title, f"{domain}-backup.zone", kind)
        if path:
            self.controller.save_text_file(Path(path), self.controller.dns_backup_snippet())

    # --- the session's answers ---------------------------------------------------------------------
    def _checked(self, ok: bool, problem, detail: str) -> None:
        if self.credential_dialog is not None:
            self.credential_dialog.show_checked(ok, problem, detail)

    def _to_dialog(self, method: str, *args) -> None:
        if self.apply_dialog is not None:
            getattr(self.apply_dialog, method)(*args)

    def _done(self, applied: int) -> None:
        """The session has the live panel check at once; the page says what was done."""
        self.applied, self.undone = applied, False
        if self.apply_dialog is not None:
            self.apply_dialog.show_done(applied)
            self.apply_dialog.accept()

    def _undone(self) -> None:
        self.applied, self.undone = None, True
        if self.apply_dialog is not None:
            self.apply_dialog.show_undone()
            self.apply_dialog.accept()

    def _failed(self, problem: str, detail: str, done: int, params) -> None:
        if problem == "zone_changed":
            self._to_dialog("zone_changed")  # a new preview follows at once
        elif self.apply_dialog is not None and self.apply_dialog.mode == "preview" and \
                not self.controller.dns_host_has_credential():
            # the known key was refused while reading the zone (the session let go of it): ask for another
            self.apply_dialog.reject()
            self.ask_key(problem, detail)
        else:
            self._to_dialog("show_failed", problem, detail, done, params)

    def _in_memory(self, _key: str) -> None:
        if self._said_in_memory:
            return
        self._said_in_memory = True
        # the key is checked, then kept: by then its window has closed and the preview is reading the zone
        if self.credential_dialog is not None and self.credential_dialog.isVisible():
            self.credential_dialog.show_in_memory()
        elif self.apply_dialog is not None:
            self.apply_dialog.show_in_memory()


class DnsApplyOffer(QFrame):
    """On the DNS step, above the records: "Set up the records for me" beside "I'll type them myself"; once the
    records are set up, what was done, "Undo these changes…" and "Save the backup…"."""

    def __init__(self, controller: WizardController, host: Callable[[], DnsHost],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dns_apply_offer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller, self._host = controller, host
        self.declined = False
        self.flow = DnsApplyFlow(controller, host, self)
        self.flow.finished.connect(self.refresh)
        # a run's end is told while its task is still winding up: shown once the runner has let it go
        controller.tasks.activityChanged.connect(self._task_ended)
        self._running = False
        body = QHBoxLayout(self)  # the words on the left, the buttons in a column on the right (as Connect's)
        self.result = StatusLine(objectName="dns_apply_outcome")
        self.text = QLabel(objectName="dns_apply_offer_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.set_up = QPushButton(objectName="dns_apply_set_up")
        font = self.set_up.font()
        font.setBold(True)  # the step's one primary choice here; Next stays the window's
        self.set_up.setFont(font)
        self.set_up.clicked.connect(self._set_up)
        self.by_hand = QPushButton(objectName="dns_apply_by_hand")
        self.by_hand.clicked.connect(self.decline)
        self.again = QPushButton(objectName="dns_apply_again")  # folded: the way back to the offer
        self.again.setFlat(True)
        self.again.clicked.connect(self.undecline)
        self.undo = QPushButton(objectName="dns_apply_undo")
        self.undo.clicked.connect(self.flow.undo)
        self.save_backup = QPushButton(objectName="dns_apply_save_backup")
        self.save_backup.clicked.connect(self.flow.save_backup)
        words = QVBoxLayout()
        words.addWidget(self.result)
        words.addWidget(self.text)
        words.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        words.addStretch(1)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.set_up, self.by_hand, self.undo, self.save_backup):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(words, 1)
        body.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.by_hand.setText(translate("DnsApplyOffer", "I'll &type them myself"))
        self.again.setText(translate("DnsApplyOffer", "Let MailWizard set up the records instead…"))
        self.undo.setText(translate("DnsApplyOffer", "&Undo these changes…"))
        self.save_backup.setText(translate("DnsApplyOffer", "Save the backup (&zone file)…"))  # B, S, K taken
        self.save_backup.setToolTip(translate(
            "DnsApplyOffer", "The records as they were before MailWizard changed them, as a zone file."))
        self.refresh()

    def offered(self) -> bool:
        return self.controller.dns_apply_offer() is not None

    def refresh(self) -> None:
        if self.controller.session.closed:  # the window's last retranslate after the session ended
            return
        shown = self.offered()
        self.setVisible(shown)
        if not shown:
            return
        name = self._host().name.get(self.controller.language)
        host = html.escape(name)
        state = self.controller.dns_apply_state()
        folded = self.declined and state not in ("applied", "interrupted", "applying", "undoing")
        self._show_outcome(state, name)
        if state == "applied":
            self.text.setText(translate(
                "DnsApplyOffer", "The panel “What the internet sees now” below shows them arriving; this can take "
                "from minutes to a few hours. If something looks wrong, “Undo these changes” puts every record "
                "back as it was."))
        elif state == "interrupted":
            self.text.setText(translate(
                "DnsApplyOffer", "Setting up the records at <b>{host}</b> stopped before it was finished. "
                "Continue, and MailWizard makes only the changes still missing.").format(host=host))
            self.set_up.setText(translate("DnsApplyOffer", "&Continue setting up the records"))
        else:
            self.text.setText(translate(
                "DnsApplyOffer", "<b>{host}</b> lets MailWizard add these records for you: you make a key there "
                "once, check the list of changes, and MailWizard makes them. Nothing changes "
                "before you confirm.").format(host=host))
            self.set_up.setText(translate("DnsApplyOffer", "&Set up the records for me"))
        self.text.setVisible(not folded)
        self.set_up.setVisible(not folded and state != "applied")
        self.by_hand.setVisible(not folded and state not in ("applied", "interrupted"))
        self.undo.setVisible(state in ("applied", "interrupted"))
        self.save_backup.setVisible(state in ("applied", "interrupted", "undone"))
        self.again.setVisible(folded)
        self.setFrameShape(QFrame.Shape.NoFrame if folded else QFrame.Shape.StyledPanel)
        self.layout().setContentsMargins(*((0, 0, 0, 0) if folded else (9, 9, 9, 9)))

    def _task_ended(self) -> None:
        running = self.controller.dns_apply_busy()
        if self._running and not running:
            self.refresh()
        self._running = running

    def _show_outcome(self, state: str, host: str) -> None:
        applied = self.flow.applied
        if state == "applied" and applied is not None:
            text = (translate("DnsApplyOffer", "1 change made at {host}.") if applied == 1 else translate(
                "DnsApplyOffer", "{n} changes made at {host}.")).format(n=applied, host=host)
        elif state == "applied":  # set up in an earlier session
            text = translate("DnsApplyOffer", "MailWizard set up the records at {host}.").format(host=host)
        elif state == "undone" and self.flow.undone:
            text = translate("DnsApplyOffer", "Undone: every record at {host} is back as it was before.").format(
                host=host)
        else:
            self.result.set_status(None, "")
            self.result.hide()
            return
        self.result.set_status(Status.DONE, text)
        self.result.show()

    def _set_up(self) -> None:
        if self.controller.dns_apply_state() == "interrupted":
            self.flow.resume()
        else:
            self.flow.start()

    def decline(self) -> None:
        self.declined = True
        self.refresh()
        self.again.setFocus()

    def undecline(self) -> None:
        self.declined = False
        self.refresh()
        self.set_up.setFocus()
