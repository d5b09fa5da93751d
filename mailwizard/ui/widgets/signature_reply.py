""""Signatures and auto-replies…", second tab: the leave auto-reply — the company's wording once, then for one
person the dates they are away, a preview, and turning it on through the provider's API where it allows (else the
text to paste, with where to paste it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine


def tr(text: str) -> str:
    return QCoreApplication.translate("Signatures", text)


class ReplyBox(QWidget):
    changed = Signal(dict)          # subject, message (the template)
    previewRequested = Signal(str, str, str)  # address, first day, last day (ISO)
    turnOnRequested = Signal(str, str, str)   # address, first day, last day (ISO)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self.subject = QLineEdit(objectName="reply_subject")
        self.message = QPlainTextEdit(objectName="reply_message")
        self.message.setTabChangesFocus(True)
        self.placeholders = QLabel(objectName="reply_placeholders")
        self.placeholders.setWordWrap(True)
        self.person = QComboBox(objectName="reply_person")
        today = QDate.currentDate()
        self.first = QDateEdit(today, objectName="reply_first", calendarPopup=True)
        self.last = QDateEdit(today.addDays(6), objectName="reply_last", calendarPopup=True)
        for day in (self.first, self.last):
            day.setDisplayFormat("yyyy-MM-dd")
            day.dateChanged.connect(lambda _d: self._preview())
        self.person.currentIndexChanged.connect(lambda _i: self._preview())
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.last)
        dates.addWidget(self.to_label)
        dates.addWidget(self.last)
        dates.addStretch(1)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.subject, self.message, self.person, self.first), strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.subject)
        form.addRow(self.labels[1], self.message)
        form.addRow("", self.placeholders)
        form.addRow(self.labels[2], self.person)
        form.addRow(self.labels[3], dates)
        self.preview_label = QLabel()
        self.preview = QTextBrowser(objectName="reply_preview")
        self.preview_label.setBuddy(self.preview)
        self.status = StatusLine(objectName="reply_status")
        self.turn_on = QPushButton(objectName="reply_turn_on")
        self.turn_on.clicked.connect(self._turn_on)
        action = QHBoxLayout()
        action.addWidget(self.status, 1)
        action.addWidget(self.turn_on, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(columns, 1)
        layout.addLayout(action)
        self.subject.textEdited.connect(self._changed)
        self.message.textChanged.connect(self._changed)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._emit)
        self.can_turn_on, self.why_not = False, ""
        self.retranslate()

    def show_people(self, people: list[tuple[str, str]]) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for name, address in people:
            self.person.addItem(f"{name} <{address}>" if name else address, address)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def load(self, subject: str, message: str) -> None:
        self.loading = True
        self.subject.setText(subject)
        self.message.setPlainText(message)
        self.loading = False

    def dates(self) -> tuple[str, str]:
        return self.first.date().toString(Qt.DateFormat.ISODate), self.last.date().toString(Qt.DateFormat.ISODate)

    def offer(self, can: bool, why_not: str) -> None:
        """Whether the provider's API can turn it on (else why not, and what to do instead)."""
        self.can_turn_on, self.why_not = can, why_not
        self.turn_on.setVisible(can)
        if can:
            self.status.set_optional(tr("MailWizard can turn it on at the provider for the dates above; it turns "
                                        "itself off after the last day."))
        else:
            self.status.set_status(Status.ACTION, why_not, rich=True)

    def show_preview(self, text: str) -> None:
        self.preview.setPlainText(text)

    def show_result(self, status: Status, text: str) -> None:
        self.turn_on.setEnabled(True)
        self.status.set_status(status, text)

    def _changed(self, *_args) -> None:
        if not self.loading:
            self._timer.start()

    def _emit(self) -> None:
        self.changed.emit({"subject": self.subject.text().strip(), "message": self.message.toPlainText()})
        self._preview()

    def _preview(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())
        address = self.person.currentData()
        if address:
            self.previewRequested.emit(address, *self.dates())

    def _turn_on(self) -> None:
        address = self.person.currentData()
        if address:
            self.turn_on.setEnabled(False)
            self.status.set_status(Status.WAITING, tr("Turning it on…"))
            self.turnOnRequested.emit(address, *self.dates())

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (tr("S&ubject:"), tr("&Message:"), tr("&Who is away:"), tr("&From:")),
                               strict=True):
            label.setText(text)
        self.to_label.setText(tr("t&o"))
        self.placeholders.setText(tr("{name}, {first_day} and {last_day} are filled in for each person and their "
                                     "dates."))
        self.preview_label.setText(tr("What senders get &back:"))
        self.turn_on.setText(tr("&Turn it on for these dates"))
        if self.status.status is None and self.can_turn_on:
            self.offer(True, "")
