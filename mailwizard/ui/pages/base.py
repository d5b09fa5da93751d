"""What every wizard page shares: a title, valid/busy state, and live re-translation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mailwizard.core.flow import Step
from mailwizard.ui.controller import WizardController

ROW_SPACING = 10  # between a page's rows; a panel holding some of them spaces them the same


class WizardPage(QWidget):
    """Signals: ``changed()`` when ``valid`` or ``busy`` may have changed; ``openMember(str)`` to fix a member's
    personal email on the Members step.

    Subclasses build widgets in ``__init__``, set every user-visible text in ``retranslate``
    (called again on each language switch) and show the controller's state in ``refresh``.
    """

    changed = Signal()
    # the window shows the Members step with this member (address) selected, their personal email open for typing
    openMember = Signal(str)
    step: Step

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 12)
        self.layout_.setSpacing(ROW_SPACING)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)

    @property
    def valid(self) -> bool:
        return self.controller.can_go_next()

    @property
    def busy(self) -> bool:
        return False

    def retranslate(self) -> None:
        """Set every text; called at start and by the window on each language switch."""

    def refresh(self) -> None:
        """Show the controller's current state (after load, Start over, or language switch)."""

    def on_enter(self) -> None:
        """The page became the current one."""
        self.refresh()
