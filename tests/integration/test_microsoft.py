"""Microsoft 365 end to end against the loopback fake of the identity platform and Microsoft Graph,
with the DNS step's loopback DNS server."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.providers.base import NoLicenseSeats, PermissionDenied, VerificationFailed
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser, members, txt_lookup
from tests.servers.graph_fake import GraphFake

DOMAIN = "example.com"
FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)
SKU = "c42b9cae-ea4f-4ab7-9717-81576235ccac"


@pytest.fixture
def zone() -> Zone:
    return Zone(zones={"com"})


@pytest.fixture
def graph(zone: Zone):
    skus = [{"skuId": SKU, "skuPartNumber": "O365_BUSINESS_ESSENTIALS",
             "prepaidUnits": {"enabled": 310, "suspended": 0, "warning": 0}, "consumedUnits": 1,
             "capabilityStatus": "Enabled", "appliesTo": "User"}]
    with LoopbackDns(zone) as dns_server, GraphFake(dns_txt=txt_lookup(dns_server.port), skus=skus) as fake:
        yield fake


async def connect(graph: GraphFake, secrets: MemoryStore | None = None):
    endpoints = Endpoints(GoogleEndpoints.at(graph.base_url), GraphEndpoints.at(graph.base_url))
    conns = Connections(secrets or MemoryStore(), endpoints, policy=FAST, usage_location="CN", rate=None)
    browser = ScriptedBrowser()
    provider, account = await conns.connect("microsoft", AppRegistration("test-client-id"), browser, "ok")
    return conns, provider, account, browser


def test_sign_in_and_who_is_signed_in(graph: GraphFake) -> None:
    secrets = MemoryStore()

    async def scenario():
        _conns, provider, account, browser = await connect(graph, secrets)
        await provider.close()
        return account, browser

    account, browser = asyncio.run(scenario())
    assert account.email == "admin@contoso.onmicrosoft.com" and account.organisation == "Contoso Ltd"
    assert "code_challenge_method=S256" in browser.opened[0] and "offline_access" in browser.opened[0]
    assert "refresh_token" in secrets.values["oauth-token:microsoft"]


def test_bind_verify_and_read_the_tenant_records(graph: GraphFake, zone: Zone) -> None:
    async def scenario():
        _c, provider, _a, _b = await connect(graph)
        try:
            first = await provider.add_domain(DOMAIN)
            again = await provider.add_domain(DOMAIN)  # already added: recognised, not an error
            code = await provider.verification_value(DOMAIN)
            with pytest.raises(VerificationFailed):
                await provider.verify_domain(DOMAIN)
            zone.add(DOMAIN, "TXT", f"MS={code}")
            verified = await provider.verify_domain(DOMAIN)
            twice = await provider.verify_domain(DOMAIN)  # "already verified" is success
            values = await provider.tenant_values(DOMAIN)
            return first, again, code, verified, twice, values
        finally:
            await provider.close()

    first, again, code, verified, twice, values = asyncio.run(scenario())
    assert not first.verified and not again.verified
    assert code.startswith("ms")
    assert verified.verified and twice.verified
    assert values == {"mx_host": "example-com.mail.protection.outlook.com"}


def test_300_accounts_with_licenses_exactly_once_through_throttling(graph: GraphFake, zone: Zone, tmp_path) -> None:
    store = Store(tmp_path)
    graph.inject(GraphFake.throttle(times=5, retry_after=0, path="/v1.0/users$", method="POST"))
    graph.inject(GraphFake.unavailable(times=2, path="/v1.0/users$", method="POST"))
    graph.inject(GraphFake.concurrency_violation(times=2, path="assignLicense", method="POST"))
    graph.inject(Fault.drop_after(times=3, path="/v1.0/users$", method="POST"))

    async def scenario():
        _c, provider, _a, _b = await connect(graph)
        try:
            await provider.add_domain(DOMAIN)
            zone.add(DOMAIN, "TXT", f"MS={await provider.verification_value(DOMAIN)}")
            await provider.verify_domain(DOMAIN)
            return await create_accounts(provider, members(DOMAIN, 300), store, license_sku=SKU, concurrency=8)
        finally:
            await provider.close()

    report = asyncio.run(scenario())
    assert len(report.created) == 300 and not report.failed
    ours = [u for u in graph.users.values() if u["userPrincipalName"].endswith("@" + DOMAIN)]
    assert len(ours) == 300
    assert graph.skus[0]["consumedUnits"] == 301  # the admin's own + one license per new mailbox, none twice
    store.close()


def test_not_enough_licenses_stops_before_anything_is_created(graph: GraphFake, tmp_path) -> None:
    graph.skus[0]["prepaidUnits"]["enabled"] = 10
    store = Store(tmp_path)

    async def scenario():
        _c, provider, _a, _b = await connect(graph)
        try:
            await create_accounts(provider, members(DOMAIN, 30), store, license_sku=SKU)
        finally:
            await provider.close()

    before = len(graph.users)
    with pytest.raises(NoLicenseSeats) as caught:
        asyncio.run(scenario())
    assert caught.value.params == {"sku": "Microsoft 365 Business Basic", "available": "9", "needed": "30"}
    assert len(graph.users) == before
    store.close()


def test_missing_admin_role_is_a_clear_permission_error(graph: GraphFake) -> None:
    graph.admin_roles = ()

    async def scenario():
        _c, provider, _a, _b = await connect(graph)
        try:
            await provider.add_domain(DOMAIN)
        finally:
            await provider.close()

    with pytest.raises(PermissionDenied):
        asyncio.run(scenario())
