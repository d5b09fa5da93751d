"""Alibaba Mail's shared addresses (mail groups) and aliases (emailAliases), made by the members' Create run as the
window does (tests/integration/shared_worker.py) against the loopback fake: 50 members, 5 shared addresses, 10 aliases,
made exactly once across kills at random moments and a resume, listed back; lost answers read back and adopted, never
sent twice; throttling waited out; a clash with what the company has already refuses everything before anything is
made."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest

from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider
from mailwizard.core.providers.base import AlreadyExists
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER
from mailwizard.sandbox.alibaba_fake import AlibabaFake
from mailwizard.sandbox.fake_http import Fault
from tests.integration.shared_cases import ALIASES, APP_ID, DOMAIN, GROUPS, MEMBERS, SECRET, run_worker


class SlowAlibaba(AlibabaFake):
    """Answers a few milliseconds after the work is done: a kill lands between a change and its answer."""

    answer_delay = 0.0

    def _send(self, h, response) -> None:
        if self.answer_delay:
            time.sleep(self.answer_delay)
        super()._send(h, response)


def made(fake: AlibabaFake) -> int:
    return fake.group_posts + fake.alias_posts


def assert_made_once(fake: AlibabaFake, out: dict) -> None:
    assert out["failed"] == {} and out["refused"] == [] and out["done"] is True
    assert fake.group_posts == 5 and fake.alias_posts == 10  # none twice
    assert {address: sorted(g["_members"]) for address, g in fake.groups.items()} == GROUPS
    assert {address: g["name"] for address, g in fake.groups.items()} == {
        "info@example.com": "Info", "sales@example.com": "销售部", "hr@example.com": "人事部",
        "tech@example.com": "技术部", "support@example.com": "Support"}
    aliases = {a: email for email, u in fake.users.items() for a in u["emailAliases"]}
    assert sorted(aliases) == ALIASES
    for m in MEMBERS[:5]:  # each alias on its own member's account
        assert sorted(a for a, owner in aliases.items() if owner == m.address(DOMAIN)) == sorted(
            f"{a.strip()}@{DOMAIN}" for a in m.aliases.split(","))
    assert len(fake.users) == 50
    assert out["delivery"] == GROUPS  # the delivery check: listed back
    assert set(out["statuses"]) == {f"group:{g}" for g in GROUPS} | {f"alias:{a}" for a in ALIASES}
    assert {state for state, _error in out["statuses"].values()} == {"created"}


def test_killed_runs_resume_to_exactly_5_groups_and_10_aliases(tmp_path: Path) -> None:
    rng = random.Random(20261204)
    state = tmp_path / "state"
    with SlowAlibaba(app_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as fake:
        fake.answer_delay = 0.008
        accounts = rng.randint(10, 40)
        run_worker("alibaba", fake.base_url, state, kill_when=lambda: len(fake.users) >= accounts)
        assert made(fake) == 0 and 0 < len(fake.users) < 50
        for _ in range(3):  # three crashes among the groups and aliases, each just after a change
            target = made(fake) + rng.randint(1, 4)
            run_worker("alibaba", fake.base_url, state, kill_when=lambda t=target: made(fake) >= t)
        assert 0 < made(fake) < 15
        out = run_worker("alibaba", fake.base_url, state)
        assert_made_once(fake, out)
        member_posts = fake.member_posts
        again = run_worker("alibaba", fake.base_url, state)  # everything verified: nothing is sent
        assert_made_once(fake, again)
        assert fake.member_posts == member_posts


def test_lost_answers_are_read_back_and_throttling_waited_out(tmp_path: Path) -> None:
    with AlibabaFake(app_id=APP_ID, secret=SECRET, domains=(DOMAIN,), throttle_every=7, retry_after=0.01) as fake:
        fake.inject(Fault.drop_after(times=2, path="^/v2/groups$", method="POST"))
        fake.inject(Fault.drop_after(times=2, path="/members$", method="POST"))
        fake.inject(Fault.drop_after(times=3, path="/emailAliases$", method="POST"))
        out = run_worker("alibaba", fake.base_url, tmp_path / "state")
        assert_made_once(fake, out)
        assert fake.throttled_count > 0


def test_a_clash_with_what_the_company_has_refuses_everything_before_anything_is_made(tmp_path: Path) -> None:
    with AlibabaFake(app_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as fake:
        fake.add_user(f"info@{DOMAIN}", "Front desk")                     # an account
        fake.add_group(f"hr@{DOMAIN}", "HR", (f"info@{DOMAIN}",))         # a group
        fake.add_user(f"boss@{DOMAIN}", "Boss")
        fake.set_user(f"boss@{DOMAIN}", emailAliases=[f"alias03@{DOMAIN}"])  # an alias
        out = run_worker("alibaba", fake.base_url, tmp_path / "state")
        refused = {(subject, key, params.get("what", "")) for subject, key, params in out["refused"]}
        assert refused == {(f"info@{DOMAIN}", "shared.clash_existing", "user"),
                           (f"hr@{DOMAIN}", "shared.clash_existing", "group"),
                           (f"alias03@{DOMAIN}", "shared.clash_existing", "alias")}
        assert fake.group_posts == 0 and fake.alias_posts == 0 and fake.member_posts == 0  # nothing made
        assert out["statuses"] == {} and set(out["members"].values()) == {"created"}


# --- the module on its own ------------------------------------------------------------------------------------------
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def fake():
    with AlibabaFake(app_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as server:
        for m in MEMBERS[:6]:
            server.add_user(m.address(DOMAIN), m.display_name)
        yield server


def _run(fake: AlibabaFake, body):
    async def scenario():
        provider = AlibabaProvider(APP_ID, SECRET, AlibabaEndpoints.at(fake.base_url), policy=FAST, rate=None)
        try:
            return await body(profile_for("alibaba").open_shared(provider))
        finally:
            await provider.close()

    return asyncio.run(scenario())


def test_who_has_says_what_an_address_is(fake: AlibabaFake) -> None:
    fake.add_group(f"team@{DOMAIN}", "Team", (f"member00@{DOMAIN}",))
    fake.set_user(f"member01@{DOMAIN}", emailAliases=[f"chief@{DOMAIN}"])

    async def ask(shared):
        return [await shared.who_has(a) for a in (f"member00@{DOMAIN}", f"chief@{DOMAIN}", f"team@{DOMAIN}",
                                                   f"free@{DOMAIN}")]

    assert _run(fake, ask) == [USER, ALIAS, GROUP, FREE]


def test_members_go_in_once_each_and_a_lost_answer_is_sent_again_harmlessly(fake: AlibabaFake) -> None:
    fake.inject(Fault.drop_after(times=1, path="/members$", method="POST"))

    async def make(shared):
        group = await shared.create_group(f"sales@{DOMAIN}", "销售部", outside=True)
        await shared.add_members(group, [f"member00@{DOMAIN}", f"member01@{DOMAIN}"])
        await shared.add_members(group, [f"member01@{DOMAIN}", f"member02@{DOMAIN}"])
        return group, await shared.group_members(group), await shared.find_group(f"sales@{DOMAIN}")

    group, members, found = _run(fake, make)
    assert members == [f"member0{i}@{DOMAIN}" for i in range(3)]
    assert found == group and group.created is not None
    assert fake.group_posts == 1


def test_an_address_already_in_use_is_refused(fake: AlibabaFake) -> None:
    fake.set_user(f"member02@{DOMAIN}", emailAliases=[f"chief@{DOMAIN}"])

    async def clash(shared):
        with pytest.raises(AlreadyExists):
            await shared.create_group(f"member00@{DOMAIN}", "Taken", outside=False)
        with pytest.raises(AlreadyExists):
            await shared.add_alias(f"member01@{DOMAIN}", f"chief@{DOMAIN}")
        await shared.add_alias(f"member02@{DOMAIN}", f"chief@{DOMAIN}")  # the account's own already: no error

    _run(fake, clash)
    assert fake.group_posts == 0 and fake.alias_posts == 0


def test_aliases_are_read_once_for_a_clash_check_and_again_when_that_reading_is_old(fake: AlibabaFake) -> None:
    chief = f"chief@{DOMAIN}"

    async def ask(shared):
        now = [0.0]
        shared.clock = lambda: now[0]
        first = await shared.who_has(chief)
        fake.set_user(f"member01@{DOMAIN}", emailAliases=[chief])  # added in the console meanwhile
        walks = sum(r.path.endswith("/users") for r in fake.requests)
        soon = await shared.who_has(chief)
        assert sum(r.path.endswith("/users") for r in fake.requests) == walks  # no second walk of the tree
        now[0] = 61.0
        return first, soon, await shared.who_has(chief)

    assert _run(fake, ask) == (FREE, FREE, ALIAS)


def test_the_fake_holds_an_address_as_one_thing_only(fake: AlibabaFake) -> None:
    import httpx

    with httpx.Client(base_url=fake.base_url) as http:
        token = http.post("/oauth2/v2.0/token", data={"grant_type": "client_credentials", "client_id": APP_ID,
                                                      "client_secret": SECRET}).json()["access_token"]
        auth = {"Authorization": f"bearer {token}"}

        def post(path: str, body: dict) -> int:
            return http.post(f"/v2{path}", headers=auth, json=body).status_code

        assert post("/groups", {"name": "Team", "email": f"team@{DOMAIN}"}) == 200
        assert post("/groups", {"name": "Team", "email": f"team@{DOMAIN}"}) == 409               # a group's
        assert post("/groups", {"name": "Taken", "email": f"member00@{DOMAIN}"}) == 409          # an account's
        assert post("/groups", {"name": "Other", "email": "x@other.org"}) == 400                 # not our domain
        assert post("/groups", {"name": "Policy", "email": f"p@{DOMAIN}", "allowedSenderPolicy": "ANY"}) == 400
        assert post("/groups/team@example.com/members", {"members": [{"email": f"nobody@{DOMAIN}"}]}) == 400
        assert post("/groups/team@example.com/members", {"members": []}) == 400
        assert post(f"/users/member00@{DOMAIN}/emailAliases", {"alias": f"team@{DOMAIN}"}) == 409  # a group's
        assert post(f"/users/member00@{DOMAIN}/emailAliases", {"alias": f"member01@{DOMAIN}"}) == 409
        assert post(f"/users/member00@{DOMAIN}/emailAliases", {"alias": f"boss@{DOMAIN}"}) == 200
        assert post("/users", {"email": f"boss@{DOMAIN}", "password": "Xy7-long-pass", "name": "Boss"}) == 409
        assert post("/users", {"email": f"team@{DOMAIN}", "password": "Xy7-long-pass", "name": "Team"}) == 409
    assert fake.group_posts == 1 and fake.alias_posts == 1
