"""The changes made in reviews (the session's history: each action's latest state, the latest first), below the
review's list: what was changed and when, whether it was undone or is not known, and Undo where MailWizard kept what
to put back — so a change made before MailWizard was closed can still be undone. Changes whose card is on the list
above are left out here (the card says it). Fed ActionRecord-shaped rows (action, state, when, undoable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mailwizard.core.review import model as m
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.activation_panel import day


def change_text(action) -> str:
    return {
        m.SUSPEND: QCoreApplication.translate("Review", "Suspended {address}"),
        m.REMOVE_ADMIN: QCoreApplication.translate("Review", "Removed an administrator role from {address}"),
        m.REMOVE_FORWARDING: QCoreApplication.translate("Review", "Stopped forwarding {address}'s mail to {target}"),
    }.get(action.kind, action.kind).format(address=action.address, target=action.target)


class ReviewHistory(QWidget):
    """Signals: ``undoRequested(object)`` the ReviewAction to put back."""

    undoRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_history")
        self.heading = QLabel(objectName="review_history_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.rows_box = QVBoxLayout()
        self.rows: list[tuple[object, StatusLine, QPushButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows_box)
        self._records: list = []
        self._busy: set[str] = set()
        self._working: set[str] = set()
        self.hide()
        self.retranslate()

    def show_records(self, records: list, leave_out: set[str] = frozenset()) -> None:
        """``records``: the history; ``leave_out``: action keys a card above already shows."""
        self._records = [r for r in records if r.action.key not in leave_out]
        self._busy = {k for k in self._busy if any(r.action.key == k and r.state == "done" for r in self._records)}
        self._fill()

    def set_working(self, keys: set[str]) -> None:
        if set(keys) != self._working:
            self._working = set(keys)
            for action, _line, button in self.rows:
                button.setEnabled(action.key not in self._busy and action.key not in self._working)

    def busy(self, key: str) -> bool:
        return key in self._busy

    def settled(self, key: str) -> None:
        """The undo of action ``key`` ended (failed: its row offers Undo again)."""
        self._busy.discard(key)
        self._fill()

    def undoing(self, action) -> None:
        self._busy.add(action.key)
        self._fill()

    def _fill(self) -> None:
        for _action, line, button in self.rows:
            line.deleteLater()
            button.deleteLater()
        self.rows = []
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            if item.layout() is not None:
                item.layout().setParent(None)
        for record in self._records:
            line = StatusLine(objectName="review_history_line")
            when = day(record.when)
            what = change_text(record.action)
            if record.action.key in self._busy:
                line.set_status(Status.WAITING, QCoreApplication.translate("Review", "{date}: {what} — putting it "
                                                                           "back…").format(date=when, what=what))
            elif record.state == "undone":
                line.set_status(Status.DONE, QCoreApplication.translate("Review", "{date}: {what} — undone.").format(
                    date=when, what=what))
            elif record.state == "uncertain":
                line.set_status(Status.ACTION, QCoreApplication.translate(
                    "Review", "{date}: {what} — not known whether it was done; click Check again.").format(
                    date=when, what=what))
            else:
                line.set_status(Status.DONE, QCoreApplication.translate("Review", "{date}: {what}.").format(
                    date=when, what=what))
            button = QPushButton(QCoreApplication.translate("Review", "Undo"), objectName="review_history_undo")
            button.setAccessibleName(QCoreApplication.translate("Review", "Undo ({who})").format(
                who=record.action.address))
            button.setVisible(record.state == "done" and record.undoable)
            button.setEnabled(record.action.key not in self._busy and record.action.key not in self._working)
            button.clicked.connect(lambda _c=False, a=record.action: self.undoRequested.emit(a))
            row = QHBoxLayout()
            row.addWidget(line, 1)
            row.addWidget(button)
            self.rows_box.addLayout(row)
            self.rows.append((record.action, line, button))
        self.setVisible(bool(self._records))

    def buttons(self) -> list[QPushButton]:
        return [button for _action, _line, button in self.rows]

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("Review", "Changes made in reviews"))
        self._fill()
