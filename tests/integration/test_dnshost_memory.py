"""The cross-host cases (dnshost_cases.py) against the in-memory DNS host: the engine's own run of the harness."""

from __future__ import annotations

import pytest

from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug
from tests.servers.dnshosts.memory_host import CREDENTIAL, HOST_ID, REGISTRY, MemoryFake


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug(HOST_ID, MemoryFake, CREDENTIAL, REGISTRY)
