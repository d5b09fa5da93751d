"""The records a provider needs for a domain: the provider's `[dns]` table (core.catalogue), filled in.

Values that only the provider can give (a verification token, a DKIM key, a per-tenant MX
host) are value fields such as ``{verification}``; until they are known the record says which
value it is waiting for, and the user can paste it from the provider's console.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailwizard.core.catalogue import LANGS, Text
from mailwizard.core.catalogue import provider_dns as load_provider_dns  # the old name, for its callers
from mailwizard.core.catalogue_sections import DnsRecord, MxHost, ProviderDns

__all__ = ["DEFAULT_DMARC", "ExpectedRecord", "MxHost", "ProviderDns", "expected_records", "fill", "fqdn",
           "load_provider_dns"]

VALUE_FIELD = re.compile(r"\{([a-z0-9_]+)\}")
DEFAULT_DMARC = "v=DMARC1; p=none"


@dataclass(frozen=True)
class ExpectedRecord:
    """One record to publish. ``name`` is the ASCII FQDN without the trailing dot.

    ``values``: MX → "priority host" strings; TXT → the exact text (for SPF the mechanism
    that must be included, e.g. "include:_spf.google.com"); CNAME → the target.
    ``waiting_for``: value fields still unknown; the record cannot be checked until filled."""

    key: str
    purpose: str        # "verification" | "mx" | "spf" | "dkim" | "dmarc" | "cname"
    rtype: str          # "MX" | "TXT" | "CNAME"
    name: str
    values: tuple[str, ...]
    required: bool
    source: str
    accepted: tuple[tuple[str, ...], ...] = ()  # other complete MX host sets the checker accepts
    waiting_for: tuple[str, ...] = ()
    spf_all: str = "~all"
    note: dict[str, str] | None = field(default=None, compare=False)  # where to find the value, per language

    @property
    def ready(self) -> bool:
        return not self.waiting_for


def _per_language(text: Text | None) -> dict[str, str] | None:
    return {lang: text.get(lang) for lang in LANGS} if text is not None else None


def fill(text: str, domain: str, values: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    """Fill the value fields; returns the text and the fields that are still unknown."""
    # {domain} and {domain_dashed} come from the domain itself; everything else from the provider or the user
    known = {"domain": domain, "domain_dashed": domain.replace(".", "-"),
             **{k: v.strip() for k, v in values.items() if v and v.strip()}}
    missing = tuple(dict.fromkeys(p for p in VALUE_FIELD.findall(text) if p not in known))
    return VALUE_FIELD.sub(lambda m: known.get(m.group(1), m.group(0)), text), missing


def fqdn(relative: str, domain: str) -> str:
    relative = relative.strip().rstrip(".").lower()
    return domain if relative in ("", "@") else f"{relative}.{domain}"


def expected_records(dns: ProviderDns, domain: str, values: dict[str, str]) -> list[ExpectedRecord]:
    """Everything to publish for ``domain`` (ASCII), in the order the user should add it."""
    records: list[ExpectedRecord] = []
    extra = {r.key: r for r in dns.records}
    verification = extra.pop("verification", None)
    if verification is not None:
        records.append(_from_table(verification, "verification", domain, values))
    mx_values, mx_missing = [], []
    for mx in dns.mx:
        host, missing = fill(mx.host, domain, values)
        mx_values.append(f"{mx.priority} {host.lower().rstrip('.')}")
        mx_missing += missing
    if mx_values:
        records.append(ExpectedRecord("mx", "mx", "MX", domain, tuple(mx_values), True, dns.source,
                                      accepted=dns.mx_accepted, waiting_for=tuple(dict.fromkeys(mx_missing)),
                                      note=_per_language(dns.mx_note)))
    include, missing = fill(dns.spf_include, domain, values)
    records.append(ExpectedRecord("spf", "spf", "TXT", domain, (f"include:{include}",), True, dns.spf_source,
                                  waiting_for=missing, spf_all=dns.spf_all))
    for key in sorted(extra, key=lambda k: (not k.startswith("dkim"), k)):
        table = extra[key]
        purpose = "dkim" if key.startswith("dkim") else "cname" if table.rtype == "CNAME" else "txt"
        records.append(_from_table(table, purpose, domain, values))
    records.append(ExpectedRecord("dmarc", "dmarc", "TXT", f"_dmarc.{domain}", (DEFAULT_DMARC,), False,
                                  "https://www.rfc-editor.org/rfc/rfc7489#section-6.3"))
    return records


def _from_table(table: DnsRecord, purpose: str, domain: str, values: dict[str, str]) -> ExpectedRecord:
    name, missing_name = fill(table.name, domain, values)
    value, missing_value = fill(table.value, domain, values)
    if table.rtype == "CNAME":
        value = value.lower().rstrip(".")
    return ExpectedRecord(
        key=table.key, purpose=purpose, rtype=table.rtype, name=fqdn(name, domain), values=(value,),
        required=table.required if table.required is not None else purpose == "verification", source=table.source,
        waiting_for=tuple(dict.fromkeys(missing_name + missing_value)), note=_per_language(table.note),
    )
