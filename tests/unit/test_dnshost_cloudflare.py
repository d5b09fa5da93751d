"""Cloudflare DNS (core/dnshosts/cloudflare.py) against its loopback fake (sandbox/cloudflare_dns_fake.py): the
zone found, every page read, add/update/delete reaching the HostedZone and the loopback authoritative server,
each documented error mapped to its Problem, TXT quoting both ways, an IDN zone."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from mailwizard.core.dns.probe import Vantage, ask
from mailwizard.core.dnshosts import cloudflare
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.sandbox.cloudflare_dns_fake import CloudflareDnsFake
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.hosted_zone import HostedZone

TOKEN = "Tk" * 20
APEX = "example.com"
SPF_OLD = "v=spf1 include:spf.old-mail.example ~all"


def seeded(apex: str = APEX) -> tuple[Zone, HostedZone]:
    served = Zone()
    hosted = HostedZone(apex, served, id_prefix="cf")
    hosted.add(apex, "MX", "10 mx.old-mail.example", 3600)
    hosted.add(apex, "TXT", SPF_OLD, 3600)
    hosted.add(f"www.{apex}", "CNAME", "web.hosting.example", 600, proxied="true")
    hosted.add(apex, "A", "192.0.2.10", 300)
    return served, hosted


@pytest.fixture
def world():
    served, hosted = seeded()
    with LoopbackDns(served) as dns, CloudflareDnsFake(hosted, credential={"token": TOKEN}) as fake:
        yield fake, hosted, dns


def run(coro_fn, fake, token: str = TOKEN):
    async def go():
        api = cloudflare.connect({"token": token}, base_url=fake.base_url)
        try:
            return await coro_fn(api)
        finally:
            await api.aclose()
    return asyncio.run(go())


def problem_of(coro_fn, fake, token: str = TOKEN) -> DnsHostError:
    with pytest.raises(DnsHostError) as caught:
        run(coro_fn, fake, token)
    return caught.value


def served_values(dns: LoopbackDns, name: str, rtype: str) -> tuple[str, ...]:
    observed = asyncio.run(ask(name, rtype, Vantage("authoritative", "127.0.0.1", dns.port), 2.0))
    return tuple(sorted(observed.values))


def test_zone_found_and_records_read_as_the_app_writes_them(world):
    fake, _, _ = world

    async def go(api):
        zone = await api.find_zone(APEX)
        return zone, await api.list_records(zone)

    zone, records = run(go, fake)
    assert zone == fake.zone_id
    by_type = {r.rtype: r for r in records}
    assert by_type["MX"].value == "10 mx.old-mail.example" and by_type["MX"].ttl == 3600
    assert by_type["TXT"].value == SPF_OLD                    # shown quoted by Cloudflare, read unquoted
    assert by_type["CNAME"].value == "web.hosting.example" and dict(by_type["CNAME"].extra)["proxied"] == "true"
    assert all(r.id for r in records)


def test_every_page_is_read(world):
    fake, hosted, _ = world
    for i in range(250):
        hosted.add(f"host{i}.{APEX}", "A", f"198.51.100.{i % 250 + 1}")
    records = run(lambda api: api.list_records(fake.zone_id), fake)
    assert len(records) == 254
    pages = [r.query.get("page") for r in fake.requests if r.path.endswith("/dns_records")]
    assert pages == [["1"], ["2"], ["3"]]


def test_add_update_delete_reach_the_authoritative_server(world):
    fake, hosted, dns = world
    spf_new = "v=spf1 include:spf.old-mail.example include:_spf.google.com ~all"

    async def go(api):
        zone = await api.find_zone(APEX)
        before = {r.rtype: r for r in await api.list_records(zone)}
        mx = await api.add(zone, ZoneRecord(APEX, "MX", "1 smtp.google.com", 3600))
        spf = await api.update(zone, before["TXT"], ZoneRecord(APEX, "TXT", spf_new, 3600))
        await api.delete(zone, before["MX"])
        return mx, spf

    mx, spf = run(go, fake)
    assert mx.id and mx.value == "1 smtp.google.com" and spf.value == spf_new
    assert sorted(r.value for r in hosted.find(APEX, "MX")) == ["1 smtp.google.com"]
    assert [r.value for r in hosted.find(APEX, "TXT")] == [spf_new]
    assert served_values(dns, APEX, "MX") == ("1 smtp.google.com",)
    assert served_values(dns, APEX, "TXT") == (spf_new,)
    posted = next(r for r in fake.requests if r.method == "POST")
    assert posted.json() == {"type": "MX", "name": APEX, "ttl": 3600, "content": "smtp.google.com", "priority": 1}
    patched = next(r for r in fake.requests if r.method == "PATCH").json()
    assert patched["content"] == f'"{spf_new}"'               # sent quoted, as the 2025 schema asks


def test_txt_longer_than_255_bytes_is_split_and_joined_back(world):
    fake, hosted, dns = world
    dkim = "v=DKIM1; k=rsa; p=" + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" * 9

    async def go(api):
        added = await api.add(fake.zone_id, ZoneRecord(f"google._domainkey.{APEX}", "TXT", dkim, 3600))
        return added, await api.list_records(fake.zone_id)

    added, records = run(go, fake)
    assert len(dkim.encode()) > 255
    sent = next(r for r in fake.requests if r.method == "POST").json()["content"]
    assert sent.count('" "') == 1 and len(sent.split('" "')[0]) - 1 == 255
    assert added.value == dkim and dkim in [r.value for r in records]
    assert [r.value for r in hosted.find(f"google._domainkey.{APEX}", "TXT")] == [dkim]
    assert served_values(dns, f"google._domainkey.{APEX}", "TXT") == (dkim,)


def test_txt_quoting_both_ways():
    tricky = 'say "hi" \\ there ' + "é" * 200
    quoted = cloudflare.quote_txt(tricky)
    assert all(len(part.encode()) <= 257 + part.count("\\") for part in quoted.split('" "'))
    assert cloudflare.unquote_txt(quoted) == tricky
    assert cloudflare.unquote_txt("v=spf1 -all") == "v=spf1 -all"           # legacy unquoted content
    assert cloudflare.unquote_txt('"v=spf1 " "-all"') == "v=spf1 -all"
    assert cloudflare.unquote_txt('"broken') == '"broken'


def test_unquoted_content_stored_by_others_reads_back_unchanged(world):
    fake, _, _ = world
    with httpx.Client() as client:  # a tool that posts unquoted TXT, as many did before 2025
        client.post(f"{fake.base_url}/zones/{fake.zone_id}/dns_records", headers={"Authorization": f"Bearer {TOKEN}"},
                    json={"type": "TXT", "name": "legacy", "content": "plain text; no quotes", "ttl": 1})
    records = run(lambda api: api.list_records(fake.zone_id), fake)
    legacy = next(r for r in records if r.name == f"legacy.{APEX}")
    assert legacy.value == "plain text; no quotes" and legacy.ttl == 1


@pytest.mark.parametrize("token", ["wrong-format token", "Xx" * 20])
def test_bad_token(world, token):
    fake, _, _ = world
    assert problem_of(lambda api: api.find_zone(APEX), fake, token).problem is Problem.BAD_CREDENTIAL


def test_read_only_token_changes_nothing_and_says_permission():
    _served, hosted = seeded()
    before = hosted.snapshot()
    with CloudflareDnsFake(hosted, credential={"token": TOKEN}, read_only=True) as fake:
        assert len(run(lambda api: api.list_records(fake.zone_id), fake)) == 4
        error = problem_of(lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "MX", "1 smtp.google.com")), fake)
    assert error.problem is Problem.PERMISSION and "10000" in error.detail
    assert hosted.snapshot() == before


def test_zone_not_in_the_account():
    _served, hosted = seeded()
    with CloudflareDnsFake(hosted, credential={"token": TOKEN}) as fake:
        assert problem_of(lambda api: api.find_zone("other.example"), fake).problem is Problem.ZONE_NOT_FOUND
        assert problem_of(lambda api: api.list_records("0" * 32), fake).problem is Problem.ZONE_NOT_FOUND
    with CloudflareDnsFake(hosted, credential={"token": TOKEN}, allowed_zones=("other.example",)) as fake:
        assert problem_of(lambda api: api.find_zone(APEX), fake).problem is Problem.ZONE_NOT_FOUND
        assert problem_of(lambda api: api.list_records(fake.zone_id), fake).problem is Problem.PERMISSION


def test_find_zone_from_a_subdomain(world):
    fake, _, _ = world
    assert run(lambda api: api.find_zone(f"mail.{APEX}"), fake) == fake.zone_id


def test_duplicate_refused(world):
    fake, hosted, _ = world
    before = hosted.snapshot()
    error = problem_of(lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "TXT", SPF_OLD, 600)), fake)
    assert error.problem is Problem.RECORD_EXISTS and "81058" in error.detail
    cname = problem_of(lambda api: api.add(fake.zone_id, ZoneRecord(f"www.{APEX}", "A", "192.0.2.1")), fake)
    assert cname.problem is Problem.RECORD_EXISTS and "81053" in cname.detail
    assert hosted.snapshot() == before


def test_rate_limited_with_retry_after(world):
    fake, hosted, _ = world
    fake.inject(CloudflareDnsFake.rate_limit(retry_after=7, method="POST"))
    error = problem_of(lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "MX", "1 smtp.google.com")), fake)
    assert error.problem is Problem.RATE_LIMITED and error.retry_after == 7.0
    assert not hosted.find(APEX, "MX")[1:]


def test_a_change_without_an_answer_is_uncertain_and_not_repeated(world):
    fake, hosted, _ = world
    fake.inject(Fault.drop_after(method="POST"))
    error = problem_of(lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "MX", "1 smtp.google.com")), fake)
    assert error.problem is Problem.UNCERTAIN
    assert [r.method for r in fake.requests].count("POST") == 1
    assert "1 smtp.google.com" in [r.value for r in hosted.find(APEX, "MX")]   # it was done; the app re-reads


def test_a_read_is_retried_after_a_dropped_connection(world):
    fake, _, _ = world
    fake.inject(Fault.drop_before(method="GET", times=2))
    assert len(run(lambda api: api.list_records(fake.zone_id), fake)) == 4


def test_server_errors(world):
    fake, _, _ = world
    fake.inject(Fault.status(500, {"success": False, "errors": [{"code": 10001, "message": "oops"}]}, times=3))
    assert problem_of(lambda api: api.list_records(fake.zone_id), fake).problem is Problem.SERVICE
    fake.inject(Fault.status_after(502, "bad gateway", method="DELETE"))
    record = ZoneRecord(APEX, "A", "192.0.2.10", id="cf4")
    assert problem_of(lambda api: api.delete(fake.zone_id, record), fake).problem is Problem.UNCERTAIN


def test_record_already_gone(world):
    fake, _, _ = world
    gone = ZoneRecord(APEX, "A", "192.0.2.99", id="cf999")
    run(lambda api: api.delete(fake.zone_id, gone), fake)  # nothing to do: a resumed run's earlier delete
    error = problem_of(lambda api: api.update(fake.zone_id, gone, ZoneRecord(APEX, "A", "192.0.2.98")), fake)
    assert error.problem is Problem.UNCERTAIN


def test_invalid_content_refused(world):
    fake, _, _ = world
    error = problem_of(lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "A", "not-an-address")), fake)
    assert error.problem is Problem.INVALID_RECORD


@pytest.mark.contract_violation
def test_fake_refuses_a_field_it_does_not_know(world):
    fake, hosted, _ = world
    with httpx.Client() as client:
        answer = client.post(f"{fake.base_url}/zones/{fake.zone_id}/dns_records",
                             headers={"Authorization": f"Bearer {TOKEN}"},
                             json={"type": "A", "name": "x", "content": "192.0.2.1", "prio": 5})
    assert answer.status_code == 400 and answer.json()["success"] is False
    assert not hosted.find(f"x.{APEX}", "A")


def test_idn_zone():
    apex = "xn--fsqu00a.xn--fiqs8s"  # 例子.中国
    served, hosted = seeded(apex)
    with LoopbackDns(served) as dns, CloudflareDnsFake(hosted, credential={"token": TOKEN}) as fake:
        async def go(api):
            zone = await api.find_zone("例子.中国")
            await api.add(zone, ZoneRecord(f"_dmarc.{apex}", "TXT", "v=DMARC1; p=none", 3600))
            return zone
        assert run(go, fake) == fake.zone_id
        assert served_values(dns, f"_dmarc.{apex}", "TXT") == ("v=DMARC1; p=none",)


def test_practice_fake_takes_any_token():
    _served, hosted = seeded()
    with CloudflareDnsFake(hosted, credential={}, accept_any_token=True) as fake:
        assert run(lambda api: api.find_zone(APEX), fake, token="anything at all") == fake.zone_id
