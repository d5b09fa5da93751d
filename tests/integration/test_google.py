"""Google Workspace end to end against the loopback fake of its OAuth, Directory and Site
Verification APIs, with the DNS step's loopback DNS server."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.providers.base import (
    AuthExpired,
    InvalidRequest,
    NewAccount,
    NotFound,
    PermissionDenied,
    RemoteUser,
    RoleUnsupported,
    SignInCancelled,
    SignInFailed,
    VerificationFailed,
)
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.providers.service_account import ServiceAccountKey
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser, failure_keys, members, txt_lookup
from tests.servers.google_fake import GoogleFake

GOOGLE_APP = AppRegistration("test-client-id", "test-client-secret")  # a "Desktop app" client
DOMAIN = "example.com"
FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def zone() -> Zone:
    return Zone(zones={"com"})


@pytest.fixture
def google(zone: Zone):
    with LoopbackDns(zone) as dns_server:
        fake = GoogleFake(primary_domain="example-corp.com", dns_txt=txt_lookup(dns_server.port))
        with fake:
            yield fake


def connections(google: GoogleFake, secrets: MemoryStore | None = None) -> Connections:
    endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
    return Connections(secrets or MemoryStore(), endpoints, policy=FAST, rate=None)


async def connect(google: GoogleFake, secrets: MemoryStore | None = None):
    browser = ScriptedBrowser()
    conns = connections(google, secrets)
    provider, account = await conns.connect("google", GOOGLE_APP, browser, "ok")
    return conns, provider, account, browser


def test_sign_in_with_pkce_on_a_loopback_redirect(google: GoogleFake) -> None:
    secrets = MemoryStore()

    async def scenario():
        _conns, provider, account, browser = await connect(google, secrets)
        await provider.close()
        return account, browser

    account, browser = asyncio.run(scenario())
    assert account.email == "admin@example.com" and account.organisation == "example-corp.com"
    url = browser.opened[0]
    assert "code_challenge_method=S256" in url and "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url
    assert "access_type=offline" in url
    assert "refresh_token" in secrets.values["oauth-token:google"]  # the grant is in the keychain


def test_an_expired_access_token_is_refreshed_silently(google: GoogleFake) -> None:
    async def scenario():
        _conns, provider, _account, _browser = await connect(google)
        google.expire_all_access_tokens()
        try:
            return await provider.whoami()
        finally:
            await provider.close()

    assert asyncio.run(scenario()).email == "admin@example.com"


def test_a_missing_or_wrong_client_secret_is_named(google: GoogleFake) -> None:
    from mailwizard.core.providers.base import ClientSecretMissing, WrongCredentials

    for registration, error in ((AppRegistration("test-client-id"), ClientSecretMissing),
                                (AppRegistration("test-client-id", "not-the-secret"), WrongCredentials)):
        with pytest.raises(error):
            asyncio.run(connections(google).connect("google", registration, ScriptedBrowser(), "ok"))


def test_declining_consent_is_a_clear_cancel(google: GoogleFake) -> None:
    google.deny_consent = True
    with pytest.raises(SignInCancelled):
        asyncio.run(connections(google).connect("google", GOOGLE_APP, ScriptedBrowser(), "ok"))


def test_domain_binding_verification_fails_before_and_succeeds_after_publishing(google: GoogleFake, zone: Zone):
    async def scenario():
        _conns, provider, _account, _browser = await connect(google)
        try:
            first = await provider.add_domain(DOMAIN)
            again = await provider.add_domain(DOMAIN)  # re-running is harmless
            token = await provider.verification_value(DOMAIN)
            with pytest.raises(VerificationFailed):
                await provider.verify_domain(DOMAIN)
            zone.add(DOMAIN, "TXT", f"google-site-verification={token}")
            verified = await provider.verify_domain(DOMAIN)
            twice = await provider.verify_domain(DOMAIN)
            return first, again, token, verified, twice
        finally:
            await provider.close()

    first, again, token, verified, twice = asyncio.run(scenario())
    assert not first.verified and not again.verified
    assert len(token) == 43
    assert verified.verified and twice.verified
    assert google.domains[DOMAIN]["verified"] is True


def test_300_accounts_exactly_once_through_throttling_and_faults(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    users = "/admin/directory/v1/users"
    google.inject(GoogleFake.rate_limit_response(times=6, path=users, method="POST"))
    google.inject(GoogleFake.quota_exceeded_response(times=2, path=users, method="POST"))
    google.inject(GoogleFake.backend_error_response(times=3, path=users, method="POST"))
    google.inject(Fault.drop_after(times=4, path=f"^{users}$", method="POST"))  # created, but no answer

    async def scenario():
        _conns, provider, _account, _browser = await connect(google)
        await provider.add_domain(DOMAIN)
        google.set_domain_verified(DOMAIN)
        try:
            return await create_accounts(provider, members(DOMAIN, 300), store, concurrency=8)
        finally:
            await provider.close()

    report = asyncio.run(scenario())
    assert len(report.created) == 300 and not report.failed
    created = [u for u in google.users if u.endswith("@" + DOMAIN)]
    assert len(created) == 300
    assert google.created_user_posts == 300  # the dropped ones were found, not created again
    on_disk = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"user042@example.com" in on_disk  # the journal is there…
    assert not [a.password for a in members(DOMAIN, 300) if a.password.encode() in on_disk]  # …no password

    async def rerun():
        _c, provider2, _a, _b = await connect(google)
        try:
            return await create_accounts(provider2, members(DOMAIN, 300), store)
        finally:
            await provider2.close()

    again = asyncio.run(rerun())
    assert len(again.skipped) == 300 and not again.created
    assert google.created_user_posts == 300
    store.close()


def test_a_non_admin_gets_a_clear_permission_error(google: GoogleFake) -> None:
    google.is_super_admin = False
    with pytest.raises(PermissionDenied) as caught:
        asyncio.run(connect(google))
    assert caught.value.params == {"needed": "admin"}  # the message names what is missing: an admin account


def test_a_revoked_grant_asks_to_sign_in_again(google: GoogleFake) -> None:
    secrets = MemoryStore()

    async def scenario():
        conns, provider, _account, _browser = await connect(google, secrets)
        await conns.disconnect("google", provider)
        assert "oauth-token:google" not in secrets.values
        await secrets.put("oauth-token:google", '{"access_token": "x", "refresh_token": "revoked", "expires_at": 0}')
        with pytest.raises(AuthExpired):
            await conns.restore("google")

    asyncio.run(scenario())


def service_account_key(google: GoogleFake, *, delegated: bool = True) -> str:
    from joserfc.jwk import RSAKey

    key = RSAKey.generate_key(2048)
    email = "mailwizard@example-corp.iam.gserviceaccount.com"
    google.register_service_account(email, key.as_pem(private=False), delegated=delegated)
    return json.dumps({"type": "service_account", "client_email": email,
                       "private_key": key.as_pem(private=True).decode(), "token_uri": google.base_url + "/token"})


def test_a_service_account_with_domain_wide_delegation_works_like_a_sign_in(google: GoogleFake, tmp_path) -> None:
    secrets = MemoryStore()
    key = ServiceAccountKey.from_json(service_account_key(google), "admin@example.com")

    async def scenario():
        conns = connections(google, secrets)
        provider, account = await conns.connect_service_account(key)
        try:
            await provider.add_domain(DOMAIN)
            google.set_domain_verified(DOMAIN)
            google.expire_all_access_tokens()  # a new JWT is signed for a new token
            report = await create_accounts(provider, members(DOMAIN, 3), Store(tmp_path))
        finally:
            await provider.close()
        restored, again = await conns.restore("google")  # the key came back from the keychain
        await restored.close()
        return account, report, again

    account, report, again = asyncio.run(scenario())
    assert account.email == "admin@example.com" and account.organisation == "example-corp.com"
    assert len(report.created) == 3 and again.email == "admin@example.com"
    assert "PRIVATE KEY" in secrets.values["service-account-key:google"]


def test_a_service_account_without_delegation_says_what_is_missing(google: GoogleFake) -> None:
    key = ServiceAccountKey.from_json(service_account_key(google, delegated=False), "admin@example.com")
    with pytest.raises(PermissionDenied) as caught:
        asyncio.run(connections(google).connect_service_account(key))
    assert caught.value.params == {"needed": "domain-wide delegation"}


def test_a_file_that_is_not_a_key_is_refused_clearly() -> None:
    with pytest.raises(SignInFailed):
        ServiceAccountKey.from_json('{"type": "authorized_user"}', "admin@example.com")


# --- the "user_admin" preset: Google's prebuilt User Management Admin role ------------------------------------
ROLE_ASSIGNMENTS = "/admin/directory/v1/customer/my_customer/roleassignments"
ROLES_LIST = "/admin/directory/v1/customer/my_customer/roles"


def admins_among(accounts: list[NewAccount], *indexes: int) -> list[NewAccount]:
    return [replace(a, role="user_admin") if i in indexes else a for i, a in enumerate(accounts)]


def run_members(google: GoogleFake, accounts: list[NewAccount], store: Store, *, verified: bool = True):
    async def scenario():
        _conns, provider, _account, browser = await connect(google)
        try:
            if verified:
                await provider.add_domain(DOMAIN)
                google.set_domain_verified(DOMAIN)
            return await create_accounts(provider, accounts, store, concurrency=4), browser
        finally:
            await provider.close()

    return asyncio.run(scenario())


def test_user_admin_members_get_the_user_management_admin_role_once(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    accounts = admins_among(members(DOMAIN, 6), 1, 4)
    report, browser = run_members(google, accounts, store)
    assert len(report.created) == 6 and not report.failed
    assert "admin.directory.rolemanagement" in browser.opened[0]  # the admin consents to it at sign-in
    role_id = google.role_id("_USER_MANAGEMENT_ADMIN_ROLE")
    for i, account in enumerate(accounts):
        held = google.assignments_of(account.address)
        if i in (1, 4):
            assert [(a["roleId"], a["scopeType"]) for a in held] == [(role_id, "CUSTOMER")]
            assert google.users[account.address]["isDelegatedAdmin"] is True
        else:
            assert held == []  # a plain member gets no role
    assert len(google.role_assignments) == 2
    # the role was found on the third page of roles.list (two roles a page), and looked up once for both
    listings = [r for r in google.requests if r.method == "GET" and r.path == ROLES_LIST]
    assert len(listings) == 3 and listings[-1].arg("pageToken")
    store.close()


def test_a_lost_answer_to_the_role_assignment_ends_with_exactly_one(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    accounts = admins_among(members(DOMAIN, 5), 0, 2, 3)
    google.inject(Fault.drop_after(times=2, path=f"^{ROLE_ASSIGNMENTS}$", method="POST"))  # assigned, no answer
    google.inject(GoogleFake.backend_error_response(times=1, path=ROLE_ASSIGNMENTS, method="POST"))
    report, _browser = run_members(google, accounts, store)
    assert len(report.created) == 5 and not report.failed and not report.taken
    assert google.created_user_posts == 5  # no account twice either
    for i in (0, 2, 3):
        assert len(google.assignments_of(accounts[i].address)) == 1
    assert len(google.role_assignments) == 3
    # the two lost answers were sent again and answered "duplicate" (one more when the 503 lands on a resend:
    # its retry's 409 is then ambiguous too, and sent once more)
    assert google.role_assignment_posts >= 5
    store.close()


def test_a_crash_between_the_account_and_its_role_is_finished_on_the_rerun(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    accounts = admins_among(members(DOMAIN, 3), 0, 1)
    # the app stopped after the accounts were made: user000 before its role was given, user001 after (the
    # journal never heard of either: still "attempted")
    google._add_domain(DOMAIN, verified=True)
    for account in accounts[:2]:
        google.add_user(account.address, account.given_name, account.family_name)
        store.journal_put("members:google", account.address, "attempted")
    google.add_role_assignment(accounts[1].address, "_USER_MANAGEMENT_ADMIN_ROLE")
    report, _browser = run_members(google, accounts, store, verified=False)
    assert sorted(report.created) == [a.address for a in accounts] and not report.taken and not report.failed
    assert google.created_user_posts == 1  # only user002 was new
    # and the two already made were not sent again (a repeat gets 409, which created_user_posts does not count)
    assert len([r for r in google.requests if r.method == "POST" and r.path == "/admin/directory/v1/users"]) == 1
    assert len(google.assignments_of(accounts[0].address)) == 1
    assert len(google.assignments_of(accounts[1].address)) == 1  # the duplicate answer (409) counted as done
    assert google.assignments_of(accounts[2].address) == []
    assert google.role_assignment_posts == 2
    assert all(store.journal_get("members:google", a.address)[0] == "created" for a in accounts)
    store.close()


def test_without_the_role_management_scope_nothing_half_made(zone: Zone, tmp_path) -> None:
    scopes = ["openid", "email", "https://www.googleapis.com/auth/admin.directory.user",
              "https://www.googleapis.com/auth/admin.directory.domain",
              "https://www.googleapis.com/auth/admin.directory.customer.readonly",
              "https://www.googleapis.com/auth/siteverification"]  # the admin unticked role management
    store = Store(tmp_path)
    accounts = admins_among(members(DOMAIN, 2), 1)
    with GoogleFake(primary_domain="example-corp.com", granted_scopes=scopes) as google:
        report, _browser = run_members(google, accounts, store)

        async def direct():
            _c, provider, _a, _b = await connect(google)
            try:
                with pytest.raises(PermissionDenied) as caught:
                    await provider.create_user(replace(accounts[1], address=f"late@{DOMAIN}"))
                return caught.value
            finally:
                await provider.close()

        denied = asyncio.run(direct())
        assert report.created == [accounts[0].address]
        assert failure_keys(report) == {accounts[1].address: "provider.permission_denied"}
        assert accounts[1].address not in google.users and f"late@{DOMAIN}" not in google.users  # not created
        assert denied.params == {"needed": "https://www.googleapis.com/auth/admin.directory.rolemanagement"}
        assert google.role_assignments == []
    store.close()


def test_the_fake_refuses_unknown_roles_and_assignees(google: GoogleFake) -> None:
    async def scenario():
        _c, provider, _a, _b = await connect(google)
        url = google.base_url + ROLE_ASSIGNMENTS
        user = google.add_user("someone@example-corp.com")
        role_id = google.role_id("_USER_MANAGEMENT_ADMIN_ROLE")
        try:
            with pytest.raises(NotFound):
                await provider.api.post(url, json={"roleId": "1", "assignedTo": user["id"], "scopeType": "CUSTOMER"})
            with pytest.raises(InvalidRequest):
                await provider.api.post(url, json={"roleId": role_id, "assignedTo": user["primaryEmail"],
                                                   "scopeType": "CUSTOMER"})
            with pytest.raises(InvalidRequest):
                await provider.api.post(url, json={"roleId": role_id, "assignedTo": user["id"]})
            google.inject(Fault.drop_after(path=f"^{ROLE_ASSIGNMENTS}$", method="POST"))
            # made, answer lost: sent again, and the duplicate (409) is done
            await provider.finish_user(RemoteUser(user["id"], user["primaryEmail"]), None, "user_admin")
            await provider.finish_user(RemoteUser(user["id"], user["primaryEmail"]), None, "user_admin")  # again
            with pytest.raises(RoleUnsupported):
                await provider.finish_user(RemoteUser(user["id"], user["primaryEmail"]), None, "owner")
        finally:
            await provider.close()
        return user

    user = asyncio.run(scenario())
    assert len(google.assignments_of(user["primaryEmail"])) == 1


# --- team groups: members marked with a team preset join the Google Group the office manager picked -------------
GROUPS_LIST = "/admin/directory/v1/groups"


def in_group(accounts: list[NewAccount], group: str, *indexes: int) -> list[NewAccount]:
    return [replace(a, group=group) if i in indexes else a for i, a in enumerate(accounts)]


def members_path(group_id: str) -> str:
    return f"^/admin/directory/v1/groups/{group_id}/members$"


def test_the_groups_to_pick_from_come_from_every_page(google: GoogleFake) -> None:
    google.add_group("projects@example-corp.com", "Projects")

    async def scenario():
        _c, provider, _a, _b = await connect(google)
        try:
            return await provider.list_groups()
        finally:
            await provider.close()

    groups = asyncio.run(scenario())
    assert [(g.name, g.address) for g in groups] == [
        ("Sales team", "sales@example-corp.com"), ("Office", "office@example-corp.com"),
        ("All staff", "all-staff@example-corp.com"), ("Projects", "projects@example-corp.com")]
    assert groups[1].id == google.group_id("office@example-corp.com")
    listings = [r for r in google.requests if r.method == "GET" and r.path == GROUPS_LIST]
    assert len(listings) == 2 and listings[-1].arg("pageToken")  # two groups a page: the next page was asked for
    assert all(r.arg("customer") == "my_customer" for r in listings)


def test_team_members_join_their_group_exactly_once(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    sales = google.group_id("sales@example-corp.com")
    accounts = admins_among(in_group(members(DOMAIN, 6), sales, 1, 3, 4), 3)
    report, browser = run_members(google, accounts, store)
    assert len(report.created) == 6 and not report.failed
    assert "admin.directory.group" in browser.opened[0]  # the admin consents to it at sign-in
    assert google.group_members[sales] == {accounts[i].address for i in (1, 3, 4)}
    assert google.group_member_posts == 3
    assert all(not held for gid, held in google.group_members.items() if gid != sales)
    assert len(google.assignments_of(accounts[3].address)) == 1  # the role too, for the admin in the team
    store.close()


def test_members_without_a_group_make_no_group_calls(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    report, _browser = run_members(google, members(DOMAIN, 3), store)
    assert len(report.created) == 3
    assert not [r for r in google.requests if r.path.startswith(GROUPS_LIST)]
    assert google.group_member_posts == 0
    store.close()


def test_a_lost_answer_to_the_membership_ends_with_exactly_one(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    office = google.group_id("office@example-corp.com")
    accounts = in_group(members(DOMAIN, 5), office, 0, 2, 3)
    google.inject(Fault.drop_after(times=2, path=members_path(office), method="POST"))  # joined, no answer
    google.inject(GoogleFake.backend_error_response(times=1, path=members_path(office), method="POST"))
    report, _browser = run_members(google, accounts, store)
    assert len(report.created) == 5 and not report.failed and not report.taken
    assert google.created_user_posts == 5
    assert google.group_members[office] == {accounts[i].address for i in (0, 2, 3)}
    # the two lost answers were sent again and answered "Member already exists." (409)
    assert google.group_member_posts >= 5
    store.close()


def test_a_crash_between_the_account_and_its_group_is_finished_on_the_rerun(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    sales = google.group_id("sales@example-corp.com")
    accounts = in_group(members(DOMAIN, 3), sales, 0, 1, 2)
    # the app stopped after the accounts were made: user000 before it joined, user001 after (the journal never
    # heard of either: still "attempted")
    google._add_domain(DOMAIN, verified=True)
    for account in accounts[:2]:
        google.add_user(account.address, account.given_name, account.family_name)
        store.journal_put("members:google", account.address, "attempted")
    google.add_group_member(sales, accounts[1].address)
    report, _browser = run_members(google, accounts, store, verified=False)
    assert sorted(report.created) == [a.address for a in accounts] and not report.taken and not report.failed
    assert google.created_user_posts == 1  # only user002 was new
    # and the two already made were not sent again (a repeat gets 409, which created_user_posts does not count)
    assert len([r for r in google.requests if r.method == "POST" and r.path == "/admin/directory/v1/users"]) == 1
    assert google.group_members[sales] == {a.address for a in accounts}
    assert google.group_member_posts == 3  # user001's answered 409 "Member already exists.": counted as done
    assert all(store.journal_get("members:google", a.address)[0] == "created" for a in accounts)
    store.close()


def test_without_the_group_scope_nothing_half_made(zone: Zone, tmp_path) -> None:
    scopes = ["openid", "email", "https://www.googleapis.com/auth/admin.directory.user",
              "https://www.googleapis.com/auth/admin.directory.domain",
              "https://www.googleapis.com/auth/admin.directory.customer.readonly",
              "https://www.googleapis.com/auth/siteverification",
              "https://www.googleapis.com/auth/admin.directory.rolemanagement"]  # the admin unticked groups
    store = Store(tmp_path)
    with GoogleFake(primary_domain="example-corp.com", granted_scopes=scopes) as google:
        sales = google.group_id("sales@example-corp.com")
        accounts = in_group(members(DOMAIN, 2), sales, 1)
        report, _browser = run_members(google, accounts, store)

        async def direct():
            _c, provider, _a, _b = await connect(google)
            try:
                with pytest.raises(PermissionDenied) as listing:
                    await provider.list_groups()
                with pytest.raises(PermissionDenied) as joining:
                    await provider.finish_user(RemoteUser("1", accounts[0].address), None, "user", sales)
                return listing.value, joining.value
            finally:
                await provider.close()

        listing, joining = asyncio.run(direct())
        assert report.created == [accounts[0].address]
        assert failure_keys(report) == {accounts[1].address: "provider.permission_denied"}
        assert accounts[1].address not in google.users  # refused before the account was made
        assert listing.params == joining.params == {"needed": "https://www.googleapis.com/auth/admin.directory.group"}
        assert google.group_members[sales] == set() and google.group_member_posts == 0
    store.close()


def test_a_group_deleted_meanwhile_is_not_found(google: GoogleFake, tmp_path) -> None:
    store = Store(tmp_path)
    office = google.group_id("office@example-corp.com")
    accounts = in_group(members(DOMAIN, 2), office, 1)
    google.remove_group(office)  # deleted in the console after the office manager picked it
    report, _browser = run_members(google, accounts, store)
    assert report.created == [accounts[0].address]
    assert failure_keys(report) == {accounts[1].address: "provider.group_not_found"}
    assert accounts[1].address not in google.users  # nothing half made

    async def adopt():  # an account made before the group went away: finishing it says which group is gone
        _c, provider, _a, _b = await connect(google)
        user = google.users[accounts[0].address]
        try:
            with pytest.raises(NotFound) as caught:
                await provider.finish_user(RemoteUser(user["id"], user["primaryEmail"]), None, "user", office)
            return caught.value
        finally:
            await provider.close()

    assert asyncio.run(adopt()).params == {"group": office}
    store.close()


@pytest.mark.contract_violation  # sends an unknown field on purpose
def test_the_fake_refuses_unknown_members_and_roles(google: GoogleFake) -> None:
    sales = google.group_id("sales@example-corp.com")

    async def scenario():
        _c, provider, _a, _b = await connect(google)
        url = f"{google.base_url}/admin/directory/v1/groups/{sales}/members"
        user = google.add_user("someone@example-corp.com")
        me = RemoteUser(user["id"], user["primaryEmail"])
        try:
            with pytest.raises(NotFound):
                await provider.api.post(url, json={"email": "nobody@example-corp.com", "role": "MEMBER"})
            with pytest.raises(InvalidRequest):
                await provider.api.post(url, json={"email": me.address, "role": "BOSS"})
            with pytest.raises(InvalidRequest):
                await provider.api.post(url, json={"email": me.address, "role": "MEMBER", "colour": "red"})
            google.inject(Fault.drop_after(path=members_path(sales), method="POST"))
            await provider.finish_user(me, None, "user", sales)  # joined, answer lost: sent again, 409 is done
            await provider.finish_user(me, None, "user", "sales@example-corp.com")  # by address: changes nothing
        finally:
            await provider.close()

    asyncio.run(scenario())
    assert google.group_members[sales] == {"someone@example-corp.com"}
    assert google.groups[0]["directMembersCount"] == "1"
