"""An international Alibaba Mail tenant end to end, and the China site beside it: two loopback fakes, one per
site, reached through the profile and connection code exactly as the app builds them (Endpoints.real() with
only the two sites pointed at loopback; no provider options the app does not pass)."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import httpx
import pytest

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.providers.base import WrongCredentials, WrongCredentialsOrSite
from mailwizard.core.providers.connection import AppSecret, Connections, Endpoints
from mailwizard.core.secrets import MemoryStore, put_json
from mailwizard.core.store import Store
from mailwizard.sandbox.alibaba_fake import AlibabaFake
from tests.integration.provider_helpers import members

DOMAIN = "example.com"
ENTRY = "app-secret:alibaba"


@pytest.fixture
def sites():
    with AlibabaFake(site="cn", app_id="cn-app", secret="cn-secret-A1", domains=(DOMAIN,),
                     org_name="例子贸易") as china, \
            AlibabaFake(site="sg", app_id="sg-app", secret="sg-secret-B2", domains=(DOMAIN,),
                        org_name="Example Pte. Ltd.") as singapore:
        yield china, singapore


def connections_for(china: AlibabaFake, singapore: AlibabaFake) -> tuple[Connections, MemoryStore]:
    secrets = MemoryStore()
    endpoints = dataclasses.replace(Endpoints.real(), alibaba_sites={"cn": china.base_url, "sg": singapore.base_url})
    return Connections(secrets, endpoints), secrets


def test_an_international_tenant_connects_reads_its_domain_and_gets_its_members(sites, tmp_path) -> None:
    china, singapore = sites
    singapore.set_mx_verified(DOMAIN)
    connections, secrets = connections_for(china, singapore)
    store = Store(tmp_path)

    async def scenario():
        provider, account = await connections.connect_app("alibaba", AppSecret("sg-app", "sg-secret-B2", "sg"))
        try:
            status = await provider.verify_domain(DOMAIN)
            report = await create_accounts(provider, members(DOMAIN, 4), store)
        finally:
            await provider.close()
        # a restart: the keychain entry brings the same site back
        again, restored = await connections.restore("alibaba")
        await again.close()
        return account, status, report, restored

    account, status, report, restored = asyncio.run(scenario())
    store.close()
    assert account.organisation == restored.organisation == "Example Pte. Ltd."
    assert status.verified
    assert sorted(report.created) == [f"user{i:03d}@{DOMAIN}" for i in range(4)] and not report.failed
    with singapore.lock:
        assert sorted(singapore.users) == sorted(report.created)
    assert china.users == {} and china.tokens_issued == 0 and not china.requests  # the China site never asked
    assert json.loads(secrets.values[ENTRY])["site"] == "sg"


def test_an_entry_kept_before_sites_existed_reconnects_to_the_china_site(sites) -> None:
    china, singapore = sites
    connections, secrets = connections_for(china, singapore)

    async def scenario():
        await put_json(secrets, ENTRY, {"app_id": "cn-app", "secret": "cn-secret-A1"})  # no "site"
        provider, account = await connections.restore("alibaba")
        await provider.close()
        return account

    assert asyncio.run(scenario()).organisation == "例子贸易"
    assert china.tokens_issued == 1 and singapore.tokens_issued == 0


def test_china_site_credentials_at_the_international_site_are_refused_as_wrong_id_secret_or_site(sites) -> None:
    china, singapore = sites
    connections, secrets = connections_for(china, singapore)

    async def scenario():
        with pytest.raises(WrongCredentials) as caught:
            await connections.connect_app("alibaba", AppSecret("cn-app", "cn-secret-A1", "sg"))
        return caught.value

    error = asyncio.run(scenario())
    assert isinstance(error, WrongCredentialsOrSite)
    assert error.key == "provider.wrong_credentials_or_site" and error.params == {"reason": "invalid_client"}
    assert "cn-secret-A1" not in repr(error.params)
    assert ENTRY not in secrets.values  # not kept: they did not work
    assert singapore.tokens_issued == 0 and china.tokens_issued == 0  # and not quietly tried at another site
    refused = [r for r in singapore.requests if r.path == "/oauth2/v2.0/token"]
    assert len(refused) == 1


def test_the_fakes_refuse_the_other_sites_app_and_tokens_as_the_token_endpoint_does(sites) -> None:
    china, singapore = sites
    form = {"grant_type": "client_credentials", "client_id": "cn-app", "client_secret": "cn-secret-A1"}
    with httpx.Client(timeout=5) as http:
        token = http.post(f"{china.base_url}/oauth2/v2.0/token", data=form).json()["access_token"]
        refused = http.post(f"{singapore.base_url}/oauth2/v2.0/token", data=form)
        foreign = http.get(f"{singapore.base_url}/v2/organization/$current",
                           headers={"Authorization": f"bearer {token}"})
    assert refused.status_code == 401 and refused.json()["error"] == "invalid_client"
    assert foreign.status_code == 401
