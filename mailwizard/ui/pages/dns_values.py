"""The DNS step's boxes for the values only the provider's console shows (verification code, DKIM key, …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout

from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.dns_records import mono

VALUE_KEYS = ("verification", "dkim", "dkim_selector2", "mx_host", "spf_include", "tenant")

# Texts are looked up in the DnsPage translation context, where their zh_CN/zh_TW translations were made
# before this panel was split from the page: self.tr here would look under the panel's class name.


def value_label(key: str) -> str:
    return {
        "verification": QCoreApplication.translate("DnsPage", "Verification code:"),
        "dkim": QCoreApplication.translate("DnsPage", "DKIM value:"),
        "dkim_selector2": QCoreApplication.translate("DnsPage", "Second DKIM value:"),
        "mx_host": QCoreApplication.translate("DnsPage", "Mail server (MX) host:"),
        "spf_include": QCoreApplication.translate("DnsPage", "SPF include domain:"),
        "tenant": QCoreApplication.translate("DnsPage", "Tenant name:"),
    }.get(key, key + ":")


class DnsValuesForm(QVBoxLayout):
    """One box per value a record still waits for, each with where the provider's console shows it.

    A layout the page's column holds, not a widget of its own: QFormLayout inside a child widget kept the
    wrapped hints' heights of the language before (zh_CN's DKIM hint was drawn under the next box)."""

    def __init__(self, controller: WizardController) -> None:
        super().__init__()
        self.controller = controller
        self._values_language = ""
        body = self
        body.setContentsMargins(0, 0, 0, 0)
        self.values_title = QLabel(objectName="values_title")
        self.values_title.setWordWrap(True)
        self.values_form = QFormLayout()
        self.value_fields: dict[str, QLineEdit] = {}
        # once every value is pasted, the boxes fold away behind one line: the records and the panel need the room
        self.values_toggle = QToolButton(objectName="values_toggle", checkable=True)
        self.values_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.values_toggle.setAutoRaise(True)
        self.values_toggle.toggled.connect(lambda _on: self._show_folded())
        self.values_toggle.hide()
        self._filled = False
        body.addWidget(self.values_title)
        body.addWidget(self.values_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        body.addLayout(self.values_form)

    def show_fields(self) -> None:
        self.values_title.setText(QCoreApplication.translate(
            "DnsPage", "MailWizard cannot fetch these values from your provider for you: copy them from its admin "
            "console and paste them here:") if self.controller.state.connected_account else QCoreApplication.translate(
            "DnsPage", "Some values come from your provider. Until MailWizard connects to it, copy them from your "
            "provider's admin console and paste them here:"))
        waiting = list(dict.fromkeys(p for r in self.controller.dns_records() for p in r.waiting_for))
        pasted = self.controller.state.dns_values
        wanted = list(dict.fromkeys(waiting + [k for k in pasted if k in VALUE_KEYS]))
        if list(self.value_fields) != wanted or self._values_language != self.controller.language:
            self._values_language = self.controller.language
            while self.values_form.rowCount():
                self.values_form.removeRow(0)
            self.value_fields = {}
            records = self.controller.dns_records()
            for key in wanted:
                field = QLineEdit(objectName=f"value_{key}")
                field.setFont(mono())
                field.editingFinished.connect(lambda k=key, f=field: self.controller.set_dns_value(k, f.text()))
                self.value_fields[key] = field
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(field)
                note = next((r.note for r in records if key in r.waiting_for and r.note), None)
                if note:  # where the provider's console shows this value
                    hint = QLabel(note.get(self.controller.language) or note.get("en", ""), objectName=f"hint_{key}")
                    hint.setWordWrap(True)
                    palette.tint(hint, "color: {waiting};")
                    column.addWidget(hint)
                self.values_form.addRow(value_label(key), column)
        for key, field in self.value_fields.items():
            if not field.hasFocus() and field.text() != pasted.get(key, ""):
                field.setText(pasted.get(key, ""))
            field.setPlaceholderText(QCoreApplication.translate("DnsPage", "paste from your provider's console"))
        typing = any(field.hasFocus() for field in self.value_fields.values())  # never folded under the cursor
        self._filled = (bool(self.value_fields) and not waiting and not typing
                        and all(pasted.get(k) for k in self.value_fields))
        self._show_folded()

    def _show_folded(self) -> None:
        shown = not self._filled or self.values_toggle.isChecked()
        self.values_toggle.setVisible(self._filled)
        self.values_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.values_toggle.setText(QCoreApplication.translate(
            "DnsPage", "Hide the values pasted from your provider") if shown else QCoreApplication.translate(
            "DnsPage", "Values pasted from your provider: {names}").format(names=QCoreApplication.translate(
                "DnsPage", ", ").join(value_label(k).rstrip(":：") for k in self.value_fields)))
        self.values_title.setVisible(bool(self.value_fields) and shown)
        for row in range(self.values_form.rowCount()):
            self.values_form.setRowVisible(row, shown)
