"""Asking one DNS server one question, on the wire: what each vantage point sees.

Authoritative servers are asked by address with recursion off (no cache in between);
resolvers with recursion on. UDP, falling back to TCP when the answer is truncated.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdatatype


@dataclass(frozen=True)
class Vantage:
    kind: str      # "authoritative" | "resolver"
    address: str
    port: int = 53

    @property
    def label(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{self.kind}:{host}" + ("" if self.port == 53 else f":{self.port}")


@dataclass(frozen=True)
class Observation:
    """What one vantage point answered for (name, type).

    ``status``: "answer", "nxdomain", "nodata", "timeout", "servfail", "refused", "error".
    ``ttl``: the answer's TTL, or for a negative answer the SOA minimum (how long a resolver
    may keep saying "missing"). ``cname``: the name is an alias (nothing else may live there)."""

    name: str
    rtype: str
    vantage: Vantage
    status: str
    values: tuple[str, ...] = ()
    ttl: int | None = None
    cname: str | None = None
    used_tcp: bool = False


def rdata_text(rdata) -> str:
    if rdata.rdtype == dns.rdatatype.TXT:
        return b"".join(rdata.strings).decode("utf-8", "replace")
    if rdata.rdtype == dns.rdatatype.MX:
        return f"{rdata.preference} {rdata.exchange.to_text(omit_final_dot=True).lower()}"
    if rdata.rdtype in (dns.rdatatype.CNAME, dns.rdatatype.NS):
        return rdata.target.to_text(omit_final_dot=True).lower()
    return rdata.to_text()


async def ask(name: str, rtype: str, vantage: Vantage, timeout: float = 2.0) -> Observation:
    qname = dns.name.from_text(name)
    query = dns.message.make_query(qname, rtype, use_edns=True, payload=1232)
    if vantage.kind == "authoritative":
        query.flags &= ~dns.flags.RD
    try:
        response, used_tcp = await dns.asyncquery.udp_with_fallback(
            query, vantage.address, timeout=timeout, port=vantage.port)
    except (TimeoutError, dns.exception.Timeout):
        return Observation(name, rtype, vantage, "timeout")
    except (OSError, dns.exception.DNSException):
        return Observation(name, rtype, vantage, "error")
    return _read(response, qname, name, rtype, vantage, used_tcp)


def _read(response: dns.message.Message, qname: dns.name.Name, name: str, rtype: str, vantage: Vantage,
          used_tcp: bool) -> Observation:
    rcode = response.rcode()
    if rcode == dns.rcode.SERVFAIL:
        return Observation(name, rtype, vantage, "servfail", used_tcp=used_tcp)
    if rcode == dns.rcode.REFUSED:
        return Observation(name, rtype, vantage, "refused", used_tcp=used_tcp)
    wanted = dns.rdatatype.from_text(rtype)
    cname = None
    owner = qname
    values: list[str] = []
    ttl = None
    for _ in range(8):  # follow a CNAME chain inside the answer
        alias = response.get_rrset(response.answer, owner, dns.rdataclass.IN, dns.rdatatype.CNAME)
        if alias is None or wanted == dns.rdatatype.CNAME:
            break
        cname = cname or rdata_text(alias[0])
        owner = alias[0].target
    rrset = response.get_rrset(response.answer, owner, dns.rdataclass.IN, wanted)
    if rrset is not None:
        values = [rdata_text(r) for r in rrset]
        ttl = rrset.ttl
    if values:
        return Observation(name, rtype, vantage, "answer", tuple(values), ttl, cname, used_tcp)
    negative_ttl = next((min(rr.ttl, rr[0].minimum) for rr in response.authority
                         if rr.rdtype == dns.rdatatype.SOA), None)
    if cname is not None:
        return Observation(name, rtype, vantage, "nodata", (), negative_ttl, cname, used_tcp)
    if rcode == dns.rcode.NXDOMAIN:
        return Observation(name, rtype, vantage, "nxdomain", (), negative_ttl, None, used_tcp)
    if rcode != dns.rcode.NOERROR:
        return Observation(name, rtype, vantage, "error", used_tcp=used_tcp)
    return Observation(name, rtype, vantage, "nodata", (), negative_ttl, None, used_tcp)


async def ask_many(questions: list[tuple[str, str, Vantage]], timeout: float = 2.0,
                   concurrency: int = 32) -> list[Observation]:
    """All questions at once, at most ``concurrency`` in flight; results in question order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(name: str, rtype: str, vantage: Vantage) -> Observation:
        async with gate:
            return await ask(name, rtype, vantage, timeout)

    return list(await asyncio.gather(*(one(*q) for q in questions)))
