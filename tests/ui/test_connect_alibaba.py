"""Alibaba Mail from the DNS step: connect with the app ID and secret, and its console's verdict on the
domain (not added yet → added and MX-verified) read through the API."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.alibaba_fake import AlibabaFake
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.ui.helpers import WAIT
from tests.ui.test_connect_tencent import app_secret_dialog, dns_step_for, fill_dialog
from tests.ui.test_wizard import type_into


@pytest.fixture
def world():
    zone = Zone(zones={"com", "net"})
    zone.add("example.com", "NS", "ns1.example.net.")
    with LoopbackDns(zone) as dns_server, AlibabaFake(app_id="app-1", secret="sec-1", domains=(),
                                                      org_name="例子贸易") as fake:
        connections = Connections(MemoryStore(), Endpoints.loopback(fake.base_url),
                                  policy=RetryPolicy(attempts=3, base_delay=0.01), rate=None)
        yield zone, dns_server, fake, connections


def test_alibaba_reads_the_console_verdict_on_the_domain(qtbot, open_wizard, world) -> None:
    zone, dns_server, fake, connections = world
    window, dns = dns_step_for(qtbot, open_wizard, dns_server, connections, "alibaba", "free")
    box = dns.connect_box
    assert "添加域名" in box.domain_steps.text()
    fill_dialog(qtbot, box, "app-1", "sec-1", {})
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert box.status.plain == "Connected to 例子贸易 (ID app-1)."
    qtbot.waitUntil(lambda: box.problem.isVisible(), timeout=WAIT)
    assert "example.com has not been added in the provider's admin console" in box.problem.plain

    # the admin adds it in the console and publishes the MX records; the console verifies them
    fake.add_domain("example.com", mx_verified=True)
    zone.add("example.com", "MX", "5 mx1.qiye.aliyun.com.", "10 mx2.qiye.aliyun.com.", "15 mx3.qiye.aliyun.com.")
    zone.add("example.com", "TXT", "v=spf1 include:spf.qiye.aliyun.com -all")
    qtbot.mouseClick(dns.check_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.state.provider_verified, timeout=WAIT)
    qtbot.waitUntil(lambda: box.domain_status.status is Status.DONE, timeout=WAIT)
    assert box.domain_status.plain == "Alibaba Mail has verified example.com."
    assert not box.domain_steps.isVisible()


@pytest.fixture
def two_sites():
    """The China site and Singapore, each its own fake, as Endpoints.real() with the two sites at loopback."""
    zone = Zone(zones={"com", "net"})
    zone.add("example.com", "NS", "ns1.example.net.")
    with LoopbackDns(zone) as dns_server, \
            AlibabaFake(site="cn", app_id="cn-app", secret="cn-sec", org_name="例子贸易") as china, \
            AlibabaFake(site="sg", app_id="sg-app", secret="sg-sec", org_name="Example Pte. Ltd.",
                        mx_verified=True) as singapore:
        secrets = MemoryStore()
        endpoints = dataclasses.replace(Endpoints.real(), alibaba_sites={"cn": china.base_url,
                                                                         "sg": singapore.base_url})
        yield dns_server, china, singapore, secrets, Connections(secrets, endpoints)


def site_dialog(qtbot, open_wizard, two_sites, region: str):
    dns_server, _china, _singapore, _secrets, connections = two_sites
    window, dns = dns_step_for(qtbot, open_wizard, dns_server, connections, "alibaba", "free")
    window.controller.update(region=region)  # as step 1's "Where most of your staff work" says
    box = dns.connect_box
    return window, box, app_secret_dialog(qtbot, box)


@pytest.mark.parametrize(("region", "site", "shown"), [("cn_mainland", "cn", "Mainland China"),
                                                       ("elsewhere", "sg", "Singapore")])
def test_the_site_is_offered_from_the_region_and_reaches_the_provider(qtbot, open_wizard, two_sites, region, site,
                                                                      shown) -> None:
    _dns, china, singapore, secrets, _conns = two_sites
    _window, box, dialog = site_dialog(qtbot, open_wizard, two_sites, region)
    assert dialog.site_choice.isVisible() and dialog.chosen_site() == site and shown in dialog.site_choice.currentText()
    assert dialog.findChild(QLabel, "site_question").text() == "<b>Where was your Alibaba Mail account opened?</b>"
    assert ("qiye.aliyun.com" in dialog.where.text()) is (site == "cn")  # the China site's console only
    fake = china if site == "cn" else singapore
    type_into(qtbot, dialog.app_id, fake.app_id)
    type_into(qtbot, dialog.secret, f"{site}-sec")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert fake.tokens_issued >= 1 and (singapore if site == "cn" else china).tokens_issued == 0
    assert json.loads(secrets.values["app-secret:alibaba"])["site"] == site


def test_the_admin_can_choose_another_site(qtbot, open_wizard, two_sites) -> None:
    _dns, china, _singapore, _secrets, _conns = two_sites
    _window, box, dialog = site_dialog(qtbot, open_wizard, two_sites, "cn_mainland")
    dialog.site_choice.setCurrentIndex(dialog.site_choice.findData("sg"))
    assert "qiye.aliyun.com" not in dialog.where.text() and "administrator signs in" in dialog.where.text()
    fill_dialog_values(qtbot, dialog, "sg-app", "sg-sec")
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert box.status.plain == "Connected to Example Pte. Ltd. (ID sg-app)."
    assert china.tokens_issued == 0


def test_china_site_credentials_at_the_international_site_are_explained(qtbot, open_wizard, two_sites) -> None:
    _dns, china, singapore, secrets, _conns = two_sites
    _window, box, dialog = site_dialog(qtbot, open_wizard, two_sites, "elsewhere")
    fill_dialog_values(qtbot, dialog, "cn-app", "cn-sec")  # Singapore offered, the China site's app typed
    qtbot.waitUntil(lambda: box.problem.isVisible(), timeout=WAIT)
    assert box.problem.status is Status.PROBLEM
    assert "did not accept the ID or the secret at the site you chose" in box.problem.plain
    assert "Check where your account was opened" in box.problem.plain
    assert "app-secret:alibaba" not in secrets.values and china.tokens_issued == singapore.tokens_issued == 0


def fill_dialog_values(qtbot, dialog, app_id: str, secret: str) -> None:
    type_into(qtbot, dialog.app_id, app_id)
    type_into(qtbot, dialog.secret, secret)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
