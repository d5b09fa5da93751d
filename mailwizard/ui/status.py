"""The four status words used everywhere, each with an icon and a colour (never colour alone)."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Status(Enum):
    DONE = "done"
    WAITING = "waiting"
    ACTION = "action"
    PROBLEM = "problem"


# The style's own icons, so they match the platform. Named, and looked up when first drawn: QStyle's
# enums cost ~5 ms to create, and the first window of a first run shows no status icon.
_ICONS = {Status.DONE: "SP_DialogApplyButton", Status.WAITING: "SP_BrowserReload",
          Status.ACTION: "SP_MessageBoxWarning", Status.PROBLEM: "SP_MessageBoxCritical"}
_COLOURS = {Status.DONE: "#1b6e33", Status.WAITING: "#4a5560", Status.ACTION: "#8a5300", Status.PROBLEM: "#b3261e"}


def status_word(status: Status) -> str:
    return {
        Status.DONE: QCoreApplication.translate("Status", "Done"),
        Status.WAITING: QCoreApplication.translate("Status", "Waiting"),
        Status.ACTION: QCoreApplication.translate("Status", "Needs your action"),
        Status.PROBLEM: QCoreApplication.translate("Status", "Problem"),
    }[status]


def status_colour(status: Status) -> str:
    return _COLOURS[status]


def status_icon(widget: QWidget, status: Status):
    from PySide6.QtWidgets import QStyle

    return widget.style().standardIcon(getattr(QStyle.StandardPixmap, _ICONS[status]))


class StatusLine(QWidget):
    """Icon, bold status word, then the sentence."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.icon = QLabel()
        self.text = QLabel(objectName=f"{objectName}_text")
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.status: Status | None = None
        self.plain = ""

    def set_status(self, status: Status | None, text: str, *, rich: bool = False, word: str = "") -> None:
        """``word``: said instead of the status's own word where it reads better ("Sending" for a run under way)."""
        self.status = status
        self.plain = text
        if status is None:
            self.icon.clear()
            self.text.clear()
            return
        self.icon.setPixmap(status_icon(self, status).pixmap(20, 20))
        self._line(word or status_word(status), status_colour(status), text if rich else html.escape(text))

    def set_optional(self, text: str) -> None:
        """An offer, not a task: "Optional" in grey and no icon (a second "Needs your action" beside the
        step's own made people think they had to)."""
        self.status = None
        self.plain = text
        self.icon.clear()
        self._line(QCoreApplication.translate("Status", "Optional"), _COLOURS[Status.WAITING], html.escape(text))

    def _line(self, word: str, colour: str, body: str) -> None:
        self.text.setText(f'<span style="color:{colour}"><b>{html.escape(word)}</b></span> — {body}')
