"""The confirm before the review changes anything at the provider: exactly what will change (and what not), that it
can be undone, Cancel the default. ``confirm_action`` returns True only when the admin chose to go ahead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mailwizard.core.review import model as m
from mailwizard.ui.widgets import review_text as rt


def action_params(action, account, provider: str) -> dict:
    """The words the confirm names: whose account, which role, which address mail goes to."""
    params = {"who": rt.who(account) or action.address, "provider": provider}
    if account is not None and action.kind == m.REMOVE_ADMIN:
        roles = [r.name for r in account.admin_roles if r.id == action.target] or [r.name for r in account.admin_roles]
        params["role"] = ", ".join(roles) or action.target
    if account is not None and action.kind == m.REMOVE_FORWARDING:
        to = [f.to for f in account.forwarding if f.id == action.target] or [action.target]
        params["to"] = ", ".join(to)
    params.setdefault("role", action.target)
    params.setdefault("to", action.target)
    return params


class ConfirmActionDialog(QDialog):
    def __init__(self, action, account, provider: str, practice: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_confirm")
        self.action = action
        self.setWindowTitle(rt.confirm_title(action.kind))
        self.heading = QLabel(rt.confirm_title(action.kind), objectName="review_confirm_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        text = rt.confirm_text(action.kind, action_params(action, account, provider))
        where = (QCoreApplication.translate("Review", "This is practice: only practice mode's own accounts change.")
                 if practice else QCoreApplication.translate(
                     "Review", "The change is made at {provider} as soon as you confirm.").format(provider=provider))
        self.text = QLabel(f"{text}\n\n{where}", objectName="review_confirm_text")
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox(objectName="review_confirm_buttons")
        # made in the order Fusion and Windows place them (Tab follows the order they were made in)
        self.go = self.buttons.addButton(rt.confirm_button(action.kind), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("review_confirm_go")
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("review_confirm_cancel")
        self.cancel.setDefault(True)  # a change at the provider is never the Enter key's
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Tab in reading order: the buttons left to right, as the platform placed them; Cancel has the focus
        self.layout().activate()  # placed now, not at the next pass
        self.buttons.layout().activate()
        first, second = sorted((self.go, self.cancel), key=lambda b: b.mapTo(self, b.rect().topLeft()).x())
        QWidget.setTabOrder(first, second)
        self.cancel.setFocus()


def confirm_action(action, account, provider: str, practice: bool, parent: QWidget | None) -> bool:
    dialog = ConfirmActionDialog(action, account, provider, practice, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
