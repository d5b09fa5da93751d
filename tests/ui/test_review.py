"""The account review in practice mode, end to end: from the Summary's "Review accounts…", every account listed as
the practice provider reports it, the flags the session found, an action confirmed → done → undone, the staff
spreadsheet naming who has left, and the dated report saved (which marks the review done)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mailwizard.core.flow import Step
from mailwizard.core.review import model as m
from mailwizard.ui.status import Status
from mailwizard.ui.widgets import review_flags as rf
from mailwizard.ui.widgets.review_confirm import ConfirmActionDialog
from tests.ui.summary_walk import walk_to_summary

WAIT = 20_000


def answer_confirm(go: bool, seen: list) -> None:
    """Answers the confirm once it is up (records its words; always closes it: an assert here would hang exec)."""

    def look() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ConfirmActionDialog)
                    and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, look)
            return
        seen.append(box.text.text())
        (box.go if go else box.cancel).click()

    QTimer.singleShot(50, look)


@pytest.fixture
def practice_summary(qtbot, qloop, monkeypatch):
    yield from walk_to_summary(qtbot, monkeypatch)


def opened_review(qtbot, session):
    summary = session.window.pages[Step.SUMMARY]
    entry = summary.review
    assert entry.isVisible() and entry.open_button.text() == "&Review accounts…"
    entry.open_button.click()
    review = entry.window_
    qtbot.waitUntil(lambda: review.isVisible() and review.page.snapshot is not None and not review.page.reading,
                    timeout=WAIT)
    return review


def test_the_review_lists_every_account_and_exactly_the_sessions_flags(qtbot, practice_summary) -> None:
    c = practice_summary.window.controller
    review = opened_review(qtbot, practice_summary)
    page = review.page
    snapshot, flags = c.last_review()
    assert page.accounts.table.rowCount() == len(snapshot.accounts) > 8  # the seeded accounts and the members
    assert [(card.flag.address, card.flag.kind) for card in page.flags.cards] == [(f.address, f.kind) for f in flags]
    kinds = {f.kind for f in flags}
    assert {m.EXTRA_ADMIN, m.OUTSIDE_FORWARDING, m.MAILBOX_FULL, m.SUSPENDED, m.NEVER_SIGNED_IN} <= kinds
    assert page.tabs.tabText(0) == f"&To look at ({len(flags)})"
    assert page.status.plain.startswith(f"{len(flags)} things to look at among {len(snapshot.accounts)} accounts")
    for card in page.flags.cards:  # every reason in words: no key, no placeholder left
        assert card.reason.text() and "review." not in card.reason.text() and "{" not in card.reason.text()
    assert page.accounts.note.text().startswith(f"{len(snapshot.accounts)} accounts, as")
    w, h = review.width(), review.height()
    assert w <= 1366 and h <= 768
    practice_summary.window.switch_language("zh_CN")  # the open review follows the language at once
    try:
        assert page.tabs.tabText(0) == f"需要查看（{len(flags)}）(&T)"
        assert review.windowTitle() == "账号检查 — MailWizard"
        assert all("review." not in card.reason.text() and card.reason.text().isascii() is False
                   for card in page.flags.cards)
    finally:
        practice_summary.window.switch_language("en")


def test_an_action_is_confirmed_done_and_undone(qtbot, practice_summary) -> None:
    c = practice_summary.window.controller
    review = opened_review(qtbot, practice_summary)
    flags = review.page.flags
    card = next(card for card in flags.cards if card.flag.kind == m.EXTRA_ADMIN)
    action = card.flag.action
    assert action is not None and action.kind == m.REMOVE_ADMIN

    seen: list = []
    answer_confirm(False, seen)  # Cancel: nothing is sent
    card.act.click()
    assert "will no longer be an administrator (Administrator)" in seen[0] and "undo" in seen[0]
    assert flags.state_of(action) is None and c.review_history() == []

    answer_confirm(True, seen)
    with qtbot.waitSignal(c.reviewActionDone, timeout=WAIT) as done:
        card.act.click()
    assert done.args[0] == action and done.args[1] is True
    qtbot.waitUntil(lambda: not any(f.kind == m.EXTRA_ADMIN and f.address == action.address
                                    for f in c.last_review()[1]), timeout=WAIT)  # read again: the role is gone
    card = flags.card_for(action.address, m.EXTRA_ADMIN)
    assert card is not None and card.state == rf.DONE and card.undo.isVisible()  # still shown, with Undo
    assert "removed" in card.result.plain
    assert [(r.action, r.state) for r in c.review_history()] == [(action, "done")]

    # Undo waits while the session finishes the action (its click would be dropped), then it is offered
    qtbot.waitUntil(lambda: flags.card_for(action.address, m.EXTRA_ADMIN).undo.isEnabled(), timeout=WAIT)
    card = flags.card_for(action.address, m.EXTRA_ADMIN)
    failed: list = []
    c.reviewFailed.connect(lambda *args: failed.append(args))
    with qtbot.waitSignal(c.reviewActionUndone, timeout=WAIT):
        card.undo.click()
    assert failed == []
    qtbot.waitUntil(lambda: any(f.kind == m.EXTRA_ADMIN and f.address == action.address
                                for f in c.last_review()[1]), timeout=WAIT)  # the role is back
    card = flags.card_for(action.address, m.EXTRA_ADMIN)
    assert card.state == rf.UNDONE and card.act.isVisible() and "given back" in card.result.plain


def test_the_staff_spreadsheet_names_who_has_left(qtbot, practice_summary, tmp_path: Path) -> None:
    c = practice_summary.window.controller
    review = opened_review(qtbot, practice_summary)
    page = review.page
    assert "No staff spreadsheet yet" in page.staff_label.text()
    snapshot, _flags = c.last_review()
    staying = [a for a in snapshot.accounts if a.address.startswith(("postmaster@", "it.helper@", "reception@"))]
    staff = tmp_path / "staff.csv"
    staff.write_text("Name,Email\n" + "".join(f"{a.name},{a.address}\n" for a in staying), encoding="utf-8")
    with qtbot.waitSignal(c.staffRead, timeout=WAIT):
        page.set_staff(str(staff))
    qtbot.waitUntil(lambda: any(card.flag.kind == m.DEPARTED for card in page.flags.cards), timeout=WAIT)
    assert page.staff_label.text().startswith("Staff spreadsheet: staff.csv, 3 people")
    departed = {card.flag.address for card in page.flags.cards if card.flag.kind == m.DEPARTED}
    assert departed == {a.address for a in snapshot.accounts} - {a.address for a in staying}
    card = next(card for card in page.flags.cards if card.flag.kind == m.DEPARTED and card.flag.action)
    assert "staff spreadsheet you gave (staff.csv)" in card.reason.text()
    assert card.act.text() == "Suspend the account…"


def test_the_report_is_saved_and_marks_the_review_done(qtbot, practice_summary, tmp_path: Path) -> None:
    c = practice_summary.window.controller
    review = opened_review(qtbot, practice_summary)
    report = review.page.report
    review.page.tabs.setCurrentWidget(report)
    assert c.review_due().last is None
    report.show_saving()
    with qtbot.waitSignal(c.reportSaved, timeout=60_000) as saved:
        report.saveRequested.emit(str(tmp_path))
    paths = [Path(p) for p in saved.args[0]]
    assert sorted(p.suffix for p in paths) == [".html", ".pdf"] and all(p.exists() for p in paths)
    qtbot.waitUntil(lambda: report.result.status is not None and not report.busy, timeout=WAIT)
    assert report.result.plain.startswith("Saved mailwizard-review-") and report.open_folder.isVisible()
    assert c.review_due().last is not None
    assert report.last.plain.startswith("Last reviewed on")
    report.interval.setValue(30)  # how often to be reminded: kept, and said at once
    report.interval.editingFinished.emit()
    qtbot.waitUntil(lambda: "every 30 days" in report.last.plain or "30 days have passed" in report.last.plain,
                    timeout=WAIT)
    assert c.review_due().interval_days == 30
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    report._set_logo(str(logo))
    assert c.review_report_logo() == str(logo) and report.logo_name.text() == "logo.png"
    review.close()
    summary = practice_summary.window.pages[Step.SUMMARY]
    entry = summary.review
    qtbot.waitUntil(lambda: entry.line.plain.startswith("Accounts last reviewed on"), timeout=WAIT)
    assert not entry.is_due()
    # a later start, the interval past: the Summary opens with the banner saying a review is due
    c.session.review_report.today = lambda: dt.date.today() + dt.timedelta(days=31)
    summary.on_enter()
    assert entry.is_due() and entry.line.status is Status.ACTION
    assert entry.line.plain.startswith("An account review is due: the last one was on")
    assert summary.layout_.indexOf(entry) < summary.layout_.indexOf(summary.body_scroll), "at the top of the Summary"


def test_after_a_fresh_start_without_the_sign_in_the_review_says_where_to_sign_in_again(qtbot, open_wizard,
                                                                                         state_dir) -> None:
    """Reopened on the Summary, signed in before but the keychain has nothing now: no Connect button here, so the
    review says to sign in again on step 3, and nothing is read."""
    from mailwizard.core.session.state import SESSION_KEY, SessionState
    from mailwizard.core.store import Store
    from tests.ui.test_summary import DONE

    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=replace(DONE, connected_account="boss@example.com")).to_json())
    store.close()
    window = open_wizard("en")
    entry = window.pages[Step.SUMMARY].review
    qtbot.waitUntil(entry.isVisible, timeout=WAIT)  # Google Workspace offers a review (shown once entered)
    entry.open_button.click()
    page = entry.window_.page
    qtbot.waitUntil(lambda: page.status.status is Status.PROBLEM, timeout=WAIT)
    assert page.status.plain.startswith("MailWizard is not signed in to Google Workspace just now")
    assert "step 3" in page.status.plain and page.snapshot is None and page.check.isEnabled()
    entry.window_.close()
