"""Connecting to Google Workspace from the DNS step: sign in, domain bound and verified, and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.integration.provider_helpers import ScriptedBrowser, txt_lookup
from tests.servers.google_fake import GoogleFake
from tests.ui.helpers import WAIT
from tests.ui.test_wizard import choose_google, domain_page, fill_company


@pytest.fixture
def world(monkeypatch):
    zone = Zone(zones={"com", "net", "test"})
    zone.add("example.com", "NS", "ns1.example.net.")
    browser = ScriptedBrowser()
    monkeypatch.setattr("mailwizard.ui.widgets.connect_box.open_in_browser", browser)
    with LoopbackDns(zone) as dns_server, GoogleFake(primary_domain="example-corp.com",
                                                     dns_txt=txt_lookup(dns_server.port)) as google:
        secrets = MemoryStore()
        endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
        connections = Connections(secrets, endpoints, policy=RetryPolicy(attempts=3, base_delay=0.01))
        yield zone, dns_server, google, secrets, connections, browser


def open_dns_step(qtbot, open_wizard, world):
    _zone, dns_server, _google, _secrets, connections, _browser = world
    server = f"127.0.0.1:{dns_server.port}"
    window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
    window.controller.connections = connections
    choose_google(qtbot, window)
    fill_company(qtbot, window)
    qtbot.waitUntil(lambda: domain_page(window).presence.status is not None and
                    domain_page(window).presence.status is not Status.WAITING, timeout=WAIT)
    window.controller.go_next()
    return window, window.pages[Step.DNS]


def fill_registration_dialog(client_id: str, client_secret: str = "") -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog) and dialog.objectName() == "registration_dialog"
        dialog.client_id.setText(client_id)
        dialog.client_secret.setText(client_secret)
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Sign in in my browser").click()
    QTimer.singleShot(50, fill)


def test_connect_binds_the_domain_and_google_verifies_it(qtbot, open_wizard, world) -> None:
    zone, _dns, google, _secrets, _conns, browser = world
    window, page = open_dns_step(qtbot, open_wizard, world)
    box = page.connect_box
    assert box.isVisible() and box.status.status is None and "Optional" in box.status.text.text()  # an offer
    fill_registration_dialog("test-client-id", "test-client-secret")
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert box.status.plain == "Signed in as admin@example.com (organisation: example-corp.com)."
    assert browser.opened and "code_challenge" in browser.opened[0]
    # the verification value came from Google, not from the user
    qtbot.waitUntil(lambda: "verification" in window.controller.state.dns_values, timeout=WAIT)
    token = window.controller.state.dns_values["verification"]
    assert "example.com" in google.domains
    assert not window.controller.state.provider_verified
    zone.add("example.com", "TXT", f"google-site-verification={token}")
    qtbot.mouseClick(page.check_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.state.provider_verified, timeout=WAIT)
    qtbot.waitUntil(lambda: box.domain_status.status is Status.DONE, timeout=WAIT)
    assert box.domain_status.plain == "Google Workspace has verified example.com."
    assert google.domains["example.com"]["verified"] is True
    assert window.next_button.isEnabled()
    # DKIM keys are made in Google's console only: connected, the row says where to get it
    values = [page.records.item(r, 3).text() for r in range(page.records.rowCount())]
    assert "Not known yet: copy it from your provider's console, paste it below" in values
    assert page.values_title.text().startswith("MailWizard cannot fetch these values")  # not "until it connects"


def test_a_non_admin_is_told_which_role_is_missing(qtbot, open_wizard, world) -> None:
    _zone, _dns, google, _secrets, _conns, _browser = world
    google.is_super_admin = False
    window, page = open_dns_step(qtbot, open_wizard, world)
    fill_registration_dialog("test-client-id", "test-client-secret")
    qtbot.mouseClick(page.connect_box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.connect_box.problem.status is Status.PROBLEM, timeout=WAIT)
    assert "super administrator" in page.connect_box.problem.plain
    assert not window.controller.state.connected_account


def test_no_token_or_password_ever_reaches_the_disk(qtbot, open_wizard, world, state_dir: Path) -> None:
    """The whole flow, then a scan of the state directory for every secret that was used."""
    _zone, _dns, google, secrets, _conns, _browser = world
    window, page = open_dns_step(qtbot, open_wizard, world)
    fill_registration_dialog("test-client-id", "test-client-secret")
    qtbot.mouseClick(page.connect_box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "verification" in window.controller.state.dns_values, timeout=WAIT)
    google.expire_all_access_tokens()  # force a refresh, so a second access token exists
    window.controller.bind_domain()
    qtbot.wait(300)
    window.close()
    tokens = set(google.issued_tokens())
    tokens |= {json.loads(v).get(k) for v in secrets.values.values() for k in ("access_token", "refresh_token")}
    tokens.discard(None)
    assert len(tokens) >= 3, "the test should have seen tokens to look for"
    tokens.add("test-client-secret")  # the organisation's client secret: in the password store only
    blobs = b"".join(p.read_bytes() for p in state_dir.rglob("*") if p.is_file())
    assert not [t for t in tokens if t.encode() in blobs]


def test_microsoft_shows_the_tenant_licenses_and_fills_in_its_mx_host(qtbot, open_wizard, monkeypatch) -> None:
    from tests.servers.graph_fake import GraphFake
    from tests.ui.test_wizard import click_row, provider_page, type_into

    monkeypatch.setattr("mailwizard.ui.widgets.connect_box.open_in_browser", ScriptedBrowser())
    zone = Zone(zones={"com"})
    with LoopbackDns(zone) as dns_server, GraphFake(dns_txt=txt_lookup(dns_server.port)) as graph:
        server = f"127.0.0.1:{dns_server.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
        window.controller.connections = Connections(MemoryStore(), Endpoints(
            GoogleEndpoints.at(graph.base_url), GraphEndpoints.at(graph.base_url)),
            policy=RetryPolicy(attempts=3, base_delay=0.01))
        page = provider_page(window)
        type_into(qtbot, page.seats, "5")
        click_row(qtbot, page, "microsoft", "business-basic")
        window.controller.go_next()
        fill_company(qtbot, window)
        qtbot.waitUntil(lambda: domain_page(window).presence.status not in (None, Status.WAITING), timeout=WAIT)
        window.controller.go_next()
        dns = window.pages[Step.DNS]
        hint = dns.findChild(QLabel, "hint_mx_host")  # where Microsoft's console shows the tenant's MX host
        assert hint is not None and "Settings > Domains" in hint.text()
        box = dns.connect_box
        fill_registration_dialog("test-client-id")
        qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.license.isVisible() and box.license.count() == 1, timeout=WAIT)
        assert box.license.currentText() == "Microsoft 365 Business Basic — 25 free"
        assert window.controller.state.license_sku == graph.skus[0]["skuId"]
        qtbot.waitUntil(lambda: window.controller.state.dns_values.get("verification", "").startswith("ms"),
                        timeout=WAIT)
        # Graph gives the tenant's MX host once the domain is verified and used for Email: not before
        assert "mx_host" not in window.controller.state.dns_values
        zone.add("example.com", "TXT", f"MS={window.controller.state.dns_values['verification']}")
        window.controller.check_dns_now()
        qtbot.waitUntil(lambda: window.controller.state.dns_values.get("mx_host") ==
                        "example-com.mail.protection.outlook.com", timeout=WAIT)
        assert window.controller.state.provider_verified
        assert "Email" in graph.domains["example.com"]["supportedServices"]


def test_a_service_account_key_connects_without_a_browser(qtbot, open_wizard, world, tmp_path) -> None:
    from tests.integration.test_google import service_account_key

    _zone, _dns, google, secrets, _conns, browser = world
    key_file = tmp_path / "key.json"
    key_file.write_text(service_account_key(google), encoding="utf-8")
    window, page = open_dns_step(qtbot, open_wizard, world)

    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["prefilled"] = dialog.subject.text()
        dialog.set_key_path(str(key_file))
        dialog.subject.setText("admin@example.com")
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Sign in in my browser").click()

    QTimer.singleShot(50, fill)
    qtbot.mouseClick(page.connect_box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.connect_box.status.status is Status.DONE, timeout=WAIT)
    assert not browser.opened  # no browser: the key signs its own requests
    assert seen["prefilled"] == ""  # the contact's personal address cannot act as the Workspace administrator
    qtbot.waitUntil(lambda: "verification" in window.controller.state.dns_values, timeout=WAIT)
    assert "PRIVATE KEY" in secrets.values["service-account-key:google"]
    state_files = b"".join(p.read_bytes() for p in window.store.directory.rglob("*") if p.is_file())
    assert b"PRIVATE KEY" not in state_files


def test_the_sign_in_dialog_shows_its_help_whole(qtbot) -> None:
    """Its wrapped help (where to find the client ID) was sized for half its lines and cut off."""
    from mailwizard.ui.widgets.registration_dialog import RegistrationDialog

    dialog = RegistrationDialog("Google Workspace", "", service_account=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
    assert wrapped and all(label.height() >= label.heightForWidth(label.width()) for label in wrapped)


def test_a_google_sign_in_without_the_client_secret_says_what_is_missing(qtbot, open_wizard, world) -> None:
    window, page = open_dns_step(qtbot, open_wizard, world)
    fill_registration_dialog("test-client-id")  # a "Desktop app" client's secret left out
    qtbot.mouseClick(page.connect_box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.connect_box.problem.status is Status.PROBLEM, timeout=WAIT)
    assert page.connect_box.problem.plain.startswith("Google needs the OAuth client's secret as well as its ID.")
    assert not window.controller.state.connected_account


def test_the_sign_in_dialog_speaks_only_of_the_chosen_provider(qtbot) -> None:
    from mailwizard.ui.widgets.registration_dialog import RegistrationDialog

    for desktop_app, name, absent in ((True, "Google Workspace", "Allow public client flows"),
                                      (False, "Microsoft 365", "Desktop app")):
        dialog = RegistrationDialog(name, "", desktop_app=desktop_app)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        help_text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert name in help_text and absent not in help_text
        assert dialog.client_secret.isVisible() is desktop_app  # Microsoft's public client flow has no secret
