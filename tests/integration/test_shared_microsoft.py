"""Microsoft 365 shared addresses (core/providers/graph_shared.py) against the loopback Graph fake (every request
checked against msgraph-sdk's templates and models): Microsoft 365 groups made with their members and settings, what
Graph cannot do refused before anything is sent."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailwizard.core.providers.base import AlreadyExists, AmbiguousOutcome, InvalidAddress, NotSupported
from mailwizard.core.providers.graph_shared import GraphShared
from mailwizard.core.providers.microsoft import SCOPES
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER
from mailwizard.sandbox.fake_http import Fault
from tests.integration.test_microsoft import DOMAIN, add_and_verify, connect
from tests.integration.test_microsoft import graph as graph  # a fixture
from tests.integration.test_microsoft import zone as zone  # a fixture
from tests.servers.graph_fake import GraphFake


@pytest.fixture
def tenant(graph: GraphFake, zone):
    """The company's domain verified and the tenant's default (the Microsoft 365 admin center's "Set as default")."""
    async def prepare():
        _c, provider, _a, _b = await connect(graph)
        try:
            await add_and_verify(provider, zone)
        finally:
            await provider.close()
    asyncio.run(prepare())
    graph.set_default_domain(DOMAIN)
    for i in range(4):
        graph.add_user(f"user{i:03d}@{DOMAIN}", f"User {i}")
    return graph


def run(graph: GraphFake, scenario):
    async def main():
        _c, provider, _a, _b = await connect(graph)
        api = profile_for("microsoft").open_shared(provider)  # as the session opens it
        assert isinstance(api, GraphShared)
        try:
            return await scenario(api)
        finally:
            await provider.close()
    return asyncio.run(main())


def test_the_consent_asks_for_group_write_and_support_says_aliases_need_the_console() -> None:
    assert "Group.ReadWrite.All" in SCOPES
    support = GraphShared.support
    assert support.groups and support.outside_mail and support.members_listed and not support.aliases
    assert profile_for("microsoft").open_shared(None).support == support  # known before signing in


def test_a_microsoft_365_group_gets_its_members_in_their_inbox_and_outside_mail(tenant: GraphFake) -> None:
    async def scenario(api: GraphShared):
        info = await api.create_group(f"info@{DOMAIN}", "Info", outside=True)
        hr = await api.create_group(f"hr@{DOMAIN}", "HR", outside=False)
        await api.add_members(info, [f"user000@{DOMAIN}", f"USER001@{DOMAIN}"])
        await api.add_members(info, [f"user000@{DOMAIN}"])  # again: nothing changes
        await api.add_members(hr, [f"user002@{DOMAIN}", f"user003@{DOMAIN}", f"user001@{DOMAIN}"])
        return info, await api.find_group(f"info@{DOMAIN}"), await api.group_members(info), \
            await api.group_members(hr)

    info, found, info_members, hr_members = run(tenant, scenario)
    assert found is not None and found.id == info.id and info.address == f"info@{DOMAIN}"
    assert found.created is not None  # createdDateTime: the run can tell a group made before its first attempt
    assert sorted(info_members) == [f"user000@{DOMAIN}", f"user001@{DOMAIN}"]
    assert sorted(hr_members) == [f"user001@{DOMAIN}", f"user002@{DOMAIN}", f"user003@{DOMAIN}"]  # paged
    made = tenant.group_by_mail(f"info@{DOMAIN}")
    assert made["groupTypes"] == ["Unified"] and made["autoSubscribeNewMembers"] is True
    assert made["allowExternalSenders"] is True
    assert tenant.group_by_mail(f"hr@{DOMAIN}")["allowExternalSenders"] is False
    assert tenant.group_creates == {f"info@{DOMAIN}": 1, f"hr@{DOMAIN}": 1}


def test_who_has_reads_users_aliases_groups_and_group_names(tenant: GraphFake) -> None:
    tenant.add_user_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")

    async def scenario(api: GraphShared):
        await api.create_group(f"sales@{DOMAIN}", "Sales", outside=True)
        return [await api.who_has(a) for a in (f"user001@{DOMAIN}", f"Lina@{DOMAIN}", f"sales@{DOMAIN}",
                                                  f"office@{DOMAIN}",
                                                  f"nobody@{DOMAIN}")], await api.aliases(f"user000@{DOMAIN}")

    answers, aliases = run(tenant, scenario)
    # office@…: a seeded Microsoft 365 group's mailNickname is "office", so office@example.com could not be made
    assert answers == [USER, ALIAS, GROUP, GROUP, FREE]
    assert aliases == [f"lina@{DOMAIN}"]


def test_what_graph_cannot_do_is_refused_before_anything_is_sent(tenant: GraphFake) -> None:
    async def scenario(api: GraphShared):
        with pytest.raises(InvalidAddress):  # a dot is not allowed in a group's mailNickname
            await api.create_group(f"sales.team@{DOMAIN}", "Sales team", outside=True)
        with pytest.raises(NotSupported):  # proxyAddresses is read-only: the Exchange admin center's steps
            await api.add_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")
        tenant.set_default_domain("contoso.onmicrosoft.com")
        with pytest.raises(NotSupported) as elsewhere:  # it would be made at the default domain instead
            await api.create_group(f"info@{DOMAIN}", "Info", outside=True)
        return elsewhere.value

    elsewhere = run(tenant, scenario)
    assert elsewhere.key == "provider.not_default_domain" and elsewhere.params == {"domain": DOMAIN}
    assert tenant.group_create_posts == 0


def test_clashes_throttling_provisioning_and_a_lost_answer(tenant: GraphFake) -> None:
    tenant.inject(GraphFake.throttle(times=2, retry_after=1, path="^/v1.0/groups$", method="POST"))
    tenant.provisioning_calls = 2  # the new group's Exchange side is not there yet for two PATCHes

    async def scenario(api: GraphShared):
        sales = await api.create_group(f"sales@{DOMAIN}", "Sales", outside=True)
        with pytest.raises(AlreadyExists) as clash:
            await api.create_group(f"user000@{DOMAIN}", "Clash", outside=True)  # a user's address
        tenant.inject(Fault.drop_after(times=1, path="^/v1.0/groups$", method="POST"))
        with pytest.raises(AmbiguousOutcome):
            await api.create_group(f"support@{DOMAIN}", "Support", outside=False)
        support = await api.find_group(f"support@{DOMAIN}")
        tenant.inject(Fault.drop_after(times=1, path="^/v1.0/groups$", method="POST"))
        with pytest.raises(AmbiguousOutcome):
            await api.create_group(f"info@{DOMAIN}", "Info", outside=True)
        info = await api.find_group(f"info@{DOMAIN}")
        await api.add_members(info, [f"user000@{DOMAIN}"])  # the run goes on with the group it adopted
        return sales, clash.value, support

    _sales, clash, support = run(tenant, scenario)
    assert clash.params == {"what": GROUP}
    assert support is not None  # made: the run reads back and adopts it, never sends it again
    adopted = tenant.group_by_mail(f"info@{DOMAIN}")
    assert adopted["autoSubscribeNewMembers"] is True and adopted["allowExternalSenders"] is True
    assert tenant.group_creates == {f"sales@{DOMAIN}": 1, f"support@{DOMAIN}": 1, f"info@{DOMAIN}": 1}
    assert tenant.group_by_mail(f"sales@{DOMAIN}")["autoSubscribeNewMembers"] is True


def test_the_console_steps_cover_what_graph_cannot_in_three_languages() -> None:
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).resolve().parents[2] / "resources/shared/microsoft.toml").read_text("utf-8"))
    for part in ("groups", "aliases"):
        steps = data[part]["steps"]
        assert data[part]["source"].startswith("https://learn.microsoft.com/")
        assert isinstance(data[part]["unconfirmed"], bool)
        assert set(steps) == {"en", "zh_CN", "zh_TW"} and len({len(s) for s in steps.values()}) == 1
    assert any("Manage email address types" in s for s in data["aliases"]["steps"]["en"])


# --- across kills: the session as the window runs it, in a process killed at random moments ---------------------
ROOT = Path(__file__).resolve().parents[2]
COUNT = 50


def progress(graph: GraphFake) -> int:
    return graph.created_user_posts + graph.group_create_posts + graph.group_member_posts


def run_worker(graph: GraphFake, state: Path, *, kill_when=None) -> dict | None:
    token = graph._issue("test-client-id", " ".join(SCOPES)).body["access_token"]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.shared_worker_google", "microsoft", graph.base_url, token, str(state),
         DOMAIN, graph.admin_upn, str(COUNT)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if kill_when is not None:
        deadline = time.monotonic() + 60
        while not kill_when() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)  # no clean-up, no flush: like a crash
        process.wait(10)
        return None
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def fresh_tenant():
    from tests.contract.graph_sdk import contract

    # the contract checker reads msgraph-sdk's models the first time a body needs them (seconds on a busy machine):
    # read now, so that no answer is slow enough for the worker to take it as lost and ask again
    for method, path, body in (("POST", "/v1.0/users", {"displayName": "x"}), ("POST", "/v1.0/groups", {}),
                               ("PATCH", "/v1.0/groups/g1", {"allowExternalSenders": True})):
        contract().check(method, path, {}, body)
    with GraphFake() as fake:
        fake.domains[DOMAIN] = fake._new_domain(DOMAIN, verified=True)
        fake.set_default_domain(DOMAIN)
        yield fake


def test_killed_runs_make_50_members_and_5_microsoft_365_groups_exactly_once(fresh_tenant: GraphFake,
                                                                             tmp_path: Path) -> None:
    from tests.integration.shared_worker_google import shared_list

    graph, rng, state = fresh_tenant, random.Random(20261204), tmp_path / "state"
    graph.inject(Fault.drop_after(times=2, path="^/v1.0/groups$", method="POST"))  # made, the answer lost
    graph.inject(GraphFake.throttle(times=1, retry_after=1, path="^/v1.0/groups$", method="POST"))
    graph.provisioning_calls = 1
    # crashes while the accounts are made, just after a group's POST (before its PATCHes), among its members
    for low, high in ((10, 45), (0, 0), (57, 80), (0, 0)):
        if high:
            target = max(progress(graph) + 1, rng.randint(low, high))
            run_worker(graph, state, kill_when=lambda t=target: progress(graph) >= t)
        else:
            posts = graph.group_create_posts
            run_worker(graph, state, kill_when=lambda p=posts: graph.group_create_posts > p)
    assert 0 < len(graph.group_creates) < 5
    result = run_worker(graph, state)
    assert result["report"]["failed"] == {} and result["report"]["refused"] == [] and result["done"]
    # each account made once; asked for again only where a kill cut its first request and the directory, which
    # shows a new user only after a while (the fake's read lag, as Graph's eventual consistency), did not show it
    # yet at the read-back: the second request is answered "already exists" and the account adopted
    assert len([u for u in graph.users.values() if u["userPrincipalName"].endswith(f"@{DOMAIN}")]) == COUNT
    assert COUNT <= graph.created_user_posts <= COUNT + 2  # two kills among the accounts
    expected = {f"{s.local_part}@{DOMAIN}": s for s in shared_list(COUNT)}
    assert graph.group_creates == dict.fromkeys(expected, 1)  # each Microsoft 365 group made once ...
    assert graph.group_create_posts == len(expected)  # ... and asked for once (lost answers were read back)
    for address, shared in expected.items():
        group = graph.group_by_mail(address)
        recipients = {f"{r}@{DOMAIN}" for r in shared.recipients}
        assert graph.members_of(group["id"]) == recipients and set(result["delivery"][address]) == recipients
        assert group["autoSubscribeNewMembers"] is True and group["allowExternalSenders"] is shared.outside
    # aliases: nothing sent (Graph cannot); the statuses hold the groups only, the console steps the aliases
    assert set(result["statuses"]) == {f"group:{a}" for a in expected}
    assert set(result["statuses"].values()) == {"created"}
    assert all("proxyAddresses" not in u or len(u["proxyAddresses"]) == 1 for u in graph.users.values())
    posts = (graph.created_user_posts, graph.group_create_posts)
    assert run_worker(graph, state)["done"] and (graph.created_user_posts, graph.group_create_posts) == posts


def test_a_clash_refuses_everything_before_anything_is_made(fresh_tenant: GraphFake, tmp_path: Path) -> None:
    fresh_tenant.add_user(f"someone@{DOMAIN}", "Someone")
    fresh_tenant.add_user_alias(f"someone@{DOMAIN}", f"support@{DOMAIN}")  # support@ is someone's alias already
    result = run_worker(fresh_tenant, tmp_path / "state")
    assert result["report"]["refused"] == ["shared.clash_existing"]
    assert fresh_tenant.group_create_posts == 0 and not result["done"]
