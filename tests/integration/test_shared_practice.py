"""Practice mode's shared addresses and aliases end to end: the members' Create run as the window does
(tests/integration/shared_worker.py) against the practice sandbox's API (sandbox/practice_api.py, Alibaba Mail's
protocol, with the practice company's own accounts from before MailWizard): 50 members, 5 shared addresses, 10 aliases,
made exactly once across kills at random moments and a resume, listed back; lost answers read back and adopted, never
sent twice; throttling waited out; a clash with what the company has already refuses everything before anything is
made."""

from __future__ import annotations

import random
import time
from pathlib import Path

from mailwizard.core.providers.profiles import profile_for
from mailwizard.sandbox.fake_http import Fault
from mailwizard.sandbox.practice_api import PracticeApi
from mailwizard.sandbox.practice_review import SEEDED
from tests.integration.shared_cases import ALIASES, APP_ID, DOMAIN, GROUPS, MEMBERS, SECRET, run_worker


def practice(*, throttle_every: int | None = None, slow: bool = False) -> PracticeApi:
    """The practice console, signed in to with the worker's ID and secret, its "busy server" answers quick."""
    api = (SlowPractice if slow else PracticeApi)(lambda _d: True, throttle_every=throttle_every)
    api.app_id, api._secret, api.retry_after = APP_ID, SECRET, 0.01
    api.use_domain(DOMAIN)
    return api


class SlowPractice(PracticeApi):
    """Answers a few milliseconds after the work is done: a kill lands between a change and its answer."""

    answer_delay = 0.0

    def _send(self, h, response) -> None:
        if self.answer_delay:
            time.sleep(self.answer_delay)
        super()._send(h, response)


def made(fake: PracticeApi) -> int:
    return fake.group_posts + fake.alias_posts


def assert_made_once(fake: PracticeApi, out: dict) -> None:
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
    assert len(fake.users) == 50 + len(SEEDED)  # the practice company's own accounts, untouched
    assert out["delivery"] == GROUPS  # the delivery check: listed back
    assert set(out["statuses"]) == {f"group:{g}" for g in GROUPS} | {f"alias:{a}" for a in ALIASES}
    assert {state for state, _error in out["statuses"].values()} == {"created"}


def test_killed_runs_resume_to_exactly_5_groups_and_10_aliases(tmp_path: Path) -> None:
    rng = random.Random(20261205)
    state = tmp_path / "state"
    with practice(slow=True) as fake:
        fake.answer_delay = 0.008
        accounts = rng.randint(10, 40)
        run_worker("practice", fake.base_url, state, kill_when=lambda: len(fake.users) >= accounts)
        assert made(fake) == 0 and 0 < len(fake.users) - len(SEEDED) < 50
        for _ in range(3):  # three crashes among the groups and aliases, each just after a change
            target = made(fake) + rng.randint(1, 4)
            run_worker("practice", fake.base_url, state, kill_when=lambda t=target: made(fake) >= t)
        assert 0 < made(fake) < 15
        out = run_worker("practice", fake.base_url, state)
        assert_made_once(fake, out)
        member_posts = fake.member_posts
        again = run_worker("practice", fake.base_url, state)  # everything verified: nothing is sent
        assert_made_once(fake, again)
        assert fake.member_posts == member_posts


def test_lost_answers_are_read_back_and_throttling_waited_out(tmp_path: Path) -> None:
    with practice(throttle_every=9) as fake:  # practice's own "busy server"
        fake.inject(Fault.drop_after(times=2, path="^/v2/groups$", method="POST"))
        fake.inject(Fault.drop_after(times=2, path="/members$", method="POST"))
        fake.inject(Fault.drop_after(times=3, path="/emailAliases$", method="POST"))
        out = run_worker("practice", fake.base_url, tmp_path / "state")
        assert_made_once(fake, out)
        assert fake.throttled_count > 0


def test_a_clash_with_what_the_company_has_refuses_everything_before_anything_is_made(tmp_path: Path) -> None:
    with practice() as fake:
        fake.add_user(f"info@{DOMAIN}", "Front desk")                     # an account
        fake.add_group(f"hr@{DOMAIN}", "HR", (f"info@{DOMAIN}",))         # a group
        fake.add_user(f"boss@{DOMAIN}", "Boss")
        fake.set_user(f"boss@{DOMAIN}", emailAliases=[f"alias03@{DOMAIN}"])  # an alias
        out = run_worker("practice", fake.base_url, tmp_path / "state")
        refused = {(subject, key, params.get("what", "")) for subject, key, params in out["refused"]}
        assert refused == {(f"info@{DOMAIN}", "shared.clash_existing", "user"),
                           (f"hr@{DOMAIN}", "shared.clash_existing", "group"),
                           (f"alias03@{DOMAIN}", "shared.clash_existing", "alias")}
        assert fake.group_posts == 0 and fake.alias_posts == 0 and fake.member_posts == 0  # nothing made
        assert out["statuses"] == {} and set(out["members"].values()) == {"created"}


def test_practice_offers_the_api_for_groups_and_aliases_and_console_steps_for_outside_mail() -> None:
    support = profile_for("practice").open_shared(None).support  # type: ignore[arg-type]
    assert (support.groups, support.aliases, support.members_listed, support.outside_mail) == (True, True, True, False)
