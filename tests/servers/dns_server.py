"""A real DNS server on loopback (UDP and TCP, wire protocol) serving a small zone from a dict.

Names under a zone that have no records answer NXDOMAIN; names outside every zone answer
REFUSED, as a resolver with no route would. ``SilentDns`` is a bound port that never answers,
to test time-outs.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

from dnslib import QTYPE, RCODE, RR, DNSLabel, DNSRecord
from dnslib.server import BaseResolver, DNSLogger, DNSServer


@dataclass
class Zone:
    records: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (name, type) → rdata texts
    zones: set[str] = field(default_factory=set)
    servfail: set[str] = field(default_factory=set)

    def add(self, name: str, rtype: str, *values: str) -> None:
        self.records.setdefault((name.rstrip(".").lower(), rtype), []).extend(values)


class _Resolver(BaseResolver):
    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.queries: list[tuple[str, str]] = []

    def resolve(self, request: DNSRecord, handler):
        qname = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        self.queries.append((qname, qtype))
        reply = request.reply()
        if qname in self.zone.servfail:
            reply.header.rcode = RCODE.SERVFAIL
            return reply
        values = self.zone.records.get((qname, qtype))
        if values:
            for value in values:
                reply.add_answer(*RR.fromZone(f"{qname}. 300 IN {qtype} {value}"))
            return reply
        in_zone = any(qname == z or qname.endswith("." + z) for z in self.zone.zones)
        if not in_zone:
            reply.header.rcode = RCODE.REFUSED
        elif any(name == qname for name, _ in self.zone.records):
            pass  # the name exists with other types: NOERROR, no answer
        else:
            reply.header.rcode = RCODE.NXDOMAIN
        return reply


class _Quiet(DNSLogger):
    def __init__(self) -> None:
        super().__init__(log="-request,-reply,-truncated,-error,-recv,-send,-data", prefix=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackDns:
    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.resolver = _Resolver(zone)
        self.port = free_port()
        self._servers = [
            DNSServer(self.resolver, address="127.0.0.1", port=self.port, tcp=tcp, logger=_Quiet())
            for tcp in (False, True)
        ]
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> LoopbackDns:
        for server in self._servers:
            thread = threading.Thread(target=server.server.serve_forever, kwargs={"poll_interval": 0.02},
                                      daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers:
            server.server.shutdown()
            server.server.server_close()

    @property
    def queries(self) -> list[tuple[str, str]]:
        return self.resolver.queries


class SilentDns:
    """A UDP port on loopback that receives queries and never answers (a black-holed resolver)."""

    def __enter__(self) -> SilentDns:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


def example_zone() -> Zone:
    zone = Zone(zones={"com", "xn--fiqs8s", "net"})
    zone.add("example.com", "NS", "ns1.example.net.", "ns2.example.net.")
    zone.add("xn--fsqu00a.xn--fiqs8s", "NS", "ns1.dnspod.net.", "ns2.dnspod.net.")
    zone.add("nodelegation.com", "A", "192.0.2.10")
    zone.servfail.add("lame.com")
    return zone


__all__ = ["QTYPE", "DNSLabel", "LoopbackDns", "SilentDns", "Zone", "example_zone", "free_port"]
