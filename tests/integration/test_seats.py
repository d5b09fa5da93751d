"""Seats, per provider, against each loopback fake: what the API reports (bought and in use), and a run that
meets "no seat left" half-way: a clear error, nothing half-made, the rest left "not created", and a rerun after
buying seats that creates only the rest."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.members.bulk import CREATED, create_accounts
from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider
from mailwizard.core.providers.base import Seats
from mailwizard.core.providers.tencent import TencentEndpoints, TencentProvider
from mailwizard.core.store import Store
from mailwizard.sandbox.alibaba_fake import AlibabaFake
from mailwizard.sandbox.tencent_fake import TencentFake
from tests.integration.provider_helpers import failure_keys, members
from tests.integration.test_google import FAST, google, zone  # noqa: F401 (fixtures)
from tests.integration.test_google import connect as google_connect
from tests.integration.test_microsoft import SKU, add_and_verify, graph  # noqa: F401 (fixtures)
from tests.integration.test_microsoft import connect as graph_connect

DOMAIN = "example.com"
LIST = 10       # members on the list
ROOM = 5        # seats left for them
AT_ONCE = 2     # accounts in flight together: at most this many are refused before the run stops asking


def check_stopped_cleanly(report, store: Store, scope: str) -> None:
    """ROOM created; the first refused ones say "no seat left"; the rest were never begun (no journal entry)."""
    assert report.seats_full
    assert len(report.created) == ROOM
    assert set(failure_keys(report).values()) == {"provider.seats_exhausted"}
    assert 1 <= len(report.failed) <= AT_ONCE  # once refused, the provider is asked nothing more
    assert len(report.failed) + len(report.not_started) == LIST - ROOM
    journal = store.journal_all(scope)
    assert all(address not in journal for address in report.not_started)
    assert sum(1 for state, *_ in journal.values() if state == CREATED) == ROOM


def check_rerun(report) -> None:
    assert not report.seats_full and not report.failed
    assert len(report.skipped) == ROOM and len(report.created) == LIST - ROOM  # only the rest


# --- Google -------------------------------------------------------------------------------------------
def test_google_counts_accounts_and_stops_at_the_domain_user_limit(google, tmp_path) -> None:  # noqa: F811
    store = Store(tmp_path)
    accounts = members(DOMAIN, LIST)

    async def scenario(limit: int):
        _c, provider, _a, _b = await google_connect(google)
        try:
            await provider.add_domain(DOMAIN)
            google.set_domain_verified(DOMAIN)
            seats = await provider.seats()
            google.max_users = limit
            return seats, await create_accounts(provider, accounts, store, concurrency=AT_ONCE)
        finally:
            await provider.close()

    before = len(google.users)
    seats, report = asyncio.run(scenario(before + ROOM))
    assert seats == Seats(None, before, "users.list")  # a customer's admin cannot read the number bought
    check_stopped_cleanly(report, store, "members:google")
    assert len(google.users) == before + ROOM  # the refused inserts made nothing

    _seats, again = asyncio.run(scenario(before + LIST))  # seats bought in the console
    check_rerun(again)
    assert len(google.users) == before + LIST
    store.close()


# --- Microsoft ----------------------------------------------------------------------------------------
def test_microsoft_reads_licences_and_deletes_the_account_it_could_not_license(graph, zone, tmp_path) -> None:  # noqa: F811
    store = Store(tmp_path)
    accounts = members(DOMAIN, LIST)
    sku = graph.skus[0]
    used = sku["consumedUnits"]
    sku["prepaidUnits"]["enabled"] = used + LIST  # enough when the run begins…

    async def scenario(taken_meanwhile: int):
        _c, provider, _a, _b = await graph_connect(graph)
        checked = provider.license_options

        async def then_someone_takes_licences():
            options = await checked()
            sku["consumedUnits"] += taken_meanwhile  # …another admin licenses people after the check
            return options

        provider.license_options = then_someone_takes_licences
        try:
            await add_and_verify(provider, zone)
            seats = await provider.seats(SKU)
            return seats, await create_accounts(provider, accounts, store, license_sku=SKU, concurrency=AT_ONCE)
        finally:
            await provider.close()

    seats, report = asyncio.run(scenario(LIST - ROOM))
    assert seats == Seats(used + LIST, used, "GET /subscribedSkus")
    check_stopped_cleanly(report, store, "members:microsoft")
    ours = [u for u in graph.users.values() if u["userPrincipalName"].endswith("@" + DOMAIN)]
    assert len(ours) == ROOM and all(u["assignedLicenses"] for u in ours)  # no account without a licence
    assert graph.deleted_users  # the refused one was made, then undone
    assert sku["consumedUnits"] == sku["prepaidUnits"]["enabled"]

    sku["prepaidUnits"]["enabled"] += LIST - ROOM  # more bought in the admin center
    _seats, again = asyncio.run(scenario(0))
    check_rerun(again)
    ours = [u for u in graph.users.values() if u["userPrincipalName"].endswith("@" + DOMAIN)]
    assert len(ours) == LIST and all(u["assignedLicenses"] for u in ours)
    store.close()


# --- Tencent ------------------------------------------------------------------------------------------
@pytest.fixture
def tencent():
    with TencentFake(corp_id="wwcorp", secret="s3cret", domains=(DOMAIN,)) as server:
        yield server


def test_tencent_counts_accounts_and_stops_at_errcode_45024(tencent: TencentFake, tmp_path) -> None:
    store = Store(tmp_path)
    accounts = members(DOMAIN, LIST)
    tencent.add_user(f"boss@{DOMAIN}", "Boss")

    async def scenario(limit: int):
        provider = TencentProvider("wwcorp", "s3cret", TencentEndpoints.at(tencent.base_url), policy=FAST, rate=None)
        try:
            seats = await provider.seats()
            tencent.max_accounts = limit
            return seats, await create_accounts(provider, accounts, store, concurrency=AT_ONCE)
        finally:
            await provider.close()

    seats, report = asyncio.run(scenario(1 + ROOM))
    assert seats == Seats(None, 1, "user/simplelist")
    check_stopped_cleanly(report, store, "members:tencent")
    assert len(tencent.users) == 1 + ROOM

    _seats, again = asyncio.run(scenario(1 + LIST))
    check_rerun(again)
    assert len(tencent.users) == 1 + LIST
    store.close()


# --- Alibaba ------------------------------------------------------------------------------------------
@pytest.fixture
def alibaba():
    with AlibabaFake(app_id="app", secret="secret-Xy7", domains=(DOMAIN,)) as server:
        yield server


def test_alibaba_counts_accounts_and_stops_when_the_accounts_are_used_up(alibaba: AlibabaFake, tmp_path) -> None:
    store = Store(tmp_path)
    accounts = members(DOMAIN, LIST)

    async def scenario(limit: int):
        provider = AlibabaProvider("app", "secret-Xy7", AlibabaEndpoints.at(alibaba.base_url), policy=FAST,
                                   rate=None)
        try:
            seats = await provider.seats()
            alibaba.max_accounts = limit
            return seats, await create_accounts(provider, accounts, store, concurrency=AT_ONCE)
        finally:
            await provider.close()

    before = len(alibaba.users)
    seats, report = asyncio.run(scenario(before + ROOM))
    assert seats == Seats(None, before, "departments/{id}/users")
    check_stopped_cleanly(report, store, "members:alibaba")
    assert len(alibaba.users) == before + ROOM

    _seats, again = asyncio.run(scenario(before + LIST))
    check_rerun(again)
    assert len(alibaba.users) == before + LIST
    store.close()
