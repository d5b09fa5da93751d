"""The confirm before reminders go out: who gets one, and the choice to give them a new temporary password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

SHOWN = 8  # names listed in full; the rest counted


class RemindDialog(QDialog):
    def __init__(self, members: list, parent: QWidget | None = None) -> None:
        """``members``: the ``MemberActivation``-shaped rows of those to remind."""
        super().__init__(parent)
        self.setObjectName("remind_dialog")
        self.setWindowTitle(QCoreApplication.translate("RemindDialog", "Remind the people who have not signed in"))
        self.addresses = [m.address for m in members]
        names = [f"{m.name} <{m.address}>" if m.name else m.address for m in members]
        listed = "\n".join(names[:SHOWN])
        if len(names) > SHOWN:
            listed += "\n" + QCoreApplication.translate("RemindDialog", "and {n} more").format(n=len(names) - SHOWN)
        self.text = QLabel(objectName="remind_text")
        self.text.setWordWrap(True)
        self.text.setText(
            (
                QCoreApplication.translate(
                    "RemindDialog", "MailWizard will send the invitation again to this person, in their language:"
                )
                if len(names) == 1
                else QCoreApplication.translate(
                    "RemindDialog",
                    "MailWizard will send the invitation again to these {n} people, each in their language:",
                ).format(n=len(names))
            )
            + "\n\n"
            + listed
        )
        self.new_password = QCheckBox(
            QCoreApplication.translate("RemindDialog", "Also give them a new temporary &password"),
            objectName="remind_password",
        )
        self.password_note = QLabel(
            QCoreApplication.translate(
                "RemindDialog",
                "Choose this if they have lost the first one. Their old temporary password then stops working, and "
                "the reminder carries the new one.",
            ),
            objectName="remind_password_note",
        )
        self.password_note.setWordWrap(True)
        self.new_password.setAccessibleDescription(self.password_note.text())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, objectName="remind_buttons")
        self.send = self.buttons.addButton(
            QCoreApplication.translate("RemindDialog", "Send the &reminders")
            if len(names) != 1
            else QCoreApplication.translate("RemindDialog", "Send the &reminder"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.send.setObjectName("remind_send")
        self.send.setDefault(True)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("remind_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.new_password)
        layout.addWidget(self.password_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Tab in reading order: the choice, then the buttons left to right, as the platform placed them
        first, second = sorted((self.send, self.cancel), key=lambda b: b.mapTo(self, b.rect().topLeft()).x())
        QWidget.setTabOrder(self.new_password, first)
        QWidget.setTabOrder(first, second)


def confirm_remind(members: list, parent: QWidget | None = None) -> tuple[list[str], bool] | None:
    """Asks once; the addresses to remind and whether with a new password, or None if the admin cancelled."""
    dialog = RemindDialog(members, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.addresses, dialog.new_password.isChecked()
    finally:
        dialog.deleteLater()
