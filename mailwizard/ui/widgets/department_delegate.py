"""The Department cell's editor: a line edit that completes from the provider's departments and those
already in the table. A new name is fine too: MailWizard creates the department at the provider."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QWidget


class DepartmentDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.provider_names: list[str] = []

    def set_provider_names(self, names: list[str]) -> None:
        self.provider_names = list(names)

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        table_names = {str(index.model().index(r, index.column()).data() or "") for r in
                       range(index.model().rowCount())}
        self.names.setStringList(sorted({*self.provider_names, *table_names} - {""}))
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
