"""The account review's own window beside the wizard's (the Summary stays where it was): the review page and
Close, sized and placed whole on a 1366×768 laptop's free area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.review import ReviewPage

PREFERRED = QSize(1180, 720)  # within a 1366×768 laptop's free area with its frame


class ReviewWindow(QDialog):
    """The review in a window of its own beside the wizard's (the Summary stays where it was)."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_window")
        self.page = ReviewPage(controller)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="review_buttons")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("review_close")
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.page, 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 0, 24, 0)
        bar.addWidget(self.buttons)
        layout.addLayout(bar)
        self.retranslate()

    def _place(self) -> None:
        """Over the wizard's window, a little smaller, whole on the screen's free area (a 1366×768 laptop)."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QGuiApplication

        from mailwizard.ui.window_size import FRAME

        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        width = min(PREFERRED.width(), free.width() - FRAME.width())
        height = min(PREFERRED.height(), free.height() - FRAME.height())
        self.setMinimumSize(min(760, width), min(520, height))
        self.resize(width, height)
        self.move(free.x() + max(0, (free.width() - width - FRAME.width()) // 2),
                  free.y() + max(0, (free.height() - height - FRAME.height()) // 2))

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Review", "Account review — MailWizard"))
        self.page.retranslate()

    def open_review(self) -> None:
        if self.isVisible():  # open behind the wizard's window: brought forward
            self.raise_()
            self.activateWindow()
            return
        self._place()
        self.show()
        self.page.start()
