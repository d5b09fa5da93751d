""""Signatures and auto-replies…", second tab: the leave auto-reply — the company's wording once, then for one
person the dates they are away, a preview, and turning it on through the provider's API where it allows (else the
text to paste, with where to paste it)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
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


def _escape(text: str) -> str:
    import html

    return html.escape(text)



class ReplyBox(QWidget):
    changed = Signal(dict)          # subject, body, contact, start, end (the design's AutoReply fields)
    previewRequested = Signal(str)  # the person's address
    turnOnRequested = Signal(object)  # [addresses], or None for everyone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self.people: list[tuple[str, str]] = []
        self.subject = QLineEdit(objectName="reply_subject")
        self.message = QPlainTextEdit(objectName="reply_message")
        self.message.setTabChangesFocus(True)
        self.contact = QLineEdit(objectName="reply_contact")
        self.placeholders = QLabel(objectName="reply_placeholders")
        self.placeholders.setWordWrap(True)
        self.person = QComboBox(objectName="reply_person")
        today = QDate.currentDate()
        self.first = QDateEdit(today, objectName="reply_first", calendarPopup=True)
        self.last = QDateEdit(today.addDays(6), objectName="reply_last", calendarPopup=True)
        for day in (self.first, self.last):
            day.setDisplayFormat("yyyy-MM-dd")
            day.dateChanged.connect(self._changed)
        self.person.currentIndexChanged.connect(lambda _i: self._preview())
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.last)
        dates.addWidget(self.to_label)
        dates.addWidget(self.last)
        dates.addStretch(1)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.person, self.first, self.subject, self.message, self.contact),
                                strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.person)
        form.addRow(self.labels[1], dates)
        form.addRow(self.labels[2], self.subject)
        form.addRow(self.labels[3], self.message)
        form.addRow("", self.placeholders)
        form.addRow(self.labels[4], self.contact)
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
        self.contact.textEdited.connect(self._changed)
        self.message.textChanged.connect(self._changed)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._emit)
        self.can_turn_on, self.why_not = False, ""
        self.retranslate()

    def show_people(self, people: list[tuple[str, str]]) -> None:
        current = self.person.currentData()
        self.people = list(people)
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone (e.g. a company holiday)"), "")
        for name, address in people:
            self.person.addItem(f"{name} <{address}>" if name else address, address)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def load(self, reply) -> None:
        """The design's AutoReply, shown (no changed signal); its dates, when it has none, are the next week's."""
        self.loading = True
        for edit, value in ((self.subject, reply.subject), (self.contact, reply.contact)):
            if edit.text() != value:
                edit.setText(value)
        if self.message.toPlainText() != reply.body:
            self.message.setPlainText(reply.body)
        for edit, value in ((self.first, reply.start), (self.last, reply.end)):
            day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
            if day.isValid():
                edit.setDate(day)
        self.loading = False

    def dates(self) -> tuple[str, str]:
        return self.first.date().toString(Qt.DateFormat.ISODate), self.last.date().toString(Qt.DateFormat.ISODate)

    def fields(self) -> dict:
        start, end = self.dates()
        return {"subject": self.subject.text().strip(), "body": self.message.toPlainText().strip(),
                "contact": self.contact.text().strip(), "start": start, "end": end}

    def chosen(self) -> list[str] | None:
        address = self.person.currentData()
        return [address] if address else None

    def offer(self, can: bool, why_not: str) -> None:
        """Whether the provider's API can turn it on (else why not, and what to do instead)."""
        self.can_turn_on, self.why_not = can, why_not
        self.turn_on.setVisible(can)
        if can:
            self.status.set_optional(self.tr("MailWizard can turn it on at the provider for the dates above; it turns "
                                        "itself off after the last day."))
        else:
            self.status.set_status(Status.WAITING, self.tr("{why} The files on tab 2 hold each person's auto-reply "
                                                      "text too.").format(why=why_not), word=self.tr("By hand"))

    def show_preview(self, subject: str, html: str) -> None:
        self.preview.setHtml(f"<p><b>{_escape(subject)}</b></p>{html}")

    def show_result(self, status: Status, text: str) -> None:
        self.turn_on.setEnabled(True)
        self.status.set_status(status, text)

    def _changed(self, *_args) -> None:
        if not self.loading:
            self._timer.start()

    def _emit(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())
        self.changed.emit(self.fields())
        self._preview()

    def _preview(self) -> None:
        address = self.person.currentData() or (self.people[0][1] if self.people else "")
        if address:
            self.previewRequested.emit(address)

    def _turn_on(self) -> None:
        self._timer.stop()
        self.changed.emit(self.fields())  # the dates as shown, kept before it is sent
        self.turn_on.setEnabled(False)
        self.status.set_status(Status.WAITING, self.tr("Turning it on…"))
        self.turnOnRequested.emit(self.chosen())

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("&Who is away:"), self.tr("&From:"), self.tr("S&ubject:"),
                                             self.tr("&Message:"), self.tr("Meanwhile, &contact:")), strict=True):
            label.setText(text)
        self.to_label.setText(self.tr("u&ntil"))
        self.subject.setPlaceholderText(self.tr("empty: the usual wording, in each person's language"))
        self.message.setPlaceholderText(self.tr("Leave empty for the usual wording, in each person's language."))
        self.contact.setPlaceholderText(self.tr("an address to write to while they are away (optional)"))
        self.placeholders.setText(self.tr("In your own wording, {name}, {start}, {end}, {company} and {contact} are "
                                     "filled in for each person."))
        self.preview_label.setText(self.tr("What senders get &back (for the first person when it is for everyone):"))
        self.turn_on.setText(self.tr("&Turn it on for these dates"))
        if self.status.status is None and self.can_turn_on:
            self.offer(True, "")
