"""The cross-host cases (dnshost_cases.py) against Huawei Cloud DNS: core/dnshosts/huawei.py, connected through the
registry from resources/dns_hosts/huawei.toml's [api] table, at the loopback Huawei fake."""

from __future__ import annotations

import pytest

from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug
from tests.servers.dnshosts.huawei_fake import HuaweiDnsFake


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug("huawei", HuaweiDnsFake, {"access_key_id": "HARNESSAKEXAMPLE0001",
                                              "secret_access_key": "HarnessSecretAccessKey0123456789abcdefgh"})
