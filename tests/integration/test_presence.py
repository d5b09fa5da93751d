"""Does the domain exist? Asked over the wire of a real DNS server on loopback."""

from __future__ import annotations

import asyncio

from mailwizard.core.dns.presence import ResolverConfig, check_presence
from mailwizard.core.flow import DomainPresence
from mailwizard.sandbox.dns_server import LoopbackDns, SilentDns, free_port


def run(domain: str, config: ResolverConfig):
    return asyncio.run(check_presence(domain, config))


def test_a_delegated_domain_exists_and_its_nameservers_are_named(dns_server: LoopbackDns, resolvers) -> None:
    result = run("example.com", resolvers)
    assert result.presence is DomainPresence.EXISTS
    assert result.nameservers == ("ns1.example.net", "ns2.example.net")
    assert ("example.com", "NS") in dns_server.queries


def test_an_idn_domain_is_asked_in_its_ascii_form(dns_server: LoopbackDns, resolvers) -> None:
    result = run("xn--fsqu00a.xn--fiqs8s", resolvers)
    assert result.presence is DomainPresence.EXISTS
    assert result.nameservers == ("ns1.dnspod.net", "ns2.dnspod.net")


def test_an_unregistered_domain(resolvers) -> None:
    assert run("never-registered-here.com", resolvers).presence is DomainPresence.NOT_REGISTERED


def test_a_name_without_delegation(resolvers) -> None:
    assert run("nodelegation.com", resolvers).presence is DomainPresence.NO_NAMESERVERS


def test_a_lame_delegation_answering_servfail(resolvers) -> None:
    assert run("lame.com", resolvers).presence is DomainPresence.NO_NAMESERVERS


def test_no_resolver_listening_means_unreachable() -> None:
    config = ResolverConfig(("127.0.0.1",), free_port(), timeout=0.3, lifetime=1.0)
    assert run("example.com", config).presence is DomainPresence.UNREACHABLE


def test_a_resolver_that_never_answers_times_out_as_unreachable() -> None:
    with SilentDns() as silent:
        config = ResolverConfig(("127.0.0.1",), silent.port, timeout=0.2, lifetime=0.5)
        assert run("example.com", config).presence is DomainPresence.UNREACHABLE
