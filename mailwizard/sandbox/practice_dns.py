"""Practice mode's DNS: a zone the user edits in the mock DNS host, served at once by its "authoritative"
server, and by "public resolvers" that each see it only after their own delay — as records propagate in
real life, one resolver after another.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from mailwizard.sandbox.dns_server import Zone

Records = dict[tuple[str, str], list[tuple[str, int]]]


@dataclass
class HostedZone(Zone):
    """The DNS host's copy of the domain. Every edit is kept with its time, so a delayed view can answer
    with what the zone held a few seconds ago."""

    history: list[tuple[float, Records]] = field(default_factory=list)
    clock: object = time.monotonic
    on_replaced: object = None  # called with the rows after each "Save" (the practice host's API follows it)

    def snapshot(self) -> None:
        """Called with ``lock`` held after each edit."""
        self.history.append((self.clock(), {k: list(v) for k, v in self.records.items()}))
        del self.history[:-50]  # a practice session makes a few dozen edits; older ones are never read

    def add(self, name: str, rtype: str, *values: str, ttl: int = 300) -> None:
        super().add(name, rtype, *values, ttl=ttl)
        with self.lock:
            self.snapshot()

    def set(self, name: str, rtype: str, *values: str, ttl: int = 300) -> None:
        super().set(name, rtype, *values, ttl=ttl)
        with self.lock:
            self.snapshot()

    def rows(self) -> list[tuple[str, str, str, int]]:
        """(name, type, value, ttl) for the DNS host's table."""
        with self.lock:
            return [(name, rtype, value, ttl) for (name, rtype), values in sorted(self.records.items())
                    for value, ttl in values]

    def replace_all(self, rows: list[tuple[str, str, str, int]]) -> None:
        """The DNS host's "Save": the zone becomes exactly these records."""
        records: Records = {}
        for name, rtype, value, ttl in rows:
            records.setdefault((name.rstrip(".").lower(), rtype.upper()), []).append((value, ttl))
        with self.lock:
            self.records = records
            self.snapshot()
        if callable(self.on_replaced):
            self.on_replaced(rows)

    def as_of(self, moment: float) -> Records:
        with self.lock:
            older = [records for stamp, records in self.history if stamp <= moment]
            return older[-1] if older else {}


class DelayedView(Zone):
    """What a resolver ``delay`` seconds behind the DNS host answers."""

    def __init__(self, source: HostedZone, delay: float) -> None:
        super().__init__(zones=source.zones, negative_ttl=source.negative_ttl)
        self.source, self.delay = source, delay
        self.lock = threading.Lock()

    @property  # type: ignore[override]
    def records(self) -> Records:
        return self.source.as_of(self.source.clock() - self.delay)  # type: ignore[operator]

    @records.setter
    def records(self, _value: Records) -> None:  # the dataclass __init__ assigns it once
        pass
