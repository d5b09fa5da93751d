"""The four status words used everywhere, each with an icon and a colour (never colour alone)."""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mailwizard.ui import access, palette


class Status(Enum):
    DONE = "done"
    WAITING = "waiting"
    ACTION = "action"
    PROBLEM = "problem"


# The style's own icons, so they match the platform. Named, and looked up when first drawn: QStyle's
# enums cost ~5 ms to create, and the first window of a first run shows no status icon.
_ICONS = {Status.DONE: "SP_DialogApplyButton", Status.WAITING: "SP_BrowserReload",
          Status.ACTION: "SP_MessageBoxWarning", Status.PROBLEM: "SP_MessageBoxCritical"}


def _escape(text: str) -> str:
    import html  # not at the top: html (with its entity table) loads after the first frame

    return html.escape(text)


def status_word(status: Status) -> str:
    return {
        Status.DONE: QCoreApplication.translate("Status", "Done"),
        Status.WAITING: QCoreApplication.translate("Status", "Waiting"),
        Status.ACTION: QCoreApplication.translate("Status", "Needs your action"),
        Status.PROBLEM: QCoreApplication.translate("Status", "Problem"),
    }[status]


def status_colour(status: Status) -> str:
    """Its colour in the current palette (light or dark)."""
    return palette.colour(status.value)


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.status: Status | None = None
        self.plain = ""
        self._shown: tuple[str, str, str] | None = None  # word, colour name, body
        self._said: tuple[str, str] | None = None  # what a screen reader was last told
        palette.on_change(self._recolour)

    def set_status(self, status: Status | None, text: str, *, rich: bool = False, word: str = "") -> None:
        """``word``: said instead of the status's own word where it reads better ("Sending" for a run under way)."""
        self.status = status
        self.plain = text
        if status is None:
            self._shown = None
            self.icon.clear()
            self.text.clear()
            self.text.setAccessibleName("")
            return
        # drawn for this screen's scale (125–200 %), not a 20-pixel image stretched
        self.icon.setPixmap(status_icon(self, status).pixmap(QSize(20, 20), self.devicePixelRatioF()))
        self._line(word or status_word(status), status.value, text if rich else _escape(text))

    def set_optional(self, text: str, word: str = "") -> None:
        """An offer, not a task: "Optional" (or ``word``, e.g. "First" for a step before another) in grey and no
        icon (a second "Needs your action" beside the step's own made people think they had to)."""
        self.status = None
        self.plain = text
        self.icon.clear()
        self._line(word or QCoreApplication.translate("Status", "Optional"), "waiting", _escape(text))

    def _line(self, word: str, colour: str, body: str) -> None:
        import html

        said = (word, html.unescape(re.sub(r"<[^>]+>", "", body)))
        self._shown = (word, colour, body)
        self.text.setText(f'<span style="color:{palette.colour(colour)}"><b>{html.escape(word)}</b></span> — {body}')
        # a stop for Tab only where there is a link to follow; a screen reader reads the word, then the sentence
        flags = Qt.TextInteractionFlag
        self.text.setTextInteractionFlags(flags.TextBrowserInteraction if "<a " in body else
                                          flags.TextSelectableByMouse | flags.LinksAccessibleByMouse)
        self.text.setAccessibleName(f"{word}: {said[1]}")
        if said != self._said:
            self._said = said
            access.announce(self.text, alert=self.status is Status.PROBLEM)

    def _recolour(self) -> None:
        if self._shown is not None:
            self._line(*self._shown)
