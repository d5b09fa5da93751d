"""What one DNS check means for someone who is not looking: everything arrived, still on the way, or something is
wrong (a record at the DNS host that is not what the set-up needs: the old MX back, a second SPF record, a value
changed, a record gone that was there). Pure: the verdicts are the DNS step's own (core/dns/verdict.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailwizard.core.dns.verdict import State

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckResult

ARRIVED, WAITING, WRONG = "arrived", "waiting", "wrong"
# what the DNS host holds is not what the set-up needs: the admin has to act (MISSING only counts for a record
# that was there before, see ``decide``; a record never added is the wait the admin already knows about)
_WRONG_STATES = (State.WRONG, State.CONFLICT)
_WAS_THERE = ("ok", "propagating")


@dataclass(frozen=True)
class Finding:
    """One record that is wrong: its key, where it lives, and the DNS step's message (key, params)."""

    record: str
    name: str
    rtype: str
    message_key: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Outcome:
    kind: str  # ARRIVED, WAITING or WRONG
    findings: tuple[Finding, ...] = ()
    offline: bool = False  # nobody answered: nothing was learnt (WAITING)

    @property
    def fingerprint(self) -> str:
        """Equal for the same news: a watch tells each outcome once, and a new wrong thing again."""
        if self.kind != WRONG:
            return self.kind
        return WRONG + ":" + json.dumps([[f.record, f.message_key, [list(p) for p in f.params if p[0] != "seconds"]]
                                         for f in self.findings], ensure_ascii=False, sort_keys=True)

    @property
    def news(self) -> bool:
        """Worth a notification (waiting is not)."""
        return self.kind in (ARRIVED, WRONG)


def _nobody_answered(result: CheckResult) -> bool:
    cells = [c for status in result.records for c in status.cells if c.state is not State.WAITING]
    return bool(cells) and all(c.state in (State.TIMEOUT, State.ERROR) for c in cells)


def decide(result: CheckResult, before: dict | None = None) -> Outcome:
    """``before``: the DNS panel's last saved snapshot (core/session/dns.snapshot), to see a record that went away."""
    from mailwizard.core.dns.check import failing

    if result.done:
        return Outcome(ARRIVED)
    if _nobody_answered(result):
        return Outcome(WAITING, offline=True)
    seen = (before or {}).get("records", {}) if (before or {}).get("domain") == result.domain else {}
    failing_keys = failing(result)
    findings = []
    for status in result.records:
        record = status.record
        was = seen.get(record.key, {}).get("state") if isinstance(seen.get(record.key), dict) else None
        if status.state in _WRONG_STATES or (status.state is State.MISSING and was in _WAS_THERE):
            findings.append(Finding(record.key, record.name, record.rtype, status.message_key,
                                    tuple(sorted(status.params.items()))))
        for key, params in failing_keys.get(record.key, []):
            findings.append(Finding(record.key, record.name, record.rtype, key, tuple(sorted(params.items()))))
    return Outcome(WRONG, tuple(findings)) if findings else Outcome(WAITING)
