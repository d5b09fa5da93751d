"""core/dnshosts/west.py against the loopback West Digital API v2 fake, its zone served by a loopback DNS server."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator

import httpx
import pytest

from mailwizard.core.dnshosts import west
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.integration.dnshost_helpers import served
from tests.servers.dnshosts.west_fake import WestFake

CREDENTIAL = {"username": "zhangsan", "api_password": "5dh232kfg!*"}
APEX = "example.com"


@pytest.fixture
def dns() -> Iterator[LoopbackDns]:
    with LoopbackDns(Zone()) as server:
        yield server


def hosted(dns: LoopbackDns, apex: str = APEX) -> HostedZone:
    zone = HostedZone(apex, dns.zone)
    zone.add(apex, "MX", "10 mx.old-host.example.net", 900, line="")
    zone.add(apex, "TXT", "v=spf1 include:_spf.old-host.example.net ~all", 900, line="")
    zone.add("www." + apex, "A", "192.0.2.10", 900, line="")
    zone.add("www." + apex, "A", "192.0.2.11", 900, line="LTEL")
    zone.add("shop." + apex, "CNAME", "shops.example.net", 900, line="")
    return zone


def run(fake: WestFake, work, credential: dict[str, str] = CREDENTIAL):
    async def go():
        api = west.connect(credential, base_url=fake.base_url)
        try:
            return await work(api)
        finally:
            await api.aclose()
    with fake:
        return asyncio.run(go())


def problem_of(fake: WestFake, work, credential: dict[str, str] = CREDENTIAL) -> DnsHostError:
    with pytest.raises(DnsHostError) as caught:
        run(fake, work, credential)
    assert CREDENTIAL["api_password"] not in str(caught.value)
    return caught.value


def test_the_token_matches_the_documented_example() -> None:
    # apiv2.html 1.2's example, as quoted by marvinli001/edgeweir's tests (helpers/certd westcn)
    assert west.token("zhangsan", "5dh232kfg!*", "1554691950854") == "f17581fb2535b2a7ee4468eb3f96a2a9"


def test_lists_every_page(dns: LoopbackDns, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL)
    monkeypatch.setattr(west, "PAGE", 2)
    records = run(fake, lambda api: api.list_records(APEX))
    assert fake.acts == ["getdnsrecord"] * 3
    assert sorted((r.name, r.rtype, r.value, dict(r.extra)["line"]) for r in records) == [
        ("example.com", "MX", "10 mx.old-host.example.net", ""),
        ("example.com", "TXT", "v=spf1 include:_spf.old-host.example.net ~all", ""),
        ("shop.example.com", "CNAME", "shops.example.net", ""),
        ("www.example.com", "A", "192.0.2.10", ""),
        ("www.example.com", "A", "192.0.2.11", "LTEL")]


def test_an_empty_zone_lists_nothing_and_is_found(dns: LoopbackDns) -> None:
    fake = WestFake(HostedZone(APEX, dns.zone), credential=CREDENTIAL)

    async def work(api: west.WestApi) -> list[ZoneRecord]:
        assert await api.find_zone("mail." + APEX) == APEX
        return await api.list_records(APEX)

    assert run(fake, work) == []


def test_add_update_delete_reach_the_zone_and_its_dns_server(dns: LoopbackDns) -> None:
    zone = hosted(dns)
    before_unrelated = [r for r in zone.snapshot() if r[0] != APEX]
    fake = WestFake(zone, credential=CREDENTIAL)
    long_dkim = "v=DKIM1; k=rsa; p=" + "A" * 380

    async def work(api: west.WestApi) -> list[ZoneRecord]:
        assert await api.find_zone(APEX) == APEX
        records = await api.list_records(APEX)
        old_mx = next(r for r in records if r.rtype == "MX")
        spf = next(r for r in records if r.rtype == "TXT")
        mx = await api.add(APEX, ZoneRecord(APEX, "MX", "5 mxbiz1.qq.com", 900))
        assert mx.id
        await api.add(APEX, ZoneRecord("selector1._domainkey." + APEX, "TXT", long_dkim, 900))
        merged = spf.value.replace(" ~all", " include:spf.mail.qq.com ~all")
        assert (await api.update(APEX, spf, ZoneRecord(APEX, "TXT", merged, 600))).id == spf.id
        await api.update(APEX, old_mx, ZoneRecord(APEX, "MX", "20 mx.old-host.example.net", 900))
        await api.delete(APEX, next(r for r in await api.list_records(APEX) if r.value.startswith("20 ")))
        return await api.list_records(APEX)

    after = run(fake, work)
    assert served(dns, APEX, "MX") == ["5 mxbiz1.qq.com"]
    assert served(dns, APEX, "TXT") == ["v=spf1 include:_spf.old-host.example.net include:spf.mail.qq.com ~all"]
    assert served(dns, "selector1._domainkey." + APEX, "TXT") == [long_dkim]
    assert [r for r in zone.snapshot() if r[0] != APEX and "_domainkey" not in r[0]] == before_unrelated
    assert next(r for r in after if r.rtype == "TXT" and r.name == APEX).ttl == 600
    assert "moddnsrecord" in fake.acts


def test_an_idn_zone_and_gbk_text(dns: LoopbackDns) -> None:
    apex = "xn--fsqu00a.xn--fiqs8s"     # 例子.中国
    fake = WestFake(HostedZone(apex, dns.zone), credential=CREDENTIAL)

    async def work(api: west.WestApi) -> list[ZoneRecord]:
        assert await api.find_zone(apex) == apex
        await api.add(apex, ZoneRecord("note." + apex, "TXT", "公司邮箱 验证", 900))
        return await api.list_records(apex)

    assert [(r.name, r.value) for r in run(fake, work)] == [("note." + apex, "公司邮箱 验证")]
    assert served(dns, "note." + apex, "TXT") == ["公司邮箱 验证"]


def test_text_gbk_cannot_carry_is_refused_before_sending(dns: LoopbackDns) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL)
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord("x." + APEX, "TXT", "\U0001F600", 900)))
    assert error.problem is Problem.INVALID_RECORD and fake.acts == []


@pytest.mark.parametrize("credential", [{**CREDENTIAL, "api_password": "5dh232kfg!#"},
                                        {**CREDENTIAL, "username": "lisi"}])
def test_a_bad_credential(dns: LoopbackDns, credential: dict[str, str]) -> None:
    error = problem_of(WestFake(hosted(dns), credential=CREDENTIAL), lambda api: api.list_records(APEX), credential)
    assert error.problem is Problem.BAD_CREDENTIAL and "10000" in error.detail


def test_a_clock_ten_minutes_off(dns: LoopbackDns) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL, clock=lambda: time.time() + 601)
    assert problem_of(fake, lambda api: api.list_records(APEX)).problem is Problem.BAD_CREDENTIAL


def test_an_ip_not_on_the_whitelist(dns: LoopbackDns) -> None:
    error = problem_of(WestFake(hosted(dns), credential=CREDENTIAL, ip_refused=True),
                       lambda api: api.list_records(APEX))
    assert error.problem is Problem.BAD_CREDENTIAL and "whitelist" in error.detail


def test_a_zone_this_account_does_not_hold(dns: LoopbackDns) -> None:
    error = problem_of(WestFake(hosted(dns), credential=CREDENTIAL), lambda api: api.find_zone("other.org"))
    assert error.problem is Problem.ZONE_NOT_FOUND and "20001" in error.detail


def test_an_account_that_may_not_change(dns: LoopbackDns) -> None:
    zone = hosted(dns)
    before = zone.snapshot()
    fake = WestFake(zone, credential=CREDENTIAL, read_only=True)
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "TXT", "x", 900)))
    assert error.problem is Problem.PERMISSION and zone.snapshot() == before


def test_a_duplicate_record(dns: LoopbackDns) -> None:
    error = problem_of(WestFake(hosted(dns), credential=CREDENTIAL),
                       lambda api: api.add(APEX, ZoneRecord("www." + APEX, "A", "192.0.2.10", 900)))
    assert error.problem is Problem.RECORD_EXISTS


def test_throttled(dns: LoopbackDns) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL)
    fake.limit_per_second = 1
    error = problem_of(fake, lambda api: asyncio.gather(*(api.list_records(APEX) for _ in range(3))))
    assert error.problem is Problem.RATE_LIMITED and error.retry_after


def test_a_change_whose_answer_is_lost_is_uncertain_and_not_sent_twice(dns: LoopbackDns) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL)
    fake.inject(Fault.drop_after(path="/api/v2/domain/", method="POST"))
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord("_dmarc." + APEX, "TXT", "v=DMARC1; p=none")))
    assert error.problem is Problem.UNCERTAIN and fake.acts == ["adddnsrecord"]
    assert served(dns, "_dmarc." + APEX, "TXT") == ["v=DMARC1; p=none"]


def test_the_fake_refuses_a_token_when_one_byte_changes(dns: LoopbackDns) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL)
    with fake:
        stamp = str(int(time.time() * 1000))
        good = west.token(CREDENTIAL["username"], CREDENTIAL["api_password"], stamp)

        def call(sent_token: str) -> dict:
            body = f"username=zhangsan&time={stamp}&token={sent_token}&domain=example.com&limit=5&pageno=1"
            answer = httpx.post(fake.base_url + "/api/v2/domain/?act=getdnsrecord", content=body,
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
            return json.loads(answer.content.decode("gbk"))

        assert call(good)["result"] == 200
        assert call(good[:-1] + ("0" if good[-1] != "0" else "1"))["errcode"] == 10000


def test_a_server_error_on_a_change_is_uncertain(dns: LoopbackDns) -> None:
    fake = WestFake(hosted(dns), credential=CREDENTIAL)
    fake.inject(Fault.status_after(500, "error", times=1))
    error = problem_of(fake, lambda api: api.delete(APEX, ZoneRecord(APEX, "MX", "10 x", id="1")))
    assert error.problem is Problem.UNCERTAIN and fake.acts == ["deldnsrecord"]


def test_the_real_host_is_reached_over_verified_tls_only() -> None:
    import ssl

    api = west.connect(CREDENTIAL)
    try:
        assert api._root == "https://api.west.cn" and CREDENTIAL["api_password"] not in repr(api)
        context = api._client._transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    finally:
        asyncio.run(api.aclose())
    with pytest.raises(DnsHostError) as missing:
        west.connect({"username": "zhangsan", "api_password": ""})
    assert missing.value.problem is Problem.BAD_CREDENTIAL
