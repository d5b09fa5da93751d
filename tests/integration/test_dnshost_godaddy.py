"""The cross-host cases (dnshost_cases.py) against GoDaddy's Domains API v1, through its loopback fake
(tests/servers/dnshosts/godaddy_fake.py) and the real module found from resources/dns_hosts/godaddy.toml."""

from __future__ import annotations

import pytest

from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug
from tests.servers.dnshosts.godaddy_fake import GoDaddyDnsFake


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug("godaddy", GoDaddyDnsFake, {"key": "gd_Key_0123456789", "secret": "Secret_987"})
