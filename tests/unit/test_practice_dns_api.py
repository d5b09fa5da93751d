"""Practice mode's DNS host speaks Cloudflare's API (sandbox/cloudflare_dns_fake.py) over the practice zone: what
the API writes is served at once by the practice DNS, and what the mock host's Save writes is what the API lists."""

from __future__ import annotations

import asyncio

from mailwizard.core.dnshosts.api import ZoneRecord
from mailwizard.core.dnshosts.registry import api_for, connect
from mailwizard.sandbox.practice import PracticeSandbox
from mailwizard.sandbox.practice_surroundings import PracticeSurroundings


def test_the_practice_host_offers_cloudflares_api_on_loopback_with_any_token() -> None:
    info = api_for("practice")
    assert info is not None and info.module == "cloudflare" and info.field_keys() == ("token",)
    sandbox = PracticeSandbox(delays=(0.0,)).start()
    try:
        sandbox.use_domain("example.com")
        surroundings = PracticeSurroundings(sandbox)
        base = surroundings.dns_host_base_url("practice")
        assert base is not None and base.startswith("http://127.0.0.1:")
        assert surroundings.dns_host_credential() == {"token": "practice-dns-token"}

        async def walk() -> list[ZoneRecord]:
            api = connect("practice", {"token": "anything at all"}, base_url=base)
            try:
                zone = await api.find_zone("example.com")
                await api.add(zone, ZoneRecord("example.com", "TXT", "v=spf1 include:spf.practice-mail.invalid ~all"))
                return await api.list_records(zone)
            finally:
                await api.aclose()

        listed = asyncio.run(walk())
        # the starter records, without the apex NS records (the host's own, as at Cloudflare), and the new one
        assert sorted((r.name, r.rtype, r.value) for r in listed) == [
            ("example.com", "A", "192.0.2.80"), ("example.com", "MX", "10 mx.previous-host.invalid"),
            ("example.com", "TXT", "v=spf1 include:spf.practice-mail.invalid ~all"),
            ("www.example.com", "CNAME", "example.com")]
        # served at once by the practice DNS (and so by its delayed resolvers, one after another)
        assert sandbox.zone.records[("example.com", "TXT")] == [("v=spf1 include:spf.practice-mail.invalid ~all",
                                                                  600)]
        assert ("example.com", "NS") in sandbox.zone.records

        # the mock DNS host's Save: the API's zone follows it
        rows = [r for r in sandbox.zone.rows() if r[1] in ("NS", "A")] + [("example.com", "MX", "5 mx1.x.invalid.",
                                                                            300)]
        sandbox.zone.replace_all(rows)
        assert sorted((r[0], r[1], r[2]) for r in sandbox.dns_api.zone.snapshot()) == [
            ("example.com", "A", "192.0.2.80"), ("example.com", "MX", "5 mx1.x.invalid")]
    finally:
        sandbox.stop()
