"""The Connect step in a copy built with MailWizard's own sign-in apps: only "Sign in with …" (no form), the
organisation's own registration behind "Advanced"; and without them, the registration form as before."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.integration.provider_helpers import ScriptedBrowser, txt_lookup
from tests.servers.google_fake import GoogleFake
from tests.ui.helpers import WAIT
from tests.ui.test_wizard import click_row, domain_page, fill_company, provider_page, type_into

BUILTIN = {"google": AppRegistration("111111111111-mailwizard.apps.googleusercontent.com", "GOCSPX-builtin"),
           "microsoft": AppRegistration("22222222-3333-4444-5555-666666666666")}
OWN_ID, OWN_SECRET = "own-client.apps.googleusercontent.com", "own-secret"


@pytest.fixture
def builtin(monkeypatch):
    """This copy was built with the publisher's app ids (build.spec, MAILWIZARD_*)."""
    monkeypatch.setattr("mailwizard.core.providers.connection.default_registration", BUILTIN.get)


def open_dns_step(qtbot, open_wizard, monkeypatch, google: GoogleFake, dns_port: int, provider_id: str = "google",
                  plan_id: str = "business-starter"):
    browser = ScriptedBrowser()
    monkeypatch.setattr("mailwizard.ui.widgets.connect_box.open_in_browser", browser)
    server = f"127.0.0.1:{dns_port}"
    window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
    window.controller.connections = Connections(MemoryStore(), Endpoints(
        GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url)),
        policy=RetryPolicy(attempts=3, base_delay=0.01))
    type_into(qtbot, provider_page(window).seats, "5")
    click_row(qtbot, provider_page(window), provider_id, plan_id)
    window.controller.go_next()
    fill_company(qtbot, window)
    qtbot.waitUntil(lambda: domain_page(window).presence.status not in (None, Status.WAITING), timeout=WAIT)
    window.controller.go_next()
    assert window.controller.state.current is Step.DNS
    return window, window.pages[Step.DNS].connect_box, browser


@pytest.fixture
def google_world():
    zone = Zone(zones={"com"})
    with LoopbackDns(zone) as dns_server, GoogleFake(
            primary_domain="example-corp.com", dns_txt=txt_lookup(dns_server.port),
            client_id=BUILTIN["google"].client_id, client_secret=BUILTIN["google"].client_secret) as google:
        yield google, dns_server.port


def client_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["client_id"][0]


def no_dialog_opens(qtbot) -> list:
    """Records any modal window that opens (and closes it, so a wrong dialog cannot hang the test)."""
    seen: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog.objectName())
            dialog.reject()
    QTimer.singleShot(100, look)
    return seen


def test_with_a_built_in_app_google_signs_in_with_one_click(qtbot, open_wizard, monkeypatch, builtin,
                                                             google_world) -> None:
    google, dns_port = google_world
    window, box, browser = open_dns_step(qtbot, open_wizard, monkeypatch, google, dns_port)
    assert box.connect_button.text() == "&Sign in with Google"
    assert box.advanced.isVisible() and "own app registration" in box.advanced.text()
    assert "administrator account" in box.status.plain
    assert not [e for e in box.findChildren(QLineEdit) if e.isVisible()]  # nothing to fill in
    seen = no_dialog_opens(qtbot)
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert seen == []  # straight to the browser: no registration form
    assert client_of(browser.opened[0]) == BUILTIN["google"].client_id  # the fake also wanted the built-in secret
    assert box.connect_button.text() == "&Sign in again…"
    qtbot.waitUntil(lambda: "verification" in window.controller.state.dns_values, timeout=WAIT)


def test_advanced_opens_the_registration_form_for_the_organisations_own_app(qtbot, open_wizard, monkeypatch, builtin,
                                                                           google_world) -> None:
    google, dns_port = google_world
    google.client_id, google.client_secret = OWN_ID, OWN_SECRET  # the organisation registered its own
    _window, box, browser = open_dns_step(qtbot, open_wizard, monkeypatch, google, dns_port)
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"], seen["prefilled"] = dialog.objectName(), dialog.client_id.text()
        seen["service_account"] = dialog.key_button.isVisible()
        dialog.client_id.setText(OWN_ID)
        dialog.client_secret.setText(OWN_SECRET)
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Sign in in my browser").click()

    QTimer.singleShot(50, fill)
    box.advanced.linkActivated.emit("#")
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert seen == {"dialog": "registration_dialog", "prefilled": "", "service_account": True}
    assert client_of(browser.opened[0]) == OWN_ID


def test_with_a_built_in_app_microsoft_offers_its_own_sign_in(qtbot, open_wizard, monkeypatch, builtin,
                                                              google_world) -> None:
    google, dns_port = google_world
    _window, box, _browser = open_dns_step(qtbot, open_wizard, monkeypatch, google, dns_port, "microsoft",
                                           "business-basic")
    assert box.connect_button.text() == "&Sign in with Microsoft"
    assert box.advanced.isVisible()


def test_without_a_built_in_app_connect_asks_for_the_registration(qtbot, open_wizard, monkeypatch,
                                                                  google_world) -> None:
    google, dns_port = google_world
    _window, box, browser = open_dns_step(qtbot, open_wizard, monkeypatch, google, dns_port)
    assert box.connect_button.text() == "&Connect…"
    assert not box.advanced.isVisible()
    seen = no_dialog_opens(qtbot)
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert seen == ["registration_dialog"] and not browser.opened
