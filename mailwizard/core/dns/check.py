"""One full check: find the authoritative servers, ask every vantage point every question at
once, judge each answer, summarise each record, and plan the change."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field, replace

from mailwizard.core.dns import spf
from mailwizard.core.dns.authority import Delegation, find_authoritative
from mailwizard.core.dns.expected import ExpectedRecord
from mailwizard.core.dns.plan import ChangePlan, plan_changes
from mailwizard.core.dns.plan import count_spf_lookups as plan_spf_count
from mailwizard.core.dns.probe import Observation, Vantage, ask, ask_many
from mailwizard.core.dns.verdict import State, Verdict, judge, with_propagation

# Public resolvers the panel watches by default (editable in settings; tests always pass their own).
DEFAULT_RESOLVERS = (
    ("Google", "8.8.8.8"), ("Cloudflare", "1.1.1.1"), ("Quad9", "9.9.9.9"), ("AliDNS", "223.5.5.5"),
    ("DNSPod", "119.29.29.29"), ("114DNS", "114.114.114.114"),
)


@dataclass(frozen=True)
class CheckConfig:
    resolvers: tuple[Vantage, ...]
    nameservers: tuple[Vantage, ...] = ()   # replaces discovery (split horizon, tests)
    authoritative_port: int = 53
    timeout: float = 2.0
    concurrency: int = 48


@dataclass(frozen=True)
class RecordStatus:
    record: ExpectedRecord
    cells: tuple[Verdict, ...]
    state: State
    message_key: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def left_out(self) -> bool:
        """An optional record (webmail, DMARC…) the admin has not added: nothing is wrong, so it does not hold
        "all correct" back; one added wrongly still does."""
        return not self.record.required and self.state is State.MISSING


@dataclass(frozen=True)
class CheckResult:
    domain: str
    checked_at: dt.datetime
    delegation: Delegation
    vantages: tuple[Vantage, ...]
    records: tuple[RecordStatus, ...]
    plan: ChangePlan

    def record(self, key: str) -> RecordStatus | None:
        return next((r for r in self.records if r.record.key == key), None)

    @property
    def all_ok(self) -> bool:
        return all(r.state is State.OK for r in self.records)

    @property
    def required_ok(self) -> bool:
        return all(r.state is State.OK for r in self.records if r.record.required)

    @property
    def done(self) -> bool:
        """Nothing left to do: every record right everywhere or an optional one left out, and none failing for
        a reason only the plan sees (``failing``). The window's "all correct", the command line's "ok"."""
        return all(r.state is State.OK or r.left_out for r in self.records) and not failing(self)

    @property
    def left_out(self) -> tuple[RecordStatus, ...]:
        return tuple(r for r in self.records if r.left_out)

    @property
    def verified(self) -> bool:
        """Ownership proven: the verification record (or, for MX-verified providers, the MX) is
        right at the authoritative servers, which is what the provider checks."""
        status = self._ownership()
        return status is not None and status.state in (State.OK, State.PROPAGATING)

    @property
    def ownership_unread(self) -> bool:
        """The record that proves ownership could not be read (no answer, or an error): this check says
        nothing either way, so it must not undo a proof an earlier check made."""
        status = self._ownership()
        return status is not None and status.state in (State.TIMEOUT, State.ERROR)

    def _ownership(self) -> RecordStatus | None:
        return self.record("verification" if self.record("verification") else "mx")


@dataclass(frozen=True)
class Outstanding:
    """The records not right yet, by who has to act: the user (missing, wrong, a value still to paste), the
    network (no answer) or only time (on their way)."""

    yours: int
    unreachable: int
    on_its_way: int
    yours_required: int = 0  # of ``yours``, those mail needs (MX, SPF, verification…), not DMARC or the like
    proof_on_its_way: bool = False  # ownership proven where the provider looks; still spreading elsewhere
    to_paste: int = 0  # of ``yours``, values not known yet (nothing to add at the DNS host before they are)
    left_out: int = 0  # optional records not added (not counted above: nothing is wrong)

    @property
    def total(self) -> int:
        return self.yours + self.unreachable + self.on_its_way


def outstanding(result: CheckResult, verified: bool) -> Outstanding:
    """Once ownership is proven, the record that proved it counts as done wherever it still travels."""
    proof = "verification" if result.record("verification") else "mx"
    failing_keys = failing(result)
    left = [r for r in result.records if (r.state is not State.OK or r.record.key in failing_keys)
            and not r.left_out and not (verified and r.record.key == proof)]
    for_you = [r for r in left if r.state in (State.MISSING, State.WRONG, State.CONFLICT, State.WAITING)
               or r.record.key in failing_keys]  # read as planned, but failing: the admin must change it
    unreachable = sum(1 for r in left if r.state in (State.TIMEOUT, State.ERROR))
    proof_status = result.record(proof)
    return Outstanding(len(for_you), unreachable, len(left) - len(for_you) - unreachable,
                       yours_required=sum(1 for r in for_you if r.record.required),
                       to_paste=sum(1 for r in for_you if r.state is State.WAITING),
                       left_out=len(result.left_out),
                       proof_on_its_way=verified and proof_status is not None
                       and proof_status.state is State.PROPAGATING)


# Plan findings that make a record fail even where every vantage point reads it as planned, by the purpose
# of the record they are about: receivers treat an SPF record that needs more than 10 DNS lookups as an
# error (RFC 7208 §4.6.4), so mail fails SPF as if there were no record. The DNS step shows them as warnings.
FAILING_FINDINGS = {"plan.spf_too_many_lookups": "spf"}


def failing(result: CheckResult) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """Record key → the plan's findings that leave that record failing (see FAILING_FINDINGS)."""
    found: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for key, params in result.plan.warnings:
        purpose = FAILING_FINDINGS.get(key)
        status = next((r for r in result.records if r.record.purpose == purpose), None)
        if status is not None:
            found.setdefault(status.record.key, []).append((key, params))
    return found


def _question_type(record: ExpectedRecord) -> str:
    return record.rtype


class TxtCache:
    """TXT look-ups for SPF counting, each asked once per check even when asked concurrently."""

    def __init__(self, source: Vantage | None, timeout: float) -> None:
        self.source, self.timeout = source, timeout
        self._pending: dict[str, asyncio.Future[list[str]]] = {}

    async def fetch(self, name: str) -> list[str]:
        if self.source is None:
            return []
        if name not in self._pending:
            self._pending[name] = asyncio.ensure_future(ask(name, "TXT", self.source, self.timeout))
        obs = await self._pending[name]
        return list(obs.values)

    def cancel(self) -> None:
        for future in self._pending.values():
            future.cancel()


async def run_check(domain: str, records: list[ExpectedRecord], config: CheckConfig, *,
                    count_spf: bool = True) -> CheckResult:
    """``count_spf=False`` returns as soon as every vantage point has answered; the SPF lookup
    count (a walk through include chains, several round trips deep) is then left to
    ``count_spf_lookups`` so the panel need not wait for it."""
    if config.nameservers:
        delegation = Delegation((), config.nameservers, False)
    else:
        delegation = await find_authoritative(domain, list(config.resolvers), port=config.authoritative_port,
                                              timeout=config.timeout)
    vantages = tuple(delegation.servers) + tuple(config.resolvers)
    txt = TxtCache(config.resolvers[0] if config.resolvers else (delegation.servers[0] if delegation.servers
                                                                   else None), config.timeout)
    # The provider's SPF include chain is needed for the lookup count whatever the zone holds:
    # walk it while the main questions are in flight, not after them.
    includes = [r.values[0] for r in records if r.purpose == "spf" and r.ready and count_spf]
    prefetch = [asyncio.ensure_future(spf.count_lookups(f"v=spf1 {i}", txt.fetch)) for i in includes]
    questions: list[tuple[str, str, Vantage]] = []
    for name, rtype in dict.fromkeys((r.name, _question_type(r)) for r in records if r.ready):
        questions += [(name, rtype, v) for v in vantages]
        # the same name with the domain once more: a host that appended it to a full name
        questions += [(f"{name}.{domain}", rtype, v) for v in delegation.servers[:1]]
    answers = await ask_many(questions, config.timeout, config.concurrency)
    seen = {(o.name, o.rtype, o.vantage.label): o for o in answers}
    authoritative = {v.label for v in delegation.servers}
    statuses = []
    for record in records:
        cells = []
        for vantage in vantages:
            obs = seen.get((record.name, _question_type(record), vantage.label)) or Observation(
                record.name, record.rtype, vantage, "nodata")
            doubled = None
            if delegation.servers and vantage.label in authoritative:
                doubled = seen.get((f"{record.name}.{domain}", _question_type(record), delegation.servers[0].label))
            cells.append(judge(record, obs, domain, doubled))
        cells = with_propagation(cells, authoritative)
        statuses.append(_summarise(record, cells, authoritative))
    current = {(o.name, o.rtype): o for o in answers if delegation.servers and o.vantage == delegation.servers[0]}
    if not current:
        current = {(o.name, o.rtype): o for o in answers if config.resolvers and o.vantage == config.resolvers[0]}

    try:
        await asyncio.gather(*prefetch)
        plan = await plan_changes(records, current, txt.fetch if count_spf else None)
    finally:
        txt.cancel()
    return CheckResult(domain, dt.datetime.now(dt.UTC), delegation, vantages, tuple(statuses), plan)


_SEVERITY = [State.CONFLICT, State.WRONG, State.MISSING, State.ERROR, State.TIMEOUT, State.PROPAGATING,
             State.WAITING, State.OK]


def _summarise(record: ExpectedRecord, cells: list[Verdict], authoritative: set[str]) -> RecordStatus:
    if not record.ready:
        return RecordStatus(record, tuple(cells), State.WAITING, "row.waiting",
                            {"value": ", ".join(record.waiting_for)})
    if all(c.state is State.OK for c in cells):
        return RecordStatus(record, tuple(cells), State.OK, "row.ok")
    auth = [c for c in cells if c.vantage in authoritative] or cells
    reachable = [c for c in auth if c.state not in (State.TIMEOUT, State.ERROR)]
    if not reachable:
        return RecordStatus(record, tuple(cells), State.TIMEOUT, "row.unreachable")
    worst = min(reachable, key=lambda c: _SEVERITY.index(c.state))
    if worst.state is State.OK:
        pending = [c for c in cells if c.state is State.PROPAGATING]
        if pending:
            eta = max((c.ttl or 0) for c in pending)
            return RecordStatus(record, tuple(cells), State.PROPAGATING, "row.propagating", {"seconds": str(eta)})
        return RecordStatus(record, tuple(cells), State.OK, "row.ok_some_unreachable")
    return RecordStatus(record, tuple(cells), worst.state, worst.message_key, worst.params)


async def count_spf_lookups(result: CheckResult, config: CheckConfig) -> CheckResult:
    """The same result with the planned SPF record's lookups counted."""
    record = next((s.record for s in result.records if s.record.purpose == "spf" and s.record.ready), None)
    if record is None:
        return result
    source = config.resolvers[0] if config.resolvers else (result.delegation.servers[0]
                                                           if result.delegation.servers else None)
    txt = TxtCache(source, config.timeout)
    plan = ChangePlan(list(result.plan.items), [w for w in result.plan.warnings
                                                if w[0] != "plan.spf_too_many_lookups"])
    try:
        await plan_spf_count(plan, record, txt.fetch)
    finally:
        txt.cancel()
    return replace(result, plan=plan)
