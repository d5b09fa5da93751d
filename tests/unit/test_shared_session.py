"""session.shared without a window: the list saved with the session, the members' Create run making the accounts and
then the shared addresses and aliases in the same task, exactly once across a kill, refusals before anything is made,
the remote clash check, statuses, the delivery check, and the console steps where the API cannot."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from mailwizard.core.flow import Company, DomainPresence
from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress
from mailwizard.core.providers.base import NewAccount, RemoteUser
from mailwizard.core.providers.profiles import profile_for
from mailwizard.core.providers.shared_api import SharedSupport
from mailwizard.core.session import events
from mailwizard.core.session.provider import ProviderStep
from mailwizard.core.session.shared_events import SharedChecked, SharedFinished, SharedProgress
from mailwizard.core.store import Store
from tests.unit.shared_memory import MemoryShared
from tests.unit.test_journal_full import Tenant
from tests.unit.test_session import open_session

PEOPLE = [Member("李娜", "李", "娜", "li.na", department="销售部", aliases="lina"),
          Member("王芳", "王", "芳", "wang.fang", department="销售部", aliases="fang, wf"),
          Member("张伟", "张", "伟", "zhang.wei", department="品质部")]
SHARED = [SharedAddress("sales", "销售部", ("li.na", "wang.fang")), SharedAddress("info", "Info", ("zhang.wei",))]


class SharedTenant(Tenant):
    """The accounts it makes become users of the in-memory SharedApi; ``order`` records what was made when."""

    def __init__(self, shared: MemoryShared, order: list[str]) -> None:
        super().__init__()
        self.shared, self.order = shared, order

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        self.order.append(f"account:{account.address}")
        self.shared.users.add(account.address)
        return await super().create_user(account, license_sku)


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch):
    """(make a session on a store, the in-memory SharedApi, the order of creations)."""
    api = MemoryShared(set())
    order: list[str] = []
    opened: list[object] = []

    def open_shared(provider):
        opened.append(provider)
        return api

    profile = replace(profile_for("google"), open_shared=open_shared)
    monkeypatch.setattr(ProviderStep, "profile", property(lambda _self: profile))
    original = MemoryShared.create_group

    async def create_group(self, address, name, *, outside):
        order.append(f"group:{address}")
        return await original(self, address, name, outside=outside)

    monkeypatch.setattr(MemoryShared, "create_group", create_group)

    def make(store: Store):
        session, runner, seen = open_session(store)
        session.update(provider_id="google", plan_id="business-starter", domain="example.com",
                       company=Company("例子", "李娜", "li.na@163.com", "example.com"),
                       domain_presence=DomainPresence.EXISTS)
        session.provider.api = SharedTenant(api, order)
        api.store, api.scope = store, "shared:google"
        return session, runner, seen

    return make, api, order


def create(session, runner) -> None:
    async def run() -> None:
        session.members.create(None)
        await runner.idle()

    asyncio.run(run())


def test_the_list_is_saved_with_the_session_and_forgotten_at_start_over(tmp_path: Path) -> None:
    store = Store(tmp_path)
    session, _runner, seen = open_session(store)
    seen.clear()
    session.shared.set_addresses(SHARED)
    assert not [e for e in seen if isinstance(e, events.StateChanged)]  # no re-render per keystroke
    session.shutdown()
    again, _runner, _seen = open_session(store)
    assert again.shared.addresses() == tuple(SHARED)
    again.start_over()
    assert again.shared.addresses() == ()
    again.shutdown()


def test_create_makes_the_accounts_then_the_shared_addresses_and_aliases_in_the_same_task(tmp_path: Path,
                                                                                         wired) -> None:
    make, api, order = wired
    session, runner, seen = make(Store(tmp_path))
    session.members.set_members(PEOPLE)
    session.shared.set_addresses(SHARED)
    assert session.shared.support().groups and not session.shared.done()
    create(session, runner)

    assert order.index("group:sales@example.com") > max(i for i, o in enumerate(order) if o.startswith("account:"))
    finished = [e.report for e in seen if isinstance(e, SharedFinished)]
    assert len(finished) == 1 and len(finished[0].created) == 5 and not finished[0].refused
    assert any(isinstance(e, SharedProgress) for e in seen)
    assert next(e for e in seen if isinstance(e, events.MembersFinished)).report is not None
    statuses = session.shared.statuses()
    assert statuses["group:sales@example.com"] == ("created", "")
    assert statuses["alias:wf@example.com"] == ("created", "")
    assert session.shared.delivery() == {"sales@example.com": ("li.na@example.com", "wang.fang@example.com"),
                                         "info@example.com": ("zhang.wei@example.com",)}
    assert session.shared.done()
    assert api.alias_of == {"lina@example.com": "li.na@example.com", "fang@example.com": "wang.fang@example.com",
                            "wf@example.com": "wang.fang@example.com"}


def test_a_local_problem_refuses_the_shared_part_before_anything_is_made(tmp_path: Path, wired) -> None:
    make, api, _order = wired
    session, runner, seen = make(Store(tmp_path))
    session.members.set_members(PEOPLE)
    session.shared.set_addresses([*SHARED, SharedAddress("lina", "Clash", ("li.na",))])
    assert [p.key for p in session.shared.problems()] == ["shared.clash_alias"]
    create(session, runner)
    report = next(e.report for e in seen if isinstance(e, SharedFinished))
    assert [p.key for p in report.refused] == ["shared.clash_alias"]
    assert api.groups == {} and api.alias_of == {}
    assert len(api.users) == 3  # the accounts were made all the same


def test_check_remote_says_which_addresses_the_provider_has_already(tmp_path: Path, wired) -> None:
    make, api, _order = wired
    session, runner, seen = make(Store(tmp_path))
    session.members.set_members(PEOPLE)
    session.shared.set_addresses(SHARED)
    api.users.add("info@example.com")

    async def run() -> None:
        session.shared.check_remote()
        await runner.idle()

    asyncio.run(run())
    checked = [e.problems for e in seen if isinstance(e, SharedChecked)]
    assert [(p.subject, p.key, p.params["what"]) for p in checked[0]] == [
        ("info@example.com", "shared.clash_existing", "user")]


def test_a_kill_during_the_shared_part_and_a_new_session_make_each_once(tmp_path: Path, wired) -> None:
    make, api, _order = wired
    store = Store(tmp_path)
    session, runner, _seen = make(store)
    session.members.set_members(PEOPLE)
    session.shared.set_addresses(SHARED)
    api.hang = {"info@example.com"}

    async def killed() -> None:
        session.members.create(None)
        for _ in range(1000):  # 5 s at most: a run that never reaches the shared part fails here
            if api.hanging is not None and api.hanging.is_set():
                break
            await asyncio.sleep(0.005)
        else:
            raise AssertionError("the shared part was never reached")
        session.members.cancel()
        await runner.idle()

    asyncio.run(killed())
    session.shutdown()
    assert session.shared.statuses().get("group:info@example.com", ("attempted",))[0] == "attempted"

    again, runner, seen = make(store)
    assert again.shared.statuses()["group:info@example.com"][0] == "attempted"
    create(again, runner)
    report = next(e.report for e in seen if isinstance(e, SharedFinished))
    assert "group:info@example.com" in report.created and not report.failed
    assert set(api.group_creations.values()) == {1} and set(api.alias_additions.values()) == {1}
    assert again.shared.done()


def test_a_group_made_but_killed_before_its_members_went_in_is_not_done_until_a_rerun_puts_them_in(
        tmp_path: Path, wired) -> None:
    make, api, _order = wired
    store = Store(tmp_path)
    session, runner, _seen = make(store)
    session.members.set_members(PEOPLE)
    session.shared.set_addresses(SHARED)
    api.hang_members = {"sales@example.com"}

    async def killed() -> None:
        session.members.create(None)
        for _ in range(1000):
            if api.hanging is not None and api.hanging.is_set():
                break
            await asyncio.sleep(0.005)
        else:
            raise AssertionError("add_members was never reached")
        session.members.cancel()
        await runner.idle()

    asyncio.run(killed())
    session.shutdown()
    again, runner, _seen = make(store)
    assert "sales@example.com" in api.groups and not api.members["sales@example.com"]
    assert again.shared.statuses()["group:sales@example.com"][0] == "attempted"  # made, but reaches no one yet
    assert not again.shared.done()
    create(again, runner)
    assert api.members["sales@example.com"] == {"li.na@example.com", "wang.fang@example.com"}
    assert again.shared.statuses()["group:sales@example.com"] == ("created", "") and again.shared.done()
    assert set(api.group_creations.values()) == {1}


def test_where_the_api_cannot_the_console_steps_say_how(tmp_path: Path, wired,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core import resources
    from mailwizard.core.members.shared_suggest import console_steps

    make, api, _order = wired
    (tmp_path / "res" / "shared").mkdir(parents=True)
    (tmp_path / "res" / "shared" / "google.toml").write_text(
        '[groups]\nsource = "https://example.com/g"\nsteps.en = ["Make the group."]\n'
        '[aliases]\nsource = "https://example.com/a"\nunconfirmed = true\nsteps.en = ["Add the alias."]\n'
        'steps.zh_CN = ["添加别名。"]\n', encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "res")
    console_steps.cache_clear()
    try:
        api.support = SharedSupport(groups=True, aliases=False, members_listed=True, outside_mail=True)
        session, runner, _seen = make(Store(tmp_path))
        session.members.set_members(PEOPLE)
        assert session.shared.console_steps("zh_CN") == {"groups": [], "aliases": ["添加别名。"], "outside": []}
        assert session.shared.console_sources()["aliases"] == ("https://example.com/a", True)
        create(session, runner)
        assert api.alias_of == {} and session.shared.done()  # nothing sent for what the API cannot do
        session.provider.api = None
        monkeypatch.setattr(ProviderStep, "profile", property(lambda _self: profile_for("west")))  # no API for it
        assert session.shared.support() is None
        assert session.shared.console_steps("en") == {"groups": ["Make the group."], "aliases": ["Add the alias."],
                                                        "outside": []}
    finally:
        console_steps.cache_clear()


def test_support_is_known_before_signing_in_where_the_opener_needs_no_provider(tmp_path: Path, wired) -> None:
    make, api, _order = wired
    session, _runner, _seen = make(Store(tmp_path))
    session.provider.api = None
    assert session.shared.support() is api.support and session.shared.api() is None


def test_a_provider_failure_in_the_shared_part_leaves_the_accounts_report_whole(tmp_path: Path, wired,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core.providers.base import PermissionDenied

    make, api, _order = wired
    session, runner, seen = make(Store(tmp_path))
    session.members.set_members(PEOPLE)
    session.shared.set_addresses(SHARED)

    async def refused(_self, _address):
        raise PermissionDenied(needed="groups")

    monkeypatch.setattr(MemoryShared, "who_has", refused)
    create(session, runner)
    assert next(e for e in seen if isinstance(e, events.MembersFinished)).report.created
    assert next(e for e in seen if isinstance(e, SharedFinished)).report is None
    assert any(isinstance(e, events.ConnectionChanged) and e.key == "provider.permission_denied" for e in seen)
    assert session.state.members_done and api.groups == {}


def test_only_accounts_that_exist_get_aliases_and_receive_a_list(tmp_path: Path, wired,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core.providers.base import PermissionDenied

    make, api, _order = wired
    session, runner, _seen = make(Store(tmp_path))
    session.members.set_members([*PEOPLE[:2], replace(PEOPLE[2], aliases="zw")])
    session.shared.set_addresses([*SHARED, SharedAddress("qc", "品质部", ("zhang.wei",))])
    original = SharedTenant.create_user

    async def not_zhang(self, account, license_sku=None):
        if account.address.startswith("zhang.wei@"):
            raise PermissionDenied(needed="x")
        return await original(self, account, license_sku)

    monkeypatch.setattr(SharedTenant, "create_user", not_zhang)
    create(session, runner)
    assert set(api.groups) == {"sales@example.com"}  # info and qc: only 张伟 receives them, who has no account
    assert set(api.alias_of) == {"lina@example.com", "fang@example.com", "wf@example.com"}
    assert ("add_alias", "zw@example.com") not in api.calls  # nothing sent for an account that does not exist
    assert not session.shared.done()

    monkeypatch.setattr(SharedTenant, "create_user", original)
    create(session, runner)
    assert set(api.groups) == {"sales@example.com", "info@example.com", "qc@example.com"}
    assert session.shared.done() and set(api.group_creations.values()) == {1}
    assert api.alias_of["zw@example.com"] == "zhang.wei@example.com"


def test_another_provider_s_statuses_are_its_own(tmp_path: Path, wired) -> None:
    make, _api, _order = wired
    store = Store(tmp_path)
    store.journal_put("shared:google", "group:sales@example.com", "created", '{"members_set": true}')
    store.journal_put("shared:tencent", "group:info@example.com", "failed", "{}", "provider.permission_denied")
    session, runner, _seen = make(store)
    assert session.shared.statuses() == {"group:sales@example.com": ("created", "")}

    async def switch() -> None:
        session.provider.choose_plan("tencent", "basic")
        await runner.idle()

    asyncio.run(switch())
    assert session.shared.statuses() == {"group:info@example.com": ("failed", "provider.permission_denied")}


def test_a_full_disk_in_the_shared_part_is_said_as_a_full_disk_and_sends_nothing(tmp_path: Path, wired,
                                                                                  monkeypatch: pytest.MonkeyPatch
                                                                                  ) -> None:
    from mailwizard.core.store import Problem, StoreError

    make, api, _order = wired
    store = Store(tmp_path)
    session, runner, seen = make(store)
    session.members.set_members(PEOPLE)
    session.shared.set_addresses(SHARED)
    put = store.journal_put

    def full_for_shared(scope, *args) -> None:
        if scope.startswith("shared:"):
            raise StoreError(Problem.DISK_FULL, tmp_path, "database or disk is full")
        put(scope, *args)

    monkeypatch.setattr(store, "journal_put", full_for_shared)
    create(session, runner)
    assert next(e for e in seen if isinstance(e, events.SaveFailed)).key == "save.disk_full"
    assert not [e for e in seen if isinstance(e, events.ConnectionChanged) and e.key]
    assert next(e for e in seen if isinstance(e, SharedFinished)).report is None
    assert api.groups == {} and api.alias_of == {} and len(api.users) == 3
