"""Shared bits of the DNS-host module tests: a loopback DNS server fed by a HostedZone, and reading it back."""

from __future__ import annotations

from dnslib import QTYPE, DNSRecord

from mailwizard.sandbox.dns_server import LoopbackDns


def served(dns: LoopbackDns, name: str, rtype: str) -> list[str]:
    """What the loopback authoritative server answers for ``name``/``rtype`` (TXT strings joined, as text)."""
    reply = DNSRecord.parse(DNSRecord.question(name, rtype).send("127.0.0.1", dns.port, tcp=True, timeout=2))
    out = []
    for rr in reply.rr:
        if rr.rtype != getattr(QTYPE, rtype):
            continue
        if rtype == "TXT":
            out.append(b"".join(rr.rdata.data).decode("utf-8"))
        else:
            out.append(str(rr.rdata).rstrip("."))
    return sorted(out)
