"""A computer without a keychain: the sign-in works for the session, the window says once that it is kept only
until MailWizard closes, and no token reaches the disk."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import KeyringStore, SessionSecrets
from mailwizard.core.session.provider import CONNECT_TASK
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status
from tests.ui.test_connect import fill_registration_dialog, open_dns_step, world  # noqa: F401 (a fixture)


@pytest.fixture
def no_keychain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local/share"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what keyring picks on a Linux desktop without a Secret Service
    yield
    keyring.set_keyring(previous)


def test_without_a_keychain_the_sign_in_works_and_is_said_once(qtbot, open_wizard, world,  # noqa: F811
                                                               no_keychain, tmp_path: Path) -> None:
    _zone, _dns, google, _secrets, _conns, browser = world
    secrets = SessionSecrets(KeyringStore())
    connections = Connections(secrets, Endpoints(GoogleEndpoints.at(google.base_url),
                                                 GraphEndpoints.at(google.base_url)),
                              policy=RetryPolicy(attempts=3, base_delay=0.01))
    world = (*world[:4], connections, world[5])
    window, page = open_dns_step(qtbot, open_wizard, world)
    said: list[str] = []
    window.controller.secretsInMemory.connect(said.append)
    box = page.connect_box
    assert box.kept_note.isHidden()
    for attempt in range(2):  # signing in again says nothing new
        fill_registration_dialog("test-client-id", "test-client-secret")
        qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=attempt + 1: len(browser.opened) == n, timeout=5000)
        qtbot.waitUntil(lambda: not window.controller.tasks.is_running(CONNECT_TASK)
                        and box.status.status is Status.DONE, timeout=10000)
        qtbot.waitUntil(lambda: "verification" in window.controller.state.dns_values, timeout=5000)
    assert box.status.plain == "Signed in as admin@example.com (organisation: example-corp.com)."
    assert box.problem.isHidden()  # connected: no problem to show
    assert said == ["secrets.unavailable"]
    assert not box.kept_note.isHidden() and box.kept_note.text() == message("secrets.unavailable")
    assert "kept only until MailWizard closes" in box.kept_note.text()
    window.close()
    tokens = set(google.issued_tokens()) | {"test-client-secret"}
    blobs = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())  # the state folder and HOME
    assert len(tokens) >= 3 and not [t for t in tokens if t.encode() in blobs]


def test_a_saved_sign_in_that_cannot_be_restored_is_not_shown_as_signed_in(qtbot, open_wizard, world,  # noqa: F811
                                                                            no_keychain) -> None:
    """Signed in last time, started now on a computer without a keychain: the quiet restore finds nothing, and the
    box says "not connected" alone — not "Signed in as …" beside it."""
    _zone, _dns, google, _secrets, _conns, _browser = world
    connections = Connections(SessionSecrets(KeyringStore()), Endpoints(GoogleEndpoints.at(google.base_url),
                                                                          GraphEndpoints.at(google.base_url)),
                              policy=RetryPolicy(attempts=3, base_delay=0.01))
    window, page = open_dns_step(qtbot, open_wizard, (*world[:4], connections, world[5]))
    c = window.controller
    c.update(connected_account="admin@example.com", connected_org="example-corp.com")  # as saved last time
    c.session.provider.restore()  # as the DNS step does on entering
    box = page.connect_box
    qtbot.waitUntil(lambda: not c.tasks.is_running(CONNECT_TASK) and box.problem.isVisible(), timeout=10000)
    assert box.problem.plain == message("provider.not_connected")
    assert c.state.connected_account == "" and box.status.status is not Status.DONE
    assert "Signed in as" not in box.status.plain and box.disconnect_button.isHidden()
