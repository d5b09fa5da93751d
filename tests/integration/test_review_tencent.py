"""Tencent Exmail's account review against the fake's seeded tenant (TencentFake.seed_review): status, aliases and
the temporary-password flag read, the rest said to be not reported, exactly the expected flags, suspend and its
undo, a lost answer settled by reading and never sent again; and a reminder's new temporary password."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from mailwizard.core.providers.base import AmbiguousOutcome, InvalidRequest, NotFound
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.providers.tencent import TencentEndpoints, TencentProvider
from mailwizard.core.review.model import (
    ALIASES,
    PASSWORD,
    REMOVE_ADMIN,
    STATUS,
    SUSPEND,
    ReviewAction,
    StaffList,
)
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.tencent_fake import TencentFake

D = "example.com"
FAST = RetryPolicy(attempts=4, base_delay=0.005, max_delay=0.02)


@pytest.fixture
def fake():
    with TencentFake(corp_id="wwcorp", secret="s3cret", domains=(D,)) as server:
        server.cases = server.seed_review()
        yield server


def _run(fake: TencentFake, body):
    async def scenario():
        provider = TencentProvider("wwcorp", "s3cret", TencentEndpoints.at(fake.base_url), policy=FAST, rate=None)
        try:
            return await body(provider)
        finally:
            await provider.close()

    return asyncio.run(scenario())


def _review(fake: TencentFake, body):
    return _run(fake, lambda provider: body(profile_for("tencent").open_review(provider)))


def test_what_exmail_reports_and_what_it_does_not(fake: TencentFake) -> None:
    async def body(review):
        return review.actions(), await review.snapshot()

    actions, snapshot = _review(fake, body)
    c = fake.cases
    accounts = {a.address: a for a in snapshot.accounts}
    assert set(accounts) == set(c.values())
    assert actions == {SUSPEND}
    assert snapshot.reported == {STATUS, ALIASES, PASSWORD} and snapshot.admin_address == ""
    assert all(url.startswith("https://exmail.qq.com/qy_mng_logic/doc") for url in snapshot.sources.values())
    assert accounts[c["disabled"]].suspended and not accounts[c["fine"]].suspended
    assert accounts[c["fine"]].aliases == (f"sales@{D}",) and accounts[c["fine"]].name == "Fine Person"
    assert accounts[c["temporary"]].password_changed is False and accounts[c["fine"]].password_changed is True
    # nothing claimed that the API does not say
    assert all(a.last_sign_in is None and a.created is None and a.admin_roles == () and a.forwarding == ()
               and a.used_mb is None for a in snapshot.accounts)


def test_exactly_the_expected_flags(fake: TencentFake) -> None:
    flags_module = pytest.importorskip("mailwizard.core.review.flags")  # rev18core's rules

    snapshot = _review(fake, lambda review: review.snapshot())
    c = fake.cases
    staff = StaffList(addresses=frozenset(a for k, a in c.items() if k != "departed"))
    flags = flags_module.find_flags(snapshot, staff, frozenset({D}), frozenset({SUSPEND}), dt.datetime.now(dt.UTC))
    found = {(f.address, f.kind, f.action.kind if f.action else "") for f in flags}
    assert found == {(c["departed"], "departed", SUSPEND), (c["temporary"], "password_unchanged", ""),
                     (c["disabled"], "suspended", "")}


def test_suspend_and_undo(fake: TencentFake) -> None:
    address = fake.cases["departed"]
    action = ReviewAction(SUSPEND, address)

    async def body(review):
        undo = await review.apply(action)
        done = review.is_applied(action, await review.account(address))
        await review.undo(action, undo)
        return done, review.is_applied(action, await review.account(address))

    assert _review(fake, body) == (True, False)
    assert fake.updates == [{"userid": address, "enable": 0}, {"userid": address, "enable": 1}]
    assert fake.users[address]["enable"] == 1


def test_undoing_a_suspension_of_an_account_disabled_before_leaves_it_disabled(fake: TencentFake) -> None:
    address = fake.cases["disabled"]
    action = ReviewAction(SUSPEND, address)

    async def body(review):
        prepared = await review.prepare(action)  # read before anything is sent: the session journals it ahead
        undo = await review.apply(action)
        await review.undo(action, undo)
        return prepared, undo

    prepared, undo = _review(fake, body)
    assert prepared == undo == {"suspended": True}
    assert fake.updates == [{"userid": address, "enable": 0}]  # the undo sent nothing: it was so before
    assert str(fake.users[address]["enable"]) == "0"


def test_a_lost_answer_is_settled_by_reading_and_not_sent_again(fake: TencentFake) -> None:
    address = fake.cases["departed"]
    action = ReviewAction(SUSPEND, address)
    fake.inject(Fault.drop_after(path="/cgi-bin/user/update", method="POST"))

    async def body(review):
        with pytest.raises(AmbiguousOutcome):
            await review.apply(action)
        return review.is_applied(action, await review.account(address))

    assert _review(fake, body) is True
    assert len([r for r in fake.requests if r.path == "/cgi-bin/user/update"]) == 1
    assert fake.updates == [{"userid": address, "enable": 0}]


def test_only_what_the_api_can_do_is_done(fake: TencentFake) -> None:
    async def body(review):
        with pytest.raises(InvalidRequest):
            await review.apply(ReviewAction(REMOVE_ADMIN, fake.cases["fine"], "x"))
        return await review.account(f"ghost@{D}")

    assert _review(fake, body) is None and fake.updates == []


# --- the activation leftover: a reminder's new temporary password --------------------------------------------
def test_a_new_temporary_password_is_set_once_and_must_be_changed(fake: TencentFake) -> None:
    address = fake.cases["fine"]
    _run(fake, lambda provider: provider.set_password(address, "Temp0rary9Pass"))
    assert fake.users[address]["_password"] == "Temp0rary9Pass" and fake.users[address]["cpwd_login"] == 1
    assert fake.updates == [{"userid": address, "cpwd_login": 1, "password": "***"}]


def test_a_new_password_for_an_unknown_account_or_a_lost_answer(fake: TencentFake) -> None:
    with pytest.raises(NotFound):
        _run(fake, lambda provider: provider.set_password(f"ghost@{D}", "Temp0rary9Pass"))
    fake.inject(Fault.drop_after(path="/cgi-bin/user/update", method="POST"))
    with pytest.raises(AmbiguousOutcome):
        _run(fake, lambda provider: provider.set_password(fake.cases["fine"], "Temp0rary9Pass"))
    assert len([r for r in fake.requests if r.path == "/cgi-bin/user/update"]) == 2  # one each, none resent
