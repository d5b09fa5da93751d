"""Setting up the records through the DNS host's API, in one window: reading the zone, the preview to confirm,
the changes being made (n of m, the current one, time left, Cancel), and the result — with "Undo these changes"
(confirmed) and "Save the backup…".

Nothing is applied before "Apply these changes". The dialog only shows: ``actions`` (the page's) passes each
intent on to the session, and the session's answers come back through the ``show_…`` methods."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui import access, palette
from mailwizard.ui.messages import duration, has_text, message
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.dns_change_rows import ChangesTree, change_line

READING, PREVIEW, WORKING, RESULT = range(4)
# the plan's advice for typing the records by hand that the listed changes carry out themselves (the removals):
# "Delete the old MX records…" beside a preview that deletes them would read as a task left to the user
DONE_BY_THE_CHANGES = frozenset({"plan.mx_remove_old", "plan.spf_multiple", "plan.cname_conflict"})


@dataclass
class ApplyActions:
    """The page's intents, each passed on to the session (core/session/dns_apply)."""

    preview: Callable[[], None]
    apply: Callable[[], None]
    undo: Callable[[], None]
    cancel: Callable[[], None]
    save_backup: Callable[[], None]
    other_key: Callable[[], None] | None = None  # "Use a different key…": the key's window instead of this one


def problem_text(problem: str | None, params=None) -> str:
    key = f"dnshost.{problem}" if problem and not str(problem).startswith("dnshost.") else str(problem or "")
    if has_text(key):
        return message(key, params or {})
    return QCoreApplication.translate("DnsApplyDialog", "Your DNS host did not answer as expected.")


def plain(label: str) -> str:
    """A button's text as a sentence quotes it: without its mnemonic ("&Apply again", "再次应用(&A)")."""
    return re.sub(r"\s*\(&\w\)", "", label).replace("&", "")


def confirm_undo(parent: QWidget, host_name: str) -> bool:
    """Undo asks first, with the consequence in words; "Keep them" is the default and Esc."""
    title = QCoreApplication.translate("DnsApplyDialog", "Undo these changes?")
    text = QCoreApplication.translate(
        "DnsApplyDialog", "Every record MailWizard added, changed or removed at {host} goes back to what it was "
        "before. Your email then works as it did before, and the DNS step shows the records to add again.")
    box = QMessageBox(QMessageBox.Icon.Question, title, text.format(host=host_name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("dns_undo_confirm")
    undo = box.addButton(QCoreApplication.translate("DnsApplyDialog", "&Undo the changes"),
                         QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DnsApplyDialog", "&Keep them"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is undo


class DnsApplyDialog(QDialog):
    def __init__(self, host_name: str, actions: ApplyActions, *, host=None, domain: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dns_apply_dialog")
        self.host_name, self.actions, self.host, self.domain = host_name, actions, host, domain
        self.setWindowTitle(self.tr("Set up the records at {host}").format(host=host_name))
        self.mode = "preview"  # "applying" | "undoing" while changes are made
        self._changed_meanwhile = False
        self.applied = self.total = 0
        self._previewed = False  # a preview was shown: "Try again" applies; before one, it reads again
        self._started = 0.0
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(objectName="dns_apply_stack")
        layout.addWidget(self.stack, 1)
        # while the changes are made and after a stop: each of them, ticked as it is made (what happened, per item)
        self.run_list = ChangesTree()
        self.run_list.setObjectName("dns_run_list")
        self.run_list.hide()
        layout.addWidget(self.run_list, 3)
        self._changes: list = []

        # reading the zone
        reading = QWidget()
        column = QVBoxLayout(reading)
        self.reading_text = QLabel(self.tr("Reading the records {host} holds for {domain}…").format(
            host=host_name, domain=domain), objectName="dns_reading")
        self.reading_text.setWordWrap(True)
        self.reading_bar = self._bar("dns_reading_bar", self.tr("Reading the records"))
        self.reading_bar.setRange(0, 0)
        column.addWidget(self.reading_text)
        column.addWidget(self.reading_bar)
        column.addStretch(1)
        self.stack.addWidget(reading)

        # the preview
        preview = QWidget()
        column = QVBoxLayout(preview)
        column.setContentsMargins(0, 0, 0, 0)
        self._intro = self.tr(
            "<b>Check these changes.</b> Nothing has been changed yet: MailWizard makes them at {host} when you "
            "click “Apply these changes”.").format(host=html.escape(host_name))
        self.preview_intro = QLabel(self._intro, objectName="dns_preview_intro")
        self.preview_intro.setWordWrap(True)
        self.changes = ChangesTree()
        self.untouched = QLabel(self.tr(
            "Every other record at {host} stays exactly as it is. Before changing anything MailWizard keeps a copy "
            "of each record it changes or removes, so you can undo.").format(host=host_name),
            objectName="dns_untouched")
        self.untouched.setWordWrap(True)
        self.warnings = QLabel(objectName="dns_preview_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        palette.tint(self.warnings, "color: {action};")
        self.kept_note = QLabel(objectName="dns_key_kept_note")  # no keychain: said once, here if not before
        self.kept_note.setWordWrap(True)
        palette.tint(self.kept_note, "color: {waiting};")
        self.kept_note.hide()
        for widget in (self.preview_intro, self.changes, self.untouched, self.warnings, self.kept_note):
            column.addWidget(widget, 1 if widget is self.changes else 0)
        self.stack.addWidget(preview)

        # the changes being made
        working = QWidget()
        column = QVBoxLayout(working)
        self.working_title = QLabel(objectName="dns_working_title")
        self.working_title.setWordWrap(True)
        self.progress = self._bar("dns_progress", self.tr("Changes made"))
        self.current = QLabel(objectName="dns_current_change")
        self.current.setWordWrap(True)
        self.time_left = QLabel(objectName="dns_time_left")
        palette.tint(self.time_left, "color: {waiting};")
        for widget in (self.working_title, self.progress, self.current, self.time_left):
            column.addWidget(widget)
        column.addStretch(1)
        self.stack.addWidget(working)

        # the result
        result = QWidget()
        column = QVBoxLayout(result)
        self.result = StatusLine(objectName="dns_apply_result")
        self.next_steps = QLabel(objectName="dns_next_steps")
        self.next_steps.setWordWrap(True)
        self.details = QLabel(objectName="dns_failure_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette.tint(self.details, "color: {waiting};")
        for widget in (self.result, self.next_steps, self.details):
            column.addWidget(widget)
        column.addStretch(1)
        self.stack.addWidget(result)

        # the buttons: secondary ones on the left, the one primary action bottom right
        row = QHBoxLayout()
        # the key in use is the keychain's (or practice's): another one a click away, beside the preview
        other = actions.other_key or self.reject
        self.other_key = self._button("dns_other_key", self.tr("Use a different &key…"), other)
        self.undo_button = self._button("dns_undo", self.tr("&Undo these changes…"), self._ask_undo)
        self.save_backup = self._button("dns_save_backup", self.tr("&Save the backup…"), actions.save_backup)
        self.cancel_button = self._button("dns_apply_cancel", self.tr("&Cancel"), self._cancel)
        self.apply_button = self._button("dns_apply_confirm", self.tr("&Apply these changes"), self._apply)
        self.retry_button = self._button("dns_retry", self.tr("&Try again"), self._apply)
        self.close_button = self._button("dns_apply_close", self.tr("C&lose"), self.accept)
        for button in (self.other_key, self.undo_button, self.save_backup):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.cancel_button, self.retry_button, self.apply_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.resize(860, 560)  # fits a 1366×768 screen with the window's frame and the taskbar
        self.show_reading()

    def _bar(self, name: str, accessible: str) -> QProgressBar:
        bar = QProgressBar(objectName=name)
        bar.setAccessibleName(accessible)
        return bar

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())  # the intents take no "checked"
        return button

    def _buttons(self, *shown: QPushButton, primary: QPushButton | None = None) -> None:
        for button in (self.other_key, self.undo_button, self.save_backup, self.cancel_button, self.apply_button,
                       self.retry_button, self.close_button):
            button.setVisible(button in shown)
            button.setDefault(button is primary)
        if primary is not None:
            primary.setFocus()

    # --- the pages ---------------------------------------------------------------------------------
    def _show_run_list(self, shown: bool) -> None:
        """The list below the progress takes the room; the lines above it keep their own height."""
        self.run_list.setVisible(shown)
        page = self.stack.currentWidget()
        self.stack.setMaximumHeight(page.sizeHint().height() if shown else 16777215)

    def show_reading(self) -> None:
        self.stack.setCurrentIndex(READING)
        self._show_run_list(False)
        self._buttons(self.cancel_button)

    def show_preview(self, changes, warnings) -> None:
        self.mode = "preview"
        self.changes.show_changes(changes, self.host, self.domain)
        texts = [message(key, params) for key, params in (warnings or []) if key not in DONE_BY_THE_CHANGES]
        self.warnings.setText("".join(f"<p>⚠ {html.escape(t)}</p>" for t in texts))
        self.warnings.setVisible(bool(texts))
        self.total, self._previewed = len(changes), True
        self._changes = list(changes)
        self.stack.setCurrentIndex(PREVIEW)
        self._show_run_list(False)
        self.preview_intro.setText(self._intro)
        if self._changed_meanwhile:
            self._changed_meanwhile = False
            self.preview_intro.setText(self.tr(
                "<b>The records at {host} changed since you looked, so nothing was changed.</b> Here are the changes "
                "as they are now; check them again.").format(host=html.escape(self.host_name)))
        if not changes:
            self.preview_intro.setText(self.tr("<b>Nothing to change.</b> {host} already holds every record your "
                                               "email needs.").format(host=html.escape(self.host_name)))
            self._buttons(self.close_button, primary=self.close_button)
            return
        shown = (self.other_key,) if self.actions.other_key is not None else ()
        self._buttons(*shown, self.cancel_button, self.apply_button, primary=self.apply_button)
        self.changes.setFocus()

    def show_in_memory(self) -> None:
        """This computer has no keychain MailWizard can use: the key lasts until MailWizard closes."""
        self.kept_note.setText(self.tr("This computer has no password store MailWizard can use, so the key is kept "
                                       "only until MailWizard closes. You will be asked for it again next time."))
        self.kept_note.show()
        access.announce(self.kept_note)

    def zone_changed(self) -> None:
        """The zone changed after the preview (someone edited it at the host): nothing was applied; the new
        preview that follows says so."""
        self._changed_meanwhile = True

    def show_progress(self, done: int, total: int, current) -> None:
        if self.stack.currentIndex() != WORKING:
            self._start_working(total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m"))
        self.working_title.setText((self.tr("Undoing the changes at {host}: {done} of {total} done.")
                                    if self.mode == "undoing" else self.tr(
                                        "Making the changes at {host}: {done} of {total} done.")).format(
            host=self.host_name, done=done, total=total))
        if current is not None:
            self.current.setText(change_line(current, self.host, self.domain, undoing=self.mode == "undoing"))
            self.run_list.mark_done(current, self.tr("Undone") if self.mode == "undoing" else self.tr("Done"))
        self.time_left.setText(self._time_left(done, total))

    def _start_working(self, total: int) -> None:
        self._started = time.monotonic()
        self.stack.setCurrentIndex(WORKING)
        if self._changes:
            self.run_list.show_changes(self._changes, self.host, self.domain)
            self._show_run_list(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.current.clear()
        self._buttons(self.cancel_button)

    def _time_left(self, done: int, total: int) -> str:
        if done <= 0 or done >= total:
            return self.tr("Time left: a few seconds") if done < total else ""
        per = (time.monotonic() - self._started) / done
        seconds = int(per * (total - done))
        if seconds < 60:
            return self.tr("Time left: a few seconds")
        return self.tr("Time left: {duration}").format(duration=duration(seconds))

    def show_done(self, applied: int | None) -> None:
        """``applied``: how many changes this run made; None for a run shown again after its window closed."""
        self.mode, self.applied = "applied", applied or 0
        self._previewed = True
        self.stack.setCurrentIndex(RESULT)
        if applied is None:
            done = self.tr("MailWizard set up the records at {host}.")
        else:
            done = self.tr("1 change made at {host}.") if applied == 1 else self.tr("{n} changes made at {host}.")
        self.result.set_status(Status.DONE, done.format(n=applied, host=self.host_name))
        self.next_steps.setText(self.tr(
            "The panel “What the internet sees now” on the DNS step shows the records arriving; this can take from "
            "minutes to a few hours, and MailWizard keeps checking. If something goes wrong, “Undo these changes” "
            "puts every record back as it was."))
        self.details.clear()
        self._buttons(self.undo_button, self.save_backup, self.close_button, primary=self.close_button)

    def show_undone(self) -> None:
        self.mode = "undone"
        self.stack.setCurrentIndex(RESULT)
        self.result.set_status(Status.DONE, self.tr("Undone: every record at {host} is back as it was before.")
                               .format(host=self.host_name))
        self.next_steps.setText(self.tr("You can add the records yourself as the DNS step shows, or set them up "
                                        "here again later."))
        self.details.clear()
        self._buttons(self.save_backup, self.close_button, primary=self.close_button)

    def show_failed(self, problem: str | None, detail: str = "", done: int = 0, params=None) -> None:
        undoing = self.mode == "undoing"
        self.stack.setCurrentIndex(RESULT)
        self.result.set_status(Status.PROBLEM, problem_text(problem, params))
        # the button says what the host's message says to click ("… click Apply again")
        again = self.tr("&Apply again") if self._previewed and not undoing else self.tr("&Try again")
        self.retry_button.setText(again)
        again = plain(again)
        if undoing:
            what = self.tr("The undo stopped. The records not yet put back are in the backup; “{again}” goes on "
                           "where it stopped.").format(again=again)
        elif done:
            what = self.tr("{done} of {total} changes were made before it stopped. “{again}” goes on where it "
                           "stopped and never makes a change twice; “Undo these changes” puts everything back."
                           ).format(done=done, total=self.total, again=again)
        else:
            what = self.tr("Nothing was changed. Fix what the message says, then click “{again}”; or close this "
                           "window and add the records yourself.").format(again=again)
        self.next_steps.setText(what)
        self.details.setText(self.tr("Details for support: {detail}").format(detail=detail) if detail else "")
        shown = [self.retry_button, self.close_button]
        if done or undoing:  # something was changed: its backup, and (applying) the way back
            shown.insert(0, self.save_backup)
        if done and not undoing:
            shown.insert(0, self.undo_button)
        self._buttons(*shown, primary=self.retry_button)
        self._show_run_list(self.run_list.isVisible())  # the list stays: which changes were made
        access.announce(self.result.text, alert=True)

    # --- the user's intents --------------------------------------------------------------------------
    def _apply(self) -> None:
        if self.mode == "undoing":
            self.undo_now()
            return
        if not self._previewed:  # reading the zone failed (a wrong key, no connection): read it again
            self.show_reading()
            self.actions.preview()
            return
        self.mode = "applying"
        self._start_working(self.total)
        self.working_title.setText(self.tr("Making the changes at {host}…").format(host=self.host_name))
        self.actions.apply()

    def resume(self) -> None:
        """Goes on with a run that stopped: the session makes only the changes still missing."""
        self._previewed = True
        self._apply()

    def _ask_undo(self) -> None:
        if confirm_undo(self, self.host_name):
            self.undo_now()

    def undo_now(self, changes=None) -> None:
        """``changes``: the run's (where this window did not make them: undo from the page)."""
        if changes is not None:
            self._changes, self.total = list(changes), len(changes)
        self.mode = "undoing"
        self._start_working(self.applied or self.total)
        self.working_title.setText(self.tr("Undoing the changes at {host}…").format(host=self.host_name))
        self.actions.undo()

    def _cancel(self) -> None:
        if self.stack.currentIndex() in (READING, WORKING):
            self.actions.cancel()
        if self.stack.currentIndex() == WORKING:
            self.show_failed(None, "", self.progress.value())
            self.result.set_status(Status.ACTION, self.tr("Stopped. “{again}” goes on where it stopped.").format(
                again=plain(self.retry_button.text())))
            return
        self.reject()

    def reject(self) -> None:
        if self.stack.currentIndex() == WORKING:  # Esc while changes are made: stop, never walk away silently
            self._cancel()
            return
        super().reject()
