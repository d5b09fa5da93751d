"""Connecting MailWizard to the provider's admin API: sign in in the browser, see who is signed in,
see the provider's own verdict on the domain, disconnect."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.provider_profile import (
    ALIMAIL_CONSOLE,
    CONNECT_APP_SECRET,
    DESKTOP_APP,
    EXMAIL_CONSOLE,
    SANDBOX_CONSOLE,
)
from mailwizard.core.session.provider import CONNECT_TASK
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, StatusLine


def open_in_browser(url: str) -> None:
    """The admin signs in in their own browser; MailWizard never sees the password."""
    QDesktopServices.openUrl(QUrl(url))


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
        self.key_button = QPushButton(self.tr("Choose key file…"), objectName="choose_key")
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in in my browser"))
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


class ConnectBox(QFrame):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_box")
        self.setStyleSheet("#connect_box { background: #f4f7fb; border-radius: 6px; }")
        self.controller = controller
        self.title = QLabel(objectName="connect_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.status = StatusLine(objectName="connect_status")
        self.domain_status = StatusLine(objectName="provider_domain_status")
        self.problem = StatusLine(objectName="connect_problem")
        self.domain_steps = QLabel(objectName="console_domain_steps")  # where the console, not the API, adds it
        self.domain_steps.setWordWrap(True)
        self.kept_note = QLabel(objectName="secrets_note")  # no keychain: said once, and kept in view
        self.kept_note.setWordWrap(True)
        self.kept_note.setStyleSheet("color: #4a5560;")
        self.kept_note.hide()
        self.license_label = QLabel(objectName="license_label")
        self.license = QComboBox(objectName="license")
        self.license.currentIndexChanged.connect(self._license_chosen)
        license_row = QHBoxLayout()
        license_row.addWidget(self.license_label)
        license_row.addWidget(self.license, 1)
        self._licenses: list = []
        self.connect_button = QPushButton(objectName="connect")
        self.disconnect_button = QPushButton(objectName="disconnect")
        self.connect_button.clicked.connect(self.ask_connect)
        self.disconnect_button.clicked.connect(self.ask_disconnect)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        for widget in (self.title, self.status, self.kept_note, self.domain_status, self.domain_steps, self.problem):
            layout.addWidget(widget)
        layout.addLayout(license_row)
        layout.addLayout(buttons)
        self._problem: tuple[str, dict] = ("", {})
        controller.connectionChanged.connect(self._connection_changed)
        controller.secretsInMemory.connect(self._kept_in_memory)
        controller.licensesLoaded.connect(self._show_licenses)
        controller.stateChanged.connect(self.refresh)
        controller.tasks.activityChanged.connect(self.refresh)
        self.refresh()

    def _connection_changed(self, key: str, params: dict) -> None:
        self._problem = (key, params)
        self.refresh()

    def _kept_in_memory(self, key: str) -> None:
        self.kept_note.setText(message(key))
        self.kept_note.show()

    def refresh(self) -> None:
        state, name = self.controller.state, self.controller.provider_name()
        profile = self.controller.provider_profile
        self.setVisible(self.controller.can_connect())
        self.title.setText(self.tr("Less copying by hand: connect MailWizard to {provider}").format(provider=name))
        busy = self.controller.tasks.is_running(CONNECT_TASK)
        connected = bool(state.connected_account)
        by_secret = profile.connect == CONNECT_APP_SECRET
        if busy and by_secret:
            self.status.set_status(Status.WAITING, self.tr("Connecting to {provider}…").format(provider=name))
        elif busy:
            self.status.set_status(Status.WAITING, self.tr(
                "Waiting for you to sign in in your browser… Come back here when the browser says you are done."))
        elif connected and by_secret:
            self.status.set_status(Status.DONE, self.tr("Connected to {organisation} (ID {account}).").format(
                account=state.connected_account, organisation=state.connected_org or name))
        elif connected:
            signed_in = self.tr("Signed in as {account} (organisation: {organisation}).")
            self.status.set_status(Status.DONE, signed_in.format(account=state.connected_account,
                                                                 organisation=state.connected_org))
        elif by_secret:
            self.status.set_optional(self.tr(
                "Connect with the ID and secret from the {provider} admin console, and MailWizard creates the "
                "accounts on the Members step for you.").format(provider=name))
        else:
            self.status.set_optional(self.tr(
                "Connect, and MailWizard adds your domain to {provider}, fills in the values below and asks "
                "{provider} to verify the domain once the record is visible.").format(provider=name))
        domain = self.controller.state.domain or ""
        if connected and not profile.reads_domain_status:
            # an API that cannot read the domain's state (Tencent's): the console steps and the DNS check say it all
            self.domain_status.set_status(None, "")
        elif connected and state.provider_verified:
            self.domain_status.set_status(Status.DONE, self.tr("{provider} has verified {domain}.").format(
                provider=name, domain=domain))
        elif connected and by_secret:
            self.domain_status.set_status(Status.WAITING, self.tr(
                "{provider} has not verified {domain} yet. It checks the MX records itself once they are visible; "
                "MailWizard asks again once the check below sees them.").format(provider=name, domain=domain))
        elif connected:
            self.domain_status.set_status(Status.WAITING, self.tr(
                "When the verification record is visible, MailWizard asks {provider} to verify {domain}.").format(
                provider=name, domain=domain))
        else:
            self.domain_status.set_status(None, "")
        self.domain_status.setVisible(connected and self.domain_status.status is not None)
        self.domain_steps.setText(self._console_domain_steps(profile.console_steps, name, domain))
        self.domain_steps.setVisible(bool(self.domain_steps.text()) and not (connected and state.provider_verified))
        key, params = self._problem
        self.problem.set_status(Status.PROBLEM if key else None, message(key, params) if key else "")
        self.problem.setVisible(bool(key))
        if connected:
            self.connect_button.setText(self.tr("Change the ID or secret…") if by_secret else self.tr("Sign in again…"))
        else:
            self.connect_button.setText(self.tr("Connect…"))
        self.connect_button.setEnabled(not busy)
        self.disconnect_button.setText(self.tr("Disconnect"))
        self.disconnect_button.setVisible(connected)
        self.license_label.setText(self.tr("License for new mailboxes:"))
        show_licenses = connected and bool(self._licenses)
        self.license_label.setVisible(show_licenses)
        self.license.setVisible(show_licenses)

    def _console_domain_steps(self, console: str, name: str, domain: str) -> str:
        """Tencent and Alibaba add a domain in their console only (sources: Tencent reseller guides to the
        WeCom-era console; Alibaba help.aliyun.com/en/document_detail/443547). ``console``: the profile's
        console_steps."""
        if console == EXMAIL_CONSOLE:
            return self.tr(
                "<b>Add {domain} in the {provider} console:</b> open <b>Domain management</b> (域名管理) and add "
                "it — or, where mail is managed in WeCom (企业微信): <b>Collaboration → Mail → Overview → "
                "Configure</b> (协作 → 邮件 → 概况 → 前往配置). Then add the records below at your DNS host. The "
                "console shows “Verifying” (验证中) until it sees the MX records, up to about 3 hours after they "
                "are visible.").format(domain=domain, provider=name)
        if console == SANDBOX_CONSOLE:
            return self.tr(
                "<b>Practice:</b> at a real provider you would first add {domain} in its admin console. The "
                "practice console has it already; add the records below with “Open my DNS host”.").format(
                domain=domain)
        if console == ALIMAIL_CONSOLE:
            return self.tr(
                "<b>Add {domain} in the {provider} console:</b> <b>Company customization → Domain management → "
                "Domain settings → Add domain name</b> (企业定制 → 域名管理 → 域名设置 → 添加域名). Then add the "
                "records below at your DNS host. The console shows “Verifying” until it sees them (from minutes "
                "up to 48 hours); MailWizard reads its verdict once the check below sees them.").format(
                domain=domain, provider=name)
        return ""

    def _show_licenses(self, options: list) -> None:
        self._licenses = list(options)
        with QSignalBlocker(self.license):
            self.license.clear()
            for option in self._licenses:
                self.license.addItem(self.tr("{name} — {n} free").format(name=option.name, n=option.available),
                                     option.sku_id)
            self.license.setCurrentIndex(max(self.license.findData(self.controller.state.license_sku), 0))
        self.refresh()

    def _license_chosen(self) -> None:
        sku = self.license.currentData()
        if sku:
            self.controller.update(license_sku=sku)

    def ask_connect(self) -> None:
        profile = self.controller.provider_profile
        if profile.connect == CONNECT_APP_SECRET:
            self.controller.saved_app_id(self._ask_app_secret)
            return
        dialog = RegistrationDialog(self.controller.provider_name(), self.controller.oauth_client_id(), self,
                                    desktop_app=profile.oauth_client == DESKTOP_APP,
                                    service_account=profile.service_account,
                                    admin_email=self.controller.service_account_administrator())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._problem = ("", {})
        chosen = dialog.service_account() if profile.service_account else None
        if chosen is not None:
            self.controller.connect_service_account(*chosen, label=self.tr("Connecting with the service account…"))
            self.refresh()
            return
        registration = dialog.registration()
        if registration is None:
            return
        page = self.tr("<p style='font-family:sans-serif'>MailWizard: you are signed in. You can close this "
                       "window and go back to MailWizard.</p>")
        self.controller.connect_provider(*registration, open_in_browser, page,
                                         self.tr("Waiting for the sign-in in your browser…"))
        self.refresh()

    def _ask_app_secret(self, saved_app_id: str) -> None:
        """Shown from a task's result: a window-modal open(), never exec(), whose nested loop would stall the
        asyncio tasks of the Qt loop."""
        from mailwizard.ui.widgets.app_secret_dialog import AppSecretDialog

        provider = self.controller.catalogue.provider(self.controller.state.provider_id or "")
        console = provider.links.get("admin_console", "") if provider else ""
        dialog = AppSecretDialog(self.controller.provider_profile, self.controller.provider_name(),
                                 saved_app_id, self, console_url=console, site=self.controller.default_site())
        known = self.controller.surroundings.app_credentials()
        if known is not None:  # the practice console's values, filled in for the rehearsal
            dialog.app_id.setText(known[0])
            dialog.secret.setText(known[1])
        dialog.accepted.connect(lambda: self._connect_app(*dialog.values(), dialog.chosen_site()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _connect_app(self, app_id: str, secret: str, site: str = "") -> None:
        self._problem = ("", {})
        self.controller.connect_app(app_id, secret, self.tr("Connecting to {provider}…").format(
            provider=self.controller.provider_name()), site)
        self.refresh()

    def ask_disconnect(self) -> None:
        name = self.controller.provider_name()
        by_secret = self.controller.provider_profile.connect == CONNECT_APP_SECRET
        answer = QMessageBox.question(
            self, self.tr("Disconnect from {provider}?").format(provider=name),
            (self.tr("MailWizard forgets the ID and secret (they leave this computer's password store). Nothing "
                     "in your {provider} account changes.") if by_secret else
             self.tr("MailWizard forgets its sign-in and asks {provider} to withdraw it. Nothing in your {provider} "
                     "account changes.")).format(provider=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.disconnect_provider()

