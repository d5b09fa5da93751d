"""The organisation's own app registration for the browser sign-in (and, for Google Workspace, its service
account): what the Connect step asks for when this copy has no built-in app, or behind "Advanced"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RegistrationDialog(QDialog):
    """The organisation's app registration: client ID (and, for a "Desktop app" client, its secret)."""

    def __init__(self, provider_name: str, client_id: str, parent: QWidget | None = None, *,
                 service_account: bool = False, admin_email: str = "", desktop_app: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("registration_dialog")
        self.setWindowTitle(self.tr("Connect to {provider}").format(provider=provider_name))
        # only the chosen provider's instructions: the other's would be a puzzle to an office manager
        text = QLabel(self.tr(
            "MailWizard signs in through your organisation's app registration. Ask whoever manages your "
            "{provider} account for an OAuth client of type \"Desktop app\": its client ID and its client "
            "secret.\n\nBoth are kept in your computer's password store.") if desktop_app else self.tr(
            "MailWizard signs in through your organisation's app registration. Ask whoever manages your "
            "{provider} account for the app registration's Application (client) ID, with \"Allow public client "
            "flows\" on and http://127.0.0.1 as a redirect URI.\n\nIt is kept in your computer's password "
            "store."))
        text.setText(text.text().format(provider=provider_name))
        text.setWordWrap(True)
        self.client_id = QLineEdit(client_id, objectName="client_id")
        self.client_secret = QLineEdit(objectName="client_secret")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Client ID:"), self.client_id)
        if desktop_app:  # a public client (Microsoft's) has no secret
            form.addRow(self.tr("Client secret:"), self.client_secret)
        self.key_path = ""
        self.key_label = QLabel(objectName="key_label")
        self.key_button = QPushButton(self.tr("Choose &key file…"), objectName="choose_key")
        self.key_button.clicked.connect(self._choose_key)
        self.subject = QLineEdit(admin_email, objectName="subject")
        self.subject.setPlaceholderText(self.tr("an administrator's address, e.g. admin@yourcompany.com"))
        advanced = QFormLayout()
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_button)
        key_row.addWidget(self.key_label, 1)
        advanced.addRow(self.tr("Service account key:"), key_row)
        advanced.addRow(self.tr("Act as administrator:"), self.subject)
        self.advanced_title = QLabel(self.tr(
            "Or, if your organisation does not allow signing in this way: its own service account with "
            "domain-wide delegation (Google Workspace only)."))
        self.advanced_title.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in in my browser"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        if service_account:
            layout.addWidget(self.advanced_title)
            layout.addLayout(advanced)
        layout.addWidget(buttons)
        self.resize(560, layout.totalHeightForWidth(560))  # tall enough for the wrapped help text (see AppSecretDialog)

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Service account key"), "", "JSON (*.json)")
        if path:
            self.set_key_path(path)

    def set_key_path(self, path: str) -> None:
        self.key_path = path
        self.key_label.setText(path.replace("\\", "/").rsplit("/", 1)[-1])

    def service_account(self) -> tuple[str, str] | None:
        """(key file path, administrator) when the service-account way was chosen."""
        if self.key_path and self.subject.text().strip():
            return self.key_path, self.subject.text().strip()
        return None

    def registration(self) -> tuple[str, str] | None:
        """(client ID, client secret) when the OAuth-client way was chosen."""
        client_id = self.client_id.text().strip()
        if not client_id:
            return None
        return client_id, self.client_secret.text().strip()
