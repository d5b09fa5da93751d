"""Connecting with an app's own ID and secret (Tencent Exmail, Alibaba Mail): where to find them in the
provider's console, two fields, where the account was opened (a provider with several sites), and the promise
that the secret goes to the keychain only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.provider_profile import CORP_ID, EXMAIL_CONSOLE, SANDBOX_CONSOLE, ProviderProfile
from mailwizard.ui import access, palette
from mailwizard.ui.status import Status, StatusLine


class AppSecretDialog(QDialog):
    def __init__(self, profile: ProviderProfile, provider_name: str, app_id: str = "", parent: QWidget | None = None,
                 console_url: str = "", site: str = "") -> None:
        """``profile``: the chosen provider's (the window's adapter hands it over: ``controller.provider_profile``);
        ``site``: the site to offer first where the profile lists several (``controller.default_site()``)."""
        super().__init__(parent)
        self.setObjectName("app_secret_dialog")
        self.setWindowTitle(self.tr("Connect to {provider}").format(provider=provider_name))
        self._steps, self._console_url = profile.console_steps, console_url
        layout = QVBoxLayout(self)
        self.site_choice: QComboBox | None = None
        if profile.sites:  # first: the site decides which console the steps below are done in
            self.site_choice = QComboBox(objectName="site")
            for choice in profile.sites:
                self.site_choice.addItem(self._site_name(choice.id), choice.id)
            self.site_choice.setCurrentIndex(max(self.site_choice.findData(site), 0))
            self._first_site = profile.sites[0].id  # the catalogue's admin console is this site's
            question = QLabel(self.tr("<b>Where was your {provider} account opened?</b>").format(
                provider=provider_name), objectName="site_question")
            question.setWordWrap(True)
            question.setBuddy(self.site_choice)
            hint = QLabel(self.tr("Bought on aliyun.com: Mainland China. Bought on alibabacloud.com: the site chosen "
                                  "when buying. An app's ID and secret work only at their own site."),
                          objectName="site_hint")
            hint.setWordWrap(True)
            palette.tint(hint, "color: {waiting};")  # the grey of every hint
            for widget in (question, self.site_choice, hint):
                layout.addWidget(widget)
            layout.addSpacing(6)
            self.site_choice.currentIndexChanged.connect(self._show_where)
        self.where = QLabel(objectName="where_to_find")
        self.where.setWordWrap(True)
        self.where.setOpenExternalLinks(True)
        self._show_where()
        self.app_id = QLineEdit(app_id, objectName="app_id")
        self.secret = QLineEdit(objectName="app_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_id.textChanged.connect(self._update_ok)
        self.secret.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("CorpID:") if profile.app_id_label == CORP_ID else self.tr("App ID:"), self.app_id)
        form.addRow(self.tr("Secret:"), self.secret)
        kept = QLabel(self.tr("The secret is kept in your computer's password store, nowhere else. You can disconnect "
                              "at any time."), objectName="secret_kept")
        kept.setWordWrap(True)
        palette.tint(kept, "color: {waiting};")  # the grey of every hint
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(kept)
        self.problem = StatusLine(objectName="app_secret_problem")  # the ID and secret known already, refused
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # a window is not sized by height-for-width on its own: without this the wrapped steps were measured
        # too short and their last paragraph (the free edition has no API) was cut off
        self.resize(560, layout.totalHeightForWidth(560))
        self._update_ok()

    def _show_where(self) -> None:
        """Where the ID and secret are found, in the console of the chosen site."""
        url = self._console_url
        if self.site_choice is not None and self.chosen_site() != self._first_site:
            link = self.tr("the address where your administrator signs in")  # no console address of theirs known
        else:
            link = f"<a href='{url}'>{url}</a>" if url else ""
        # Menu paths: Tencent from the Exmail API docs (#10001, "启用应用，获取CorpID和CorpSecret") and SDK READMEs;
        # Alibaba from help.aliyun.com/document_detail/2855420 (API 开放平台 → 添加应用).
        if self._steps == SANDBOX_CONSOLE:
            self.where.setText(self.tr(
                "<p>Practice: a real provider's admin console gives you an ID and a secret for MailWizard. "
                "The practice ones are filled in below; click Connect.</p>"))
        elif self._steps == EXMAIL_CONSOLE:
            self.where.setText(self.tr(
                "<p>MailWizard creates the accounts through Exmail's open API. You need two values from the "
                "Exmail admin console ({link}):</p>"
                "<ol><li>Sign in as the administrator and open <b>Toolbox → App center</b> (工具箱 → 应用中心).</li>"
                "<li>Copy the <b>CorpID</b> shown at the bottom of that page.</li>"
                "<li>Open the <b>Address book</b> app (通讯录管理), switch it on, and copy its <b>Secret</b>.</li></ol>"
                "<p>The open API comes with the Professional edition (专业版). If your console does not show it, "
                "create the accounts with the import file on the Members step instead.</p>").format(link=link))
        else:
            self.where.setText(self.tr(
                "<p>MailWizard creates the accounts through Alibaba Mail's API open platform. You need two values "
                "from the Alibaba Mail admin console ({link}):</p>"
                "<ol><li>Sign in as the administrator and open <b>Advanced features → API open platform</b> "
                "(高级应用 → API开放平台).</li>"
                "<li>Click <b>Add app</b> (添加应用), tick the permissions to read and write <b>users</b> and "
                "<b>departments</b> and to read <b>domains</b>, and save.</li>"
                "<li>Open the app again to copy its <b>App ID</b> and <b>Secret</b>.</li></ol>"
                "<p>The free edition has no API open platform; then use the import file on the Members step.</p>"
                ).format(link=link))

    def show_problem(self, text: str) -> None:
        """Why the provider refused the ID and secret MailWizard knew: said here, the secret field ready."""
        self.problem.set_status(Status.PROBLEM, text)
        self.problem.show()
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))
        access.announce(self.problem.text, alert=True)
        (self.secret if self.app_id.text() else self.app_id).setFocus()
        self.secret.selectAll()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.app_id.text().strip() and self.secret.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.app_id.text().strip(), self.secret.text().strip()

    def chosen_site(self) -> str:
        """Where the admin says the account was opened; "" where the provider has one site."""
        return str(self.site_choice.currentData()) if self.site_choice is not None else ""

    def _site_name(self, site: str) -> str:
        """Alibaba Mail's sites as its help pages name them (core/providers/alibaba.py cites them); the China site
        is the one sold on aliyun.com, the international ones on alibabacloud.com."""
        names = {
            "cn": self.tr("Mainland China (aliyun.com)"),
            "sg": self.tr("International: Singapore (alibabacloud.com)"),
            "hk": self.tr("International: Hong Kong, China (alibabacloud.com)"),
            "de": self.tr("International: Germany (alibabacloud.com)"),
            "us": self.tr("International: United States (alibabacloud.com)"),
        }
        return names.get(site, site)
