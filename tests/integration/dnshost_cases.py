"""The cases every DNS host's API must pass, whatever the host: a harness each host's test module plugs its
loopback fake into. A host's module (tests/integration/test_dnshost_<host>.py) does

    from tests.integration.dnshost_cases import *  # noqa: F403 (the cases, collected in the host's module)

    @pytest.fixture
    def dns_host() -> HostPlug:
        return HostPlug("cloudflare", CloudflareDnsFake, {"token": "…"})

``HostPlug.serve(zone, read_only=…, delay=…)`` starts the fake on a ``HostedZone`` (the harness makes the zone and
serves it at the loopback authoritative DNS server) and yields a ``HostWorld``: the host id, the connect keyword
arguments (credential, base_url), the zone and the fake. The fake's constructor has the shape every DNS-host fake
shares: ``Fake(zone, *, credential, allowed_zones=None, read_only=False, delay=0.0)``, ``start``/``stop``/``base_url``.

From a zone with an old provider's MX, an SPF record with other includes and unrelated A/CNAME/TXT records: the change
applied is exactly the previewed one and unrelated records are byte-for-byte unchanged; a kill mid-apply (after the
2nd change) then resume converges to the same zone; an unanswered change is settled; undo restores the original zone
exactly; a bad or read-only credential changes nothing and says why; the records are served by the loopback
authoritative DNS server afterwards; 5 records at a host answering after 100 ms take about 3 round trips."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mailwizard.core.dns.check import CheckConfig, run_check
from mailwizard.core.dns.probe import Vantage
from mailwizard.core.dns.service import records_for
from mailwizard.core.dnshosts.api import DnsHostApi, DnsHostError, Problem, ZoneRecord
from mailwizard.core.dnshosts.apply import ApplyFailed, Ledger, Run, apply_phases, apply_run, undo_run
from mailwizard.core.dnshosts.changes import ADD, DELETE, plan_zone
from mailwizard.core.dnshosts.registry import DEFAULT, HostRegistry
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.hosted_zone import HostedZone

__all__ = ["DOMAIN", "HostPlug", "HostWorld", "test_a_bad_credential_changes_nothing_and_says_why",
           "test_a_kill_after_the_second_change_then_resume_converges_and_undo_restores",
           "test_a_read_only_credential_changes_nothing_and_says_why",
           "test_an_unanswered_change_is_settled_from_the_zone",
           "test_five_records_at_a_slow_host_take_two_round_trips_to_apply",
           "test_the_change_applied_is_exactly_the_previewed_one_and_undo_restores_the_zone",
           "test_the_change_on_a_zone_with_an_old_provider_takes_two_rounds_after_the_preview"]

DOMAIN = "example.com"
VALUES = {"verification": "google-site-verification=abc123", "dkim": "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4"}
OLD_SPF = "v=spf1 include:spf.oldmail.net include:mailgun.org -all"
MERGED_SPF = "v=spf1 include:spf.oldmail.net include:mailgun.org include:_spf.google.com -all"


@dataclass
class HostWorld:
    host_id: str
    connect_kwargs: dict[str, Any]   # credential, base_url
    zone: HostedZone
    fake: Any
    registry: HostRegistry

    def connect(self, **overrides: Any) -> DnsHostApi:
        kwargs = {**self.connect_kwargs, **overrides}
        return self.registry.connect(self.host_id, kwargs["credential"], kwargs.get("base_url"))


@dataclass(frozen=True)
class HostPlug:
    host_id: str
    fake: Callable[..., Any]
    credential: dict[str, str]
    registry: HostRegistry = DEFAULT
    zone_options: dict[str, Any] = field(default_factory=dict)  # HostedZone's (id_prefix…)

    def zone(self, served: Zone | None = None) -> HostedZone:
        return HostedZone(DOMAIN, served, **self.zone_options)

    @contextlib.contextmanager
    def serve(self, zone: HostedZone, *, read_only: bool = False, delay: float = 0.0) -> Iterator[HostWorld]:
        fake = self.fake(zone, credential=dict(self.credential), read_only=read_only, delay=delay)
        fake.start()
        try:
            yield HostWorld(self.host_id, {"credential": dict(self.credential), "base_url": fake.base_url}, zone,
                            fake, self.registry)
        finally:
            fake.stop()


def fill_old_zone(zone: HostedZone) -> None:
    zone.add(DOMAIN, "A", "203.0.113.10", 300)
    zone.add(f"www.{DOMAIN}", "CNAME", f"shop.{DOMAIN}", 300)
    zone.add(f"shop.{DOMAIN}", "A", "203.0.113.11", 3600)
    zone.add(DOMAIN, "TXT", "facebook-domain-verification=xyz987", 300)
    zone.add(DOMAIN, "MX", "10 mx1.oldmail.net", 3600)
    zone.add(DOMAIN, "MX", "20 mx2.oldmail.net", 3600)
    zone.add(DOMAIN, "TXT", OLD_SPF, 1800)


def content(snapshot) -> list[tuple[str, str, str]]:
    return sorted((name, rtype, value) for name, rtype, value, _ttl, _extra in snapshot)


@contextlib.contextmanager
def served_world(plug: HostPlug, **options: Any) -> Iterator[tuple[HostWorld, LoopbackDns]]:
    served = Zone(zones={DOMAIN})
    zone = plug.zone(served)
    fill_old_zone(zone)
    with LoopbackDns(served) as dns, plug.serve(zone, **options) as world:
        yield world, dns


async def preview(api: DnsHostApi, host_id: str) -> Run:
    zone_id = await api.find_zone(DOMAIN)
    planned = await plan_zone(records_for("google", DOMAIN, VALUES), await api.list_records(zone_id))
    return Run(host_id, zone_id, DOMAIN, planned.changes, planned.warnings)


class Killed(BaseException):
    """The app killed: nothing in the engine catches it."""


class Interrupting:
    """A host connection that, once its ``after``-th change has been made, is killed (``kill``) or loses the answer
    (``uncertain``): the same interruption whatever the host's wire protocol."""

    def __init__(self, api: DnsHostApi, after: int, how: str) -> None:
        self.api, self.after, self.how, self.changes, self.made = api, after, how, 0, 0

    async def find_zone(self, domain: str) -> str:
        return await self.api.find_zone(domain)

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        return await self.api.list_records(zone)

    async def _counted(self, call: Any) -> Any:
        self.changes += 1  # every change asked for, made or refused
        result = await call
        self.made += 1  # counted as they are answered: changes sent together are answered in any order
        if self.made == self.after:
            if self.how == "kill":
                raise Killed()
            raise DnsHostError(Problem.UNCERTAIN, "the answer was lost")
        return result

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        return await self._counted(self.api.add(zone, record))

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        return await self._counted(self.api.update(zone, old, new))

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        return await self._counted(self.api.delete(zone, record))

    async def aclose(self) -> None:
        await self.api.aclose()


def expected_content(original, run: Run) -> list[tuple[str, str, str]]:
    left = content(original)
    for change in run.changes:
        if change.before is not None:
            left.remove((change.before.name, change.before.rtype, change.before.value))
        if change.after is not None:
            left.append((change.after.name, change.after.rtype, change.after.value))
    return sorted(left)


def test_the_change_applied_is_exactly_the_previewed_one_and_undo_restores_the_zone(
        dns_host: HostPlug, tmp_path: Path) -> None:
    with served_world(dns_host) as (world, dns):
        original = world.zone.snapshot()

        async def go() -> Run:
            api = world.connect()
            try:
                run = await preview(api, world.host_id)
                assert sorted((c.op, c.record.rtype, c.record.value) for c in run.changes) == sorted([
                    (ADD, "TXT", VALUES["verification"]), (ADD, "MX", "1 smtp.google.com"),
                    (ADD, "TXT", VALUES["dkim"]), (ADD, "TXT", "v=DMARC1; p=none"), ("update", "TXT", MERGED_SPF),
                    (DELETE, "MX", "10 mx1.oldmail.net"), (DELETE, "MX", "20 mx2.oldmail.net")])
                assert await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN)) == len(run.changes)
                return run
            finally:
                await api.aclose()

        run = asyncio.run(go())
        after = world.zone.snapshot()
        assert content(after) == expected_content(original, run)  # exactly the previewed change
        touched = {(c.record.name, c.record.rtype, c.record.value) for c in run.changes} | {
            (c.before.name, c.before.rtype, c.before.value) for c in run.changes if c.before}
        unrelated = [r for r in original if r[:3] not in touched]
        assert len(unrelated) == 4 and all(r in after for r in unrelated)  # byte for byte: TTL, host settings

        result = asyncio.run(run_check(DOMAIN, records_for("google", DOMAIN, VALUES), CheckConfig(
            resolvers=(Vantage("resolver", "127.0.0.1", dns.port),),
            nameservers=(Vantage("authoritative", "127.0.0.1", dns.port),), timeout=0.5), count_spf=False))
        assert {s.record.key: s.state.value for s in result.records} == {
            "verification": "ok", "mx": "ok", "spf": "ok", "dkim": "ok", "dmarc": "ok"}

        async def undo() -> None:
            api = world.connect()
            try:
                ledger = Ledger(Store(tmp_path), DOMAIN)
                await undo_run(api, ledger.load(), ledger)
            finally:
                await api.aclose()

        asyncio.run(undo())
        assert world.zone.snapshot() == original


def test_a_kill_after_the_second_change_then_resume_converges_and_undo_restores(dns_host: HostPlug,
                                                                                 tmp_path: Path) -> None:
    with served_world(dns_host) as (world, _dns):
        original = world.zone.snapshot()

        async def killed() -> Run:
            api = world.connect()
            run = await preview(api, world.host_id)
            with contextlib.suppress(Killed):
                await apply_run(Interrupting(api, 2, "kill"), run, Ledger(Store(tmp_path), DOMAIN))
                raise AssertionError("not killed")
            await asyncio.sleep(0.3)  # what was in flight lands, as at a real host
            return run

        run = asyncio.run(killed())
        assert world.zone.snapshot() != original

        async def resume() -> None:
            ledger = Ledger(Store(tmp_path), DOMAIN)
            saved = ledger.load()
            assert saved is not None and saved.status == "applying"
            api = world.connect()
            try:
                listing = await api.list_records(saved.zone)
                left = sum(1 for phase in apply_phases(saved.changes) for step in phase if not step.done(listing))
                counting = Interrupting(api, 0, "never")
                assert await apply_run(counting, saved, ledger) == len(run.changes)
                assert counting.changes == left  # only what the kill left undone: nothing twice
                assert content(world.zone.snapshot()) == expected_content(original, run)
                assert sum(1 for r in world.zone.all() if r.value.startswith("v=spf1")) == 1
                await undo_run(api, ledger.load(), ledger)
            finally:
                await api.aclose()

        asyncio.run(resume())
        assert world.zone.snapshot() == original


def test_an_unanswered_change_is_settled_from_the_zone(dns_host: HostPlug, tmp_path: Path) -> None:
    with served_world(dns_host) as (world, _dns):
        original = world.zone.snapshot()

        async def go() -> Run:
            api = world.connect()
            try:
                run = await preview(api, world.host_id)
                await apply_run(Interrupting(api, 3, "uncertain"), run, Ledger(Store(tmp_path), DOMAIN))
                return run
            finally:
                await api.aclose()

        run = asyncio.run(go())
        assert content(world.zone.snapshot()) == expected_content(original, run)  # nothing twice, nothing missing


def test_a_bad_credential_changes_nothing_and_says_why(dns_host: HostPlug) -> None:
    with served_world(dns_host) as (world, _dns):
        original = world.zone.snapshot()
        for key, value in world.connect_kwargs["credential"].items():
            wrong = {**world.connect_kwargs["credential"], key: value[:-1] + ("x" if value[-1:] != "x" else "y")}

            async def go(credential=wrong) -> None:
                api = world.connect(credential=credential)
                try:
                    with pytest.raises(DnsHostError) as refused:
                        zone_id = await api.find_zone(DOMAIN)
                        await api.list_records(zone_id)
                    assert refused.value.problem in (Problem.BAD_CREDENTIAL, Problem.PERMISSION), refused.value
                finally:
                    await api.aclose()

            asyncio.run(go())
        assert world.zone.snapshot() == original


def test_a_read_only_credential_changes_nothing_and_says_why(dns_host: HostPlug, tmp_path: Path) -> None:
    with served_world(dns_host, read_only=True) as (world, _dns):
        original = world.zone.snapshot()

        async def go() -> None:
            api = world.connect()
            try:
                run = await preview(api, world.host_id)  # reading is allowed
                ledger = Ledger(Store(tmp_path), DOMAIN)
                with pytest.raises(ApplyFailed) as refused:
                    await apply_run(api, run, ledger)
                assert (refused.value.problem, refused.value.done) == (Problem.PERMISSION.value, 0)
                assert ledger.load() is None  # nothing to resume or undo
            finally:
                await api.aclose()

        asyncio.run(go())
        assert world.zone.snapshot() == original


class RoundCounter:
    """Wraps a host's API and counts round trips as the user waits for them: a round starts when a request
    goes out with none in flight, so requests sent together count once (speed itself is measured in
    benchmarks/dns_apply.py, never timed here)."""

    def __init__(self, api: DnsHostApi) -> None:
        self.api, self.in_flight, self.rounds, self.most_at_once = api, 0, 0, 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.api, name)
        if name == "aclose":
            return method

        async def counted(*args: Any, **kwargs: Any) -> Any:
            if self.in_flight == 0:
                self.rounds += 1
            self.in_flight += 1
            self.most_at_once = max(self.most_at_once, self.in_flight)
            try:
                return await method(*args, **kwargs)
            finally:
                self.in_flight -= 1
        return counted


def test_five_records_at_a_slow_host_take_two_round_trips_to_apply(dns_host: HostPlug, tmp_path: Path) -> None:
    """The apply's own fresh listing together with the adds that depend on nothing (the verification TXT, the MX),
    then the one-per-name records (SPF, DKIM, DMARC) once the listing shows none appeared since the preview."""
    zone = dns_host.zone()
    with dns_host.serve(zone, delay=0.1) as world:
        async def go() -> tuple[int, RoundCounter]:
            api = RoundCounter(world.connect())
            try:
                run = await preview(api, world.host_id)
                assert len(run.changes) == 5
                previewed = api.rounds
                await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN))
                return previewed, api
            finally:
                await api.aclose()

        previewed, api = asyncio.run(go())
        assert len(zone.all()) == 5
        assert previewed == 2 and api.rounds - previewed == 2 and api.most_at_once == 3, (previewed, api.rounds,
                                                                                          api.most_at_once)


def test_the_change_on_a_zone_with_an_old_provider_takes_two_rounds_after_the_preview(dns_host: HostPlug,
                                                                                      tmp_path: Path) -> None:
    """The fresh listing with the verification TXT and the new MX; then the SPF merge, the DKIM and DMARC adds and
    the old MX deletes together."""
    with served_world(dns_host, delay=0.05) as (world, _dns):
        async def go() -> tuple[int, RoundCounter]:
            api = RoundCounter(world.connect())
            try:
                run = await preview(api, world.host_id)
                previewed = api.rounds
                await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN))
                return previewed, api
            finally:
                await api.aclose()

        previewed, api = asyncio.run(go())
        assert api.rounds - previewed == 2 and api.most_at_once == 5, (api.rounds - previewed, api.most_at_once)
