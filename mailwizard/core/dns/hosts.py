"""Which company hosts the domain's DNS (from its NS names), and that host's own guidance.

The guidance lives in resources/dns_hosts/<id>.toml: where the DNS page is, what goes in the
"host/name" field, whether targets need a trailing dot, how long changes take.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mailwizard.core.catalogue_reader import LANGS, Text
from mailwizard.core.resources import resources_dir

UNKNOWN = "unknown"


@dataclass(frozen=True)
class DnsHost:
    id: str
    name: Text
    ns_patterns: tuple[str, ...]
    console_url: str
    help_url: str
    name_field: str      # "relative" | "fqdn"
    apex: str            # what to type for the domain itself
    trailing_dot: bool
    where: Text
    propagation: Text
    typical_minutes: int
    notes: Text | None
    source: str

    def host_field(self, fqdn: str, domain: str) -> str:
        """What to type in this host's name field for ``fqdn``."""
        if self.name_field == "fqdn":
            return fqdn
        if fqdn == domain:
            return self.apex
        return fqdn[: -len(domain) - 1] if fqdn.endswith("." + domain) else fqdn

    def target(self, value: str) -> str:
        """An MX/CNAME target as this host wants it typed."""
        return value + "." if self.trailing_dot and not value.endswith(".") else value


def _text(data: dict, key: str) -> Text | None:
    value = data.get(key)
    return Text(*(value[lang] for lang in LANGS)) if isinstance(value, dict) else None


def load_host(path: Path) -> DnsHost:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    name, where, propagation = _text(data, "name"), _text(data, "where"), _text(data, "propagation")
    if data.get("id") != path.stem or name is None or where is None or propagation is None:
        raise ValueError(f"{path.name}: id, name, where and propagation are required")
    if data.get("name_field") not in ("relative", "fqdn"):
        raise ValueError(f"{path.name}: name_field must be relative or fqdn")
    for key in ("console_url", "help_url", "source"):
        if not str(data.get(key, "")).startswith("https://"):
            raise ValueError(f"{path.name}: {key} must be an https:// link")
    return DnsHost(
        id=data["id"], name=name, ns_patterns=tuple(p.lower() for p in data.get("ns_patterns", [])),
        console_url=data["console_url"], help_url=data["help_url"], name_field=data["name_field"],
        apex=str(data.get("apex", "@")), trailing_dot=bool(data.get("trailing_dot", False)), where=where,
        propagation=propagation, typical_minutes=int(data.get("typical_minutes", 30)),
        notes=_text(data, "notes"), source=data["source"],
    )


@lru_cache(maxsize=1)
def load_hosts(root: Path | None = None) -> tuple[DnsHost, ...]:
    folder = (root or resources_dir()) / "dns_hosts"
    return tuple(load_host(p) for p in sorted(folder.glob("*.toml")))


def identify(nameservers: tuple[str, ...] | list[str], hosts: tuple[DnsHost, ...] | None = None) -> DnsHost:
    """The host whose patterns match most of the NS names; the "unknown" guidance otherwise."""
    hosts = hosts if hosts is not None else load_hosts()
    names = [n.lower().rstrip(".") for n in nameservers]
    best, best_hits = None, 0
    for host in hosts:
        hits = sum(1 for n in names if any(fnmatch.fnmatch(n, p) for p in host.ns_patterns))
        if hits > best_hits:
            best, best_hits = host, hits
    if best is not None:
        return best
    return next(h for h in hosts if h.id == UNKNOWN)
