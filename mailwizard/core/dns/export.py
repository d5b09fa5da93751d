"""The planned records as a BIND zone-file snippet, for DNS hosts that import zone files."""

from __future__ import annotations

from mailwizard.core.dns.plan import ChangePlan
from mailwizard.core.dns.zone_text import txt_rdata


def bind_snippet(domain: str, plan: ChangePlan, ttl: int = 3600) -> str:
    lines = [f"; Records for {domain}, made by MailWizard. Remove the lines marked REMOVE at your DNS host.",
             f"$ORIGIN {domain}.", f"$TTL {ttl}"]
    for item in plan.items:
        owner = "@" if item.name == domain else item.name[: -len(domain) - 1]
        if item.action == "unread":
            lines.append(f"; {owner} {item.rtype}: your DNS host did not answer; check again before adding it")
            continue
        if item.value is None:
            lines.append(f"; {owner} {item.rtype}: value not known yet (connect the provider or paste it)")
            continue
        if item.rtype == "TXT":
            rdata = txt_rdata(item.value)  # 255 bytes a string, not 255 characters
        elif item.rtype in ("MX",):
            priority, host = item.value.split(maxsplit=1)
            rdata = f"{priority} {host.rstrip('.')}."
        else:
            rdata = item.value.rstrip(".") + "."
        line = f"{owner}\tIN\t{item.rtype}\t{rdata}"
        lines.append(f"; REMOVE: {line}" if item.action == "remove" else line)
    return "\n".join(lines) + "\n"
