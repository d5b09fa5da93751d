"""The review's rules (core/review/flags.py), one test per rule: what raises the flag, what does not, the
parameters its message needs, the action only where the provider allows it, never a lock-out of the signed-in
admin, and no flag from a fact the provider does not report."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from mailwizard.core.review.flags import find_flags, name_key
from mailwizard.core.review.model import (
    ACTION_KINDS,
    DEPARTED,
    EXTRA_ADMIN,
    FACTS,
    FLAG_KINDS,
    INACTIVE,
    MAILBOX_FULL,
    NEVER_SIGNED_IN,
    OUTSIDE_FORWARDING,
    PASSWORD,
    PASSWORD_UNCHANGED,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    SUSPEND,
    SUSPENDED,
    AdminRole,
    Forwarding,
    ReviewAccount,
    ReviewAction,
    ReviewSnapshot,
    StaffList,
)

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
ALL = frozenset(ACTION_KINDS)
ADMIN = "boss@example.com"
COMPANY = frozenset({"example.com"})


def ago(days: int) -> str:
    return (NOW - dt.timedelta(days=days)).isoformat()


def person(address: str, **kw) -> ReviewAccount:
    """An account in good order: made a year ago, signed in yesterday, password changed, half-full mailbox."""
    return ReviewAccount(**{"id": address, "address": address, "name": address.split("@")[0].title(),
                            "created": ago(365), "last_sign_in": ago(1), "password_changed": True,
                            "used_mb": 100.0, "quota_mb": 1000.0, **kw})


def snap(*accounts: ReviewAccount, reported=FACTS) -> ReviewSnapshot:
    return ReviewSnapshot((person(ADMIN, admin_roles=(AdminRole("r0", "Super Admin"),)), *accounts),
                          ADMIN, frozenset(reported))


def flags(snapshot, staff=None, actions=ALL, **kw):
    return find_flags(snapshot, staff, COMPANY, actions, NOW, **kw)


def kinds(found) -> list[tuple[str, str]]:
    return [(f.address, f.kind) for f in found]


def test_accounts_in_good_order_raise_nothing() -> None:
    staff = StaffList(frozenset({ADMIN, "ann@example.com"}))
    assert flags(snap(person("ann@example.com")), staff) == []


def test_departed_by_address_alias_then_name() -> None:
    accounts = (person("ann@example.com"), person("bo@example.com", aliases=("bob@example.com",)),
                person("cy@example.com", name="Zhang Wei"), person("dee@example.com", name="张伟"),
                person("eve@example.com", name="Eve Gone"))
    staff = StaffList(frozenset({ADMIN, "ann@example.com", "bob@example.com"}),
                      frozenset({name_key("wei ZHANG"), name_key("张 伟")}))
    found = [f for f in flags(snap(*accounts), staff) if f.kind == DEPARTED]
    assert kinds(found) == [("eve@example.com", DEPARTED)]
    assert found[0].params == {"name": "Eve Gone"}
    assert found[0].action == ReviewAction(SUSPEND, "eve@example.com")


def test_departed_needs_a_staff_list_with_someone_in_it() -> None:
    assert not [f for f in flags(snap(person("eve@example.com"))) if f.kind == DEPARTED]
    assert not [f for f in flags(snap(person("eve@example.com")), StaffList()) if f.kind == DEPARTED]


def test_departed_never_the_signed_in_admin_and_no_suspend_when_suspended() -> None:
    staff = StaffList(frozenset({"someone@example.com"}))
    found = {f.address: f for f in flags(snap(person("gone@example.com", suspended=True)), staff)
             if f.kind == DEPARTED}
    assert set(found) == {"gone@example.com"}  # the admin doing the review (e.g. postmaster) is not "departed"
    assert found["gone@example.com"].action is None  # suspended already
    assert found["gone@example.com"].params["suspended"] == "yes"  # the window says so


def test_outside_forwarding_one_flag_each() -> None:
    forwards = (Forwarding("f1", "me@gmail.com", "auto"), Forwarding("f2", "desk@example.com", "auto"),
                Forwarding("f3", "x@sales.example.com", "rule"), Forwarding("f4", "y@EXAMPLE.COM.evil.cn", "rule"))
    found = [f for f in flags(snap(person("ann@example.com", forwarding=forwards))) if f.kind == OUTSIDE_FORWARDING]
    assert [(f.params["to"], f.params["how"]) for f in found] == [("me@gmail.com", "auto"),
                                                                 ("y@EXAMPLE.COM.evil.cn", "rule")]
    assert [f.action for f in found] == [ReviewAction(REMOVE_FORWARDING, "ann@example.com", "f1"),
                                         ReviewAction(REMOVE_FORWARDING, "ann@example.com", "f4")]


def test_outside_forwarding_from_the_admin_can_be_removed() -> None:
    admin = person(ADMIN, forwarding=(Forwarding("f1", "me@gmail.com"),))
    found = find_flags(ReviewSnapshot((admin,), ADMIN, frozenset(FACTS)), None, COMPANY, ALL, NOW)
    assert [f.action for f in found] == [ReviewAction(REMOVE_FORWARDING, ADMIN, "f1")]


def test_extra_admin_each_role_never_the_signed_in_admin() -> None:
    roles = (AdminRole("r1", "Help Desk Admin"), AdminRole("r2", ""))
    found = [f for f in flags(snap(person("ann@example.com", admin_roles=roles))) if f.kind == EXTRA_ADMIN]
    assert [(f.address, f.params) for f in found] == [("ann@example.com", {"role": "Help Desk Admin"}),
                                                     ("ann@example.com", {"role": "r2"})]
    assert [f.action.target for f in found] == ["r1", "r2"]
    assert all(f.action.kind == REMOVE_ADMIN for f in found)
    # the admin signed in under an alias is the admin
    aliased = ReviewSnapshot((person("root@example.com", aliases=(ADMIN,), admin_roles=roles),), ADMIN,
                             frozenset(FACTS))
    assert find_flags(aliased, None, COMPANY, ALL, NOW) == []


def test_never_signed_in_after_the_grace_days() -> None:
    accounts = (person("old@example.com", created=ago(8), last_sign_in=None),
                person("week@example.com", created=ago(7), last_sign_in=None),
                person("new@example.com", created=ago(6), last_sign_in=None),
                person("undated@example.com", created=None, last_sign_in=None),
                person("gone@example.com", created=ago(30), last_sign_in=None, suspended=True))
    found = [f for f in flags(snap(*accounts)) if f.kind == NEVER_SIGNED_IN]
    assert [(f.address, f.params, f.action) for f in found] == [("old@example.com", {"days": "8"}, None),
                                                                ("week@example.com", {"days": "7"}, None)]
    assert [f.address for f in flags(snap(*accounts), never_days=3) if f.kind == NEVER_SIGNED_IN] == [
        "new@example.com", "old@example.com", "week@example.com"]


def test_password_unchanged_once_signed_in() -> None:
    accounts = (person("ann@example.com", password_changed=False, last_sign_in="2026-11-30T08:00:00Z"),
                person("bo@example.com", password_changed=False, last_sign_in=None, created=ago(2)),
                person("cy@example.com", password_changed=None))
    found = [f for f in flags(snap(*accounts)) if f.kind == PASSWORD_UNCHANGED]
    assert [(f.address, f.params) for f in found] == [("ann@example.com", {"last_sign_in": "2026-11-30"})]
    # where sign-ins are not reported, the temporary password is still worth saying
    no_activity = snap(*accounts, reported=set(FACTS) - {"activity"})
    assert [f.address for f in flags(no_activity) if f.kind == PASSWORD_UNCHANGED] == [
        "ann@example.com", "bo@example.com"]


def test_mailbox_full_at_the_share() -> None:
    accounts = (person("full@example.com", used_mb=950.0), person("edge@example.com", used_mb=900.0),
                person("fine@example.com", used_mb=899.0), person("open@example.com", quota_mb=None),
                person("zero@example.com", quota_mb=0.0))
    found = [f for f in flags(snap(*accounts)) if f.kind == MAILBOX_FULL]
    assert [(f.address, f.params["share"]) for f in found] == [("edge@example.com", "90"), ("full@example.com", "95")]
    assert found[1].params == {"used_mb": "950", "quota_mb": "1000", "share": "95"}
    assert [f.address for f in flags(snap(*accounts), full_share=0.96) if f.kind == MAILBOX_FULL] == []


def test_suspended_and_only_that() -> None:
    found = flags(snap(person("off@example.com", suspended=True, last_sign_in=ago(400), password_changed=False,
                              created=ago(400))))
    assert kinds(found) == [("off@example.com", SUSPENDED)]
    assert found[0].action is None


def test_inactive_after_the_days() -> None:
    accounts = (person("idle@example.com", last_sign_in=ago(91)), person("ok@example.com", last_sign_in=ago(89)),
                person("just@example.com", last_sign_in=ago(90)))
    found = [f for f in flags(snap(*accounts)) if f.kind == INACTIVE]
    assert [(f.address, f.params["days"]) for f in found] == [("idle@example.com", "91"), ("just@example.com", "90")]
    assert found[0].params["last_sign_in"] == ago(91)[:10]
    assert found[0].action == ReviewAction(SUSPEND, "idle@example.com")
    assert [f.address for f in flags(snap(*accounts), inactive_days=30) if f.kind == INACTIVE] == [
        "idle@example.com", "just@example.com", "ok@example.com"]


def test_the_admin_inactive_is_told_but_not_suspended() -> None:
    admin = person(ADMIN, last_sign_in=ago(200))
    found = find_flags(ReviewSnapshot((admin,), ADMIN, frozenset(FACTS)), None, COMPANY, ALL, NOW)
    assert kinds(found) == [(ADMIN, INACTIVE)] and found[0].action is None


def everything() -> ReviewSnapshot:
    return snap(person("gone@example.com", forwarding=(Forwarding("f1", "me@gmail.com"),),
                       admin_roles=(AdminRole("r1", "Admin"),), used_mb=999.0),
                person("never@example.com", created=ago(30), last_sign_in=None),
                person("temp@example.com", password_changed=False),
                person("off@example.com", suspended=True),
                person("idle@example.com", last_sign_in=ago(100)))


def test_each_fact_not_reported_gives_no_flag() -> None:
    staff = StaffList(frozenset({ADMIN, "never@example.com", "temp@example.com", "off@example.com",
                                 "idle@example.com"}))
    full = {f.kind for f in flags(everything(), staff)}
    assert full == set(FLAG_KINDS)
    needs = {"forwarding": {OUTSIDE_FORWARDING}, "admin_roles": {EXTRA_ADMIN}, "quota": {MAILBOX_FULL},
             "status": {SUSPENDED}, PASSWORD: {PASSWORD_UNCHANGED}, "activity": {NEVER_SIGNED_IN, INACTIVE}}
    for fact, gone in needs.items():
        found = {f.kind for f in find_flags(replace(everything(), reported=frozenset(FACTS) - {fact}), staff,
                                            COMPANY, ALL, NOW)}
        assert not found & gone, fact
        assert DEPARTED in found  # the staff list is the admin's own fact


def test_actions_only_where_the_provider_allows() -> None:
    staff = StaffList(frozenset({ADMIN}))
    for allowed in (frozenset(), frozenset({SUSPEND}), frozenset({REMOVE_ADMIN, REMOVE_FORWARDING})):
        offered = {f.action.kind for f in flags(everything(), staff, actions=allowed) if f.action is not None}
        assert offered == set(allowed)


def test_flags_in_the_order_the_review_lists_them() -> None:
    found = flags(everything(), StaffList(frozenset({ADMIN})))
    order = [FLAG_KINDS.index(f.kind) for f in found]
    assert order == sorted(order)


def test_name_key() -> None:
    assert name_key("Zhang  Wei") == name_key("wei zhang") == name_key("ＺＨＡＮＧ，Wei")
    assert name_key("张 伟") == name_key("张伟") != name_key("伟张")
    # a Chinese name beside a Western one (as staff sheets write them): the Chinese characters stay one word, in
    # their order, whatever spaces are put between them
    assert name_key("张 伟 David") == name_key("David 张伟") == name_key("张伟（David）") == name_key("张伟 (David)")
    assert name_key("David 张伟") != name_key("David 伟张")
    assert name_key("Ana·Lee") == name_key("lee ana")
