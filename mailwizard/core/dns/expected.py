"""The records a provider needs for a domain: the provider's `[dns]` table (core.catalogue), filled in.

Values that only the provider can give (a verification token, a DKIM key, a per-tenant MX
host) are value fields such as ``{verification}``; until they are known the record says which
value it is waiting for, and the user can paste it from the provider's console.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailwizard.core.catalogue import provider_dns as load_provider_dns  # the old name, for its callers
from mailwizard.core.catalogue_reader import LANGS, Text
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
    """Fill the value fields; returns the text and the fields that are still unknown.

    A pasted value that already starts with the text the template puts before its field is used without
    it: providers' consoles show the whole record value ("google-site-verification=…", "MS=ms…",
    "include:…"), and that is what people copy. Read from the template, so no provider is named here."""
    # {domain} and {domain_dashed} come from the domain itself; everything else from the provider or the user
    derived = {"domain": domain, "domain_dashed": domain.replace(".", "-")}
    given = {k: v.strip() for k, v in values.items() if v and v.strip() and k not in derived}
    parts: list[str] = []
    missing: list[str] = []
    end = 0
    for match in VALUE_FIELD.finditer(text):
        before, name = text[end:match.start()], match.group(1)
        parts.append(before)
        if name in derived:
            parts.append(derived[name])
        elif name in given:
            parts.append(_without_prefix(given[name], before))
        else:
            parts.append(match.group(0))
            missing.append(name)
        end = match.end()
    parts.append(text[end:])
    return "".join(parts), tuple(dict.fromkeys(missing))


def _without_prefix(value: str, prefix: str) -> str:
    """``value`` without ``prefix`` when it starts with it (case aside: "ms=" typed for "MS="), once."""
    if prefix.strip() and value[:len(prefix)].lower() == prefix.lower():
        return value[len(prefix):].strip()
    return value


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
    # "include:" is part of the template, so a pasted "include:spf.example.net" is not included twice
    include, missing = fill(f"include:{dns.spf_include}", domain, values)
    records.append(ExpectedRecord("spf", "spf", "TXT", domain, (include,), True, dns.spf_source,
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
