"""The activation panel (who has signed in, reminders): fed report-shaped data directly, as the session gives it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError

from mailwizard.ui.status import Status
from mailwizard.ui.widgets.activation_panel import ActivationPanel
from mailwizard.ui.widgets.activation_remind import RemindDialog, confirm_remind


@dataclass
class Member:  # the shape of core's MemberActivation
    address: str
    name: str
    state: str
    since: str | None
    days_waiting: int | None


@dataclass
class Report:  # the shape of core's ActivationReport
    members: list
    reported: bool
    source: str = "https://example.invalid/doc"
    checked_at: str = "2026-12-03T09:00:00+00:00"


def fifty() -> Report:
    members = [Member(f"p{i}@example.com", f"Person {i}", "password_changed" if i % 2 else "signed_in",
                      "2026-11-20T08:00:00Z", None) for i in range(42)]
    members += [Member(f"w{i}@example.com", f"Waiting {i}", "invited", "2026-11-29T08:00:00Z", 4)
                for i in range(8)]
    return Report(members, reported=True)


def panel_for(qtbot, report) -> ActivationPanel:
    panel = ActivationPanel()
    qtbot.addWidget(panel)
    panel.show_report(report)
    panel.show()
    return panel


def test_the_count_and_the_list_match_the_report(qtbot) -> None:
    panel = panel_for(qtbot, fifty())
    assert panel.count.status is Status.WAITING
    assert panel.count.plain.startswith("42 of 50 have signed in")
    assert panel.list.rowCount() == 8
    assert [panel.list.item(r, 1).text() for r in range(8)] == [f"w{i}@example.com" for i in range(8)]
    assert panel.list.item(0, 0).text() == "Waiting 0"
    assert panel.list.item(0, 2).text() == "Not signed in yet"
    assert "4 days waiting" in panel.list.item(0, 3).text() and "2026" in panel.list.item(0, 3).text()
    assert panel.remind_button.text() == "Re&mind the 8 who have not signed in…"
    assert panel.remind_button.isVisible() and panel.check_button.isEnabled()
    assert "Last checked" in panel.checked.text()


def test_everyone_in_says_so_and_offers_no_reminder(qtbot) -> None:
    report = fifty()
    report.members = report.members[:42]
    panel = panel_for(qtbot, report)
    assert panel.count.status is Status.DONE and "Everyone has signed in (42 of 42)" in panel.count.plain
    assert panel.list.rowCount() == 0 and not panel.list.isVisible()
    assert not panel.remind_button.isVisible()


def test_a_provider_that_reports_nothing_is_said_plainly_and_reminders_stay_offered(qtbot) -> None:
    members = [Member(f"u{i}@example.com", f"U {i}", "unknown", None, None) for i in range(3)]
    panel = panel_for(qtbot, Report(members, reported=False))
    assert "does not report who has signed in" in panel.count.plain
    assert "of" not in panel.count.plain.split(",")[0].split()  # no count it cannot know
    assert not panel.list.isVisible()
    assert panel.remind_button.isVisible() and panel.remind_button.text() == "Re&mind the 3 who have not signed in…"


def test_check_again_asks_and_waits(qtbot) -> None:
    panel = panel_for(qtbot, fifty())
    with qtbot.waitSignal(panel.checkRequested, timeout=1000):
        panel.check_button.click()
    panel.show_checking()
    assert not panel.check_button.isEnabled() and not panel.remind_button.isEnabled()
    assert "Checking" in panel.count.plain
    panel.show_failed("The provider could not be reached. Check this computer's internet connection.")
    assert panel.count.status is Status.PROBLEM and panel.check_button.isEnabled()


def test_the_reminder_confirm_offers_a_new_password_and_returns_the_choice(qtbot) -> None:
    report = fifty()
    panel = panel_for(qtbot, report)

    seen: list[tuple[str, bool]] = []

    def answer() -> None:  # records what it saw and always closes the box (an assert here would hang exec)
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RemindDialog) and w.isVisible())
        seen.append((dialog.text.text(), dialog.new_password.isChecked()))
        dialog.new_password.setChecked(True)
        dialog.send.click()

    QTimer.singleShot(100, answer)
    chosen = confirm_remind(panel.waiting(), panel)
    text, ticked = seen[0]
    assert "these 8 people" in text and "w0@example.com" in text and "p1@example.com" not in text
    assert not ticked  # no new password unless the admin asks for one
    assert chosen == ([f"w{i}@example.com" for i in range(8)], True)

    QTimer.singleShot(100, lambda: next(w for w in QApplication.topLevelWidgets()
                                        if isinstance(w, RemindDialog) and w.isVisible()).reject())
    assert confirm_remind(panel.waiting(), panel) is None


def test_progress_then_the_result_sent_uncertain_and_failed(qtbot) -> None:
    panel = panel_for(qtbot, fifty())
    panel.show_progress(3, 8)
    assert panel.progress.isVisible() and panel.progress.text() == "3 of 8 reminders sent"
    assert not panel.remind_button.isEnabled()
    panel.show_done(6, ["w6@example.com"], [("w7@example.com", "The mailbox does not exist.")])
    assert not panel.progress.isVisible() and panel.result.isVisible()
    assert panel.result.status is Status.PROBLEM
    text = panel.result.plain
    assert text.startswith("6 reminders sent.")
    assert "cannot tell whether the reminder reached w6@example.com" in text
    assert "Not sent to w7@example.com: The mailbox does not exist." in text
    assert panel.remind_button.isEnabled()
    panel.show_done(8, [], [])
    assert panel.result.status is Status.DONE and panel.result.plain == "8 reminders sent."


def test_practice_the_count_and_list_match_the_report_and_a_reminder_is_sent_once(qtbot, qloop) -> None:
    """Practice mode end to end: its provider reports some members signed in; the panel on the Invitations step
    and on the Summary shows exactly the session's report; a confirmed reminder reports what became of it."""
    from mailwizard.core.flow import Step
    from mailwizard.practice import PracticeSession
    from tests.ui.a11y_walk import walk_practice

    session = PracticeSession("en", delays=(0.2, 0.5, 0.9), throttle_every=4)
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitExposed(session.window)
    try:
        def until(predicate, seconds: float) -> bool:
            try:
                qtbot.waitUntil(predicate, timeout=int(seconds * 1000))
            except TimeoutError:
                return False
            return True

        def visit(where: str, root) -> None:  # each dialog shown before it is closed, as the walk expects
            if root is not session.window:
                qtbot.waitExposed(root)

        walk_practice(session, visit, until)
        c = session.window.controller
        summary = session.window.pages[Step.SUMMARY].activation
        assert summary.isVisible()
        qtbot.waitUntil(lambda: summary.report is not None and not summary.busy, timeout=10000)
        report = c.activation_report()
        assert report is not None and report.reported
        signed = sum(1 for m in report.members if m.state in ("signed_in", "password_changed"))
        waiting = [m for m in report.members if m.state not in ("signed_in", "password_changed")]
        assert 0 < signed < len(report.members), "practice reports some members signed in, not all"
        assert summary.count.plain.startswith(f"1 of {len(report.members)} has signed in" if signed == 1
                                              else f"{signed} of {len(report.members)} have signed in")
        assert [summary.list.item(r, 1).text() for r in range(summary.list.rowCount())] == [
            m.address for m in waiting]
        assert summary.remind_button.text() == ("Re&mind the 1 who has not signed in…" if len(waiting) == 1
                                                else f"Re&mind the {len(waiting)} who have not signed in…")
        assert c.not_signed_in() == [m.address for m in waiting]

        def confirm() -> None:
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, RemindDialog) and w.isVisible())
            dialog.send.click()

        QTimer.singleShot(100, confirm)
        with qtbot.waitSignal(c.remindDone, timeout=20000) as done:
            summary.remind_button.click()
        sent, uncertain, failed = done.args
        assert sent + len(uncertain) + len(failed) == len(waiting)
        assert summary.result.isVisible() and summary.result.plain.startswith(
            "1 reminder sent." if sent == 1 else f"{sent} reminders sent.")
        assert not summary.progress.isVisible()
    finally:
        session.close()
