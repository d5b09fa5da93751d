"""Connecting MailWizard to the provider's admin API: sign in in the browser, see who is signed in,
see the provider's own verdict on the domain, disconnect."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
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
from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, StatusLine


def open_in_browser(url: str) -> None:
    """The admin signs in in their own browser; MailWizard never sees the password."""
    QDesktopServices.openUrl(QUrl(url))


class ConnectBox(QFrame):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_box")
        palette.tint(self, "#connect_box {{ background: {card_bg}; border: 1px solid {card_border}; "
                           "border-radius: 6px; }}")
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
        palette.tint(self.kept_note, "color: {waiting};")
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
        # with MailWizard's own app built in: the organisation's own registration, for those who need it
        self.advanced = QLabel(objectName="advanced_sign_in")
        self.advanced.linkActivated.connect(lambda _link: self.ask_own_registration())
        # the buttons beside the words, not on a row of their own: the DNS step needs the height for its records
        buttons = QVBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        for widget in (self.title, self.status, self.kept_note, self.domain_status, self.domain_steps, self.problem):
            column.addWidget(widget)
        column.addLayout(license_row)
        column.addWidget(self.advanced)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(column, 1)
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
        simple = not by_secret and self.controller.sign_in_simply()  # MailWizard's own app: no form to fill in
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
        elif simple:
            self.status.set_optional(self.tr(
                "Sign in with an administrator account of {provider}, and MailWizard adds your domain there, fills "
                "in the values below and asks {provider} to verify the domain once the record is visible.").format(
                provider=name))
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
            self.connect_button.setText(self.tr("Change the &ID or secret…") if by_secret
                                        else self.tr("&Sign in again…"))
        elif simple:
            self.connect_button.setText(self.tr("&Sign in with {brand}").format(brand=profile.sign_in_brand or name))
        else:
            self.connect_button.setText(self.tr("&Connect…"))
        self.connect_button.setEnabled(not busy)
        self.advanced.setText("<a href='#'>{}</a>".format(self.tr("Advanced: use your organisation's own app "
                                                                 "registration…")))
        self.advanced.setVisible(simple)
        self.advanced.setEnabled(not busy)
        self.disconnect_button.setText(self.tr("&Disconnect"))
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
        if profile.connect == CONNECT_APP_SECRET and self.controller.state.connected_account:
            self.controller.saved_app_id(self._ask_app_secret)  # "Change the ID or secret…"
        elif profile.connect == CONNECT_APP_SECRET:
            # at once with the ID and secret known already (the keychain's, or practice's); else the form
            self._problem = ("", {})
            self.controller.connect_known_app(self.tr("Connecting to {provider}…").format(
                provider=self.controller.provider_name()), self._ask_app_secret)
            self.refresh()
        elif self.controller.sign_in_simply():
            self._problem = ("", {})
            self.controller.sign_in_with_builtin_app(open_in_browser, self._done_page(), self.tr(
                "Waiting for the sign-in in your browser…"))
            self.refresh()
        else:
            self.ask_own_registration()

    def _done_page(self) -> str:
        return self.tr("<p style='font-family:sans-serif'>MailWizard: you are signed in. You can close this "
                       "window and go back to MailWizard.</p>")

    def ask_own_registration(self) -> None:
        """The organisation's own app registration (or, for Google Workspace, its service account)."""
        from mailwizard.ui.widgets.registration_dialog import RegistrationDialog

        profile = self.controller.provider_profile
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
        self.controller.connect_provider(*registration, open_in_browser, self._done_page(),
                                         self.tr("Waiting for the sign-in in your browser…"))
        self.refresh()

    def _ask_app_secret(self, saved_app_id: str, problem: str = "", params: dict | None = None) -> None:
        """Shown from a task's result: a window-modal open(), never exec(), whose nested loop would stall the
        asyncio tasks of the Qt loop. ``problem``: why the provider refused the ID and secret known already."""
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
        if problem:
            dialog.show_problem(message(problem, params or {}))

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

