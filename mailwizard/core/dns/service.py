"""What the DNS step and `mailwizard dns check` share: records for a provider, vantage points."""

from __future__ import annotations

from collections.abc import Sequence

from mailwizard.core.catalogue import provider_dns
from mailwizard.core.dns.check import DEFAULT_RESOLVERS, CheckConfig
from mailwizard.core.dns.config import parse_server_spec
from mailwizard.core.dns.expected import ExpectedRecord, expected_records
from mailwizard.core.dns.probe import Vantage


def parse_server(spec: str, kind: str) -> Vantage:
    """"IP", "IP:PORT" or "[IPv6]:PORT" as a vantage point (port 53 when none is given)."""
    address, port = parse_server_spec(spec)
    return Vantage(kind, address, 53 if port is None else port)


def check_config(resolvers: Sequence[str] = (), nameservers: Sequence[str] = (), *,
                 timeout: float = 2.0, authoritative_port: int = 53) -> CheckConfig:
    chosen = list(resolvers) or [address for _, address in DEFAULT_RESOLVERS]
    return CheckConfig(
        resolvers=tuple(parse_server(s, "resolver") for s in chosen),
        nameservers=tuple(parse_server(s, "authoritative") for s in nameservers),
        authoritative_port=authoritative_port, timeout=timeout,
    )


def records_for(provider_id: str, domain: str, values: dict[str, str]) -> list[ExpectedRecord]:
    """Called whenever the DNS step redraws, on the UI thread: the provider's file is parsed once per run."""
    return expected_records(provider_dns(provider_id), domain, values)
