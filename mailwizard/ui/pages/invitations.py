"""Step 5: an invitation to each member's personal address, previewed first, sent with progress, and
each member's status kept (sent when, failed why, re-send)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.flow import Step
from mailwizard.core.invitations.sender import SendReport
from mailwizard.ui.access import cell_reads, read_in_order, tab_after
from mailwizard.ui.controller import WizardController
from mailwizard.ui.i18n import LANGUAGES
from mailwizard.ui.invitations import SEND_TASK, InvitationRunner
from mailwizard.ui.messages import message
from mailwizard.ui.pages.activation_box import ActivationBox
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.pages.invitations_handover import HandoverBox
from mailwizard.ui.pages.invitations_message import InvitationPreview, MessageOptionsBox
from mailwizard.ui.pages.invitations_send import SendPanel
from mailwizard.ui.pages.invitations_smtp import SmtpSettingsBox


class InvitationsPage(WizardPage):
    step = Step.INVITATIONS

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.runner = InvitationRunner(controller)
        # Above: the settings (they scroll on their own) beside the preview; below, the whole width: who gets one
        # and how it went (a failure's reason reads in full). A single column of boxes and the list had squeezed
        # the list to two rows on a laptop screen.
        settings = QWidget()
        left = QVBoxLayout(settings)
        left.setContentsMargins(0, 0, 8, 0)
        # how the temporary passwords reach people: a choice of its own, asked first
        self.handover_box = HandoverBox(controller)
        self.handover_box.chosen.connect(self._show_preview)
        left.addWidget(self.handover_box)
        # sending server
        self.server_box = SmtpSettingsBox(controller, self.runner)
        self.server_box.channelChanged.connect(self.refresh)  # the From address of the preview changes
        left.addWidget(self.server_box)
        # what the email says
        self.options_box = MessageOptionsBox(controller, self.runner)
        self.options_box.edited.connect(self._show_preview)
        left.addWidget(self.options_box)
        left.addStretch(1)
        scroll = QScrollArea(objectName="invitations_settings")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop for Tab: it follows the focus inside
        scroll.setWidget(settings)
        scroll.setMinimumHeight(120)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the boxes wrap to its width
        top = QWidget()
        body = QHBoxLayout(top)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(scroll, 1)
        # preview
        self.preview_pane = InvitationPreview(self.runner)
        body.addWidget(self.preview_pane, 1)
        # statuses
        self.table = QTableWidget(0, 4, objectName="invitation_statuses")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the name and the language box take what they need; the address (the one to check) and the
        # invitation's status share the rest
        for column in (0, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)  # a failure's reason in full: the headline sends the admin here to read it
        self.table.setMinimumHeight(90)
        self.table.currentCellChanged.connect(lambda *_: self._show_preview())
        self.table.cellDoubleClicked.connect(lambda row, _c: self.resend_one(row))
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="invitations_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        read_in_order(self.splitter)  # the list had been read before the settings above it
        self.layout_.addWidget(self.splitter, 1)

        self.sending = SendPanel()
        self.layout_.addWidget(self.sending)
        self.activation = ActivationBox(controller)  # after sending: who has signed in, and reminders
        self.activation.hide()
        self.layout_.addWidget(self.activation)
        self.sending.skip_button.clicked.connect(self._go_on_without)
        self._no_one_shown = False
        self.sending.test_button.clicked.connect(self.send_test)
        self.sending.fix_button.clicked.connect(self.fix_address)
        self.sending.resend_failed_button.clicked.connect(self.resend_failed)
        self.sending.pause_button.toggled.connect(self._pause)
        self.sending.stop_button.clicked.connect(self._stop)
        self.sending.send_button.clicked.connect(lambda: self.send())
        # the widgets tests and tools reach for, where they were before the page was split into panels
        self.host, self.port, self.username = self.server_box.host, self.server_box.port, self.server_box.username
        self.password_note, self.server_summary = self.server_box.password_note, self.server_box.server_summary
        self.change_server = self.server_box.change_server
        self.greeting, self.logo_label = self.options_box.greeting, self.options_box.logo_label
        self.subject, self.preview = self.preview_pane.subject, self.preview_pane.preview
        self.status, self.progress = self.sending.status, self.sending.progress
        self.test_button, self.resend_failed_button = self.sending.test_button, self.sending.resend_failed_button
        self.stop_button, self.send_button = self.sending.stop_button, self.sending.send_button
        self.skip_button = self.sending.skip_button

        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.problem.connect(self._problem)
        self.runner.testSent.connect(self._test_sent)
        # how the last run or test ended, said again after a language switch (kept as what happened, not as text)
        self._said_again: Callable[[], None] | None = None
        self._test_outcome: tuple[str, dict] | None = None  # the test's, on its own line
        controller.tasks.activityChanged.connect(self._show_buttons)
        # who can be written to changes when the members' statuses arrive (read off the UI thread) or a member
        # gains a personal address: list, buttons and preview follow the same recipients
        controller.stateChanged.connect(self._recipients_changed)
        controller.stateChanged.connect(lambda *_: self._show_activation())  # sent: who has signed in
        self._shown_recipients: tuple[str, ...] | None = None
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Invite your staff"))
        self.intro.setText(self.tr(
            "Each person gets an email at their personal address: their new address, how to sign in and set "
            "their own password, and how to add the mailbox on their phone."))
        self.handover_box.retranslate()
        self.server_box.retranslate()
        self.options_box.retranslate()
        self.table.setAccessibleName(self.tr("Who gets an invitation"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Personal email"), self.tr("Invitation"),
                                              self.tr("Language")])
        self.preview_pane.retranslate()
        self.sending.retranslate()
        self.activation.retranslate()
        self.refresh()
        if self._said_again is not None:
            self._said_again()
        if self._test_outcome is not None:
            self._test_sent(*self._test_outcome)

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.runner.fill_in_defaults()
        state = self.controller.state
        self.server_box.show_settings(state.smtp)
        self.options_box.show_options(state)
        self.handover_box.show_choice()
        self._show_statuses()
        self._show_preview()
        self._show_buttons()
        self._show_no_one()
        self._show_activation()

    def _show_activation(self, entering: bool = False) -> None:
        """After sending: who has signed in, read again once while someone has not."""
        shown = self.controller.state.invitations_done and not self.controller.state.invitations_skipped
        self.activation.setVisible(shown)
        if shown and (entering or self.isVisible()):
            self.activation.start()

    def _show_no_one(self) -> None:
        """Invitations go to a personal address: with none among the people whose account exists, there is
        no one to write to, and the step says so instead of waiting for a send that cannot happen."""
        if self._members():
            self.runner.reopen_if_someone_to_write_to()
            if self._no_one_shown:  # someone to write to now: the sentence about no one no longer holds
                self.status.set_status(None, "")
                self._no_one_shown = False
            return
        self._no_one_shown = True
        self.sending.say_no_one(self.controller.state.invitations_skipped)

    def _go_on_without(self) -> None:
        self.runner.go_on_without()
        self.refresh()
        self.changed.emit()

    def on_enter(self) -> None:
        super().on_enter()
        if self.controller.state.logo_path and self.runner.logo is None:
            self.set_logo(self.controller.state.logo_path)
        self._show_activation(entering=True)

    def set_logo(self, path: str) -> None:
        self.options_box.set_logo(path)

    def set_password(self, password: str) -> None:
        self.server_box.set_password(password)

    def _members(self):
        return self.runner.recipients()

    def _recipients_changed(self) -> None:
        state = self.controller.state
        domain = state.domain or ""
        if tuple(m.address(domain) for m in self._members()) != self._shown_recipients:
            self._show_statuses()
            self._show_preview()
            self._show_buttons()
            self._show_no_one()

    def _show_statuses(self) -> None:
        members = self._members()
        self._shown_recipients = tuple(m.address(self.controller.state.domain or "") for m in members)
        statuses = self.runner.statuses()
        flying = self.runner.in_flight()
        domain = self.controller.state.domain or ""
        self.table.setRowCount(len(members))
        # Called after every message sent: cells and language boxes are updated in place, not rebuilt
        # (rebuilding made a run of N invitations create N² widgets).
        for row, member in enumerate(members):
            address = member.address(domain)
            state, when, error = statuses.get(address, ("", "", ""))
            status = self.tr("Sending…") if address == flying else self.status_text(state, when, error)
            cells = [member.display_name, member.personal_email, status]
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)  # a narrow window cuts a failure's reason short
            self._show_language_box(row, address)
        tab_after(self.table, *(self.table.cellWidget(r, 3) for r in range(self.table.rowCount())))  # by Tab too
        if members and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def _show_language_box(self, row: int, address: str) -> None:
        """Each person's invitation in their own language; the admin's by default."""
        box = self.table.cellWidget(row, 3)
        if not isinstance(box, QComboBox) or box.objectName() != f"language_{address}":
            box = QComboBox(objectName=f"language_{address}")
            for code, name in LANGUAGES:
                box.addItem(name, code)
            box.currentIndexChanged.connect(lambda _i, a=address, b=box: self._language_chosen(a, b.currentData()))
            box.currentIndexChanged.connect(lambda _i, r=row, b=box: cell_reads(self.table, r, 3, b))
            self.table.setCellWidget(row, 3, box)
        chosen = self.controller.state.invitation_languages.get(address, self.controller.language)
        with QSignalBlocker(box):
            box.setCurrentIndex(max(box.findData(chosen), 0))
        cell_reads(self.table, row, 3, box)

    def _language_chosen(self, address: str, language: str) -> None:
        languages = dict(self.controller.state.invitation_languages)
        languages[address] = language
        self.controller.update(invitation_languages=languages)
        self._show_preview()

    def status_text(self, state: str, when: str, error: str) -> str:
        if state == "sent":
            return self.tr("Sent {when}").format(when=when.replace("T", " ")[:16])
        if state == "failed":
            return self.tr("Failed: {reason}").format(reason=message(error))
        if state == "sending":  # journalled mid-send: the app stopped during it
            return self.tr("Unclear: the app stopped while sending")
        if state == "uncertain":  # it went out and its answer was lost
            return self.tr("Unclear: it went out but no answer came back; it may have arrived")
        return self.tr("Not sent")

    def _show_preview(self) -> None:
        recipients = self._members()
        members = recipients or self.controller.members[:1]  # with no one to send to, the letter as an example
        row = max(self.table.currentRow(), 0)
        member = members[min(row, len(members) - 1)] if members else None
        self.preview_pane.show_member(member, example=not recipients)

    def _show_buttons(self) -> None:
        self.sending.show_buttons(self._members(), self.runner.statuses(), self.controller.state.domain or "",
                                  sending=self.controller.tasks.is_running(SEND_TASK),
                                  invitations_done=self.controller.state.invitations_done)

    # --- sending -------------------------------------------------------------------------
    def send(self, resend: set[str] = frozenset()) -> None:
        if not self._members():
            self._show_no_one()
            return
        self._said_again = None
        self.sending.say_sending()
        self.runner.send(set(resend))
        self._show_statuses()  # the first one reads "Sending…"
        self._show_buttons()

    def _pause(self, paused: bool) -> None:
        self.runner.pause(paused)
        self._show_statuses()  # paused: nothing is being sent

    def send_test(self) -> None:
        if self.runner.send_test():
            self.sending.say_test_sending(self.controller.state.company.contact_email)

    def fix_address(self) -> None:
        """The Members step, on the personal email of the failed one chosen in the list (else the first)."""
        domain = self.controller.state.domain or ""
        statuses = self.runner.statuses()
        failed = [m for m in self._members() if statuses.get(m.address(domain), ("",))[0] == "failed"]
        if not failed:
            return
        row = self.table.currentRow()
        members = self._members()
        chosen = members[row] if 0 <= row < len(members) and members[row] in failed else failed[0]
        self.openMember.emit(chosen.address(domain))

    def resend_failed(self) -> None:
        domain = self.controller.state.domain or ""
        statuses = self.runner.statuses()
        self.send({m.address(domain) for m in self._members()
                   if statuses.get(m.address(domain), ("",))[0] == "failed"})

    def resend_one(self, row: int) -> None:
        """Sending the same person an invitation again needs a word from the admin."""
        members = self._members()
        if not 0 <= row < len(members):
            return
        member = members[row]
        answer = QMessageBox.question(
            self, self.tr("Send again?"), self.tr("{name} may already have this invitation. Send it again to "
                                                  "{address}?").format(name=member.display_name,
                                                                       address=member.personal_email),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.send({member.address(self.controller.state.domain or "")})

    def _progress(self, report: SendReport | None) -> None:
        if report is None:  # the statuses were (re)loaded
            self._show_statuses()
            self._show_buttons()
            return
        self.sending.say_progress(report)
        self._show_statuses()

    def _problem(self, key: str, params: dict) -> None:
        self._said_again = lambda: self._problem(key, params)
        self.sending.say_problem(key, params)

    def _test_sent(self, key: str = "", params: dict | None = None) -> None:
        if key:
            self.sending.say_test_failed(key, params or {})
        else:
            self.sending.say_test_sent(self.controller.state.company.contact_email)
        self._test_outcome = (key, params or {})

    def _stop(self) -> None:
        self.runner.stop()
        self.sending.say_stopping()

    def _finished(self, report: SendReport | None) -> None:
        if report is not None:
            self._said_again = lambda: self._finished(report)
        self._show_statuses()
        self.table.resizeRowsToContents()  # once the run is over, not after each of its messages
        self._show_buttons()
        if report is None or not self._members():  # nothing was sent to anyone: never "all sent"
            self._show_no_one()
            return
        self.sending.say_outcome(report)
        self.changed.emit()
