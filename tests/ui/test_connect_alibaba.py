"""Alibaba Mail from the DNS step: connect with the app ID and secret, and its console's verdict on the
domain (not added yet → added and MX-verified) read through the API."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.alibaba_fake import AlibabaFake
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.ui.test_connect_tencent import dns_step_for, fill_dialog


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
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=10000)
    assert box.status.plain == "Connected to 例子贸易 (ID app-1)."
    qtbot.waitUntil(lambda: box.problem.isVisible(), timeout=5000)
    assert "example.com has not been added in the provider's admin console" in box.problem.plain

    # the admin adds it in the console and publishes the MX records; the console verifies them
    fake.add_domain("example.com", mx_verified=True)
    zone.add("example.com", "MX", "5 mx1.qiye.aliyun.com.", "10 mx2.qiye.aliyun.com.", "15 mx3.qiye.aliyun.com.")
    zone.add("example.com", "TXT", "v=spf1 include:spf.qiye.aliyun.com -all")
    qtbot.mouseClick(dns.check_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.state.provider_verified, timeout=8000)
    qtbot.waitUntil(lambda: box.domain_status.status is Status.DONE, timeout=5000)
    assert box.domain_status.plain == "Alibaba Mail has verified example.com."
    assert not box.domain_steps.isVisible()
