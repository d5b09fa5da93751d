"""A run's backup as a BIND zone-file snippet: the records MailWizard changed or removed, as they were, to keep
or to put back by hand (most DNS hosts import zone files), and the records it added, as comments."""

from __future__ import annotations

from mailwizard.core.dns.zone_text import txt_rdata
from mailwizard.core.dnshosts.api import ZoneRecord, relative_name
from mailwizard.core.dnshosts.apply import Run
from mailwizard.core.dnshosts.changes import ADD


def rdata(record: ZoneRecord) -> str:
    if record.rtype == "TXT":
        return txt_rdata(record.value)
    if record.rtype == "MX":
        priority, host = record.value.split(None, 1)
        return f"{priority} {host.rstrip('.')}."
    if record.rtype in ("CNAME", "NS"):
        return record.value.rstrip(".") + "."
    return record.value


def zone_line(record: ZoneRecord, apex: str) -> str:
    return f"{relative_name(record.name, apex)}\t{record.ttl}\tIN\t{record.rtype}\t{rdata(record)}"


def backup_snippet(run: Run) -> str:
    apex = run.domain.rstrip(".").lower()
    backup = run.backup
    lines = [f"; Backup made by MailWizard of {apex} at the DNS host {run.host_id} ({run.started}).",
             "; These records were changed or removed; they are restored exactly by \"Undo these changes\".",
             f"$ORIGIN {apex}.", f"$TTL {min((r.ttl for r in backup), default=600)}"]
    lines += [zone_line(record, apex) for record in backup]
    added = [c.after for c in run.changes if c.op == ADD and c.after is not None]
    if added:
        lines.append("; Added by MailWizard (remove these to undo by hand):")
        lines += [f"; {zone_line(record, apex)}" for record in added]
    return "\n".join(lines) + "\n"
