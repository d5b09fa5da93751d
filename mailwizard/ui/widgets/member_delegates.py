"""Cell editors of the members table: the Department cell completes from the provider's departments and
the table's own (a new name is fine: MailWizard creates it at the provider); the Permissions cell is a
list of the presets this provider's API can apply, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate, QWidget


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


class PermissionDelegate(QStyledItemDelegate):
    def __init__(self, roles, describe, parent: QWidget | None = None) -> None:
        """``roles()``: the preset ids allowed now; ``describe(id)``: its name in the user's language."""
        super().__init__(parent)
        self.roles, self.describe = roles, describe

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setObjectName("permission_editor")
        for role in self.roles():
            editor.addItem(self.describe(role), role)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
