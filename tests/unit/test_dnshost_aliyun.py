"""core/dnshosts/aliyun.py against the loopback Alibaba Cloud DNS API (tests/servers/dnshosts/aliyun_fake.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import dns.resolver
import httpx
import pytest

from mailwizard.core.dnshosts import aliyun
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.servers.dnshosts.aliyun_fake import AliyunDnsFake

KEY = {"access_key_id": "LTAI5tTestKeyId", "access_key_secret": "TestSecret0123456789"}
APEX = "example.com"


def _zone(apex: str = APEX) -> tuple[Zone, HostedZone]:
    served = Zone(zones={apex})
    hosted = HostedZone(apex, served)
    hosted.add(apex, "MX", "10 mx.oldmail.example.net")
    hosted.add(apex, "TXT", "v=spf1 include:spf.other.example ~all")
    hosted.add(f"www.{apex}", "CNAME", "web.example.net")
    hosted.add(apex, "A", "192.0.2.1")
    return served, hosted


@pytest.fixture
def env() -> Iterator[tuple[AliyunDnsFake, HostedZone, LoopbackDns]]:
    served, hosted = _zone()
    with AliyunDnsFake(hosted, credential=KEY) as fake, LoopbackDns(served) as server:
        yield fake, hosted, server


def run(fake: AliyunDnsFake, body, credential: dict[str, str] = KEY):
    async def go():
        api = aliyun.connect(credential, base_url=fake.base_url)
        try:
            return await body(api)
        finally:
            await api.aclose()

    return asyncio.run(go())


def ask(server: LoopbackDns, name: str, rtype: str) -> list[str]:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers, resolver.port = ["127.0.0.1"], server.port
    try:
        return sorted(r.to_text() for r in resolver.resolve(name, rtype))
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []


def problem_of(fake: AliyunDnsFake, body, credential: dict[str, str] = KEY) -> DnsHostError:
    with pytest.raises(DnsHostError) as caught:
        run(fake, body, credential)
    return caught.value


def test_lists_every_page(env) -> None:
    fake, hosted, _ = env
    for i in range(1100):
        hosted.add(f"h{i}.{APEX}", "A", f"10.0.{i // 250}.{i % 250}")

    async def body(api):
        zone = await api.find_zone(APEX)
        return zone, await api.list_records(zone)

    zone, records = run(fake, body)
    assert zone == APEX and len(records) == 1104
    assert sum(1 for r in fake.requests if r.headers.get("x-acs-action") == "DescribeDomainRecords") == 3
    assert {r.arg("PageSize") for r in fake.requests if r.arg("PageSize")} <= {"100", "500"}
    by_type = {(r.name, r.rtype): r.value for r in records[:4]}
    assert by_type[(APEX, "MX")] == "10 mx.oldmail.example.net"
    assert by_type[(f"www.{APEX}", "CNAME")] == "web.example.net"
    assert by_type[(APEX, "TXT")] == "v=spf1 include:spf.other.example ~all"


def test_add_update_delete_round_trip(env) -> None:
    fake, hosted, server = env
    dkim = "v=DKIM1; k=rsa; p=" + "A" * 380   # more than 255 bytes: served as two strings

    async def body(api):
        zone = await api.find_zone("mail." + APEX)
        mx = await api.add(zone, ZoneRecord(APEX, "MX", "5 mx1.newmail.example", 600))
        txt = await api.add(zone, ZoneRecord(f"sel._domainkey.{APEX}", "TXT", dkim, 600))
        old_spf = next(r for r in await api.list_records(zone) if r.rtype == "TXT" and r.name == APEX)
        spf = await api.update(zone, old_spf, ZoneRecord(APEX, "TXT", "v=spf1 include:spf.new.example "
                                                                      "include:spf.other.example ~all", 600))
        old_mx = next(r for r in await api.list_records(zone) if r.value == "10 mx.oldmail.example.net")
        await api.delete(zone, old_mx)
        return mx, txt, spf, await api.list_records(zone)

    mx, txt, spf, records = run(fake, body)
    assert mx.id and txt.id and spf.id
    assert {r.value for r in records if r.rtype == "MX"} == {"5 mx1.newmail.example"}
    assert next(r for r in records if r.rtype == "TXT" and r.name != APEX).value == dkim
    spf = "v=spf1 include:spf.new.example include:spf.other.example ~all"
    assert [r.value for r in hosted.find(APEX, "TXT")] == [spf]
    assert ask(server, APEX, "MX") == ["5 mx1.newmail.example."]
    served_dkim = ask(server, f"sel._domainkey.{APEX}", "TXT")[0]
    assert served_dkim.count('"') == 4 and "".join(served_dkim.split('"')[1::2]) == dkim


def test_bad_key_and_bad_secret(env) -> None:
    fake, hosted, _ = env
    before = hosted.snapshot()
    wrong_id = problem_of(fake, lambda api: api.find_zone(APEX), {**KEY, "access_key_id": "LTAInope"})
    assert wrong_id.problem is Problem.BAD_CREDENTIAL and "InvalidAccessKeyId.NotFound" in wrong_id.detail
    wrong_secret = problem_of(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "A", "192.0.2.9")),
                              {**KEY, "access_key_secret": "TestSecret0123456780"})
    assert wrong_secret.problem is Problem.BAD_CREDENTIAL and "SignatureDoesNotMatch" in wrong_secret.detail
    assert "TestSecret" not in str(wrong_secret) and hosted.snapshot() == before


def test_read_only_ram_user_cannot_write() -> None:
    _served, hosted = _zone()
    before = hosted.snapshot()
    with AliyunDnsFake(hosted, credential=KEY, read_only=True) as fake:
        records = run(fake, lambda api: api.list_records(APEX))
        assert len(records) == 4
        error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "A", "192.0.2.9")))
    assert error.problem is Problem.PERMISSION and "Forbidden.RAM" in error.detail
    assert hosted.snapshot() == before


def test_zone_not_in_account_or_policy() -> None:
    _served, hosted = _zone()
    with AliyunDnsFake(hosted, credential=KEY, allowed_zones=["other.example"]) as fake:
        assert problem_of(fake, lambda api: api.find_zone(APEX)).problem is Problem.ZONE_NOT_FOUND
        assert problem_of(fake, lambda api: api.list_records(APEX)).problem is Problem.PERMISSION
    with AliyunDnsFake(hosted, credential=KEY) as fake:
        assert problem_of(fake, lambda api: api.find_zone("example.org")).problem is Problem.ZONE_NOT_FOUND
        error = problem_of(fake, lambda api: api.list_records("example.org"))
        assert error.problem is Problem.ZONE_NOT_FOUND and "IncorrectDomainUser" in error.detail


def test_duplicate_and_conflict(env) -> None:
    fake, _, _ = env
    dup = problem_of(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "A", "192.0.2.1")))
    assert dup.problem is Problem.RECORD_EXISTS and "DomainRecordDuplicate" in dup.detail
    clash = problem_of(fake, lambda api: api.add(APEX, ZoneRecord(f"www.{APEX}", "TXT", "x")))
    assert clash.problem is Problem.INVALID_RECORD and "DomainRecordConflict" in clash.detail


def test_throttled(env) -> None:
    fake, _, _ = env
    fake.limit_per_second = 1

    async def body(api):
        for _ in range(3):
            await api.add(APEX, ZoneRecord(APEX, "TXT", f"t{_}"))

    error = problem_of(fake, body)
    assert error.problem is Problem.RATE_LIMITED and error.retry_after and "Throttling.User" in error.detail


def test_service_fault(env) -> None:
    fake, _, _ = env
    fake.inject(Fault.status(500, {"Code": "InternalError", "Message": "x", "RequestId": "r"}, times=5))
    assert problem_of(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "A", "192.0.2.7"))).problem is Problem.SERVICE


def test_change_without_answer_is_uncertain_and_reads_are_retried(env) -> None:
    fake, hosted, _ = env
    fake.inject(Fault.drop_after(times=1))
    error = problem_of(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "A", "192.0.2.8")))
    assert error.problem is Problem.UNCERTAIN
    assert [r.value for r in hosted.find(APEX, "A")] == ["192.0.2.1", "192.0.2.8"]   # it was made
    fake.inject(Fault.drop_after(times=1))
    assert len(run(fake, lambda api: api.list_records(APEX))) == 5


def test_idn_zone_by_a_label() -> None:
    apex = "xn--fsqu00a.xn--fiqs8s"   # 中文.中国
    _served, hosted = _zone(apex)
    with AliyunDnsFake(hosted, credential=KEY, unicode_name="中文.中国") as fake:
        async def body(api):
            zone = await api.find_zone("mail." + apex)
            added = await api.add(zone, ZoneRecord(f"_dmarc.{apex}", "TXT", "v=DMARC1; p=none; 报告"))
            return zone, added, await api.list_records(zone)

        zone, added, records = run(fake, body)
    assert zone == "中文.中国" and added.id
    assert {r.name for r in records} == {apex, f"www.{apex}", f"_dmarc.{apex}"}
    assert hosted.find(f"_dmarc.{apex}", "TXT")[0].value == "v=DMARC1; p=none; 报告"


def _signed_request(fake: AliyunDnsFake, action: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
    api = aliyun.AliyunDns(KEY["access_key_id"], KEY["access_key_secret"], fake.base_url, None)  # type: ignore[arg-type]
    return api._signed(action, params)


def test_fake_refuses_a_one_byte_change_a_stale_date_and_a_replayed_nonce(env) -> None:
    fake, hosted, _ = env
    url, headers = _signed_request(fake, "AddDomainRecord", {"DomainName": APEX, "RR": "x", "Type": "A",
                                                             "Value": "192.0.2.5"})
    tampered = httpx.post(url.replace("192.0.2.5", "192.0.2.6"), headers=headers)
    assert tampered.json()["Code"] == "SignatureDoesNotMatch"
    bad_header = httpx.post(url, headers={**headers, "x-acs-action": "DeleteDomainRecord"})
    assert bad_header.json()["Code"] == "SignatureDoesNotMatch"
    assert httpx.post(url, headers=headers).status_code == 200
    assert httpx.post(url, headers=headers).json()["Code"] == "SignatureNonceUsed"
    assert len(hosted.find(f"x.{APEX}", "A")) == 1


def test_fake_refuses_a_stale_date(env, monkeypatch: pytest.MonkeyPatch) -> None:
    fake, _, _ = env
    from datetime import UTC, datetime, timedelta

    class Past(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(UTC) - timedelta(minutes=16)

    monkeypatch.setattr(aliyun, "datetime", Past)
    url, headers = _signed_request(fake, "DescribeDomains", {"PageNumber": "1", "PageSize": "10"})
    assert httpx.post(url, headers=headers).json()["Code"] == "InvalidTimeStamp.Expired"


@pytest.mark.parametrize(("status", "code", "problem"), [
    (404, "InvalidAccessKeyId.NotFound", Problem.BAD_CREDENTIAL),
    (400, "SignatureDoesNotMatch", Problem.BAD_CREDENTIAL),
    (403, "Forbidden.RAM", Problem.PERMISSION), (403, "NoPermission", Problem.PERMISSION),
    (400, "InvalidDomainName.NoExist", Problem.ZONE_NOT_FOUND), (400, "IncorrectDomainUser", Problem.ZONE_NOT_FOUND),
    (400, "DomainRecordDuplicate", Problem.RECORD_EXISTS), (400, "Throttling.User", Problem.RATE_LIMITED),
    (400, "Throttling", Problem.RATE_LIMITED), (400, "DomainRecordConflict", Problem.INVALID_RECORD),
    (500, "InternalError", Problem.SERVICE),
])
def test_error_codes(status: int, code: str, problem: Problem) -> None:
    assert aliyun._problem(status, code) is problem


def test_fake_accepts_what_the_official_sdk_signs(env, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake's verifier against the SDK's own request: the official client's call, caught before it is sent
    (it signs every header it sends, user-agent and accept too), replayed to the fake as it is."""
    oc = pytest.importorskip("alibabacloud_tea_openapi.client")
    from alibabacloud_tea_openapi.utils_models import Config, OpenApiRequest, Params
    from darabonba.runtime import RuntimeOptions

    fake, hosted, _ = env
    caught = []

    class Caught(Exception):
        pass

    def capture(request, runtime):
        caught.append(request)
        raise Caught

    monkeypatch.setattr(oc.DaraCore, "do_action", staticmethod(capture))
    client = oc.Client(Config(access_key_id=KEY["access_key_id"], access_key_secret=KEY["access_key_secret"],
                              endpoint=f"127.0.0.1:{fake.port}", protocol="HTTP"))
    for action, query in (("DescribeDomainRecords", {"DomainName": APEX, "PageSize": "500", "PageNumber": "1"}),
                          ("AddDomainRecord", {"DomainName": APEX, "RR": "_dmarc", "Type": "TXT",
                                               "Value": "v=DMARC1; p=none; rua=mailto:d@example.com 中文"})):
        params = Params(action=action, version="2015-01-09", protocol="HTTP", pathname="/", method="POST",
                        auth_type="AK", style="RPC", req_body_type="formData", body_type="json")
        with pytest.raises(Exception):  # noqa: B017 — the SDK wraps our Caught in its own exception
            client.call_api(params, OpenApiRequest(query=query), RuntimeOptions(autoretry=False))
        request = caught[-1]
        from mailwizard.core.dnshosts.aliyun_signing import canonical_query

        answer = httpx.post(f"{fake.base_url}/?{canonical_query(request.query)}", headers=request.headers)
        assert answer.status_code == 200, answer.text
    assert hosted.find(f"_dmarc.{APEX}", "TXT")[0].value.endswith("中文")


def test_mx_preference_zero_is_written_as_one(env) -> None:
    """Alibaba takes MX Priority 1–50 only; Microsoft 365's 0 becomes 1 (the order is what counts)."""
    fake, _hosted, server = env
    added = run(fake, lambda api: api.add(APEX, ZoneRecord(APEX, "MX", "0 example-com.mail.protection.outlook.com")))
    assert added.value == "1 example-com.mail.protection.outlook.com" and added.id
    assert ask(server, APEX, "MX") == ["1 example-com.mail.protection.outlook.com.", "10 mx.oldmail.example.net."]


def test_delay_before_each_answer() -> None:
    import time

    _served, hosted = _zone()
    with AliyunDnsFake(hosted, credential=KEY, delay=0.2) as fake:
        started = time.monotonic()
        run(fake, lambda api: api.list_records(APEX))
        assert time.monotonic() - started >= 0.2
