"""Applying the previewed changes through a DNS host's API, and undoing them, safely across crashes.

Before the first change the backup (every record to be changed or removed, and the whole plan) goes into the
store; each step is journalled before it is sent (write-ahead). Steps run in phases, in an order that never
leaves the zone worse than before: a CNAME in the way and extra SPF records go first, the SPF record is merged
in place (never a moment with two), then the new records are added, and the old service's MX records go only once
the new ones exist. The steps of one phase are independent and sent together.

Every step knows its effect, so a run is resumed by reading the zone and doing only what is not there yet
(``same_content``): a kill mid-run, then ``apply`` again, converges to the same zone, never a change twice. A
change sent without an answer (``Problem.UNCERTAIN``) is settled by reading the zone again, never resent blindly.
Undo is the same machine run backwards to the backup: added records deleted, updated ones put back as they were,
deleted ones added again with their TTL and host settings."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from mailwizard.core.dnshosts.api import DnsHostApi, DnsHostError, Problem, ZoneRecord
from mailwizard.core.dnshosts.changes import ADD, DELETE, UPDATE, Change

if TYPE_CHECKING:
    from mailwizard.core.store import Store

log = logging.getLogger(__name__)

APPLYING, APPLIED, UNDOING, UNDONE = "applying", "applied", "undoing", "undone"
ATTEMPTED, DONE, FAILED = "attempted", "done", "failed"
RATE_LIMIT_TRIES = 3
MAX_WAIT = 30.0  # seconds: a longer "retry after" stops the run (resumable) rather than freezing it
Progress = Callable[[int, int, Change], None]
Writer = Callable[..., Awaitable[Any]]  # write(fn, *args): fn(*args) on the session's writer thread, awaited


@dataclass
class Run:
    """One apply of one preview at one DNS host, as the store keeps it: the plan and its backup."""

    host_id: str
    zone: str
    domain: str
    changes: list[Change]
    warnings: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    status: str = APPLYING
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    started: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))

    @property
    def backup(self) -> list[ZoneRecord]:
        """Every record the run changes or removes, as it was."""
        return [c.before for c in self.changes if c.before is not None]

    def to_json(self) -> dict:
        return {"host_id": self.host_id, "zone": self.zone, "domain": self.domain, "status": self.status,
                "id": self.id, "started": self.started, "changes": [c.to_json() for c in self.changes],
                "backup": [r.to_json() for r in self.backup], "warnings": [list(w) for w in self.warnings]}

    @classmethod
    def from_json(cls, data: dict) -> Run:
        return cls(data["host_id"], data["zone"], data["domain"], [Change.from_json(c) for c in data["changes"]],
                   [(str(k), dict(p)) for k, p in data.get("warnings", [])], data["status"], data["id"],
                   data.get("started", ""))


async def _in_thread(function: Callable[..., Any], *args: Any) -> Any:
    return await asyncio.to_thread(function, *args)


class Ledger:
    """A domain's run in the store (key ``dnsapply:<domain>``) and its journals (``dnsapply:<run>``,
    ``dnsundo:<run>``), written through ``write`` (the session's writer; a thread of its own by default)."""

    def __init__(self, store: Store, domain: str, write: Writer | None = None) -> None:
        self.store, self.domain, self.write = store, domain, write or _in_thread
        self.key = f"dnsapply:{domain}"

    def load(self) -> Run | None:
        data = self.store.get(self.key)
        try:
            return Run.from_json(data) if isinstance(data, dict) else None
        except (KeyError, TypeError, ValueError):
            log.warning("the saved DNS run for %s cannot be read", self.domain)
            return None

    async def save(self, run: Run) -> None:
        await self.write(self.store.put, self.key, run.to_json())

    async def forget(self) -> None:
        """No run any more (one that changed nothing)."""
        await self.write(self.store.put, self.key, None)

    async def step(self, scope: str, index: int, state: str, error: str = "") -> None:
        await self.write(self.store.journal_put, scope, str(index), state, "", error)

    async def steps(self, scope: str, indices: list[int], state: str) -> None:
        """Several steps in one trip to the writer (a phase's, before any of them is sent)."""
        def put_all() -> None:
            for index in indices:
                self.store.journal_put(scope, str(index), state)
        await self.write(put_all)

    def journal(self, scope: str) -> dict[str, tuple[str, str, str]]:
        return self.store.journal_all(scope)


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


def _phase_of_apply(change: Change) -> int:
    if change.op == DELETE:
        return 3 if change.reason == "dnshost.reason.remove_old_mx" else 0
    return 1 if change.op == UPDATE else 2


def apply_phases(changes: list[Change]) -> list[list[Step]]:
    """CNAME-in-the-way and extra SPF deletes; the updates in place; the adds; the old MX deletes."""
    phases: list[list[Step]] = [[], [], [], []]
    for index, change in enumerate(changes):
        phases[_phase_of_apply(change)].append(Step(index, change, change.op, change.before, change.after))
    return [p for p in phases if p]


def undo_phases(changes: list[Change]) -> list[list[Step]]:
    """The apply backwards: the old MX back first (mail keeps a way in), the added records removed, the updated
    ones put back, then what was in the way of an added record."""
    phases: list[list[Step]] = [[], [], [], []]
    for index, change in enumerate(changes):
        phase = _phase_of_apply(change)
        if change.op == ADD:
            step = Step(index, change, DELETE, change.after, None)
        elif change.op == UPDATE:
            step = Step(index, change, UPDATE, change.after, change.before)
        else:
            step = Step(index, change, ADD, None, change.before)
        phases[{3: 0, 2: 1, 1: 2, 0: 3}[phase]].append(step)
    return [p for p in phases if p]


class StepRunner:
    """Runs steps phase by phase against one zone; ``listing`` is kept as the zone is."""

    def __init__(self, api: DnsHostApi, zone: str, ledger: Ledger, scope: str, total: int,
                 on_progress: Progress | None, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.api, self.zone, self.ledger, self.scope, self.total = api, zone, ledger, scope, total
        self.on_progress, self.sleep = on_progress, sleep
        self.done = 0
        self.sent = False  # a change was made (or may have been) by this run
        self.listing: list[ZoneRecord] = []

    def _count(self, step: Step) -> None:
        self.done += 1
        if self.on_progress is not None:
            self.on_progress(self.done, self.total, step.change)

    async def read(self) -> None:
        self.listing = await self.api.list_records(self.zone)

    async def run(self, phases: list[list[Step]], listing: list[ZoneRecord] | None = None) -> int:
        if listing is None:
            await self._guarded(self.read())
        else:
            self.listing = list(listing)
        for phase in phases:
            pending = []
            for step in phase:
                if step.done(self.listing):
                    await self.ledger.step(self.scope, step.index, DONE)
                    self._count(step)
                else:
                    pending.append(step)
            if pending:
                await self._phase(pending)
        return self.done

    async def _guarded(self, awaitable: Awaitable[Any]) -> Any:
        try:
            return await awaitable
        except DnsHostError as exc:
            raise ApplyFailed(exc.problem.value, exc.detail, self.done, exc.retry_after) from None

    async def _phase(self, steps: list[Step]) -> None:
        # write-ahead: every step journalled before anything is sent
        await self.ledger.steps(self.scope, [step.index for step in steps], ATTEMPTED)
        outcomes = await asyncio.gather(*(self._send(step) for step in steps))
        if any(o is not None and o.problem in _SETTLE for o in outcomes):
            await self._guarded(self.read())  # what did happen: the zone says
        failure: Refusal | None = None
        for step, outcome in zip(steps, outcomes, strict=True):
            if outcome is not None and outcome.problem == Problem.UNCERTAIN.value and not step.done(self.listing):
                outcome = await self._send(step)  # known not to have happened: sent once more
                if outcome is not None and outcome.problem in _SETTLE:
                    await self._guarded(self.read())
            if outcome is None or step.done(self.listing):
                await self.ledger.step(self.scope, step.index, DONE)
                self._count(step)
                continue
            await self.ledger.step(self.scope, step.index, FAILED, outcome.problem)
            failure = failure or outcome
        if failure is not None:
            raise ApplyFailed(failure.problem, failure.detail, self.done, failure.retry_after)

    async def _send(self, step: Step) -> Refusal | None:
        """None when the change was made; else why not (the host's refusal, UNCERTAIN: no answer)."""
        for attempt in range(RATE_LIMIT_TRIES):
            try:
                await step.send(self.api, self.zone, self.listing)
                self.sent = True
                return None
            except ApplyFailed as exc:  # the record is no longer as previewed
                return Refusal(exc.problem, exc.detail)
            except DnsHostError as exc:
                self.sent = self.sent or exc.problem in (Problem.UNCERTAIN, Problem.SERVICE)
                wait = exc.retry_after if exc.retry_after is not None else 1.0
                if exc.problem is Problem.RATE_LIMITED and attempt + 1 < RATE_LIMIT_TRIES and wait <= MAX_WAIT:
                    await self.sleep(wait)  # refused, so nothing was changed: asked again after the wait
                    continue
                return Refusal(exc.problem.value, exc.detail, exc.retry_after)
        raise AssertionError("not reached")


@dataclass(frozen=True)
class Refusal:
    problem: str  # a Problem value, or ZONE_CHANGED
    detail: str = ""
    retry_after: float | None = None


ZONE_CHANGED = "zone_changed"  # the zone is no longer as previewed: preview again
_SETTLE = (Problem.UNCERTAIN.value, Problem.RECORD_EXISTS.value)  # read the zone to know what happened


async def apply_run(api: DnsHostApi, run: Run, ledger: Ledger, *, listing: list[ZoneRecord] | None = None,
                    on_progress: Progress | None = None) -> int:
    """Apply (or resume applying) ``run``: the backup is saved before anything changes. Returns the changes made
    or found made; raises ApplyFailed (the run stays resumable)."""
    run.status = APPLYING
    await ledger.save(run)
    runner = StepRunner(api, run.zone, ledger, f"dnsapply:{run.id}", len(run.changes), on_progress)
    try:
        done = await runner.run(apply_phases(run.changes), listing)
    except ApplyFailed as exc:
        if exc.done == 0 and exc.problem != Problem.UNCERTAIN.value and not runner.sent:
            await ledger.forget()  # refused from the first step (a read-only credential): nothing to resume or undo
        raise
    run.status = APPLIED
    await ledger.save(run)
    return done


async def undo_run(api: DnsHostApi, run: Run, ledger: Ledger, *, on_progress: Progress | None = None) -> int:
    """Restore the backup exactly (resumable as apply_run)."""
    run.status = UNDOING
    await ledger.save(run)
    runner = StepRunner(api, run.zone, ledger, f"dnsundo:{run.id}", len(run.changes), on_progress)
    done = await runner.run(undo_phases(run.changes))
    run.status = UNDONE
    await ledger.save(run)
    return done
