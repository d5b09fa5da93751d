"""The Invitations step's sending row: how the run goes (a status line and progress) and its buttons."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from mailwizard.core.invitations.sender import SendReport
from mailwizard.core.members.model import Member
from mailwizard.ui.messages import duration, message
from mailwizard.ui.pages.base import ROW_SPACING
from mailwizard.ui.status import Status, StatusLine

# Texts are looked up in the InvitationsPage translation context, where their zh_CN/zh_TW translations were made
# before this panel was split from the page: self.tr here would look under the panel's class name.


class SendPanel(QWidget):
    """Says what the page's run does; the page wires the buttons to the run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(ROW_SPACING)  # as when the status line and the buttons were rows of the page
        self.status = StatusLine(objectName="invitations_status")
        column.addWidget(self.status)
        # the test to the admin has a line of its own: it is not one of the invitations and marks no one
        self.test_status = StatusLine(objectName="test_status")
        self.test_status.hide()
        column.addWidget(self.test_status)
        self._started = 0.0  # when the run began (time.monotonic), for the time left
        self.progress = QProgressBar(objectName="send_progress")
        self.test_button = QPushButton(objectName="send_test")
        self.resend_failed_button = QPushButton(objectName="resend_failed")
        self.pause_button = QPushButton(objectName="pause_sending", checkable=True)
        self.stop_button = QPushButton(objectName="stop_sending")
        self.send_button = QPushButton(objectName="send_invitations")
        self.skip_button = QPushButton(objectName="skip_invitations")  # only when no one can be written to
        self.fix_button = QPushButton(objectName="fix_address")  # to the Members step, where an address is fixed
        self.fix_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        for button in (self.test_button, self.fix_button, self.resend_failed_button, self.pause_button,
                       self.stop_button, self.skip_button, self.send_button):
            row.addWidget(button)
        column.addLayout(row)

    def retranslate(self) -> None:
        self.progress.setAccessibleName(QCoreApplication.translate("InvitationsPage", "Invitations sent"))
        self.test_button.setText(QCoreApplication.translate("InvitationsPage", "Send me a &test first"))
        self.resend_failed_button.setText(QCoreApplication.translate("InvitationsPage", "&Re-send failed"))
        self.pause_button.setText(QCoreApplication.translate("InvitationsPage", "Pa&use"))
        self.stop_button.setText(QCoreApplication.translate("InvitationsPage", "St&op"))
        self.skip_button.setText(QCoreApplication.translate("InvitationsPage", "&Go on without email invitations"))
        self.fix_button.setText(QCoreApplication.translate("InvitationsPage", "Fi&x the address…"))
        self.fix_button.setToolTip(QCoreApplication.translate(
            "InvitationsPage", "Opens the Members step on this person's personal email, ready to type."))

    def show_buttons(self, members: list[Member], statuses: dict, domain: str, *, sending: bool,
                     invitations_done: bool) -> None:
        # an unclear one is sent again only when the admin asks (double-click): "Send" would skip it for ever
        unsent = [m for m in members
                  if statuses.get(m.address(domain), ("",))[0] not in ("sent", "sending", "uncertain")]
        failed = [m for m in members if statuses.get(m.address(domain), ("",))[0] == "failed"]
        if not members:
            self.send_button.setText(QCoreApplication.translate("InvitationsPage", "No one to invite yet"))
        elif not unsent:
            self.send_button.setText(QCoreApplication.translate("InvitationsPage", "All invitations sent"))
        elif len(unsent) == 1:
            self.send_button.setText(QCoreApplication.translate("InvitationsPage", "&Send 1 invitation"))
        else:
            self.send_button.setText(QCoreApplication.translate("InvitationsPage", "&Send {n} invitations").format(
                n=len(unsent)))
        self.send_button.setEnabled(bool(unsent) and not sending)
        # with only failed ones left, Send and Re-send failed would do the same: one button, the explicit one
        self.send_button.setVisible(not (failed and len(unsent) == len(failed) and not sending))
        self.test_button.setEnabled(bool(members) and not sending)
        self.resend_failed_button.setVisible(bool(failed) and not sending)
        self.fix_button.setVisible(bool(failed) and not sending)
        self.skip_button.setVisible(not members and not invitations_done)
        self.pause_button.setVisible(sending)
        self.stop_button.setVisible(sending)
        self.progress.setVisible(sending)

    # --- what the status line says -------------------------------------------------------
    def say_no_one(self, skipped: bool) -> None:
        if skipped:
            self.status.set_status(Status.DONE, QCoreApplication.translate(
                "InvitationsPage", "No invitations by email: you chose to go on without."))
        else:
            self.status.set_status(Status.ACTION, self.no_one_text())

    @staticmethod
    def no_one_text() -> str:
        return QCoreApplication.translate(
            "InvitationsPage", "There is no one to invite by email: none of the people whose account exists has a "
            "personal email address. Add them on the Members step, or give each person their hand-over sheet "
            "(Members step, “Print hand-over sheets…”) and go on without email invitations.")

    @staticmethod
    def sending_word() -> str:
        return QCoreApplication.translate("InvitationsPage", "Sending")

    def say_sending(self) -> None:
        self.progress.setValue(0)
        self._started = time.monotonic()
        self.status.set_status(Status.WAITING, QCoreApplication.translate(
            "InvitationsPage", "Sending the first invitation…"), word=self.sending_word())

    def say_progress(self, report: SendReport, now: float | None = None) -> None:
        self.progress.setMaximum(max(report.total, 1))
        self.progress.setValue(report.done)
        self.status.set_status(Status.WAITING, self.progress_words(report, (now or time.monotonic()) - self._started),
                               word=self.sending_word())

    @staticmethod
    def progress_words(report: SendReport, elapsed: float) -> str:
        """How far the run is, and about how long the rest takes at the pace so far (sent in earlier runs: none)."""
        sent = QCoreApplication.translate("InvitationsPage", "{done} of {total} sent").format(
            done=report.done, total=report.total)
        worked = len(report.sent) + len(report.failed) + len(report.uncertain)
        left_count = report.total - report.done
        if not worked or left_count <= 0:
            return sent
        left = elapsed / worked * left_count
        if left < 60:
            return QCoreApplication.translate("InvitationsPage", "{sent} · less than a minute left").format(sent=sent)
        return QCoreApplication.translate("InvitationsPage", "{sent} · {duration} left").format(
            sent=sent, duration=duration(int(left)))

    def say_problem(self, key: str, params: dict) -> None:
        self.status.set_status(Status.PROBLEM, message(key, params))

    def say_test_sending(self, address: str) -> None:
        self.test_status.show()
        self.test_status.set_status(Status.WAITING, QCoreApplication.translate(
            "InvitationsPage", "Test: sending one to you at {address}…").format(address=address),
            word=self.sending_word())

    def say_test_sent(self, address: str) -> None:
        self.test_status.show()
        self.test_status.set_status(Status.DONE, QCoreApplication.translate(
            "InvitationsPage", "Test: sent to you at {address}, not to anyone on the list. Check how it looks, then "
            "send them all.").format(address=address))

    def say_test_failed(self, key: str, params: dict) -> None:
        self.test_status.show()
        self.test_status.set_status(Status.PROBLEM, QCoreApplication.translate(
            "InvitationsPage", "Test: not sent. {reason}").format(reason=message(key, params)))

    def say_stopping(self) -> None:
        # the message on its way is finished first (never half-sent), which can take a slow server a while
        self.status.set_status(Status.WAITING, QCoreApplication.translate(
            "InvitationsPage", "Stopping after the invitation being sent…"))

    def say_outcome(self, report: SendReport) -> None:
        if report.failed:
            self.status.set_status(Status.PROBLEM, QCoreApplication.translate(
                "InvitationsPage", "{sent} sent, {failed} failed: the reason is in the list. Fix the address and "
                "click Re-send failed.").format(sent=len(report.sent) + len(report.skipped),
                                                failed=len(report.failed)))
        elif len(report.uncertain) == 1:
            self.status.set_status(Status.ACTION, QCoreApplication.translate(
                "InvitationsPage", "1 invitation may or may not have arrived: sending it was cut short. Ask the "
                "person, and double-click them to send it again if it did not."))
        elif report.uncertain:
            self.status.set_status(Status.ACTION, QCoreApplication.translate(
                "InvitationsPage", "{n} invitations may or may not have arrived: sending them was cut short. Ask "
                "those people, and double-click one to send theirs again if it did not.").format(
                n=len(report.uncertain)))
        elif report.done < report.total:  # stopped before the end
            self.status.set_status(Status.ACTION, QCoreApplication.translate(
                "InvitationsPage", "Stopped: {sent} of {total} sent. Click Send to send the rest.").format(
                sent=len(report.sent) + len(report.skipped), total=report.total))
        else:
            self.status.set_status(Status.DONE, QCoreApplication.translate("InvitationsPage",
                                                                           "All invitations are sent."))
