"""core/dnshosts/dnspod.py against the loopback DNSPod API 3.0 fake, its zone served by a loopback DNS server."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from mailwizard.core.dnshosts import dnspod, dnspod_signing
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.integration.dnshost_helpers import served
from tests.servers.dnshosts.dnspod_fake import DnspodFake

CREDENTIAL = {"secret_id": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}
APEX = "example.com"


@pytest.fixture
def dns() -> Iterator[LoopbackDns]:
    with LoopbackDns(Zone()) as server:
        yield server


def hosted(dns: LoopbackDns, apex: str = APEX) -> HostedZone:
    zone = HostedZone(apex, dns.zone)
    zone.add(apex, "MX", "10 mx.old-host.example.net", 600, RecordLine="默认")
    zone.add(apex, "TXT", "v=spf1 include:_spf.old-host.example.net ~all", 600, RecordLine="默认")
    zone.add("www." + apex, "A", "192.0.2.10", 600, RecordLine="默认")
    zone.add("www." + apex, "A", "192.0.2.11", 600, RecordLine="电信")
    zone.add("shop." + apex, "CNAME", "shops.example.net", 600, RecordLine="默认")
    return zone


def run(fake: DnspodFake, work, credential: dict[str, str] = CREDENTIAL):
    async def go():
        api = dnspod.connect(credential, base_url=fake.base_url)
        try:
            return await work(api)
        finally:
            await api.aclose()
    with fake:
        return asyncio.run(go())


def problem_of(fake: DnspodFake, work, credential: dict[str, str] = CREDENTIAL) -> DnsHostError:
    with pytest.raises(DnsHostError) as caught:
        run(fake, work, credential)
    assert CREDENTIAL["secret_key"] not in str(caught.value) and CREDENTIAL["secret_key"] not in caught.value.detail
    return caught.value


def test_lists_every_page(dns: LoopbackDns, monkeypatch: pytest.MonkeyPatch) -> None:
    zone = hosted(dns)
    fake = DnspodFake(zone, credential=CREDENTIAL)
    monkeypatch.setattr(dnspod, "PAGE", 2)
    records = run(fake, lambda api: api.list_records(APEX))
    assert fake.actions == ["DescribeRecordList"] * 3
    assert sorted((r.name, r.rtype, r.value, dict(r.extra)["RecordLine"]) for r in records) == [
        ("example.com", "MX", "10 mx.old-host.example.net", "默认"),
        ("example.com", "TXT", "v=spf1 include:_spf.old-host.example.net ~all", "默认"),
        ("shop.example.com", "CNAME", "shops.example.net", "默认"),
        ("www.example.com", "A", "192.0.2.10", "默认"),
        ("www.example.com", "A", "192.0.2.11", "电信")]
    assert {r.id for r in records} == {"1", "2", "3", "4", "5"}


def test_an_empty_zone_lists_nothing(dns: LoopbackDns) -> None:
    fake = DnspodFake(HostedZone(APEX, dns.zone), credential=CREDENTIAL)
    assert run(fake, lambda api: api.list_records(APEX)) == []


def test_add_update_delete_reach_the_zone_and_its_dns_server(dns: LoopbackDns) -> None:
    zone = hosted(dns)
    before_unrelated = [r for r in zone.snapshot() if r[0] != APEX]
    fake = DnspodFake(zone, credential=CREDENTIAL)
    long_dkim = "v=DKIM1; k=rsa; p=" + "A" * 380

    async def work(api: dnspod.DnsPodApi) -> list[ZoneRecord]:
        assert await api.find_zone("mail." + APEX) == APEX
        records = await api.list_records(APEX)
        old_mx = next(r for r in records if r.rtype == "MX")
        spf = next(r for r in records if r.rtype == "TXT")
        mx = await api.add(APEX, ZoneRecord(APEX, "MX", "0 example-com.mail.protection.outlook.com", 3600))
        assert mx.id and dict(mx.extra)["RecordLine"] == "默认"
        await api.add(APEX, ZoneRecord("selector1._domainkey." + APEX, "TXT", long_dkim, 3600))
        merged = spf.value.replace(" ~all", " include:spf.protection.outlook.com ~all")
        updated = await api.update(APEX, spf, ZoneRecord(APEX, "TXT", merged, 3600))
        assert updated.id == spf.id
        await api.delete(APEX, old_mx)
        return await api.list_records(APEX)

    after = run(fake, work)
    assert served(dns, APEX, "MX") == ["0 example-com.mail.protection.outlook.com"]
    assert served(dns, APEX, "TXT") == [
        "v=spf1 include:_spf.old-host.example.net include:spf.protection.outlook.com ~all"]
    assert served(dns, "selector1._domainkey." + APEX, "TXT") == [long_dkim]
    assert [r for r in zone.snapshot() if r[0] != APEX and "_domainkey" not in r[0]] == before_unrelated
    assert next(r for r in after if "_domainkey" in r.name).value == long_dkim
    assert {r.value for r in after if r.rtype == "MX"} == {"0 example-com.mail.protection.outlook.com"}


def test_an_idn_zone(dns: LoopbackDns) -> None:
    apex = "xn--fsqu00a.xn--fiqs8s"     # 例子.中国
    zone = HostedZone(apex, dns.zone)
    fake = DnspodFake(zone, credential=CREDENTIAL)

    async def work(api: dnspod.DnsPodApi) -> list[ZoneRecord]:
        assert await api.find_zone(apex) == apex
        await api.add(apex, ZoneRecord("_dmarc." + apex, "TXT", "v=DMARC1; p=none", 600))
        return await api.list_records(apex)

    assert [(r.name, r.value) for r in run(fake, work)] == [("_dmarc." + apex, "v=DMARC1; p=none")]
    assert served(dns, "_dmarc." + apex, "TXT") == ["v=DMARC1; p=none"]


@pytest.mark.parametrize(("credential", "code"), [
    ({**CREDENTIAL, "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLF"}, "AuthFailure.SignatureFailure"),
    ({**CREDENTIAL, "secret_id": "AKIDunknown"}, "AuthFailure.SecretIdNotFound"),
])
def test_a_bad_credential(dns: LoopbackDns, credential: dict[str, str], code: str) -> None:
    error = problem_of(DnspodFake(hosted(dns), credential=CREDENTIAL), lambda api: api.list_records(APEX),
                       credential)
    assert error.problem is Problem.BAD_CREDENTIAL and code in error.detail


def test_a_clock_five_minutes_off(dns: LoopbackDns) -> None:
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL, clock=lambda: time.time() + 301)
    error = problem_of(fake, lambda api: api.list_records(APEX))
    assert error.problem is Problem.BAD_CREDENTIAL and "AuthFailure.SignatureExpire" in error.detail


def test_a_read_only_sub_account_reads_but_cannot_write(dns: LoopbackDns) -> None:
    zone = hosted(dns)
    before = zone.snapshot()
    fake = DnspodFake(zone, credential=CREDENTIAL, read_only=True)

    async def work(api: dnspod.DnsPodApi) -> None:
        assert len(await api.list_records(APEX)) == 5
        await api.add(APEX, ZoneRecord(APEX, "TXT", "x", 600))

    error = problem_of(fake, work)
    assert error.problem is Problem.PERMISSION and "AuthFailure.UnauthorizedOperation" in error.detail
    assert zone.snapshot() == before


def test_a_zone_this_account_does_not_hold(dns: LoopbackDns) -> None:
    error = problem_of(DnspodFake(hosted(dns), credential=CREDENTIAL), lambda api: api.find_zone("other.org"))
    assert error.problem is Problem.ZONE_NOT_FOUND and "InvalidParameterValue.DomainNotExists" in error.detail
    scoped = DnspodFake(hosted(dns), credential=CREDENTIAL, allowed_zones={"another.com"})
    assert problem_of(scoped, lambda api: api.find_zone(APEX)).problem is Problem.PERMISSION


def test_a_duplicate_record(dns: LoopbackDns) -> None:
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL)
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord("www." + APEX, "A", "192.0.2.10", 600)))
    assert error.problem is Problem.RECORD_EXISTS and "InvalidParameter.DomainRecordExist" in error.detail


def test_throttled(dns: LoopbackDns) -> None:
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL)
    fake.inject(Fault.status(200, {"Response": {"Error": {"Code": "RequestLimitExceeded", "Message": "频率限制"},
                                                "RequestId": "r"}}))
    error = problem_of(fake, lambda api: api.list_records(APEX))
    assert error.problem is Problem.RATE_LIMITED and error.retry_after


def test_a_change_whose_answer_is_lost_is_uncertain_and_not_sent_twice(dns: LoopbackDns) -> None:
    zone = hosted(dns)
    fake = DnspodFake(zone, credential=CREDENTIAL)
    fake.inject(Fault.drop_after(path="^/$", method="POST"))
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord("_dmarc." + APEX, "TXT", "v=DMARC1; p=none")))
    assert error.problem is Problem.UNCERTAIN
    assert fake.actions == ["CreateRecord"]
    assert served(dns, "_dmarc." + APEX, "TXT") == ["v=DMARC1; p=none"]     # it was made: the caller re-reads


def test_a_read_whose_answer_is_lost_is_tried_again(dns: LoopbackDns) -> None:
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL)
    fake.inject(Fault.drop_after(path="^/$"))
    assert len(run(fake, lambda api: api.list_records(APEX))) == 5
    assert fake.actions == ["DescribeRecordList"] * 2


def test_the_fake_refuses_a_signature_when_one_byte_changes(dns: LoopbackDns) -> None:
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL)
    with fake:
        host = httpx.URL(fake.base_url).netloc.decode()
        body = b'{"Domain": "example.com", "Offset": 0, "Limit": 10}'

        def call(sent: bytes) -> dict:
            headers = dnspod_signing.signed_headers(CREDENTIAL["secret_id"], CREDENTIAL["secret_key"], host=host,
                                                    action="DescribeRecordList", version="2021-03-23", body=body,
                                                    timestamp=int(time.time()), service="dnspod")
            return httpx.post(fake.base_url + "/", content=sent, headers=headers).json()["Response"]

        assert "RecordList" in call(body)
        assert call(body.replace(b"10", b"11"))["Error"]["Code"] == "AuthFailure.SignatureFailure"


def test_a_txt_shown_in_quoted_pieces_is_joined() -> None:
    item = {"RecordId": 7, "Name": "s1._domainkey", "Type": "TXT", "Value": '"v=DKIM1; p=AB" "CD\\"E"', "TTL": 600,
            "Line": "默认", "MX": 0}
    record = dnspod.DnsPodApi._record(APEX, item)
    assert (record.name, record.value, record.id) == ("s1._domainkey.example.com", 'v=DKIM1; p=ABCD"E', "7")


def test_a_record_on_another_line_keeps_its_line_when_changed(dns: LoopbackDns) -> None:
    zone = hosted(dns)
    fake = DnspodFake(zone, credential=CREDENTIAL)

    async def work(api: dnspod.DnsPodApi) -> ZoneRecord:
        telecom = next(r for r in await api.list_records(APEX) if dict(r.extra)["RecordLine"] == "电信")
        return await api.update(APEX, telecom, ZoneRecord(telecom.name, "A", "192.0.2.12", 600))

    changed = run(fake, work)
    assert dict(changed.extra)["RecordLine"] == "电信"
    assert zone.records[changed.id].extra == {"RecordLine": "电信"} and zone.records[changed.id].value == "192.0.2.12"


def test_a_server_error_on_a_change_is_uncertain_and_on_a_read_is_tried_again(dns: LoopbackDns) -> None:
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL)
    fake.inject(Fault.status(502, "bad gateway", times=1))
    assert len(run(fake, lambda api: api.list_records(APEX))) == 5        # the read was asked again
    fake = DnspodFake(hosted(dns), credential=CREDENTIAL)
    fake.inject(Fault.status_after(502, "bad gateway", times=1))
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord("x." + APEX, "TXT", "y")))
    assert error.problem is Problem.UNCERTAIN and fake.actions == ["CreateRecord"]


def test_the_real_host_is_reached_over_verified_tls_only() -> None:
    import ssl

    api = dnspod.connect(CREDENTIAL)
    try:
        assert api._url == "https://dnspod.tencentcloudapi.com/" and CREDENTIAL["secret_key"] not in repr(api)
        context = api._client._transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    finally:
        asyncio.run(api.aclose())
    with pytest.raises(DnsHostError) as missing:
        dnspod.connect({"secret_id": "AKID", "secret_key": " "})
    assert missing.value.problem is Problem.BAD_CREDENTIAL
