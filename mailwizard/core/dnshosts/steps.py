"""The steps of a run and the rounds they go in: each change as an effect on the zone (done or not in a listing,
sent through a DNS host's API), and which changes may be sent together, and after what (apply.py explains why the
order is safe)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mailwizard.core.dnshosts.api import DnsHostApi, ZoneRecord
from mailwizard.core.dnshosts.changes import ADD, DELETE, UPDATE, Change

ZONE_CHANGED = "zone_changed"  # the zone is no longer as previewed: preview again


class ApplyFailed(Exception):
    """The run stopped: ``problem`` a Problem value (or "zone_changed"), ``done`` steps finished before. The run
    stays resumable (``apply`` again) and undoable."""

    def __init__(self, problem: str, detail: str = "", done: int = 0, retry_after: float | None = None) -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem, self.detail, self.done, self.retry_after = problem, detail, done, retry_after


@dataclass(frozen=True)
class Step:
    """One change as an effect on the zone: ``source`` must exist before (update, delete), ``target`` after."""

    index: int
    change: Change
    op: str
    source: ZoneRecord | None
    target: ZoneRecord | None

    def done(self, listing: list[ZoneRecord]) -> bool:
        has_source = self.source is not None and any(r.same_content(self.source) for r in listing)
        has_target = self.target is not None and any(r.same_content(self.target) for r in listing)
        if self.op == ADD:
            return has_target
        if self.op == DELETE:
            return not has_source
        return has_target and not has_source

    def current(self, listing: list[ZoneRecord]) -> ZoneRecord | None:
        """The listed record to change: the one with the source's id and content, else one with its content
        (a host that gives a record a new id)."""
        if self.source is None:
            return None
        same = [r for r in listing if r.same_content(self.source)]
        return next((r for r in same if r.id == self.source.id), same[0] if same else None)

    async def send(self, api: DnsHostApi, zone: str, listing: list[ZoneRecord]) -> None:
        """Make the change and keep ``listing`` as the zone now is."""
        current = self.current(listing)
        if self.op == ADD:
            made = await api.add(zone, self.target.without_id())  # type: ignore[union-attr]
            listing.append(made)
            return
        if current is None:  # neither done nor possible: someone else changed the record meanwhile
            raise ApplyFailed(ZONE_CHANGED, f"{self.source.name} {self.source.rtype} {self.source.value}")  # type: ignore[union-attr]
        if self.op == DELETE or any(r.same_content(self.target) for r in listing):  # type: ignore[arg-type]
            # (an update half made by a host that updates as add + delete: only the delete is left)
            await api.delete(zone, current)
            listing.remove(current)
            return
        target = self.target
        new = replace(current, value=target.value, ttl=target.ttl, extra=target.extra or current.extra)  # type: ignore[union-attr]
        made = await api.update(zone, current, new)
        listing[listing.index(current)] = made


def single_kind(record: ZoneRecord) -> tuple[str, str] | None:
    """Of a record a name may hold only once: a CNAME, or a versioned policy TXT record (``v=spf1``, ``v=DMARC1``,
    ``v=DKIM1``, …: two at one name break both, RFC 7208 §3.2, RFC 7489 §6.6.3). None for the others."""
    if record.rtype == "CNAME":
        return ("CNAME", "")
    text = record.value.strip().lower()
    if record.rtype == "TXT" and text.startswith("v="):
        return ("TXT", text.split(";", 1)[0].split(None, 1)[0])
    return None


def one_per_name(record: ZoneRecord) -> bool:
    return single_kind(record) is not None


def apply_rounds(changes: list[Change], *, listing_known: bool = False,
                 journalled: frozenset[int] = frozenset()) -> tuple[list[Step], list[list[Step]]]:
    """(the adds sent together with the fresh listing, then the rounds after it).

    With the listing: an add that depends on nothing — not a one-per-name record (a second one of those would break
    both if one appeared since the preview), no CNAME in the way at its name, never sent before (``journalled``).
    Round 1, once the listing confirmed the preview: the updates in place, the extra SPF and CNAME-in-the-way
    deletes, the other adds, and the old MX deletes when the new MX went with the listing. Then the adds that waited
    for a CNAME to go, then the old MX deletes that waited for those MX."""
    steps = [Step(index, change, change.op, change.before, change.after) for index, change in enumerate(changes)]
    in_the_way = {s.source.name: s for s in steps if s.op == DELETE and s.source.rtype == "CNAME"}  # type: ignore[union-attr]
    level: dict[int, int] = {}
    for step in steps:
        if step.op == ADD:
            record = step.target
            if record.name in in_the_way:  # type: ignore[union-attr]
                level[step.index] = 2
            elif listing_known or one_per_name(record) or step.index in journalled:  # type: ignore[arg-type]
                level[step.index] = 1
            else:
                level[step.index] = 0
    for step in steps:
        if step.op != ADD:
            new_mx = [level[s.index] for s in steps if s.op == ADD and step.source.rtype == "MX"  # type: ignore[union-attr]
                      and s.target.rtype == "MX" and s.target.name == step.source.name]  # type: ignore[union-attr]
            level[step.index] = max([1, *(n + 1 for n in new_mx)])
    rounds = [[s for s in steps if level[s.index] == n] for n in range(max(level.values(), default=0) + 1)]
    return rounds[0], [r for r in rounds[1:] if r]


def apply_phases(changes: list[Change]) -> list[list[Step]]:
    """The rounds when the zone's listing is already known (every step, in order)."""
    blind, rounds = apply_rounds(changes, listing_known=True)
    return [blind, *rounds] if blind else rounds


def undo_phases(changes: list[Change]) -> list[list[Step]]:
    """The apply backwards: the old MX back first (mail keeps a way in), the added records removed, the updated
    ones put back, then what was in the way of an added record."""
    phases: list[list[Step]] = [[], [], [], []]
    for index, change in enumerate(changes):
        if change.op == ADD:
            phases[1].append(Step(index, change, DELETE, change.after, None))
        elif change.op == UPDATE:
            phases[2].append(Step(index, change, UPDATE, change.after, change.before))
        else:
            old_mx = change.reason == "dnshost.reason.remove_old_mx"
            phases[0 if old_mx else 3].append(Step(index, change, ADD, None, change.before))
    return [p for p in phases if p]
