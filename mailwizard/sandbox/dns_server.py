"""A real DNS server on loopback (UDP and TCP, wire protocol) serving zones from a dict.

It plays every role the tests need: the parent zone's server, the domain's authoritative
server, or a (possibly stale) resolver. Names under a served zone without records answer
NXDOMAIN with the zone's SOA (so a negative TTL is known); names outside every zone answer
REFUSED. Options: a fixed ``delay`` before each answer (a slow network), and ``udp_limit``
to truncate larger UDP answers so that the client must retry over TCP.
``SilentDns`` is a bound port that never answers, to test time-outs.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field

from dnslib import QTYPE, RCODE, RR, TXT, DNSLabel, DNSRecord
from dnslib.server import BaseResolver, DNSHandler, DNSLogger, DNSServer


@dataclass
class Zone:
    records: dict[tuple[str, str], list[tuple[str, int]]] = field(default_factory=dict)
    zones: set[str] = field(default_factory=set)
    servfail: set[str] = field(default_factory=set)
    negative_ttl: int = 300
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, rtype: str, *values: str, ttl: int = 300) -> None:
        with self.lock:
            self.records.setdefault((name.rstrip(".").lower(), rtype), []).extend((v, ttl) for v in values)

    def set(self, name: str, rtype: str, *values: str, ttl: int = 300) -> None:
        with self.lock:
            key = (name.rstrip(".").lower(), rtype)
            self.records.pop(key, None)
            if values:
                self.records[key] = [(v, ttl) for v in values]

    def apex_of(self, name: str) -> str | None:
        matches = [z for z in self.zones if name == z or name.endswith("." + z)]
        return max(matches, key=len) if matches else None


def _rr(name: str, rtype: str, value: str, ttl: int) -> RR:
    if rtype == "TXT":
        # as a DNS host stores it: the text as typed, cut into 255-byte strings
        raw = value.encode("utf-8")
        chunks = [raw[i:i + 255] for i in range(0, len(raw), 255)] or [b""]
        return RR(DNSLabel(name + "."), QTYPE.TXT, rdata=TXT(chunks), ttl=ttl)
    return RR.fromZone(f"{name}. {ttl} IN {rtype} {value}")[0]


class _Resolver(BaseResolver):
    def __init__(self, zone: Zone, delay: float) -> None:
        self.zone, self.delay = zone, delay
        self.queries: list[tuple[str, str]] = []

    def resolve(self, request: DNSRecord, handler):
        if self.delay:
            time.sleep(self.delay)
        qname = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        self.queries.append((qname, qtype))
        reply = request.reply()
        zone = self.zone
        with zone.lock:
            if qname in zone.servfail:
                reply.header.rcode = RCODE.SERVFAIL
                return reply
            alias = zone.records.get((qname, "CNAME"))
            values = zone.records.get((qname, qtype))
            if alias and qtype != "CNAME":
                for value, ttl in alias:
                    reply.add_answer(_rr(qname, "CNAME", value, ttl))
                target = alias[0][0].rstrip(".").lower()
                for value, ttl in zone.records.get((target, qtype), []):
                    reply.add_answer(_rr(target, qtype, value, ttl))
                return reply
            if values:
                for value, ttl in values:
                    reply.add_answer(_rr(qname, qtype, value, ttl))
                return reply
            apex = zone.apex_of(qname)
            if apex is None:
                reply.header.rcode = RCODE.REFUSED
                return reply
            if not any(name == qname or name.endswith("." + qname) for name, _ in zone.records):
                reply.header.rcode = RCODE.NXDOMAIN
            ttl = zone.negative_ttl
            soa = f"{apex}. {ttl} IN SOA ns.{apex}. hostmaster.{apex}. 1 3600 600 86400 {ttl}"
            reply.add_auth(*RR.fromZone(soa))
        return reply


class _Quiet(DNSLogger):
    def __init__(self) -> None:
        super().__init__(log="-request,-reply,-truncated,-error,-recv,-send,-data", prefix=False)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackDns:
    def __init__(self, zone: Zone, *, delay: float = 0.0, udp_limit: int = 0, address: str = "127.0.0.1") -> None:
        self.zone = zone
        self.resolver = _Resolver(zone, delay)
        self.address = address
        handler = type("Handler", (DNSHandler,), {"udplen": udp_limit})
        for attempt in range(20):
            # a port free for UDP may be taken for TCP (e.g. by a client's ephemeral port): try another
            self.port = free_port()
            try:
                udp = DNSServer(self.resolver, address=address, port=self.port, logger=_Quiet(), handler=handler)
            except OSError:
                continue
            try:
                tcp = DNSServer(self.resolver, address=address, port=self.port, tcp=True, logger=_Quiet(),
                                handler=handler)
            except OSError:
                udp.server.server_close()
                if attempt == 19:
                    raise
                continue
            self._servers = [udp, tcp]
            break
        self.tcp_queries = 0

    def __enter__(self) -> LoopbackDns:
        for server in self._servers:
            thread = threading.Thread(target=server.server.serve_forever, kwargs={"poll_interval": 0.02},
                                      daemon=True)
            thread.start()
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


__all__ = ["QTYPE", "LoopbackDns", "SilentDns", "Zone", "example_zone", "free_port"]
