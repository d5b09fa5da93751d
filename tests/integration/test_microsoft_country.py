"""The country a Microsoft 365 licence needs: asked once, sent as each new user's usage location, through the
session exactly as the window drives it (no usage location given to the provider by hand)."""

from __future__ import annotations

import asyncio

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Company, DomainPresence, Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session import events
from mailwizard.core.session.members import CREATE_TASK
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.integration.provider_helpers import ScriptedBrowser, txt_lookup
from tests.integration.test_microsoft import FAST, SKU
from tests.servers.graph_fake import GraphFake

DOMAIN = "example.com"


def session_at_members(store: Store, graph: GraphFake, dns_port: int) -> tuple[Session, list[events.Event]]:
    seen: list[events.Event] = []
    here = f"127.0.0.1:{dns_port}"
    connections = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(graph.base_url),
                                                       GraphEndpoints.at(graph.base_url)), policy=FAST, rate=None)
    session = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), connections=connections,
                      emit=seen.append, call_later=lambda _delay, save: save(),
                      resolvers=ResolverConfig(("127.0.0.1",), dns_port, 0.5, 1.5),
                      dns_config=check_config([here], [here], timeout=0.5))
    session.update(provider_id="microsoft", plan_id="business-basic", domain=DOMAIN,
                   company=Company("例子贸易", "李娜", "li.na@163.com", DOMAIN),
                   domain_presence=DomainPresence.EXISTS)
    return session, seen


async def until(condition, timeout: float = 15.0) -> None:
    """The session's tasks include the live DNS watch, which never ends: wait for what matters instead."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the session did not get there")


async def connect_and_create(session: Session, graph: GraphFake, zone: Zone, count: int, country: str = "") -> None:
    session.provider.connect("test-client-id", None, ScriptedBrowser(), "ok", "Connecting")
    await until(lambda: session.state.dns_values.get("verification", "").startswith("ms"))
    zone.add(DOMAIN, "TXT", f"MS={session.state.dns_values['verification']}")
    session.provider.verify()
    await until(lambda: session.state.provider_verified and session.state.license_sku)
    if country:
        session.domain.set_country(country)
    session.members.set_members([Member(f"成员{i}", "成", f"员{i}", f"member{i:02d}") for i in range(count)])
    session.members.create(None)
    await until(lambda: not session.runner.is_running(CREATE_TASK), timeout=30)
    session.runner.cancel_all()


def run_with_graph(tmp_path, count: int, answer: str = "", **tenant) -> tuple[list[dict], Session]:
    """Our users as Graph holds them after the run, and the session."""
    zone = Zone(zones={"com"})
    with LoopbackDns(zone) as dns_server, GraphFake(dns_txt=txt_lookup(dns_server.port), **tenant) as graph:
        store = Store(tmp_path)
        session, _seen = session_at_members(store, graph, dns_server.port)
        asyncio.run(connect_and_create(session, graph, zone, count, answer))
        users = [dict(u) for u in graph.users.values() if u["userPrincipalName"].endswith("@" + DOMAIN)]
        session.shutdown()
        store.close()
        return users, session


def test_50_members_get_the_chosen_country_and_their_licences(tmp_path) -> None:
    skus = [{"skuId": SKU, "skuPartNumber": "O365_BUSINESS_ESSENTIALS", "capabilityStatus": "Enabled",
             "prepaidUnits": {"enabled": 60, "suspended": 0, "warning": 0}, "consumedUnits": 1, "appliesTo": "User"}]
    users, session = run_with_graph(tmp_path, 50, "SG", country="CN", skus=skus)
    assert len(users) == 50 and session.state.members_done
    assert {u["usageLocation"] for u in users} == {"SG"}  # the admin's answer, not the tenant's country
    assert all(u["assignedLicenses"] for u in users)


def test_unanswered_the_organisations_own_country_is_shown_and_used(tmp_path) -> None:
    users, session = run_with_graph(tmp_path, 5, country="MY")
    assert session.domain.country() == "MY"  # what the domain page shows once signed in
    assert len(users) == 5 and {u["usageLocation"] for u in users} == {"MY"}
    assert all(u["assignedLicenses"] for u in users)
