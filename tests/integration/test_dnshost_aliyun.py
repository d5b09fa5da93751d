"""The cross-host cases (dnshost_cases.py) against Alibaba Cloud DNS: core/dnshosts/aliyun.py, connected through the
registry from resources/dns_hosts/aliyun.toml's [api] table, at the loopback Alibaba fake."""

from __future__ import annotations

import pytest

from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug
from tests.servers.dnshosts.aliyun_fake import AliyunDnsFake


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug("aliyun", AliyunDnsFake, {"access_key_id": "LTAI5tHarnessKey01",
                                              "access_key_secret": "HarnessSecret0123456789abcd"})
