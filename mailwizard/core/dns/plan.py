"""The change to make at the DNS host, planned from what the zone holds now, not just the target.

An existing SPF record is merged (never a second one), the lookups of the merged record are
counted, the old service's MX records are listed for removal, an existing DMARC record is
kept, and a CNAME sitting where a TXT or MX record must live is flagged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from mailwizard.core.dns import dmarc, spf
from mailwizard.core.dns.expected import ExpectedRecord
from mailwizard.core.dns.probe import Observation


@dataclass(frozen=True)
class PlannedRecord:
    key: str             # the ExpectedRecord key, or "mx_remove" for an old MX
    rtype: str
    name: str
    value: str | None    # what to publish; None while the provider has not given it
    action: str          # "add" | "replace" | "keep" | "remove" | "unread" (the DNS host did not answer)
    replaces: str | None = None


@dataclass
class ChangePlan:
    items: list[PlannedRecord] = field(default_factory=list)
    warnings: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    spf_lookups: spf.LookupCount | None = None


UNREAD = frozenset({"timeout", "servfail", "refused", "error"})


def _values(observations: dict[tuple[str, str], Observation], name: str, rtype: str) -> list[str]:
    obs = observations.get((name, rtype))
    return list(obs.values) if obs is not None and obs.status == "answer" else []


async def plan_changes(
    records: list[ExpectedRecord],
    current: dict[tuple[str, str], Observation],
    fetch_txt: Callable[[str], Awaitable[list[str]]] | None,
) -> ChangePlan:
    """``current``: the authoritative answers keyed by (name, type), read before any change.
    ``fetch_txt``: for counting the SPF record's DNS lookups; None leaves them uncounted."""
    plan = ChangePlan()
    for record in records:
        obs = current.get((record.name, "CNAME" if record.rtype == "CNAME" else record.rtype))
        if obs is None or obs.status in UNREAD:
            # what is there is not known: "add" could make a second SPF or DMARC record, and an old MX to
            # delete would go unmentioned; the plan waits for an answer
            for value in (record.values if record.purpose == "mx" else record.values[:1]):
                shown = value if record.ready and record.purpose not in ("spf", "dmarc") else None
                plan.items.append(PlannedRecord(record.key, record.rtype, record.name, shown, "unread"))
            continue
        if obs.cname is not None and record.rtype != "CNAME":
            conflict = ("plan.cname_conflict", {"name": record.name, "target": obs.cname})
            if conflict not in plan.warnings:  # once per name, however many records must live there
                plan.warnings.append(conflict)
                plan.items.append(PlannedRecord("cname_remove", "CNAME", record.name, obs.cname, "remove"))
        if record.purpose == "spf":
            await _plan_spf(plan, record, _values(current, record.name, "TXT"), fetch_txt)
        elif record.purpose == "mx":
            _plan_mx(plan, record, _values(current, record.name, "MX"))
        elif record.purpose == "dmarc":
            existing = [v for v in _values(current, record.name, "TXT") if dmarc.looks_like_dmarc(v)]
            if existing and dmarc.problem(existing[0]) is not None:  # unreadable to mail servers: replace it
                plan.items.append(PlannedRecord(record.key, "TXT", record.name, record.values[0], "replace",
                                                existing[0]))
            elif existing:
                plan.items.append(PlannedRecord(record.key, "TXT", record.name, existing[0], "keep"))
                if existing[0] != record.values[0]:  # the user's own policy, not the one we suggested
                    plan.warnings.append(("plan.dmarc_keep", {"value": existing[0]}))
            else:
                plan.items.append(PlannedRecord(record.key, "TXT", record.name, record.values[0], "add"))
        else:
            value = record.values[0] if record.ready else None
            present = value is not None and value in _values(current, record.name, record.rtype)
            plan.items.append(PlannedRecord(record.key, record.rtype, record.name, value,
                                            "keep" if present else "add"))
    return plan


async def _plan_spf(plan: ChangePlan, record: ExpectedRecord, txt: list[str], fetch_txt) -> None:
    existing = [v for v in txt if spf.is_spf(v)]
    if len(existing) > 1:
        plan.warnings.append(("plan.spf_multiple", {"count": str(len(existing))}))
        # one is replaced by the merged record; each other one is deleted (two SPF records fail SPF entirely)
        for extra in existing[1:]:
            plan.items.append(PlannedRecord("spf_remove", "TXT", record.name, extra, "remove"))
    if not record.ready:
        plan.items.append(PlannedRecord(record.key, "TXT", record.name, None, "add"))
        return
    include = record.values[0][len("include:"):]
    current = existing[0] if existing else None
    # several records become one that still allows every sender any of them did
    merged = spf.merge(spf.combine(existing) if len(existing) > 1 else current, include, record.spf_all)
    action = "add" if current is None else "keep" if merged == current else "replace"
    plan.items.append(PlannedRecord(record.key, "TXT", record.name, merged, action, current))
    if fetch_txt is not None:
        await count_spf_lookups(plan, record, fetch_txt)


async def count_spf_lookups(plan: ChangePlan, record: ExpectedRecord, fetch_txt) -> None:
    """Count the planned SPF record's lookups and warn when over the limit (recursive, so slower)."""
    merged = next((i.value for i in plan.items if i.key == record.key and i.value), None)
    if merged is None:
        return
    plan.spf_lookups = await spf.count_lookups(merged, fetch_txt)
    if plan.spf_lookups.over_limit:
        heaviest = sorted(plan.spf_lookups.by_term.items(), key=lambda kv: -kv[1])
        others = [term for term, _ in heaviest if term != record.values[0].lower()]
        plan.warnings.append(("plan.spf_too_many_lookups", {
            "count": str(plan.spf_lookups.total), "limit": str(spf.LOOKUP_LIMIT),
            "remove": ", ".join(others[:3])}))


def _plan_mx(plan: ChangePlan, record: ExpectedRecord, mx: list[str]) -> None:
    ours = {v.split()[1] for v in record.values} | {h for alt in record.accepted for h in alt}
    for value in record.values:
        action = "keep" if record.ready and value in mx else "add"
        plan.items.append(PlannedRecord(record.key, "MX", record.name, value if record.ready else None, action))
    old = [v for v in mx if v.split()[1] not in ours]
    for value in old:
        plan.items.append(PlannedRecord("mx_remove", "MX", record.name, value, "remove"))
    if old:
        plan.warnings.append(("plan.mx_remove_old", {"old": ", ".join(v.split()[1] for v in old)}))
