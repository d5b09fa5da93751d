"""Google Workspace shared addresses and aliases (core/providers/google_shared.py) against the loopback fake of the
Directory and Groups Settings APIs (every request checked against Google's discovery documents)."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailwizard.core.provider_profile import ProviderProfile
from mailwizard.core.providers.auth import TokenSession
from mailwizard.core.providers.base import AlreadyExists, AmbiguousOutcome, InvalidRequest, PermissionDenied
from mailwizard.core.providers.google import GoogleEndpoints, GoogleProvider
from mailwizard.core.providers.google_shared import GoogleShared
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.profiles import profile_for as profile
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER
from mailwizard.sandbox.fake_http import Fault
from tests.servers.google_fake import GoogleFake
from tests.servers.google_shared_fake import SCOPE_GROUPS_SETTINGS

DOMAIN = "example.com"
FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)
DIRECTORY_SCOPES = ["https://www.googleapis.com/auth/admin.directory.user",
                    "https://www.googleapis.com/auth/admin.directory.group"]
ALL_SCOPES = [*DIRECTORY_SCOPES, SCOPE_GROUPS_SETTINGS]


@pytest.fixture
def google():
    with GoogleFake(primary_domain="example-corp.com") as fake:
        fake._add_domain(DOMAIN, verified=True)
        for i in range(4):
            fake.add_user(f"user{i:03d}@{DOMAIN}")
        yield fake


def opened(google: GoogleFake, scopes: list[str] = ALL_SCOPES) -> GoogleShared:
    endpoints = GoogleEndpoints.at(google.base_url)
    token = google.issue_tokens(scopes)["access_token"]
    session = TokenSession(endpoints.oauth, "test-client-id", {"access_token": token, "expires_in": 3600})
    provider = GoogleProvider(session, endpoints, policy=FAST, rate=None)
    api = profile("google").open_shared(provider)  # as the session opens it
    assert isinstance(api, GoogleShared)
    return api


def run(google: GoogleFake, scenario, scopes: list[str] = ALL_SCOPES):
    async def main():
        api = opened(google, scopes)
        try:
            return await scenario(api)
        finally:
            await api.p.close()
    return asyncio.run(main())


def test_the_profile_opens_the_shared_api() -> None:
    assert isinstance(profile("google"), ProviderProfile) and profile("google").open_shared is not None
    assert GoogleShared.support.groups and GoogleShared.support.aliases and GoogleShared.support.outside_mail
    assert GoogleShared.support.aliases_per_user == 30
    assert profile("google").open_shared(None).support.groups  # known before signing in (the session asks so)


def test_a_group_is_made_with_who_may_post_and_its_members_listed_back(google: GoogleFake) -> None:
    async def scenario(api: GoogleShared):
        info = await api.create_group(f"info@{DOMAIN}", "Info", outside=True)
        hr = await api.create_group(f"hr@{DOMAIN}", "HR", outside=False)
        await api.add_members(info, [f"user000@{DOMAIN}", f"USER001@{DOMAIN}"])
        await api.add_members(info, [f"user000@{DOMAIN}", f"user001@{DOMAIN}"])  # again: nothing changes
        await api.add_members(hr, [f"user002@{DOMAIN}"])
        found = await api.find_group(f"info@{DOMAIN}")
        return info, found, await api.group_members(info), await api.group_members(hr)

    google.members_page_size = 1  # members.list pages must be followed
    info, found, info_members, hr_members = run(google, scenario)
    assert found == info and info.address == f"info@{DOMAIN}" and info.name == "Info"
    assert sorted(info_members) == [f"user000@{DOMAIN}", f"user001@{DOMAIN}"]
    assert hr_members == [f"user002@{DOMAIN}"]
    assert google.group_by_address(f"info@{DOMAIN}")["_settings"]["whoCanPostMessage"] == "ANYONE_CAN_POST"
    assert google.group_by_address(f"hr@{DOMAIN}")["_settings"]["whoCanPostMessage"] == "ALL_IN_DOMAIN_CAN_POST"
    assert google.group_inserts == {f"info@{DOMAIN}": 1, f"hr@{DOMAIN}": 1}


def test_who_has_tells_users_groups_aliases_and_free_addresses(google: GoogleFake) -> None:
    google.add_user_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")
    google.add_group(f"sales@{DOMAIN}", "Sales")

    async def scenario(api: GoogleShared):
        return [await api.who_has(a) for a in (f"user001@{DOMAIN}", f"lina@{DOMAIN}", f"Sales@{DOMAIN}",
                                                  f"nobody@{DOMAIN}")]

    assert run(google, scenario) == [USER, ALIAS, GROUP, FREE]


def test_an_address_in_use_is_refused_and_nothing_is_made(google: GoogleFake) -> None:
    google.add_user_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")

    async def scenario(api: GoogleShared):
        with pytest.raises(AlreadyExists) as group_clash:
            await api.create_group(f"lina@{DOMAIN}", "Lina", outside=True)
        with pytest.raises(AlreadyExists) as alias_clash:
            await api.add_alias(f"user001@{DOMAIN}", f"user002@{DOMAIN}")
        return group_clash.value, alias_clash.value

    group_clash, alias_clash = run(google, scenario)
    assert group_clash.params == {"what": GROUP} and alias_clash.params == {"what": ALIAS}
    assert not google.group_inserts and not google.alias_inserts


def test_aliases_are_added_once_and_listed_back_a_lost_answer_read_back(google: GoogleFake) -> None:
    google.inject(Fault.drop_after(times=1, path="/aliases$", method="POST"))  # made, then the answer is lost

    async def scenario(api: GoogleShared):
        await api.add_alias(f"user000@{DOMAIN}", f"Lina@{DOMAIN}")
        await api.add_alias(f"user000@{DOMAIN}", f"na.li@{DOMAIN}")
        await api.add_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")  # the account's own already: no error
        return await api.aliases(f"user000@{DOMAIN}")

    assert run(google, scenario) == [f"lina@{DOMAIN}", f"na.li@{DOMAIN}"]
    assert google.alias_inserts == {f"lina@{DOMAIN}": 1, f"na.li@{DOMAIN}": 1}


def test_a_lost_group_answer_is_ambiguous_and_never_sent_again(google: GoogleFake) -> None:
    google.inject(Fault.drop_after(times=1, path="^/admin/directory/v1/groups$", method="POST"))

    async def scenario(api: GoogleShared):
        with pytest.raises(AmbiguousOutcome):
            await api.create_group(f"sales@{DOMAIN}", "Sales", outside=True)
        found = await api.find_group(f"sales@{DOMAIN}")  # the run reads back before anything is sent again
        await api.add_members(found, [f"user000@{DOMAIN}"])  # the run goes on with the group it adopted
        return found

    found = run(google, scenario)
    assert found is not None and found.address == f"sales@{DOMAIN}"
    assert google.group_insert_posts == 1
    # who may post, lost with the answer, is set before the members are added
    assert google.group_by_address(f"sales@{DOMAIN}")["_settings"]["whoCanPostMessage"] == "ANYONE_CAN_POST"


def test_throttling_and_a_slow_settings_api_are_waited_out(google: GoogleFake) -> None:
    google.inject(GoogleFake.rate_limit_response(times=2, path="^/admin/directory/v1/groups$", method="POST"))
    google.inject(GoogleFake.quota_exceeded_response(times=1, path="/members$", method="POST"))
    google.settings_delay_calls = 2  # the new group is not known to the Groups Settings API at first

    async def scenario(api: GoogleShared):
        group = await api.create_group(f"sales@{DOMAIN}", "Sales", outside=True)
        await api.add_members(group, [f"user000@{DOMAIN}"])
        return await api.group_members(group)

    assert run(google, scenario) == [f"user000@{DOMAIN}"]
    assert google.group_inserts == {f"sales@{DOMAIN}": 1}
    assert google.group_by_address(f"sales@{DOMAIN}")["_settings"]["whoCanPostMessage"] == "ANYONE_CAN_POST"


def test_without_the_settings_scope_no_group_is_left_behind(google: GoogleFake) -> None:
    async def scenario(api: GoogleShared):
        with pytest.raises(PermissionDenied) as denied:
            await api.create_group(f"info@{DOMAIN}", "Info", outside=True)
        return denied.value, await api.find_group(f"info@{DOMAIN}")

    denied, found = run(google, scenario, scopes=DIRECTORY_SCOPES)  # a sign-in from before the scope was asked
    assert denied.params == {"needed": SCOPE_GROUPS_SETTINGS}
    assert found is None and google.deleted_groups == [f"info@{DOMAIN}"]


# --- across kills: the session as the window runs it, in a process killed at random moments ---------------------
ROOT = Path(__file__).resolve().parents[2]
COUNT = 50


def progress(google: GoogleFake) -> int:
    return google.created_user_posts + google.group_insert_posts + google.alias_insert_posts + \
        google.group_member_posts


def run_worker(google: GoogleFake, state: Path, *, kill_when=None) -> dict | None:
    token = google.issue_tokens()["access_token"]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.shared_worker_google", "google", google.base_url, token, str(state),
         DOMAIN, google.admin_email, str(COUNT)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if kill_when is not None:
        deadline = time.monotonic() + 60
        while not kill_when() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)  # no clean-up, no flush: like a crash
        process.wait(10)
        return None
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def test_killed_runs_make_50_members_5_shared_addresses_and_10_aliases_exactly_once(tmp_path: Path) -> None:
    from tests.integration.shared_worker_google import shared_list

    rng = random.Random(20261203)
    state = tmp_path / "state"
    with GoogleFake(primary_domain="example-corp.com") as google:
        google._add_domain(DOMAIN, verified=True)
        google.inject(Fault.drop_after(times=2, path="^/admin/directory/v1/groups$", method="POST"))  # lost answers
        google.inject(Fault.drop_after(times=2, path="/aliases$", method="POST"))
        google.inject(GoogleFake.rate_limit_response(times=3, path="^/admin/directory/v1/groups$", method="POST"))
        google.settings_delay_calls = 1
        # crashes while the accounts are made, while the groups are, while their members are put in, among the aliases
        for low, high in ((10, 45), (51, 60), (61, 100)):
            target = max(progress(google) + 1, rng.randint(low, high))
            run_worker(google, state, kill_when=lambda t=target: progress(google) >= t)
        aliases_sent = rng.randint(2, 7)
        run_worker(google, state, kill_when=lambda: google.alias_insert_posts >= aliases_sent)
        assert 0 < google.alias_insert_posts < 10 and len(google.group_inserts) == 5
        result = run_worker(google, state)
        assert result["report"]["failed"] == {} and result["report"]["refused"] == [] and result["done"]
        assert google.created_user_posts == COUNT  # each account once
        expected = {f"{s.local_part}@{DOMAIN}": {f"{r}@{DOMAIN}" for r in s.recipients} for s in shared_list(COUNT)}
        assert google.group_inserts == dict.fromkeys(expected, 1)  # each shared address made once ...
        assert google.group_insert_posts == len(expected)  # ... and asked for once (lost answers read back)
        assert google.alias_inserts == {f"nick{i:03d}@{DOMAIN}": 1 for i in range(10)}  # each alias once
        for i in range(10):
            assert google.users[f"user{i:03d}@{DOMAIN}"]["aliases"] == [f"nick{i:03d}@{DOMAIN}"]
        for address, recipients in expected.items():  # the delivery check: listed back as asked
            assert google.members_by_address(address) == recipients
            assert set(result["delivery"][address]) == recipients
        settings = {a: google.group_by_address(a)["_settings"]["whoCanPostMessage"] for a in expected}
        assert settings[f"info@{DOMAIN}"] == "ANYONE_CAN_POST" and settings[f"hr@{DOMAIN}"] == "ALL_IN_DOMAIN_CAN_POST"
        assert set(result["statuses"].values()) == {"created"} and len(result["statuses"]) == 15
        posts = (google.group_insert_posts, google.alias_insert_posts, google.created_user_posts)
        again = run_worker(google, state)  # nothing left to do: nothing sent
        assert again["done"] and (google.group_insert_posts, google.alias_insert_posts,
                                  google.created_user_posts) == posts


def test_a_clash_with_an_address_in_use_refuses_everything_before_anything_is_made(tmp_path: Path) -> None:
    with GoogleFake(primary_domain="example-corp.com") as google:
        google._add_domain(DOMAIN, verified=True)
        google.add_user(f"someone@{DOMAIN}")
        google.add_user_alias(f"someone@{DOMAIN}", f"sales@{DOMAIN}")  # sales@ is already someone's alias
        result = run_worker(google, tmp_path / "state")
        assert result["report"]["refused"] == ["shared.clash_existing"]
        assert google.group_insert_posts == 0 and google.alias_insert_posts == 0
        assert not result["done"]


def _service_account(google: GoogleFake, delegated_scopes: set[str] | None):
    from joserfc.jwk import RSAKey

    from mailwizard.core.providers.service_account import ServiceAccountKey

    key = RSAKey.generate_key(2048)
    email = "mailwizard@example-corp.iam.gserviceaccount.com"
    google.register_service_account(email, key.as_pem(private=False), delegated_scopes=delegated_scopes)
    text = json.dumps({"type": "service_account", "client_email": email, "private_key": key.as_pem(private=True)
                       .decode(), "token_uri": google.base_url + "/token"})
    return ServiceAccountKey.from_json(text, google.admin_email)


@pytest.mark.parametrize("with_settings", [True, False])
def test_a_service_account_asks_for_the_settings_scope_on_its_own(google: GoogleFake, with_settings: bool) -> None:
    from mailwizard.core.providers.connection import Connections, Endpoints
    from mailwizard.core.providers.microsoft import GraphEndpoints
    from mailwizard.core.secrets import MemoryStore

    main = set(GoogleEndpoints.at(google.base_url).oauth.scopes) - {SCOPE_GROUPS_SETTINGS}
    main = {s for s in main if s.startswith("https://")} - {"https://www.googleapis.com/auth/admin.reports.usage"
                                                              ".readonly"}
    # a delegation made before MailWizard asked for apps.groups.settings still signs in and makes the accounts
    key = _service_account(google, main | {SCOPE_GROUPS_SETTINGS} if with_settings else main)

    async def scenario():
        endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
        conns = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
        provider, _account = await conns.connect_service_account(key)
        try:
            api = profile("google").open_shared(provider)
            try:
                await api.create_group(f"info@{DOMAIN}", "Info", outside=True)
            except PermissionDenied as exc:
                return exc
            return None
        finally:
            await provider.close()

    refused = asyncio.run(scenario())
    if with_settings:
        assert refused is None
        assert google.group_by_address(f"info@{DOMAIN}")["_settings"]["whoCanPostMessage"] == "ANYONE_CAN_POST"
    else:
        assert refused is not None and refused.params["needed"] == SCOPE_GROUPS_SETTINGS
        assert google.group_by_address(f"info@{DOMAIN}") is None  # nothing half-made left behind


def test_past_thirty_aliases_google_refuses_and_nothing_is_added(google: GoogleFake) -> None:
    for i in range(30):  # support.google.com/a/answer/33327: up to 30 per user
        google.add_user_alias(f"user000@{DOMAIN}", f"old{i}@{DOMAIN}")

    async def scenario(api: GoogleShared):
        with pytest.raises(InvalidRequest):
            await api.add_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")
        return await api.aliases(f"user000@{DOMAIN}")

    assert len(run(google, scenario)) == 30 and not google.alias_inserts
