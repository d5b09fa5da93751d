"""Microsoft 365's account review against the Graph fake's seeded tenant (GraphFake.seed_review_tenant): every case
read as Graph reports it, each action and its undo, lost answers settled by reading and never sent again, the usage
report's concealed names and a refused report said plainly ("not reported"). Every request passes the Graph
contract check (msgraph-sdk's templates and models)."""

from __future__ import annotations

import asyncio
import re

import pytest

from mailwizard.core.providers.base import AmbiguousOutcome
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.graph_review import read_report
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.providers.profiles import profile_for
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
)
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.graph_fake import GraphFake

D = "example.com"
ADMIN = "admin@contoso.onmicrosoft.com"
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def graph():
    with GraphFake(page_size_default=3) as fake:
        fake.page_size_max = 3  # fewer than $top=999 a page: every @odata.nextLink must be followed
        fake.domains[D] = fake._new_domain(D, verified=True)
        fake.cases = {case: upn for upn, case in fake.seed_review_tenant(D).items()}
        yield fake


def _review(fake: GraphFake, body):
    async def scenario():
        endpoints = Endpoints(GoogleEndpoints.at(fake.base_url), GraphEndpoints.at(fake.base_url))
        conns = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
        provider, _account = await conns.connect("microsoft", AppRegistration("test-client-id"), ScriptedBrowser(),
                                                 "ok")
        try:
            return await body(profile_for("microsoft").open_review(provider))
        finally:
            await provider.close()

    return asyncio.run(scenario())


async def _snapshot(review):
    return review.actions(), await review.snapshot()


def test_every_case_is_read_as_graph_reports_it(graph: GraphFake) -> None:
    actions, snapshot = _review(graph, _snapshot)
    c = graph.cases
    by = {a.address: a for a in snapshot.accounts}
    assert set(by) == {*c.values(), ADMIN}  # every page of /users (3 a page) was followed
    assert snapshot.admin_address == ADMIN
    assert snapshot.reported == {STATUS, PASSWORD, ADMIN_ROLES, ALIASES, QUOTA, ACTIVITY}
    assert FORWARDING not in snapshot.reported and all(not a.forwarding for a in snapshot.accounts)
    assert set(snapshot.sources) == snapshot.reported
    assert all(url.startswith("https://learn.microsoft.com/") for url in snapshot.sources.values())
    assert actions == {SUSPEND, REMOVE_ADMIN}
    roles = {a.address: [r.name for r in a.admin_roles] for a in snapshot.accounts if a.admin_roles}
    assert roles == {ADMIN: ["Global Administrator"], c["extra_admin"]: ["User Administrator"]}
    assert [a.address for a in snapshot.accounts if a.suspended] == [c["suspended"]]
    assert by[c["never_signed_in"]].last_sign_in is None and by[c["never_signed_in"]].password_changed is False
    assert by[c["password_unchanged"]].last_sign_in and by[c["password_unchanged"]].password_changed is False
    assert by[c["none"]].password_changed is True and by[c["none"]].aliases == (f"okay@{D}",)
    full = by[c["mailbox_full"]]
    assert (full.used_mb, full.quota_mb) == (49.5 * 1024, 50 * 1024)
    assert (by[c["none"]].used_mb, by[c["none"]].quota_mb) == (3 * 1024, 50 * 1024)
    old = by[c["inactive"]].last_sign_in or ""
    assert old[:10] < by[c["none"]].last_sign_in[:10]  # 120 days ago against yesterday
    assert by[c["none"]].name == "Okay Person" and by[c["none"]].created


def test_no_mailbox_yet_but_the_password_changed_is_a_sign_in(graph: GraphFake) -> None:
    upn = graph.cases["none"]
    del graph.mailboxes[upn]
    _actions, snapshot = _review(graph, _snapshot)
    account = next(a for a in snapshot.accounts if a.address == upn)
    assert account.used_mb is None and account.last_sign_in is not None
    assert account.last_sign_in.replace("+00:00", "Z") == graph.users[upn]["lastPasswordChangeDateTime"]


def test_concealed_report_names_mean_mailbox_use_and_activity_are_not_reported(graph: GraphFake) -> None:
    graph.conceal_report_names = True
    _actions, snapshot = _review(graph, _snapshot)
    assert snapshot.reported == {STATUS, PASSWORD, ADMIN_ROLES, ALIASES}
    assert all(a.used_mb is None and a.last_sign_in is None for a in snapshot.accounts)


def test_a_refused_report_leaves_the_rest_of_the_review(graph: GraphFake) -> None:
    graph.admin_roles = ("User Administrator", "Privileged Role Administrator")  # no role that reads reports
    _actions, snapshot = _review(graph, _snapshot)
    assert QUOTA not in snapshot.reported and ACTIVITY not in snapshot.reported
    assert STATUS in snapshot.reported and any(a.admin_roles for a in snapshot.accounts)


def test_a_sign_in_consented_before_the_reports_permission_names_it(graph: GraphFake) -> None:
    graph.withheld_scopes = frozenset({"https://graph.microsoft.com/Reports.Read.All"})
    _actions, snapshot = _review(graph, _snapshot)
    assert QUOTA not in snapshot.reported and ACTIVITY not in snapshot.reported and STATUS in snapshot.reported
    assert snapshot.missing == {QUOTA: "Reports.Read.All", ACTIVITY: "Reports.Read.All"}  # "sign in again"


def test_a_role_that_may_not_read_reports_is_no_missing_permission(graph: GraphFake) -> None:
    graph.admin_roles = ("User Administrator", "Privileged Role Administrator")  # consented, but no report role
    assert _review(graph, _snapshot)[1].missing == {}
    graph.admin_roles = ("Global Administrator",)
    assert _review(graph, _snapshot)[1].missing == {}


def test_the_report_is_read_by_address_and_deleted_mailboxes_are_left_out() -> None:
    text = ("\ufeffReport Refresh Date,User Principal Name,Is Deleted,Last Activity Date,Storage Used (Byte),"
            "Prohibit Send/Receive Quota (Byte)\r\n2026-12-01,A@X.com,False,2026-11-30,1048576,2097152\r\n"
            "2026-12-01,gone@x.com,True,,5,10\r\n")
    assert read_report(text) == {"a@x.com": {"used_mb": 1.0, "quota_mb": 2.0,
                                             "activity": "2026-11-30T00:00:00+00:00"}}
    assert read_report("User Principal Name,Is Deleted\r\nB5E1,False\r\n") is None  # concealed
    assert read_report("User Principal Name,Is Deleted\r\n") == {}  # no mailboxes: nothing concealed


@pytest.mark.parametrize("kind", [SUSPEND, REMOVE_ADMIN])
def test_each_action_is_done_and_undone(graph: GraphFake, kind: str) -> None:
    upn = graph.cases["extra_admin"]
    role = next(r["id"] for r in graph.directory_roles.values() if r["displayName"] == "User Administrator")
    action = ReviewAction(kind, upn, role if kind == REMOVE_ADMIN else "")

    async def body(review):
        before = await review.account(upn)
        assert not review.is_applied(action, before)
        undo = await review.apply(action)
        done = await review.account(upn)
        assert review.is_applied(action, done)
        await review.undo(action, undo)
        return undo, done, await review.account(upn)

    undo, done, after = _review(graph, body)
    assert "password" not in str(undo).lower()
    if kind == SUSPEND:
        assert done.suspended and not after.suspended and graph.users[upn]["accountEnabled"] is True
    else:
        assert not done.admin_roles and graph.roles_of(upn) == {"User Administrator"}
        assert [r.id for r in after.admin_roles] == [role]


def test_an_undo_finds_the_role_given_back_meanwhile_and_is_done(graph: GraphFake) -> None:
    upn = graph.cases["extra_admin"]
    role = next(r["id"] for r in graph.directory_roles.values() if r["displayName"] == "User Administrator")
    action = ReviewAction(REMOVE_ADMIN, upn, role)

    async def body(review):
        undo = await review.apply(action)
        graph.give_role(upn, "User Administrator")  # someone gave it back in the admin center
        await review.undo(action, undo)  # Graph's "already exist" 400: what the undo wants, not an error

    _review(graph, body)
    assert graph.roles_of(upn) == {"User Administrator"} and graph.directory_role_posts == 1


def test_a_server_error_after_the_change_is_ambiguous_and_not_retried(graph: GraphFake) -> None:
    upn = graph.cases["extra_admin"]
    role = next(r["id"] for r in graph.directory_roles.values() if r["displayName"] == "User Administrator")
    graph.inject(Fault.status_after(500, {"error": {"code": "UnknownError", "message": ""}}, times=1,
                                    path="/members/.*ref$", method="DELETE"))

    async def body(review):
        with pytest.raises(AmbiguousOutcome):
            await review.apply(ReviewAction(REMOVE_ADMIN, upn, role))

    _review(graph, body)
    assert graph.directory_role_deletes == 1 and graph.roles_of(upn) == set()


def test_a_role_given_through_role_assignments_is_removed_and_given_back(graph: GraphFake) -> None:
    """A member MailWizard made a User Administrator (POST roleAssignments) holds the directory role too."""
    upn = graph.cases["none"]
    graph.role_assignments.append({"id": "ra-1", "principalId": graph.users[upn]["id"], "directoryScopeId": "/",
                                   "roleDefinitionId": "fe930be7-5e62-47db-91af-98c3a49a38b1"})
    graph.activate_role("fe930be7-5e62-47db-91af-98c3a49a38b1")

    async def body(review):
        account = await review.account(upn)
        action = ReviewAction(REMOVE_ADMIN, upn, account.admin_roles[0].id)
        undo = await review.apply(action)
        removed = graph.roles_of(upn)
        await review.undo(action, undo)
        return removed

    assert _review(graph, body) == set() and not graph.assignments_of(upn)
    assert graph.roles_of(upn) == {"User Administrator"}


@pytest.mark.parametrize(("kind", "path", "method"), [
    (SUSPEND, "^/v1.0/users/", "PATCH"), (REMOVE_ADMIN, "/members/.*ref$", "DELETE")])
def test_a_lost_answer_is_ambiguous_never_resent_and_settled_by_reading(graph: GraphFake, kind, path,
                                                                          method) -> None:
    upn = graph.cases["extra_admin"]
    role = next(r["id"] for r in graph.directory_roles.values() if r["displayName"] == "User Administrator")
    action = ReviewAction(kind, upn, role if kind == REMOVE_ADMIN else "")
    graph.inject(Fault.drop_after(times=1, path=path, method=method))

    async def body(review):
        with pytest.raises(AmbiguousOutcome):
            await review.apply(action)
        return review.is_applied(action, await review.account(upn))

    assert _review(graph, body)  # done, as reading the account shows
    sent = [r for r in graph.requests if r.method == method and re.search(path, r.path)]
    assert len(sent) == 1  # sent once, never again by itself
    if kind == SUSPEND:
        assert graph.users[upn]["accountEnabled"] is False
    else:
        assert graph.roles_of(upn) == set()


def test_undoing_a_suspension_of_an_account_already_blocked_leaves_it_blocked(graph: GraphFake) -> None:
    upn = graph.cases["suspended"]
    action = ReviewAction(SUSPEND, upn)

    async def body(review):
        await review.undo(action, await review.apply(action))

    _review(graph, body)
    assert graph.users[upn]["accountEnabled"] is False


def test_exactly_the_expected_flags(graph: GraphFake) -> None:
    """Through the rules (core/review/flags.py) with a staff list that lacks one person: each case once, nothing
    on the signed-in admin, the actions Graph allows on the flags that take one."""
    import datetime as dt

    from mailwizard.core.review.flags import find_flags
    from mailwizard.core.review.model import StaffList

    actions, snapshot = _review(graph, _snapshot)
    c = graph.cases
    staff = StaffList(addresses=frozenset({*(a for k, a in c.items() if k != "departed"), ADMIN}))
    flags = find_flags(snapshot, staff, frozenset({D}), actions, dt.datetime.now(dt.UTC))
    found = {(f.address, f.kind, f.action.kind if f.action else "", f.action.target if f.action else "")
             for f in flags}
    role = next(r["id"] for r in graph.directory_roles.values() if r["displayName"] == "User Administrator")
    assert found == {
        (c["departed"], "departed", SUSPEND, ""),
        (c["extra_admin"], "extra_admin", REMOVE_ADMIN, role),
        (c["never_signed_in"], "never_signed_in", "", ""),
        (c["password_unchanged"], "password_unchanged", "", ""),
        (c["mailbox_full"], "mailbox_full", "", ""),
        (c["suspended"], "suspended", "", ""),
        (c["inactive"], "inactive", SUSPEND, ""),
    }


def test_an_account_read_again_keeps_what_the_snapshot_read(graph: GraphFake) -> None:
    """The session puts an account read after an action back into the review it keeps: the same facts, so the
    flags do not change by themselves."""
    async def body(review):
        snapshot = await review.snapshot()
        return snapshot, [await review.account(a.address) for a in snapshot.accounts]

    snapshot, again = _review(graph, body)
    assert list(snapshot.accounts) == again


def test_an_account_read_before_any_snapshot_has_its_mailbox_facts(graph: GraphFake) -> None:
    upn = graph.cases["mailbox_full"]

    async def body(review):
        return await review.account(upn)

    account = _review(graph, body)
    assert (account.used_mb, account.quota_mb) == (49.5 * 1024, 50 * 1024) and account.last_sign_in
