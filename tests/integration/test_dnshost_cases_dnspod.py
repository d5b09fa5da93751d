"""The cross-host cases (dnshost_cases.py) against the DNSPod API 3.0 fake through core/dnshosts/dnspod.py."""

from __future__ import annotations

import pytest

from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug
from tests.servers.dnshosts.dnspod_fake import DnspodFake

CREDENTIAL = {"secret_id": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug("dnspod", DnspodFake, CREDENTIAL)
