"""Finding a domain's authoritative name servers by walking the delegation from its parent zone.

The parent's servers are asked directly (recursion off), so the answer is the registry's
delegation, not something a resolver cached an hour ago. If the walk fails (a firewall that
lets only resolvers through), the resolvers' NS answer is used instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rdatatype

from mailwizard.core.dns.probe import Vantage, ask, ask_many
from mailwizard.core.domains import public_suffix


@dataclass(frozen=True)
class Delegation:
    nameservers: tuple[str, ...]          # NS host names
    servers: tuple[Vantage, ...]          # their addresses, as vantage points
    from_parent: bool                     # True: read from the parent zone's own servers


async def _addresses(hosts: list[str], resolvers: list[Vantage], timeout: float) -> list[str]:
    if not resolvers:
        return []
    answers = await ask_many([(h, "A", resolvers[0]) for h in hosts], timeout)
    found = []
    for obs in answers:
        found += [v for v in obs.values if v not in found]
    return found


async def _referral(domain: str, parent_server: str, port: int, timeout: float) -> tuple[list[str], list[str]]:
    query = dns.message.make_query(domain, "NS")
    query.flags &= ~dns.flags.RD
    try:
        response, _ = await dns.asyncquery.udp_with_fallback(query, parent_server, timeout=timeout, port=port)
    except (OSError, dns.exception.DNSException):
        return [], []
    names: list[str] = []
    for section in (response.answer, response.authority):
        for rrset in section:
            if rrset.rdtype == dns.rdatatype.NS and rrset.name == dns.name.from_text(domain):
                names += [r.target.to_text(omit_final_dot=True).lower() for r in rrset]
    glue = [r.address for rrset in response.additional if rrset.rdtype == dns.rdatatype.A for r in rrset
            if rrset.name.to_text(omit_final_dot=True).lower() in names]
    return list(dict.fromkeys(names)), list(dict.fromkeys(glue))


async def find_authoritative(domain: str, resolvers: list[Vantage], *, port: int = 53,
                             timeout: float = 2.0) -> Delegation:
    parent = public_suffix(domain)
    if parent and resolvers:
        parent_ns = await ask(parent, "NS", resolvers[0], timeout)
        parent_addresses = await _addresses(list(parent_ns.values)[:2], resolvers, timeout)
        for address in parent_addresses[:2]:
            names, glue = await _referral(domain, address, port, timeout)
            if names:
                addresses = glue or await _addresses(names, resolvers, timeout)
                servers = tuple(Vantage("authoritative", a, port) for a in addresses)
                return Delegation(tuple(sorted(names)), servers, True)
    for resolver in resolvers:
        answer = await ask(domain, "NS", resolver, timeout)
        if answer.values:
            names = sorted(answer.values)
            addresses = await _addresses(names, [resolver], timeout)
            return Delegation(tuple(names), tuple(Vantage("authoritative", a, port) for a in addresses), False)
    return Delegation((), (), False)
