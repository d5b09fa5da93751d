"""The Members step's bar above the table: the address pattern, search, seats used and the team group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mailwizard.core.members.names import PATTERNS
from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.base import ROW_SPACING

PATTERN_EXAMPLES = {"family.given": "zhang.wei", "given.family": "wei.zhang", "familygiven": "zhangwei",
                    "initialfamily": "wzhang", "givenfamily": "weizhang"}

# Texts are looked up in the MembersPage translation context, where their zh_CN/zh_TW translations were made
# before this bar was split from the page: self.tr here would look under the panel's class name.


class MembersToolbar(QWidget):
    """Signals: ``groupChosen()`` once another team group is kept: the "+ team group" rows are checked again.

    The page filters its table by ``search``."""

    groupChosen = Signal()

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(ROW_SPACING)  # as when these were rows of the page
        self.pattern_label = QLabel()
        self.pattern = QComboBox(objectName="pattern")
        self.pattern_label.setBuddy(self.pattern)  # its name for screen readers
        for pattern in PATTERNS:
            self.pattern.addItem(PATTERN_EXAMPLES.get(pattern, pattern), pattern)
        self.pattern.currentIndexChanged.connect(self._pattern_changed)
        self.search = QLineEdit(objectName="search")
        self.seats = QLabel(objectName="seats_used")
        top = QHBoxLayout()
        top.addWidget(self.pattern_label)
        top.addWidget(self.pattern)
        top.addWidget(self.search, 1)
        top.addWidget(self.seats)
        column.addLayout(top)
        # the group whose shared drive, calendar and files the "+ team group" presets give (Google, Microsoft)
        self.group_label = QLabel(objectName="team_group_label")
        self.group = QComboBox(objectName="team_group")
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_label)
        group_row.addWidget(self.group, 1)
        column.addLayout(group_row)
        self._groups: list = []
        self.group_label.hide()
        self.group.hide()
        self.group.currentIndexChanged.connect(self._group_chosen)

    def retranslate(self) -> None:
        self.pattern_label.setText(QCoreApplication.translate("MembersPage", "Addresses like:"))
        self.search.setPlaceholderText(QCoreApplication.translate("MembersPage", "Search"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.group_label.setText(QCoreApplication.translate(
            "MembersPage", "Team group for “+ team group” (its shared drive, calendar and files):"))
        if self.group.count():
            self.group.setItemText(0, QCoreApplication.translate("MembersPage", "None chosen"))

    def show_pattern(self, pattern: str) -> None:
        index = self.pattern.findData(pattern)
        if index >= 0 and index != self.pattern.currentIndex():
            self.pattern.blockSignals(True)
            self.pattern.setCurrentIndex(index)
            self.pattern.blockSignals(False)

    def _pattern_changed(self) -> None:
        self.controller.update(address_pattern=self.pattern.currentData())

    def show_seats(self, used: int, limit: int | None) -> None:
        if limit is None:
            self.seats.setText(QCoreApplication.translate("MembersPage", "1 person") if used == 1 else
                               QCoreApplication.translate("MembersPage", "{n} people").format(n=used))
        else:
            people = QCoreApplication.translate("MembersPage", "1 person") if used == 1 else \
                QCoreApplication.translate("MembersPage", "{n} people").format(n=used)
            self.seats.setText(QCoreApplication.translate(
                "MembersPage", "{people} · your plan allows up to {max}").format(people=people, max=limit))
        palette.tint(self.seats, "color: {problem};" if limit is not None and used > limit else "")

    def show_groups(self, groups: list) -> None:
        self._groups = list(groups)
        with QSignalBlocker(self.group):
            self.group.clear()
            self.group.addItem(QCoreApplication.translate("MembersPage", "None chosen"), "")
            for group in self._groups:
                label = f"{group.name} <{group.address}>" if group.address else group.name
                self.group.addItem(label, group.id)
            self.group.setCurrentIndex(max(self.group.findData(self.controller.state.team_group_id), 0))
        self.group_label.setVisible(bool(self._groups))
        self.group.setVisible(bool(self._groups))
        self._group_chosen()

    def _group_chosen(self) -> None:
        index = self.group.currentIndex()
        group_id = self.group.currentData() or ""
        name = self._groups[index - 1].name if group_id and 0 < index <= len(self._groups) else ""
        if (group_id, name) != (self.controller.state.team_group_id, self.controller.state.team_group_name):
            self.controller.update(team_group_id=group_id, team_group_name=name)
            self.groupChosen.emit()
