"""What a DNS host's record sets (type, name) hold, as the zone's last full listing showed them with this
connection's own changes since, so that re-writing a set one round after the apply's own listing needs no second
read of it. Shared by the hosts that write whole sets: GoDaddy (members are its set entries, changes "add" and
"set") and Huawei Cloud DNS (a set's one member is the recordset itself, changes only "set").

A change answered after the listing was asked for may be missing from it: it is replayed (which changes nothing if
it is there). A set is not given from here when the listing was asked for more than ``FRESH`` seconds ago or a
change to the set went unanswered since (only a read tells what happened). Numbers (``tick``) order the listing's
request and the changes' answers. The caller keeps a per-set gate: no change to a set is in flight while it is
re-written, so none can be lost between this view and the re-write."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from mailwizard.core.dnshosts.api import DnsHostError, Problem

FRESH = 2.0  # seconds: a set re-write takes the set from a zone listing asked for this recently, else reads the set
Key = tuple[str, str, str]  # (zone, type, full name)
Member = Callable[[Key, dict], str]  # a set member's value, as the neutral record holds it


class KnownSets:
    def __init__(self, value: Member | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        """``value``: a member's value, to replay "add" changes (not needed when every change is a "set")."""
        self._value, self._clock = value, clock
        self._count = itertools.count(1)
        self._zones: dict[str, tuple[int, float, dict[Key, list[dict]]]] = {}
        self._answered: list[tuple[int, Key, str, list[dict]]] = []
        self._unsure: dict[Key, int] = {}

    def asking(self) -> tuple[int, float]:
        """Before a listing is asked for: its number and time."""
        return next(self._count), self._clock()

    def listed(self, zone: str, asked: tuple[int, float], items: list[tuple[Key, dict]]) -> None:
        number, at = asked
        current = self._zones.get(zone)
        if current is not None and current[0] > number:
            return  # a listing asked for later is known already
        sets: dict[Key, list[dict]] = {}
        for key, item in items:
            sets.setdefault(key, []).append(item)
        for answered, key, how, entries in self._answered:
            if answered > number and key[0] == zone:
                self._replay(sets, key, how, entries)
        self._zones[zone] = (number, at, sets)
        oldest = min(n for n, _t, _s in self._zones.values())
        self._answered = [a for a in self._answered if a[0] > oldest]

    def changed(self, key: Key, how: str, entries: list[dict]) -> None:
        """A change answered: ``how`` "add" (members added) or "set" (the set is now exactly ``entries``)."""
        self._answered.append((next(self._count), key, how, list(entries)))
        known = self._zones.get(key[0])
        if known is not None:
            self._replay(known[2], key, how, entries)

    def failed(self, key: Key, error: BaseException) -> None:
        refused = isinstance(error, DnsHostError) and error.problem not in (Problem.UNCERTAIN, Problem.SERVICE)
        if not refused:  # it may have been made
            self._unsure[key] = next(self._count)

    def members(self, key: Key) -> list[dict] | None:
        """The set as known, or None: read it."""
        known = self._zones.get(key[0])
        if known is None or self._clock() - known[1] > FRESH or self._unsure.get(key, 0) > known[0]:
            return None
        return list(known[2].get(key, []))

    def _replay(self, sets: dict[Key, list[dict]], key: Key, how: str, entries: list[dict]) -> None:
        if how == "set":
            sets[key] = list(entries)
            return
        if self._value is None:
            raise TypeError("an 'add' change needs the members' values (KnownSets(value=...))")
        members = sets.setdefault(key, [])
        values = {self._value(key, e) for e in members}
        members.extend(e for e in entries if self._value(key, e) not in values)
