"""Verdicts: what one vantage point's answer means for one expected record. Pure functions.

Each verdict carries a state (for icon + colour + word) and a message key with parameters
that says what is wrong and what to do; the UI translates it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

from mailwizard.core.dns import dmarc, spf
from mailwizard.core.dns.expected import ExpectedRecord
from mailwizard.core.dns.probe import Observation


class State(Enum):
    OK = "ok"
    MISSING = "missing"
    WRONG = "wrong"
    CONFLICT = "conflict"
    PROPAGATING = "propagating"
    TIMEOUT = "timeout"
    ERROR = "error"
    WAITING = "waiting"   # the expected value is not known yet (provider not connected)


@dataclass(frozen=True)
class Verdict:
    record: str          # ExpectedRecord.key
    vantage: str         # Vantage.label
    state: State
    message_key: str
    params: dict[str, str] = field(default_factory=dict)
    observed: tuple[str, ...] = ()
    ttl: int | None = None


def _v(record: ExpectedRecord, obs: Observation, state: State, key: str, **params: str) -> Verdict:
    return Verdict(record.key, obs.vantage.label, state, key, params, obs.values, obs.ttl)


def judge(record: ExpectedRecord, obs: Observation, domain: str, doubled: Observation | None = None) -> Verdict:
    """One cell of the grid. ``doubled``: the same question at name.domain.domain, asked to
    catch a DNS host that appended the domain to a name that already had it."""
    if not record.ready:
        return _v(record, obs, State.WAITING, "dns.waiting_for_value", value=", ".join(record.waiting_for))
    if obs.status == "timeout":
        return _v(record, obs, State.TIMEOUT, "dns.timeout")
    if obs.status in ("servfail", "refused", "error"):
        return _v(record, obs, State.ERROR, f"dns.{obs.status}")
    if obs.cname is not None and record.rtype != "CNAME":
        return _v(record, obs, State.CONFLICT, "dns.cname_conflict", name=record.name, target=obs.cname)
    if obs.status in ("nxdomain", "nodata") or not obs.values:
        if doubled is not None and doubled.values:
            return _v(record, obs, State.WRONG, "dns.doubled_name", name=record.name, found=doubled.name)
        return _v(record, obs, State.MISSING, "dns.missing", name=record.name, type=record.rtype)
    if record.purpose == "mx":
        return _judge_mx(record, obs, domain)
    if record.purpose == "spf":
        return _judge_spf(record, obs)
    if record.purpose == "dmarc":
        return _judge_dmarc(record, obs)
    if record.rtype == "CNAME":
        return _judge_cname(record, obs, domain)
    return _judge_txt(record, obs)


def _judge_mx(record: ExpectedRecord, obs: Observation, domain: str) -> Verdict:
    want = [(int(v.split()[0]), v.split()[1]) for v in record.values]
    seen = [(int(v.split()[0]), v.split()[1]) for v in obs.values]
    want_hosts = {h for _, h in want}
    seen_hosts = {h for _, h in seen}
    if seen_hosts == want_hosts and _same_order(want, seen):
        return _v(record, obs, State.OK, "dns.ok")
    if any(seen_hosts == set(alt) for alt in record.accepted):
        return _v(record, obs, State.OK, "dns.ok_alternative")
    appended = {h for h in seen_hosts if h.endswith("." + domain) and h[: -len(domain) - 1] in want_hosts}
    if appended:
        return _v(record, obs, State.WRONG, "dns.target_appended", found=sorted(appended)[0],
                  expected=sorted(appended)[0][: -len(domain) - 1])
    old = seen_hosts - want_hosts - {h for alt in record.accepted for h in alt}
    if want_hosts <= seen_hosts and old:
        best_ours = min(p for p, h in seen if h in want_hosts)
        if any(p <= best_ours for p, h in seen if h in old):
            return _v(record, obs, State.WRONG, "dns.mx_old_first", old=", ".join(sorted(old)))
        return _v(record, obs, State.WRONG, "dns.mx_old_present", old=", ".join(sorted(old)))
    if seen_hosts == want_hosts:
        return _v(record, obs, State.WRONG, "dns.mx_priority_swapped")
    if old and not seen_hosts & want_hosts:  # only the old service: a new record to add, not a value to change
        return _v(record, obs, State.WRONG, "dns.mx_old_only", old=", ".join(sorted(old)))
    return _v(record, obs, State.WRONG, "dns.wrong_value", found=", ".join(obs.values))


def _same_order(want: list[tuple[int, str]], seen: list[tuple[int, str]]) -> bool:
    """Priorities need not be equal, but their order must be: the primary must stay primary."""
    seen_priority = {h: p for p, h in seen}
    ordered = sorted(want)
    return all(seen_priority[a[1]] < seen_priority[b[1]] for a, b in pairwise(ordered)
               if a[0] < b[0])


def _pasting_problem(value: str, expected: str) -> str | None:
    if value.strip().strip('"').strip("'") == expected and value != expected:
        return "dns.txt_quotes" if value.strip()[:1] in "\"'" else "dns.txt_spaces"
    return None


def _judge_spf(record: ExpectedRecord, obs: Observation) -> Verdict:
    records = [v for v in obs.values if spf.is_spf(v.strip().strip('"'))]
    if not records:
        return _v(record, obs, State.MISSING, "dns.spf_missing")
    if len(records) > 1:
        return _v(record, obs, State.CONFLICT, "dns.spf_multiple", count=str(len(records)))
    text = records[0]
    if text != text.strip().strip('"'):
        return _v(record, obs, State.WRONG, "dns.txt_quotes" if text.strip()[:1] == '"' else "dns.txt_spaces")
    mechanism = record.values[0].lower()
    if mechanism[len("include:"):] not in spf.includes(text):
        return _v(record, obs, State.WRONG, "dns.spf_missing_include", include=mechanism, found=text)
    return _v(record, obs, State.OK, "dns.ok")


def _judge_dmarc(record: ExpectedRecord, obs: Observation) -> Verdict:
    records = [v for v in obs.values if dmarc.looks_like_dmarc(v)]
    if not records:
        return _v(record, obs, State.MISSING, "dns.missing", name=record.name, type="TXT")
    if len(records) > 1:
        return _v(record, obs, State.CONFLICT, "dns.dmarc_multiple", count=str(len(records)))
    wrong = dmarc.problem(records[0])
    if wrong is not None:  # mail servers ignore it: as good as none, and it is to be replaced, not joined
        return _v(record, obs, State.WRONG, "dns.dmarc_invalid", found=records[0], part=wrong,
                  expected=record.values[0])
    return _v(record, obs, State.OK, "dns.ok_existing_kept" if records[0] != record.values[0] else "dns.ok")


def _judge_cname(record: ExpectedRecord, obs: Observation, domain: str) -> Verdict:
    target = (obs.cname or (obs.values[0] if obs.values else "")).lower().rstrip(".")
    expected = record.values[0]
    if target == expected:
        return _v(record, obs, State.OK, "dns.ok")
    if target == f"{expected}.{domain}":
        return _v(record, obs, State.WRONG, "dns.target_appended", found=target, expected=expected)
    return _v(record, obs, State.WRONG, "dns.wrong_value", found=target)


def _judge_txt(record: ExpectedRecord, obs: Observation) -> Verdict:
    expected = record.values[0]
    squeeze = expected.replace(" ", "") if record.purpose == "dkim" else None
    for value in obs.values:
        if value == expected or (squeeze is not None and value.replace(" ", "") == squeeze):
            return _v(record, obs, State.OK, "dns.ok")
    for value in obs.values:
        problem = _pasting_problem(value, expected)
        if problem:
            return _v(record, obs, State.WRONG, problem)
    return _v(record, obs, State.WRONG if record.purpose != "verification" else State.MISSING,
              "dns.wrong_value" if record.purpose != "verification" else "dns.missing",
              found="; ".join(obs.values), name=record.name, type=record.rtype)


def with_propagation(cells: list[Verdict], authoritative: set[str]) -> list[Verdict]:
    """A resolver that disagrees with authoritative servers that are right is still catching up:
    "propagating", with its cached answer's TTL as the time left."""
    auth = [c for c in cells if c.vantage in authoritative]
    if not auth or not all(c.state is State.OK for c in auth):
        return cells
    out = []
    for cell in cells:
        if cell.vantage not in authoritative and cell.state in (State.MISSING, State.WRONG, State.CONFLICT):
            eta = str(cell.ttl) if cell.ttl is not None else ""
            out.append(Verdict(cell.record, cell.vantage, State.PROPAGATING, "dns.propagating", {"seconds": eta},
                               cell.observed, cell.ttl))
        else:
            out.append(cell)
    return out
