""""Move old mail in…", third tab: the copy, per person (progress, time left, what happened — with the messages the
new server refused listed), with Start, Pause, Resume and Cancel. A copy stopped (or MailWizard closed) goes on later
from where it was: nothing is copied twice, nothing deleted on the old server. Problems are kept as message keys and
said again in the language chosen later."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, StatusLine, status_word

WAITING, COPYING, PAUSED, DONE, FAILED, STOPPED = "waiting", "copying", "paused", "done", "failed", "stopped"
LISTED = 5  # refused messages named per kind; the rest counted


def time_left(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    minutes = round(seconds / 60)
    if seconds < 60:
        return QCoreApplication.translate("CopyBox", "less than a minute left")
    if minutes < 90:
        return QCoreApplication.translate("CopyBox", "about {n} min left").format(n=minutes)
    return QCoreApplication.translate("CopyBox", "about {n} h left").format(n=round(seconds / 3600, 1))


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _date(text: str) -> str:
    """A message's Date header as a short date in the language chosen (as it was, when it cannot be read)."""
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return text
    return QLocale().toString(when.date(), QLocale.FormatType.ShortFormat)


def refused_text(refused: list) -> str:
    """The messages the new server refused (core/migration/journal.RefusedMessage), too big ones first."""
    parts = []
    for too_big in (True, False):
        items = [r for r in refused if r.refusal.too_big is too_big]
        if not items:
            continue
        heading = QCoreApplication.translate("CopyBox", "Too big for the new mailbox ({n}), still in the old one:") \
            if too_big else QCoreApplication.translate("CopyBox", "Refused by the new mailbox ({n}), still in the old "
                                                                   "one:")
        lines = [heading.format(n=len(items))]
        for r in items[:LISTED]:
            subject = r.refusal.subject or QCoreApplication.translate("CopyBox", "(no subject)")
            lines.append(QCoreApplication.translate("CopyBox", "• “{subject}”, {date}, {size}, in {folder}").format(
                subject=subject, date=_date(r.refusal.date), size=_size(r.refusal.size), folder=r.folder))
        if len(items) > LISTED:
            lines.append(QCoreApplication.translate("CopyBox", "…and {n} more").format(n=len(items) - LISTED))
        if not too_big and items[0].refusal.reason:
            lines.append(QCoreApplication.translate("CopyBox", "The server said: {words}").format(
                words=items[0].refusal.reason))
        parts.append("\n".join(lines))
    return "\n".join(parts)


class CopyRow:
    def __init__(self, name: str, address: str, index: int) -> None:
        self.address, self.state = address, WAITING
        self.done, self.total, self.seconds_left = 0, 0, None
        self.problem_key, self.problem_params, self.refused = "", {}, []  # said in the language of the moment
        self.name = QLabel(name)
        self.name.setToolTip(address)
        self.bar = QProgressBar(objectName=f"moving_progress_{index}")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.text = QLabel(objectName=f"moving_progress_text_{index}")
        self.text.setWordWrap(True)

    def show(self) -> None:
        self.bar.setRange(0, max(1, self.total))
        self.bar.setValue(min(self.done, max(1, self.total)))
        counted = QCoreApplication.translate("CopyBox", "{done} of {total} messages").format(
            done=self.done, total=self.total) if self.total else ""
        if self.state == COPYING:
            counted = counted or QCoreApplication.translate("CopyBox", "counting the messages…")
            left = time_left(self.seconds_left)
            text = QCoreApplication.translate("CopyBox", "{counted}, {left}").format(counted=counted, left=left) \
                if left else counted
        elif self.state == PAUSED:
            text = QCoreApplication.translate("CopyBox", "paused, {counted}").format(counted=counted) if counted \
                else QCoreApplication.translate("CopyBox", "paused")
        elif self.state == DONE:
            text = QCoreApplication.translate("CopyBox", "{word}: {n} messages copied").format(
                word=status_word(Status.DONE), n=self.done)
        elif self.state == FAILED:
            text = QCoreApplication.translate("CopyBox", "{word}: {problem}").format(
                word=status_word(Status.PROBLEM), problem=self.problem)
            if self.refused:
                text += "\n" + refused_text(self.refused)
        elif self.state == STOPPED:
            text = QCoreApplication.translate("CopyBox", "stopped; Start goes on from here")
        else:
            text = QCoreApplication.translate("CopyBox", "waiting")
        self.text.setText(text)
        self.bar.setAccessibleName(QCoreApplication.translate("CopyBox", "Copy of {name}'s mail").format(
            name=self.name.text()))
        self.bar.setAccessibleDescription(text)

    @property
    def problem(self) -> str:
        return message(self.problem_key, self.problem_params) if self.problem_key else ""

    def set_problem(self, key: str, params: Mapping[str, str] | None = None, refused: list | None = None) -> None:
        self.problem_key, self.problem_params, self.refused = key, dict(params or {}), list(refused or [])


class CopyBox(QWidget):
    startRequested = Signal()
    pauseRequested = Signal()
    resumeRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, CopyRow] = {}
        self.running = self.paused = False
        self.summary = StatusLine(objectName="moving_copy_status")
        self.start = QPushButton(objectName="moving_start")
        self.pause = QPushButton(objectName="moving_pause")
        self.resume = QPushButton(objectName="moving_resume")
        self.cancel = QPushButton(objectName="moving_cancel")
        for button, signal in ((self.start, self.startRequested), (self.pause, self.pauseRequested),
                               (self.resume, self.resumeRequested), (self.cancel, self.cancelRequested)):
            button.clicked.connect(signal)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.start, self.pause, self.resume, self.cancel):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.scroll = QScrollArea(objectName="moving_copy")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_widget)
        self.note = QLabel(objectName="moving_copy_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note)
        self.ready, self.why_not = False, ""
        self.ended = False  # a copy ended since the window opened: its outcome is the summary
        self.failure: tuple[str, dict] | None = None  # the whole copy stopped: a key and its parameters
        self.retranslate()

    def show_people(self, people: list[tuple[str, str]]) -> None:
        """(name, new address) of each person to copy, in the order of the list."""
        old = self.rows
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = {}
        for i, (name, address) in enumerate(people, start=1):
            row = CopyRow(name, address, i)
            if address in old:
                o = old[address]
                row.state, row.done, row.total, row.seconds_left = o.state, o.done, o.total, o.seconds_left
                row.set_problem(o.problem_key, o.problem_params, o.refused)
            self.grid.addWidget(row.name, i, 0)
            self.grid.addWidget(row.bar, i, 1)
            self.grid.addWidget(row.text, i, 2)
            row.show()
            self.rows[address] = row
        self.grid.setRowStretch(len(people) + 1, 1)
        self._buttons()

    def set_ready(self, ready: bool, why_not: str = "") -> None:
        self.ready, self.why_not = ready, why_not
        self._buttons()

    def progress(self, address: str, done: int, total: int, seconds_left) -> None:
        row = self.rows.get(address)
        if row is None:
            return
        row.state = PAUSED if self.paused else COPYING
        row.done, row.total, row.seconds_left = done, total, seconds_left
        row.show()
        self.running = True
        self._buttons()

    def copied(self, address: str, copied: int, skipped: int) -> None:
        row = self.rows.get(address)
        if row is not None:  # in the new mailbox now: copied by this run, found there, or copied by an earlier run
            row.state, row.done = DONE, max(row.done, copied + skipped)
            row.total = max(row.total, row.done)
            row.set_problem("")
            row.show()

    def failed(self, address: str, key: str, params: Mapping[str, str] | None = None,
               refused: list | None = None) -> None:
        """A person's copy stopped: a message key (migration.*) with its parameters, and the messages the new
        server refused (core/migration/journal.RefusedMessage) when that was why."""
        row = self.rows.get(address)
        if row is not None:
            row.state = FAILED
            row.set_problem(key, params, refused)
            row.show()
        elif not address:  # the whole copy stopped
            self.failure = (key, dict(params or {}))
            self._buttons()

    def set_running(self, running: bool, paused: bool = False) -> None:
        self.running, self.paused = running, paused
        if running:
            self.ended, self.failure = False, None
        for row in self.rows.values():
            if row.state in (COPYING, PAUSED):
                row.state = PAUSED if paused else (COPYING if running else WAITING)
                row.show()
        self._buttons()

    def finished(self) -> None:
        self.running = self.paused = False
        self.ended = True
        self._buttons()

    def _outcome(self) -> None:
        done = sum(r.state == DONE for r in self.rows.values())
        failed = [r for r in self.rows.values() if r.state == FAILED]
        stopped = sum(r.state == STOPPED for r in self.rows.values())
        if stopped and not failed:
            self.summary.set_status(Status.ACTION, self.tr(
                "Stopped: {done} of {total} people's mail copied. Start goes on where it stopped: nothing is copied "
                "twice.").format(done=done, total=len(self.rows)))
        elif failed:
            self.summary.set_status(Status.PROBLEM, self.tr(
                "{done} of {total} people's mail copied; {n} could not be: see below. Fix it and press Start "
                "again: what was copied is not copied twice.").format(done=done, total=len(self.rows),
                                                                      n=len(failed)))
        else:
            self.summary.set_status(Status.DONE, self.tr("Everyone's mail was copied ({n} people).").format(n=done))

    def _buttons(self) -> None:
        # everyone copied: the same button brings in only what arrived since (nothing is copied twice)
        again = self.ended and self.failure is None and bool(self.rows) and all(
            r.state == DONE for r in self.rows.values())
        self.start.setText(self.tr("Copy &again (new mail only)") if again else self.tr("S&tart copying"))
        self.start.setVisible(not self.running)
        self.start.setEnabled(self.ready)
        self.pause.setVisible(self.running and not self.paused)
        self.resume.setVisible(self.running and self.paused)
        self.cancel.setVisible(self.running)
        if self.running:
            busy = [r for r in self.rows.values() if r.state in (COPYING, PAUSED)]
            done = sum(r.done for r in self.rows.values())
            total = sum(r.total for r in self.rows.values())
            text = self.tr("{done} of {total} messages copied so far.") if self.paused else self.tr(
                "{done} of {total} messages so far ({n} people at a time).")
            self.summary.set_status(Status.WAITING, text.format(done=done, total=total, n=max(1, len(busy))),
                                    word=self.tr("Paused") if self.paused else self.tr("Copying"))
        elif self.failure is not None:
            self.summary.set_status(Status.PROBLEM, message(*self.failure))
        elif self.ended:
            self._outcome()
        elif self.summary.status is None or self.summary.status is Status.ACTION:
            if self.ready:
                self.summary.set_status(Status.ACTION, self.tr("Ready to copy the mail of {n} people.").format(
                    n=len(self.rows)))
            else:
                self.summary.set_status(Status.ACTION, self.why_not or self.tr(
                    "Check the old server on tab 1 and type the old logins on tab 2 first."))

    def retranslate(self) -> None:
        self.scroll.setAccessibleName(self.tr("Each person's copy"))
        self.pause.setText(self.tr("&Pause"))
        self.resume.setText(self.tr("Res&ume"))
        self.cancel.setText(self.tr("Stop the cop&y"))
        self.note.setText(self.tr("Nothing is deleted or changed on the old server. A copy that was paused, stopped or "
                             "cut off (MailWizard closed, the connection lost) goes on from where it was when you "
                             "start it again, and no message is copied twice."))
        for row in self.rows.values():
            row.show()
        self._buttons()
