"""Who has signed in, read from each provider's fake with a seeded tenant: never signed in, signed in, signed in
with the password changed, and an address the provider does not know. Exactly the expected states, no more."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.activation import INVITED, PASSWORD_CHANGED, SIGNED_IN, UNKNOWN
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.integration.provider_helpers import ScriptedBrowser, members, txt_lookup
from tests.servers.google_fake import GoogleFake
from tests.servers.graph_fake import GraphFake

FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)
D = "example.com"


async def _connect(fake, provider_id: str, app: AppRegistration):
    endpoints = Endpoints(GoogleEndpoints.at(fake.base_url), GraphEndpoints.at(fake.base_url))
    conns = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
    provider, _account = await conns.connect(provider_id, app, ScriptedBrowser(), "ok")
    return provider


def _states(report) -> dict[str, str]:
    return {m.address: m.state for m in report.members}


def test_google_reports_each_members_state_from_last_login_and_the_password_flag() -> None:
    with LoopbackDns(Zone(zones={"com"})) as dns, GoogleFake(primary_domain="example-corp.com",
                                                             dns_txt=txt_lookup(dns.port)) as google:
        for local in ("never", "signedin", "changed"):
            google.add_user(f"{local}@{D}", local.capitalize(), "Person")
            google.users[f"{local}@{D}"]["changePasswordAtNextLogin"] = True  # as MailWizard makes them
        google.age_user(f"never@{D}", 5)
        google.member_signs_in(f"signedin@{D}", change_password=False)
        google.member_signs_in(f"changed@{D}")
        addresses = [f"never@{D}", f"signedin@{D}", f"changed@{D}", f"ghost@{D}"]

        async def run():
            provider = await _connect(google, "google", AppRegistration("test-client-id", "test-client-secret"))
            try:
                return await provider.activation(addresses)
            finally:
                await provider.close()

        report = asyncio.run(run())
    assert report.reported and report.source.startswith("https://developers.google.com/")
    assert _states(report) == {f"never@{D}": INVITED, f"signedin@{D}": SIGNED_IN,
                               f"changed@{D}": PASSWORD_CHANGED, f"ghost@{D}": UNKNOWN}
    never = report.members[0]
    assert never.days_waiting == 5 and never.name == "Never Person" and never.since
    assert report.signed_in_count() == 2 and [m.address for m in report.waiting()] == [f"never@{D}", f"ghost@{D}"]


def test_microsoft_tells_a_changed_password_from_the_one_set_at_creation() -> None:
    skus = [{"skuId": "sku-1", "skuPartNumber": "O365_BUSINESS_ESSENTIALS",
             "prepaidUnits": {"enabled": 10, "suspended": 0, "warning": 0}, "consumedUnits": 1,
             "capabilityStatus": "Enabled", "appliesTo": "User"}]
    with LoopbackDns(Zone(zones={"com"})) as dns, GraphFake(dns_txt=txt_lookup(dns.port), skus=skus) as graph:
        people = members(D, 3)

        async def run(step):
            provider = await _connect(graph, "microsoft", AppRegistration("test-client-id"))
            try:
                return await step(provider)
            finally:
                await provider.close()

        for account in people:
            graph.add_user(account.address, account.display_name)
        never, signed, fresh = (a.address for a in people)
        graph.age_user(never, 3)
        graph.age_user(signed, 3)
        graph.member_signs_in(signed)  # three days after the account was made
        addresses = [never, signed, fresh, f"ghost@{D}"]
        report = asyncio.run(run(lambda p: p.activation(addresses)))
    assert report.reported and "graph/api/resources/user" in report.source
    # Graph tells no sign-in without a changed password (signInActivity needs Entra ID P1): the two others wait
    assert _states(report) == {never: INVITED, signed: PASSWORD_CHANGED, fresh: INVITED, f"ghost@{D}": UNKNOWN}
    by = {m.address: m for m in report.members}
    assert by[never].days_waiting == 3 and by[fresh].days_waiting == 0 and by[signed].since


@pytest.mark.parametrize("provider_id", ["tencent"])
def test_providers_without_a_sign_in_report_say_so(provider_id: str) -> None:
    from mailwizard.core.providers.tencent import TencentProvider

    cls = {"tencent": TencentProvider}[provider_id]
    report = asyncio.run(cls.activation(None, [f"a@{D}", f"b@{D}"]))  # no request is made
    assert not report.reported and report.source.startswith("https://")
    assert _states(report) == {f"a@{D}": UNKNOWN, f"b@{D}": UNKNOWN}


def test_alibaba_reports_each_members_state_from_the_fields_its_review_reads() -> None:
    """lastLoginTime (or a mail client's lastLoginTime4StandardProtocol) and isInitialPassword, as the review reads
    them (go-alimail, unconfirmed): no longer "not reported"."""
    from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider
    from mailwizard.sandbox.alibaba_fake import AlibabaFake

    with AlibabaFake(app_id="test-app-id", secret="test-secret-Xy7", domains=(D,)) as fake:
        c = fake.seed_review(D)
        addresses = [c["never"], c["temporary"], c["fine"], f"ghost@{D}"]

        async def run():
            provider = AlibabaProvider("test-app-id", "test-secret-Xy7", AlibabaEndpoints.at(fake.base_url),
                                       policy=FAST, rate=None)
            try:
                return await provider.activation(addresses)
            finally:
                await provider.close()

        report = asyncio.run(run())
    assert report.reported and "go-alimail" in report.source
    assert _states(report) == {c["never"]: INVITED, c["temporary"]: SIGNED_IN, c["fine"]: PASSWORD_CHANGED,
                               f"ghost@{D}": UNKNOWN}
    by = {m.address: m for m in report.members}
    assert by[c["never"]].days_waiting is not None and by[c["temporary"]].since
