"""The review's widgets fed core/review/model values directly: the flags with their reasons and buttons, the
states an action goes through (done, undone, uncertain), the accounts table saying plainly what is not reported,
the confirm that says exactly what changes, and the Summary's entry (due banner)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mailwizard.core.review import model as m
from mailwizard.ui.status import Status
from mailwizard.ui.widgets import review_flags as rf
from mailwizard.ui.widgets.review_accounts import ReviewAccounts
from mailwizard.ui.widgets.review_confirm import ConfirmActionDialog, confirm_action
from mailwizard.ui.widgets.review_flags import ReviewFlags

ADMIN = m.AdminRole("r-super", "Super Admin")
SNAPSHOT = m.ReviewSnapshot(
    accounts=(
        m.ReviewAccount("1", "boss@example.com", "Boss", admin_roles=(ADMIN,), last_sign_in="2026-12-01T08:00:00Z",
                        used_mb=200, quota_mb=30720),
        m.ReviewAccount("2", "li.lei@example.com", "李雷", admin_roles=(ADMIN,), last_sign_in="2026-11-30T08:00:00Z",
                        aliases=("lilei@example.com",), used_mb=29500, quota_mb=30720),
        m.ReviewAccount("3", "han@example.com", "韩梅梅", forwarding=(m.Forwarding("han@gmail.com", "han@gmail.com",
                                                                                 "auto"),)),
        m.ReviewAccount("4", "old@example.com", "Old Timer", suspended=True, last_sign_in="2025-01-01T08:00:00Z"),
    ),
    admin_address="boss@example.com",
    reported=frozenset({m.STATUS, m.ACTIVITY, m.ADMIN_ROLES, m.ALIASES, m.FORWARDING, m.QUOTA}),
    checked_at="2026-12-03T09:00:00Z")
REMOVE_ADMIN = m.ReviewAction(m.REMOVE_ADMIN, "li.lei@example.com", "r-super")
REMOVE_FORWARDING = m.ReviewAction(m.REMOVE_FORWARDING, "han@example.com", "han@gmail.com")
FLAGS = [
    m.ReviewFlag("li.lei@example.com", m.EXTRA_ADMIN, {"role": "Super Admin"}, REMOVE_ADMIN),
    m.ReviewFlag("han@example.com", m.OUTSIDE_FORWARDING, {"to": "han@gmail.com"}, REMOVE_FORWARDING),
    m.ReviewFlag("li.lei@example.com", m.MAILBOX_FULL, {}),
    m.ReviewFlag("old@example.com", m.SUSPENDED, {}),
]


def flags_for(qtbot) -> ReviewFlags:
    flags = ReviewFlags()
    qtbot.addWidget(flags)
    flags.resize(900, 600)
    flags.show_flags(FLAGS, SNAPSHOT, "Google Workspace")
    flags.show()
    return flags


def test_each_flag_says_whose_account_why_and_what_to_do_with_a_button_only_where_allowed(qtbot) -> None:
    flags = flags_for(qtbot)
    assert len(flags.cards) == 4 and not flags.empty.isVisible()
    admin = flags.card_for("li.lei@example.com", m.EXTRA_ADMIN)
    assert admin.title.text() == "Administrator: 李雷 (li.lei@example.com)"
    assert "(Super Admin)" in admin.reason.text() and "remove the administrator role" in admin.todo.text()
    assert admin.act.isVisible() and admin.act.text() == "Remove the administrator role…"
    assert admin.act.accessibleName() == "Remove the administrator role (li.lei@example.com)"
    full = flags.card_for("li.lei@example.com", m.MAILBOX_FULL)
    assert "96 % full (28.8 GB of 30.0 GB)" in full.reason.text()
    assert "Google Workspace's admin console" in full.todo.text()
    assert not full.act.isVisible()  # no API action for a full mailbox: what to do, in words
    forwarding = flags.card_for("han@example.com", m.OUTSIDE_FORWARDING)
    assert "han@gmail.com" in forwarding.reason.text() and "{" not in forwarding.reason.text()


def test_an_action_runs_is_done_undone_and_a_lost_answer_is_said_not_retried(qtbot) -> None:
    flags = flags_for(qtbot)
    asked: list = []
    flags.actionRequested.connect(asked.append)
    undo: list = []
    flags.undoRequested.connect(undo.append)
    card = flags.card_for("li.lei@example.com", m.EXTRA_ADMIN)
    card.act.click()
    assert asked == [FLAGS[0]]
    flags.set_state(REMOVE_ADMIN, rf.RUNNING)
    assert not card.act.isEnabled() and card.result.status is Status.WAITING
    flags.set_state(REMOVE_ADMIN, rf.DONE)
    assert not card.act.isVisible() and card.undo.isVisible()
    flags.set_working({REMOVE_ADMIN.key})  # the session still reads the account again: Undo waits
    assert not card.undo.isEnabled()
    flags.set_working(set())
    assert card.undo.isEnabled()
    assert card.result.status is Status.DONE and "removed" in card.result.plain
    card.undo.click()
    assert undo == [REMOVE_ADMIN]
    flags.set_state(REMOVE_ADMIN, rf.UNDONE)
    assert card.act.isVisible() and not card.undo.isVisible() and "given back" in card.result.plain
    flags.set_state(REMOVE_ADMIN, rf.UNCERTAIN)
    assert card.result.status is Status.ACTION and "cannot tell whether this was done" in card.result.plain
    assert not card.act.isVisible() and not card.undo.isVisible()  # never sent again by a second click
    flags.show_flags(FLAGS, SNAPSHOT, "Google Workspace")  # read again: the card keeps what became of it
    again = flags.card_for("li.lei@example.com", m.EXTRA_ADMIN)
    assert again is not card and again.state == rf.UNCERTAIN
    flags.set_state(REMOVE_ADMIN, rf.DONE)
    flags.show_flags(FLAGS[1:], SNAPSHOT, "Google Workspace")  # the account read again: the role is gone
    kept = flags.card_for("li.lei@example.com", m.EXTRA_ADMIN)
    assert kept is not None and kept.undo.isVisible(), "what was done stays on the list, with its Undo"
    flags.set_state(REMOVE_ADMIN, rf.UNDONE)
    flags.show_flags(FLAGS, SNAPSHOT, "Google Workspace")  # undone: found again, its button offered again
    assert [c.flag.kind for c in flags.cards].count(m.EXTRA_ADMIN) == 1
    assert flags.card_for("li.lei@example.com", m.EXTRA_ADMIN).act.isVisible()


def test_nothing_to_look_at_says_so(qtbot) -> None:
    flags = ReviewFlags()
    qtbot.addWidget(flags)
    flags.show()
    assert "not been read yet" in flags.empty.text()
    flags.show_flags([], SNAPSHOT, "Google Workspace")
    assert flags.empty.isVisible() and "every account looks as it should" in flags.empty.text()


def test_the_accounts_table_says_plainly_what_the_provider_does_not_report(qtbot) -> None:
    table = ReviewAccounts()
    qtbot.addWidget(table)
    table.show()
    table.show_snapshot(SNAPSHOT, "Google Workspace", {"li.lei@example.com", "han@example.com"})
    t = table.table
    assert t.rowCount() == 4
    rows = {t.item(r, 1).text(): [t.item(r, c).text() for c in range(8)] for r in range(4)}
    assert rows["li.lei@example.com"][2:] == ["Active", "30 Nov 2026", "Super Admin", "lilei@example.com", "—",
                                               "28.8 GB of 30.0 GB (96 %)"]
    assert rows["old@example.com"][2] == "Suspended"
    assert rows["han@example.com"][3] == "never" and rows["han@example.com"][6] == "han@gmail.com"
    assert {t.item(0, 1).text(), t.item(1, 1).text()} == {"li.lei@example.com", "han@example.com"}  # flagged first
    assert "4 accounts" in table.note.text()
    less = m.ReviewSnapshot(SNAPSHOT.accounts, SNAPSHOT.admin_address,
                            frozenset({m.STATUS, m.ADMIN_ROLES, m.ALIASES}), checked_at=SNAPSHOT.checked_at)
    table.show_snapshot(less, "Alibaba Mail")
    row = [t.item(0, c).text() for c in range(8)]
    assert row[3] == row[6] == row[7] == "not reported by Alibaba Mail"
    assert table.note.text().startswith("Alibaba Mail does not report last sign-in, forwarding, mailbox use, so")
    # a fact the provider reports but this sign-in was refused: sign in again, not "does not report"
    refused = m.ReviewSnapshot(SNAPSHOT.accounts, SNAPSHOT.admin_address, less.reported,
                               checked_at=SNAPSHOT.checked_at, missing={m.QUOTA: "Reports.Read.All"})
    table.show_snapshot(refused, "Microsoft 365")
    assert table.note.text().startswith("MailWizard's sign-in may not read mailbox use yet (it needs the permission "
                                        "Reports.Read.All). Sign in to Microsoft 365 again on step 3")


def test_a_departed_person_whose_account_is_suspended_is_not_told_to_suspend_it(qtbot) -> None:
    flags = ReviewFlags()
    qtbot.addWidget(flags)
    flags.show_flags([m.ReviewFlag("old@example.com", m.DEPARTED, {"name": "Old Timer", "suspended": "yes"}),
                      m.ReviewFlag("han@example.com", m.DEPARTED, {"name": "韩梅梅"},
                                   m.ReviewAction(m.SUSPEND, "han@example.com"))], SNAPSHOT, "Google Workspace")
    suspended = flags.card_for("old@example.com", m.DEPARTED)
    assert suspended.todo.text().startswith("What to do: The account is suspended already")
    assert not suspended.act.isVisible()
    assert flags.card_for("han@example.com", m.DEPARTED).todo.text().startswith("What to do: If they have left")


@dataclass
class Due:  # the shape of core's ReviewDue
    last: str | None
    interval_days: int
    due: bool


def test_the_confirm_says_exactly_what_changes_and_cancel_is_the_default(qtbot) -> None:
    account = SNAPSHOT.accounts[1]
    dialog = ConfirmActionDialog(REMOVE_ADMIN, account, "Google Workspace")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "李雷 (li.lei@example.com) will no longer be an administrator (Super Admin)" in text
    assert "keep their mailbox" in text and "undo this afterwards" in text
    assert "made at Google Workspace as soon as you confirm" in text
    assert dialog.cancel.isDefault() and not dialog.go.isDefault()
    forwarding = ConfirmActionDialog(REMOVE_FORWARDING, SNAPSHOT.accounts[2], "Google Workspace", practice=True)
    qtbot.addWidget(forwarding)
    assert "will no longer be sent on to han@gmail.com" in forwarding.text.text()
    assert "This is practice" in forwarding.text.text()

    def answer(go: bool) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConfirmActionDialog) and w.isVisible())
        (box.go if go else box.cancel).click()

    QTimer.singleShot(100, lambda: answer(True))
    assert confirm_action(REMOVE_ADMIN, account, "Google Workspace", False, None) is True
    QTimer.singleShot(100, lambda: answer(False))
    assert confirm_action(REMOVE_ADMIN, account, "Google Workspace", False, None) is False


@dataclass
class Record:  # the shape of core's ActionRecord
    action: m.ReviewAction
    state: str
    when: str
    undoable: bool


def test_changes_made_in_earlier_reviews_are_listed_with_undo_where_it_was_kept(qtbot) -> None:
    """After a restart no card shows a change made before: the history below the list does, and offers Undo."""
    flags = flags_for(qtbot)
    history = flags.history
    suspend = m.ReviewAction(m.SUSPEND, "old@example.com")
    records = [Record(suspend, "done", "2026-12-02T10:00:00Z", True),
               Record(REMOVE_FORWARDING, "undone", "2026-12-01T10:00:00Z", True),
               Record(REMOVE_ADMIN, "done", "2026-11-30T10:00:00Z", True)]
    history.show_records(records, leave_out={REMOVE_ADMIN.key})  # its card above says it
    assert history.isVisible() and [a for a, _line, _b in history.rows] == [suspend, REMOVE_FORWARDING]
    (_a, line, undo), (_b, undone_line, no_undo) = history.rows
    assert line.plain == "2 Dec 2026: Suspended old@example.com." and undo.isVisible()
    assert undone_line.plain.endswith("— undone.") and not no_undo.isVisible()
    asked: list = []
    flags.undoRequested.connect(asked.append)
    undo.click()
    assert asked == [suspend]
    history.undoing(suspend)
    assert "putting it back" in history.rows[0][1].plain and not history.rows[0][2].isEnabled()
    history.show_records([Record(suspend, "uncertain", "2026-12-02T10:00:00Z", False)])
    assert "not known whether it was done" in history.rows[0][1].plain and not history.rows[0][2].isVisible()
    history.show_records([])
    assert not history.isVisible()
