"""Changes to single values of Huawei Cloud DNS record sets, made safely and in few round trips.

Huawei writes a whole record set at a time (PUT replaces its ``records``), so two changes to values of one set sent
together would each rewrite the set from their own read and the later would undo the earlier. Here every change is
queued per set (zone, name, type); the changes queued in the same turn of the event loop (one phase of the apply
engine) are folded into one write, and writes to one set never overlap (the lock: the per-set gate). The set to
rewrite is taken from the zone's listing when that was asked for less than ``known_sets.FRESH`` seconds ago, with
this connection's own writes since (core/dnshosts/known_sets.py), else (an older listing, none, or a write to the set
that went unanswered since) it is read right before it is rewritten (GET by name and type), so that values others
added meanwhile survive. A set the listing did not have is created with POST straight away (Huawei refuses a second
set with DNS.0312, and then it is read and rewritten)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from mailwizard.core.dnshosts.api import DnsHostError, Problem
from mailwizard.core.dnshosts.known_sets import Key, KnownSets


@dataclass
class ValueChange:
    """``add`` ``new``; ``remove`` ``old``; ``replace`` ``old`` by ``new`` (``ttl``: the set's new TTL, or None)."""

    kind: str
    old: str | None = None
    new: str | None = None
    ttl: int | None = None
    result: dict | None = None
    error: DnsHostError | None = None
    settled: bool = False


def fold(values: list[str], changes: list[ValueChange]) -> list[str]:
    """The set's values after ``changes``; a change that cannot be made gets its ``error`` (and is left out)."""
    values = list(values)
    for change in changes:
        if change.kind == "add":
            if change.new in values:
                change.error = DnsHostError(Problem.RECORD_EXISTS, f"{change.new[:60]} is already in its record set")
            else:
                values.append(change.new)
        elif change.kind == "remove":
            values = [v for v in values if v != change.old]
        else:
            if change.old in values:
                values = [change.new if v == change.old else v for v in values]
            elif change.new not in values:
                values.append(change.new)
            values = list(dict.fromkeys(values))
    return values


@dataclass
class SetWriter:
    """The set ``key`` (zone, type, name). ``find()`` → the set read by name and type, or None; ``write(set, values,
    ttl)`` → the set as written (``set`` None: create it; no values: delete it, → {}); ``known``: the connection's
    sets as listed, with its own writes since."""

    key: Key
    find: Callable[[], Awaitable[dict | None]]
    write: Callable[[dict | None, list[str], int], Awaitable[dict]]
    known: KnownSets
    queue: list[ValueChange] = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def submit(self, change: ValueChange, from_values: Callable[[dict], list[str]], new_ttl: int) -> dict:
        self.queue.append(change)
        async with self.lock:
            if not change.settled:
                await asyncio.sleep(0)      # the changes sent together with this one join it
                changes, self.queue = self.queue, []
                try:
                    await self._flush(changes, from_values, new_ttl)
                except DnsHostError as exc:
                    for item in changes:
                        item.error = item.error or exc
                finally:
                    for item in changes:
                        item.settled = True
        if change.error is not None:
            raise change.error
        return change.result or {}

    async def _flush(self, changes: list[ValueChange], from_values: Callable[[dict], list[str]], new_ttl: int) -> None:
        listed = self.known.members(self.key)
        if listed is not None:
            current = listed[0] if listed else None     # as listed just now (None: not there: created below)
        else:
            current = await self.find()
        before = from_values(current) if current else []
        after = fold(before, changes)
        ttl = next((c.ttl for c in reversed(changes) if c.ttl is not None and c.error is None), None)
        ttl = ttl or int((current or {}).get("ttl") or new_ttl)
        if after == before and (current is None or ttl == int(current.get("ttl") or ttl)):
            result = current or {}
        else:
            try:
                result = await self._write(current, after, ttl)
            except DnsHostError as exc:
                if current is not None or exc.problem is not Problem.RECORD_EXISTS:
                    raise
                current = await self.find()       # made by someone else since the listing: rewrite it
                after = fold(from_values(current) if current else [], [_fresh(c) for c in changes])
                result = await self._write(current, after, ttl)
        for change in changes:
            change.result = result

    async def _write(self, current: dict | None, values: list[str], ttl: int) -> dict:
        try:
            result = await self.write(current, values, ttl)
        except BaseException as exc:
            self.known.failed(self.key, exc)      # unless refused: maybe made, so the set is read before the next
            raise
        self.known.changed(self.key, "set", [result] if result else [])
        return result


def _fresh(change: ValueChange) -> ValueChange:
    change.error = None
    return change
