"""The Members step's creation run: the accounts created (or the console's import file saved), progress, outcome."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.members.failures import read_failure
from mailwizard.core.session.members import CREATE_TASK
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import duration, message
from mailwizard.ui.pages.base import ROW_SPACING
from mailwizard.ui.shared_text import handover_lines
from mailwizard.ui.status import Status, StatusLine, status_colour, status_word
from mailwizard.ui.widgets.members_model import MembersModel

if TYPE_CHECKING:
    from mailwizard.core.members.bulk import BulkReport

# Texts are looked up in the MembersPage translation context, where their zh_CN/zh_TW translations were made
# before this panel was split from the page: self.tr here would look under the panel's class name.


class MembersRunPanel(QWidget):
    """Signals: ``changed()`` when the step may have become done (the page passes it on).

    Creates the accounts of the page's ``model``; ``seat_limit`` tells how many the plan allows."""

    changed = Signal()

    def __init__(self, controller: WizardController, model: MembersModel, seat_limit: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.model, self._seat_limit = controller, model, seat_limit
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(ROW_SPACING)  # as when the status line and the buttons were rows of the page
        self.progress = QProgressBar(objectName="create_progress")
        self.progress_text = QLabel(objectName="create_progress_text")
        self.pause_button = QPushButton(objectName="pause", checkable=True)
        self.pause_button.toggled.connect(controller.pause_members)
        self.cancel_button = QPushButton(objectName="cancel_create")
        self.cancel_button.clicked.connect(controller.cancel_members)
        self.create_button = QPushButton(objectName="create_accounts")
        self.create_button.clicked.connect(self.create_accounts)
        self.handover_button = QPushButton(objectName="handover")
        self.handover_button.clicked.connect(self._ask_handover)
        self.manual_done_button = QPushButton(objectName="manual_done")
        self.manual_done_button.clicked.connect(self._manual_done)
        self.create_status = StatusLine(objectName="create_status")
        self.seats_line = QLabel(objectName="provider_seats")  # seats bought and in use, against the list
        self.seats_line.setWordWrap(True)
        self.seats_line.hide()
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.progress_text)
        run_row.addWidget(self.pause_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.handover_button)
        run_row.addWidget(self.manual_done_button)
        run_row.addWidget(self.create_button)
        column.addWidget(self.seats_line)
        column.addWidget(self.create_status)
        column.addLayout(run_row)
        self._started = 0.0
        self._last_report: BulkReport | None = None   # the last creation run's, for what it left to say
        self._last_progress: tuple[int, int, float, int] | None = None

        self._shared_words = ""  # the shared part's progress, after the accounts'
        controller.sharedProgress.connect(self._shared_progress)
        controller.sharedFinished.connect(lambda _report: self.show_run_state())
        controller.membersProgress.connect(self._progress)
        controller.membersFinished.connect(self._finished)
        controller.importFileSaved.connect(self._import_file_saved)
        controller.importFileFailed.connect(self._import_file_failed)
        self._layout = None
        self._import_problem: tuple[str, dict] | None = None  # why the last import file could not be written
        controller.connectionChanged.connect(lambda *_: self.show_run_state())
        controller.seatsLoaded.connect(lambda *_: self.show_run_state())
        controller.tasks.activityChanged.connect(self.show_run_state)

    def retranslate(self) -> None:
        self.pause_button.setText(QCoreApplication.translate("MembersPage", "Pa&use"))
        self.handover_button.setText(QCoreApplication.translate("MembersPage", "&Print hand-over sheets…"))
        self.manual_done_button.setText(QCoreApplication.translate("MembersPage", "I ha&ve imported the file"))
        self.cancel_button.setText(QCoreApplication.translate("MembersPage", "St&op creating"))
        self.progress.setAccessibleName(QCoreApplication.translate("MembersPage", "Accounts created"))
        self.cancel_button.setToolTip(QCoreApplication.translate(
            "MembersPage", "Accounts already created stay; the rest can be created later."))
        self._show_progress_words()

    # --- creating the accounts -----------------------------------------------------------
    def create_accounts(self) -> None:
        if self._by_hand():
            self._ask_import_file()
            return
        self._started = time.monotonic()
        self._last_report = None
        self._last_progress = None
        self._shared_words = ""
        self.controller.create_members(None)  # the page shows its own progress, pause and cancel
        self.show_run_state()

    def show_run_state(self) -> None:
        running = self.controller.tasks.is_running(CREATE_TASK)
        members = self.model.members
        statuses = self.controller.member_statuses()
        domain = self.controller.state.domain or ""
        remaining = [m for m in members if statuses.get(m.address(domain), ("",))[0] != "created"]
        seats = None if self._by_hand() else self.controller.seat_check()
        self._show_seats(seats)
        blocked = (bool(self.model.problems) or (self._seat_limit() is not None and len(members) > self._seat_limit())
                   or (seats is not None and seats.held) or bool(self.controller.shared_problems()))
        by_hand = self._by_hand()
        self.handover_button.setVisible(bool(self.controller.new_passwords) and not running)
        self.manual_done_button.setVisible(by_hand and bool(members) and not self.controller.state.members_done)
        if by_hand:
            # no admin API: the provider's console imports a file, and the admin tells us when it is done
            self.create_button.setText(QCoreApplication.translate("MembersPage", "&Save the import file…"))
            self.create_button.setEnabled(bool(members) and not blocked)
            provider, done = self.controller.provider_name(), self.controller.state.members_done
            if done:
                self.create_status.set_status(Status.DONE, self._all_exist(len(members)))
            elif self._import_problem is not None:
                self.create_status.set_status(Status.PROBLEM, message(*self._import_problem))
            elif self.controller.can_connect():
                self.create_status.set_status(Status.ACTION, QCoreApplication.translate(
                    "MembersPage", "Not connected to {provider}. Connect on the DNS step and MailWizard creates the "
                    "accounts for you — or save the import file, upload it in the {provider} admin console, then "
                    "click “I have imported the file”.").format(provider=provider))
            else:
                self.create_status.set_status(Status.ACTION, QCoreApplication.translate(
                    "MembersPage", "{provider} has no admin API MailWizard can use: save the import file, upload it "
                    "in its admin console (the next window shows where), then click “I have imported the "
                    "file”.").format(provider=provider))
            self.progress.setVisible(False)
            self.pause_button.setVisible(False)
            self.cancel_button.setVisible(False)
            return
        self.create_button.setText(QCoreApplication.translate("MembersPage", "&Create 1 account") if len(remaining) == 1
                                   else QCoreApplication.translate("MembersPage", "&Create {n} accounts").format(
                                       n=len(remaining)) if remaining
                                   else QCoreApplication.translate("SharedPanel", "&Create the shared addresses")
                                   if members and self._shared_left()
                                   else QCoreApplication.translate("MembersPage", "All accounts created") if members
                                   # an empty list has nothing created: say what comes first
                                   else QCoreApplication.translate("MembersPage", "Add people first"))
        self.create_button.setEnabled((bool(remaining) or self._shared_left()) and not blocked and not running
                                      and self.controller.can_create_members())
        self.pause_button.setVisible(running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running or (bool(members) and not remaining))
        if not self.controller.can_create_members() and remaining and not running:
            self.create_status.set_status(Status.ACTION, QCoreApplication.translate(
                "MembersPage", "Connect to your provider on the DNS step first; MailWizard creates the accounts "
                "through it."))
        elif not running and (shared := len(self.controller.shared_problems())):
            self.create_status.set_status(Status.ACTION, QCoreApplication.translate(
                "SharedPanel", "Nothing is created until the shared addresses and aliases are right ({n} to fix): "
                "each problem is said beside its row.").format(n=shared))
        elif not running and not remaining and members:
            self.create_status.set_status(Status.DONE, self._all_exist(len(members)))
        elif not running:  # what the last run left to do, until the next run
            self.create_status.set_status(*(self._outcome() or (None, "")))

    def _shared_left(self) -> bool:
        """Shared addresses or aliases the provider's API can still make (the accounts all exist)."""
        return self.controller.shared_support() is not None and not self.controller.shared_done()

    def _shared_progress(self, report) -> None:
        """The run's shared part: the bar and the words count the shared addresses and aliases made."""
        done = len(report.created) + len(report.skipped) + len(report.failed) + len(report.taken)
        self.progress.setMaximum(max(report.total, 1))
        self.progress.setValue(done)
        self._shared_words = QCoreApplication.translate(
            "SharedPanel", "Shared addresses and aliases: {done} of {total}").format(done=done, total=report.total)
        self._show_progress_words()

    def _show_seats(self, seats) -> None:
        """Seats in use and bought against what the list adds (a SeatCheck; None: the provider said nothing)."""
        self.seats_line.setVisible(seats is not None)
        if seats is None:
            return
        if seats.bought is None:
            self.seats_line.setText(html.escape(QCoreApplication.translate(
                "MembersPage", "Accounts at {provider}: {used} · it does not report how many seats you bought.")
                .format(provider=self.controller.provider_name(), used=seats.used)))
            return
        text = QCoreApplication.translate("MembersPage", "Seats: {used} of {bought} used").format(
            used=seats.used, bought=seats.bought)
        if seats.held:
            text = QCoreApplication.translate(
                "MembersPage", "{seats} · your list adds {adds} — {over} more than you have. Buy more seats in the "
                "admin console or remove members.").format(seats=text, adds=seats.adds, over=seats.over)
            self.seats_line.setText(f'<span style="color:{status_colour(Status.ACTION)}"><b>'
                                    f'{html.escape(status_word(Status.ACTION))}</b></span> — {html.escape(text)}')
            return
        if seats.adds:
            text = QCoreApplication.translate("MembersPage", "{seats} · your list adds {adds}.").format(
                seats=text, adds=seats.adds)
        else:
            text = QCoreApplication.translate("MembersPage", "{seats}.").format(seats=text)
        self.seats_line.setText(html.escape(text))

    def _by_hand(self) -> bool:
        """No admin API, or (Tencent, Alibaba) an edition without one and no connection: the console's import file."""
        return self.controller.members_by_hand()

    def _all_exist(self, n: int) -> str:
        return QCoreApplication.translate("MembersPage", "The account exists.") if n == 1 else \
            QCoreApplication.translate("MembersPage", "All {n} accounts exist.").format(n=n)

    def _ask_import_file(self) -> None:
        self.controller.import_layout(self._save_import_file)

    def _save_import_file(self, layout) -> None:
        kind = "Excel (*.xlsx)" if layout.format == "xlsx" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MembersPage", "Save the import file"),
                                              f"members-import{layout.suffix}", kind)
        if path:
            self._layout, self._import_problem = layout, None
            self.controller.save_import_file(Path(path), layout)

    def _import_file_saved(self, path: str, holds_passwords: bool, files: int = 1) -> None:
        """Where to upload it, step by step, and what to do with the file afterwards."""
        layout, lang = self._layout, self.controller.language
        if layout is None:
            return
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in layout.steps.get(lang))
        name = Path(path)
        saved = html.escape(name.name) if files == 1 else html.escape(
            f"{name.stem}-1{name.suffix} … {name.stem}-{files}{name.suffix}")
        parts = [QCoreApplication.translate(
            "MembersPage", "<p>Saved {file}.</p><p>In the {provider} admin console: <b>{menu}</b></p>").format(
            file=saved, provider=html.escape(self.controller.provider_name()), menu=html.escape(layout.menu.get(lang)))]
        if files > 1:
            parts.append(QCoreApplication.translate(
                "MembersPage", "<p>The console takes at most {max} people per file, so the list is in {n} files: "
                "upload them one after another.</p>").format(max=layout.max_rows, n=files))
        if steps:
            parts.append(f"<ol>{steps}</ol>")
        if not layout.confirmed:
            parts.append(QCoreApplication.translate(
                "MembersPage", "<p>MailWizard could not confirm this console's exact column layout: compare the "
                "file's columns with the template the console offers before you upload it.</p>"))
        if holds_passwords:
            parts.append(QCoreApplication.translate(
                "MembersPage", "<p><b>The file holds the members' temporary passwords.</b> Delete it as soon as the "
                "upload is done; the hand-over sheets print them for each member.</p>"))
        parts.append(QCoreApplication.translate(
            "MembersPage", "<p>When the console says the import is done, click “I have imported the file”.</p>"))
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MembersPage", "Import file saved"),
                          "".join(parts), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("import_file_saved")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        self.show_run_state()

    def _import_file_failed(self, key: str, params: dict) -> None:
        self._import_problem = (key, params)
        self.show_run_state()

    def _manual_done(self) -> None:
        self.controller.members_created_in_console()
        self.show_run_state()
        self.changed.emit()

    def _ask_handover(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MembersPage", "Save hand-over sheets"),
                                              "handover.html", "HTML (*.html)")
        if path:
            self.controller.save_text_file(Path(path), self.handover_html(), then_open=True)

    def _progress(self, report: BulkReport) -> None:
        self.progress.setMaximum(max(report.total, 1))
        self.progress.setValue(report.done)
        elapsed = time.monotonic() - self._started
        self._last_progress = (report.done, report.total, elapsed, len(report.failed) + len(report.taken))
        self._show_progress_words()
        self.model.statuses_changed()  # the session noted the report's statuses before telling

    def _show_progress_words(self) -> None:
        if self._last_progress is not None:
            done, total, elapsed, not_created = self._last_progress
            words = self.progress_words(done, total, elapsed, not_created=not_created)
            self.progress_text.setText(f"{words} · {self._shared_words}" if self._shared_words else words)
            self.progress.setAccessibleDescription(self.progress_text.text())  # read after the percentage

    def progress_words(self, done: int, total: int, elapsed: float, *, not_created: int = 0) -> str:
        """``done``: accounts dealt with so far, ``not_created`` of them refused or already someone else's."""
        made = QCoreApplication.translate("MembersPage", "{done} of {total} created").format(
            done=done - not_created, total=total)
        if not_created:
            made = QCoreApplication.translate("MembersPage", "{made} · {n} not created").format(made=made,
                                                                                                n=not_created)
        if not done or done >= total:
            return made
        left = elapsed / done * (total - done)
        if left < 60:
            return QCoreApplication.translate("MembersPage", "{made} · less than a minute left").format(made=made)
        return QCoreApplication.translate("MembersPage", "{made} · {duration} left").format(
            made=made, duration=duration(int(left)))

    def _finished(self, report: BulkReport | None) -> None:
        self.model.statuses_changed()
        if report is not None:
            self._last_report = report
        self.show_run_state()
        self.changed.emit()

    def _outcome(self) -> tuple[Status, str] | None:
        """What the last creation run left to say, in the current language (kept as the run's report, not as
        text, so a language switch says it again)."""
        report = self._last_report
        if report is None:
            return None
        if report.seats_full:
            return Status.PROBLEM, QCoreApplication.translate(
                "MembersPage", "Every seat you bought is in use: {ok} created, {n} not created. Buy more seats in "
                "the admin console or remove members, then click Create again; nothing is created twice.").format(
                ok=len(report.created) + len(report.skipped), n=len(report.failed) + len(report.not_started))
        if report.failed:
            # the first reason spelled out: the Status column is too narrow to read it without hovering
            domain = self.controller.state.domain or ""
            rows = [i for i, m in enumerate(self.model.members) if m.address(domain) in report.failed]
            first = self.model.members[rows[0]].address(domain) if rows else next(iter(report.failed))
            return Status.PROBLEM, QCoreApplication.translate(
                "MembersPage", "{ok} created, {bad} could not be created. Row {row}: {reason}. Fix them and click "
                "Create again; nothing is created twice.").format(
                ok=len(report.created) + len(report.skipped), bad=len(report.failed),
                row=rows[0] + 1 if rows else "?",
                reason=message(*read_failure(report.failed[first])).rstrip(".。"))
        if len(report.taken) == 1:
            return Status.ACTION, QCoreApplication.translate(
                "MembersPage", "1 address was already taken in your organisation: change it and create again.")
        if report.taken:
            return Status.ACTION, QCoreApplication.translate(
                "MembersPage", "{n} addresses were already taken in your organisation: change them and create "
                "again.").format(n=len(report.taken))
        return Status.DONE, self._all_exist(report.total)

    def _shared_works(self):
        """(part, local part) → whether the sheet may tell it: made through the API (its status "created"), or a
        part the admin makes in the console (the steps say how) — never one that failed or was found taken."""
        support, statuses = self.controller.shared_support(), self.controller.shared_statuses()
        domain = self.controller.state.domain or ""
        by_api = {"groups": bool(support and support.groups), "aliases": bool(support and support.aliases)}
        key = {"groups": "group", "aliases": "alias"}
        return lambda part, local: not by_api[part] or statuses.get(f"{key[part]}:{local}@{domain}", ("",))[0] \
            == "created"

    def handover_html(self) -> str:
        """A printable sheet per member: address and temporary password, to hand over in person."""
        e = html.escape
        domain = self.controller.shown_domain()
        your_address = QCoreApplication.translate("MembersPage", "Your new address")
        temporary = QCoreApplication.translate("MembersPage", "Temporary password")
        colon = QCoreApplication.translate("MembersPage", ": ")  # "：" in Chinese
        first_sign_in = QCoreApplication.translate("MembersPage",
                                                   "You will choose your own password when you first sign in.")
        sheets, shared = [], self.controller.shared_addresses()
        works = self._shared_works()
        for member in self.model.members:
            address = member.address(self.controller.state.domain or "")
            password = self.controller.new_passwords.get(address)
            if not password:
                continue
            shown = f"{member.local_part}@{domain}" if domain else address
            more = "".join(f"<p>{e(line)}</p>" for line in handover_lines(member, shared, domain or
                                                                          self.controller.state.domain or "", works))
            sheets.append(f"<section style='page-break-after:always'><h2>{e(member.display_name)}</h2>"
                          f"<p>{e(your_address)}{e(colon)}<b>{e(shown)}</b></p>{more}"
                          f"<p>{e(temporary)}{e(colon)}<code>{e(password)}</code></p>"
                          f"<p>{e(first_sign_in)}</p></section>")
        return "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + "".join(sheets) + "</body></html>"
