"""The Invitations step's message: what the email says (password, greeting, closing, logo) and its preview."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.flow import WizardState
from mailwizard.core.members.model import Member
from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.invitations import InvitationRunner
from mailwizard.ui.pages.base import ROW_SPACING

# Texts are looked up in the InvitationsPage translation context, where their zh_CN/zh_TW translations were made
# before these panels were split from the page: self.tr here would look under the panel's class name.


class MessageOptionsBox(QGroupBox):
    """Signals: ``edited()`` once what the email says has changed (and is kept), for the preview to follow."""

    edited = Signal()

    def __init__(self, controller: WizardController, runner: InvitationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.runner = controller, runner
        self.greeting, self.closing = QLineEdit(objectName="greeting"), QLineEdit(objectName="closing")
        self.greeting.editingFinished.connect(self._options_changed)
        self.closing.editingFinished.connect(self._options_changed)
        self.greeting_label, self.closing_label = QLabel(), QLabel()
        self.logo_button = QPushButton(objectName="logo")
        self.logo_button.clicked.connect(self.ask_logo)
        self.logo_label = QLabel(objectName="logo_label")
        options = QFormLayout(self)
        options.addRow(self.greeting_label, self.greeting)
        options.addRow(self.closing_label, self.closing)
        self.greeting_label.setBuddy(self.greeting)  # else both fields are named after the group box
        self.closing_label.setBuddy(self.closing)
        options.addRow(self.logo_button, self.logo_label)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("InvitationsPage", "The email"))
        self.greeting_label.setText(QCoreApplication.translate("InvitationsPage", "Greeting:"))
        self.closing_label.setText(QCoreApplication.translate("InvitationsPage", "Closing note:"))
        self.greeting.setPlaceholderText(QCoreApplication.translate("InvitationsPage", "Dear {name},"))
        self.greeting.setToolTip(QCoreApplication.translate("InvitationsPage", "{name} is replaced by each person's "
                                                                               "name."))
        self.closing.setPlaceholderText(QCoreApplication.translate(
            "InvitationsPage", "Welcome, and see you soon in the new mailbox."))
        self.logo_button.setText(QCoreApplication.translate("InvitationsPage", "Compan&y logo…"))

    def show_options(self, state: WizardState) -> None:
        if not self.greeting.hasFocus():
            self.greeting.setText(state.invitation_greeting)
        if not self.closing.hasFocus():
            self.closing.setText(state.invitation_closing)

    def _options_changed(self) -> None:
        self.controller.update(invitation_greeting=self.greeting.text(), invitation_closing=self.closing.text())
        self.edited.emit()

    def ask_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("InvitationsPage", "Company logo"), "",
                                              QCoreApplication.translate("InvitationsPage", "Images")
                                              + " (*.png *.jpg *.jpeg *.gif)")
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        def done(logo) -> None:
            if logo is None:
                self.logo_label.setText(QCoreApplication.translate(
                    "InvitationsPage", "Use a PNG, JPEG or GIF smaller than 300 KB."))
                return
            self.runner.logo = logo
            self.controller.update(logo_path=path)
            self.logo_label.setText(Path(path).name)
            self.edited.emit()

        self.controller.tasks.run("invitation-logo", asyncio.to_thread(self.runner.load_logo, path), label=None,
                                  on_result=done, on_error=lambda _e: self.logo_label.setText(
                                      QCoreApplication.translate("InvitationsPage",
                                                                 "Use a PNG, JPEG or GIF smaller than 300 KB.")))


class InvitationPreview(QWidget):
    """The invitation as the person chosen in the list will get it."""

    def __init__(self, runner: InvitationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(ROW_SPACING)  # as when this column was a layout in the page's
        self.preview_title = QLabel(objectName="preview_title")
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.subject = QLabel(objectName="preview_subject")
        self.subject.setWordWrap(True)
        self.preview = QTextBrowser(objectName="preview")
        self.preview.setOpenExternalLinks(True)
        palette.tint(self.preview, "QTextBrowser {{ background: {paper}; color: {paper_text}; }}")
        right.addWidget(self.preview_title)
        right.addWidget(self.subject)
        right.addWidget(self.preview, 1)

    def retranslate(self) -> None:
        self.preview_title.setText(QCoreApplication.translate("InvitationsPage", "Preview"))
        self.preview.setAccessibleName(self.preview_title.text())

    def show_member(self, member: Member | None, *, example: bool) -> None:
        """``example``: no one to send it to yet, so ``member``'s letter only shows what it will look like."""
        if member is None:
            self.subject.setText(QCoreApplication.translate(
                "InvitationsPage", "Create the accounts first: invitations go to people whose mailbox exists and "
                "who have a personal email."))
            self.preview.clear()
            return
        subject = self.runner.message(member)["Subject"]
        self.subject.setText(QCoreApplication.translate("InvitationsPage", "Subject: {subject}").format(
            subject=subject) if not example else QCoreApplication.translate(
            "InvitationsPage", "Example (no one to send it to yet) — Subject: {subject}").format(subject=subject))
        self.preview.setHtml(self.runner.preview_html(member))
