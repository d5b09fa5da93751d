"""Applying the previewed changes through a DNS host's API, and undoing them, safely across crashes.

Before the first change the backup (every record to be changed or removed, and the whole plan) goes into the
store; each round's steps are journalled, in one trip to the writer, before any of them is sent (write-ahead).

The order (steps.apply_rounds), in as few round trips as safety allows:
1. The fresh listing and, sent with it, every add that depends on nothing: not a record a name may hold only once
   (CNAME, SPF, DKIM, DMARC: ``single_kind``), no CNAME in the way at its name, never sent before by this run (the
   journal). Such an add is what the admin confirmed and touches nothing of theirs; a host answering "exists" is
   settled by reading the zone (done, never a duplicate).
2. Only once that listing confirms the preview — every record to update or delete still there as previewed, no
   one-per-name record appeared where one is to be added, and (from the session) the zone planned again gives the
   same plan — the rest goes: the SPF record merged in place (never a moment with two), the extra SPF and
   CNAME-in-the-way deletes, the one-per-name adds, and the old service's MX deletes, as the new MX exist since
   round 1. A round with a failure is the last: a refused MX add leaves the old MX alone. If the listing does not
   confirm, nothing of round 2 is sent, the round-1 adds are taken back (the run is forgotten when they all are)
   and ApplyFailed(ZONE_CHANGED) says to preview again; an add that could not be taken back stays in the journal,
   so resume and undo still work.
3. Only when needed: the adds that waited for a CNAME in the way to go (and old MX deletes waiting for such an MX).
The backup is taken again from the listing before round 2 (the records as they are just before they change).

Every step knows its effect, so a run is resumed by reading the zone and doing only what is not there yet
(``same_content``): a kill mid-run, then ``apply`` again, converges to the same zone, never a change twice. A
change sent without an answer (``Problem.UNCERTAIN``) is settled by reading the zone again, never resent blindly.
Undo is the same machine run backwards to the backup, phase by phase after a fresh listing: the old MX back first,
added records deleted, updated ones put back as they were, deleted ones added again with their TTL and host
settings."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from mailwizard.core.dnshosts.api import DnsHostApi, DnsHostError, Problem, ZoneRecord
from mailwizard.core.dnshosts.changes import ADD, UPDATE, Change
from mailwizard.core.dnshosts.steps import (  # noqa: F401 (ApplyFailed, apply_phases… are also imported from here)
    ZONE_CHANGED,
    ApplyFailed,
    Step,
    apply_phases,
    apply_rounds,
    one_per_name,
    single_kind,
    undo_phases,
)

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

    async def entries(self, scope: str, entries: list[tuple[int, str, str]], run: Run | None = None) -> None:
        """A round's journal entries (and the run, when given) in one trip to the writer."""
        def put_all() -> None:
            if run is not None:
                self.store.put(self.key, run.to_json())
            for index, state, error in entries:
                self.store.journal_put(scope, str(index), state, "", error)
        if entries or run is not None:
            await self.write(put_all)

    def journal(self, scope: str) -> dict[str, tuple[str, str, str]]:
        return self.store.journal_all(scope)


Confirm = Callable[[list[ZoneRecord]], Awaitable[bool]]
Entry = tuple[int, str, str]  # (step, state, error) for the journal


class StepRunner:
    """Runs steps round by round against one zone; ``listing`` is kept as the zone is."""

    def __init__(self, api: DnsHostApi, zone: str, ledger: Ledger, scope: str, total: int,
                 on_progress: Progress | None, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.api, self.zone, self.ledger, self.scope, self.total = api, zone, ledger, scope, total
        self.on_progress, self.sleep = on_progress, sleep
        self.done = 0
        self.sent = False   # a change was made (or may have been) by this run
        self.maybe = False  # a change may have been made without an answer saying so
        self.listing: list[ZoneRecord] = []

    def _count(self, steps: list[Step]) -> None:
        for step in steps:
            self.done += 1
            if self.on_progress is not None:
                self.on_progress(self.done, self.total, step.change)

    async def read(self) -> None:
        self.listing = await self.api.list_records(self.zone)

    async def run(self, rounds: list[list[Step]], listing: list[ZoneRecord] | None = None, *,
                  blind: list[Step] | None = None, confirm: Confirm | None = None, run: Run | None = None,
                  applying: bool = False) -> int:
        """``blind``: adds sent together with the fresh listing; ``confirm(zone)`` (the zone as it was before them)
        False, or a record to change no longer as previewed: the zone changed, those adds are taken back and
        ApplyFailed(ZONE_CHANGED) is raised before anything else is sent. ``run``: saved in the first journal trip.
        ``applying``: the listing must show every record to change and no new one-per-name record where one is to
        be added (else ZONE_CHANGED, as above), and the records to change are backed up as listed now (TTL, host
        settings), saved before they change."""
        blind = blind or []
        # write-ahead: the run and the blind adds journalled, in one trip, before anything is sent
        await self.ledger.entries(self.scope, [(s.index, ATTEMPTED, "") for s in blind], run)
        made: list[ZoneRecord] = []
        if listing is None:
            reading = asyncio.ensure_future(self.api.list_records(self.zone))
            outcomes = await asyncio.gather(*(self._send(step, made) for step in blind))
            fresh = await self._guarded(reading)
        else:
            fresh, outcomes = list(listing), []
        self.listing = fresh + [m for m in made if not any(r.same_content(m) for r in fresh)]
        before = [r for r in fresh if not any(r.same_content(m) for m in made)]  # the zone without the blind adds
        entries, failure, finished = await self._settle(blind, outcomes)
        later = [step for r in rounds for step in r]
        if (confirm is not None and not await confirm(before)) or (applying and self._stale(later)):
            await self._take_back(made)
            raise ApplyFailed(ZONE_CHANGED, "the zone changed since the preview", self.done)
        self._count(finished)
        if applying and run is not None:
            rounds, run = self._as_listed(run, rounds)
        for steps in rounds:
            if failure is not None:
                break
            found = [step for step in steps if step.done(self.listing)]
            pending = [step for step in steps if step not in found]
            entries += [(s.index, DONE, "") for s in found] + [(s.index, ATTEMPTED, "") for s in pending]
            await self.ledger.entries(self.scope, entries, run)
            entries, run = [], None
            self._count(found)
            if pending:
                outcomes = await asyncio.gather(*(self._send(step, self.listing) for step in pending))
                entries, failure, finished = await self._settle(pending, outcomes)
                self._count(finished)
        if entries:
            await self.ledger.entries(self.scope, entries)
        if failure is not None:
            raise ApplyFailed(failure.problem, failure.detail, self.done, failure.retry_after)
        return self.done

    def _as_listed(self, run: Run, rounds: list[list[Step]]) -> tuple[list[list[Step]], Run | None]:
        """The records to change as the fresh listing holds them (the run to save again, or None: as it was)."""
        fresh: dict[int, Step] = {}
        for step in (s for r in rounds for s in r):
            current = None if step.source is None or step.done(self.listing) else step.current(self.listing)
            if current is None or current == step.source:
                continue
            change = step.change
            after = replace(current, value=change.after.value) if change.op == UPDATE else change.after  # type: ignore[union-attr]
            run.changes[step.index] = change = replace(change, before=current, after=after)
            fresh[step.index] = Step(step.index, change, step.op, change.before, change.after)
        if not fresh:
            return rounds, None
        return [[fresh.get(s.index, s) for s in r] for r in rounds], run

    def _stale(self, steps: list[Step]) -> bool:
        """A record to change is no longer there, or a one-per-name record to add has appeared meanwhile."""
        ours = {(r.name, r.rtype, r.value) for s in steps for r in (s.source, s.target) if r is not None}
        for step in steps:
            if step.done(self.listing):
                continue
            if step.op != ADD and step.current(self.listing) is None:
                return True
            kind = single_kind(step.target) if step.op == ADD else None  # type: ignore[arg-type]
            if kind is not None and any(
                    r.name == step.target.name and single_kind(r) == kind  # type: ignore[union-attr]
                    and (r.name, r.rtype, r.value) not in ours for r in self.listing):
                return True
        return False

    async def _take_back(self, made: list[ZoneRecord]) -> None:
        """The blind adds removed again (the zone changed: nothing of the preview is applied)."""
        results = await asyncio.gather(*(self.api.delete(self.zone, record) for record in made),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, DnsHostError):
                raise result
        if not any(isinstance(result, BaseException) for result in results):
            self.sent = self.maybe  # as before the run, unless a change went unanswered

    async def _guarded(self, awaitable: Awaitable[Any]) -> Any:
        try:
            return await awaitable
        except DnsHostError as exc:
            raise ApplyFailed(exc.problem.value, exc.detail, self.done, exc.retry_after) from None

    async def _settle(self, steps: list[Step], outcomes: list[Refusal | None]
                      ) -> tuple[list[Entry], Refusal | None, list[Step]]:
        """The journal entries of a round sent, its first failure, the steps done."""
        if any(o is not None and o.problem in _SETTLE and not s.done(self.listing) for s, o in zip(steps, outcomes,
                                                                                                   strict=True)):
            await self._guarded(self.read())  # what did happen: the zone says
        entries: list[Entry] = []
        finished: list[Step] = []
        failure: Refusal | None = None
        for step, outcome in zip(steps, outcomes, strict=True):
            if outcome is not None and outcome.problem == Problem.UNCERTAIN.value and not step.done(self.listing):
                outcome = await self._send(step, self.listing)  # known not to have happened: sent once more
                if outcome is not None and outcome.problem in _SETTLE:
                    await self._guarded(self.read())
            if outcome is None or step.done(self.listing):
                entries.append((step.index, DONE, ""))
                finished.append(step)
                continue
            entries.append((step.index, FAILED, outcome.problem))
            failure = failure or outcome
        return entries, failure, finished

    async def _send(self, step: Step, listing: list[ZoneRecord]) -> Refusal | None:
        """None when the change was made; else why not (the host's refusal, UNCERTAIN: no answer)."""
        for attempt in range(RATE_LIMIT_TRIES):
            try:
                await step.send(self.api, self.zone, listing)
                self.sent = True
                return None
            except ApplyFailed as exc:  # the record is no longer as previewed
                return Refusal(exc.problem, exc.detail)
            except DnsHostError as exc:
                unknown = exc.problem in (Problem.UNCERTAIN, Problem.SERVICE)
                self.sent, self.maybe = self.sent or unknown, self.maybe or unknown
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


_SETTLE = (Problem.UNCERTAIN.value, Problem.RECORD_EXISTS.value)  # read the zone to know what happened


async def apply_run(api: DnsHostApi, run: Run, ledger: Ledger, *, listing: list[ZoneRecord] | None = None,
                    on_progress: Progress | None = None, confirm: Confirm | None = None) -> int:
    """Apply (or resume applying) ``run``: the backup is saved before anything changes. Returns the changes made
    or found made; raises ApplyFailed (the run stays resumable). ``confirm``: see StepRunner.run."""
    run.status = APPLYING
    journalled = frozenset(int(k) for k in ledger.journal(f"dnsapply:{run.id}"))
    blind, rounds = apply_rounds(run.changes, listing_known=listing is not None, journalled=journalled)
    runner = StepRunner(api, run.zone, ledger, f"dnsapply:{run.id}", len(run.changes), on_progress)
    try:
        done = await runner.run(rounds, listing, blind=blind, confirm=confirm, run=run, applying=True)
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
    runner = StepRunner(api, run.zone, ledger, f"dnsundo:{run.id}", len(run.changes), on_progress)
    done = await runner.run(undo_phases(run.changes), run=run)
    run.status = UNDONE
    await ledger.save(run)
    return done
