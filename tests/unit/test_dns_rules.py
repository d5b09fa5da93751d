"""Pure DNS rules: SPF merge and counting, MX judgement, pasted-value mistakes, host guidance."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.dns import spf
from mailwizard.core.dns.expected import ExpectedRecord
from mailwizard.core.dns.hosts import identify, load_hosts
from mailwizard.core.dns.monitor import BACKOFF, DnsMonitor
from mailwizard.core.dns.probe import Observation, Vantage
from mailwizard.core.dns.verdict import State, judge

V = Vantage("authoritative", "127.0.0.1")
MX = ExpectedRecord("mx", "mx", "MX", "example.com", ("5 mxbiz1.qq.com", "10 mxbiz2.qq.com"), True, "https://x")
VERIFY = ExpectedRecord("verification", "verification", "TXT", "example.com", ("MS=ms123",), True, "https://x")


def mx(*values: str) -> Observation:
    return Observation("example.com", "MX", V, "answer", values, 300)


@pytest.mark.parametrize(("existing", "merged"), [
    (None, "v=spf1 include:spf.mail.qq.com ~all"),
    ("v=spf1 -all", "v=spf1 include:spf.mail.qq.com -all"),
    ("v=spf1 ip4:192.0.2.1 mx ~all", "v=spf1 ip4:192.0.2.1 mx include:spf.mail.qq.com ~all"),
    ("v=spf1 include:spf.mail.qq.com ~all", "v=spf1 include:spf.mail.qq.com ~all"),
    ("v=spf1 a redirect=_spf.example.net", "v=spf1 a include:spf.mail.qq.com redirect=_spf.example.net"),
    ("v=spf1 ip4:192.0.2.1", "v=spf1 ip4:192.0.2.1 include:spf.mail.qq.com ~all"),
])
def test_spf_merge_keeps_one_record(existing: str | None, merged: str) -> None:
    assert spf.merge(existing, "spf.mail.qq.com") == merged


def test_spf_lookup_count_follows_includes_and_survives_loops() -> None:
    records = {"a.test": ["v=spf1 include:b.test mx ~all"], "b.test": ["v=spf1 include:a.test ~all"]}

    async def fetch(name: str) -> list[str]:
        return records.get(name, [])

    count = asyncio.run(spf.count_lookups("v=spf1 include:a.test ptr exists:%{i}.x.test ip4:1.2.3.4 ~all", fetch))
    assert count.total == 1 + 1 + 1 + 1 + 1 + 1  # a, b (loop back to a stops), mx in a, ptr, exists
    assert count.loops == ["a.test"]


@pytest.mark.parametrize(("observed", "state", "key"), [
    (("5 mxbiz1.qq.com", "10 mxbiz2.qq.com"), State.OK, "dns.ok"),
    (("10 mxbiz1.qq.com", "20 mxbiz2.qq.com"), State.OK, "dns.ok"),            # same order, other numbers
    (("10 mxbiz1.qq.com", "5 mxbiz2.qq.com"), State.WRONG, "dns.mx_priority_swapped"),
    (("5 mxbiz1.qq.com", "10 mxbiz2.qq.com", "20 mx.old.net"), State.WRONG, "dns.mx_old_present"),
    (("1 mx.old.net", "5 mxbiz1.qq.com", "10 mxbiz2.qq.com"), State.WRONG, "dns.mx_old_first"),
    (("5 mxbiz1.qq.com.example.com", "10 mxbiz2.qq.com.example.com"), State.WRONG, "dns.target_appended"),
    (("10 mx.old.net",), State.WRONG, "dns.mx_old_only"),                     # add the new, delete the old
    (("10 mxbiz1.qq.com", "20 mx.old.net", "30 mxbiz3.qq.com"), State.WRONG, "dns.wrong_value"),
])
def test_mx_judgement(observed: tuple[str, ...], state: State, key: str) -> None:
    verdict = judge(MX, mx(*observed), "example.com")
    assert (verdict.state, verdict.message_key) == (state, key)


@pytest.mark.parametrize(("value", "key"), [('"MS=ms123"', "dns.txt_quotes"), (" MS=ms123 ", "dns.txt_spaces")])
def test_pasting_mistakes_in_txt_values(value: str, key: str) -> None:
    obs = Observation("example.com", "TXT", V, "answer", (value,), 300)
    assert judge(VERIFY, obs, "example.com").message_key == key


def test_every_host_has_guidance_and_is_recognised_from_its_nameservers() -> None:
    hosts = load_hosts()
    ids = {h.id for h in hosts}
    assert {"cloudflare", "godaddy", "aliyun", "dnspod", "west", "huawei", "namecheap", "route53", "googlecloud",
            "azure", "unknown"} <= ids
    cases = {
        ("lara.ns.cloudflare.com", "greg.ns.cloudflare.com"): "cloudflare",
        ("ns45.domaincontrol.com",): "godaddy",
        ("dns9.hichina.com", "dns10.hichina.com"): "aliyun",
        ("f1g1ns1.dnspod.net",): "dnspod",
        ("ns3.dnsv5.com",): "dnspod",
        ("ns1.huaweicloud-dns.com",): "huawei",
        ("dns1.registrar-servers.com",): "namecheap",
        ("ns-1890.awsdns-01.co.uk",): "route53",
        ("ns-cloud-a1.googledomains.com",): "googlecloud",
        ("ns1-05.azure-dns.com",): "azure",
        ("ns1.example-host.net",): "unknown",
    }
    for names, expected in cases.items():
        assert identify(names, hosts).id == expected, names


def test_host_field_and_trailing_dot_follow_the_host() -> None:
    hosts = {h.id: h for h in load_hosts()}
    assert hosts["cloudflare"].host_field("example.com", "example.com") == "@"
    assert hosts["cloudflare"].host_field("_dmarc.example.com", "example.com") == "_dmarc"
    assert hosts["route53"].host_field("example.com", "example.com") == ""
    assert hosts["googlecloud"].target("smtp.google.com") == "smtp.google.com."
    assert hosts["cloudflare"].target("smtp.google.com") == "smtp.google.com"


def test_the_monitor_slows_down_and_check_now_speeds_it_up() -> None:
    delays: list[float] = []
    results: list[int] = []

    async def scenario() -> None:
        calls = 0

        async def check():
            nonlocal calls
            calls += 1
            return type("R", (), {"done": calls >= 6})()

        async def sleep(seconds: float) -> None:
            delays.append(seconds)
            if len(delays) == 3:
                monitor.check_now()
            await asyncio.sleep(0)

        monitor = DnsMonitor(check, lambda r: results.append(1), sleep=sleep)
        await monitor.run(until_all_ok=True)

    asyncio.run(scenario())
    assert len(results) == 6
    assert delays[:3] == list(BACKOFF[:3])
    assert delays[3] == BACKOFF[0]  # "Check now" reset the back-off


def test_check_now_during_the_check_that_ends_the_watch_is_not_lost() -> None:
    """The admin adds a record and clicks "Check now" while a check is under way; that check finds all done:
    the watch looks once more instead of ending with the record unseen."""
    seen: list[int] = []

    async def scenario() -> None:
        calls = 0

        async def check():
            nonlocal calls
            calls += 1
            if calls == 1:
                monitor.check_now()  # clicked while this check was on the wire
            return type("R", (), {"done": True})()

        async def sleep(_seconds: float) -> None:
            await asyncio.sleep(0)

        monitor = DnsMonitor(check, lambda r: seen.append(calls), sleep=sleep)
        await asyncio.wait_for(monitor.run(until_all_ok=True), 5)

    asyncio.run(scenario())
    assert seen == [1, 2]


def test_the_default_app_registration_is_read_from_resources(tmp_path) -> None:
    from mailwizard.core.providers.connection import default_registration

    assert default_registration("google") is None  # none registered by the publisher yet
    (tmp_path / "oauth_clients.toml").write_text('[google]\nclient_id = "123.apps"\nclient_secret = "s"\n')
    registration = default_registration("google", tmp_path)
    assert registration is not None and registration.client_id == "123.apps" and registration.client_secret == "s"
    assert default_registration("microsoft", tmp_path) is None


def test_the_rate_limiter_spaces_requests_and_holds_them_all_after_retry_after() -> None:
    from mailwizard.core.providers.http import RateLimiter

    now = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))
        now[0] += seconds

    limiter = RateLimiter(10.0, clock=lambda: now[0], sleep=sleep)

    async def scenario() -> None:
        for _ in range(3):
            await limiter.acquire()
        limiter.hold(2.0)  # a 429 with Retry-After: 2
        await limiter.acquire()

    asyncio.run(scenario())
    assert slept == [0.1, 0.1, 2.0]  # evenly spaced at 10/s, then the whole pause the provider asked for


def test_host_guidance_speaks_to_the_user_not_about_the_research() -> None:
    """Shown on the DNS step; how a host's guidance was found goes in a comment beside it."""
    words = ("not confirmed", "no public", "third-party", "retrieved", "未能从", "未能從", "第三方")
    for host in load_hosts():
        for text in (host.where, host.propagation, host.notes):
            for lang in ("en", "zh_CN", "zh_TW"):
                value = text.get(lang).lower() if text else ""
                assert not [w for w in words if w in value], f"{host.id} ({lang}): {value}"


def test_several_spf_records_combine_into_one_that_allows_every_sender() -> None:
    from mailwizard.core.dns.spf import combine

    assert combine(["v=spf1 include:a.example ip4:192.0.2.1 -all", "v=spf1 include:b.example INCLUDE:a.example ~all",
                    "v=spf1 redirect=c.example"]) == "v=spf1 include:a.example ip4:192.0.2.1 include:b.example -all"
