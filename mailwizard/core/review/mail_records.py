"""The regular review's mail records: the domain's MX, SPF, DKIM and DMARC read again through the DNS step's own
check (core/dns/check.py, expected.py, verdict.py) and said in plain words: what drifted since the set-up (a record
gone, changed, doubled, an SPF that now needs too many look-ups), and, where DMARC only watches (p=none), the one
next step to ``quarantine``: the record to publish, where its reports go, and why only once they show no
legitimate sender failing. No Qt: the window and the command line give the message keys their words
(ui/messages/review_doc.py; the report's own texts in resources/review_report/<lang>.toml).

DMARC: RFC 7489 §6.3 (tags p, rua, sp, pct: https://www.rfc-editor.org/rfc/rfc7489#section-6.3), §6.6.4 (a
receiver's handling of p=quarantine: https://www.rfc-editor.org/rfc/rfc7489#section-6.6.4); reports to an address
at another domain need that domain's consent record (§7.1: https://www.rfc-editor.org/rfc/rfc7489#section-7.1), so
the address proposed is at the company's own domain; postmaster@ exists at every mail domain (RFC 5321 §4.5.1:
https://www.rfc-editor.org/rfc/rfc5321#section-4.5.1)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from mailwizard.core.dns import dmarc
from mailwizard.core.dns.verdict import State

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckConfig, CheckResult, RecordStatus
    from mailwizard.core.dns.expected import ExpectedRecord

PURPOSES = ("mx", "spf", "dkim", "dmarc")  # what the review re-checks (not the one-off ownership proof)

# RecordLine.state
OK, DRIFT, ADVICE, UNREAD, ON_ITS_WAY, UNKNOWN = "ok", "drift", "advice", "unread", "on_its_way", "unknown"

MESSAGE_KEYS = (
    "reviewdoc.record_ok", "reviewdoc.record_on_its_way", "reviewdoc.record_unread", "reviewdoc.record_unknown",
    "reviewdoc.mx_missing", "reviewdoc.mx_changed", "reviewdoc.spf_missing", "reviewdoc.spf_changed",
    "reviewdoc.spf_multiple", "reviewdoc.spf_too_many_lookups", "reviewdoc.dkim_missing", "reviewdoc.dkim_changed",
    "reviewdoc.dmarc_missing", "reviewdoc.dmarc_invalid", "reviewdoc.dmarc_multiple", "reviewdoc.cname_conflict",
    "reviewdoc.dmarc_start", "reviewdoc.dmarc_quarantine",
)


@dataclass(frozen=True)
class RecordLine:
    key: str              # ExpectedRecord.key ("mx", "spf", "dkim", "dmarc", "dkim2"…)
    purpose: str          # one of PURPOSES
    name: str             # where it lives (ASCII, no trailing dot)
    state: str            # OK, DRIFT, ADVICE, UNREAD, ON_ITS_WAY, UNKNOWN
    message_key: str      # reviewdoc.*
    params: dict[str, str] = field(default_factory=dict)  # name, found, expected, count


@dataclass(frozen=True)
class DmarcStep:
    """The one DMARC step to take now: ``start`` (no usable record: publish one that only watches, with reports)
    or ``quarantine`` (p=none for a while: receivers may now put failing mail in spam)."""

    kind: str             # "start" | "quarantine"
    name: str             # _dmarc.<domain>
    current: str          # the record published now ("" for none)
    proposed: str         # the whole new record value to publish instead
    rua: str              # the address aggregate reports go to
    provider: str = ""    # the provider's name, for the message

    @property
    def message_key(self) -> str:
        return f"reviewdoc.dmarc_{self.kind}"

    @property
    def params(self) -> dict[str, str]:
        return {"name": self.name, "current": self.current, "proposed": self.proposed, "rua": self.rua,
                "provider": self.provider}


@dataclass(frozen=True)
class RecordsReview:
    domain: str
    checked_at: str                       # ISO, UTC
    lines: tuple[RecordLine, ...] = ()
    dmarc_step: DmarcStep | None = None

    @property
    def drift(self) -> tuple[RecordLine, ...]:
        return tuple(line for line in self.lines if line.state == DRIFT)

    @property
    def unread(self) -> bool:
        """Nothing could be read (offline): the review says so rather than "all gone"."""
        return bool(self.lines) and all(line.state == UNREAD for line in self.lines)

    def to_json(self) -> dict:
        return {"domain": self.domain, "checked_at": self.checked_at, "lines": [asdict(x) for x in self.lines],
                "dmarc_step": asdict(self.dmarc_step) if self.dmarc_step else None}

    @classmethod
    def from_json(cls, data: dict) -> RecordsReview:
        step = data.get("dmarc_step")
        return cls(str(data.get("domain", "")), str(data.get("checked_at", "")),
                   tuple(RecordLine(**x) for x in data.get("lines", ())), DmarcStep(**step) if step else None)


async def check_records(domain: str, records: list[ExpectedRecord], config: CheckConfig, *,
                        report_to: str = "", provider: str = "") -> RecordsReview:
    """Read the records as the DNS step does (its SPF look-ups counted too) and review them."""
    from mailwizard.core.watch.run import check_as_the_dns_step

    wanted = [r for r in records if r.purpose in PURPOSES]
    return review(await check_as_the_dns_step(domain, wanted, config), report_to=report_to, provider=provider)


def review(result: CheckResult, *, report_to: str = "", provider: str = "") -> RecordsReview:
    """``result``: the DNS step's check; ``report_to``: who should get DMARC reports where none are asked yet (an
    address at the domain; else postmaster@); ``provider``: its name, a param of every finding's message (a
    window in another language may give its own)."""
    from mailwizard.core.dns.check import failing

    failures = failing(result)
    authoritative = {v.label for v in result.delegation.servers}
    lines = []
    for status in result.records:
        if status.record.purpose not in PURPOSES:
            continue
        lines.append(_line(status, _found(status, authoritative), failures.get(status.record.key, []), provider))
    dmarc_status = next((s for s in result.records if s.record.purpose == "dmarc"), None)
    step = None
    if dmarc_status is not None:
        step = dmarc_step(result.domain, dmarc_status, _found(dmarc_status, authoritative), report_to, provider)
    return RecordsReview(result.domain, result.checked_at.isoformat(), tuple(lines), step)


def _found(status: RecordStatus, authoritative: set[str]) -> tuple[str, ...]:
    """What the domain's own servers hold (a resolver's copy where none answered)."""
    cells = sorted(status.cells, key=lambda c: c.vantage not in authoritative)
    for cell in cells:
        if cell.state not in (State.TIMEOUT, State.ERROR):
            return cell.observed
    return ()


def _line(status: RecordStatus, found: tuple[str, ...], failures: list, provider: str) -> RecordLine:
    record = status.record
    params = {"name": record.name, "found": "; ".join(found), "expected": "; ".join(record.values),
              "provider": provider}
    purpose = record.purpose

    def line(state: str, key: str, **extra: str) -> RecordLine:
        return RecordLine(record.key, purpose, record.name, state, f"reviewdoc.{key}", {**params, **extra})

    if failures:  # read as planned everywhere, yet failing at every receiver
        return line(DRIFT, "spf_too_many_lookups", count=failures[0][1].get("count", ""))
    state = status.state
    if state is State.OK:
        return line(OK, "record_ok")
    if state is State.PROPAGATING:
        return line(ON_ITS_WAY, "record_on_its_way")
    if state in (State.TIMEOUT, State.ERROR):
        return line(UNREAD, "record_unread")
    if state is State.WAITING:
        return line(UNKNOWN, "record_unknown")
    if state is State.MISSING:
        return line(ADVICE if purpose == "dmarc" else DRIFT, f"{purpose}_missing")
    key = status.message_key
    if key == "dns.cname_conflict":
        return line(DRIFT, "cname_conflict", target=status.params.get("target", ""))
    if key in ("dns.spf_multiple", "dns.dmarc_multiple"):
        return line(DRIFT, f"{purpose}_multiple", count=status.params.get("count", str(len(found))))
    if key == "dns.dmarc_invalid":
        return line(DRIFT, "dmarc_invalid", part=status.params.get("part", ""))
    if purpose == "dmarc":  # a DMARC record is judged by its validity only: any other finding reads as invalid
        return line(DRIFT, "dmarc_invalid", part="")
    return line(DRIFT, f"{purpose}_changed")


def dmarc_step(domain: str, status: RecordStatus, found: tuple[str, ...], report_to: str = "",
               provider: str = "") -> DmarcStep | None:
    """None when DMARC already asks receivers to act (quarantine or reject), or cannot be read."""
    if status.state in (State.TIMEOUT, State.ERROR, State.WAITING):
        return None
    records = [v.strip().strip('"') for v in found if dmarc.looks_like_dmarc(v)]
    name = status.record.name
    usable = records[0] if len(records) == 1 and dmarc.problem(records[0]) is None else None
    if usable is None:
        rua = report_address(domain, report_to)
        return DmarcStep("start", name, "; ".join(records), f"v=DMARC1; p=none; rua=mailto:{rua}", rua, provider)
    tags = _tags(usable)
    if tags.get("p", "").lower() != "none":
        return None
    rua = tags.get("rua", "")
    if not rua:
        rua = f"mailto:{report_address(domain, report_to)}"
    new = {"v": "DMARC1", **{k: v for k, v in tags.items() if k != "v"}, "p": "quarantine", "rua": rua}
    ordered = ["v", "p"] + [k for k in new if k not in ("v", "p")]
    proposed = "; ".join(f"{k}={new[k]}" for k in ordered)
    shown = ", ".join(a.strip().removeprefix("mailto:") for a in rua.split(","))
    return DmarcStep("quarantine", name, usable, proposed, shown, provider)


def _tags(text: str) -> dict[str, str]:
    """A valid record's tags in their order, names lower case, values as written."""
    pairs: dict[str, str] = {}
    for tag in text.split(";"):
        key, sep, value = tag.partition("=")
        if sep:
            pairs[key.strip().lower()] = value.strip()
    return pairs


def report_address(domain: str, wanted: str = "") -> str:
    """Where DMARC reports go: the address given when it is at the domain itself, else postmaster@<domain>."""
    wanted = wanted.strip().lower()
    if wanted.endswith("@" + domain.lower()) and " " not in wanted and ";" not in wanted and "," not in wanted:
        return wanted
    return f"postmaster@{domain}"
