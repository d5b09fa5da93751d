"""core/dnshosts/huawei.py against the loopback Huawei Cloud DNS API (tests/servers/dnshosts/huawei_fake.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import dns.resolver
import httpx
import pytest

from mailwizard.core.dnshosts import huawei, known_sets
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.core.dnshosts.huawei_values import from_wire, quote_txt, to_wire
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.servers.dnshosts.huawei_fake import HuaweiDnsFake

KEY = {"access_key_id": "QTWAOYTTINDUT2QVKYUC", "secret_access_key": "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"}
APEX = "example.com"


def _zone(apex: str = APEX) -> tuple[Zone, HostedZone]:
    served = Zone(zones={apex})
    hosted = HostedZone(apex, served)
    hosted.add(apex, "MX", "10 mx.oldmail.example.net")
    hosted.add(apex, "MX", "20 mx2.oldmail.example.net")
    hosted.add(apex, "TXT", "v=spf1 include:spf.other.example ~all")
    hosted.add(apex, "TXT", "google-site-verification=abc")
    hosted.add(f"www.{apex}", "CNAME", "web.example.net")
    return served, hosted


@pytest.fixture
def env() -> Iterator[tuple[HuaweiDnsFake, HostedZone, LoopbackDns]]:
    served, hosted = _zone()
    with HuaweiDnsFake(hosted, credential=KEY) as fake, LoopbackDns(served) as server:
        yield fake, hosted, server


def run(fake: HuaweiDnsFake, body, credential: dict[str, str] = KEY):
    async def go():
        api = huawei.connect(credential, base_url=fake.base_url)
        try:
            return await body(api)
        finally:
            await api.aclose()

    return asyncio.run(go())


def problem_of(fake: HuaweiDnsFake, body, credential: dict[str, str] = KEY) -> DnsHostError:
    with pytest.raises(DnsHostError) as caught:
        run(fake, body, credential)
    return caught.value


def ask(server: LoopbackDns, name: str, rtype: str) -> list[str]:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers, resolver.port = ["127.0.0.1"], server.port
    try:
        return sorted(r.to_text() for r in resolver.resolve(name, rtype))
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []


def test_values_to_and_from_the_wire() -> None:
    assert to_wire("TXT", "v=spf1 -all") == '"v=spf1 -all"'
    assert from_wire("TXT", '"v=spf1 -all"') == "v=spf1 -all"
    long = "p=" + "B" * 300
    assert to_wire("TXT", long) == f'"{long[:255]}" "{long[255:]}"' and from_wire("TXT", to_wire("TXT", long)) == long
    assert from_wire("TXT", '"say \\"hi\\""') == 'say "hi"'        # as a zone file would escape it
    for unwritable in ('say "hi"', "back\\slash", "x" * 4097):
        with pytest.raises(ValueError):
            quote_txt(unwritable)
    assert len(quote_txt("中" * 100).split('" "')) == 2       # 300 bytes: cut between characters
    assert to_wire("MX", "10 mx.example.com") == "10 mx.example.com." and from_wire("MX", "10 MX.Example.com.") == \
        "10 mx.example.com"
    assert to_wire("CNAME", "a.example.net") == "a.example.net."
    assert from_wire("CNAME", "a.example.net.") == "a.example.net"


def test_lists_every_page_one_record_per_value(env) -> None:
    fake, hosted, _ = env
    for i in range(1200):
        hosted.add(f"h{i}.{APEX}", "A", f"10.0.{i // 250}.{i % 250}")

    async def body(api):
        zone = await api.find_zone("mail." + APEX)
        return zone, await api.list_records(zone)

    zone, records = run(fake, body)
    assert zone == fake.zone_id and len(records) == 1205          # the SOA set is left out
    assert sum(1 for r in fake.requests if r.path.endswith("/recordsets")) == 3
    mx = sorted(r.value for r in records if r.rtype == "MX")
    assert mx == ["10 mx.oldmail.example.net", "20 mx2.oldmail.example.net"]
    mx_ids = {r.id for r in records if r.rtype == "MX"}
    assert len(mx_ids) == 2 and len({i.split("|")[0] for i in mx_ids}) == 1
    assert {r.value for r in records if r.rtype == "TXT"} == {"v=spf1 include:spf.other.example ~all",
                                                              "google-site-verification=abc"}
    assert next(r.value for r in records if r.rtype == "CNAME") == "web.example.net"


def test_change_one_value_keeps_the_rest_of_its_set(env) -> None:
    fake, hosted, server = env
    dkim = "v=DKIM1; k=rsa; p=" + "A" * 380

    async def body(api):
        zone = await api.find_zone(APEX)
        listing = await api.list_records(zone)
        spf = next(r for r in listing if r.value.startswith("v=spf1"))
        new_spf = await api.update(zone, spf, ZoneRecord(APEX, "TXT", "v=spf1 include:new.example "
                                                                      "include:spf.other.example ~all", 300))
        old_mx = next(r for r in listing if r.value == "10 mx.oldmail.example.net")
        await api.delete(zone, old_mx)
        added_mx = await api.add(zone, ZoneRecord(APEX, "MX", "5 mx.newmail.example", 300))
        fresh = await api.add(zone, ZoneRecord(f"sel._domainkey.{APEX}", "TXT", dkim, 600))
        return new_spf, added_mx, fresh, await api.list_records(zone)

    new_spf, added_mx, fresh, records = run(fake, body)
    txt = {r.value for r in records if r.rtype == "TXT" and r.name == APEX}
    assert txt == {"v=spf1 include:new.example include:spf.other.example ~all", "google-site-verification=abc"}
    assert sorted(r.value for r in records if r.rtype == "MX") == ["20 mx2.oldmail.example.net",
                                                                   "5 mx.newmail.example"]
    assert new_spf.id in {r.id for r in records} and added_mx.id in {r.id for r in records}
    assert next(r.value for r in records if r.name.startswith("sel.")) == dkim and fresh.id.endswith(dkim)
    assert sorted(r.value for r in hosted.find(APEX, "MX")) == ["20 mx2.oldmail.example.net", "5 mx.newmail.example"]
    assert ask(server, APEX, "MX") == ["20 mx2.oldmail.example.net.", "5 mx.newmail.example."]
    served_dkim = ask(server, f"sel._domainkey.{APEX}", "TXT")[0]
    assert "".join(served_dkim.split('"')[1::2]) == dkim


def test_deleting_the_last_value_deletes_the_set(env) -> None:
    fake, hosted, server = env

    async def body(api):
        zone = await api.find_zone(APEX)
        cname = next(r for r in await api.list_records(zone) if r.rtype == "CNAME")
        await api.delete(zone, cname)
        await api.delete(zone, cname)           # already gone: nothing to do
        return await api.list_records(zone)

    assert not [r for r in run(fake, body) if r.rtype == "CNAME"]
    assert any(r.method == "DELETE" for r in fake.requests) and not hosted.find(f"www.{APEX}", "CNAME")
    assert ask(server, f"www.{APEX}", "CNAME") == []


def test_bad_key_and_bad_secret(env) -> None:
    fake, hosted, _ = env
    before = hosted.snapshot()
    error = problem_of(fake, lambda api: api.find_zone(APEX), {**KEY, "access_key_id": "NOPE"})
    assert error.problem is Problem.BAD_CREDENTIAL and "APIGW.0301" in error.detail
    error = problem_of(fake, lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "A", "192.0.2.9")),
                       {**KEY, "secret_access_key": KEY["secret_access_key"][:-1] + "d"})
    assert error.problem is Problem.BAD_CREDENTIAL and hosted.snapshot() == before


def test_read_only_user_cannot_write() -> None:
    _served, hosted = _zone()
    before = hosted.snapshot()
    with HuaweiDnsFake(hosted, credential=KEY, read_only=True) as fake:
        assert len(run(fake, lambda api: api.list_records(fake.zone_id))) == 5
        error = problem_of(fake, lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "A", "192.0.2.9")))
    assert error.problem is Problem.PERMISSION and hosted.snapshot() == before


def test_zone_not_found(env) -> None:
    fake, _, _ = env
    assert problem_of(fake, lambda api: api.find_zone("example.org")).problem is Problem.ZONE_NOT_FOUND
    error = problem_of(fake, lambda api: api.list_records("ff80808200000000000000000000dead"))
    assert error.problem is Problem.ZONE_NOT_FOUND and "DNS.0302" in error.detail
    _served, hosted = _zone()
    with HuaweiDnsFake(hosted, credential=KEY, allowed_zones=["other.example"]) as hidden:
        assert problem_of(hidden, lambda api: api.find_zone(APEX)).problem is Problem.ZONE_NOT_FOUND


def test_record_exists(env) -> None:
    fake, hosted, _ = env
    error = problem_of(fake, lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "MX", "20 mx2.oldmail.example.net")))
    assert error.problem is Problem.RECORD_EXISTS
    # the host's own refusal of a second set with the same name and type
    hosted.add(f"x.{APEX}", "A", "192.0.2.3")
    import json

    api = huawei.HuaweiDns(KEY["access_key_id"], KEY["secret_access_key"], fake.base_url, None)  # type: ignore[arg-type]
    body = json.dumps({"name": f"x.{APEX}.", "type": "A", "ttl": 300, "records": ["192.0.2.4"]}).encode()
    url, headers = api._signed("POST", f"/v2/zones/{fake.zone_id}/recordsets", [], body)
    answer = httpx.post(url, headers=headers, content=body)
    assert answer.status_code == 400 and answer.json()["code"] == "DNS.0312"
    assert huawei._problem(400, "DNS.0312") is Problem.RECORD_EXISTS


def test_throttled(env) -> None:
    fake, _, _ = env
    fake.limit_per_second = 2

    async def body(api):
        for i in range(4):
            await api.add(fake.zone_id, ZoneRecord(f"t{i}.{APEX}", "A", "192.0.2.1"))

    error = problem_of(fake, body)
    assert error.problem is Problem.RATE_LIMITED and error.retry_after and "APIGW.0308" in error.detail


def test_service_fault(env) -> None:
    fake, _, _ = env
    fake.inject(Fault.status(500, {"code": "DNS.0001", "message": "Internal error."}, method="POST"))
    error = problem_of(fake, lambda api: api.add(fake.zone_id, ZoneRecord(f"n.{APEX}", "A", "192.0.2.7")))
    assert error.problem is Problem.SERVICE


def test_change_without_answer_is_uncertain_and_reads_are_retried(env) -> None:
    fake, hosted, _ = env
    fake.inject(Fault.drop_after(times=1, method="PUT"))
    error = problem_of(fake, lambda api: api.add(fake.zone_id, ZoneRecord(APEX, "MX", "30 mx3.example.net")))
    assert error.problem is Problem.UNCERTAIN and len(hosted.find(APEX, "MX")) == 3    # it was made
    fake.inject(Fault.drop_after(times=1, method="GET"))
    assert len(run(fake, lambda api: api.list_records(fake.zone_id))) == 6


def test_idn_zone_by_a_label() -> None:
    apex = "xn--fsqu00a.xn--fiqs8s"
    _served, hosted = _zone(apex)
    with HuaweiDnsFake(hosted, credential=KEY) as fake:
        async def body(api):
            zone = await api.find_zone("mail." + apex)
            await api.add(zone, ZoneRecord(f"_dmarc.{apex}", "TXT", "v=DMARC1; p=none; 中文"))
            return await api.list_records(zone)

        records = run(fake, body)
    assert {r.name for r in records} == {apex, f"www.{apex}", f"_dmarc.{apex}"}
    assert hosted.find(f"_dmarc.{apex}", "TXT")[0].value == "v=DMARC1; p=none; 中文"


def test_fake_refuses_a_one_byte_change_and_a_stale_date(env, monkeypatch: pytest.MonkeyPatch) -> None:
    fake, _hosted, _ = env
    api = huawei.HuaweiDns(KEY["access_key_id"], KEY["secret_access_key"], fake.base_url, None)  # type: ignore[arg-type]
    path = f"/v2/zones/{fake.zone_id}/recordsets"
    body = b'{"name": "y.example.com.", "type": "A", "ttl": 300, "records": ["192.0.2.5"]}'
    url, headers = api._signed("POST", path, [], body)
    assert httpx.post(url, headers=headers, content=body.replace(b"2.5", b"2.6")).json()["error_code"] == "APIGW.0301"
    assert httpx.post(url + "?a=1", headers=headers, content=body).status_code == 401
    assert httpx.post(url, headers=headers, content=body).status_code == 202
    from datetime import UTC, datetime, timedelta

    class Past(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(UTC) - timedelta(minutes=16)

    monkeypatch.setattr(huawei, "datetime", Past)
    url, headers = api._signed("GET", path, [], b"")
    stale = httpx.get(url, headers=headers)
    assert stale.status_code == 401 and "expired" in stale.json()["error_msg"]


@pytest.mark.parametrize(("status", "code", "problem"), [
    (401, "APIGW.0301", Problem.BAD_CREDENTIAL), (403, "APIGW.0302", Problem.PERMISSION),
    (403, "DNS.0030", Problem.PERMISSION), (404, "DNS.0302", Problem.ZONE_NOT_FOUND),
    (400, "DNS.0312", Problem.RECORD_EXISTS), (400, "APIGW.0308", Problem.RATE_LIMITED),
    (429, "HTTP429", Problem.RATE_LIMITED), (400, "DNS.0308", Problem.INVALID_RECORD),
    (500, "DNS.0001", Problem.SERVICE),
])
def test_error_codes(status: int, code: str, problem: Problem) -> None:
    assert huawei._problem(status, code) is problem


def test_fake_accepts_what_the_official_sdk_signs(env) -> None:
    """The fake's verifier against the SDK's own signer (huaweicloudsdkcore Signer.sign), requests replayed as
    signed."""
    import json
    from types import SimpleNamespace

    signer_module = pytest.importorskip("huaweicloudsdkcore.signer.signer")
    from huaweicloudsdkcore.sdk_request import SdkRequest

    fake, hosted, _ = env
    signer = signer_module.Signer(SimpleNamespace(ak=KEY["access_key_id"], sk=KEY["secret_access_key"]))
    path = f"/v2/zones/{fake.zone_id}/recordsets"
    body = json.dumps({"name": f"_dmarc.{APEX}.", "type": "TXT", "ttl": 300,
                       "records": ['"v=DMARC1; p=none; 中文"']}, ensure_ascii=False).encode()
    for method, query, payload in (("GET", [("limit", "500"), ("offset", "0"), ("name", "ex ample")], b""),
                                   ("POST", [], body)):
        headers = {"Content-Type": "application/json;charset=UTF-8"} if payload else {}
        request = signer.sign(SdkRequest(method=method, schema="http", host=f"127.0.0.1:{fake.port}",
                                         resource_path=path, query_params=list(query), header_params=headers,
                                         body=payload or None))
        answer = httpx.request(method, fake.base_url + request.uri, headers=request.header_params,
                               content=payload or None)
        assert answer.status_code in (200, 202), answer.text
    assert hosted.find(f"_dmarc.{APEX}", "TXT")[0].value == "v=DMARC1; p=none; 中文"


def test_delay_before_each_answer() -> None:
    import time

    _served, hosted = _zone()
    with HuaweiDnsFake(hosted, credential=KEY, delay=0.2) as fake:
        started = time.monotonic()
        run(fake, lambda api: api.list_records(fake.zone_id))
        assert time.monotonic() - started >= 0.2


def test_changes_sent_together_to_one_set_all_take_effect_in_one_write(env) -> None:
    """Huawei rewrites whole sets: two deletes (or adds) of one set sent together must not undo each other."""
    fake, _hosted, server = env

    async def body(api):
        zone = await api.find_zone(APEX)
        listing = await api.list_records(zone)
        mx = [r for r in listing if r.rtype == "MX"]
        await asyncio.gather(api.add(zone, ZoneRecord(APEX, "MX", "1 smtp.google.com", 600)),
                             api.add(zone, ZoneRecord(APEX, "TXT", "v=verify-1", 600)))
        writes = sum(1 for r in fake.requests if r.method in ("PUT", "POST"))
        await asyncio.gather(*(api.delete(zone, r) for r in mx))
        return writes, await api.list_records(zone)

    writes, records = run(fake, body)
    assert sorted(r.value for r in records if r.rtype == "MX") == ["1 smtp.google.com"]
    assert "v=verify-1" in {r.value for r in records if r.rtype == "TXT"}
    assert writes == 2 and sum(1 for r in fake.requests if r.method == "PUT") == 3   # the two deletes: one write
    assert ask(server, APEX, "MX") == ["1 smtp.google.com."]


def test_adds_to_one_new_set_sent_together_make_one_set(env) -> None:
    fake, hosted, _ = env

    async def body(api):
        zone = await api.find_zone(APEX)
        await api.list_records(zone)
        return await asyncio.gather(*(api.add(zone, ZoneRecord(f"new.{APEX}", "TXT", f"v{i}", 600)) for i in range(3)))

    made = run(fake, body)
    assert sorted(r.value for r in hosted.find(f"new.{APEX}", "TXT")) == ["v0", "v1", "v2"]
    assert len({m.id.split("|")[0] for m in made}) == 1
    assert sum(1 for r in fake.requests if r.method == "POST") == 1


def test_a_set_made_by_someone_else_since_the_listing_is_rewritten_not_lost(env) -> None:
    fake, hosted, _ = env

    async def body(api):
        zone = await api.find_zone(APEX)
        await api.list_records(zone)
        hosted.add(f"late.{APEX}", "TXT", "someone else's")      # after our listing
        return await api.add(zone, ZoneRecord(f"late.{APEX}", "TXT", "ours", 600))

    made = run(fake, body)
    assert sorted(r.value for r in hosted.find(f"late.{APEX}", "TXT")) == ["ours", "someone else's"] and made.id


def test_a_value_added_by_someone_else_since_an_old_listing_survives_our_rewrite(env, monkeypatch) -> None:
    """A listing older than known_sets.FRESH is not trusted: the set is read right before it is rewritten."""
    fake, hosted, _ = env
    monkeypatch.setattr(known_sets, "FRESH", -1.0)

    async def body(api):
        zone = await api.find_zone(APEX)
        listing = await api.list_records(zone)
        hosted.add(APEX, "MX", "30 mx3.someone.example")          # after our listing, into the same set
        await api.delete(zone, next(r for r in listing if r.value == "10 mx.oldmail.example.net"))

    run(fake, body)
    assert sorted(r.value for r in hosted.find(APEX, "MX")) == ["20 mx2.oldmail.example.net", "30 mx3.someone.example"]


def test_a_txt_value_huawei_cannot_hold_is_refused_before_sending(env) -> None:
    fake, hosted, _ = env
    before = hosted.snapshot()
    error = problem_of(fake, lambda api: api.add(fake.zone_id, ZoneRecord(f"q.{APEX}", "TXT", 'say "hi"')))
    assert error.problem is Problem.INVALID_RECORD and not [r for r in fake.requests if r.method != "GET"]
    assert hosted.snapshot() == before


def test_the_fake_refuses_what_huawei_refuses(env) -> None:
    import json

    fake, _, _ = env
    api = huawei.HuaweiDns(KEY["access_key_id"], KEY["secret_access_key"], fake.base_url, None)  # type: ignore[arg-type]
    path = f"/v2/zones/{fake.zone_id}/recordsets"
    for body, code in (({"name": f"z.{APEX}", "type": "A", "records": ["192.0.2.1"]}, "DNS.0304"),     # no dot
                       ({"name": f"z.{APEX}.", "type": "TXT", "records": ["v=spf1 -all"]}, "DNS.0308"),  # unquoted
                       ({"name": f"z.{APEX}.", "type": "TXT", "records": ['"' + "a" * 256 + '"']}, "DNS.0308"),
                       ({"name": f"z.{APEX}.", "type": "TXT", "records": ['"a\\\\b"']}, "DNS.0308"),
                       ({"name": f"z.{APEX}.", "type": "MX", "records": ["10 mx.example.net"]}, "DNS.0308")):
        payload = json.dumps(body).encode()
        url, headers = api._signed("POST", path, [], payload)
        answer = httpx.post(url, headers=headers, content=payload)
        assert (answer.status_code, answer.json()["code"]) == (400, code), body


def _calls(fake: HuaweiDnsFake, start: int = 0) -> list[tuple[str, str | None]]:
    """(method, the type asked for by a read of one set) of the requests from ``start``."""
    return [(r.method, r.arg("type")) for r in fake.requests[start:]]


def test_changes_to_one_set_sent_together_take_one_write_after_a_fresh_listing_else_one_read_too(env, monkeypatch):
    fake, hosted, _ = env

    async def body(api):
        old = next(r for r in await api.list_records(fake.zone_id) if r.value == "10 mx.oldmail.example.net")
        await asyncio.gather(api.delete(fake.zone_id, old),
                             api.add(fake.zone_id, ZoneRecord(APEX, "MX", "1 smtp.google.com", 600)))

    run(fake, body)
    assert sorted(r.value for r in hosted.find(APEX, "MX")) == ["1 smtp.google.com", "20 mx2.oldmail.example.net"]
    assert _calls(fake, 1) == [("PUT", None)]             # the set from the listing: no read, one write for both

    hosted.add(APEX, "MX", "10 mx.oldmail.example.net")
    hosted.delete(next(r.id for r in hosted.find(APEX, "MX") if r.value == "1 smtp.google.com"))
    fake.requests.clear()
    monkeypatch.setattr(known_sets, "FRESH", -1.0)         # the listing too old: the set is read again
    run(fake, body)
    assert sorted(r.value for r in hosted.find(APEX, "MX")) == ["1 smtp.google.com", "20 mx2.oldmail.example.net"]
    assert _calls(fake, 1) == [("GET", "MX"), ("PUT", None)]


def test_a_write_answered_after_the_listing_was_asked_survives_a_rewrite_of_its_set_from_the_listing(env):
    fake, hosted, _ = env
    zone = fake.zone_id

    async def body(api):
        await api.list_records(zone)
        fake.inject(Fault.stall(0.05, method="PUT"))      # the add answered after the next listing
        records, _added = await asyncio.gather(api.list_records(zone),
                                               api.add(zone, ZoneRecord(APEX, "TXT", "MS=ms123", 3600)))
        spf = next(r for r in records if r.value.startswith("v=spf1"))
        await api.update(zone, spf, ZoneRecord(APEX, "TXT", "v=spf1 -all", 3600))

    run(fake, body)
    assert [r.method for r in fake.requests] == ["GET", "GET", "PUT", "PUT"]   # the set taken from the listings
    assert sorted(r.value for r in hosted.find(APEX, "TXT")) == ["MS=ms123", "google-site-verification=abc",
                                                                 "v=spf1 -all"]


def test_after_a_write_to_a_set_went_unanswered_the_set_is_read_before_it_is_rewritten(env):
    fake, hosted, _ = env
    zone = fake.zone_id
    fake.inject(Fault.drop_after(method="PUT"))          # the add made, its answer lost

    async def body(api):
        records = await api.list_records(zone)
        with pytest.raises(DnsHostError) as caught:
            await api.add(zone, ZoneRecord(APEX, "TXT", "MS=ms123", 3600))
        assert caught.value.problem is Problem.UNCERTAIN
        spf = next(r for r in records if r.value.startswith("v=spf1"))
        await api.update(zone, spf, ZoneRecord(APEX, "TXT", "v=spf1 -all", 3600))

    run(fake, body)
    assert _calls(fake, 1) == [("PUT", None), ("GET", "TXT"), ("PUT", None)]
    assert sorted(r.value for r in hosted.find(APEX, "TXT")) == ["MS=ms123", "google-site-verification=abc",
                                                                 "v=spf1 -all"]
