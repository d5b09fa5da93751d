"""The cross-host cases (dnshost_cases.py) against the West Digital API v2 fake through core/dnshosts/west.py."""

from __future__ import annotations

import pytest

from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug
from tests.servers.dnshosts.west_fake import WestFake

CREDENTIAL = {"username": "zhangsan", "api_password": "5dh232kfg!*"}


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug("west", WestFake, CREDENTIAL)
