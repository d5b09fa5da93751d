"""Step 5: an invitation to each member's personal address, previewed first, sent with progress, and
each member's status kept (sent when, failed why, re-send)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.flow import Step
from mailwizard.core.invitations.sender import SendReport
from mailwizard.ui.controller import WizardController
from mailwizard.ui.i18n import LANGUAGES
from mailwizard.ui.invitations import SEND_TASK, InvitationRunner
from mailwizard.ui.messages import message
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.status import Status, StatusLine

SECURITY = ("starttls", "tls")


class InvitationsPage(WizardPage):
    step = Step.INVITATIONS

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.runner = InvitationRunner(controller)
        body = QHBoxLayout()
        left = QVBoxLayout()
        # sending server
        self.server_box = QGroupBox()
        self.host, self.port = QLineEdit(objectName="smtp_host"), QSpinBox(objectName="smtp_port", maximum=65535)
        self.security = QComboBox(objectName="smtp_security")
        self.security.addItems(["", ""])
        self.username, self.sender = QLineEdit(objectName="smtp_username"), QLineEdit(objectName="sender_address")
        self.password_button = QPushButton(objectName="smtp_password")
        self.password_button.clicked.connect(self.ask_password)
        self.password_note = QLabel(objectName="password_note")
        self.password_note.setWordWrap(True)
        self.server_labels = [QLabel() for _ in range(5)]
        # The provider's own server, port and security are filled in: shown as one line the user can open,
        # not three fields that look like something to fill (still open when they differ or are unknown)
        self.server_summary = QLabel(objectName="smtp_summary")
        self.server_summary.setWordWrap(True)
        self.change_server = QPushButton(objectName="smtp_change", checkable=True)
        self.change_server.toggled.connect(lambda _on: self._show_server_rows())
        summary = QWidget()  # a widget, not a bare layout: QFormLayout gives a wrapped label one line otherwise
        summary_row = QHBoxLayout(summary)
        summary_row.setContentsMargins(0, 0, 0, 0)
        summary_row.addWidget(self.server_summary, 1)
        summary_row.addWidget(self.change_server, 0, Qt.AlignmentFlag.AlignTop)
        self.server_form = server = QFormLayout(self.server_box)
        server.addRow(summary)
        for label, field in zip(self.server_labels, (self.host, self.port, self.security, self.username, self.sender),
                                strict=True):
            server.addRow(label, field)
        server.addRow(self.password_button, self.password_note)
        for field in (self.host, self.username, self.sender):
            field.editingFinished.connect(self._save_settings)
        self.port.valueChanged.connect(self._save_settings)
        self.security.currentIndexChanged.connect(self._save_settings)
        left.addWidget(self.server_box)
        # what the email says
        self.options_box = QGroupBox()
        self.include_password = QCheckBox(objectName="include_password")
        self.include_password.toggled.connect(self._options_changed)
        self.password_warning = QLabel(objectName="password_warning")
        self.password_warning.setWordWrap(True)
        self.greeting, self.closing = QLineEdit(objectName="greeting"), QLineEdit(objectName="closing")
        self.greeting.editingFinished.connect(self._options_changed)
        self.closing.editingFinished.connect(self._options_changed)
        self.greeting_label, self.closing_label = QLabel(), QLabel()
        self.logo_button = QPushButton(objectName="logo")
        self.logo_button.clicked.connect(self.ask_logo)
        self.logo_label = QLabel(objectName="logo_label")
        options = QFormLayout(self.options_box)
        options.addRow(self.include_password)
        options.addRow(self.password_warning)
        options.addRow(self.greeting_label, self.greeting)
        options.addRow(self.closing_label, self.closing)
        options.addRow(self.logo_button, self.logo_label)
        left.addWidget(self.options_box)
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
        self.table.currentCellChanged.connect(lambda *_: self._show_preview())
        self.table.cellDoubleClicked.connect(lambda row, _c: self.resend_one(row))
        left.addWidget(self.table, 1)
        body.addLayout(left, 1)
        # preview
        right = QVBoxLayout()
        self.preview_title = QLabel(objectName="preview_title")
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.subject = QLabel(objectName="preview_subject")
        self.subject.setWordWrap(True)
        self.preview = QTextBrowser(objectName="preview")
        self.preview.setOpenExternalLinks(True)
        right.addWidget(self.preview_title)
        right.addWidget(self.subject)
        right.addWidget(self.preview, 1)
        body.addLayout(right, 1)
        self.layout_.addLayout(body, 1)

        self.status = StatusLine(objectName="invitations_status")
        self.layout_.addWidget(self.status)
        self.progress = QProgressBar(objectName="send_progress")
        self.test_button = QPushButton(objectName="send_test")
        self.resend_failed_button = QPushButton(objectName="resend_failed")
        self.pause_button = QPushButton(objectName="pause_sending", checkable=True)
        self.stop_button = QPushButton(objectName="stop_sending")
        self.send_button = QPushButton(objectName="send_invitations")
        self.skip_button = QPushButton(objectName="skip_invitations")  # only when no one can be written to
        self.skip_button.clicked.connect(self._go_on_without)
        self._no_one_shown = False
        self.test_button.clicked.connect(self.runner.send_test)
        self.resend_failed_button.clicked.connect(self.resend_failed)
        self.pause_button.toggled.connect(self.runner.pause)
        self.stop_button.clicked.connect(self._stop)
        self.send_button.clicked.connect(lambda: self.send())
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        for button in (self.test_button, self.resend_failed_button, self.pause_button, self.stop_button,
                       self.skip_button, self.send_button):
            row.addWidget(button)
        self.layout_.addLayout(row)

        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.problem.connect(self._problem)
        self.runner.testSent.connect(self._test_sent)
        # how the last run or test ended, said again after a language switch (kept as what happened, not as text)
        self._said_again: Callable[[], None] | None = None
        controller.tasks.activityChanged.connect(self._show_buttons)
        # who can be written to changes when the members' statuses arrive (read off the UI thread) or a member
        # gains a personal address: list, buttons and preview follow the same recipients
        controller.stateChanged.connect(self._recipients_changed)
        self._shown_recipients: tuple[str, ...] | None = None
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Invite your staff"))
        self.intro.setText(self.tr(
            "Each person gets an email at their personal address: their new address, how to sign in and set "
            "their own password, and how to add the mailbox on their phone."))
        self.server_box.setTitle(self.tr("The invitations are sent from this mailbox"))
        for label, text in zip(self.server_labels, (self.tr("Server:"), self.tr("Port:"), self.tr("Security:"),
                                                    self.tr("User name:"), self.tr("From address:")), strict=True):
            label.setText(text)
        self.security.setItemText(0, self.tr("STARTTLS"))
        self.security.setItemText(1, self.tr("SSL/TLS"))
        self.change_server.setText(self.tr("Change…"))
        self.password_button.setText(self.tr("Password…"))
        self.password_note.setText(
            self.tr("Practice: the practice mail server's password is filled in for you.")
            if self.controller.practice is not None
            else self.tr("Kept in your computer's password store, never in MailWizard's files."))
        self.options_box.setTitle(self.tr("The email"))
        self.include_password.setText(self.tr("Put the temporary password in the email"))
        self.password_warning.setText(self.tr(
            "Anyone who can read a person's personal mailbox could then sign in as them. Handing the password "
            "over separately (printed sheet or in person) is safer."))
        self.greeting_label.setText(self.tr("Greeting:"))
        self.closing_label.setText(self.tr("Closing note:"))
        example = self.tr("your new address, e.g. {address}").format(
            address=f"wangfang@{self.controller.shown_domain() or 'example.com'}")
        self.username.setPlaceholderText(example)
        self.sender.setPlaceholderText(example)
        self.greeting.setPlaceholderText(self.tr("Dear {name},"))
        self.greeting.setToolTip(self.tr("{name} is replaced by each person's name."))
        server_hint = self.tr("Filled in for your provider: leave it as it is unless whoever runs your email "
                              "says otherwise.")
        for field in (self.host, self.port, self.security):
            field.setToolTip(server_hint)
        self.closing.setPlaceholderText(self.tr("Welcome, and see you soon in the new mailbox."))
        self.logo_button.setText(self.tr("Company logo…"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Personal email"), self.tr("Invitation"),
                                              self.tr("Language")])
        self.preview_title.setText(self.tr("Preview"))
        self.test_button.setText(self.tr("Send me a test first"))
        self.resend_failed_button.setText(self.tr("Re-send failed"))
        self.pause_button.setText(self.tr("Pause"))
        self.stop_button.setText(self.tr("Stop"))
        self.skip_button.setText(self.tr("Go on without email invitations"))
        self.refresh()
        if self._said_again is not None:
            self._said_again()

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.controller.state
        if not state.smtp:
            self.controller.update(smtp=self.runner.defaults())
            state = self.controller.state
        smtp = state.smtp
        for field, key in ((self.host, "smtp_host"), (self.username, "smtp_username"), (self.sender, "sender_address")):
            if not field.hasFocus():
                field.setText(str(smtp.get(key, "")))
        self.port.blockSignals(True)
        self.port.setValue(int(smtp.get("smtp_port", 587)))
        self.port.blockSignals(False)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(SECURITY.index(str(smtp.get("smtp_security", "starttls")))
                                          if smtp.get("smtp_security") in SECURITY else 0, 0))
        self.security.blockSignals(False)
        self._show_server_rows()
        self.include_password.blockSignals(True)
        self.include_password.setChecked(state.invitation_include_password)
        self.include_password.blockSignals(False)
        self.password_warning.setVisible(state.invitation_include_password)
        if not self.greeting.hasFocus():
            self.greeting.setText(state.invitation_greeting)
        if not self.closing.hasFocus():
            self.closing.setText(state.invitation_closing)
        self._show_statuses()
        self._show_preview()
        self._show_buttons()
        self._show_no_one()

    def _show_no_one(self) -> None:
        """Invitations go to a personal address: with none among the people whose account exists, there is
        no one to write to, and the step says so instead of waiting for a send that cannot happen."""
        if self._members():
            if self.controller.state.invitations_skipped:  # someone to write to after all: the step opens again
                self.controller.update(invitations_done=False, invitations_skipped=False)
            if self._no_one_shown:  # someone to write to now: the sentence about no one no longer holds
                self.status.set_status(None, "")
                self._no_one_shown = False
            return
        self._no_one_shown = True
        if self.controller.state.invitations_skipped:
            self.status.set_status(Status.DONE, self.tr("No invitations by email: you chose to go on without."))
        else:
            self.status.set_status(Status.ACTION, self._no_one_text())

    def _go_on_without(self) -> None:
        self.controller.update(invitations_done=True, invitations_skipped=True)
        self.refresh()
        self.changed.emit()

    def _no_one_text(self) -> str:
        return self.tr("There is no one to invite by email: none of the people whose account exists has a "
                       "personal email address. Add them on the Members step, or give each person their hand-over "
                       "sheet (Members step, “Print hand-over sheets…”) and go on without email invitations.")

    def on_enter(self) -> None:
        super().on_enter()
        if self.controller.state.logo_path and self.runner.logo is None:
            self.set_logo(self.controller.state.logo_path)

    def _save_settings(self) -> None:
        self.controller.update(smtp={
            "smtp_host": self.host.text().strip(), "smtp_port": self.port.value(),
            "smtp_security": SECURITY[max(self.security.currentIndex(), 0)],
            "smtp_username": self.username.text().strip(), "sender_address": self.sender.text().strip()})

    def _options_changed(self) -> None:
        self.controller.update(invitation_include_password=self.include_password.isChecked(),
                               invitation_greeting=self.greeting.text(), invitation_closing=self.closing.text())
        self.password_warning.setVisible(self.include_password.isChecked())
        self._show_preview()

    def ask_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company logo"), "",
                                              self.tr("Images") + " (*.png *.jpg *.jpeg *.gif)")
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        def done(logo) -> None:
            if logo is None:
                self.logo_label.setText(self.tr("Use a PNG, JPEG or GIF smaller than 300 KB."))
                return
            self.runner.logo = logo
            self.controller.update(logo_path=path)
            self.logo_label.setText(Path(path).name)
            self._show_preview()

        self.controller.tasks.run("invitation-logo", asyncio.to_thread(self.runner.load_logo, path), label=None,
                                  on_result=done, on_error=lambda _e: self.logo_label.setText(
                                      self.tr("Use a PNG, JPEG or GIF smaller than 300 KB.")))

    def ask_password(self) -> None:
        password, ok = QInputDialog.getText(self, self.tr("Password"), self.tr(
            "Password of {user} on {host}:").format(user=self.username.text(), host=self.host.text()),
            QLineEdit.EchoMode.Password)
        if ok and password:
            self.set_password(password)

    def set_password(self, password: str) -> None:
        async def keep() -> bool:
            return await self.runner.save_password(password)

        def done(in_keychain: bool) -> None:
            self.password_note.setText(self.tr("Saved in your computer's password store.") if in_keychain else
                                       message("secrets.unavailable"))

        self.controller.tasks.run("smtp-password", keep(), label=None, on_result=done)

    def _members(self):
        return self.runner.recipients()

    def _show_server_rows(self) -> None:
        smtp, defaults = self.controller.state.smtp, self.runner.defaults()
        keys = ("smtp_host", "smtp_port", "smtp_security")
        as_provided = bool(defaults.get("smtp_host")) and all(smtp.get(k) == defaults.get(k) for k in keys)
        collapsed = as_provided and not self.change_server.isChecked()
        self.server_form.setRowVisible(0, as_provided)
        for row in (1, 2, 3):  # server, port, security
            self.server_form.setRowVisible(row, not collapsed)
        self.server_summary.setText(self.tr("Server {host}, port {port}, {security}: as {provider} gives them.").format(
            host=smtp.get("smtp_host", ""), port=smtp.get("smtp_port", ""), security=self.security.currentText(),
            provider=self.controller.provider_name()))
        self.change_server.setText(self.tr("Hide") if self.change_server.isChecked() else self.tr("Change…"))

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
        domain = self.controller.state.domain or ""
        self.table.setRowCount(len(members))
        # Called after every message sent: cells and language boxes are updated in place, not rebuilt
        # (rebuilding made a run of N invitations create N² widgets).
        for row, member in enumerate(members):
            address = member.address(domain)
            state, when, error = statuses.get(address, ("", "", ""))
            cells = [member.display_name, member.personal_email, self.status_text(state, when, error)]
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)  # a narrow window cuts a failure's reason short
            self._show_language_box(row, address)
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
            self.table.setCellWidget(row, 3, box)
        chosen = self.controller.state.invitation_languages.get(address, self.controller.language)
        with QSignalBlocker(box):
            box.setCurrentIndex(max(box.findData(chosen), 0))

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
        if state in ("sending", "uncertain"):  # journalled mid-send, or so reported by the run that met it
            return self.tr("Unclear: the app stopped while sending")
        return self.tr("Not sent")

    def _show_preview(self) -> None:
        recipients = self._members()
        members = recipients or self.controller.members[:1]  # with no one to send to, the letter as an example
        row = max(self.table.currentRow(), 0)
        if not members:
            self.subject.setText(self.tr("Create the accounts first: invitations go to people whose mailbox exists "
                                         "and who have a personal email."))
            self.preview.clear()
            return
        member = members[min(row, len(members) - 1)]
        subject = self.runner.message(member)["Subject"]
        self.subject.setText(self.tr("Subject: {subject}").format(subject=subject) if recipients else
                             self.tr("Example (no one to send it to yet) — Subject: {subject}").format(subject=subject))
        self.preview.setHtml(self.runner.preview_html(member))

    def _show_buttons(self) -> None:
        sending = self.controller.tasks.is_running(SEND_TASK)
        members = self._members()
        statuses = self.runner.statuses()
        domain = self.controller.state.domain or ""
        # an unclear one is sent again only when the admin asks (double-click): "Send" would skip it for ever
        unsent = [m for m in members
                  if statuses.get(m.address(domain), ("",))[0] not in ("sent", "sending", "uncertain")]
        failed = [m for m in members if statuses.get(m.address(domain), ("",))[0] == "failed"]
        if not members:
            self.send_button.setText(self.tr("No one to invite yet"))
        elif not unsent:
            self.send_button.setText(self.tr("All invitations sent"))
        elif len(unsent) == 1:
            self.send_button.setText(self.tr("Send 1 invitation"))
        else:
            self.send_button.setText(self.tr("Send {n} invitations").format(n=len(unsent)))
        self.send_button.setEnabled(bool(unsent) and not sending)
        # with only failed ones left, Send and Re-send failed would do the same: one button, the explicit one
        self.send_button.setVisible(not (failed and len(unsent) == len(failed) and not sending))
        self.test_button.setEnabled(bool(members) and not sending)
        self.resend_failed_button.setVisible(bool(failed) and not sending)
        self.skip_button.setVisible(not members and not self.controller.state.invitations_done)
        self.pause_button.setVisible(sending)
        self.stop_button.setVisible(sending)
        self.progress.setVisible(sending)

    # --- sending -------------------------------------------------------------------------
    def send(self, resend: set[str] = frozenset()) -> None:
        if not self._members():
            self._show_no_one()
            return
        self.progress.setValue(0)
        self._said_again = None
        self.status.set_status(Status.WAITING, self.tr("Sending…"))
        self.runner.send(set(resend))
        self._show_buttons()

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
        self.progress.setMaximum(max(report.total, 1))
        self.progress.setValue(report.done)
        self.status.set_status(Status.WAITING, self.tr("{done} of {total} sent…").format(done=report.done,
                                                                                        total=report.total))
        self._show_statuses()

    def _problem(self, key: str, params: dict) -> None:
        self._said_again = lambda: self._problem(key, params)
        self.status.set_status(Status.PROBLEM, message(key, params))

    def _test_sent(self) -> None:
        self._said_again = self._test_sent
        self.status.set_status(Status.DONE, self.tr(
            "A test invitation was sent to {address}. Check how it looks, then send them all.").format(
            address=self.controller.state.company.contact_email))

    def _stop(self) -> None:
        self.runner.stop()
        # the message on its way is finished first (never half-sent), which can take a slow server a while
        self.status.set_status(Status.WAITING, self.tr("Stopping after the invitation being sent…"))

    def _finished(self, report: SendReport | None) -> None:
        if report is not None:
            self._said_again = lambda: self._finished(report)
        self._show_statuses()
        self.table.resizeRowsToContents()  # once the run is over, not after each of its messages
        self._show_buttons()
        if report is None or not self._members():  # nothing was sent to anyone: never "all sent"
            self._show_no_one()
            return
        if report.failed:
            self.status.set_status(Status.PROBLEM, self.tr(
                "{sent} sent, {failed} failed: the reason is in the list. Fix the address and click Re-send failed.")
                .format(sent=len(report.sent) + len(report.skipped), failed=len(report.failed)))
        elif len(report.uncertain) == 1:
            self.status.set_status(Status.ACTION, self.tr(
                "1 invitation may or may not have left when the app stopped. Double-click the person to send it "
                "again."))
        elif report.uncertain:
            self.status.set_status(Status.ACTION, self.tr(
                "{n} invitations may or may not have left when the app stopped. Double-click a person to send "
                "theirs again.").format(n=len(report.uncertain)))
        elif report.done < report.total:  # stopped before the end
            self.status.set_status(Status.ACTION, self.tr(
                "Stopped: {sent} of {total} sent. Click Send to send the rest.").format(
                sent=len(report.sent) + len(report.skipped), total=report.total))
        else:
            self.status.set_status(Status.DONE, self.tr("All invitations are sent."))
        self.changed.emit()

