""""Move old mail in…", last tab: switching the domain's mail over to the new provider without losing any —
lower the MX record's TTL a day ahead, keep the old mailbox for stragglers, a final copy after the switch."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mailwizard.ui.status import Status, StatusLine


class CutoverBox(QWidget):
    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = StatusLine(objectName="moving_cutover_status")
        self.check = QPushButton(objectName="moving_cutover_check")
        self.check.clicked.connect(self._check)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        self.steps = QLabel(objectName="moving_cutover_steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setOpenExternalLinks(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.shown: tuple[str, list[str]] | None = None
        self.retranslate()

    def _check(self) -> None:
        self.status.set_status(Status.WAITING, self.tr("Reading the domain's mail records…"))
        self.checkRequested.emit()

    def show_advice(self, status: Status, headline: str, steps: list[str]) -> None:
        """The session's advice: a headline (e.g. the MX record's TTL now) and the steps, in order."""
        self.shown = (headline, list(steps))
        self.status.set_status(status, headline)
        self.steps.setText("<ol>" + "".join(f"<li style='margin-bottom:6px'>{html.escape(s)}</li>" for s in steps)
                           + "</ol>")

    def show_problem(self, text: str) -> None:
        self.status.set_status(Status.PROBLEM, text)

    def retranslate(self) -> None:
        self.check.setText(self.tr("Read the records a&gain"))
        if self.shown is None and self.status.status is None:
            self.status.set_optional(self.tr("When everyone's mail is copied, switch the domain's mail to the new "
                                             "provider like this, so no message is lost on the way."))
