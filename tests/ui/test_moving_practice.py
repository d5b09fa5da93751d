""""Move old mail in…" rehearsed in practice mode, end to end: the practice old server chosen and each person's old
login filled in, the check, the copy into the practice mailboxes with each person's count, nothing sent again by a
second Start; messages too big for the new mailbox listed by subject; the copy's problems said again in the
language chosen after they happened."""

from __future__ import annotations

from collections import Counter

import pytest

from mailwizard.sandbox.practice_mailboxes import MESSAGES
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status
from tests.ui.summary_walk import walk_to_summary
from tests.ui.test_moving import opened

WAIT = 30_000
FOLDER_MAP = {"已发送": "Sent", "草稿箱": "Drafts", "已删除": "Trash", "垃圾邮件": "Junk"}


@pytest.fixture
def walked(qtbot, qloop, monkeypatch):
    yield from walk_to_summary(qtbot, monkeypatch)


def checked(qtbot, window) -> None:
    source = window.source
    assert source.current().id == "practice" and source.port.value() == window.controller.surroundings.sandbox \
        .old_imap.port
    assert source.login.text() and source.check.isEnabled()  # filled in for the rehearsal
    said = source.result.text.text()
    assert "First" in said and "Optional" not in said  # the copy waits for this check: not an option
    source.check.click()
    qtbot.waitUntil(lambda: source.result.status is Status.DONE, timeout=WAIT)


def copied(qtbot, copy) -> None:
    assert copy.start.isEnabled(), copy.summary.plain
    copy.start.click()
    qtbot.waitUntil(lambda: not copy.running and copy.summary.status not in (None, Status.WAITING, Status.ACTION),
                    timeout=60_000)


def held(sandbox, address: str) -> dict[str, Counter]:
    return {f: Counter(m) for f, m in sandbox.new_imap.messages(address).items()}


def test_the_copy_is_rehearsed_in_practice_mode_and_a_second_start_sends_nothing(qtbot, walked) -> None:
    window = opened(qtbot, walked)
    sandbox = walked.sandbox
    checked(qtbot, window)
    people = window.people.rows
    logins = {r.person.address: r.login.text() for r in people}
    assert all(login.endswith("@old-company.example") for login in logins.values())
    assert all(r.login.cursorPosition() == 0 for r in people)  # whose login it is shows, not its domain
    window.tabs.setCurrentIndex(2)
    copy = window.copy
    copied(qtbot, copy)
    assert copy.summary.status is Status.DONE, copy.summary.plain
    assert copy.start.text() == "Copy &again (new mail only)"  # everyone's mail in: only new mail is left
    for address, login in logins.items():
        row = copy.rows[address]
        assert row.state == "done" and row.done == MESSAGES and f"{MESSAGES} messages copied" in row.text.text()
        old = {FOLDER_MAP.get(f, f): Counter(m) for f, m in sandbox.old_imap.messages(login).items()}
        assert held(sandbox, address) == old  # folders mapped, every message once, flags and dates kept
    before = {a: held(sandbox, a) for a in logins}
    for row in people:  # the rehearsal again: the same people, their old passwords typed again
        row.password.setText("practice")
    window._ready()
    copied(qtbot, copy)
    assert copy.summary.status is Status.DONE
    assert {a: held(sandbox, a) for a in logins} == before  # nothing sent twice
    assert all(f"{MESSAGES} messages copied" in copy.rows[a].text.text() for a in logins)


def test_refused_messages_are_listed_and_the_problem_follows_the_language(qtbot, walked) -> None:
    window = opened(qtbot, walked)
    sandbox = walked.sandbox
    sandbox.new_imap.max_message = 1200  # a small new mailbox limit: some old messages are too big for it
    checked(qtbot, window)
    first = window.people.rows[0]
    for row in window.people.rows[1:]:  # one person is enough
        row.login.clear()
        row.password.clear()
    window._ready()
    copy = window.copy
    copied(qtbot, copy)
    row = copy.rows[first.person.address]
    big = [raw for msgs in sandbox.old_imap.messages(first.login.text()).values() for _f, _d, raw in msgs
           if len(raw) > 1200]
    assert big and row.state == "failed" and copy.summary.status is Status.PROBLEM
    english, summary = row.text.text(), copy.summary.plain
    assert f"Too big for the new mailbox ({len(big)}), still in the old one:" in english
    assert "Quarterly order 季度订单" in english or "Invoice 发票" in english or "出貨通知" in english  # by subject
    assert message("migration.some_refused") in english
    walked.window.switch_language("zh_CN")
    try:
        chinese = row.text.text()
        assert chinese != english and message("migration.some_refused") in chinese  # said again, in Chinese
        assert "新邮箱" in chinese and "Too big" not in chinese
        assert copy.summary.plain != summary and "people's mail" not in copy.summary.plain
    finally:
        walked.window.switch_language("en")
    assert row.text.text() == english
