"""The MX cut-over advice: when to switch the domain's mail to the new provider so that no message is lost, from
the TTL the domain's MX records have now (asked of its authoritative servers through core/dns; a resolver's
answer, whose TTL counts down, only when they cannot be asked).

The steps, each a message key (``migprep.cutover.<step>``) with its parameters:
1. ``lower_ttl`` — a day or more (the current TTL, at least) before the switch, lower the MX TTL to 300 seconds
   (5 minutes), so resolvers forget the old servers quickly. Resolvers keep an answer for its TTL (RFC 1035
   §3.2.1, https://www.rfc-editor.org/rfc/rfc1035); lowering it only takes effect once the old, longer TTL has run
   out — hence "wait at least the current TTL". Skipped when it is already ≤ 300.
2. ``copy_first`` — copy the old mail in before the switch (the bulk of it, while the old mailbox is in use).
3. ``switch`` — change the MX records to the provider's; senders' servers follow within the (lowered) TTL.
4. ``keep_old`` — keep the old mailboxes open (not cancelled) for some days: mail sent by servers still holding the
   old answer, or queued and retried (retries go on for 4–5 days, RFC 5321 §4.5.4.1,
   https://www.rfc-editor.org/rfc/rfc5321), still lands there.
5. ``final_copy`` — after that, copy again: only what arrived in the old mailboxes since (the copy is exactly once,
   nothing is copied twice), then the old service can be closed.
6. ``restore_ttl`` — put the TTL back up (3600 s) once all is well."""

from __future__ import annotations

from dataclasses import dataclass, field

LOW_TTL = 300          # seconds: what to lower the MX TTL to ahead of the switch
NORMAL_TTL = 3600      # what to put it back to afterwards
KEEP_OLD_DAYS = 7      # RFC 5321 retries last 4–5 days; a week covers them and a weekend
STEP_KEYS = tuple(f"migprep.cutover.{k}" for k in ("lower_ttl", "lower_ttl_unknown", "copy_first", "switch",
                                                    "keep_old", "final_copy", "restore_ttl"))


@dataclass(frozen=True)
class CutoverStep:
    key: str                               # migprep.cutover.<step>
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CutoverPlan:
    """``ttl``: the MX TTL now (None: no MX record, or it could not be read); ``mx``: the MX hosts now;
    ``authoritative``: read from the domain's own servers (else a resolver's, counting down: at most this);
    ``already_new``: the MX records point at the new provider already; ``steps`` in order."""

    domain: str
    ttl: int | None
    mx: tuple[str, ...]
    authoritative: bool
    already_new: bool
    steps: tuple[CutoverStep, ...]


def _hours(seconds: int) -> str:
    # one old TTL at least, in whole hours; never under two (a margin, and "1 hours" reads badly in the advice)
    return str(max(2, -(-seconds // 3600)))


def advise(domain: str, ttl: int | None, mx: tuple[str, ...], new_mx: tuple[str, ...] = (), *,
           authoritative: bool = True) -> CutoverPlan:
    """The advice for ``domain`` whose MX records are ``mx`` ("10 host" or "host") with TTL ``ttl`` now;
    ``new_mx``: the provider's MX hosts (from its [dns] data), to tell whether the switch is done already."""
    hosts = tuple(sorted({m.split()[-1].rstrip(".").lower() for m in mx if m.strip()}))
    wanted = {h.rstrip(".").lower() for h in new_mx}
    already = bool(hosts) and bool(wanted) and set(hosts) <= wanted
    steps: list[CutoverStep] = []
    if not already:
        if ttl is None:
            steps.append(CutoverStep("migprep.cutover.lower_ttl_unknown", {"low": str(LOW_TTL)}))
        elif ttl > LOW_TTL:
            steps.append(CutoverStep("migprep.cutover.lower_ttl",
                                     {"ttl": str(ttl), "low": str(LOW_TTL), "hours": _hours(ttl)}))
        steps.append(CutoverStep("migprep.cutover.copy_first"))
        steps.append(CutoverStep("migprep.cutover.switch", {"ttl": str(min(ttl or LOW_TTL, LOW_TTL))}))
    steps.append(CutoverStep("migprep.cutover.keep_old", {"days": str(KEEP_OLD_DAYS)}))
    steps.append(CutoverStep("migprep.cutover.final_copy"))
    lowered = ttl is None or ttl > LOW_TTL
    if (not already and lowered) or (already and ttl is not None and ttl < NORMAL_TTL):
        steps.append(CutoverStep("migprep.cutover.restore_ttl", {"ttl": str(NORMAL_TTL)}))
    return CutoverPlan(domain, ttl, hosts, authoritative, already, tuple(steps))


async def read_mx(domain: str, resolvers: list, *, nameservers: tuple = (), port: int = 53,
                  timeout: float = 2.0) -> tuple[int | None, tuple[str, ...], bool]:
    """(TTL, MX values, whether from an authoritative server): asked of the domain's own servers first (their TTL
    is the zone's, not a cache's countdown), else of the resolvers."""
    from mailwizard.core.dns.authority import find_authoritative
    from mailwizard.core.dns.probe import ask

    servers = tuple(nameservers)
    if not servers:
        servers = (await find_authoritative(domain, list(resolvers), port=port, timeout=timeout)).servers
    for vantage in servers:
        found = await ask(domain, "MX", vantage, timeout)
        if found.status == "answer":
            return found.ttl, found.values, True
        if found.status in ("nxdomain", "nodata"):
            return None, (), True
    for vantage in resolvers:
        found = await ask(domain, "MX", vantage, timeout)
        if found.status == "answer":
            return found.ttl, found.values, False
        if found.status in ("nxdomain", "nodata"):
            return None, (), False
    return None, (), False
