"""The session's "Set up the records for me": the offer for the detected DNS host, the credential tried and kept
in the keychain, preview → apply → the DNS panel sees the records at the loopback authoritative server, undo, a
resumed run after a restart, and a credential that may only read changing nothing."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.service import check_config
from mailwizard.core.dnshosts.registry import HostRegistry
from mailwizard.core.flow import Company, DomainPresence, Step, WizardState
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.secrets import MemoryStore, SessionSecrets, get_json
from mailwizard.core.session import dns_apply_events as ev
from mailwizard.core.session import events
from mailwizard.core.session.dns_apply import secret_name
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.state import SESSION_KEY, SessionState
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.servers.dnshosts import memory_host
from tests.servers.dnshosts.memory_host import CREDENTIAL, MemoryFake

HOST = "cloudflare"  # detected from the name servers; its API played by the in-memory host
REGISTRY = HostRegistry(extra={HOST: (replace(memory_host.INFO, host_id=HOST), memory_host.connect)})
AT_DNS = WizardState(current=Step.DNS, provider_id="google", plan_id="business_starter",
                     company=Company("例子贸易", "李娜", "li.na@163.com", "example.com"), domain="example.com",
                     domain_presence=DomainPresence.EXISTS, domain_nameservers=("bob.ns.cloudflare.com",),
                     dns_values={"verification": "google-site-verification=abc"})


class World:
    def __init__(self, tmp_path: Path, dns: LoopbackDns, zone: HostedZone, secrets: MemoryStore) -> None:
        self.store = Store(tmp_path)
        self.store.put(SESSION_KEY, SessionState(wizard=AT_DNS).to_json())
        self.fake = MemoryFake(zone, credential=CREDENTIAL).start()
        fake = self.fake

        class Here(memory_host_surroundings()):
            def dns_host_base_url(self, host_id: str) -> str | None:
                return fake.base_url

        self.runner, self.seen = LoopRunner(), []
        self.session = Session(self.store, load_catalogue(), self.runner, frozenset(Step), emit=self.seen.append,
                               call_later=lambda _d, save: save(),
                               dns_config=check_config([f"127.0.0.1:{dns.port}"], [f"127.0.0.1:{dns.port}"],
                                                       timeout=0.5),
                               connections=Connections(SessionSecrets(secrets), Endpoints.real()),
                               surroundings=Here())
        self.session.dns_apply.hosts = REGISTRY
        self.step = self.session.dns_apply

    async def until(self, kind: type, count: int = 1, seconds: float = 10.0):
        for _ in range(int(seconds / 0.01)):
            found = [e for e in self.seen if isinstance(e, kind)]
            if len(found) >= count:
                return found[count - 1]
            failed = [e for e in self.seen if isinstance(e, ev.DnsApplyFailed)]
            if failed and kind is not ev.DnsApplyFailed:
                raise AssertionError(failed)
            await asyncio.sleep(0.01)
        raise AssertionError(f"no {kind.__name__}: {self.seen}")


def memory_host_surroundings():
    from mailwizard.core.session.surroundings import Surroundings

    return Surroundings


def old_zone(served: Zone) -> HostedZone:
    zone = HostedZone("example.com", served)
    zone.add("example.com", "A", "203.0.113.10", 300)
    zone.add("example.com", "MX", "10 mx.oldmail.net", 3600)
    zone.add("example.com", "TXT", "v=spf1 include:spf.oldmail.net -all", 1800)
    zone.add("www.example.com", "CNAME", "example.com", 300)
    return zone


@pytest.fixture
def served():
    zone = Zone(zones={"example.com"})
    with LoopbackDns(zone) as dns:
        yield dns, zone


def test_preview_apply_panel_undo(tmp_path: Path, served) -> None:
    dns, served_zone = served
    zone = old_zone(served_zone)
    original = zone.snapshot()
    secrets = MemoryStore()

    async def go() -> None:
        world = World(tmp_path, dns, zone, secrets)
        step = world.step
        assert step.offer().host_id == HOST and step.apply_state() == "none"
        step.enter()
        await asyncio.sleep(0.05)
        assert not step.has_credential()
        step.set_credential({"key_id": " memory-key ", "secret": "s3cret-memory-value", "other": "x"})
        checked = await world.until(ev.DnsCredentialChecked)
        assert checked.ok and step.has_credential()
        assert await get_json(secrets, secret_name(HOST, "example.com")) == CREDENTIAL
        step.preview()
        preview = await world.until(ev.DnsApplyPreview)
        assert step.apply_state() == "previewed" and zone.snapshot() == original  # nothing changed by a preview
        assert sorted((c.op, c.record.rtype, c.record.value) for c in preview.changes) == [
            ("add", "MX", "1 smtp.google.com"), ("add", "TXT", "google-site-verification=abc"),
            ("add", "TXT", "v=DMARC1; p=none"),
            ("delete", "MX", "10 mx.oldmail.net"),
            ("update", "TXT", "v=spf1 include:spf.oldmail.net include:_spf.google.com -all")]
        step.apply()
        assert step.apply_state() == "applying"
        done = await world.until(ev.DnsApplyDone)
        assert done.applied == 5 and step.apply_state() == "applied"
        progress = [e for e in world.seen if isinstance(e, ev.DnsApplyProgress)]
        assert [p.done for p in progress] == [1, 2, 3, 4, 5] and progress[-1].total == 5
        # the DNS step was asked to check now: the records as the loopback authoritative server serves them
        checked = await world.until(events.DnsChecked)
        mx = checked.result.record("mx")
        assert mx.state.value == "ok", mx
        assert checked.result.record("spf").state.value == "ok"
        applied = zone.snapshot()
        assert [r for r in applied if r[1] in ("A", "CNAME")] == [r for r in original if r[1] in ("A", "CNAME")]
        assert "10 mx.oldmail.net." in step.backup_snippet()
        step.undo()
        await world.until(ev.DnsUndoDone)
        assert step.apply_state() == "undone" and zone.snapshot() == original
        world.session.dns.stop_watch()
        world.fake.stop()

    asyncio.run(go())


def test_a_run_killed_midway_is_resumed_after_a_restart(tmp_path: Path, served) -> None:
    dns, served_zone = served
    zone = old_zone(served_zone)
    secrets = MemoryStore()

    async def first() -> None:
        world = World(tmp_path, dns, zone, secrets)
        world.step.set_credential(CREDENTIAL)
        await world.until(ev.DnsCredentialChecked)
        world.step.preview()
        await world.until(ev.DnsApplyPreview)
        world.fake.delay = 0.02
        world.step.apply()
        for _ in range(500):
            if world.fake.changes_seen >= 2:
                break
            await asyncio.sleep(0.001)
        world.runner.cancel_all()  # the app killed after its 2nd change: nothing after it runs
        world.session.settle()
        world.fake.stop()
        assert 2 <= world.fake.changes_seen < 5

    asyncio.run(first())

    async def again() -> None:
        world = World(tmp_path, dns, zone, secrets)
        world.fake.delay = 0
        world.step.enter()  # the credential from the keychain, the run from the store
        await asyncio.sleep(0.05)
        assert world.step.has_credential() and world.step.apply_state() == "interrupted"
        world.step.apply()
        assert (await world.until(ev.DnsApplyDone)).applied == 5
        assert world.step.apply_state() == "applied"
        assert sum(1 for r in zone.all() if r.value.startswith("v=spf1")) == 1
        assert {r.value for r in zone.all() if r.rtype == "MX"} == {"1 smtp.google.com"}
        world.session.dns.stop_watch()
        world.fake.stop()

    asyncio.run(again())


@pytest.mark.parametrize("how", ["bad", "read_only"])
def test_a_bad_or_read_only_credential_changes_nothing_and_says_why(tmp_path: Path, served, how: str) -> None:
    dns, served_zone = served
    zone = old_zone(served_zone)
    original = zone.snapshot()

    async def go() -> None:
        world = World(tmp_path, dns, zone, MemoryStore())
        world.fake.read_only = how == "read_only"
        world.step.set_credential({**CREDENTIAL, "secret": "wrong"} if how == "bad" else CREDENTIAL)
        checked = await world.until(ev.DnsCredentialChecked)
        if how == "bad":
            assert (checked.ok, checked.problem) == (False, "bad_credential") and not world.step.has_credential()
            return
        assert checked.ok
        world.step.preview()
        await world.until(ev.DnsApplyPreview)
        world.step.apply()
        failed = await world.until(ev.DnsApplyFailed)
        assert (failed.problem, failed.done) == ("permission", 0)
        assert world.step.apply_state() == "previewed"  # nothing to resume or undo
        world.fake.stop()

    asyncio.run(go())
    assert zone.snapshot() == original


def test_a_zone_changed_since_the_preview_is_previewed_again_not_applied(tmp_path: Path, served) -> None:
    dns, served_zone = served
    zone = old_zone(served_zone)

    async def go() -> None:
        world = World(tmp_path, dns, zone, MemoryStore())
        world.step.set_credential(CREDENTIAL)
        await world.until(ev.DnsCredentialChecked)
        world.step.preview()
        await world.until(ev.DnsApplyPreview)
        zone.add("example.com", "MX", "20 mx2.oldmail.net", 3600)  # someone added one meanwhile
        world.step.apply()
        failed = await world.until(ev.DnsApplyFailed)
        assert failed.problem == "zone_changed"
        fresh = await world.until(ev.DnsApplyPreview, 2)
        assert any(c.record.value == "20 mx2.oldmail.net" for c in fresh.changes)
        assert world.step.apply_state() == "previewed"
        world.fake.stop()

    asyncio.run(go())
    # the new MX, sent with the fresh listing, taken back; nothing else sent
    assert {r.value for r in zone.all() if r.rtype == "MX"} == {"10 mx.oldmail.net", "20 mx2.oldmail.net"}
    assert [r.value for r in zone.all() if r.rtype == "TXT"] == ["v=spf1 include:spf.oldmail.net -all"]


def test_a_previewed_record_added_by_hand_meanwhile_is_taken_as_done(tmp_path: Path, served) -> None:
    dns, served_zone = served
    zone = old_zone(served_zone)

    async def go() -> None:
        world = World(tmp_path, dns, zone, MemoryStore())
        world.step.set_credential(CREDENTIAL)
        await world.until(ev.DnsCredentialChecked)
        world.step.preview()
        await world.until(ev.DnsApplyPreview)
        zone.add("example.com", "MX", "1 smtp.google.com", 600)  # exactly as previewed, by hand
        world.step.apply()
        assert (await world.until(ev.DnsApplyDone)).applied == 5
        world.session.dns.stop_watch()
        world.fake.stop()

    asyncio.run(go())
    assert [r.value for r in zone.all() if r.rtype == "MX"] == ["1 smtp.google.com"]


def test_without_a_credential_preview_says_so_and_nothing_is_offered_without_an_api(tmp_path: Path, served) -> None:
    dns, served_zone = served
    zone = old_zone(served_zone)

    async def go() -> None:
        world = World(tmp_path, dns, zone, MemoryStore())
        world.step.preview()
        failed = await world.until(ev.DnsApplyFailed)
        assert failed.problem == "no_credential" and world.step.apply_state() == "none"
        world.step.apply()
        assert (await world.until(ev.DnsApplyFailed, 2)).problem == "nothing_previewed"
        world.step.hosts = HostRegistry(extra={})  # a host with no API module: nothing offered
        world.session.update(domain_nameservers=("dns1.registrar-servers.com",))
        assert world.step.offer() is None
        world.fake.stop()

    asyncio.run(go())
