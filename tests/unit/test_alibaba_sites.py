"""Alibaba Mail's sites: each site's API host, the profile's list of them, the one offered first for the
region, and the site that travels with the app ID and secret (older keychain entries without one: China)."""

from __future__ import annotations

import asyncio
import dataclasses
from types import SimpleNamespace

import pytest

from mailwizard.core.providers.alibaba import SITE_HOSTS, AlibabaEndpoints
from mailwizard.core.providers.connection import AppSecret, Endpoints
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.session.provider import ProviderStep

# https://help.aliyun.com/zh/document_detail/3022213.html (China site) and
# https://www.alibabacloud.com/help/zh/alibaba-mail/latest/api-access-server-address (international sites)
HOSTS = {
    "cn": "https://alimail-cn.aliyuncs.com",
    "sg": "https://alimail-sg.aliyuncs.com",
    "hk": "https://alimail-hk.aliyuncs.com",
    "de": "https://alimail-de.aliyuncs.com",
    "us": "https://alimail-us.aliyuncs.com",
}


@pytest.mark.parametrize("site", sorted(HOSTS))
def test_each_site_has_its_own_host(site: str) -> None:
    endpoints = AlibabaEndpoints.at(None, site)
    assert endpoints.token_url == f"{HOSTS[site]}/oauth2/v2.0/token"
    assert endpoints.api == f"{HOSTS[site]}/v2"
    assert endpoints.site == site


def test_without_a_site_it_is_the_china_site_and_a_fake_stands_in_for_any() -> None:
    assert AlibabaEndpoints.at() == AlibabaEndpoints.at(None, "cn")
    fake = AlibabaEndpoints.at("http://127.0.0.1:8080/", "de")
    assert (fake.token_url, fake.api, fake.site) == ("http://127.0.0.1:8080/oauth2/v2.0/token",
                                                      "http://127.0.0.1:8080/v2", "de")
    with pytest.raises(ValueError):
        AlibabaEndpoints.at(None, "international")  # not a site: never silently the China host


def test_the_profile_lists_exactly_the_sites_with_hosts() -> None:
    profile = profile_for("alibaba")
    assert [s.id for s in profile.sites] == ["cn", "sg", "hk", "de", "us"]
    assert set(SITE_HOSTS) == {s.id for s in profile.sites} == set(HOSTS)
    assert all(not p.sites for p in map(profile_for, ("tencent", "google", "microsoft", "practice")))


@pytest.mark.parametrize(("region", "site"), [("cn_mainland", "cn"), ("elsewhere", "sg")])
def test_the_site_offered_first_follows_the_region(region: str, site: str) -> None:
    step = ProviderStep(SimpleNamespace(state=SimpleNamespace(provider_id="alibaba", region=region)))
    assert step.sites() == ("cn", "sg", "hk", "de", "us")
    assert step.default_site() == site
    tencent = ProviderStep(SimpleNamespace(state=SimpleNamespace(provider_id="tencent", region=region)))
    assert tencent.sites() == () and tencent.default_site() == ""


def test_endpoints_put_each_site_at_its_own_fake_or_all_at_one() -> None:
    real = Endpoints.real()
    assert real.alibaba("sg") is None  # the site's own host
    one = Endpoints.loopback("http://127.0.0.1:1")
    assert one.alibaba("cn") == one.alibaba("us") == "http://127.0.0.1:1"
    two = dataclasses.replace(real, alibaba_sites={"cn": "http://127.0.0.1:2", "sg": "http://127.0.0.1:3"})
    assert (two.alibaba("cn"), two.alibaba("sg"), two.alibaba("de")) == ("http://127.0.0.1:2",
                                                                         "http://127.0.0.1:3", None)


@pytest.mark.parametrize(("site", "host"), [("", HOSTS["cn"]), ("cn", HOSTS["cn"]), ("sg", HOSTS["sg"]),
                                            ("us", HOSTS["us"])])
def test_the_profile_opens_the_provider_at_the_credentials_site(site: str, host: str) -> None:
    opener = profile_for("alibaba").open_with_app_secret
    provider = opener(AppSecret("app", "secret-Q1", site), Endpoints.real())
    try:
        assert provider.endpoints.token_url == f"{host}/oauth2/v2.0/token"
        assert provider.endpoints.api == f"{host}/v2"
        assert "secret-Q1" not in repr(provider) and "secret-Q1" not in repr(AppSecret("a", "secret-Q1", site))
    finally:
        asyncio.run(provider.close())
