"""Tencent Exmail's shared addresses (mail groups) and aliases (slaves), made by the members' Create run as the window
does (tests/integration/shared_worker.py) against the loopback fake: 50 members, 5 shared addresses, 10 aliases, made
exactly once across kills at random moments and a resume, listed back; lost answers read back, never sent twice;
throttling waited out; a clash with what the company has already refuses everything before anything is made."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest

from mailwizard.core.providers.base import AlreadyExists, InvalidRequest
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER
from mailwizard.core.providers.tencent import TencentEndpoints, TencentProvider
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.tencent_fake import TencentFake
from tests.integration.shared_cases import ALIASES, APP_ID, DOMAIN, GROUPS, MEMBERS, SECRET, run_worker

OUTSIDE = {"info", "sales", "support"}  # SHARED's outside=True: allow_type 1 任何人, the others 0 企业成员


class SlowTencent(TencentFake):
    """Answers a few milliseconds after the work is done: a kill lands between a change and its answer."""

    answer_delay = 0.0

    def _send(self, h, response) -> None:
        if self.answer_delay:
            time.sleep(self.answer_delay)
        super()._send(h, response)


def made(fake: TencentFake) -> int:
    return fake.group_creates + fake.slave_updates


def assert_made_once(fake: TencentFake, out: dict) -> None:
    assert out["failed"] == {} and out["refused"] == [] and out["done"] is True
    assert fake.group_creates == 5 and fake.slave_updates == 10  # none twice
    assert {address: sorted(g["userlist"]) for address, g in fake.groups.items()} == GROUPS
    assert {address: g["allow_type"] for address, g in fake.groups.items()} == {
        address: 1 if address.split("@")[0] in OUTSIDE else 0 for address in GROUPS}
    assert sorted(fake.aliases) == ALIASES
    for m in MEMBERS[:5]:  # each alias on its own member's account
        assert sorted(fake.users[m.address(DOMAIN)]["slaves"]) == sorted(
            f"{a.strip()}@{DOMAIN}" for a in m.aliases.split(","))
    assert len(fake.users) == 50
    assert out["delivery"] == GROUPS  # the delivery check: listed back by group/get
    assert set(out["statuses"]) == {f"group:{g}" for g in GROUPS} | {f"alias:{a}" for a in ALIASES}
    assert {state for state, _error in out["statuses"].values()} == {"created"}


def test_killed_runs_resume_to_exactly_5_groups_and_10_aliases(tmp_path: Path) -> None:
    rng = random.Random(20261203)
    state = tmp_path / "state"
    with SlowTencent(corp_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as fake:
        fake.answer_delay = 0.008
        accounts = rng.randint(10, 40)
        run_worker("tencent", fake.base_url, state, kill_when=lambda: len(fake.users) >= accounts)
        assert made(fake) == 0 and 0 < len(fake.users) < 50
        for _ in range(3):  # three crashes among the groups and aliases, each just after a change
            target = made(fake) + rng.randint(1, 4)
            run_worker("tencent", fake.base_url, state, kill_when=lambda t=target: made(fake) >= t)
        assert 0 < made(fake) < 15
        out = run_worker("tencent", fake.base_url, state)
        assert_made_once(fake, out)
        updates = fake.group_updates
        again = run_worker("tencent", fake.base_url, state)  # everything verified: nothing is sent
        assert_made_once(fake, again)
        assert fake.group_updates == updates


def test_lost_answers_are_read_back_and_throttling_waited_out(tmp_path: Path) -> None:
    with TencentFake(corp_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as fake:
        fake.inject(Fault.drop_after(times=2, path="/cgi-bin/group/create$", method="POST"))
        fake.inject(Fault.drop_after(times=3, path="/cgi-bin/user/update$", method="POST"))
        fake.throttle_every = 7  # errcode 45009 every seventh call
        out = run_worker("tencent", fake.base_url, tmp_path / "state")
        assert_made_once(fake, out)


def test_a_clash_with_what_the_company_has_refuses_everything_before_anything_is_made(tmp_path: Path) -> None:
    with TencentFake(corp_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as fake:
        fake.add_user(f"info@{DOMAIN}", "Front desk")            # an account
        fake.add_group(f"hr@{DOMAIN}", "HR", (f"info@{DOMAIN}",))  # a group
        fake.add_user(f"boss@{DOMAIN}", "Boss", slaves=(f"alias03@{DOMAIN}",))  # an alias
        out = run_worker("tencent", fake.base_url, tmp_path / "state")
        refused = {(subject, key, params.get("what", "")) for subject, key, params in out["refused"]}
        assert refused == {(f"info@{DOMAIN}", "shared.clash_existing", "user"),
                           (f"hr@{DOMAIN}", "shared.clash_existing", "group"),
                           (f"alias03@{DOMAIN}", "shared.clash_existing", "alias")}
        assert fake.group_creates == 0 and fake.slave_updates == 0  # nothing made
        assert out["statuses"] == {} and set(out["members"].values()) == {"created"}


# --- the module on its own ------------------------------------------------------------------------------------------
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def fake():
    with TencentFake(corp_id=APP_ID, secret=SECRET, domains=(DOMAIN,)) as server:
        for m in MEMBERS[:6]:
            server.add_user(m.address(DOMAIN), m.display_name)
        yield server


def _run(fake: TencentFake, body):
    async def scenario():
        provider = TencentProvider(APP_ID, SECRET, TencentEndpoints.at(fake.base_url), policy=FAST, rate=None)
        try:
            return await body(profile_for("tencent").open_shared(provider))
        finally:
            await provider.close()

    return asyncio.run(scenario())


def test_who_has_says_what_an_address_is(fake: TencentFake) -> None:
    fake.add_group(f"team@{DOMAIN}", "Team", (f"member00@{DOMAIN}",))
    fake.add_user(f"boss@{DOMAIN}", "Boss", slaves=(f"chief@{DOMAIN}",))

    async def ask(shared):
        return [await shared.who_has(a) for a in (f"member00@{DOMAIN}", f"chief@{DOMAIN}", f"team@{DOMAIN}",
                                                   f"free@{DOMAIN}")]

    assert _run(fake, ask) == [USER, ALIAS, GROUP, FREE]


def test_a_group_is_made_with_its_first_members_and_a_lost_answer_never_makes_it_twice(fake: TencentFake) -> None:
    fake.inject(Fault.drop_after(times=1, path="/cgi-bin/group/create$", method="POST"))

    async def make(shared):
        group = await shared.create_group(f"sales@{DOMAIN}", "销售部", outside=True)
        assert fake.groups == {}  # an empty group is refused (至少一个 member): made with its members
        await shared.add_members(group, [f"member00@{DOMAIN}", f"member01@{DOMAIN}"])
        await shared.add_members(group, [f"member01@{DOMAIN}", f"member02@{DOMAIN}"])
        return await shared.group_members(group), await shared.find_group(f"sales@{DOMAIN}")

    members, found = _run(fake, make)
    assert members == [f"member0{i}@{DOMAIN}" for i in range(3)]
    assert found is not None and found.name == "销售部"
    assert fake.group_creates == 1 and fake.group_updates == 1
    assert fake.groups[f"sales@{DOMAIN}"]["allow_type"] == 1


def test_an_address_already_in_use_is_refused_before_anything_is_sent(fake: TencentFake) -> None:
    async def clash(shared):
        with pytest.raises(AlreadyExists):
            await shared.create_group(f"member00@{DOMAIN}", "Taken", outside=False)
        with pytest.raises(AlreadyExists):
            await shared.add_alias(f"member01@{DOMAIN}", f"member00@{DOMAIN}")

    _run(fake, clash)
    assert fake.group_creates == 0 and fake.slave_updates == 0


def test_five_aliases_an_account_and_the_sixth_is_not_sent(fake: TencentFake) -> None:
    account = f"member00@{DOMAIN}"

    async def add(shared):
        assert shared.support.aliases_per_user == 5
        for i in range(5):
            await shared.add_alias(account, f"x{i}@{DOMAIN}")
        await shared.add_alias(account, f"x4@{DOMAIN}")  # the account's own already: no error, nothing sent
        with pytest.raises(InvalidRequest):
            await shared.add_alias(account, f"x5@{DOMAIN}")
        return await shared.aliases(account)

    assert _run(fake, add) == [f"x{i}@{DOMAIN}" for i in range(5)]
    sent = [r for r in fake.requests if r.path == "/cgi-bin/user/update"]
    assert fake.slave_updates == 5 and len(sent) == 5  # neither the one it had nor the sixth went out


def test_the_fake_refuses_what_exmail_documents_as_refused(fake: TencentFake) -> None:
    import httpx

    with httpx.Client(base_url=f"{fake.base_url}/cgi-bin") as http:
        token = http.get("/gettoken", params={"corpid": APP_ID, "corpsecret": SECRET}).json()["access_token"]

        def post(path: str, body: dict) -> int:
            return http.post(path, params={"access_token": token}, json=body).json()["errcode"]

        group = {"groupid": f"team@{DOMAIN}", "groupname": "Team", "allow_type": 0}
        assert post("/group/create", group) == 600009                                      # no member
        assert post("/group/create", {**group, "userlist": [f"nobody@{DOMAIN}"]}) == 600016  # not an account
        assert post("/group/create", {k: v for k, v in group.items() if k != "allow_type"}
                    | {"userlist": [f"member00@{DOMAIN}"]}) == 600013                        # allow_type 必须
        assert post("/group/create", {**group, "groupname": "组" * 22, "userlist": [f"member00@{DOMAIN}"]}) \
            == 600019                                                                        # 66 bytes
        assert post("/group/create", {**group, "groupid": f"member01@{DOMAIN}",
                                      "userlist": [f"member00@{DOMAIN}"]}) == 600024        # an account's address
        assert post("/group/create", {**group, "userlist": [f"member00@{DOMAIN}"]}) == 0
        assert post("/group/create", {**group, "userlist": [f"member01@{DOMAIN}"]}) == 600015  # one group an address
        six = [f"s{i}@{DOMAIN}" for i in range(6)]
        assert post("/user/update", {"userid": f"member00@{DOMAIN}", "slaves": six}) == 600006    # five at most
        assert post("/user/update", {"userid": f"member00@{DOMAIN}", "slaves": [f"team@{DOMAIN}"]}) == 600005
        assert post("/user/update", {"userid": f"member00@{DOMAIN}", "slaves": ["x@other.org"]}) == 600004
    assert fake.group_creates == 1 and fake.slave_updates == 0
