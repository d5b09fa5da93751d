"""GoDaddy DNS (core/dnshosts/godaddy.py) against its loopback fake: (type, name) sets with ids made from the
content, one record changed or removed while the other values at its name survive, paging, each documented
error mapped (the 2024 refusal of small accounts included), TXT over 255 bytes, an IDN zone."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.dns.probe import Vantage, ask
from mailwizard.core.dnshosts import godaddy, known_sets
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.servers.dnshosts.godaddy_fake import GoDaddyDnsFake

KEY = {"key": "dKey_123", "secret": "S3cr3t"}
APEX = "example.com"
SPF_OLD = "v=spf1 include:spf.old-mail.example ~all"


def seeded(apex: str = APEX) -> tuple[Zone, HostedZone]:
    served = Zone()
    hosted = HostedZone(apex, served)
    hosted.add(apex, "MX", "10 mx1.old-mail.example", 3600)
    hosted.add(apex, "MX", "20 mx2.old-mail.example", 3600)
    hosted.add(apex, "TXT", SPF_OLD, 3600)
    hosted.add(apex, "TXT", "google-site-verification=abc", 3600)
    hosted.add(f"www.{apex}", "CNAME", apex, 3600)
    return served, hosted


@pytest.fixture
def world():
    served, hosted = seeded()
    with LoopbackDns(served) as dns, GoDaddyDnsFake(hosted, credential=KEY) as fake:
        yield fake, hosted, dns


def run(coro_fn, fake, credential=KEY):
    async def go():
        api = godaddy.connect(credential, base_url=fake.base_url)
        try:
            return await coro_fn(api)
        finally:
            await api.aclose()
    return asyncio.run(go())


def problem_of(coro_fn, fake, credential=KEY) -> DnsHostError:
    with pytest.raises(DnsHostError) as caught:
        run(coro_fn, fake, credential)
    return caught.value


def served_values(dns: LoopbackDns, name: str, rtype: str) -> tuple[str, ...]:
    observed = asyncio.run(ask(name, rtype, Vantage("authoritative", "127.0.0.1", dns.port), 2.0))
    return tuple(sorted(observed.values))


def test_zone_found_and_read(world):
    fake, _, _ = world

    async def go(api):
        zone = await api.find_zone(f"mail.{APEX}")
        return zone, await api.list_records(zone)

    zone, records = run(go, fake)
    assert zone == APEX
    assert sorted(r.value for r in records if r.rtype == "MX") == ["10 mx1.old-mail.example", "20 mx2.old-mail.example"]
    cname = next(r for r in records if r.rtype == "CNAME")
    assert (cname.name, cname.value) == (f"www.{APEX}", APEX)
    assert len({r.id for r in records}) == len(records) and all(r.id.count("|") >= 2 for r in records)


def test_every_page_is_read(world):
    fake, hosted, _ = world
    for i in range(1100):
        hosted.add(f"h{i}.{APEX}", "A", "192.0.2.1", 600)
    records = run(lambda api: api.list_records(APEX), fake)
    assert len(records) == 1105
    offsets = [r.query["offset"][0] for r in fake.requests if r.path.endswith("/records")]
    assert offsets == ["0", "500", "1000"]


def test_one_record_changed_and_removed_the_others_at_its_name_survive(world):
    fake, hosted, dns = world
    spf_new = "v=spf1 include:spf.old-mail.example include:_spf.google.com ~all"

    async def go(api):
        records = await api.list_records(APEX)
        spf = next(r for r in records if r.value == SPF_OLD)
        mx2 = next(r for r in records if r.value.startswith("20 "))
        added = await api.add(APEX, ZoneRecord(APEX, "MX", "1 smtp.google.com", 3600))
        changed = await api.update(APEX, spf, ZoneRecord(APEX, "TXT", spf_new, 3600))
        await api.delete(APEX, mx2)
        return added, changed

    added, changed = run(go, fake)
    assert added.id == f"MX|{APEX}|1 smtp.google.com" and changed.value == spf_new
    assert sorted(r.value for r in hosted.find(APEX, "TXT")) == ["google-site-verification=abc", spf_new]
    assert sorted(r.value for r in hosted.find(APEX, "MX")) == ["1 smtp.google.com", "10 mx1.old-mail.example"]
    assert served_values(dns, APEX, "MX") == ("1 smtp.google.com", "10 mx1.old-mail.example")
    assert served_values(dns, APEX, "TXT") == ("google-site-verification=abc", spf_new)
    puts = [r for r in fake.requests if r.method == "PUT"]
    assert [p.path for p in puts] == [f"/v1/domains/{APEX}/records/TXT/@", f"/v1/domains/{APEX}/records/MX/@"]
    assert {"data": "google-site-verification=abc", "ttl": 3600} in puts[0].json()


def test_last_record_of_a_set_is_deleted_and_a_gone_one_is_fine(world):
    fake, hosted, _ = world
    cname = ZoneRecord(f"www.{APEX}", "CNAME", APEX)
    run(lambda api: api.delete(APEX, cname), fake)
    assert not hosted.find(f"www.{APEX}", "CNAME")
    assert [r.method for r in fake.requests].count("DELETE") == 1
    run(lambda api: api.delete(APEX, cname), fake)            # already gone: nothing sent
    assert [r.method for r in fake.requests].count("DELETE") == 1
    error = problem_of(lambda api: api.update(APEX, cname, ZoneRecord(f"www.{APEX}", "CNAME", "x.example")), fake)
    assert error.problem is Problem.UNCERTAIN


def test_update_moving_a_record_to_another_name(world):
    fake, hosted, _ = world
    old = ZoneRecord(APEX, "TXT", "google-site-verification=abc", 3600)
    run(lambda api: api.update(APEX, old, ZoneRecord(f"_v.{APEX}", "TXT", "google-site-verification=abc")), fake)
    assert [r.value for r in hosted.find(APEX, "TXT")] == [SPF_OLD]
    assert [r.value for r in hosted.find(f"_v.{APEX}", "TXT")] == ["google-site-verification=abc"]


def test_txt_longer_than_255_bytes(world):
    fake, _hosted, dns = world
    dkim = "v=DKIM1; k=rsa; p=" + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" * 9
    run(lambda api: api.add(APEX, ZoneRecord(f"google._domainkey.{APEX}", "TXT", dkim, 3600)), fake)
    records = run(lambda api: api.list_records(APEX), fake)
    assert dkim in [r.value for r in records]
    assert served_values(dns, f"google._domainkey.{APEX}", "TXT") == (dkim,)


@pytest.mark.parametrize("credential", [{"key": "dKey_123", "secret": "wrong"}, {"key": "", "secret": ""}])
def test_bad_key(world, credential):
    fake, _, _ = world
    assert problem_of(lambda api: api.find_zone(APEX), fake, credential).problem is Problem.BAD_CREDENTIAL


def test_small_account_refused():
    _served, hosted = seeded()
    before = hosted.snapshot()
    with GoDaddyDnsFake(hosted, credential=KEY, account_refused=True) as fake:
        error = problem_of(lambda api: api.find_zone(APEX), fake)
        assert error.problem is Problem.ACCOUNT_REFUSED and "ACCESS_DENIED" in error.detail
        error = problem_of(lambda api: api.add(APEX, ZoneRecord(APEX, "MX", "1 smtp.google.com")), fake)
        assert error.problem is Problem.ACCOUNT_REFUSED
    assert hosted.snapshot() == before


def test_a_change_refused_after_reads_were_allowed_is_a_missing_permission():
    _served, hosted = seeded()
    with GoDaddyDnsFake(hosted, credential=KEY, read_only=True) as fake:
        async def go(api):
            await api.list_records(await api.find_zone(APEX))
            await api.add(APEX, ZoneRecord(APEX, "MX", "1 smtp.google.com"))
        assert problem_of(go, fake).problem is Problem.PERMISSION


def test_zone_not_in_the_account(world):
    fake, _, _ = world
    assert problem_of(lambda api: api.find_zone("other.example"), fake).problem is Problem.ZONE_NOT_FOUND
    assert problem_of(lambda api: api.list_records("other.example"), fake).problem is Problem.ZONE_NOT_FOUND


def test_duplicate_refused(world):
    fake, hosted, _ = world
    before = hosted.snapshot()
    error = problem_of(lambda api: api.add(APEX, ZoneRecord(APEX, "TXT", SPF_OLD, 3600)), fake)
    assert error.problem is Problem.RECORD_EXISTS
    spf = ZoneRecord(APEX, "TXT", SPF_OLD)
    error = problem_of(lambda api: api.update(APEX, spf, ZoneRecord(APEX, "TXT", "google-site-verification=abc")),
                       fake)
    assert error.problem is Problem.RECORD_EXISTS
    assert hosted.snapshot() == before


def test_rate_limited_with_retry_after(world):
    fake, _, _ = world
    fake.inject(GoDaddyDnsFake.rate_limit(retry_after=42, method="PATCH"))
    error = problem_of(lambda api: api.add(APEX, ZoneRecord(APEX, "MX", "1 smtp.google.com")), fake)
    assert error.problem is Problem.RATE_LIMITED and error.retry_after == 42.0


def test_a_change_without_an_answer_is_uncertain_and_not_repeated(world):
    fake, hosted, _ = world
    fake.inject(Fault.drop_after(method="PUT"))
    spf = ZoneRecord(APEX, "TXT", SPF_OLD)
    error = problem_of(lambda api: api.update(APEX, spf, ZoneRecord(APEX, "TXT", "v=spf1 -all")), fake)
    assert error.problem is Problem.UNCERTAIN
    assert [r.method for r in fake.requests].count("PUT") == 1
    assert "v=spf1 -all" in [r.value for r in hosted.find(APEX, "TXT")]


def test_invalid_record_refused(world):
    fake, _, _ = world
    error = problem_of(lambda api: api.add(APEX, ZoneRecord(APEX, "TXT", "x" * 1100)), fake)
    assert error.problem is Problem.INVALID_RECORD and "INVALID_BODY" in error.detail


def test_idn_zone():
    apex = "xn--fsqu00a.xn--fiqs8s"  # 例子.中国
    served, hosted = seeded(apex)
    with LoopbackDns(served) as dns, GoDaddyDnsFake(hosted, credential=KEY) as fake:
        async def go(api):
            zone = await api.find_zone("例子.中国")
            await api.add(zone, ZoneRecord(f"_dmarc.{apex}", "TXT", "v=DMARC1; p=none", 3600))
            return zone
        assert run(go, fake) == apex
        assert served_values(dns, f"_dmarc.{apex}", "TXT") == ("v=DMARC1; p=none",)


def test_changes_to_one_set_sent_together_all_land(world):
    fake, hosted, _ = world
    fake.latency = 0.05
    fake.inject(Fault.stall(0.03, method="PATCH"))  # the add lands between the set's read and its re-write

    async def go(api):
        records = await api.list_records(APEX)
        mx = [r for r in records if r.rtype == "MX"]
        spf = next(r for r in records if r.value == SPF_OLD)
        await asyncio.gather(api.delete(APEX, mx[0]), api.delete(APEX, mx[1]),
                             api.add(APEX, ZoneRecord(APEX, "TXT", "MS=ms123", 3600)),
                             api.update(APEX, spf, ZoneRecord(APEX, "TXT", "v=spf1 -all", 3600)))

    run(go, fake)
    assert not hosted.find(APEX, "MX")
    assert sorted(r.value for r in hosted.find(APEX, "TXT")) == ["MS=ms123", "google-site-verification=abc",
                                                                 "v=spf1 -all"]


def test_adds_sent_together_go_as_one_patch_and_one_refused_does_not_hold_back_the_others(world):
    fake, hosted, _ = world

    async def go(api):
        return await asyncio.gather(*(api.add(APEX, ZoneRecord(f"h{i}.{APEX}", "A", "192.0.2.7", 600))
                                      for i in range(4)),
                                    api.add(APEX, ZoneRecord(APEX, "TXT", SPF_OLD, 3600)), return_exceptions=True)

    results = run(go, fake)
    assert all(isinstance(r, ZoneRecord) for r in results[:4])
    assert isinstance(results[4], DnsHostError) and results[4].problem is Problem.RECORD_EXISTS
    assert all(hosted.find(f"h{i}.{APEX}", "A") for i in range(4))
    patches = [r for r in fake.requests if r.method == "PATCH"]
    assert len(patches[0].json()) == 5 and len(patches) == 6  # the batch, refused as a whole, then one by one


def test_changes_to_one_set_sent_together_take_one_write_after_a_fresh_listing_else_one_read_too(world, monkeypatch):
    fake, hosted, _ = world

    async def go(api):
        mx = [r for r in await api.list_records(APEX) if r.rtype == "MX"]
        await asyncio.gather(*(api.delete(APEX, r) for r in mx))

    run(go, fake)
    assert not hosted.find(APEX, "MX")
    assert [(r.method, r.path.rsplit("/", 2)[-2]) for r in fake.requests[1:]] == [("DELETE", "MX")]

    hosted.add(APEX, "MX", "10 mx1.old-mail.example", 3600)
    hosted.add(APEX, "MX", "20 mx2.old-mail.example", 3600)
    fake.requests.clear()
    monkeypatch.setattr(known_sets, "FRESH", -1.0)  # the listing too old: the set is read again
    run(go, fake)
    assert not hosted.find(APEX, "MX")
    assert [(r.method, r.path.rsplit("/", 2)[-2]) for r in fake.requests[1:]] == [("GET", "MX"), ("DELETE", "MX")]


def test_an_add_answered_after_the_listing_was_asked_survives_a_rewrite_of_its_set_from_the_listing(world):
    fake, hosted, _ = world
    fake.inject(Fault.stall(0.05, method="PATCH"))  # the add answered after the listing

    async def go(api):
        records, _added = await asyncio.gather(api.list_records(APEX),
                                               api.add(APEX, ZoneRecord(APEX, "TXT", "MS=ms123", 3600)))
        spf = next(r for r in records if r.value == SPF_OLD)
        await api.update(APEX, spf, ZoneRecord(APEX, "TXT", "v=spf1 -all", 3600))

    run(go, fake)
    assert [r.method for r in fake.requests].count("GET") == 1  # the set taken from the listing
    assert sorted(r.value for r in hosted.find(APEX, "TXT")) == ["MS=ms123", "google-site-verification=abc",
                                                                 "v=spf1 -all"]


def test_after_a_change_to_a_set_went_unanswered_the_set_is_read_before_it_is_rewritten(world):
    fake, hosted, _ = world
    fake.inject(Fault.drop_after(method="PATCH"))  # the add made, its answer lost

    async def go(api):
        records = await api.list_records(APEX)
        with pytest.raises(DnsHostError):
            await api.add(APEX, ZoneRecord(APEX, "TXT", "MS=ms123", 3600))
        spf = next(r for r in records if r.value == SPF_OLD)
        await api.update(APEX, spf, ZoneRecord(APEX, "TXT", "v=spf1 -all", 3600))

    run(go, fake)
    assert ("GET", "TXT") in [(r.method, r.path.rsplit("/", 2)[-2]) for r in fake.requests]
    assert sorted(r.value for r in hosted.find(APEX, "TXT")) == ["MS=ms123", "google-site-verification=abc",
                                                                 "v=spf1 -all"]




def test_a_change_answered_while_the_listing_was_on_its_way_is_kept_in_the_known_set():
    """The host may have read the zone before the add landed and answered after it: the add is replayed."""
    key = (APEX, "TXT", APEX)
    known = known_sets.KnownSets(lambda _key, entry: entry["data"])
    asked = known.asking()
    known.changed(key, "add", [{"data": "MS=ms123", "ttl": 600}])  # answered before the listing came back
    known.listed(APEX, asked, [(key, {"type": "TXT", "name": "@", "data": SPF_OLD, "ttl": 3600})])
    assert [e["data"] for e in known.members(key)] == [SPF_OLD, "MS=ms123"]
    later = known.asking()
    known.listed(APEX, later, [(key, {"type": "TXT", "name": "@", "data": SPF_OLD, "ttl": 3600}),
                               (key, {"type": "TXT", "name": "@", "data": "MS=ms123", "ttl": 600})])
    known.listed(APEX, asked, [])  # an older listing answered late changes nothing
    assert [e["data"] for e in known.members(key)] == [SPF_OLD, "MS=ms123"]
