""""Move old mail in…" for a provider whose new mailboxes MailWizard opens with the admin's sign-in (Microsoft 365,
Google Workspace: core/session/migration_target.py): no new mailbox password is asked or handed over, the steps
to give access are shown, and the check lists the people whose mailbox cannot be opened yet, with what to do."""

from __future__ import annotations

import dataclasses

import pytest

from mailwizard.core.session.migration_events import TargetAccessChecked
from tests.ui.summary_walk import walk_to_summary
from tests.ui.test_moving import WAIT, opened


@pytest.fixture
def walked(qtbot, qloop, monkeypatch):
    yield from walk_to_summary(qtbot, monkeypatch)


def test_tokens_instead_of_new_passwords_and_the_access_check(qtbot, walked, monkeypatch) -> None:
    s = walked.window.controller.session
    asked, handed, started = [], [], []
    monkeypatch.setattr(s.migration, "target_auth", lambda: "microsoft_delegated")

    def check(logins: list[str]) -> None:
        asked.append(list(logins))
        s.emit(TargetAccessChecked({logins[0]: "", **dict.fromkeys(logins[1:], "migration.target_no_full_access")}))

    monkeypatch.setattr(s.migration, "check_access", check)
    monkeypatch.setattr(s.migration, "set_password", lambda kind, login, _pw: handed.append((kind, login)))
    monkeypatch.setattr(s.migration, "start", lambda source, members: started.append(members))
    window = opened(qtbot, walked)
    people, access = window.people, window.access
    addresses = [r.person.address for r in people.rows]
    assert people.headers[4].isHidden() and all(r.new_password.isHidden() for r in people.rows)
    assert not access.isHidden() and "Read and manage (Full Access)" in access.steps.text()
    assert "with your sign-in" in people.intro.text()

    access.check.click()
    qtbot.waitUntil(lambda: access.found is not None, timeout=WAIT)
    assert asked == [addresses]
    result = access.result.plain
    assert ", ".join(sorted(addresses[1:])) in result and "Exchange admin center" in result
    assert addresses[0] not in result

    for row in people.rows[1:]:  # practice fills in every old login for the rehearsal: only the first one copies
        row.login.clear()
        row.password.clear()
    people.rows[0].person = dataclasses.replace(people.rows[0].person, new_password_known=False)
    people.rows[0].login.setText("old0@old.example")
    people.rows[0].password.setText("old-0")
    assert [p.address for p, *_rest in people.given()] == [addresses[0]]  # no new password needed to be given
    window._start()
    assert handed == [("source", "old0@old.example")]  # the new mailbox's password: never asked, never handed
    assert [m.address for m in started[0]] == [addresses[0]]
