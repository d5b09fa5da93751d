"""The records a provider needs for a domain: read from the provider's `[dns]` table, filled in.

Values that only the provider can give (a verification token, a DKIM key, a per-tenant MX
host) are value fields such as ``{verification}``; until they are known the record says which
value it is waiting for, and the user can paste it from the provider's console.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailwizard.core.resources import resources_dir

VALUE_FIELD = re.compile(r"\{([a-z0-9_]+)\}")
DEFAULT_DMARC = "v=DMARC1; p=none"


@dataclass(frozen=True)
class MxHost:
    host: str
    priority: int


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


@dataclass(frozen=True)
class ProviderDns:
    """A provider's `[dns]` table, as written in resources/providers/<id>.toml."""

    provider_id: str
    source: str
    spf_include: str
    spf_all: str
    spf_source: str
    verification: str                     # "txt" | "cname" | "mx"
    mx: tuple[MxHost, ...]
    mx_accepted: tuple[tuple[str, ...], ...]
    records: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    mx_note: dict[str, str] | None = None  # where the provider's console shows its MX values, per language


def load_provider_dns(provider_id: str, root: Path | None = None) -> ProviderDns:
    path = (root or resources_dir()) / "providers" / f"{provider_id}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")).get("dns")
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: no [dns] table")
    return ProviderDns(
        provider_id=provider_id,
        source=data["source"],
        spf_include=data.get("spf_include", "{spf_include}"),
        spf_all=data.get("spf_all", "~all"),
        spf_source=data.get("spf_source", data["source"]),
        verification=data.get("verification", "mx"),
        mx=tuple(MxHost(m["host"].lower().rstrip("."), int(m["priority"])) for m in data.get("mx", [])),
        mx_accepted=tuple(tuple(h.lower().rstrip(".") for h in s["hosts"]) for s in data.get("mx_accepted", [])),
        mx_note=data["mx_note"] if isinstance(data.get("mx_note"), dict) else None,
        records=tuple(data.get("records", [])),
    )


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
    extra = {r["key"]: r for r in dns.records}
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
                                      note=dns.mx_note))
    # "include:" is part of the template, so a pasted "include:spf.example.net" is not included twice
    include, missing = fill(f"include:{dns.spf_include}", domain, values)
    records.append(ExpectedRecord("spf", "spf", "TXT", domain, (include,), True, dns.spf_source,
                                  waiting_for=missing, spf_all=dns.spf_all))
    for key in sorted(extra, key=lambda k: (not k.startswith("dkim"), k)):
        table = extra[key]
        purpose = "dkim" if key.startswith("dkim") else "cname" if table.get("type") == "CNAME" else "txt"
        records.append(_from_table(table, purpose, domain, values))
    records.append(ExpectedRecord("dmarc", "dmarc", "TXT", f"_dmarc.{domain}", (DEFAULT_DMARC,), False,
                                  "https://www.rfc-editor.org/rfc/rfc7489#section-6.3"))
    return records


def _from_table(table: dict[str, Any], purpose: str, domain: str, values: dict[str, str]) -> ExpectedRecord:
    name, missing_name = fill(table.get("name", "@"), domain, values)
    value, missing_value = fill(table["value"], domain, values)
    rtype = table.get("type", "TXT").upper()
    if rtype == "CNAME":
        value = value.lower().rstrip(".")
    return ExpectedRecord(
        key=table["key"], purpose=purpose, rtype=rtype, name=fqdn(name, domain), values=(value,),
        required=bool(table.get("required", purpose == "verification")), source=table.get("source", ""),
        waiting_for=tuple(dict.fromkeys(missing_name + missing_value)),
        note=table.get("note") if isinstance(table.get("note"), dict) else None,
    )
