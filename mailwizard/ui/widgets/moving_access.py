""""Move old mail in…", People tab, for providers whose new mailboxes MailWizard opens with your sign-in instead of
their passwords (Google Workspace: the service account; Microsoft 365: your own account with Full Access): the
access to give in the provider's console, and a check of which new mailboxes MailWizard cannot open yet."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mailwizard.ui.status import Status, StatusLine

# ProviderProfile.migration_target_auth kinds (core/provider_profile.py TARGET_*), as the session reports them
SERVICE_ACCOUNT, ADMIN_DELEGATED = "google_service_account", "microsoft_delegated"


class AccessBox(QWidget):
    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="moving_access")
        self.kind = ""
        self.found: dict[str, str] | None = None
        self.texts: dict[str, str] = {}  # message key → text, given with the results (the window renders keys)
        self.steps = QLabel(objectName="moving_access_steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.result = StatusLine(objectName="moving_access_result")
        self.check = QPushButton(objectName="moving_access_check")
        self.check.clicked.connect(self._check)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        self.retranslate()

    def show_kind(self, kind: str) -> None:
        self.kind, self.found = kind, None
        self.setVisible(bool(kind))
        self.retranslate()

    def _check(self) -> None:
        self.check.setEnabled(False)
        self.result.set_status(Status.WAITING, self.tr("Checking the new mailboxes…"))
        self.checkRequested.emit()

    def show_found(self, found: dict[str, str], texts: dict[str, str]) -> None:
        """{login: "" opens, else a message key}; ``texts``: each key's text in the current language."""
        self.found, self.texts = dict(found), dict(texts)
        self.check.setEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.check.setText(self.tr("C&heck which new mailboxes MailWizard can open"))
        if self.kind == SERVICE_ACCOUNT:
            steps = [self.tr("MailWizard copies into Google Workspace with your organisation's service account "
                             "(connect with it on the Provider step), so no new mailbox password is needed."),
                     self.tr("In the Google Admin console, open Security > Access and data control > API controls > "
                             "Domain-wide delegation, and add the scope https://mail.google.com/ to the service "
                             "account's client ID (keep the scopes it already has).")]
        elif self.kind == ADMIN_DELEGATED:
            steps = [self.tr("MailWizard copies into Microsoft 365 with your own sign-in, so no new mailbox password "
                             "is needed. You need Full Access to each person's new mailbox:"),
                     self.tr("In the Exchange admin center, open Recipients > Mailboxes, choose the person, then "
                             "Delegation > Read and manage (Full Access) > Edit, and add yourself. It can take up to "
                             "an hour to work.")]
        else:
            steps = []
        self.steps.setText("<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in steps) + "</ol>" if steps else "")
        if self.found is None:
            self.result.set_status(None, "")
            return
        blocked = {login: key for login, key in self.found.items() if key}
        if not blocked:
            self.result.set_status(Status.DONE, self.tr("MailWizard can open all {n} new mailboxes.").format(
                n=len(self.found)))
            return
        reasons = sorted(set(blocked.values()))
        text = self.tr("MailWizard cannot open these new mailboxes yet: {who}.").format(who=", ".join(sorted(blocked)))
        self.result.set_status(Status.ACTION, " ".join([text, *(self.texts.get(k, k) for k in reasons)]))
