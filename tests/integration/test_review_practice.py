"""Practice mode's account review against the practice sandbox API: every case seeded, every action done and
undone, a lost answer settled by reading the account (never sent again)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from mailwizard.core.providers.alibaba import AlibabaEndpoints
from mailwizard.core.providers.base import AmbiguousOutcome
from mailwizard.core.providers.practice import PracticeProvider
from mailwizard.core.providers.profiles import practice as practice_profile
from mailwizard.core.review.model import (
    FACTS,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    SUSPEND,
    ReviewAction,
)
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.practice_api import APP_ID, SECRET, PracticeApi
from mailwizard.sandbox.practice_review import OUTSIDE, SEEDED, member_signed_in

DOMAIN = "example.com"


@pytest.fixture
def api():
    with PracticeApi(lambda _d: True, throttle_every=None) as api:
        api.use_domain(DOMAIN)
        for local in ("zhang.wei", "li.na", "anna.chen", "bo.li", "mei.lin"):
            api._new_user({"email": f"{local}@{DOMAIN}", "name": local}, "Temp-Pass-1x")
        yield api


def run(api: PracticeApi, work):
    async def go():
        provider = PracticeProvider(APP_ID, SECRET, AlibabaEndpoints.at(api.base_url), rate=None)
        try:
            return await work(practice_profile.PROFILE.open_review(provider))
        finally:
            await provider.close()

    return asyncio.run(go())


def test_practice_review_reports_every_seeded_case_and_the_members(api) -> None:
    async def read(review):
        return await review.snapshot()

    snap = run(api, read)
    by = {a.address: a for a in snap.accounts}
    assert snap.reported == frozenset(FACTS)
    assert snap.admin_address == f"postmaster@{DOMAIN}"
    assert set(by) == {f"{local}@{DOMAIN}" for local in SEEDED} | {
        f"{local}@{DOMAIN}" for local in ("zhang.wei", "li.na", "anna.chen", "bo.li", "mei.lin")}
    assert [r.name for r in by[f"it.helper@{DOMAIN}"].admin_roles] == ["Administrator"]
    assert [f.to for f in by[f"reception@{DOMAIN}"].forwarding] == [OUTSIDE]
    archive = by[f"archive@{DOMAIN}"]
    assert archive.used_mb is not None and archive.quota_mb and archive.used_mb / archive.quota_mb >= 0.9
    assert by[f"intern@{DOMAIN}"].suspended
    assert sum(a.suspended for a in snap.accounts) == 1
    assert by[f"new.starter@{DOMAIN}"].last_sign_in is None
    created = datetime.fromisoformat(by[f"new.starter@{DOMAIN}"].created or "")
    assert (datetime.now(UTC) - created).days >= 7
    assert by[f"temp.sales@{DOMAIN}"].last_sign_in and by[f"temp.sales@{DOMAIN}"].password_changed is False
    last = datetime.fromisoformat(by[f"old.projects@{DOMAIN}"].last_sign_in or "")
    assert (datetime.now(UTC) - last).days >= 90
    # the members the user made: signed in (and password changed) as practice activation says
    made = [by[f"{local}@{DOMAIN}"] for local in ("zhang.wei", "li.na", "anna.chen", "bo.li", "mei.lin")]
    for account in made:
        assert (account.last_sign_in is not None) == member_signed_in(account.address) == account.password_changed
        assert not account.admin_roles and not account.suspended
    # the first member made who signs in forwards to a private address; nobody else does
    forwarding = [(a.address, [f.to for f in a.forwarding]) for a in made if a.forwarding]
    first = next(a.address for a in made if member_signed_in(a.address))
    assert forwarding == [(first, [first.split("@")[0] + ".home@example.org"])]


@pytest.mark.parametrize(("kind", "address", "target"), [
    (SUSPEND, "old.projects", ""), (REMOVE_ADMIN, "it.helper", "role-admin"),
    (REMOVE_FORWARDING, "reception", "fwd-1")])
def test_each_practice_action_is_done_and_undone(api, kind, address, target) -> None:
    action = ReviewAction(kind, f"{address}@{DOMAIN}", target)

    async def act(review):
        assert kind in review.actions()
        before = await review.account(action.address)
        assert not review.is_applied(action, before)
        undo = await review.apply(action)
        done = await review.account(action.address)
        await review.undo(action, undo)
        after = await review.account(action.address)
        return before, undo, done, after

    before, undo, done, after = run(api, act)
    assert undo and "secret" not in str(undo).lower()
    assert done != before and after == before
    # the sandbox's own state, not only what the review reads back
    user = api.users[action.address]
    assert user["status"] == "NORMAL" and user["_adminRoles"] == ([] if address != "it.helper" else
                                                                   [{"id": "role-admin", "name": "Administrator"}])
    assert user["_forwarding"] == ([{"id": "fwd-1", "to": OUTSIDE}] if address == "reception" else [])


def test_the_practice_admin_keeps_the_console(api) -> None:
    """The super admin's own role is there and is the snapshot's admin (rules never offer to remove it)."""
    async def read(review):
        return await review.account(f"postmaster@{DOMAIN}")

    account = run(api, read)
    assert [r.id for r in account.admin_roles] == ["role-super-admin"]


@pytest.mark.parametrize(("kind", "address", "target", "path", "method"), [
    (SUSPEND, "old.projects", "", r"/v2/users/old\.projects", "PATCH"),
    (REMOVE_ADMIN, "it.helper", "role-admin", "/adminRoles/", "DELETE"),
    (REMOVE_FORWARDING, "reception", "fwd-1", "/forwarding/", "DELETE")])
def test_a_lost_answer_is_ambiguous_not_resent_and_settled_by_reading(api, kind, address, target, path,
                                                                     method) -> None:
    action = ReviewAction(kind, f"{address}@{DOMAIN}", target)
    api.inject(Fault.drop_after(times=1, path=path, method=method))
    sent = api.user_patches + api.review_changes

    async def act(review):
        with pytest.raises(AmbiguousOutcome):
            await review.apply(action)
        return review.is_applied(action, await review.account(action.address))

    assert run(api, act)  # done, as reading the account shows
    assert api.user_patches + api.review_changes == sent + 1  # sent once, never again by itself


def test_exactly_the_expected_flags_in_practice(api) -> None:
    """The rules over practice's snapshot (a staff list without "it.helper"): every kind of flag appears, each where
    it was seeded, the postmaster (the console's admin) never flagged."""
    import datetime as dt

    from mailwizard.core.review.flags import find_flags
    from mailwizard.core.review.model import FLAG_KINDS, StaffList

    async def read(review):
        return review.actions(), await review.snapshot()

    actions, snap = run(api, read)
    staff = StaffList(addresses=frozenset(a.address for a in snap.accounts if not a.address.startswith("it.")))
    flags = find_flags(snap, staff, frozenset({DOMAIN}), actions, dt.datetime.now(dt.UTC))
    found = {(f.address.split("@")[0], f.kind, f.action.kind if f.action else "") for f in flags}
    first = next(local for local in ("zhang.wei", "li.na", "anna.chen", "bo.li", "mei.lin")
                 if member_signed_in(f"{local}@{DOMAIN}"))
    assert found == {(first, "outside_forwarding", REMOVE_FORWARDING),
        ("it.helper", "departed", SUSPEND), ("reception", "outside_forwarding", REMOVE_FORWARDING),
        ("it.helper", "extra_admin", REMOVE_ADMIN), ("new.starter", "never_signed_in", ""),
        ("temp.sales", "password_unchanged", ""), ("archive", "mailbox_full", ""), ("intern", "suspended", ""),
        ("old.projects", "inactive", SUSPEND)}
    assert {kind for _a, kind, _x in found} == set(FLAG_KINDS)
