"""A window of its own beside the wizard's, opened from the Summary (moving old mail in, signatures): a heading, a
short intro, the body, and Close — sized and placed whole on a 1366×768 laptop's free area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mailwizard.ui.status import StatusLine
from mailwizard.ui.window_size import FRAME

PREFERRED = QSize(1180, 720)  # within a 1366×768 laptop's free area with its frame


class SideWindow(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_window")
        self.heading = QLabel(objectName=f"{name}_heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(objectName=f"{name}_intro")
        self.intro.setWordWrap(True)
        self.status = StatusLine(objectName=f"{name}_status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName=f"{name}_buttons")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName(f"{name}_close")
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addLayout(self.body, 1)

    def finish(self) -> None:
        """Close below the body, added once the body is built: after it in Tab's order."""
        bar = QHBoxLayout()
        bar.addWidget(self.buttons)
        self.layout().addLayout(bar)

    def place(self) -> None:
        """Over the wizard's window, a little smaller, whole on the screen's free area (a 1366×768 laptop)."""
        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        width = min(PREFERRED.width(), free.width() - FRAME.width())
        height = min(PREFERRED.height(), free.height() - FRAME.height())
        self.setMinimumSize(min(760, width), min(520, height))
        self.resize(width, height)
        self.move(free.x() + max(0, (free.width() - width - FRAME.width()) // 2),
                  free.y() + max(0, (free.height() - height - FRAME.height()) // 2))

    def open_window(self) -> None:
        if self.isVisible():  # open behind the wizard's window: brought forward
            self.raise_()
            self.activateWindow()
            return
        self.place()
        self.show()
        self.start()

    def start(self) -> None:
        """Shown: read what the session has."""
