"""The real set-up (not practice), where MailWizard already knows a credential from an earlier run's keychain: the
DNS host's key takes "Set up the records for me" straight to the preview (which offers "Use a different key…"),
and the provider's app ID and secret make Connect connect at once. Where nothing is known the form comes first;
where the host or the provider refuses what was known, the form opens and says why."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import isValid

from mailwizard.core.flow import Company, DomainPresence, Step
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.dns_apply import secret_name
from mailwizard.core.session.surroundings import Surroundings
from mailwizard.sandbox.cloudflare_dns_fake import CloudflareDnsFake
from mailwizard.sandbox.dns_server import Zone
from mailwizard.sandbox.hosted_zone import HostedZone
from mailwizard.ui.status import Status
from mailwizard.ui.widgets.dns_apply_dialog import PREVIEW
from tests.ui.helpers import WAIT
from tests.ui.test_connect_tencent import app_secret_dialog, open_dns_step, world  # noqa: F401 (a fixture)

TOKEN = "c" * 40  # the Cloudflare API token the (fake) host accepts


def shown(name: str) -> QDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


# --- the DNS host's key ----------------------------------------------------------------------------------------
@pytest.fixture
def cloudflare():
    zone = HostedZone("example.com", Zone(zones={"example.com"}))
    zone.add("example.com", "MX", "10 mx.oldmail.net", 3600)
    with CloudflareDnsFake(zone, credential={"token": TOKEN}) as fake:
        yield fake


def at_the_dns_step(qtbot, open_wizard, fake, kept: dict | None):
    """The real wizard at the DNS step of a domain whose DNS is at Cloudflare (its API: the loopback fake), with
    ``kept`` in the keychain from an earlier run (None: nothing kept)."""

    class Real(Surroundings):  # the real world, with Cloudflare's API on loopback
        def dns_host_base_url(self, host_id: str) -> str | None:
            return fake.base_url

    window = open_wizard("en")
    c = window.controller
    secrets = MemoryStore()
    if kept is not None:
        secrets.values[secret_name("cloudflare", "example.com")] = json.dumps(kept)
    c.connections = Connections(secrets, Endpoints.real())
    c.session.surroundings = Real()
    c.choose_plan("google", "business-starter")
    c.set_company(name="Example Ltd", contact_name="Wang Fang", contact_email="wangfang@example.org")
    c.set_domain_input("example.com")
    c.update(company=Company("Example Ltd", "Wang Fang", "wangfang@example.org", "example.com"),
             domain_presence=DomainPresence.EXISTS, domain_nameservers=("lara.ns.cloudflare.com",),
             current=Step.DNS)
    page = window.pages[Step.DNS]
    qtbot.waitUntil(lambda: page.apply_offer.set_up.isVisible(), timeout=WAIT)
    return window, page.apply_offer


def test_a_known_dns_host_key_goes_straight_to_the_preview(qtbot, open_wizard, cloudflare) -> None:
    window, offer = at_the_dns_step(qtbot, open_wizard, cloudflare, {"token": TOKEN})
    qtbot.waitUntil(window.controller.dns_host_has_credential, timeout=WAIT)
    qtbot.mouseClick(offer.set_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown("dns_apply_dialog") is not None, timeout=WAIT)
    preview = shown("dns_apply_dialog")
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == PREVIEW, timeout=WAIT)
    assert shown("dns_credential_dialog") is None  # the key was not asked for
    assert any(r[0] == "delete" and "mx.oldmail.net" in r[3] for r in preview.changes.rows())
    # "Use a different key…": the preview closes, nothing changed, the key's window opens (empty: never the kept key)
    assert preview.other_key.isVisible() and preview.other_key.text() == "Use a different &key…"
    before = cloudflare.zone.snapshot()
    qtbot.mouseClick(preview.other_key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown("dns_credential_dialog") is not None, timeout=WAIT)
    key = shown("dns_credential_dialog")
    assert not isValid(preview) or not preview.isVisible()
    assert key.fields["token"].text() == "" and key.status.isHidden()
    assert cloudflare.zone.snapshot() == before
    key.reject()


def test_with_no_key_known_the_key_is_asked_first(qtbot, open_wizard, cloudflare) -> None:
    window, offer = at_the_dns_step(qtbot, open_wizard, cloudflare, None)
    qtbot.wait(200)  # the keychain was read (nothing there)
    assert not window.controller.dns_host_has_credential()
    qtbot.mouseClick(offer.set_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown("dns_credential_dialog") is not None, timeout=WAIT)
    key = shown("dns_credential_dialog")
    assert shown("dns_apply_dialog") is None and key.fields["token"].text() == "" and key.status.isHidden()
    key.fields["token"].setText(TOKEN)
    qtbot.mouseClick(key.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown("dns_apply_dialog") is not None, timeout=WAIT)
    preview = shown("dns_apply_dialog")
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == PREVIEW, timeout=WAIT)
    preview.reject()


def test_a_refused_known_key_opens_the_key_window_saying_why(qtbot, open_wizard, cloudflare) -> None:
    window, offer = at_the_dns_step(qtbot, open_wizard, cloudflare, {"token": "r" * 40})  # revoked since
    before = cloudflare.zone.snapshot()
    qtbot.waitUntil(window.controller.dns_host_has_credential, timeout=WAIT)
    qtbot.mouseClick(offer.set_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown("dns_credential_dialog") is not None, timeout=WAIT)
    key = shown("dns_credential_dialog")
    qtbot.waitUntil(lambda: key.status.status is Status.PROBLEM, timeout=WAIT)
    assert key.status.isVisible() and "key" in key.status.plain.lower()
    assert shown("dns_apply_dialog") is None and not window.controller.dns_host_has_credential()
    assert cloudflare.zone.snapshot() == before
    assert all(r.method == "GET" for r in cloudflare.requests)
    key.fields["token"].setText(TOKEN)  # the new key: checked, then the preview
    qtbot.mouseClick(key.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown("dns_apply_dialog") is not None, timeout=WAIT)
    preview = shown("dns_apply_dialog")
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == PREVIEW, timeout=WAIT)
    preview.reject()


# --- the provider's app ID and secret (Tencent Exmail, against its loopback fake) -------------------------------
def settled(qtbot, box) -> None:
    """The provider's users, groups, departments… read before the window closes (else they end in the next test)."""
    tasks = box.controller.tasks
    qtbot.waitUntil(lambda: not any(n.startswith("provider-") for n in tasks.names), timeout=WAIT)


def keep_app_secret(secrets: MemoryStore, app_id: str, secret: str) -> None:
    secrets.values["app-secret:tencent"] = json.dumps({"app_id": app_id, "secret": secret, "site": ""})


def test_a_known_app_secret_connects_at_once(qtbot, open_wizard, world) -> None:  # noqa: F811
    _dns, _fake, secrets, _conns = world
    keep_app_secret(secrets, "wwcorp", "s3cret")
    _window, page = open_dns_step(qtbot, open_wizard, world)
    box = page.connect_box
    opened: list[QDialog] = []
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    for _ in range(100):
        if box.status.status is Status.DONE:
            break
        dialog = box.findChild(QDialog, "app_secret_dialog")
        if dialog is not None and dialog.isVisible():
            opened.append(dialog)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert not opened and box.findChild(QDialog, "app_secret_dialog") is None
    assert box.status.plain == "Connected to Tencent Exmail (ID wwcorp)."
    # "Change the ID or secret…" still opens the form, with the kept ID
    assert box.connect_button.text() == "Change the &ID or secret…"
    dialog = app_secret_dialog(qtbot, box)
    assert dialog.app_id.text() == "wwcorp" and dialog.secret.text() == ""  # the secret is never shown back
    dialog.reject()
    settled(qtbot, box)


def test_with_no_app_secret_known_connect_asks_for_it(qtbot, open_wizard, world) -> None:  # noqa: F811
    _dns, fake, _secrets, _conns = world
    _window, page = open_dns_step(qtbot, open_wizard, world)
    box = page.connect_box
    dialog = app_secret_dialog(qtbot, box)
    assert dialog.app_id.text() == "" and dialog.problem.isHidden()
    assert not box.controller.state.connected_account and not fake.requests  # nothing was tried
    dialog.reject()


def test_a_refused_known_app_secret_opens_the_form_saying_why(qtbot, open_wizard, world) -> None:  # noqa: F811
    _dns, _fake, secrets, _conns = world
    keep_app_secret(secrets, "wwcorp", "changed-since")
    _window, page = open_dns_step(qtbot, open_wizard, world)
    box = page.connect_box
    dialog = app_secret_dialog(qtbot, box)
    assert dialog.app_id.text() == "wwcorp"
    assert dialog.problem.isVisible() and dialog.problem.status is Status.PROBLEM
    assert "did not accept the ID or the secret" in dialog.problem.plain
    assert box.problem.isVisible()  # and on the page, once the form is closed
    dialog.secret.setText("s3cret")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    settled(qtbot, box)
