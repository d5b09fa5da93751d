"""The cross-host cases (dnshost_cases.py) against Cloudflare's API v4, through its loopback fake
(mailwizard/sandbox/cloudflare_dns_fake.py) and the real module found from resources/dns_hosts/cloudflare.toml."""

from __future__ import annotations

import pytest

from mailwizard.sandbox.cloudflare_dns_fake import CloudflareDnsFake
from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected here)
from tests.integration.dnshost_cases import HostPlug


@pytest.fixture
def dns_host() -> HostPlug:
    return HostPlug("cloudflare", CloudflareDnsFake, {"token": "Cf_" + "t0ken" * 7 + "ab"},
                    zone_options={"id_prefix": "cf"})
