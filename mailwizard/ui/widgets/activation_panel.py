"""Who has signed in: "42 of 50 have signed in", the list of the rest (state in words, since when, days
waiting), "Check again" and "Remind the N who have not signed in…", the reminders' progress and what became of
them. Shown on the Invitations step after sending and on the Summary. It only shows and asks: the page passes
``checkRequested`` / ``remindRequested`` on to the controller and feeds back what the session reports.

Fed ``ActivationReport``-shaped data (``members`` with ``address``, ``name``, ``state``, ``since``,
``days_waiting``; ``reported``; ``checked_at``), read by attribute, so core's classes are not imported here."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.table_rows import rows_height

IN = ("signed_in", "password_changed")  # the states of someone who has signed in
VISIBLE_ROWS = 5


def state_word(state: str) -> str:
    return {
        "invited": QCoreApplication.translate("ActivationPanel", "Not signed in yet"),
        "signed_in": QCoreApplication.translate("ActivationPanel", "Signed in"),
        "password_changed": QCoreApplication.translate("ActivationPanel", "Signed in and changed the password"),
        "unknown": QCoreApplication.translate("ActivationPanel", "Not reported by the provider"),
    }.get(state, state)


def day(iso: str | None) -> str:
    """An ISO date or time as a short date in the user's language ("3 Dec 2026", "2026年12月3日")."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    locale = QLocale()
    chinese = locale.language() is QLocale.Language.Chinese
    return locale.toString(when.date(), "yyyy年M月d日" if chinese else "d MMM yyyy")


def since_text(member) -> str:
    """Since when, in words: "invited 3 December 2026 — 4 days waiting"."""
    if member.state in IN:
        return (
            QCoreApplication.translate("ActivationPanel", "since {date}").format(date=day(member.since))
            if member.since
            else ""
        )
    waited = member.days_waiting
    if member.since and waited:
        return (
            QCoreApplication.translate("ActivationPanel", "invited {date} — 1 day waiting")
            if waited == 1
            else QCoreApplication.translate("ActivationPanel", "invited {date} — {n} days waiting")
        ).format(date=day(member.since), n=waited)
    if member.since:
        return QCoreApplication.translate("ActivationPanel", "invited {date}").format(date=day(member.since))
    return ""


class ActivationPanel(QWidget):
    checkRequested = Signal()
    remindRequested = Signal()  # the page asks the admin (confirm_remind) and passes the answer on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activation_panel")
        self.report = None
        self.busy = False
        self.heading = QLabel(objectName="activation_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.count = StatusLine(objectName="activation_count")
        self.checked = QLabel(objectName="activation_checked")
        self.checked.setWordWrap(True)
        self.list = QTableWidget(0, 4, objectName="activation_list")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(True)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.check_button = QPushButton(objectName="activation_check")
        self.check_button.clicked.connect(self._check)
        self.remind_button = QPushButton(objectName="activation_remind")
        self.remind_button.clicked.connect(self.remindRequested)
        self.progress = QProgressBar(objectName="activation_progress")
        self.progress.hide()
        self.result = StatusLine(objectName="activation_result")
        self.result.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.remind_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.count, self.checked, self.list):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        self._done: tuple[int, list[str], list[tuple[str, str]]] | None = None
        self.retranslate()

    # what the session reports
    def waiting(self) -> list:
        """The members who have not signed in (all of them where the provider reports nothing)."""
        return [m for m in self.report.members if m.state not in IN] if self.report is not None else []

    def show_report(self, report) -> None:
        self.report = report
        self.busy = False
        self._show()

    def show_checking(self) -> None:
        self.busy = True
        self._show()

    def show_failed(self, problem: str) -> None:
        """``problem``: the sentence already in the user's language (the page looks the key up)."""
        self.busy = False
        self._show()
        self.count.set_status(Status.PROBLEM, problem)

    def show_progress(self, done: int, total: int) -> None:
        self.busy = True
        self.result.hide()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            QCoreApplication.translate("ActivationPanel", "{done} of {total} reminders sent").format(
                done=done, total=total
            )
        )
        self.progress.show()
        self._buttons()

    def show_done(self, sent: int, uncertain: list[str], failed: list[tuple[str, str]]) -> None:
        self.busy = False
        self.progress.hide()
        self._done = (sent, list(uncertain), list(failed))
        self._show_done()
        self.result.show()
        self._buttons()

    def _show_done(self) -> None:
        if self._done is None:
            return
        sent, uncertain, failed = self._done
        parts = [
            QCoreApplication.translate("ActivationPanel", "1 reminder sent.")
            if sent == 1
            else QCoreApplication.translate("ActivationPanel", "{n} reminders sent.").format(n=sent)
        ]
        if uncertain:
            parts.append(
                QCoreApplication.translate(
                    "ActivationPanel",
                    "MailWizard cannot tell whether the reminder reached {addresses}: the mail server's "
                    "answer was lost. Ask them whether it arrived before reminding them again, so nobody "
                    "gets it twice.",
                ).format(addresses=", ".join(uncertain))
            )
        for address, why in failed:
            parts.append(
                QCoreApplication.translate("ActivationPanel", "Not sent to {address}: {why}").format(
                    address=address, why=why
                )
            )
        status = Status.PROBLEM if failed else Status.ACTION if uncertain else Status.DONE
        # each on its own line (the space keeps them apart where a screen reader reads the line without tags)
        self.result.set_status(status, "<br> ".join(html.escape(p) for p in parts), rich=True)

    def _show(self) -> None:
        report = self.report
        if self.busy:
            self.count.set_status(
                Status.WAITING, QCoreApplication.translate("ActivationPanel", "Checking who has signed in…")
            )
        elif report is None:
            self.count.set_status(Status.WAITING, QCoreApplication.translate("ActivationPanel", "Not checked yet."))
        elif not report.reported:
            self.count.set_status(
                Status.WAITING,
                QCoreApplication.translate(
                    "ActivationPanel",
                    "Your provider does not report who has signed in, so MailWizard cannot tell. You can still send "
                    "everyone a reminder.",
                ),
            )
        else:
            total, waiting = len(report.members), len(self.waiting())
            signed = total - waiting
            text = (
                QCoreApplication.translate("ActivationPanel", "1 of {total} has signed in")
                if signed == 1
                else QCoreApplication.translate("ActivationPanel", "{signed} of {total} have signed in")
            ).format(signed=signed, total=total)
            if total and not waiting:
                self.count.set_status(
                    Status.DONE,
                    QCoreApplication.translate("ActivationPanel", "Everyone has signed in ({n} of {n}).").format(
                        n=total
                    ),
                )
            else:
                self.count.set_status(
                    Status.WAITING,
                    text,
                )
        self.checked.setText(
            QCoreApplication.translate("ActivationPanel", "Last checked {when}").format(
                when=self._when(report.checked_at)
            )
            if report is not None and report.checked_at
            else ""
        )
        self.checked.setVisible(bool(self.checked.text()))
        self._rows()
        self._buttons()

    def _when(self, iso: str) -> str:
        try:
            moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return iso
        return QLocale().toString(moment.replace(tzinfo=None), QLocale.FormatType.ShortFormat)

    def _rows(self) -> None:
        rows = self.waiting() if self.report is not None and self.report.reported else []
        self.list.setRowCount(len(rows))
        for row, member in enumerate(rows):
            for column, text in enumerate((member.name, member.address, state_word(member.state), since_text(member))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.list.setItem(row, column, item)
        self.list.setVisible(bool(rows))
        self.list.resizeRowsToContents()
        self.list.setFixedHeight(rows_height(self.list, VISIBLE_ROWS) if rows else 0)  # the rest scroll: 1366×768

    def _buttons(self) -> None:
        n = len(self.waiting())
        self.remind_button.setText(
            QCoreApplication.translate("ActivationPanel", "Re&mind the 1 who has not signed in…")
            if n == 1
            else QCoreApplication.translate("ActivationPanel", "Re&mind the {n} who have not signed in…").format(n=n)
        )
        self.remind_button.setVisible(n > 0)
        self.remind_button.setEnabled(not self.busy)
        self.check_button.setEnabled(not self.busy)

    def _check(self) -> None:
        self.checkRequested.emit()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ActivationPanel", "Who has signed in"))
        self.check_button.setText(QCoreApplication.translate("ActivationPanel", "Check &again"))
        self.list.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ActivationPanel", "Name"),
                QCoreApplication.translate("ActivationPanel", "Address"),
                QCoreApplication.translate("ActivationPanel", "State"),
                QCoreApplication.translate("ActivationPanel", "Since"),
            ]
        )
        self.list.setAccessibleName(
            QCoreApplication.translate("ActivationPanel", "The people who have not signed in yet")
        )
        if self.progress.isVisible():
            self.show_progress(self.progress.value(), self.progress.maximum())
        self._show()
        self._show_done()
