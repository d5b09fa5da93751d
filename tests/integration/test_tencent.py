"""Tencent Exmail end to end against the loopback fake of its open API: token, departments, exactly-once
creation under faults and throttling, token renewal mid-run, wrong secret, taken addresses."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.providers.base import (
    DepartmentNotFound,
    InvalidAddress,
    NoApiAccess,
    NotSupported,
    WrongCredentials,
)
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.tencent import TencentEndpoints, TencentProvider
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.tencent_fake import TencentFake
from tests.integration.provider_helpers import failure_keys, members

DOMAIN = "example.com"
FAST = RetryPolicy(attempts=8, base_delay=0.005, max_delay=0.02)


@pytest.fixture
def fake():
    with TencentFake(corp_id="wwcorp", secret="s3cret", domains=(DOMAIN,), company="示例有限公司") as server:
        yield server


def provider(fake: TencentFake, secret: str = "s3cret", **options) -> TencentProvider:
    return TencentProvider("wwcorp", secret, TencentEndpoints.at(fake.base_url), policy=FAST, rate=None, **options)


def run(coro):
    return asyncio.run(coro)


def test_who_is_connected_claims_no_company_name_the_api_does_not_give(fake: TencentFake) -> None:
    """department/list?id=1 lists the root's children, not the root (the company): no name to show."""
    async def scenario():
        p = provider(fake)
        try:
            return await p.whoami()
        finally:
            await p.close()

    account = run(scenario())
    assert account.organisation == "" and account.email == "wwcorp"
    gettoken = [r for r in fake.requests if r.path.endswith("/gettoken")]
    assert len(gettoken) == 1
    api_calls = [r for r in fake.requests if not r.path.endswith("/gettoken")]
    assert all(r.arg("access_token") for r in api_calls)


def test_wrong_secret_says_so_and_creates_nothing(fake: TencentFake, tmp_path: Path) -> None:
    async def scenario():
        p = provider(fake, secret="wrong")
        try:
            with pytest.raises(WrongCredentials):
                await p.whoami()
            return await create_accounts(p, members(DOMAIN, 3), Store(tmp_path / "s.db"))
        finally:
            await p.close()

    report = run(scenario())
    assert fake.users == {} and len(report.failed) == 3
    assert set(failure_keys(report).values()) == {"provider.wrong_credentials"}


def test_an_edition_without_the_api_is_explained(fake: TencentFake) -> None:
    fake.api_enabled = False

    async def scenario():
        p = provider(fake)
        try:
            await p.whoami()
        finally:
            await p.close()

    with pytest.raises(NoApiAccess):
        run(scenario())


def test_300_accounts_exactly_once_through_faults_throttling_and_a_token_that_expires(
        fake: TencentFake, tmp_path: Path) -> None:
    fake.throttle_every = 13                                                        # errcode 45009 now and then
    fake.inject(Fault.drop_after(times=4, path="/cgi-bin/user/create", method="POST"))   # created, no answer
    fake.inject(Fault.status(502, "bad gateway", times=3, path="/cgi-bin/user/create"))
    fake.inject(Fault.status(200, {"errcode": -1, "errmsg": "system busy"}, times=3, path="/cgi-bin/user/create"))
    accounts = [dataclasses.replace(a, department="研发部" if i % 2 else "销售部") for i, a in
                enumerate(members(DOMAIN, 300))]
    progress: list[int] = []

    def on_progress(report) -> None:
        progress.append(report.done)
        if report.done == 150 and fake.tokens:
            fake.expire_all_tokens()  # 42001 for every call in flight: renewed once, carried on

    async def scenario():
        p = provider(fake)
        try:
            return await create_accounts(p, accounts, Store(tmp_path / "s.db"), on_progress=on_progress), \
                p.session.renewals
        finally:
            await p.close()

    report, renewals = run(scenario())
    assert len(report.created) == 300 and not report.failed and not report.taken
    assert len(fake.users) == 300
    assert renewals >= 2 and fake.token_requests == renewals
    names = {d["name"] for d in fake.departments.values()}
    assert names == {"示例有限公司", "研发部", "销售部"}  # each department created once
    sales = next(d["id"] for d in fake.departments.values() if d["name"] == "销售部")
    assert fake.users["user000@example.com"]["department"] == [sales]
    assert all(u["cpwd_login"] == 1 for u in fake.users.values())  # must change the password at first sign-in


def test_a_rerun_after_a_crash_creates_nothing_twice(fake: TencentFake, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    accounts = members(DOMAIN, 40)
    # the app stopped after it journalled "attempted" and the provider created 10 of them
    for account in accounts[:10]:
        store.journal_put("members:tencent", account.address, "attempted")
        fake.add_user(account.address)

    async def scenario():
        p = provider(fake)
        try:
            return await create_accounts(p, accounts, store)
        finally:
            await p.close()

    report = run(scenario())
    assert len(fake.users) == 40 and len(report.created) == 40 and not report.taken
    checks = [r for r in fake.requests if r.path.endswith("/user/batchcheck")]
    assert len(checks) >= 10  # the provider was asked before anything was retried
    # ...and what it already had was not sent again (a repeat would only fail, and the dict above hides it)
    creates = [r.json()["userid"] for r in fake.requests if r.path.endswith("/user/create")]
    assert len(creates) == 30 and not set(creates) & {a.address for a in accounts[:10]}


def test_an_address_taken_before_mailwizard_is_recognised(fake: TencentFake, tmp_path: Path) -> None:
    fake.add_user("user001@example.com", "Someone Else")
    fake.aliases.add("user002@example.com")

    async def scenario():
        p = provider(fake)
        try:
            kinds = await p.check_addresses([a.address for a in members(DOMAIN, 25)])
            report = await create_accounts(p, members(DOMAIN, 3), Store(tmp_path / "s.db"))
            return kinds, report, await p.list_users()
        finally:
            await p.close()

    kinds, report, users = run(scenario())
    assert kinds["user001@example.com"] == 1 and kinds["user002@example.com"] == 2 and kinds["user003@example.com"] == 0
    assert len([r for r in fake.requests if r.path.endswith("/user/batchcheck")]) == 2  # 25 addresses: 20 + 5
    assert set(report.taken) == {"user001@example.com", "user002@example.com"}
    assert fake.users["user001@example.com"]["name"] == "Someone Else"
    assert {u.address for u in users} == {"user000@example.com", "user001@example.com"}


def test_typed_errors_for_a_bad_address_and_a_deleted_department(fake: TencentFake) -> None:
    async def scenario():
        p = provider(fake)
        try:
            bad = dataclasses.replace(members(DOMAIN, 1)[0], address="user000@other.org")
            with pytest.raises(InvalidAddress) as invalid:
                await p.create_user(bad)
            dept = dataclasses.replace(members(DOMAIN, 1)[0], department="财务部")
            await p.department_id("财务部")
            fake.departments = {k: v for k, v in fake.departments.items() if v["name"] != "财务部"}
            with pytest.raises(DepartmentNotFound) as missing:
                await p.create_user(dept)
            with pytest.raises(NotSupported):
                await p.add_domain(DOMAIN)
            return invalid.value, missing.value
        finally:
            await p.close()

    invalid, missing = run(scenario())
    assert invalid.params == {"address": "user000@other.org"}
    assert missing.params == {"department": "财务部"}
    assert "s3cret" not in repr(invalid) and fake.users == {}


def test_a_name_over_64_bytes_is_refused_before_sending_with_the_limit_named(fake: TencentFake, tmp_path: Path) -> None:
    """Exmail counts a name in bytes (1–64): 22 Chinese characters are 66 bytes. The app says so before anything
    is sent; the other members are created."""
    from mailwizard.core.members.bulk import account_for
    from mailwizard.core.members.failures import read_failure
    from mailwizard.core.members.model import Member

    long_name = "欧阳" + "明" * 20  # 22 characters, 66 bytes in UTF-8
    rows = [Member(long_name, "欧阳", "明" * 20, "ouyang"), Member("李娜", "李", "娜", "li.na"),
            Member("王芳", "王", "芳", "wang.fang", department="市场" * 11)]  # the department too: 66 bytes
    accounts = [account_for(m, DOMAIN, "Temp-Pass-1x") for m in rows]

    async def scenario():
        p = provider(fake)
        try:
            return await create_accounts(p, accounts, Store(tmp_path / "s.db"))
        finally:
            await p.close()

    report = run(scenario())
    assert report.created == [f"li.na@{DOMAIN}"]
    key, params = read_failure(report.failed[f"ouyang@{DOMAIN}"])
    assert (key, params["limit"], params["chinese"]) == ("provider.too_long", "64", "21")
    assert read_failure(report.failed[f"wang.fang@{DOMAIN}"])[1]["value"] == "市场" * 11
    sent = [r for r in fake.requests if r.path.endswith(("/user/create", "/department/create"))]
    assert all(long_name not in r.body.decode() and "市场" * 11 not in r.body.decode() for r in sent)


def test_the_fake_counts_bytes_as_the_service_does(fake: TencentFake) -> None:
    """21 Chinese characters (63 bytes) pass; 22 (66 bytes) are refused with the service's own code."""
    async def create(name: str) -> int:
        import httpx

        async with httpx.AsyncClient() as http:
            token = (await http.get(f"{fake.base_url}/cgi-bin/gettoken",
                                    params={"corpid": "wwcorp", "corpsecret": "s3cret"})).json()["access_token"]
            body = {"userid": f"u{len(name)}@{DOMAIN}", "name": name, "department": [1], "password": "Temp-Pass-1x"}
            answer = await http.post(f"{fake.base_url}/cgi-bin/user/create", params={"access_token": token},
                                     json=body)
            return answer.json()["errcode"]

    assert run(create("明" * 21)) == 0
    assert run(create("明" * 22)) == 60112
