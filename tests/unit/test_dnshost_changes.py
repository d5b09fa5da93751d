"""The changes made through a DNS host's API come from the DNS step's own plan, read from the zone's listing:
an old provider's MX removed, an SPF record merged in place, a second SPF record and a CNAME in the way removed,
and every record the plan does not name left alone."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.dns.service import records_for
from mailwizard.core.dnshosts.api import ZoneRecord
from mailwizard.core.dnshosts.changes import ADD, DELETE, NEW_TTL, UPDATE, Change, observations, plan_zone

DOMAIN = "example.com"
VALUES = {"verification": "google-site-verification=abc", "dkim": "v=DKIM1; k=rsa; p=MIGf"}
UNRELATED = [
    ZoneRecord("example.com", "A", "203.0.113.10", 600, "a1"),
    ZoneRecord("www.example.com", "CNAME", "example.com", 600, "c1"),
    ZoneRecord("example.com", "TXT", "facebook-domain-verification=xyz", 300, "t9"),
    ZoneRecord("example.com", "NS", "ns1.example.net", 86400, "ns1"),
]


def plan(listing: list[ZoneRecord], provider: str = "google", domain: str = DOMAIN, values=VALUES):
    return asyncio.run(plan_zone(records_for(provider, domain, values), listing))


def ops(changes: list[Change]) -> list[tuple[str, str, str, str]]:
    return sorted((c.op, c.record.name, c.record.rtype, c.record.value) for c in changes)


def test_an_empty_zone_gets_every_record_added_with_its_reason() -> None:
    result = plan(list(UNRELATED))
    assert ops(result.changes) == sorted([
        (ADD, "example.com", "TXT", "google-site-verification=abc"),
        (ADD, "example.com", "MX", "1 smtp.google.com"),
        (ADD, "example.com", "TXT", "v=spf1 include:_spf.google.com ~all"),
        (ADD, "google._domainkey.example.com", "TXT", "v=DKIM1; k=rsa; p=MIGf"),
        (ADD, "_dmarc.example.com", "TXT", "v=DMARC1; p=none")])
    assert all(c.after.ttl == NEW_TTL and c.after.id == "" and c.before is None for c in result.changes)
    reasons = {c.record.rtype + ":" + c.record.value[:6]: c.reason for c in result.changes}
    assert reasons["MX:1 smtp"] == "dnshost.reason.add_mx"
    assert reasons["TXT:v=spf1"] == "dnshost.reason.add_spf"
    assert reasons["TXT:v=DMAR"] == "dnshost.reason.add_dmarc"


def test_the_old_mx_is_deleted_and_the_spf_with_other_includes_merged_in_place() -> None:
    old_mx = [ZoneRecord("example.com", "MX", "10 mx1.oldmail.net", 3600, "m1"),
              ZoneRecord("example.com", "MX", "20 mx2.oldmail.net", 3600, "m2")]
    spf = ZoneRecord("example.com", "TXT", "v=spf1 include:spf.oldmail.net include:mailgun.org -all", 1800, "s1",
                     (("line", "default"),))
    result = plan([*UNRELATED, *old_mx, spf])
    deleted = [c for c in result.changes if c.op == DELETE]
    assert sorted(c.before.id for c in deleted) == ["m1", "m2"]
    assert {c.reason for c in deleted} == {"dnshost.reason.remove_old_mx"}
    assert {c.params["host"] for c in deleted} == {"mx1.oldmail.net", "mx2.oldmail.net"}
    [update] = [c for c in result.changes if c.op == UPDATE]
    assert update.before == spf
    # the same record (its id, TTL and host settings), its other senders and its -all kept
    assert update.after == ZoneRecord("example.com", "TXT",
                                      "v=spf1 include:spf.oldmail.net include:mailgun.org include:_spf.google.com -all",
                                      1800, "s1", (("line", "default"),))
    assert update.reason == "dnshost.reason.merge_spf" and update.params["old"] == spf.value
    assert not any(c.op == ADD and c.record.value.startswith("v=spf1") for c in result.changes)
    assert ("plan.mx_remove_old", {"old": "mx1.oldmail.net, mx2.oldmail.net"}) in result.warnings


def test_records_not_in_the_plan_are_never_touched() -> None:
    listing = [*UNRELATED, ZoneRecord("example.com", "MX", "10 mx.oldmail.net", 3600, "m1"),
               ZoneRecord("example.com", "TXT", "v=spf1 -all", 600, "s1")]
    result = plan(listing)
    touched = {c.before.id for c in result.changes if c.before is not None}
    assert touched == {"m1", "s1"}
    assert not touched & {r.id for r in UNRELATED}


def test_two_spf_records_become_one_the_second_deleted_before_nothing_is_added() -> None:
    first = ZoneRecord("example.com", "TXT", "v=spf1 include:a.example.net ~all", 600, "s1")
    second = ZoneRecord("example.com", "TXT", "v=spf1 include:b.example.net -all", 600, "s2")
    result = plan([first, second])
    [delete] = [c for c in result.changes if c.op == DELETE]
    assert delete.before == second and delete.reason == "dnshost.reason.remove_extra_spf"
    [update] = [c for c in result.changes if c.op == UPDATE]
    assert update.before == first
    # every sender either allowed is still allowed
    assert update.after.value == "v=spf1 include:a.example.net include:b.example.net include:_spf.google.com ~all"
    assert ("plan.spf_multiple", {"count": "2"}) in result.warnings


def test_a_cname_in_the_way_is_deleted_once_and_the_record_added_there() -> None:
    cname = ZoneRecord("_dmarc.example.com", "CNAME", "dmarc.oldmail.net", 600, "c9")
    result = plan([cname])
    [delete] = [c for c in result.changes if c.op == DELETE]
    assert delete.before == cname and delete.reason == "dnshost.reason.remove_cname"
    assert delete.params == {"name": "_dmarc.example.com", "target": "dmarc.oldmail.net"}
    assert (ADD, "_dmarc.example.com", "TXT", "v=DMARC1; p=none") in ops(result.changes)


def test_a_broken_dmarc_is_replaced_in_place_and_a_valid_one_kept() -> None:
    broken = ZoneRecord("_dmarc.example.com", "TXT", "v=DMARC1; p=nnone", 600, "d1")
    [update] = [c for c in plan([broken]).changes if c.record.name.startswith("_dmarc")]
    assert update.op == UPDATE and update.before == broken and update.after.value == "v=DMARC1; p=none"
    assert update.after.id == "d1" and update.reason == "dnshost.reason.replace_dmarc"
    own = ZoneRecord("_dmarc.example.com", "TXT", "v=DMARC1; p=reject; rua=mailto:d@example.com", 600, "d1")
    assert not [c for c in plan([own]).changes if c.record.name.startswith("_dmarc")]


def test_what_is_there_already_is_kept() -> None:
    done = [ZoneRecord("example.com", "MX", "1 smtp.google.com", 600, "m"),
            ZoneRecord("example.com", "TXT", "v=spf1 include:_spf.google.com ~all", 600, "s"),
            ZoneRecord("example.com", "TXT", "google-site-verification=abc", 600, "v"),
            ZoneRecord("google._domainkey.example.com", "TXT", "v=DKIM1; k=rsa; p=MIGf", 600, "k"),
            ZoneRecord("_dmarc.example.com", "TXT", "v=DMARC1; p=none", 600, "d")]
    assert plan(done).changes == []


def test_an_idn_domain_is_planned_on_its_a_label_names() -> None:
    apex = "xn--fsqu00a.xn--fiqs8s"  # 例子.中国
    listing = [ZoneRecord(apex, "MX", "5 mx.oldmail.cn", 600, "m1"), ZoneRecord(f"www.{apex}", "A", "192.0.2.1")]
    result = plan(listing, "tencent", apex, {})
    assert ops(result.changes) == sorted([
        (ADD, apex, "MX", "5 mxbiz1.qq.com"), (ADD, apex, "MX", "10 mxbiz2.qq.com"),
        (ADD, apex, "TXT", "v=spf1 include:spf.mail.qq.com ~all"), (ADD, f"_dmarc.{apex}", "TXT", "v=DMARC1; p=none"),
        (DELETE, apex, "MX", "5 mx.oldmail.cn")])


def test_a_value_the_provider_has_not_given_is_not_written_but_said() -> None:
    result = plan([], "microsoft", DOMAIN, {"verification": "MS=ms123"})
    assert not any("{" in c.record.value for c in result.changes)
    assert ("dnshost.value_missing", {"name": DOMAIN, "type": "MX"}) in result.warnings


def test_two_identical_old_mx_records_are_each_deleted_once() -> None:
    twins = [ZoneRecord(DOMAIN, "MX", "10 mx.oldmail.net", 600, "m1"), ZoneRecord(DOMAIN, "MX", "10 mx.oldmail.net",
                                                                                   600, "m2")]
    deletes = [c.before.id for c in plan(twins).changes if c.op == DELETE]
    assert sorted(deletes) == ["m1", "m2"]


def test_the_listing_answers_as_the_authoritative_server_would() -> None:
    listing = [ZoneRecord("a.example.com", "CNAME", "b.example.net"), ZoneRecord("example.com", "MX", "10 mx.x.net")]
    seen = observations(listing, {("a.example.com", "TXT"), ("example.com", "MX"), ("c.example.com", "TXT"),
                                  ("example.com", "TXT")})
    assert seen[("a.example.com", "TXT")].cname == "b.example.net"
    assert seen[("example.com", "MX")].status == "answer" and seen[("example.com", "MX")].values == ("10 mx.x.net",)
    assert seen[("c.example.com", "TXT")].status == "nxdomain"
    assert seen[("example.com", "TXT")].status == "nodata"


def test_a_change_survives_the_store_as_json() -> None:
    change = plan([ZoneRecord(DOMAIN, "TXT", "v=spf1 -all", 300, "s1", (("proxied", "false"),))]).changes
    assert [Change.from_json(c.to_json()) for c in change] == change


@pytest.mark.parametrize("value", ["v=spf1 include:_spf.google.com ~all"])
def test_a_preview_matches_a_listing_whatever_the_ids(value: str) -> None:
    one = plan([ZoneRecord(DOMAIN, "TXT", "v=spf1 -all", 300, "s1")]).changes
    two = plan([ZoneRecord(DOMAIN, "TXT", "v=spf1 -all", 300, "zz")]).changes
    assert all(a.same_as(b) for a, b in zip(one, two, strict=True))
