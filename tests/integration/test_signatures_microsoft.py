"""Microsoft 365's leave auto-reply through the Graph fake (core/providers/graph_signatures.py), as the session
installs it: the signed-in admin's own mailbox through PATCH /me/mailboxSettings, once, a lost answer read back;
other members' mailboxes are not reachable with a delegated sign-in (said, nothing sent); Outlook signatures have
no Graph API. Every request passes the Graph contract check (msgraph-sdk's templates and models)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.signatures_events import SignatureFailed, SignatureInstalled
from mailwizard.core.signatures.design import AutoReply, SignatureDesign
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.graph_fake import GraphFake

D = "contoso.onmicrosoft.com"
ADMIN = f"admin@{D}"
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)
DESIGN = SignatureDesign(company="Contoso", autoreply=AutoReply(start="2026-12-24", end="2027-01-02"))
MEMBERS = (Member(display_name="Ada Admin", local_part="admin"), Member(display_name="Bo Li", local_part="bo"),
           Member(display_name="Cy Wu", local_part="cy"))


@pytest.fixture
def graph():
    with GraphFake() as fake:
        yield fake


def _run(fake: GraphFake, tmp_path, body):
    seen: list = []

    async def scenario():
        endpoints = Endpoints(GoogleEndpoints.at(fake.base_url), GraphEndpoints.at(fake.base_url))
        conns = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
        provider, _account = await conns.connect("microsoft", AppRegistration("test-client-id"), ScriptedBrowser(),
                                                 "ok")
        s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append)
        s.update(provider_id="microsoft", domain=D, connected_account=ADMIN)
        s.replace(members=MEMBERS)
        s.provider.api = provider
        s.signatures.zone = dt.UTC
        s.signatures.set_design(DESIGN)
        try:
            return await body(s), seen
        finally:
            await s.runner.idle()
            await provider.close()
            s.shutdown()

    return asyncio.run(scenario())


async def _install(s: Session, kind: str) -> dict:
    can = s.signatures.can_install()
    s.signatures.install(kind)
    await s.runner.idle()
    return can


def test_the_admins_own_auto_reply_once_and_no_signature_api(graph: GraphFake, tmp_path) -> None:
    graph.inject(Fault.drop_after(times=1, path="/mailboxSettings", method="PATCH"))  # made, answer lost
    can, seen = _run(graph, tmp_path, lambda s: _install(s, "autoreply"))
    assert can == {"signature": "signature.no_signature_api", "autoreply": True}
    assert [e.address for e in seen if isinstance(e, SignatureInstalled)] == [ADMIN]
    assert sorted((e.address, e.problem) for e in seen if isinstance(e, SignatureFailed)) == [
        (f"bo@{D}", "signature.own_mailbox_only"), (f"cy@{D}", "signature.own_mailbox_only")]
    assert graph.mailbox_patches == {ADMIN: 1}  # read back, not sent again
    setting = graph.auto_replies[ADMIN]
    assert setting["status"] == "scheduled" and setting["externalAudience"] == "all"
    assert setting["scheduledStartDateTime"]["dateTime"].startswith("2026-12-24T00:00:00")
    assert setting["scheduledEndDateTime"]["dateTime"].startswith("2027-01-03T00:00:00")
    assert "Ada Admin" in setting["externalReplyMessage"] and "24 December 2026" in setting["externalReplyMessage"]
    sent = [r for r in graph.requests if r.method == "PATCH"]
    assert len(sent) == 1 and all("/users/" not in r.path for r in graph.requests if "mailboxSettings" in r.path)

    _c, seen = _run(graph, tmp_path, lambda s: _install(s, "autoreply"))  # again: nothing is sent
    assert graph.mailbox_patches == {ADMIN: 1}
    _c, seen = _run(graph, tmp_path, lambda s: _install(s, "signature"))
    assert [e.problem for e in seen if isinstance(e, SignatureFailed)] == ["signature.no_signature_api"]


def test_the_fake_refuses_what_graph_refuses(graph: GraphFake, tmp_path) -> None:
    async def body(s: Session) -> list[str]:
        api, base = s.provider.api.api, s.provider.api.endpoints.graph
        found = []
        for url, sent in ((f"{base}/users/bo@{D}/mailboxSettings", {"automaticRepliesSetting": {"status": "disabled"}}),
                          (f"{base}/me/mailboxSettings", {"automaticRepliesSetting": {
                              "status": "scheduled",
                              "scheduledStartDateTime": {"dateTime": "2027-01-02T00:00:00", "timeZone": "UTC"},
                              "scheduledEndDateTime": {"dateTime": "2026-12-24T00:00:00", "timeZone": "UTC"}}})):
            try:
                await api.request("PATCH", url, json=sent, once=True)
                found.append("ok")
            except Exception as exc:
                found.append(type(exc).__name__)
        return found

    found, _seen = _run(graph, tmp_path, body)
    assert found == ["PermissionDenied", "InvalidRequest"]
    assert not graph.mailbox_patches
