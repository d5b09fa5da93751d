"""The Invitations step's sending mailbox: one line where the provider sends from the signed-in admin's mailbox
(no password), else the SMTP server, port, security, user, sender address, its password and which password the
provider wants there. Which way is the session's rule (core/session/invitation_channel.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mailwizard.core.session.invitation_channel import VIA
from mailwizard.ui.controller import WizardController
from mailwizard.ui.invitations import InvitationRunner
from mailwizard.ui.messages import message

SECURITY = ("starttls", "tls")

# Texts are looked up in the InvitationsPage translation context, where their zh_CN/zh_TW translations were made
# before this box was split from the page: self.tr here would look under the panel's class name.


def _link(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    return label


class SmtpSettingsBox(QGroupBox):
    """Kept in the controller's state as it is edited; the password goes to the computer's password store.
    Signal ``channelChanged()``: the admin chose SMTP over the provider's API, or back (the From address changes)."""

    channelChanged = Signal()

    def __init__(self, controller: WizardController, runner: InvitationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.runner = controller, runner
        # the provider sends from the signed-in admin's mailbox: one plain line, and a way to SMTP for those who want it
        self.api_line = QLabel(objectName="api_line")
        self.api_line.setWordWrap(True)
        self.use_smtp = _link("use_smtp")
        self.use_smtp.linkActivated.connect(lambda _href: self._choose_smtp(True))
        self.use_api = _link("use_api")
        self.use_api.linkActivated.connect(lambda _href: self._choose_smtp(False))
        self.api_row = QWidget()
        api_row = QHBoxLayout(self.api_row)
        api_row.setContentsMargins(0, 0, 0, 0)
        api_row.addWidget(self.api_line, 1)
        api_row.addWidget(self.use_smtp, 0, Qt.AlignmentFlag.AlignTop)
        # which password the provider wants for mail programs (its client password), right by the password field
        self.password_guidance = QLabel(objectName="password_guidance")
        self.password_guidance.setWordWrap(True)
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
        self.server_form = server = QFormLayout(self)
        server.addRow(self.api_row)
        server.addRow(self.use_api)
        self.summary_row = summary
        server.addRow(summary)
        for label, field in zip(self.server_labels, (self.host, self.port, self.security, self.username, self.sender),
                                strict=True):
            server.addRow(label, field)
            label.setBuddy(field)  # else a screen reader names the field after the group: two fields, one name
        server.addRow(self.password_button, self.password_note)
        server.addRow(self.password_guidance)
        for field in (self.host, self.username, self.sender):
            field.editingFinished.connect(self._save_settings)
        self.port.valueChanged.connect(self._save_settings)
        self.security.currentIndexChanged.connect(self._save_settings)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("InvitationsPage", "The invitations are sent from this mailbox"))
        texts = (QCoreApplication.translate("InvitationsPage", "Server:"),
                 QCoreApplication.translate("InvitationsPage", "Port:"),
                 QCoreApplication.translate("InvitationsPage", "Security:"),
                 QCoreApplication.translate("InvitationsPage", "User name:"),
                 QCoreApplication.translate("InvitationsPage", "From address:"))
        for label, text in zip(self.server_labels, texts, strict=True):
            label.setText(text)
        self.security.setItemText(0, QCoreApplication.translate("InvitationsPage", "STARTTLS"))
        self.security.setItemText(1, QCoreApplication.translate("InvitationsPage", "SSL/TLS"))
        self.change_server.setText(QCoreApplication.translate("InvitationsPage", "&Change…"))
        self.password_button.setText(QCoreApplication.translate("InvitationsPage", "Pass&word…"))
        self.password_note.setText(
            QCoreApplication.translate(
                "InvitationsPage", "Practice: the practice mail server's password is filled in for you.")
            if self.controller.in_practice
            else QCoreApplication.translate(
                "InvitationsPage", "Kept in your computer's password store, never in MailWizard's files."))
        example = QCoreApplication.translate("InvitationsPage", "your new address, e.g. {address}").format(
            address=f"wangfang@{self.controller.shown_domain() or 'example.com'}")
        self.username.setPlaceholderText(example)
        self.sender.setPlaceholderText(example)
        server_hint = QCoreApplication.translate(
            "InvitationsPage", "Filled in for your provider: leave it as it is unless whoever runs your email "
            "says otherwise.")
        for field in (self.host, self.port, self.security):
            field.setToolTip(server_hint)
        self.use_smtp.setText('<a href="smtp">{}</a>'.format(
            QCoreApplication.translate("InvitationsPage", "Send by SMTP instead")))
        self._show_channel()

    def show_settings(self, smtp: dict) -> None:
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
        self._show_channel()

    def _choose_smtp(self, smtp: bool) -> None:
        self.runner.channel.choose_smtp(smtp)
        self.show_settings(self.controller.state.smtp)
        self.channelChanged.emit()

    def _show_channel(self) -> None:
        """The provider's API: its one line only. SMTP: the server rows, the password and the provider's guidance."""
        channel, provider = self.runner.channel, self.controller.provider_name()
        api = channel.uses_api()
        mailbox = channel.mailbox()
        self.api_line.setText(QCoreApplication.translate(
            "InvitationsPage", "Invitations are sent from your mailbox {address} through {provider} (no password "
            "needed).").format(address=mailbox, provider=provider) if mailbox else QCoreApplication.translate(
            "InvitationsPage", "Invitations are sent from your own mailbox through {provider} once you are connected "
            "on the DNS records step (no password needed).").format(provider=provider))
        self.use_api.setText('<a href="api">{}</a>'.format(QCoreApplication.translate(
            "InvitationsPage", "Send from your mailbox through {provider} instead (no password needed)").format(
            provider=provider)))
        guidance = channel.password_guidance()
        self.password_guidance.setText(guidance)
        form = self.server_form
        form.setRowVisible(self.api_row, api)
        form.setRowVisible(self.use_api, channel.offers_api() and not api)
        for field in (self.username, self.sender, self.password_button):
            form.setRowVisible(field, not api)
        form.setRowVisible(self.password_guidance, bool(guidance) and not api)
        if api:
            for widget in (self.summary_row, self.host, self.port, self.security):
                form.setRowVisible(widget, False)
        else:
            self._show_server_rows()

    def _save_settings(self) -> None:
        via = {k: v for k, v in self.controller.state.smtp.items() if k == VIA}  # the admin's choice of way
        self.controller.update(smtp={**via,
            "smtp_host": self.host.text().strip(), "smtp_port": self.port.value(),
            "smtp_security": SECURITY[max(self.security.currentIndex(), 0)],
            "smtp_username": self.username.text().strip(), "sender_address": self.sender.text().strip()})

    def ask_password(self) -> None:
        prompt = QCoreApplication.translate("InvitationsPage", "Password of {user} on {host}:").format(
            user=self.username.text(), host=self.host.text())
        password, ok = QInputDialog.getText(self, QCoreApplication.translate("InvitationsPage", "Password"), prompt,
                                            QLineEdit.EchoMode.Password)
        if ok and password:
            self.set_password(password)

    def set_password(self, password: str) -> None:
        async def keep() -> bool:
            return await self.runner.save_password(password)

        def done(in_keychain: bool) -> None:
            self.password_note.setText(QCoreApplication.translate(
                "InvitationsPage", "Saved in your computer's password store.") if in_keychain else
                message("secrets.unavailable"))

        self.controller.tasks.run("smtp-password", keep(), label=None, on_result=done)

    def _show_server_rows(self) -> None:
        smtp, defaults = self.controller.state.smtp, self.runner.defaults()
        keys = ("smtp_host", "smtp_port", "smtp_security")
        as_provided = bool(defaults.get("smtp_host")) and all(smtp.get(k) == defaults.get(k) for k in keys)
        collapsed = as_provided and not self.change_server.isChecked()
        self.server_form.setRowVisible(self.summary_row, as_provided)
        for field in (self.host, self.port, self.security):
            self.server_form.setRowVisible(field, not collapsed)
        self.server_summary.setText(QCoreApplication.translate(
            "InvitationsPage", "Server {host}, port {port}, {security}: as {provider} gives them.").format(
            host=smtp.get("smtp_host", ""), port=smtp.get("smtp_port", ""), security=self.security.currentText(),
            provider=self.controller.provider_name()))
        self.change_server.setText(QCoreApplication.translate("InvitationsPage", "Hi&de")
                                   if self.change_server.isChecked()
                                   else QCoreApplication.translate("InvitationsPage", "&Change…"))
