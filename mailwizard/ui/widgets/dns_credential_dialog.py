"""The key MailWizard needs to write the records at the DNS host: the host's short least-privilege guide, a
button that opens the page where the key is made, the fields (secret ones masked, pasted values trimmed), and
"Check and continue", which checks the key through the session and keeps the dialog open until it works.

The dialog only shows: ``check`` is called with the values (the page passes it to the session) and the answer
comes back through ``show_checked``; ``cancel_check`` stops a check under way."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui import access, palette
from mailwizard.ui.messages import has_text, message
from mailwizard.ui.status import Status, StatusLine


def localized(value, language: str) -> str:
    """A three-language text from the host's data (a dict, or an object with ``get``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.get(language) or value.get("en") or ""


def field_part(field, name: str, default=None):
    return field.get(name, default) if isinstance(field, dict) else getattr(field, name, default)


def guide_html(text: str) -> str:
    """One paragraph per line, the numbered steps ("1. …") indented; **bold** kept. (Paragraphs, not an HTML
    list: QLabel measured a list too short and the window cut the last lines off.)"""
    parts = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        body = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(line))
        numbered = re.match(r"^(\d+)[.、)]\s*(.*)$", body)
        if numbered:
            parts.append(f'<p style="margin-left:12px">{numbered.group(1)}. {numbered.group(2)}</p>')
        else:
            parts.append(f"<p>{body}</p>")
    return "".join(parts)


class DnsCredentialDialog(QDialog):
    """``info``: the host's HostApiInfo (fields, guide, credential_url); ``check(values)`` starts the check."""

    def __init__(self, info, host_name: str, language: str, check: Callable[[dict[str, str]], None],
                 cancel_check: Callable[[], None], *, practice: bool = False, prefill: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dns_credential_dialog")
        self.setWindowTitle(self.tr("Let MailWizard set up your records at {host}").format(host=host_name))
        self._check, self._cancel_check = check, cancel_check
        self._url = getattr(info, "credential_url", "") or ""
        self.checking = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "MailWizard needs a key from {host} that may change your domain's DNS records and nothing else. "
            "Making one takes about two minutes:").format(host=html.escape(host_name)), objectName="credential_intro")
        self.intro.setWordWrap(True)
        self.guide = QLabel(guide_html(localized(getattr(info, "guide", None), language)),
                            objectName="credential_guide")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_page = QPushButton(self.tr("&Open the {host} page to make the key").format(host=host_name),
                                     objectName="open_credential_page")
        self.open_page.setAutoDefault(False)
        self.open_page.clicked.connect(self.open_credential_page)
        self.open_page.setVisible(bool(self._url) and not practice)
        layout.addWidget(self.intro)
        layout.addWidget(self.guide)
        layout.addWidget(self.open_page, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for field in getattr(info, "fields", ()) or ():
            key = field_part(field, "key")
            edit = QLineEdit(objectName=f"credential_{key}")
            if field_part(field, "secret", False):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setText((prefill or {}).get(key, ""))
            edit.textChanged.connect(self._update_ok)
            label = QLabel(localized(field_part(field, "label"), language) or key)
            label.setBuddy(edit)
            form.addRow(label, edit)
            access.name_from(label, edit)
            self.fields[key] = edit
        layout.addLayout(form)

        self.kept = QLabel(self.tr("The key is kept in your computer's password store, nowhere else. MailWizard "
                                   "shows you every change before it makes it."), objectName="credential_kept")
        self.kept.setWordWrap(True)
        palette.tint(self.kept, "color: {waiting};")
        layout.addWidget(self.kept)
        self.busy = QProgressBar(objectName="credential_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Checking the key"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.status = StatusLine(objectName="credential_status")
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(objectName="credential_buttons")
        self.ok = self.buttons.addButton(self.tr("Check and &continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("credential_check")
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("credential_cancel")
        self.ok.clicked.connect(self.start_check)
        self.cancel.clicked.connect(self._cancel_clicked)
        layout.addStretch(1)  # room to spare goes above the buttons, not between the lines
        layout.addWidget(self.buttons)
        self.resize(580, layout.totalHeightForWidth(580))
        self._update_ok()

    def fit(self) -> None:
        """As tall as the wrapped guide and the status need at this width (a window is not sized by
        height-for-width on its own: the guide's last step was drawn under the key box)."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        for label in (self.intro, self.guide, self.kept):  # QLabel measures rich text short on its own
            label.setMinimumHeight(label.heightForWidth(width))
        needed = max(self.layout().totalHeightForWidth(self.width()), self.layout().sizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    # --- the user's side -----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """What was typed or pasted, trimmed (a pasted key often brings a space or a line break with it)."""
        return {key: "".join(edit.text().split()) if edit.echoMode() == QLineEdit.EchoMode.Password
                else edit.text().strip() for key, edit in self.fields.items()}

    def _update_ok(self) -> None:
        self.ok.setEnabled(not self.checking and all(self.values().values()))

    def open_credential_page(self) -> None:
        QDesktopServices.openUrl(QUrl(self._url))

    def start_check(self) -> None:
        if not all(self.values().values()) or self.checking:
            return
        self._busy(True)
        self.status.set_status(Status.WAITING, self.tr("Checking the key with your DNS host…"))
        self.status.show()
        self.fit()
        self._check(self.values())

    def _cancel_clicked(self) -> None:
        if self.checking:  # the first Cancel stops the check; the dialog stays, to fix the key
            self._cancel_check()
            self._busy(False)
            self.status.set_status(Status.ACTION, self.tr("Check stopped. Correct the key, or click Cancel to "
                                                          "type the records yourself."))
            return
        self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.checking:
            self._cancel_clicked()
            return
        super().keyPressEvent(event)

    def _busy(self, busy: bool) -> None:
        self.checking = busy
        self.busy.setVisible(busy)
        for edit in self.fields.values():
            edit.setEnabled(not busy)
        self._update_ok()

    # --- the session's answers -------------------------------------------------------------------------
    def show_checked(self, ok: bool, problem: str | None, detail: str = "") -> None:
        if not self.checking:
            return  # a check the user stopped
        self._busy(False)
        if ok:
            self.status.set_status(Status.DONE, self.tr("The key works."))
            self.accept()
            return
        self.show_problem(problem, detail)

    def show_problem(self, problem: str | None, detail: str = "") -> None:
        """Why the host refused the key (this one, or the known one the window opened for instead of the
        preview); the first field selected, to paste another."""
        key = f"dnshost.{problem}" if problem and not str(problem).startswith("dnshost.") else str(problem or "")
        text = message(key) if has_text(key) else self.tr(
            "Your DNS host did not accept the key. Check that it was copied whole, then try again.")
        self.status.set_status(Status.PROBLEM, text)
        self.status.setToolTip(detail)
        self.status.show()
        self.fit()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def show_in_memory(self) -> None:
        """No keychain on this computer: said once, where the promise of the keychain was."""
        self.kept.setText(self.tr("This computer has no password store MailWizard can use, so the key is kept "
                                  "only until MailWizard closes. You will be asked for it again next time."))
        access.announce(self.kept)
