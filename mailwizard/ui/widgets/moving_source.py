""""Move old mail in…", first tab: which service the company used until now, its IMAP server prefilled from the
sourced table (and changeable), one old login to check the server with (TLS, then the password), and who copies
the mail: MailWizard, or the new provider itself from a file MailWizard prepares."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine

SECURITY = ("ssl", "starttls")  # never plain: a server without TLS is refused, the password never sent in clear
COPY, PROVIDER = "copy", "provider"



@dataclass(frozen=True)
class SourceChoice:
    """One row of the old services' table as this tab shows it (the session's Source, read by the window)."""

    id: str
    name: str
    host: str
    port: int
    security: str
    where: str = ""  # the page where a mail program's password (授权码) is made (a link)
    note: str = ""   # what to know: the 授权码, IMAP to turn on, or why it cannot be copied from


@dataclass(frozen=True)
class ServerChoice:
    source_id: str
    host: str
    port: int
    security: str
    login: str
    password: str


class SourceBox(QWidget):
    checkRequested = Signal(object)  # ServerChoice
    methodChanged = Signal(str)      # COPY or PROVIDER
    serverChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources: list[SourceChoice] = []
        self.checked_ok = False
        self.service = QComboBox(objectName="moving_service")
        self.service.currentIndexChanged.connect(self._chosen)
        self.host = QLineEdit(objectName="moving_host")
        self.port = QSpinBox(objectName="moving_port")
        self.port.setRange(1, 65535)
        self.security = QComboBox(objectName="moving_security")
        self.security.addItems(["", ""])
        server = QHBoxLayout()
        server.addWidget(self.host, 3)
        self.port_label = QLabel()
        self.port_label.setBuddy(self.port)
        server.addWidget(self.port_label)
        server.addWidget(self.port)
        self.security_label = QLabel()
        self.security_label.setBuddy(self.security)
        server.addWidget(self.security_label)
        server.addWidget(self.security, 2)
        self.hint = QLabel(objectName="moving_hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setOpenExternalLinks(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.login = QLineEdit(objectName="moving_check_login")
        self.password = QLineEdit(objectName="moving_check_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.check = QPushButton(objectName="moving_check")
        self.check.clicked.connect(self._check)
        self.result = StatusLine(objectName="moving_check_result")
        check_row = QHBoxLayout()
        check_row.addWidget(self.result, 1)
        check_row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.service, self.host, self.login, self.password), strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.service)
        form.addRow(self.labels[1], server)
        form.addRow(self.hint)
        form.addRow(self.labels[2], self.login)
        form.addRow(self.labels[3], self.password)
        self.method_box = QGroupBox(objectName="moving_method")
        self.by_us = QRadioButton(objectName="moving_by_us")
        self.by_provider = QRadioButton(objectName="moving_by_provider")
        self.by_us.setChecked(True)
        self.method = QButtonGroup(self)
        self.method.addButton(self.by_us)
        self.method.addButton(self.by_provider)
        self.by_us.toggled.connect(lambda _on: self.methodChanged.emit(self.chosen_method()))
        method = QVBoxLayout(self.method_box)
        method.addWidget(self.by_us)
        method.addWidget(self.by_provider)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(form)
        layout.addLayout(check_row)
        layout.addWidget(self.method_box)
        layout.addStretch(1)
        for field in (self.host, self.login):
            field.textEdited.connect(self._edited)
        self.password.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.security.currentIndexChanged.connect(self._edited)
        self.provider_name = ""
        self.offers_file = False
        self.retranslate()

    # --- what the window gives -------------------------------------------------------------------------
    def show_sources(self, sources: list[SourceChoice]) -> None:
        current = self.current().id if self.current() is not None else ""
        self.sources = list(sources)
        self.service.blockSignals(True)
        self.service.clear()
        for source in self.sources:
            self.service.addItem(source.name, source.id)
        index = next((i for i, s in enumerate(self.sources) if s.id == current), 0)
        self.service.setCurrentIndex(index)
        self.service.blockSignals(False)
        self._chosen(index, keep_fields=bool(current))

    def offer_provider_file(self, provider: str, offered: bool) -> None:
        """The new provider runs the migration itself from a file (Microsoft 365, Google Workspace)."""
        self.provider_name, self.offers_file = provider, offered
        self.method_box.setVisible(offered)
        if not offered:
            self.by_us.setChecked(True)
        self.retranslate()

    def chosen_method(self) -> str:
        return PROVIDER if self.offers_file and self.by_provider.isChecked() else COPY

    def current(self) -> SourceChoice | None:
        index = self.service.currentIndex()
        return self.sources[index] if 0 <= index < len(self.sources) else None

    def server(self) -> ServerChoice:
        source = self.current()
        return ServerChoice(source.id if source else "", self.host.text().strip(), self.port.value(),
                            SECURITY[max(0, self.security.currentIndex())], self.login.text().strip(),
                            self.password.text())

    def fill_login(self, login: str, password: str) -> None:
        """A login and password to check with, known without asking (practice's)."""
        self.login.setText(login)
        self.password.setText(password)
        self._edited()

    def show_checking(self) -> None:
        self.check.setEnabled(False)
        self.result.set_status(Status.WAITING, self.tr("Checking the old server…"))

    def show_checked(self, ok: bool, text: str) -> None:
        self.checked_ok = ok
        self.password.clear()  # used once for the check: the copy asks each person's own
        self.check.setEnabled(False)  # until a password is typed again
        if ok:
            self.result.set_status(Status.DONE, self.tr(
                "The old server answered and the password was accepted. Next: each person's old login on tab 2."))
        else:
            self.result.set_status(Status.PROBLEM, text)

    # --- the admin's choices ----------------------------------------------------------------------------
    def _chosen(self, index: int, keep_fields: bool = False) -> None:
        source = self.sources[index] if 0 <= index < len(self.sources) else None
        if source is None:
            return
        if not keep_fields:
            self.host.setText(source.host)
            self.port.setValue(source.port or 993)
            self.security.setCurrentIndex(SECURITY.index(source.security) if source.security in SECURITY else 0)
        self._edited()
        self._hint()

    def _edited(self, *_args) -> None:
        self.checked_ok = False
        server = self.server()
        self.check.setEnabled(bool(server.host and server.login and server.password))
        if self.result.status is not None or self.result.plain:
            self.result.set_status(None, "")
        self.serverChanged.emit()

    def _check(self) -> None:
        self.show_checking()
        self.checkRequested.emit(self.server())

    def _hint(self) -> None:
        source, e = self.current(), html.escape
        if source is None:
            self.hint.clear()
            return
        text = e(source.note)
        if source.where:
            link = self.tr("Open {service}").format(service=source.name)
            text += f' <a href="{e(source.where)}">{e(link)}</a>'
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Old email &service:"), self.tr("Its mail se&rver:"),
                                             self.tr("A login to check &with:"), self.tr("Its &password:")),
                               strict=True):
            label.setText(text)
        self.port_label.setText(self.tr("P&ort:"))
        self.security_label.setText(self.tr("Securit&y:"))
        self.security.setItemText(0, self.tr("SSL/TLS"))
        self.security.setItemText(1, self.tr("STARTTLS"))
        self.login.setPlaceholderText(self.tr("one person's old email address or login, e.g. wang@old-company.com"))
        self.password.setPlaceholderText(self.tr("used only for this check, not kept"))
        self.check.setText(self.tr("&Check the old server"))
        if self.result.status is None:
            # not "Optional": MailWizard's own copy (tab 3) waits for this check
            self.result.set_optional(self.tr("Before copying, MailWizard checks that the old server answers securely "
                                             "and accepts the login. It never deletes or changes anything there."),
                                     word=self.tr("First"))
        self.method_box.setTitle(self.tr("Who copies the mail"))
        self.by_us.setText(self.tr("MailWizard copies it, person by person (keep this computer on until it is done)"))
        self.by_provider.setText(self.tr("{provider} copies it itself: MailWizard prepares the file its admin console "
                                    "asks for").format(provider=self.provider_name))
        self._hint()
