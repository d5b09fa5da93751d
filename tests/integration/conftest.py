"""Fixtures for the provider integration tests."""

from __future__ import annotations

import pytest

from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.integration.provider_helpers import txt_lookup
from tests.servers.graph_fake import GraphFake


@pytest.fixture
def graph_world():
    zone = Zone(zones={"com"})
    with LoopbackDns(zone) as dns_server, GraphFake(dns_txt=txt_lookup(dns_server.port)) as graph:
        yield graph, zone
