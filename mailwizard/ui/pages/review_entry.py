"""The Summary's way into the account review: "Review accounts…", with when the last review was — and, when one is
due, a banner at the top of the Summary saying so at start. Shown where the provider's API offers a review."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.activation_panel import day

BANNER = ("#review_entry[due=\"true\"] {{ background: {banner_bg}; border: 1px solid {banner_border}; "
          "border-radius: 4px; }}")


def next_review(last: str, days: int) -> str:
    try:
        when = datetime.fromisoformat(last.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return (when + timedelta(days=days)).isoformat()


class ReviewEntry(QFrame):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_entry")
        self.controller = controller
        self.due = None
        self.window_ = None  # the review's window, made when first opened
        self.line = StatusLine(objectName="review_entry_text")
        self.open_button = QPushButton(objectName="review_open")
        self.open_button.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.open_button)
        palette.tint(self, BANNER)
        controller.reviewDue.connect(self._due_told)
        self.hide()  # until the Summary is entered and the provider is known to offer a review

    def offered(self) -> bool:
        profile = self.controller.provider_profile
        return getattr(profile, "open_review", None) is not None

    def start(self) -> None:
        """The Summary was entered (at start, too): when the last review was, and whether one is due now."""
        shown = self.offered()
        self.setVisible(shown)
        if shown:
            self.due = self.controller.review_due()
            self._show()

    def is_due(self) -> bool:
        return bool(self.due is not None and self.due.due)

    def _show(self) -> None:
        due = self.due
        if due is not None and due.due and due.last:
            self.line.set_status(Status.ACTION, QCoreApplication.translate(
                "Review", "An account review is due: the last one was on {date} (every {n} days).").format(
                date=day(due.last), n=due.interval_days))
        elif due is not None and due.due:
            self.line.set_status(Status.ACTION, QCoreApplication.translate(
                "Review", "An account review is due: none has been done since the set-up (every {n} days).").format(
                n=due.interval_days))
        elif due is not None and due.last:
            self.line.set_status(Status.DONE, QCoreApplication.translate(
                "Review", "Accounts last reviewed on {date}; the next review is due on {next}.").format(
                date=day(due.last), next=day(due.next_due or next_review(due.last, int(due.interval_days)))))
        else:  # just set up: nothing to review yet, only the habit to start
            self.line.set_optional(QCoreApplication.translate(
                "Review", "Every few months, review the accounts: who has left, who can manage the company's email, "
                "where mail is forwarded."))
        self.setProperty("due", "true" if self.is_due() else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def _due_told(self, last, interval_days, due, next_due) -> None:
        from mailwizard.ui.pages.review import Due

        self.due = Due(last, interval_days, due, next_due)
        if self.offered():
            self._show()

    def open_review(self) -> None:
        from mailwizard.ui.pages.review_window import ReviewWindow

        if self.window_ is None:
            self.window_ = ReviewWindow(self.controller, self.window())
            self.window_.finished.connect(lambda _r: self.start())
        self.window_.open_review()

    def retranslate(self) -> None:
        self.open_button.setText(QCoreApplication.translate("Review", "&Review accounts…"))
        if self.window_ is not None:
            self.window_.retranslate()
        if self.isVisible() or self.due is not None:
            self._show()
