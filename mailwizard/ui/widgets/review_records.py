"""The review's "Mail records" tab: the domain's mail records (MX, SPF, DKIM, DMARC) checked again against what the
provider needs — each in plain words with its status — and, once, the step from DMARC "p=none" to "quarantine":
why, when, and the new value to publish (monospace, with a copy button). It only shows: the page turns the
session's answer into ``show_lines`` and asks again through ``checkRequested``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui import palette
from mailwizard.ui.status import Status, StatusLine


class ReviewRecords(QScrollArea):
    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_records")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.about = QLabel(objectName="review_records_about")
        self.about.setWordWrap(True)
        self.summary = StatusLine(objectName="review_records_summary")
        self.check = QPushButton(objectName="review_records_check")
        self.check.clicked.connect(self.checkRequested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        self.lines_box = QVBoxLayout()
        self.lines: list[StatusLine] = []
        # the DMARC step, said once
        self.step = QFrame(objectName="review_dmarc_step")
        palette.tint(self.step, "#review_dmarc_step {{ background: {note_bg}; border-radius: 4px; }}")
        self.step_title = QLabel(objectName="review_dmarc_title")
        font = self.step_title.font()
        font.setBold(True)
        self.step_title.setFont(font)
        self.step_text = QLabel(objectName="review_dmarc_text")
        self.step_text.setWordWrap(True)
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_name_label = QLabel(objectName="review_dmarc_name_label")
        self.step_name = QLineEdit(objectName="review_dmarc_name", readOnly=True)
        self.step_value_label = QLabel(objectName="review_dmarc_value_label")
        self.step_value = QLineEdit(objectName="review_dmarc_value", readOnly=True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.step_name.setFont(mono)
        self.step_value.setFont(mono)
        self.step_name_label.setBuddy(self.step_name)
        self.step_value_label.setBuddy(self.step_value)
        self.copy = QPushButton(objectName="review_dmarc_copy")
        self.copy.clicked.connect(self._copy)
        values = QHBoxLayout()
        values.addWidget(self.step_name_label)
        values.addWidget(self.step_name, 1)
        values.addWidget(self.step_value_label)
        values.addWidget(self.step_value, 3)
        values.addWidget(self.copy)
        step = QVBoxLayout(self.step)
        step.addWidget(self.step_title)
        step.addWidget(self.step_text)
        step.addLayout(values)
        self.step.hide()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.about)
        layout.addLayout(top)
        layout.addLayout(self.lines_box)
        layout.addWidget(self.step)
        layout.addStretch(1)
        self.setWidget(inner)
        self._shown: tuple | None = None
        self._busy = False
        self.retranslate()

    def show_checking(self) -> None:
        self._busy = True
        self.check.setEnabled(False)
        self.summary.set_status(Status.WAITING, QCoreApplication.translate("Review", "Checking the domain's mail "
            "records…"))

    def show_lines(self, summary: tuple[Status, str], lines: list[tuple[Status, str]],
                   step: tuple[str, str, str] | None = None) -> None:
        """``summary`` and each line: a status and its sentence (already in the user's language); ``step``: the
        DMARC step's explanation, the record's name and its new value."""
        self._busy = False
        self._shown = (summary, lines, step)
        self.check.setEnabled(True)
        self.summary.set_status(*summary)
        for line in self.lines:
            line.deleteLater()
        self.lines = []
        for status, text in lines:
            line = StatusLine(objectName="review_record")
            line.set_status(status, text)
            self.lines_box.addWidget(line)
            self.lines.append(line)
        self.step.setVisible(step is not None)
        if step is not None:
            self.step_text.setText(step[0])
            self.step_name.setText(step[1])
            self.step_value.setText(step[2])

    def show_failed(self, problem: str) -> None:
        self._busy = False
        self.check.setEnabled(True)
        self.summary.set_status(Status.PROBLEM, problem)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.step_value.text())
        self.copy.setText(QCoreApplication.translate("Review", "Copied"))
        QTimer.singleShot(2000, lambda: self.copy.setText(QCoreApplication.translate("Review", "&Copy")))

    def retranslate(self) -> None:
        self.about.setText(QCoreApplication.translate(
            "Review", "The records at your DNS host that make company mail arrive and keep others from sending in its "
            "name, checked again: someone may have changed them since the set-up."))
        self.setAccessibleName(QCoreApplication.translate("Review", "Mail records"))
        self.check.setText(QCoreApplication.translate("Review", "Check the records agai&n"))
        self.step_title.setText(QCoreApplication.translate("Review", "Next step for DMARC: from “none” to "
            "“quarantine”"))
        self.step_name_label.setText(QCoreApplication.translate("Review", "Nam&e:"))
        self.step_value_label.setText(QCoreApplication.translate("Review", "&Value:"))
        self.copy.setText(QCoreApplication.translate("Review", "&Copy"))
        if self._busy:
            self.show_checking()
        elif self._shown is None:
            self.summary.set_status(Status.WAITING, QCoreApplication.translate("Review", "Not checked yet."))
