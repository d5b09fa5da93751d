"""Google Workspace's account review against the fake's seeded tenant (GoogleFake.seed_review): every case read as
Google reports it, exactly the expected flags, each action and its undo, lost answers settled by reading, never
sent again; what a browser sign-in cannot read said plainly ("not reported"), missing scopes named."""

from __future__ import annotations

import asyncio
import json

import pytest

from mailwizard.core.providers.base import AmbiguousOutcome, InvalidRequest, PermissionDenied
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.google_review_gmail import GMAIL_SETTINGS_BASIC, GMAIL_SETTINGS_SHARING
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.providers.service_account import ServiceAccountKey
from mailwizard.core.review.model import (
    ACTIVITY,
    ADMIN_ROLES,
    ALIASES,
    FORWARDING,
    PASSWORD,
    QUOTA,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    STATUS,
    SUSPEND,
    ReviewAction,
    StaffList,
)
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import SCOPE_ROLEMANAGEMENT, GoogleFake

D = "example-corp.com"
ADMIN = f"admin@{D}"
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)
APP = AppRegistration("test-client-id", "test-client-secret")
SA_EMAIL = "mailwizard@example-corp.iam.gserviceaccount.com"


@pytest.fixture
def google():
    with GoogleFake(primary_domain=D, admin_email=ADMIN, page_size_default=4, roles_page_size=4) as fake:
        fake.cases = fake.seed_review()
        fake.users_page_cap = 5  # users.list in pages of 5 whatever maxResults says
        yield fake


def _connections(google: GoogleFake) -> Connections:
    endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
    return Connections(MemoryStore(), endpoints, policy=FAST, rate=None)


async def _browser(google: GoogleFake):
    provider, _account = await _connections(google).connect("google", APP, ScriptedBrowser(), "ok")
    return provider


async def _service_account(google: GoogleFake, scopes: set[str] | None = None):
    from joserfc.jwk import RSAKey

    key = RSAKey.generate_key(2048)
    google.register_service_account(SA_EMAIL, key.as_pem(private=False), delegated_scopes=scopes)
    text = json.dumps({"type": "service_account", "client_email": SA_EMAIL,
                       "private_key": key.as_pem(private=True).decode(), "token_uri": google.base_url + "/token"})
    provider, _account = await _connections(google).connect_service_account(ServiceAccountKey.from_json(text, ADMIN))
    return provider


def _review(google: GoogleFake, body, *, service_account: bool = False, scopes: set[str] | None = None):
    """Run ``body(review)`` on a review opened through Google's profile, as the session opens it."""
    async def scenario():
        provider = await (_service_account(google, scopes) if service_account else _browser(google))
        try:
            return await body(profile_for("google").open_review(provider))
        finally:
            await provider.close()

    return asyncio.run(scenario())


def _by_address(snapshot):
    return {a.address: a for a in snapshot.accounts}


# --- what is read -------------------------------------------------------------------------------------------
def test_a_browser_sign_in_reads_every_case_and_says_forwarding_is_not_reported(google: GoogleFake) -> None:
    async def body(review):
        return review.actions(), await review.snapshot()

    actions, snapshot = _review(google, body)
    c = google.cases
    accounts = _by_address(snapshot)
    assert set(accounts) == set(c.values())  # every page of users.list (5 a page) was followed
    assert snapshot.admin_address == ADMIN
    assert snapshot.reported == {STATUS, ACTIVITY, PASSWORD, ALIASES, ADMIN_ROLES, QUOTA}
    assert FORWARDING not in snapshot.reported and all(a.forwarding == () for a in snapshot.accounts)
    assert all(url.startswith("https://developers.google.com/") for url in snapshot.sources.values())
    assert actions == {SUSPEND, REMOVE_ADMIN}
    assert accounts[c["suspended"]].suspended and not accounts[c["fine"]].suspended
    assert accounts[c["never"]].last_sign_in is None and accounts[c["never"]].password_changed is False
    assert accounts[c["temporary"]].last_sign_in and accounts[c["temporary"]].password_changed is False
    assert accounts[c["fine"]].password_changed is True
    assert accounts[c["fine"]].aliases == (f"sales@{D}", "fine@example-corp.test-google-a.com")
    roles = {a.address: [r.name for r in a.admin_roles] for a in snapshot.accounts if a.admin_roles}
    assert roles == {ADMIN: ["Super Admin"], c["owner"]: ["Super Admin"], c["helpdesk"]: ["Help Desk Administrator"]}
    assert accounts[c["helpdesk"]].admin_roles[0].id == google.role_id("_HELP_DESK_ADMIN_ROLE")
    assert (accounts[c["full"]].used_mb, accounts[c["full"]].quota_mb) == (29000, 30720)
    assert (accounts[c["fine"]].used_mb, accounts[c["fine"]].quota_mb) == (120, 30720)
    assert accounts[ADMIN].name == "Ada Admin" and accounts[c["never"]].created


def test_a_service_account_reads_each_mailboxs_forwarding_as_its_user(google: GoogleFake) -> None:
    async def body(review):
        return review.actions(), await review.snapshot()

    actions, snapshot = _review(google, body, service_account=True)
    c = google.cases
    assert actions == {SUSPEND, REMOVE_ADMIN, REMOVE_FORWARDING}
    assert FORWARDING in snapshot.reported and QUOTA in snapshot.reported
    forwarding = {a.address: [(f.id, f.to, f.how) for f in a.forwarding] for a in snapshot.accounts if a.forwarding}
    assert forwarding == {c["forwarder"]: [("someone.private@gmail.com", "someone.private@gmail.com", "auto")],
                          c["inside_forwarder"]: [(f"fine@{D}", f"fine@{D}", "auto")],
                          c["rule_forwarder"]: [("filter:ANe1BmForward01", "ap@outside-accounting.example", "rule")]}


def test_a_service_account_asks_one_token_per_mailbox_not_one_per_call(google: GoogleFake) -> None:
    snapshot = _review(google, lambda review: review.snapshot(), service_account=True)
    tokens = [r for r in google.requests if r.method == "POST" and r.path == "/token"]
    mailboxes = [a for a in snapshot.accounts if not a.suspended]
    assert FORWARDING in snapshot.reported and len(tokens) <= len(mailboxes) + 3  # + the admin's, the reports'


def test_exactly_the_expected_flags(google: GoogleFake) -> None:
    flags_module = pytest.importorskip("mailwizard.core.review.flags")  # rev18core's rules
    import datetime as dt

    snapshot = _review(google, lambda review: review.snapshot(), service_account=True)
    c = google.cases
    staff = StaffList(addresses=frozenset(a for k, a in c.items() if k != "departed"))
    actions = frozenset({SUSPEND, REMOVE_ADMIN, REMOVE_FORWARDING})
    flags = flags_module.find_flags(snapshot, staff, frozenset({D}), actions, dt.datetime.now(dt.UTC))
    found = {(f.address, f.kind, f.action.kind if f.action else "", f.action.target if f.action else "")
             for f in flags}
    assert found == {
        (c["departed"], "departed", SUSPEND, ""),
        (c["forwarder"], "outside_forwarding", REMOVE_FORWARDING, "someone.private@gmail.com"),
        (c["rule_forwarder"], "outside_forwarding", REMOVE_FORWARDING, "filter:ANe1BmForward01"),
        (c["helpdesk"], "extra_admin", REMOVE_ADMIN, google.role_id("_HELP_DESK_ADMIN_ROLE")),
        (c["owner"], "extra_admin", REMOVE_ADMIN, google.role_id("_SEED_ADMIN_ROLE")),
        (c["never"], "never_signed_in", "", ""),
        (c["temporary"], "password_unchanged", "", ""),
        (c["full"], "mailbox_full", "", ""),
        (c["suspended"], "suspended", "", ""),
        (c["inactive"], "inactive", SUSPEND, ""),
    }


def test_quota_is_not_reported_without_the_reports_scope_and_the_review_goes_on(google: GoogleFake) -> None:
    google.granted_scopes = [s for s in google._all_scopes() if "reports" not in s]
    snapshot = _review(google, lambda review: review.snapshot())
    assert QUOTA not in snapshot.reported and ADMIN_ROLES in snapshot.reported
    assert all(a.used_mb is None for a in snapshot.accounts)
    # a sign-in made before the review asked for the reports scope: the window offers to sign in again
    from mailwizard.core.providers.google import REPORTS_SCOPE

    assert snapshot.missing == {QUOTA: REPORTS_SCOPE}
    assert type(snapshot).from_json(snapshot.to_json()).missing == {QUOTA: REPORTS_SCOPE}


def test_a_full_sign_in_lacks_nothing(google: GoogleFake) -> None:
    snapshot = _review(google, lambda review: review.snapshot())
    assert QUOTA in snapshot.reported and snapshot.missing == {}


def test_a_service_account_delegated_before_the_reports_scope_still_connects_and_reviews(google: GoogleFake) -> None:
    from mailwizard.core.providers.google import REPORTS_SCOPE, SCOPES

    snapshot = _review(google, lambda review: review.snapshot(), service_account=True,
                       scopes={*SCOPES, GMAIL_SETTINGS_BASIC} - {REPORTS_SCOPE})
    assert QUOTA not in snapshot.reported and FORWARDING in snapshot.reported and len(snapshot.accounts) == 13
    assert snapshot.missing == {QUOTA: REPORTS_SCOPE}  # to be added to the delegation


def test_a_lagging_usage_report_is_read_from_an_earlier_day(google: GoogleFake) -> None:
    google.reports_lag_days = 4  # two days more than the first day asked
    snapshot = _review(google, lambda review: review.snapshot())
    assert QUOTA in snapshot.reported and _by_address(snapshot)[google.cases["full"]].used_mb == 29000
    google.reports_lag_days = 30  # nothing within the days tried
    assert QUOTA not in _review(google, lambda review: review.snapshot()).reported


def test_without_the_role_scope_the_review_names_it(google: GoogleFake) -> None:
    google.granted_scopes = [s for s in google._all_scopes() if s != SCOPE_ROLEMANAGEMENT]
    with pytest.raises(PermissionDenied) as caught:
        _review(google, lambda review: review.snapshot())
    assert caught.value.params == {"needed": SCOPE_ROLEMANAGEMENT}


def test_without_the_user_scope_the_review_names_it(google: GoogleFake) -> None:
    from mailwizard.core.providers.google_review import USER_SCOPE

    google.granted_scopes = [s for s in google._all_scopes() if s != USER_SCOPE]
    with pytest.raises(PermissionDenied) as caught:
        _review(google, lambda review: review.snapshot())
    assert caught.value.params == {"needed": USER_SCOPE}


def test_a_delegation_without_the_gmail_scopes_reports_no_forwarding_and_names_the_scope(google: GoogleFake) -> None:
    from mailwizard.core.providers.google import SCOPES

    async def body(review):
        snapshot = await review.snapshot()
        with pytest.raises(PermissionDenied) as caught:
            await review.apply(ReviewAction(REMOVE_FORWARDING, google.cases["forwarder"], "someone.private@gmail.com"))
        return snapshot, caught.value

    snapshot, denied = _review(google, body, service_account=True, scopes=set(SCOPES))
    assert FORWARDING not in snapshot.reported and QUOTA in snapshot.reported
    assert snapshot.missing == {FORWARDING: GMAIL_SETTINGS_BASIC}
    assert denied.params == {"needed": GMAIL_SETTINGS_BASIC}
    read_only = _review(google, body, service_account=True, scopes={*SCOPES, GMAIL_SETTINGS_BASIC})
    assert FORWARDING in read_only[0].reported and read_only[1].params == {"needed": GMAIL_SETTINGS_SHARING}
    assert google.auto_forwarding[google.cases["forwarder"]]["enabled"] is True


def test_a_browser_sign_in_cannot_stop_forwarding_and_says_what_is_needed(google: GoogleFake) -> None:
    async def body(review):
        with pytest.raises(PermissionDenied) as caught:
            await review.apply(ReviewAction(REMOVE_FORWARDING, google.cases["forwarder"], "someone.private@gmail.com"))
        return caught.value

    assert _review(google, body).params == {"needed": "domain-wide delegation"}
    assert google.review_posts == []


# --- actions and their undo -----------------------------------------------------------------------------------
def _apply_and_undo(google: GoogleFake, action: ReviewAction, *, service_account: bool = False):
    async def body(review):
        undo = await review.apply(action)
        after = await review.account(action.address)
        json.dumps(undo)  # kept in the store: JSON, no secrets
        done = review.is_applied(action, after)
        await review.undo(action, undo)
        back = await review.account(action.address)
        return done, after, review.is_applied(action, back), back

    return _review(google, body, service_account=service_account)


def test_suspend_and_unsuspend(google: GoogleFake) -> None:
    address = google.cases["departed"]
    done, after, still, _back = _apply_and_undo(google, ReviewAction(SUSPEND, address))
    assert done and after.suspended and not still
    assert google.users[address]["suspended"] is False
    assert google.review_posts == [("PUT", f"/admin/directory/v1/users/{address.replace('@', '%40')}")] * 2


def test_undoing_a_suspension_of_an_account_suspended_before_leaves_it_suspended(google: GoogleFake) -> None:
    address = google.cases["suspended"]
    action = ReviewAction(SUSPEND, address)

    async def body(review):
        prepared = await review.prepare(action)
        undo = await review.apply(action)
        await review.undo(action, undo)
        return prepared, undo

    prepared, undo = _review(google, body)
    assert prepared == undo == {"suspended": True}
    assert google.users[address]["suspended"] is True
    assert len(google.review_posts) == 1  # the suspend; the undo sent nothing


@pytest.mark.parametrize("case", ["remove_role", "remove_super", "stop_forwarding"])
def test_what_the_undo_needs_is_read_ahead_as_the_action_returns_it(google: GoogleFake, case: str) -> None:
    """ReviewApi.prepare: read only, the same undo data the action then returns (journalled ahead by the session)."""
    c = google.cases
    action = {"remove_role": ReviewAction(REMOVE_ADMIN, c["helpdesk"], google.role_id("_HELP_DESK_ADMIN_ROLE")),
              "remove_super": ReviewAction(REMOVE_ADMIN, c["owner"], google.role_id("_SEED_ADMIN_ROLE")),
              "stop_forwarding": ReviewAction(REMOVE_FORWARDING, c["forwarder"], "someone.private@gmail.com")}[case]

    async def body(review):
        prepared = await review.prepare(action)
        sent_before = len(google.review_posts)
        return prepared, sent_before, await review.apply(action)

    prepared, sent_before, undo = _review(google, body, service_account=case == "stop_forwarding")
    assert sent_before == 0 and prepared == undo and prepared


def test_remove_a_delegated_role_and_give_it_back(google: GoogleFake) -> None:
    address, role = google.cases["helpdesk"], google.role_id("_HELP_DESK_ADMIN_ROLE")
    done, after, still, back = _apply_and_undo(google, ReviewAction(REMOVE_ADMIN, address, role))
    assert done and after.admin_roles == () and not still
    assert [r.name for r in back.admin_roles] == ["Help Desk Administrator"]
    assert [a["roleId"] for a in google.assignments_of(address)] == [role]
    assert google.users[address]["isDelegatedAdmin"] is True


def test_remove_a_super_admin_through_make_admin_and_give_it_back(google: GoogleFake) -> None:
    address, role = google.cases["owner"], google.role_id("_SEED_ADMIN_ROLE")
    done, after, still, back = _apply_and_undo(google, ReviewAction(REMOVE_ADMIN, address, role))
    assert done and after.admin_roles == () and not still and back.admin_roles[0].name == "Super Admin"
    assert google.users[address]["isAdmin"] is True
    assert [p for p in google.review_posts if p[0] == "POST"] == \
        [("POST", f"/admin/directory/v1/users/{google.users[address]['id']}/makeAdmin")] * 2


def test_stop_forwarding_and_put_it_back_as_it_was(google: GoogleFake) -> None:
    address = google.cases["forwarder"]
    action = ReviewAction(REMOVE_FORWARDING, address, "someone.private@gmail.com")
    done, after, still, _back = _apply_and_undo(google, action, service_account=True)
    assert done and after.forwarding == () and not still
    assert google.auto_forwarding[address] == {"enabled": True, "emailAddress": "someone.private@gmail.com",
                                               "disposition": "archive"}


def test_stop_a_forwarding_filter_keeping_its_labels_and_put_it_back(google: GoogleFake) -> None:
    address = google.cases["rule_forwarder"]
    original = dict(google.gmail_filters[address][0])
    action = ReviewAction(REMOVE_FORWARDING, address, "filter:ANe1BmForward01")

    async def body(review):
        undo = await review.apply(action)
        stopped = [dict(f) for f in google.gmail_filters[address]]
        after = await review.account(address)
        done = review.is_applied(action, after)
        await review.undo(action, json.loads(json.dumps(undo)))
        return stopped, done, after, await review.account(address)

    stopped, done, after, back = _review(google, body, service_account=True)
    assert done and after.forwarding == ()
    labels_kept = [f for f in stopped if f["criteria"] == original["criteria"]]
    assert [f["action"] for f in labels_kept] == [{"addLabelIds": ["Label_7"]}]  # the copy without forward
    assert [(f.to, f.how) for f in back.forwarding] == [("ap@outside-accounting.example", "rule")]
    assert sorted(f["criteria"].get("from", f["criteria"].get("subject")) for f in google.gmail_filters[address]) \
        == ["invoices@supplier.example", "newsletter"]  # the original back, the copy gone, the other untouched
    restored = next(f for f in google.gmail_filters[address] if "forward" in f["action"])
    assert (restored["criteria"], restored["action"]) == (original["criteria"], original["action"])


def test_the_signed_in_admin_is_never_suspended_nor_demoted(google: GoogleFake) -> None:
    async def body(review):
        for action in (ReviewAction(SUSPEND, ADMIN), ReviewAction(REMOVE_ADMIN, ADMIN, google.role_id(
                "_SEED_ADMIN_ROLE"))):
            with pytest.raises(InvalidRequest):
                await review.apply(action)

    _review(google, body)
    changes = [r for r in google.requests if r.method in ("PUT", "POST", "DELETE") and "/admin/directory/" in r.path]
    assert changes == [] and google.users[ADMIN]["isAdmin"] is True  # refused before anything is sent


# --- lost answers: never sent again, settled by reading ----------------------------------------------------------
@pytest.mark.parametrize("case", ["suspend", "remove_role", "remove_super", "stop_forwarding", "stop_filter"])
def test_a_lost_answer_is_not_sent_again_and_reading_the_account_settles_it(google: GoogleFake, case: str) -> None:
    c = google.cases
    action, path, method = {
        "suspend": (ReviewAction(SUSPEND, c["inactive"]), r"/users/inactive", "PUT"),
        "remove_role": (ReviewAction(REMOVE_ADMIN, c["helpdesk"], google.role_id("_HELP_DESK_ADMIN_ROLE")),
                        r"/roleassignments/\d+", "DELETE"),
        "remove_super": (ReviewAction(REMOVE_ADMIN, c["owner"], google.role_id("_SEED_ADMIN_ROLE")),
                         r"/makeAdmin", "POST"),
        "stop_forwarding": (ReviewAction(REMOVE_FORWARDING, c["forwarder"], "someone.private@gmail.com"),
                            r"/settings/autoForwarding", "PUT"),
        "stop_filter": (ReviewAction(REMOVE_FORWARDING, c["rule_forwarder"], "filter:ANe1BmForward01"),
                        r"/settings/filters/ANe1BmForward01", "DELETE"),
    }[case]
    google.inject(Fault.drop_after(path=path, method=method))  # carried out, then the connection drops

    async def body(review):
        with pytest.raises(AmbiguousOutcome):
            await review.apply(action)
        return review.is_applied(action, await review.account(action.address))

    assert _review(google, body, service_account=case.startswith("stop_")) is True
    sent = [r for r in google.requests if r.method == method and __import__("re").search(path, r.path)]
    assert len(sent) == 1


def test_scopes_the_review_adds_are_asked_for(google: GoogleFake) -> None:
    from mailwizard.core.providers.google import REPORTS_SCOPE, SCOPES

    assert REPORTS_SCOPE in SCOPES
    assert GMAIL_SETTINGS_BASIC not in SCOPES and GMAIL_SETTINGS_SHARING not in SCOPES  # service accounts only
