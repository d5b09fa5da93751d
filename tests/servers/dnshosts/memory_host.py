"""An in-memory DNS host for the engine's tests: the DnsHostApi protocol over a ``HostedZone``, as strict as a
real host (a bad credential, a zone outside the credential's reach, a read-only credential, a duplicate refused),
with fault injection: the Nth change fails before it takes effect (refused) or after (taken, then no answer).

It has the loopback fakes' constructor shape (``MemoryFake(zone, credential=…, read_only=…, delay=…)``,
``start``/``stop``/``base_url``), so the cross-host harness (tests/integration/dnshost_cases.py) drives it as any
other host; ``REGISTRY`` registers it for tests only."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass

from mailwizard.core.catalogue_reader import Text
from mailwizard.core.dnshosts.api import DnsHostError, Problem, ZoneRecord
from mailwizard.core.dnshosts.registry import CredentialField, HostApiInfo, HostRegistry
from mailwizard.sandbox.hosted_zone import HostedRecord, HostedZone

HOST_ID = "memory"
CREDENTIAL = {"key_id": "memory-key", "secret": "s3cret-memory-value"}


@dataclass
class Fault:
    """The ``nth`` change request (1-based, counted from when injected) fails with ``problem``; ``after``: the
    change is made first (an answer lost on the way back). ``times`` changes in a row from the nth."""

    nth: int
    problem: Problem = Problem.UNCERTAIN
    after: bool = False
    times: int = 1
    retry_after: float | None = None


class Killed(BaseException):
    """The app killed mid-run (not an Exception: nothing in the engine may catch it)."""


_FAKES: dict[str, MemoryFake] = {}
_numbers = itertools.count(1)


class MemoryFake:
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones=None, read_only: bool = False,
                 delay: float = 0.0) -> None:
        self.zone, self.credential, self.read_only, self.delay = zone, dict(credential), read_only, delay
        self.allowed_zones = allowed_zones
        self.requests: list[tuple[str, str]] = []
        self.faults: list[Fault] = []
        self.changes_seen = 0
        self.kill_after: int | None = None  # raise Killed once this many changes have been made
        self.base_url = f"memory://{next(_numbers)}"

    def start(self) -> MemoryFake:
        _FAKES[self.base_url] = self
        return self

    def stop(self) -> None:
        _FAKES.pop(self.base_url, None)

    def __enter__(self) -> MemoryFake:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def inject(self, fault: Fault) -> None:
        fault.nth += self.changes_seen
        self.faults.append(fault)


def _record(hosted: HostedRecord) -> ZoneRecord:
    return ZoneRecord(hosted.name, hosted.rtype, hosted.value, hosted.ttl, hosted.id,
                      tuple(sorted(hosted.extra.items())))


class MemoryHost:
    """One connection (DnsHostApi) to a MemoryFake."""

    def __init__(self, credential: dict[str, str], *, base_url: str | None = None) -> None:
        self.credential, self.base_url = credential, base_url
        self.closed = False

    @property
    def fake(self) -> MemoryFake:
        fake = _FAKES.get(self.base_url or "")
        if fake is None:
            raise DnsHostError(Problem.UNREACHABLE, "nothing listens at " + str(self.base_url))
        return fake

    async def _call(self, method: str, path: str) -> MemoryFake:
        fake = self.fake
        fake.requests.append((method, path))
        if fake.delay:
            await asyncio.sleep(fake.delay)
        if self.credential != fake.credential:
            raise DnsHostError(Problem.BAD_CREDENTIAL, "401 invalid credential")
        return fake

    def _zone(self, fake: MemoryFake, zone: str) -> HostedZone:
        if zone != fake.zone.apex or (fake.allowed_zones is not None and zone not in fake.allowed_zones):
            raise DnsHostError(Problem.ZONE_NOT_FOUND, f"404 no zone {zone}")
        return fake.zone

    async def find_zone(self, domain: str) -> str:
        fake = await self._call("GET", "/zones")
        zone = fake.zone.apex
        if domain.rstrip(".").lower() != zone or (fake.allowed_zones is not None and zone not in fake.allowed_zones):
            raise DnsHostError(Problem.ZONE_NOT_FOUND, f"no zone for {domain}")
        return zone

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        fake = await self._call("GET", f"/zones/{zone}/records")
        return [_record(r) for r in self._zone(fake, zone).all()]

    async def _change(self, method: str, zone: str, act):
        fake = await self._call(method, f"/zones/{zone}/records")
        hosted = self._zone(fake, zone)
        if fake.read_only:
            raise DnsHostError(Problem.PERMISSION, "403 the credential may only read this zone")
        fake.changes_seen += 1
        fault = next((f for f in fake.faults if f.nth <= fake.changes_seen < f.nth + f.times), None)
        if fault is not None and not fault.after:
            raise DnsHostError(fault.problem, "injected before", retry_after=fault.retry_after)
        result = act(hosted)
        if fault is not None:
            raise DnsHostError(fault.problem, "injected after (the change was made)", retry_after=fault.retry_after)
        if fake.kill_after is not None and fake.changes_seen >= fake.kill_after:
            raise Killed()
        return result

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        def act(hosted: HostedZone) -> ZoneRecord:
            if any(r.value == record.value for r in hosted.find(record.name, record.rtype)):
                raise DnsHostError(Problem.RECORD_EXISTS, "409 identical record exists")
            if record.rtype != "CNAME" and hosted.find(record.name, "CNAME"):
                raise DnsHostError(Problem.INVALID_RECORD, "a CNAME exists at this name")
            return _record(hosted.add(record.name, record.rtype, record.value, record.ttl, **dict(record.extra)))
        return await self._change("POST", zone, act)

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        def act(hosted: HostedZone) -> ZoneRecord:
            if old.id not in hosted.records:
                raise DnsHostError(Problem.INVALID_RECORD, f"404 no record {old.id}")
            return _record(hosted.update(old.id, name=new.name, rtype=new.rtype, value=new.value, ttl=new.ttl,
                                         **dict(new.extra)))
        return await self._change("PUT", zone, act)

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        def act(hosted: HostedZone) -> None:
            if record.id not in hosted.records:
                raise DnsHostError(Problem.INVALID_RECORD, f"404 no record {record.id}")
            hosted.delete(record.id)
        await self._change("DELETE", zone, act)

    async def aclose(self) -> None:
        self.closed = True


def connect(credential: dict[str, str], *, base_url: str | None = None) -> MemoryHost:
    return MemoryHost(credential, base_url=base_url)


INFO = HostApiInfo(
    HOST_ID, "memory",
    (CredentialField("key_id", False, Text("Key ID", "密钥 ID", "金鑰 ID")),
     CredentialField("secret", True, Text("Secret", "密钥", "金鑰"))),
    Text("1. Make a key.", "1. 创建密钥。", "1. 建立金鑰。"), "https://example.com/keys", "https://example.com/docs")
REGISTRY = HostRegistry(extra={HOST_ID: (INFO, connect)})
