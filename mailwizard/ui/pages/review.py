"""The regular account review, opened from the Summary ("Review accounts…"), not a wizard step: every account as
the provider reports it, what needs a look (each with a plain reason, what to do, and a button where the API allows
it — confirmed, then undoable), the staff spreadsheet that tells who has left, the domain's mail records checked
again, and the dated report. It sends intents through the controller and renders what the session reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets import review_flags as rf
from mailwizard.ui.widgets.activation_panel import day
from mailwizard.ui.widgets.review_accounts import ReviewAccounts
from mailwizard.ui.widgets.review_confirm import confirm_action
from mailwizard.ui.widgets.review_flags import ReviewFlags
from mailwizard.ui.widgets.review_records import ReviewRecords
from mailwizard.ui.widgets.review_report import ReviewReport

FLAGS, ACCOUNTS, RECORDS, REPORT = range(4)


class Due:
    """The reviewDue signal's values, as ReviewDue reads them."""

    def __init__(self, last, interval_days, due, next_due=None) -> None:
        self.last, self.interval_days, self.due, self.next_due = last, interval_days, due, next_due


class ReviewPage(QWidget):
    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self.controller = controller
        self.snapshot, self.flags_found = None, []
        self.reading = False
        self._problem: tuple[str, dict] | None = None
        self._records_result = None
        self.heading = QLabel(objectName="review_heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(objectName="review_intro")
        self.intro.setWordWrap(True)
        self.status = StatusLine(objectName="review_status")
        self.check = QPushButton(objectName="review_check")
        self.check.clicked.connect(self.refresh)
        self.staff_label = QLabel(objectName="review_staff")
        self.staff_label.setWordWrap(True)
        self.staff_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_button = QPushButton(objectName="review_staff_choose")
        self.staff_button.clicked.connect(self._choose_staff)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.check)
        staff = QHBoxLayout()
        staff.addWidget(self.staff_label, 1)
        staff.addWidget(self.staff_button)
        self.tabs = QTabWidget(objectName="review_tabs")
        self.flags = ReviewFlags()
        self.accounts = ReviewAccounts()
        self.records = ReviewRecords()
        self.report = ReviewReport()
        for widget in (self.flags, self.accounts, self.records, self.report):
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(staff)
        layout.addWidget(self.tabs, 1)

        self.flags.actionRequested.connect(self._act)
        self.flags.undoRequested.connect(self._undo)
        self.records.checkRequested.connect(self.check_records)
        self.report.saveRequested.connect(self._save)
        self.report.logoChosen.connect(controller.set_review_report_logo)
        self.report.intervalChanged.connect(self._interval)
        controller.reviewRead.connect(self._read)
        controller.reviewFailed.connect(self._failed)
        controller.staffRead.connect(lambda _staff: self._staff())
        controller.reviewActionDone.connect(self._done)
        controller.reviewActionUncertain.connect(lambda a, _undo: self._settled(a, rf.UNCERTAIN))
        controller.reviewActionUndone.connect(lambda a: self._settled(a, rf.UNDONE))
        controller.recordsChecked.connect(self._records)
        controller.reportSaved.connect(self._saved)
        controller.reportFailed.connect(self._report_failed)
        controller.reviewDue.connect(lambda *due: self.report.show_due(Due(*due)))
        controller.connectionChanged.connect(self._connection_changed)
        controller.tasks.activityChanged.connect(self._working)
        self.retranslate()

    def _provider(self) -> str:
        """The provider as the review's sentences name it ("Practice (no real accounts)'s admin console" read
        oddly: practice says "the practice provider")."""
        if self.controller.in_practice:
            return QCoreApplication.translate("Review", "the practice provider")
        return self.controller.provider_name()

    # --- opening -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Shown: the last reading at once, then the accounts read again (the sign-in restored first)."""
        kept = self.controller.last_review()
        if kept is not None and self.snapshot is None:
            self._read(*kept)
        records = self.controller.review_records()
        if records is not None and self._records_result is None:
            self._records(records)
        self.report.show_logo(self.controller.review_report_logo())
        self.report.show_due(self.controller.review_due())
        self._staff()
        self.refresh()
        self.check_records()

    def refresh(self) -> None:
        self._problem = None
        self.reading = True
        self._show_status()
        if self.controller.review_available():
            self.controller.refresh_review()
        elif self.controller.state.connected_account:  # a fresh start: read once the sign-in is restored
            self.controller.restore_connection()
        else:
            self.controller.refresh_review()  # says why it cannot (ReviewFailed)

    def _connection_changed(self, key: str, params) -> None:
        if not self.reading:
            return
        if not key and self.controller.review_available():
            self.controller.refresh_review()
        elif key:  # the sign-in could not be restored: where to sign in again (no Connect button here)
            self.reading = False
            self._show_problem("review.unavailable", {"provider": self._provider()})

    def check_records(self) -> None:
        self.records.show_checking()
        self.controller.check_review_records()

    # --- what the session reports ------------------------------------------------------------------
    def _read(self, snapshot, flags) -> None:
        self.snapshot, self.flags_found, self.reading = snapshot, list(flags), False
        provider = self._provider()
        staff = self.controller.staff_list()
        self.flags.show_flags(self.flags_found, snapshot, provider, staff.source if staff is not None else "")
        self.accounts.show_snapshot(snapshot, provider, {f.address for f in self.flags_found})
        self._history()
        self._show_status()

    def _working(self) -> None:
        """Actions whose task still runs (core/session/review.py names it "review-action:<key>"; after ActionDone it
        reads the account again): their Undo waits, since the session drops a click on an action under way."""
        prefix = "review-action:"
        self.flags.set_working({n[len(prefix):] for n in self.controller.tasks.names if n.startswith(prefix)})

    def _history(self) -> None:
        shown = {card.flag.action.key for card in self.flags.cards if card.flag.action is not None}
        self.flags.history.show_records(self.controller.review_history(), shown)
        self.flags.tab_order()

    def _failed(self, key: str, detail: str, params) -> None:
        params = {"provider": self._provider(), **dict(params or {})}
        for card in self.flags.cards:  # an action (its key is the detail) that could not be done: said on its card
            action = card.flag.action
            if action is not None and action.key == detail:
                self.flags.set_state(action, rf.FAILED if card.state != rf.UNDOING else rf.DONE,
                                     detail=message(key, params))
                return
        if self.flags.history.busy(detail):  # an earlier review's change could not be undone
            self.flags.history.settled(detail)
        if self.staff_label.property("reading"):
            self.staff_label.setProperty("reading", False)
            self._staff(problem=message(key, params))
            return
        self.reading = False
        self._show_problem(key, params)

    def _report_failed(self, key: str, _detail: str) -> None:
        params = {"provider": self._provider(), "domain": self.controller.shown_domain()}
        if self.report.busy:
            self.report.show_failed(message(key, params))
        else:
            self.records.show_failed(message(key, params))

    def _records(self, result) -> None:
        self._records_result = result
        self.records.show_lines(*records_lines(result, self._provider()))

    def _done(self, action, undoable: bool) -> None:
        self.flags.set_state(action, rf.DONE, undoable=bool(undoable))
        self._history()

    def _saved(self, paths) -> None:
        self.report.show_saved(list(paths))

    # --- the admin's choices -----------------------------------------------------------------------
    def _act(self, flag) -> None:
        action = flag.action
        account = next((a for a in self.snapshot.accounts if a.address == flag.address), None) \
            if self.snapshot is not None else None
        if not confirm_action(action, account, self._provider(), self.controller.in_practice,
                              self.window()):
            return
        self.flags.set_state(action, rf.RUNNING)
        self.controller.run_review_action(action)

    def _settled(self, action, state: str) -> None:
        self.flags.set_state(action, state)
        self._history()

    def _undo(self, action) -> None:
        self.flags.set_state(action, rf.UNDOING)
        self.flags.history.undoing(action)
        self.controller.undo_review_action(action)

    def _choose_staff(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("Review", "Choose the staff spreadsheet"), str(Path.home()),
            QCoreApplication.translate("Review", "Spreadsheets") + " (*.xlsx *.csv *.txt *.tsv)")
        if path:
            self.set_staff(path)

    def set_staff(self, path: str) -> None:
        self.staff_label.setText(QCoreApplication.translate("Review", "Reading {file}…").format(file=Path(path).name))
        self.staff_label.setProperty("reading", True)
        self.controller.set_staff_file(path)

    def _save(self, folder: str) -> None:
        self.controller.save_review_report(folder)

    def _interval(self, days: int) -> None:
        self.controller.set_review_interval(days)  # → reviewDue

    # --- texts ------------------------------------------------------------------------------------
    def _show_problem(self, key: str, params: dict) -> None:
        self._problem = (key, params)
        self.status.set_status(Status.PROBLEM, message(key, params))
        self.check.setEnabled(True)

    def _show_status(self) -> None:
        provider = self._provider()
        if self._problem is not None:
            self._show_problem(*self._problem)
        elif self.reading:
            self.status.set_status(Status.WAITING, QCoreApplication.translate(
                "Review", "Reading every account from {provider}…").format(provider=provider))
        elif self.snapshot is None:
            self.status.set_status(Status.WAITING, QCoreApplication.translate("Review", "Not read yet."))
        else:
            n = len(self.flags_found)
            when = day(self.snapshot.checked_at)
            if n == 1:
                text = QCoreApplication.translate("Review", "1 thing to look at among {total} accounts (read {date}).")
            elif n:
                text = QCoreApplication.translate(
                    "Review", "{n} things to look at among {total} accounts (read {date}).")
            else:
                text = QCoreApplication.translate("Review", "All {total} accounts look as they should (read {date}).")
            self.status.set_status(Status.ACTION if n else Status.DONE,
                                   text.format(n=n, total=len(self.snapshot.accounts), date=when))
        self.check.setEnabled(not self.reading)
        self._tab_titles()

    def _staff(self, problem: str = "") -> None:
        self.staff_label.setProperty("reading", False)
        staff = self.controller.staff_list()
        if problem:
            self.staff_label.setText(problem)
        elif staff is None:
            self.staff_label.setText(QCoreApplication.translate(
                "Review", "No staff spreadsheet yet. Give the latest list of staff, and MailWizard shows accounts "
                          "whose "
                "person is not on it (someone who has left)."))
        else:
            count = len(staff.addresses | staff.names) if not staff.addresses else len(staff.addresses)
            self.staff_label.setText(QCoreApplication.translate(
                "Review", "Staff spreadsheet: {file}, {n} people (read {date}).").format(
                file=staff.source or "—", n=count, date=day(staff.read_at)))

    def _tab_titles(self) -> None:
        n = len(self.flags_found)
        self.tabs.setTabText(FLAGS, QCoreApplication.translate("Review", "&To look at ({n})").format(n=n)
                             if self.snapshot is not None else QCoreApplication.translate("Review", "&To look at"))
        self.tabs.setTabText(ACCOUNTS, QCoreApplication.translate("Review", "&All accounts ({n})").format(
            n=len(self.snapshot.accounts)) if self.snapshot is not None else
            QCoreApplication.translate("Review", "&All accounts"))
        self.tabs.setTabText(RECORDS, QCoreApplication.translate("Review", "&Mail records"))
        self.tabs.setTabText(REPORT, QCoreApplication.translate("Review", "&Report and reminder"))

    def retranslate(self) -> None:
        provider = self._provider()
        self.heading.setText(QCoreApplication.translate("Review", "Review the accounts"))
        self.intro.setText(QCoreApplication.translate(
            "Review", "Every few months, check who has an account, who can manage the company's email, and where mail "
            "goes. MailWizard reads every account from {provider}; nothing changes there until you click a button "
            "and confirm.").format(provider=provider))
        self.check.setText(QCoreApplication.translate("Review", "Check a&gain"))
        self.staff_button.setText(QCoreApplication.translate("Review", "Choose the sta&ff spreadsheet…"))
        self.flags.retranslate()
        self.accounts.retranslate()
        self.records.retranslate()
        self.report.retranslate()
        if self._records_result is not None:
            self._records(self._records_result)
        self._show_status()
        self._staff()


def records_lines(result, provider: str):
    """The session's RecordsReview as the records tab shows it: a summary, each record in plain words with its
    status, and the DMARC step (its explanation, the record's name, the value to publish)."""
    from mailwizard.ui.pages.dns_records import purpose

    states = {"ok": Status.DONE, "drift": Status.ACTION, "advice": Status.ACTION, "unread": Status.WAITING,
              "on_its_way": Status.WAITING, "unknown": Status.WAITING}
    params_of = {"provider": provider}  # practice: "the practice provider", as in the review's other sentences
    lines = [(states.get(line.state, Status.WAITING), QCoreApplication.translate("Review", "{purpose}: {what}").format(
        purpose=purpose(line.key), what=message(line.message_key, {**line.params, **params_of})))
        for line in result.lines]
    drift = sum(1 for line in result.lines if line.state == "drift")
    when = day(result.checked_at)
    if result.unread:
        summary = (Status.WAITING, QCoreApplication.translate(
            "Review", "The records could not be read just now: the DNS servers did not answer. Check this computer's "
            "internet connection and check again."))
    elif drift:
        summary = (Status.ACTION, (QCoreApplication.translate(
            "Review", "1 record has changed since the set-up (checked {date}). Fix it at your DNS host as said below.")
            if drift == 1 else QCoreApplication.translate(
            "Review", "{n} records have changed since the set-up (checked {date}). Fix them at your DNS host as said "
            "below.")).format(n=drift, date=when))
    else:
        summary = (Status.DONE, QCoreApplication.translate(
            "Review", "The mail records are as your provider needs them (checked {date}).").format(date=when))
    step = result.dmarc_step
    shown = None
    if step is not None:
        shown = (message(step.message_key, {**step.params, **params_of}), step.name, step.proposed)
    return summary, lines, shown
