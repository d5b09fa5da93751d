"""Alibaba Mail's account review and the reminder's new temporary password, against the loopback fake's seeded
organisation (AlibabaFake.seed_review): what the open API reports read as it reports it, what it does not said plainly
("not reported"), exactly the expected flags, suspend and its undo, lost answers settled by reading, never resent."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider
from mailwizard.core.providers.base import AmbiguousOutcome, InvalidRequest, NotFound
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.review.flags import find_flags
from mailwizard.core.review.model import (
    ACTIVITY,
    ADMIN_ROLES,
    ALIASES,
    FORWARDING,
    PASSWORD,
    QUOTA,
    REMOVE_ADMIN,
    STATUS,
    SUSPEND,
    ReviewAction,
    StaffList,
)
from mailwizard.sandbox.alibaba_fake import AlibabaFake
from mailwizard.sandbox.fake_http import Fault

D = "example.com"
APP_ID, SECRET = "test-app-id", "test-secret-Xy7"
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def fake():
    with AlibabaFake(app_id=APP_ID, secret=SECRET, domains=(D,)) as server:
        server.cases = server.seed_review(D)
        yield server


def _run(fake: AlibabaFake, body):
    async def scenario():
        provider = AlibabaProvider(APP_ID, SECRET, AlibabaEndpoints.at(fake.base_url), policy=FAST, rate=None)
        try:
            return await body(provider, profile_for("alibaba").open_review(provider))
        finally:
            await provider.close()

    return asyncio.run(scenario())


async def _snapshot(_provider, review):
    return review.actions(), await review.snapshot()


def test_what_the_open_api_reports_and_what_it_does_not(fake: AlibabaFake) -> None:
    actions, snap = _run(fake, _snapshot)
    c = fake.cases
    by = {a.address: a for a in snap.accounts}
    assert set(by) == set(c.values())  # the sub-department's member too
    assert snap.admin_address == c["admin"]
    assert snap.reported == {STATUS, ACTIVITY, PASSWORD, ALIASES}
    assert not {ADMIN_ROLES, FORWARDING, QUOTA} & snap.reported
    assert all(not a.admin_roles and not a.forwarding and a.used_mb is None for a in snap.accounts)
    assert all(snap.sources[fact].startswith("https://") for fact in snap.reported)
    assert actions == {SUSPEND}
    assert [a.address for a in snap.accounts if a.suspended] == [c["suspended"]]
    assert by[c["never"]].last_sign_in is None and by[c["never"]].password_changed is False
    assert by[c["temporary"]].last_sign_in and by[c["temporary"]].password_changed is False
    assert by[c["client_only"]].last_sign_in is not None  # a mail client's sign-in counts
    assert by[c["fine"]].aliases == (f"sales@{D}",) and by[c["fine"]].password_changed is True
    assert by[c["fine"]].created and by[c["fine"]].name == "Sales Li"


def test_exactly_the_expected_flags(fake: AlibabaFake) -> None:
    actions, snap = _run(fake, _snapshot)
    c = fake.cases
    staff = StaffList(addresses=frozenset(a for k, a in c.items() if k != "departed"))
    flags = find_flags(snap, staff, frozenset({D}), actions, dt.datetime.now(dt.UTC))
    assert {(f.address, f.kind, f.action.kind if f.action else "") for f in flags} == {
        (c["departed"], "departed", SUSPEND), (c["never"], "never_signed_in", ""),
        (c["temporary"], "password_unchanged", ""), (c["suspended"], "suspended", ""),
        (c["inactive"], "inactive", SUSPEND)}


def test_suspend_is_done_and_undone(fake: AlibabaFake) -> None:
    address = fake.cases["inactive"]
    action = ReviewAction(SUSPEND, address)

    async def body(_provider, review):
        undo = await review.apply(action)
        done = await review.account(address)
        await review.undo(action, undo)
        return undo, done, await review.account(address)

    undo, done, after = _run(fake, body)
    assert undo == {"status": "NORMAL"} and done.suspended and review_ok(after)
    assert fake.users[address]["status"] == "NORMAL" and "freezedTime" not in fake.users[address]
    assert fake.user_patches == 2


def review_ok(account) -> bool:
    return account is not None and not account.suspended


def test_undoing_a_suspension_of_a_frozen_account_leaves_it_frozen(fake: AlibabaFake) -> None:
    address = fake.cases["suspended"]
    action = ReviewAction(SUSPEND, address)

    async def body(_provider, review):
        await review.undo(action, await review.apply(action))

    _run(fake, body)
    assert fake.users[address]["status"] == "FREEZE"


def test_what_the_api_cannot_do_is_refused_before_anything_is_sent(fake: AlibabaFake) -> None:
    async def body(_provider, review):
        with pytest.raises(Exception) as raised:
            await review.apply(ReviewAction(REMOVE_ADMIN, fake.cases["fine"], "admin"))
        return raised.value

    error = _run(fake, body)
    assert type(error).__name__ == "NotSupported" and fake.user_patches == 0


def test_a_lost_answer_is_ambiguous_never_resent_and_settled_by_reading(fake: AlibabaFake) -> None:
    address = fake.cases["inactive"]
    action = ReviewAction(SUSPEND, address)
    fake.inject(Fault.drop_after(times=1, path="^/v2/users/[^/]+$", method="PATCH"))

    async def body(_provider, review):
        with pytest.raises(AmbiguousOutcome):
            await review.apply(action)
        return review.is_applied(action, await review.account(address))

    assert _run(fake, body)
    assert fake.user_patches == 1 and fake.users[address]["status"] == "FREEZE"


def test_an_unknown_account_reads_as_none(fake: AlibabaFake) -> None:
    async def body(_provider, review):
        missing = await review.account(f"ghost@{D}")
        with pytest.raises(NotFound):
            await review.apply(ReviewAction(SUSPEND, f"ghost@{D}"))
        return missing

    assert _run(fake, body) is None and fake.user_patches == 0


# --- the reminder's new temporary password (activation leftover) ---------------------------------------------
def test_set_password_gives_a_new_temporary_password_to_change_at_the_next_sign_in(fake: AlibabaFake) -> None:
    address = fake.cases["never"]

    async def body(provider, _review):
        await provider.set_password(address, "New-Temp-Pass-9x")

    _run(fake, body)
    user = fake.users[address]
    assert user["_password"] == "New-Temp-Pass-9x" and user["forceChangePasswordNextSignIn"] is True
    assert user["isInitialPassword"] is True and fake.password_resets == 1


def test_set_password_refused_by_the_policy_and_a_lost_answer(fake: AlibabaFake) -> None:
    address = fake.cases["never"]

    async def body(provider, _review):
        with pytest.raises(InvalidRequest):
            await provider.set_password(address, "short")
        fake.inject(Fault.drop_after(times=1, path="/resetPassword$", method="POST"))
        with pytest.raises(AmbiguousOutcome):
            await provider.set_password(address, "New-Temp-Pass-9x")

    _run(fake, body)
    assert fake.password_resets == 2  # the refused one and the lost one: never sent again by itself
    assert fake.users[address]["_password"] == "New-Temp-Pass-9x"


@pytest.mark.parametrize("what", ["suspend", "password"])
def test_a_server_error_after_the_change_is_ambiguous_and_not_retried(fake: AlibabaFake, what: str) -> None:
    """A 5xx does not say "not done": a change is never sent twice by the client's retries."""
    address = fake.cases["inactive"]
    path = "^/v2/users/[^/]+$" if what == "suspend" else "/resetPassword$"
    fake.inject(AlibabaFake.unavailable(times=1, status=500, path=path, method="PATCH" if what == "suspend" else
                                        "POST"))

    async def body(provider, review):
        with pytest.raises(AmbiguousOutcome):
            if what == "suspend":
                await review.apply(ReviewAction(SUSPEND, address))
            else:
                await provider.set_password(address, "New-Temp-Pass-9x")

    _run(fake, body)
    assert fake.user_patches + fake.password_resets == 0  # the fault answered first: sent once, not again
    sent = [r for r in fake.requests if r.method in ("PATCH", "POST") and "/users/" in r.path]
    assert len(sent) == 1
