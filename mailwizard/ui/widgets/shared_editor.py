"""The form beside the shared addresses: one address, its name, who receives its mail (a checklist of the members)
and whether it takes mail from outside the company."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress, typed_local_part


class SharedEditor(QGroupBox):
    """Signals: ``edited(object)`` with the changed SharedAddress, once per finished edit (not per keystroke)."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shared_editor")
        self._item: SharedAddress | None = None
        self._shown: tuple | None = None  # what the form shows (item, members, domain, editable)
        self.local_part = QLineEdit(objectName="shared_local_part")
        self.domain = QLabel(objectName="shared_domain")
        self.name = QLineEdit(objectName="shared_name")
        self.recipients = QListWidget(objectName="shared_recipients")
        self.all_button = QPushButton(objectName="shared_everyone")
        self.none_button = QPushButton(objectName="shared_nobody")
        self.outside = QCheckBox(objectName="shared_outside")
        self.hint = QLabel(objectName="shared_editor_hint")
        self.hint.setWordWrap(True)
        address_row = QHBoxLayout()
        address_row.setSpacing(2)
        address_row.addWidget(self.local_part, 1)
        address_row.addWidget(self.domain)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.address_label, self.name_label = QLabel(), QLabel()
        self.address_label.setBuddy(self.local_part)
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.address_label, address_row)
        self.form.addRow(self.name_label, self.name)
        self.who_label = QLabel()
        self.who_label.setBuddy(self.recipients)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who_label, 1)
        who_row.addWidget(self.all_button)
        who_row.addWidget(self.none_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(self.form)
        column.addLayout(who_row)
        column.addWidget(self.recipients, 1)
        column.addWidget(self.outside)
        column.addWidget(self.hint)
        self.local_part.editingFinished.connect(self._finished)
        self.name.editingFinished.connect(self._finished)
        self.outside.toggled.connect(lambda _on: self._finished())
        self.recipients.itemChanged.connect(lambda _item: self._finished())
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.show_item(None, [], "", editable=False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The shared address"))
        self.address_label.setText(self.tr("&Address:"))
        self.name_label.setText(self.tr("Na&me:"))
        self.name.setPlaceholderText(self.tr("e.g. Sales team"))
        self.who_label.setText(self.tr("&Who receives its mail:"))
        self.all_button.setText(self.tr("Ever&yone"))
        self.none_button.setText(self.tr("Nobo&dy"))
        self.outside.setText(self.tr("Ta&kes mail from outside the company (customers, suppliers)"))
        self.outside.setToolTip(self.tr("Untick for an internal list that only colleagues can write to."))
        self.local_part.setToolTip(self.tr("The part before the @: letters, digits, dots, hyphens."))

    def show_item(self, item: SharedAddress | None, members: Sequence[Member], domain: str, *,
                  editable: bool, hint: str = "") -> None:
        """The form for ``item`` (None: empty and disabled); ``members``: whom it can be sent to. The same form again
        is left as it is: a refresh from elsewhere (a DNS check, a run's progress) keeps what is being typed."""
        shown = (item, tuple((m.local_part, m.display_name) for m in members), domain, editable)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if shown == self._shown:
            return
        self._shown = shown
        self._item = item
        widgets = (self.local_part, self.name, self.recipients, self.outside, self.all_button, self.none_button)
        for widget in widgets:
            widget.blockSignals(True)
        self.local_part.setText(item.local_part if item else "")
        self.domain.setText(f"@{domain}" if domain else "")
        self.name.setText(item.name if item else "")
        self.outside.setChecked(bool(item and item.outside))
        self.recipients.clear()
        chosen = {r.lower() for r in item.recipients} if item else set()
        for member in members:
            if not member.local_part:
                continue
            row = QListWidgetItem(f"{member.display_name or member.local_part} — {member.local_part}@{domain}")
            row.setData(Qt.ItemDataRole.UserRole, member.local_part.lower())
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if member.local_part.lower() in chosen
                              else Qt.CheckState.Unchecked)
            self.recipients.addItem(row)
        for widget in widgets:
            widget.setEnabled(item is not None and editable)
            widget.blockSignals(False)

    def chosen_recipients(self) -> tuple[str, ...]:
        return tuple(self.recipients.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.recipients.count())
                     if self.recipients.item(i).checkState() == Qt.CheckState.Checked)

    def _tick_all(self, on: bool) -> None:
        self.recipients.blockSignals(True)
        for i in range(self.recipients.count()):
            self.recipients.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.recipients.blockSignals(False)
        self._finished()

    def _finished(self) -> None:
        if self._item is None:
            return
        local = typed_local_part(self.local_part.text())
        changed = replace(self._item, local_part=local, name=self.name.text().strip(),
                          recipients=self.chosen_recipients(), outside=self.outside.isChecked())
        if changed != self._item:
            self._item = changed
            self._shown = (changed, *self._shown[1:]) if self._shown else None
            self.edited.emit(changed)
