"""Which DNS resolvers to ask: a plain value, cheap to import (dnspython loads only when a query runs).

Also the one reader of the ``IP[:PORT]`` specs that `--resolver`, `--nameserver` and the resolver settings
take, so the window, `mailwizard --resolver` and `mailwizard-cli` understand the same text the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Public resolvers in mainland China and abroad; the system's own come first at run time
# (office firewalls often allow only those).
PUBLIC_RESOLVERS = ("223.5.5.5", "119.29.29.29", "1.1.1.1", "8.8.8.8")


@dataclass(frozen=True)
class ResolverConfig:
    """Which recursive resolvers to ask. The app injects public ones; tests a loopback server."""

    nameservers: tuple[str, ...]
    port: int = 53
    timeout: float = 2.0      # per attempt
    lifetime: float = 6.0     # whole query, all servers and retries


def parse_server_spec(spec: str) -> tuple[str, int | None]:
    """"IP", "IP:PORT", "[IPv6]:PORT" or a bare IPv6 address → (address, port or None when none is given).

    A bare IPv6 address has several colons, so only "[…]" marks a port after one. Raises ValueError for a
    port that is not a number."""
    spec = spec.strip()
    if spec.startswith("["):
        address, _, rest = spec[1:].partition("]")
        port = rest.removeprefix(":")
        return address, int(port) if port else None
    if spec.count(":") == 1:
        address, port = spec.split(":")
        return address, int(port)
    return spec, None


def resolver_config(specs: Sequence[str]) -> ResolverConfig:
    """The resolvers the domain step asks: the given specs (one port for all: the last one given), or the
    system's own followed by public ones."""
    if specs:
        hosts, port = [], 53
        for spec in specs:
            host, given = parse_server_spec(spec)
            hosts.append(host)
            if given is not None:
                port = given
        return ResolverConfig(tuple(hosts), port)
    return ResolverConfig(system_resolvers() + PUBLIC_RESOLVERS)


def system_resolvers() -> tuple[str, ...]:
    import dns.resolver  # here, not at the top: the first window must not wait for dnspython

    try:
        return tuple(dns.resolver.Resolver(configure=True).nameservers)
    except Exception:  # no resolv.conf / registry entries: the public list still works
        return ()
