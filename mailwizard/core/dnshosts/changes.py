"""The changes to make through a DNS host's API, from the same plan the DNS step shows (core/dns/plan.py).

The zone's listing stands in for the authoritative answers the plan is normally given; each planned item then
becomes a change to one listed record: add, update in place (the merged SPF record, a DMARC record mail servers
cannot read), or delete (the old service's MX, a second SPF record, a CNAME where a mail record must live).
Records the plan does not name are never touched."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from mailwizard.core.dns.expected import ExpectedRecord
from mailwizard.core.dns.plan import ChangePlan, PlannedRecord, plan_changes
from mailwizard.core.dns.probe import Observation, Vantage
from mailwizard.core.dnshosts.api import ZoneRecord

ADD, UPDATE, DELETE = "add", "update", "delete"
NEW_TTL = 600  # seconds, for records MailWizard adds: the least most hosts accept on their free plans
_API = Vantage("api", "dns-host")  # the zone's listing, read through the host's API


@dataclass(frozen=True)
class Change:
    """One change to one record. ``reason``: a message key (ui/messages/dnshost.py) with ``params``."""

    op: str                       # ADD | UPDATE | DELETE
    before: ZoneRecord | None     # the listed record changed or deleted (None for an add)
    after: ZoneRecord | None      # what it becomes (None for a delete)
    reason: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def record(self) -> ZoneRecord:
        """The record the change is about: the new one, or the one deleted."""
        return self.after if self.after is not None else self.before  # type: ignore[return-value]

    def to_json(self) -> dict:
        return {"op": self.op, "before": self.before.to_json() if self.before else None,
                "after": self.after.to_json() if self.after else None, "reason": self.reason,
                "params": dict(self.params)}

    @classmethod
    def from_json(cls, data: dict) -> Change:
        return cls(data["op"], ZoneRecord.from_json(data["before"]) if data.get("before") else None,
                   ZoneRecord.from_json(data["after"]) if data.get("after") else None, data["reason"],
                   {str(k): str(v) for k, v in (data.get("params") or {}).items()})

    def same_as(self, other: Change) -> bool:
        """The same change whatever the records' ids (a preview compared with a fresh listing's)."""
        def content(record: ZoneRecord | None):
            return None if record is None else (record.name, record.rtype, record.value)
        return (self.op, content(self.before), content(self.after)) == \
            (other.op, content(other.before), content(other.after))


@dataclass(frozen=True)
class ZoneChanges:
    changes: list[Change]
    warnings: list[tuple[str, dict[str, str]]]
    plan: ChangePlan


def observations(listing: list[ZoneRecord], questions: set[tuple[str, str]]) -> dict[tuple[str, str], Observation]:
    """The listing as the authoritative server would answer each (name, type): the values, an alias (CNAME) at the
    name, or no such record."""
    current: dict[tuple[str, str], Observation] = {}
    names = {r.name for r in listing}
    for name, rtype in questions:
        values = tuple(r.value for r in listing if r.name == name and r.rtype == rtype)
        alias = next((r.value for r in listing if r.name == name and r.rtype == "CNAME"), None)
        if rtype == "CNAME":
            alias = None
        if values:
            current[(name, rtype)] = Observation(name, rtype, _API, "answer", values, None, alias)
        else:
            current[(name, rtype)] = Observation(name, rtype, _API, "nodata" if name in names else "nxdomain",
                                                 (), None, alias)
    return current


def _reason(item: PlannedRecord, purpose: str) -> tuple[str, dict[str, str]]:
    if item.action == "remove":
        if item.key == "mx_remove":
            return "dnshost.reason.remove_old_mx", {"host": item.value.split(None, 1)[-1] if item.value else ""}
        if item.key == "spf_remove":
            return "dnshost.reason.remove_extra_spf", {"value": item.value or ""}
        return "dnshost.reason.remove_cname", {"name": item.name, "target": item.value or ""}
    if item.action == "replace":
        if purpose == "spf":
            return "dnshost.reason.merge_spf", {"old": item.replaces or "", "new": item.value or ""}
        return "dnshost.reason.replace_dmarc", {"old": item.replaces or "", "new": item.value or ""}
    known = {"mx", "spf", "verification", "dkim", "dmarc"}
    return f"dnshost.reason.add_{purpose if purpose in known else 'record'}", {"name": item.name,
                                                                               "type": item.rtype}


def _take(listing: list[ZoneRecord], used: set[int], name: str, rtype: str, value: str | None) -> ZoneRecord | None:
    """The listed record with this content not taken yet by another change (two identical records: each once)."""
    for index, record in enumerate(listing):
        if index not in used and (record.name, record.rtype, record.value) == (name, rtype, value):
            used.add(index)
            return record
    return None


def changes_from_plan(plan: ChangePlan, records: list[ExpectedRecord], listing: list[ZoneRecord]) -> ZoneChanges:
    purposes = {r.key: r.purpose for r in records}
    changes: list[Change] = []
    warnings = list(plan.warnings)
    used: set[int] = set()
    for item in plan.items:
        purpose = purposes.get(item.key, "")
        if item.action in ("keep", "unread"):
            continue
        if item.value is None:  # the provider has not given the value yet: nothing to write for it
            warnings.append(("dnshost.value_missing", {"name": item.name, "type": item.rtype}))
            continue
        reason, params = _reason(item, purpose)
        if item.action == "add":
            changes.append(Change(ADD, None, ZoneRecord(item.name, item.rtype, item.value, NEW_TTL), reason, params))
        elif item.action == "replace":
            old = _take(listing, used, item.name, item.rtype, item.replaces)
            if old is None:  # the plan read it from this listing: it is there
                raise ValueError(f"planned {item.key} replaces a record the listing does not hold")
            changes.append(Change(UPDATE, old, replace(old, value=item.value), reason, params))
        elif item.action == "remove":
            old = _take(listing, used, item.name, item.rtype, item.value)
            if old is None:
                raise ValueError(f"planned {item.key} removes a record the listing does not hold")
            changes.append(Change(DELETE, old, None, reason, params))
    return ZoneChanges(changes, warnings, plan)


async def plan_zone(records: list[ExpectedRecord], listing: list[ZoneRecord],
                    fetch_txt: Callable[[str], Awaitable[list[str]]] | None = None) -> ZoneChanges:
    """The DNS step's plan, made from the zone's listing, as changes to its records. ``fetch_txt`` counts the SPF
    record's lookups (as the DNS step does); None leaves them uncounted."""
    questions = {(r.name, r.rtype) for r in records}
    plan = await plan_changes(records, observations(listing, questions), fetch_txt)
    return changes_from_plan(plan, records, listing)
