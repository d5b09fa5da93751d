"""A DNS host's record store for the loopback fakes of DNS-host APIs: records with the host's ids, every
change published at once to the loopback authoritative DNS server (``dns_server.Zone``) so the live DNS
panel and the checks see what the API wrote, as they would at the real host.

The fakes (one per host's API shape) keep their protocol, signatures and errors; this keeps the state."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field

from mailwizard.sandbox.dns_server import Zone


@dataclass
class HostedRecord:
    id: str
    name: str      # fully qualified, lower case, no trailing dot
    rtype: str
    value: str     # presentation form as ZoneRecord.value (MX "10 host", TXT unquoted, targets without dot)
    ttl: int = 600
    extra: dict[str, str] = field(default_factory=dict)


def _wire_value(rtype: str, value: str) -> str:
    """The value as dns_server.Zone serves it (targets fully qualified)."""
    if rtype == "MX":
        priority, host = value.split(None, 1)
        return f"{priority} {host.rstrip('.')}."
    if rtype in ("CNAME", "NS"):
        return value.rstrip(".") + "."
    return value


class HostedZone:
    """One zone (``apex``) at one DNS host. Thread-safe (the fakes answer on their own threads)."""

    def __init__(self, apex: str, served: Zone | None = None, *, id_prefix: str = "") -> None:
        self.apex = apex.rstrip(".").lower()
        self.served = served
        self.records: dict[str, HostedRecord] = {}
        self._ids = itertools.count(1)
        self._prefix = id_prefix
        self._lock = threading.RLock()
        if served is not None:
            served.zones.add(self.apex)

    def new_id(self) -> str:
        return f"{self._prefix}{next(self._ids)}"

    def add(self, name: str, rtype: str, value: str, ttl: int = 600, **extra: str) -> HostedRecord:
        with self._lock:
            record = HostedRecord(self.new_id(), name.rstrip(".").lower(), rtype.upper(), value, ttl, dict(extra))
            self.records[record.id] = record
            self._publish(record.name, record.rtype)
            return record

    def update(self, record_id: str, *, name: str | None = None, rtype: str | None = None,
               value: str | None = None, ttl: int | None = None, **extra: str) -> HostedRecord:
        with self._lock:
            record = self.records[record_id]
            before = (record.name, record.rtype)
            if name is not None:
                record.name = name.rstrip(".").lower()
            if rtype is not None:
                record.rtype = rtype.upper()
            if value is not None:
                record.value = value
            if ttl is not None:
                record.ttl = ttl
            record.extra.update(extra)
            self._publish(*before)
            self._publish(record.name, record.rtype)
            return record

    def delete(self, record_id: str) -> HostedRecord:
        with self._lock:
            record = self.records.pop(record_id)
            self._publish(record.name, record.rtype)
            return record

    def find(self, name: str, rtype: str) -> list[HostedRecord]:
        name = name.rstrip(".").lower()
        with self._lock:
            return [r for r in self.records.values() if r.name == name and r.rtype == rtype.upper()]

    def all(self) -> list[HostedRecord]:
        """Sorted by id order of creation (as most hosts list them)."""
        with self._lock:
            return list(self.records.values())

    def snapshot(self) -> list[tuple[str, str, str, int, tuple[tuple[str, str], ...]]]:
        """Every record's content, ids left out, sorted: what "byte-for-byte unchanged" compares."""
        with self._lock:
            return sorted((r.name, r.rtype, r.value, r.ttl, tuple(sorted(r.extra.items())))
                          for r in self.records.values())

    def _publish(self, name: str, rtype: str) -> None:
        if self.served is None:
            return
        values = [r for r in self.records.values() if r.name == name and r.rtype == rtype]
        self.served.set(name, rtype, *(_wire_value(rtype, r.value) for r in values),
                        ttl=min((r.ttl for r in values), default=300))
