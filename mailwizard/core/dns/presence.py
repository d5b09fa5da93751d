"""Does the company's domain exist in DNS? (It is delegated: it has NS records.)"""

from __future__ import annotations

from dataclasses import dataclass

from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.flow import DomainPresence

__all__ = ["PresenceResult", "ResolverConfig", "check_presence", "make_resolver"]


@dataclass(frozen=True)
class PresenceResult:
    presence: DomainPresence
    nameservers: tuple[str, ...] = ()


def make_resolver(config: ResolverConfig):
    import dns.asyncresolver

    resolver = dns.asyncresolver.Resolver(configure=False)  # never the system's: it is injected
    resolver.nameservers = list(config.nameservers)
    resolver.port = config.port
    resolver.timeout = config.timeout
    resolver.lifetime = config.lifetime
    resolver.retry_servfail = False
    return resolver


async def check_presence(domain_ascii: str, config: ResolverConfig) -> PresenceResult:
    import dns.exception
    import dns.name
    import dns.rdatatype
    import dns.resolver

    resolver = make_resolver(config)
    try:
        answer = await resolver.resolve(dns.name.from_text(domain_ascii), dns.rdatatype.NS)
    except dns.resolver.NXDOMAIN:
        return PresenceResult(DomainPresence.NOT_REGISTERED)
    except dns.resolver.NoAnswer:
        return PresenceResult(DomainPresence.NO_NAMESERVERS)
    except dns.resolver.NoNameservers as exc:
        # Either no resolver could be reached (refused connections) or every one answered
        # SERVFAIL/REFUSED, which means a lame or half-registered delegation.
        errors = exc.kwargs.get("errors") or []
        if errors and all(isinstance(e[3], OSError | dns.exception.Timeout) for e in errors):
            return PresenceResult(DomainPresence.UNREACHABLE)
        return PresenceResult(DomainPresence.NO_NAMESERVERS)
    except (dns.exception.Timeout, dns.resolver.LifetimeTimeout, OSError):
        return PresenceResult(DomainPresence.UNREACHABLE)
    names = tuple(sorted(str(r.target).rstrip(".").lower() for r in answer))
    return PresenceResult(DomainPresence.EXISTS, names)


_PRESENCE_KEYS = {DomainPresence.NOT_REGISTERED: "presence.not_registered",
                  DomainPresence.NO_NAMESERVERS: "presence.no_nameservers",
                  DomainPresence.UNREACHABLE: "presence.unreachable",
                  DomainPresence.UNCHECKED: "presence.checking"}


def presence_message(result: PresenceResult, domain: str, language: str) -> tuple[str, dict[str, str]]:
    """What the domain step says about ``result`` (message key and parameters). ``domain`` as the user reads
    it; ``language`` names the DNS host in it ("阿里云" for Alibaba Cloud's name servers), a name people know
    where the name servers' own names mean nothing to them."""
    if result.presence is DomainPresence.EXISTS:
        from mailwizard.core.dns.hosts import UNKNOWN, identify

        host = identify(result.nameservers) if result.nameservers else None
        if host is not None and host.id != UNKNOWN:
            return "presence.exists_at_host", {"domain": domain, "host": host.name.get(language)}
        return "presence.exists", {"domain": domain, "nameservers": ", ".join(result.nameservers[:2]) or "?"}
    return _PRESENCE_KEYS[result.presence], {"domain": domain}
