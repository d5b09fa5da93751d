"""Alibaba Mail end to end against the loopback fake of its open platform admin API."""

from __future__ import annotations

import asyncio
import dataclasses

import httpx
import pytest

from mailwizard.core.members.bulk import BulkReport, create_accounts
from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider, classify
from mailwizard.core.providers.base import (
    AlreadyExists,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    SignInFailed,
    Unreachable,
    WrongCredentials,
    WrongCredentialsOrSite,
)
from mailwizard.core.providers.http import Retry, RetryPolicy, TokenRejected
from mailwizard.core.store import Store
from mailwizard.sandbox.alibaba_fake import AlibabaFake, error_body
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import failure_keys, members

DOMAIN = "example.com"
APP_ID, SECRET = "test-app-id", "test-secret-Xy7"
FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def fake():
    with AlibabaFake(app_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as server:
        yield server


def provider_for(fake: AlibabaFake, *, secret: str = SECRET, rate: float | None = None) -> AlibabaProvider:
    return AlibabaProvider(APP_ID, secret, AlibabaEndpoints.at(fake.base_url), policy=FAST, rate=rate)


def ours(fake: AlibabaFake) -> list[str]:
    with fake.lock:
        return sorted(email for email in fake.users if email.endswith("@" + DOMAIN))


def test_endpoints_point_at_alibaba_or_the_fake() -> None:
    real = AlibabaEndpoints.at()
    assert real.token_url == "https://alimail-cn.aliyuncs.com/oauth2/v2.0/token"
    assert real.api == "https://alimail-cn.aliyuncs.com/v2"
    assert AlibabaEndpoints.at("http://127.0.0.1:8080").api == "http://127.0.0.1:8080/v2"


def test_token_is_fetched_once_and_renewed_before_it_expires(fake: AlibabaFake) -> None:
    now = [1000.0]

    async def scenario():
        provider = provider_for(fake)
        provider.session.clock = lambda: now[0]
        try:
            account = await provider.whoami()
            await provider.find_user("nobody@" + DOMAIN)
            first = fake.tokens_issued
            now[0] += fake.token_lifetime - 100  # inside the renewal margin, not yet expired at the fake
            await provider.find_user("nobody@" + DOMAIN)
            return account, first, provider.session.renewals
        finally:
            await provider.close()

    account, first, renewals = asyncio.run(scenario())
    assert account.email == APP_ID and account.organisation == "Example Co., Ltd." and account.organisation_id
    assert first == 1
    assert fake.tokens_issued == 2 and renewals == 2
    assert fake.unauthorized == 0  # renewed before the fake had to refuse it


def test_tokens_expired_mid_run_are_renewed_and_the_run_finishes(fake: AlibabaFake, tmp_path) -> None:
    store = Store(tmp_path)
    expired: list[int] = []

    def on_progress(report: BulkReport) -> None:
        if len(report.created) >= 20 and not expired:
            expired.append(len(report.created))
            fake.expire_all_tokens()

    async def scenario():
        provider = provider_for(fake)
        try:
            return await create_accounts(provider, members(DOMAIN, 60), store, concurrency=6,
                                         on_progress=on_progress)
        finally:
            await provider.close()

    report = asyncio.run(scenario())
    store.close()
    assert expired and fake.unauthorized >= 1 and fake.tokens_issued >= 2
    assert len(report.created) == 60 and not report.failed and not report.taken
    assert len(ours(fake)) == 60 and fake.user_posts == 60


def test_wrong_secret_is_a_sign_in_failure_and_creates_nothing(fake: AlibabaFake, tmp_path) -> None:
    store = Store(tmp_path)
    wrong = "not-the-secret-Q9"

    async def scenario():
        provider = provider_for(fake, secret=wrong)
        try:
            with pytest.raises(SignInFailed) as caught:
                await provider.whoami()
            report = await create_accounts(provider, members(DOMAIN, 5), store)
            return caught.value, report, repr(provider)
        finally:
            await provider.close()

    error, report, shown = asyncio.run(scenario())
    store.close()
    assert isinstance(error, WrongCredentials) and error.params == {"reason": "invalid_client"}
    assert wrong not in str(error.params) and wrong not in shown
    # refused at the site the provider was opened at: the ID, the secret or the site (test_alibaba_sites.py)
    assert set(failure_keys(report).values()) == {WrongCredentialsOrSite.key} and not report.created
    assert ours(fake) == [] and fake.user_posts == 0 and fake.tokens_issued == 0


def test_unreachable_token_host_is_reported_as_such() -> None:
    async def scenario():
        provider = AlibabaProvider(APP_ID, SECRET, AlibabaEndpoints.at("http://127.0.0.1:9"), policy=FAST,
                                   rate=None)
        try:
            await provider.whoami()
        finally:
            await provider.close()

    with pytest.raises(Unreachable) as caught:
        asyncio.run(scenario())
    assert caught.value.params == {"host": "127.0.0.1"}


def test_300_accounts_exactly_once_through_drops_errors_and_throttling(fake: AlibabaFake, tmp_path) -> None:
    store = Store(tmp_path)
    faults = [
        Fault.drop_after(times=3, path="/v2/users$", method="POST"),           # created, then no answer
        AlibabaFake.unavailable(times=2, status=503, path="/v2/users$", method="POST"),
        AlibabaFake.unavailable(times=1, status=500, path="/v2/users$", method="POST"),
        AlibabaFake.throttle(times=3, retry_after=None, path="/v2/users$", method="POST"),
        AlibabaFake.throttle(times=1, retry_after=1, path="/v2/users$", method="POST"),
        AlibabaFake.throttle(times=2, retry_after=None, path="/v2/users/", method="GET"),
    ]
    for fault in faults:
        fake.inject(fault)

    waits: list[float] = []  # what the retries asked to wait, measured apart from how busy the machine is

    async def counted_sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(seconds)

    async def scenario():
        provider = AlibabaProvider(APP_ID, SECRET, AlibabaEndpoints.at(fake.base_url), policy=FAST, rate=None,
                                   sleep=counted_sleep)
        try:
            report = await create_accounts(provider, members(DOMAIN, 300), store, concurrency=8)
            listed = await provider.list_users()
            return report, listed
        finally:
            await provider.close()

    report, listed = asyncio.run(scenario())
    store.close()
    assert all(f.times == 0 for f in faults)  # every fault was met
    assert len(report.created) == 300 and not report.failed and not report.taken
    assert ours(fake) == sorted(a.address for a in members(DOMAIN, 300))
    assert fake.user_posts == 300  # each address reached the server's create exactly once: no duplicate attempt
    assert sorted(u.address for u in listed) == ours(fake)  # the listing pages (100 a page) to the end
    # the one Retry-After of 1 s is honoured, the other retries back off briefly (FAST): measured as the waits
    # asked for, not the wall clock, which a busy 2-CPU machine stretched past a fixed 8 s (issue 16)
    long = [w for w in waits if w > FAST.max_delay]
    assert long and max(long) <= 1.0  # the Retry-After pause, held by every worker of the connection, never more
    assert len(waits) - len(long) <= 20  # and a few short back-offs


def test_an_address_already_taken_is_recognised_not_duplicated(fake: AlibabaFake, tmp_path) -> None:
    store = Store(tmp_path)
    existing = fake.add_user("user003@" + DOMAIN, name="Someone Else")

    async def scenario():
        provider = provider_for(fake)
        try:
            return await create_accounts(provider, members(DOMAIN, 6), store)
        finally:
            await provider.close()

    report = asyncio.run(scenario())
    store.close()
    assert report.taken == ["user003@" + DOMAIN]
    assert len(report.created) == 5 and not report.failed
    assert fake.users["user003@" + DOMAIN]["id"] == existing["id"]
    assert fake.users["user003@" + DOMAIN]["name"] == "Someone Else"
    assert len(ours(fake)) == 6


def test_create_user_sends_what_the_member_has_and_the_fake_validates(fake: AlibabaFake) -> None:
    account = dataclasses.replace(members(DOMAIN, 1)[0], job_title="Engineer", phone="+86 138 0000 0000")
    weak = dataclasses.replace(members(DOMAIN, 2)[1], password="short")
    elsewhere = dataclasses.replace(members(DOMAIN, 3)[2], address="user002@not-added.com")

    async def scenario():
        provider = provider_for(fake)
        try:
            created = await provider.create_user(account)
            with pytest.raises(AlreadyExists) as again:
                await provider.create_user(account)
            with pytest.raises(InvalidRequest) as bad_password:
                await provider.create_user(weak)
            with pytest.raises(InvalidRequest) as bad_domain:
                await provider.create_user(elsewhere)
            found = await provider.find_user(account.address)
            return created, again.value, bad_password.value, bad_domain.value, found
        finally:
            await provider.close()

    created, again, bad_password, bad_domain, found = asyncio.run(scenario())
    user = fake.users[account.address]
    assert created.id == user["id"] == found.id and created.address == account.address
    assert user["name"] == account.display_name and user["jobTitle"] == "Engineer"
    assert user["phone"] == "+86 138 0000 0000" and user["forceChangePasswordNextSignIn"] is True
    assert user["_password"] == account.password and user["departmentIds"] == [fake.root_id]
    assert again.params == {"what": account.address}
    assert "password" in bad_password.params["detail"] and "short" not in bad_password.params["detail"]
    assert "not-added.com" in bad_domain.params["detail"]
    assert weak.address not in fake.users and elsewhere.address not in fake.users


def test_domain_status_verified_unverified_and_not_added(fake: AlibabaFake) -> None:
    async def scenario():
        provider = provider_for(fake)
        try:
            before = await provider.add_domain(DOMAIN)
            fake.set_mx_verified(DOMAIN, True)
            after = await provider.verify_domain(DOMAIN)
            with pytest.raises(NotFound):
                await provider.verify_domain("not-added.com")
            extras = (await provider.verification_value(DOMAIN), await provider.tenant_values(DOMAIN),
                      await provider.license_options())
            return before, after, extras
        finally:
            await provider.close()

    before, after, extras = asyncio.run(scenario())
    assert (before.domain, before.verified) == (DOMAIN, False)
    assert (after.domain, after.verified) == (DOMAIN, True)
    assert extras == ("", {}, [])
    assert AlibabaProvider.domain_api is False


def test_a_department_is_created_once_and_reused(fake: AlibabaFake, tmp_path) -> None:
    store = Store(tmp_path)
    with fake.lock:
        fake.departments["dept-eng"] = {"id": "dept-eng", "name": "Engineering", "parentId": fake.root_id,
                                        "createdTime": "2024-01-01T00:00:00Z"}
    sales = [dataclasses.replace(m, department="Sales") for m in members(DOMAIN, 20)]
    engineers = [dataclasses.replace(m, address=f"eng{i}@{DOMAIN}", department="Engineering")
                 for i, m in enumerate(members(DOMAIN, 3))]
    # the first department create is carried out but its answer lost: the provider must look, not create again
    fake.inject(Fault.drop_after(times=1, path="/v2/departments$", method="POST"))

    async def scenario():
        provider = provider_for(fake)
        try:
            first = await create_accounts(provider, sales + engineers, store, concurrency=10)
        finally:
            await provider.close()
        later = provider_for(fake)  # a new connection: nothing cached
        try:
            user = await later.create_user(dataclasses.replace(members(DOMAIN, 21)[20], department="Sales"))
        finally:
            await later.close()
        return first, user

    report, user = asyncio.run(scenario())
    store.close()
    assert len(report.created) == 23 and not report.failed
    departments = fake.department_named("Sales")
    assert len(departments) == 1 and fake.department_posts == 1
    assert {fake.users[a.address]["departmentIds"][0] for a in sales} == {departments[0]["id"]}
    assert fake.users[user.address]["departmentIds"] == [departments[0]["id"]]
    assert {fake.users[a.address]["departmentIds"][0] for a in engineers} == {"dept-eng"}


def test_self_limited_rate_stays_under_the_fakes_limit(tmp_path) -> None:
    async def run(fake: AlibabaFake, rate: float | None, store: Store) -> BulkReport:
        provider = provider_for(fake, rate=rate)
        try:
            return await create_accounts(provider, members(DOMAIN, 14), store)
        finally:
            await provider.close()

    # 15 calls (token + 14 creates) against a limit of 10 a second: unlimited trips it, 8 a second does not
    results = {}
    for rate in (None, 8.0):
        store = Store(tmp_path / str(rate))
        with AlibabaFake(app_id=APP_ID, secret=SECRET, rate_limit=10, retry_after=None) as fake:
            report = asyncio.run(run(fake, rate, store))
            results[rate] = (len(report.created), fake.throttled_count, len(ours(fake)))
        store.close()
    created, throttled, at_fake = results[None]
    assert throttled > 0 and created == at_fake  # (the test's fast retry policy gives up on some: fine here)
    assert results[8.0] == (14, 0, 14)


def test_practice_throttling_every_nth_call_is_ridden_out(tmp_path) -> None:
    store = Store(tmp_path)
    with AlibabaFake(app_id=APP_ID, secret=SECRET, throttle_every=4, retry_after=None) as fake:
        async def scenario():
            provider = provider_for(fake)
            try:
                return await create_accounts(provider, members(DOMAIN, 20), store, concurrency=4)
            finally:
                await provider.close()

        report = asyncio.run(scenario())
        assert len(report.created) == 20 and not report.failed
        assert fake.throttled_count >= 5 and len(ours(fake)) == 20 and fake.user_posts == 20
    store.close()


def test_classify_maps_statuses_to_typed_errors() -> None:
    def answer(status: int, code: str = "X", message: str = "m", headers: dict[str, str] | None = None):
        return httpx.Response(status, json=error_body(code, message), headers=headers)

    classify(answer(200))
    with pytest.raises(TokenRejected):
        classify(answer(401, "InvalidToken"))
    with pytest.raises(Retry) as throttled:
        classify(answer(429, headers={"Retry-After": "3"}))
    assert throttled.value.delay == 3.0
    with pytest.raises(Retry) as failed:
        classify(answer(502))
    assert failed.value.delay is None
    with pytest.raises(PermissionDenied) as denied:
        classify(answer(403, "Forbidden"))
    assert denied.value.params["needed"] and denied.value.params["how"]
    with pytest.raises(NotFound):
        classify(answer(404))
    with pytest.raises(AlreadyExists):
        classify(answer(409, "AlreadyExists"))
    with pytest.raises(InvalidRequest) as invalid:
        classify(answer(400, "InvalidParameter", "x" * 500))
    assert invalid.value.params["detail"] == "x" * 200
