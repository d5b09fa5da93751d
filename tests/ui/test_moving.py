""""Move old mail in…" from the Summary, in practice mode: the old service's server prefilled from the sourced
table, the check against a loopback IMAP server (practice has no old mail server: the tests bring their own), each
person's logins, the copy with per-person progress to a result (two real Dovecot servers on loopback), the new
provider's own migration file written and deleted, and the cut-over advice in words."""

from __future__ import annotations

import csv
import ssl
from pathlib import Path

import pytest

from mailwizard.core.flow import Step
from mailwizard.core.migration.provider_files import MigrationRow
from mailwizard.ui.status import Status
from tests.servers.dovecot import LoopbackDovecot, seed_mailbox, skip_unless_dovecot
from tests.servers.imap_responder import ImapResponder, Script
from tests.ui.summary_walk import walk_to_summary

WAIT = 20_000


@pytest.fixture
def walked(qtbot, qloop, monkeypatch):
    yield from walk_to_summary(qtbot, monkeypatch)


def opened(qtbot, session):
    more = session.window.pages[Step.SUMMARY].more
    assert more.isVisible() and more.moving_button.text() == "Move old mail &in…"
    more.moving_button.click()
    window = more.moving_window
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    return window


def without_practice_logins(window) -> None:
    """The people's old logins practice fills in, emptied: these tests bring their own servers and logins."""
    for row in window.people.rows:
        row.login.clear()
        row.password.clear()


def choose(window, service_id: str) -> None:
    source = window.source
    source.service.setCurrentIndex(next(i for i, s in enumerate(source.sources) if s.id == service_id))


def test_the_old_service_prefills_its_server_and_the_check_says_what_the_server_answered(qtbot,
                                                                                        walked) -> None:
    window = opened(qtbot, walked)
    assert window.width() <= 1366 - 16 and window.height() <= 768 - 40
    assert "The old mail server is on this computer" in window.status.plain  # practice says so
    source = window.source
    assert source.current().id == "practice" and source.host.text() == "127.0.0.1"  # its own, chosen first
    without_practice_logins(window)
    choose(window, "qq")
    assert (source.host.text(), source.port.value(), source.security.currentText()) == ("imap.qq.com", 993, "SSL/TLS")
    assert "authorization code" in source.hint.text() and 'href="https://mail.qq.com/"' in source.hint.text()
    choose(window, "other")
    assert source.host.text() == "" and not source.check.isEnabled()
    with ImapResponder(Script(users={"li@qq.example": "授权码-1234"}), tls=True) as server:
        c = walked.window.controller
        c.session.migration_prep.tls_context = server.client_context()
        source.host.setText("localhost")
        source.port.setValue(server.port)
        for field, text in ((source.login, "li@qq.example"), (source.password, "wrong")):
            field.setText(text)
        source._edited()
        assert source.check.isEnabled()
        source.check.click()
        qtbot.waitUntil(lambda: source.result.status is Status.PROBLEM, timeout=WAIT)
        assert "refused this login and password" in source.result.plain and "migprep." not in source.result.plain
        assert source.password.text() == ""  # used once, not kept in the window either
        assert window.copy.start.isEnabled() is False
        source.password.setText("授权码-1234")
        source._edited()
        source.check.click()
        qtbot.waitUntil(lambda: source.result.status is Status.DONE, timeout=WAIT)
    assert "Type at least one person" in window.copy.summary.plain


def test_the_copy_shows_each_persons_progress_and_the_result(qtbot, walked) -> None:
    skip_unless_dovecot()
    c = walked.window.controller
    window = opened(qtbot, walked)
    people = window.people.rows
    addresses = [r.person.address for r in people]
    # one Dovecot holds the old mailboxes and the new ones (two test CAs share a subject name: one is trusted)
    with LoopbackDovecot() as old:
        new = old
        for i, address in enumerate(addresses[:2]):
            old.add_user(f"old{i}@old.example", f"old-{i}", folders=seed_mailbox(30 + 10 * i, who=f"p{i}"))
            new.add_user(address, f"new-{i}")
        old.start()
        trust = ssl.create_default_context(cadata=old.ca_pem.decode())
        c.session.migration_prep.tls_context = trust
        c.session.migration.tls_context = lambda: trust
        c.session.migration.target_server = ("localhost", new.port)
        without_practice_logins(window)
        source = window.source
        choose(window, "other")
        source.host.setText("localhost")
        source.port.setValue(old.port)
        source.login.setText("old0@old.example")
        source.password.setText("old-0")
        source._edited()
        source.check.click()
        qtbot.waitUntil(lambda: source.result.status is Status.DONE, timeout=WAIT)
        for i, row in enumerate(people[:2]):  # the third person is left out: an empty row
            row.login.setText(f"old{i}@old.example")
            row.password.setText(f"old-{i}")
            row.new_password.setText(f"new-{i}")
        window._ready()
        copy = window.copy
        assert copy.start.isEnabled()
        copy.start.click()
        assert all(not r.password.text() and not r.new_password.text() for r in people)  # handed to the session
        qtbot.waitUntil(lambda: not copy.running and copy.summary.status is not None
                        and copy.summary.status is not Status.WAITING, timeout=60_000)
        assert copy.summary.status is Status.DONE, copy.summary.plain
        for i, address in enumerate(addresses[:2]):
            row = copy.rows[address]
            assert row.state == "done" and row.done == 30 + 10 * i
            assert row.bar.value() == row.bar.maximum()
            assert f"{30 + 10 * i} messages copied" in row.text.text()
        assert copy.rows[addresses[2]].state == "waiting"
        assert sum(len(v) for v in new.messages(addresses[0]).values()) == 30


def test_the_providers_own_migration_file_is_written_then_deleted(qtbot, walked, monkeypatch,
                                                                   tmp_path: Path) -> None:
    c = walked.window.controller
    monkeypatch.setattr(c.session.migration_prep, "provider_file_kind", lambda: "imap_csv")
    window = opened(qtbot, walked)
    source = window.source
    assert source.method_box.isVisible()
    source.by_provider.setChecked(True)
    assert not window.tabs.isTabVisible(2) and window.tabs.tabText(3) == "&3 Switching over"
    steps = window.people.steps.text()
    assert "<ol>" in steps and "migprep." not in steps and "Exchange admin center" in steps
    rows = window.people.rows
    for row in rows:
        row.login.setText(row.person.address.replace("example.com", "old.example"))
        row.password.setText("pw-" + row.person.address)
    target = tmp_path / "migration.csv"
    window.write_file(str(target), [MigrationRow(p.address, login, pw) for p, login, pw, _n in window.people.given()])
    qtbot.waitUntil(lambda: window.people.remove_file.isEnabled(), timeout=WAIT)
    with target.open(encoding="utf-8-sig") as f:
        read = list(csv.reader(f))
    assert read[0] == ["EmailAddress", "UserName", "Password"] and len(read) == 1 + len(rows)
    assert all(not row.password.text() for row in rows)  # in the file only
    assert str(target) in window.people.file_status.plain
    window.people.remove_file.click()
    qtbot.waitUntil(lambda: window.people.file_status.status is Status.DONE, timeout=WAIT)
    assert not target.exists()


def test_the_cutover_advice_is_in_words(qtbot, walked) -> None:
    window = opened(qtbot, walked)
    cutover = window.cutover
    qtbot.waitUntil(lambda: cutover.shown is not None and bool(cutover.shown[1]), timeout=WAIT)
    headline, steps = cutover.shown
    assert headline and all(s and "migprep." not in s for s in steps)
    walked.window.switch_language("zh_TW")
    try:
        assert window.windowTitle() == "搬入舊郵件 — MailWizard"
        assert window.tabs.tabText(0) == "舊郵件服務(&1)" and "&" in window.source.check.text()
        assert window.cutover.shown[1] != steps and all("migprep." not in s for s in window.cutover.shown[1])
    finally:
        walked.window.switch_language("en")



def test_pause_resume_and_stop_then_start_again_copies_nothing_twice(qtbot, walked) -> None:
    skip_unless_dovecot()
    c = walked.window.controller
    window = opened(qtbot, walked)
    row = window.people.rows[0]
    address = row.person.address
    with LoopbackDovecot() as server:  # the old mailbox and the new one on one server (one test CA)
        server.add_user("old@old.example", "old-pw", folders=seed_mailbox(300, who="p"))
        server.add_user(address, "new-pw")
        server.start()
        trust = ssl.create_default_context(cadata=server.ca_pem.decode())
        c.session.migration_prep.tls_context = trust
        c.session.migration.tls_context = lambda: trust
        c.session.migration.target_server = ("localhost", server.port)
        c.session.migration.members_at_once = 1
        without_practice_logins(window)
        source = window.source
        choose(window, "other")
        source.host.setText("localhost")
        source.port.setValue(server.port)
        source.login.setText("old@old.example")
        source.password.setText("old-pw")
        source._edited()
        source.check.click()
        qtbot.waitUntil(lambda: source.result.status is Status.DONE, timeout=WAIT)
        row.login.setText("old@old.example")
        row.password.setText("old-pw")
        row.new_password.setText("new-pw")
        window._ready()
        copy = window.copy
        window.tabs.setCurrentIndex(2)
        copy.start.click()
        copy.pause.click()  # at once: the copy waits
        assert copy.paused and copy.resume.isVisibleTo(window) and not copy.pause.isVisibleTo(window)
        assert copy.summary.plain and "Paused" in copy.summary.text.text()
        copy.resume.click()
        qtbot.waitUntil(lambda: copy.rows[address].done > 0, timeout=WAIT)
        copy.cancel.click()
        qtbot.waitUntil(lambda: not copy.running, timeout=WAIT)
        shown = copy.rows[address]
        if shown.state != "done":  # stopped half-way: said so, and Start goes on
            assert shown.state == "stopped" and "Start goes on" in shown.text.text()
            assert copy.summary.status is Status.ACTION and copy.start.isEnabled()
            copy.start.click()  # no password typed again: the copy goes on with the ones it keeps
        qtbot.waitUntil(lambda: not copy.running and copy.rows[address].state in ("done", "failed"), timeout=60_000)
        assert copy.rows[address].state == "done", copy.rows[address].text.text()
        # a stop while APPENDs are on their way, then Start at once: the new run waits for the old one's connections
        # (found here: 386 and 428 of 300 before; core's deterministic test is test_migration_copy's)
        assert sum(len(v) for v in server.messages(address).values()) == 300
