"""The DNS step's offer to set the records up through the DNS host's own API, and the way through it: the key
(DnsCredentialDialog), the preview to confirm, the changes being made, the result, undo (DnsApplyDialog).

Shown only where the detected DNS host has an API (the session's ``offer()``); "I'll type them myself" folds it
away and the step is as it was. The session does the work (core/session/dns_apply); its events arrive here
through the controller's ``dnsApplyEvent`` and are handed to the dialog that is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mailwizard.core.dns.hosts import DnsHost
from mailwizard.ui.controller import WizardController
from mailwizard.ui.widgets.dns_apply_dialog import ApplyActions, DnsApplyDialog
from mailwizard.ui.widgets.dns_credential_dialog import DnsCredentialDialog

translate = QCoreApplication.translate  # its calls are what lupdate reads


class DnsApplyFlow(QObject):
    """One run through the key, the preview and the result; owns the dialogs while they are open."""

    def __init__(self, controller: WizardController, host: Callable[[], DnsHost], parent: QWidget) -> None:
        super().__init__(parent)
        self.controller, self._host, self._parent = controller, host, parent
        self.credential_dialog: DnsCredentialDialog | None = None
        self.apply_dialog: DnsApplyDialog | None = None
        self._said_in_memory = False
        controller.dnsApplyEvent.connect(self.on_event)
        controller.secretsInMemory.connect(self._in_memory)

    def host_name(self) -> str:
        return self._host().name.get(self.controller.language)

    def start(self) -> None:
        """"Set up the records for me": the key first where none is known, then the preview."""
        if self.controller.dns_apply_has_credential():
            self.open_preview()
            return
        info = self.controller.dns_apply_offer()
        prefill = self.controller.surroundings.dns_host_credential()
        dialog = DnsCredentialDialog(info, self.host_name(), self.controller.language,
                                     self.controller.set_dns_credential, self.controller.cancel_dns_apply,
                                     practice=self.controller.in_practice, prefill=prefill, parent=self._parent)
        if self._said_in_memory:
            dialog.show_in_memory()
        self.credential_dialog = dialog
        dialog.accepted.connect(self.open_preview)
        dialog.finished.connect(self._credential_closed)
        dialog.open()

    def _credential_closed(self) -> None:
        if self.credential_dialog is not None:
            self.credential_dialog.deleteLater()
            self.credential_dialog = None

    def _dialog(self) -> DnsApplyDialog:
        actions = ApplyActions(preview=self.controller.preview_dns_changes, apply=self.controller.apply_dns_changes,
                               undo=self.controller.undo_dns_changes, cancel=self.controller.cancel_dns_apply,
                               save_backup=self.save_backup)
        dialog = DnsApplyDialog(self.host_name(), actions, host=self._host(),
                                domain=self.controller.state.domain or "", parent=self._parent)
        dialog.finished.connect(self._apply_closed)
        self.apply_dialog = dialog
        return dialog

    def open_preview(self) -> None:
        dialog = self._dialog()
        dialog.open()
        self.controller.preview_dns_changes()

    def open_result(self) -> None:
        """After the dialog was closed: what was done, with Undo and the backup."""
        dialog = self._dialog()
        dialog.show_done(None)
        dialog.open()

    def resume(self) -> None:
        """A run that stopped (the app was closed mid-way): applied again, it makes only what is missing."""
        dialog = self._dialog()
        dialog.open()
        dialog.resume()

    def _apply_closed(self) -> None:
        if self.apply_dialog is not None:
            self.apply_dialog.deleteLater()
            self.apply_dialog = None
        self.controller.update()  # the offer shows what was done

    def save_backup(self) -> None:
        domain = self.controller.state.domain or "zone"
        title = translate("DnsApplyOffer", "Save the backup of your DNS records")
        kind = translate("DnsApplyOffer", "Zone file") + " (*.zone *.txt)"
        path, _ = QFileDialog.getSaveFileName(self._parent, title, f"{domain}-backup.zone", kind)
        if path:
            self.controller.save_text_file(Path(path), self.controller.dns_backup_snippet())

    # --- the session's answers ---------------------------------------------------------------------
    def on_event(self, event) -> None:
        kind = type(event).__name__
        if kind == "DnsCredentialChecked":
            if self.credential_dialog is not None:
                self.credential_dialog.show_checked(event.ok, event.problem, event.detail)
            return
        dialog = self.apply_dialog
        if dialog is None:
            return
        if kind == "DnsApplyPreview":
            dialog.show_preview(event.changes, event.warnings)
        elif kind == "DnsApplyProgress":
            dialog.show_progress(event.done, event.total, event.current)
        elif kind == "DnsApplyDone":
            dialog.show_done(event.applied)  # the session has the live panel check at once
        elif kind == "DnsUndoDone":
            dialog.show_undone()
        elif kind == "DnsApplyFailed" and event.problem == "zone_changed":
            dialog.zone_changed()  # a new preview follows at once
        elif kind == "DnsApplyFailed":
            dialog.show_failed(event.problem, event.detail, getattr(event, "done", 0))

    def _in_memory(self, _key: str) -> None:
        if self._said_in_memory:
            return
        self._said_in_memory = True
        if self.credential_dialog is not None:
            self.credential_dialog.show_in_memory()


class DnsApplyOffer(QFrame):
    """On the DNS step, above the records: "Set up the records for me" beside "I'll type them myself"."""

    def __init__(self, controller: WizardController, host: Callable[[], DnsHost],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dns_apply_offer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller, self._host = controller, host
        self.declined = False
        self.flow = DnsApplyFlow(controller, host, self)
        body = QVBoxLayout(self)
        self.text = QLabel(objectName="dns_apply_offer_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
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
        row.addWidget(self.set_up)
        row.addWidget(self.by_hand)
        row.addWidget(self.again)
        row.addStretch(1)
        body.addWidget(self.text)
        body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_up.setText(translate("DnsApplyOffer", "&Set up the records for me"))
        self.by_hand.setText(translate("DnsApplyOffer", "I'll type them myself"))
        self.again.setText(translate("DnsApplyOffer", "Let MailWizard set up the records instead…"))
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
        host = self._host().name.get(self.controller.language)
        state = self.controller.dns_apply_state()
        folded = self.declined and state not in ("applied", "interrupted", "applying")
        if state == "applied":
            self.text.setText(translate(
                "DnsApplyOffer", "MailWizard set up the records at <b>{host}</b> for you. The panel below shows "
                "them arriving.").format(host=host))
            self.set_up.setText(translate("DnsApplyOffer", "&Undo or save the backup…"))
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
        self.set_up.setVisible(not folded)
        self.by_hand.setVisible(not folded and state != "applied")
        self.again.setVisible(folded)
        self.setFrameShape(QFrame.Shape.NoFrame if folded else QFrame.Shape.StyledPanel)

    def _set_up(self) -> None:
        state = self.controller.dns_apply_state()
        if state == "applied":
            self.flow.open_result()
        elif state == "interrupted":
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
