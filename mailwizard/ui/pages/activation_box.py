"""The activation panel wired to the session: who has signed in (read again off the UI thread when first
shown while someone has not signed in), "Check again", and reminders after the admin confirms them. The
Invitations step (after sending) and the Summary each hold one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.widgets.activation_panel import ActivationPanel
from mailwizard.ui.widgets.activation_remind import confirm_remind


class ActivationBox(ActivationPanel):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._failed_key: str | None = None
        self.checkRequested.connect(self.check)
        self.remindRequested.connect(self.remind)
        controller.activationRead.connect(self._read)
        controller.activationFailed.connect(self._failed)
        controller.remindProgress.connect(self.show_progress)
        controller.remindDone.connect(self._reminded)
        from mailwizard.ui.invitations import texts  # a reminder after a fresh start, before the Invitations step

        controller.lend_reminder_texts(texts)

    def start(self) -> None:
        """Shown: the last report at once, and read again once a run while someone has not signed in (the read
        the window starts at the app's start counts: its answer arrives here too)."""
        if self.report is None:
            kept = self.controller.activation_report()
            if kept is not None:
                self.show_report(kept)
        if self.controller.check_activation_once():
            self._failed_key = None
            self.show_checking()

    def check(self) -> None:
        self._failed_key = None
        self.show_checking()
        self.controller.refresh_activation()

    def remind(self) -> None:
        chosen = confirm_remind(self.waiting(), self.window())
        if chosen is None:
            return
        addresses, new_password = chosen
        self.show_progress(0, len(addresses))
        self.controller.remind_members(addresses, new_password)

    def _read(self, report) -> None:
        self._failed_key = None
        self.show_report(report)

    def _failed(self, key: str, _detail: str) -> None:
        self._failed_key = key
        self.progress.hide()
        self.show_failed(message(key))

    def _reminded(self, sent: int, uncertain, failed) -> None:
        self.show_done(sent, list(uncertain), [(address, message(key)) for address, key in failed])
        self.controller.refresh_activation()  # a new password or a sign-in since: the list follows

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "_failed_key", None):
            self.show_failed(message(self._failed_key))
