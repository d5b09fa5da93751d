"""The shared addresses' and aliases' exactly-once run (core/members/shared_run.py) against an in-memory SharedApi
that checks the journal before each create call: made once across lost answers, kills and reruns, someone else's
address left alone, clashes refused before anything is made, a full disk sends nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from mailwizard.core.members.shared import SharedAddress
from mailwizard.core.members.shared_run import create_shared
from mailwizard.core.providers.shared_api import SharedSupport
from mailwizard.core.store import Problem, Store, StoreError
from tests.unit.shared_memory import MemoryShared

DOMAIN = "example.com"
PEOPLE = [f"m{i:02d}" for i in range(20)]
GROUPS = [SharedAddress("info", "Info", tuple(PEOPLE[:2])), SharedAddress("sales", "销售部", tuple(PEOPLE[2:8])),
          SharedAddress("hr", "HR", (PEOPLE[8],)), SharedAddress("pinzhi", "品质部", tuple(PEOPLE[9:12])),
          SharedAddress("all", "Everyone", tuple(PEOPLE), outside=False)]
ALIASES = [(f"{p}@{DOMAIN}", f"{p}.alias@{DOMAIN}") for p in PEOPLE[:10]]
SENDS = ("create_group", "add_alias", "add_members")


def tenant(store: Store | None) -> MemoryShared:
    return MemoryShared({f"{p}@{DOMAIN}" for p in PEOPLE}, store=store)


def run(api, store, groups=GROUPS, aliases=ALIASES, **kw):
    return asyncio.run(create_shared(api, list(groups), list(aliases), store, domain=DOMAIN, provider_id="google",
                                     **kw))


def sent(api: MemoryShared) -> list[tuple[str, str]]:
    return [c for c in api.calls if c[0] in SENDS]


def test_every_address_is_made_once_after_its_journal_entry_and_listed_back(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)  # asserts "attempted" is in the journal at each create call
    report = run(api, store)
    assert not report.refused and not report.failed and not report.taken
    assert len(report.created) == 15 and report.total == 15
    assert set(api.group_creations.values()) == {1} and len(api.group_creations) == 5
    assert set(api.alias_additions.values()) == {1} and len(api.alias_additions) == 10
    assert report.delivered["sales@example.com"] == tuple(f"{p}@{DOMAIN}" for p in PEOPLE[2:8])
    journal = store.journal_all("shared:google")
    assert {state for state, _r, _e in journal.values()} == {"created"}
    assert set(journal) == {f"group:{g.local_part}@{DOMAIN}" for g in GROUPS} | {f"alias:{a}" for _p, a in ALIASES}

    api.calls.clear()
    again = run(api, store)
    assert sent(api) == []  # made and verified: nothing is sent again
    assert len(again.skipped) == 15 and not again.created
    assert again.delivered == report.delivered


def test_a_lost_answer_is_read_back_before_anything_is_sent_again_and_adopted(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    api.lose = {"sales@example.com", "m03.alias@example.com"}
    report = run(api, store)
    assert not report.failed
    assert api.group_creations["sales@example.com"] == 1 and api.alias_additions["m03.alias@example.com"] == 1
    after = api.calls[api.calls.index(("create_group", "sales@example.com")) + 1]
    assert after == ("find_group", "sales@example.com")
    after = api.calls[api.calls.index(("add_alias", "m03.alias@example.com")) + 1]
    assert after == ("aliases", "m03@example.com")
    assert "group:sales@example.com" in report.created and "alias:m03.alias@example.com" in report.created
    assert api.calls.count(("create_group", "sales@example.com")) == 1
    assert api.calls.count(("add_alias", "m03.alias@example.com")) == 1


@pytest.mark.parametrize("address", ["sales@example.com", "m05.alias@example.com"])
def test_a_kill_between_the_request_and_its_answer_never_makes_it_twice(tmp_path: Path, address: str) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    api.hang = {address}

    async def killed() -> None:
        task = asyncio.ensure_future(create_shared(api, GROUPS, ALIASES, store, domain=DOMAIN, provider_id="google"))
        for _ in range(1000):
            if api.hanging is not None and api.hanging.is_set():
                break
            await asyncio.sleep(0.005)
        else:
            raise AssertionError("the request never went out")
        task.cancel()  # the app is gone: the provider acted, the answer never arrived
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(killed())
    key = ("group:" if address.startswith("sales") else "alias:") + address
    assert store.journal_get("shared:google", key)[0] == "attempted"
    api.calls.clear()
    report = run(api, store)
    assert key in report.created and not report.failed and not report.refused
    made = api.group_creations if key.startswith("group:") else api.alias_additions
    assert made[address] == 1
    assert ("create_group", address) not in api.calls and ("add_alias", address) not in api.calls
    assert set(api.group_creations.values()) == {1} and set(api.alias_additions.values()) == {1}


def test_an_address_someone_takes_before_our_first_attempt_is_theirs(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    api.race = {"hr@example.com"}  # free at the check, a mailbox by the time we ask
    report = run(api, store)
    assert report.taken == ["group:hr@example.com"]
    assert store.journal_get("shared:google", "group:hr@example.com")[0] == "taken"
    assert "hr@example.com" not in api.groups and ("add_members", "hr@example.com") not in api.calls


def test_addresses_the_provider_has_already_refuse_the_run_before_anything_is_made(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    api.users.add("info@example.com")                      # someone's mailbox
    api.alias_of["m01.alias@example.com"] = "m00@example.com"  # another member's alias, made in the console
    api.alias_of["m00.alias@example.com"] = "m00@example.com"  # the account's own: no clash
    report = run(api, store)
    assert sorted((p.subject, p.key, p.params["what"]) for p in report.refused) == [
        ("info@example.com", "shared.clash_existing", "user"),
        ("m01.alias@example.com", "shared.clash_existing", "alias")]
    assert sent(api) == [] and not report.created


@pytest.mark.parametrize("groups", [GROUPS, []], ids=["groups and aliases", "aliases"])
def test_a_full_disk_sends_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, groups) -> None:
    store = Store(tmp_path)
    api = tenant(store)

    def full(*_args, **_kw) -> None:
        raise StoreError(Problem.DISK_FULL, tmp_path, "database or disk is full")

    monkeypatch.setattr(store, "journal_put", full)
    with pytest.raises(StoreError):
        run(api, store, groups)
    assert sent(api) == []


def test_a_few_aliases_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core.members.shared_check import CONCURRENCY

    store = Store(tmp_path)
    api = tenant(store)
    flight, most = [0], [0]
    original = MemoryShared.add_alias

    async def add_alias(self, address, alias):
        flight[0] += 1
        most[0] = max(most[0], flight[0])
        await asyncio.sleep(0.01)
        try:
            return await original(self, address, alias)
        finally:
            flight[0] -= 1

    monkeypatch.setattr(MemoryShared, "add_alias", add_alias)
    report = run(api, store, [], ALIASES)
    assert len(report.created) == 10 and most[0] == CONCURRENCY


def test_a_group_is_filled_on_each_run_until_all_its_members_are_listed_back(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    first = [SharedAddress("sales", "Sales", ("m01",))]
    run(api, store, first, [])
    api.calls.clear()
    report = run(api, store, [SharedAddress("sales", "Sales", ("m01", "m02"))], [])  # m02's account exists now
    assert ("add_members", "sales@example.com") in api.calls and ("create_group", "sales@example.com") not in api.calls
    assert report.delivered["sales@example.com"] == ("m01@example.com", "m02@example.com")
    assert api.group_creations["sales@example.com"] == 1


def test_a_provider_that_cannot_list_members_gets_them_put_in_on_each_run_and_no_delivery(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    api.support = SharedSupport(groups=True, aliases=False, members_listed=False, outside_mail=False)
    report = run(api, store, GROUPS[:1])
    assert report.delivered == {} and report.total == 1  # aliases: the API cannot, nothing sent
    assert not [c for c in api.calls if c[0] in ("add_alias", "group_members")]
    api.calls.clear()
    run(api, store, GROUPS[:1])
    assert sent(api) == [("add_members", "info@example.com")]


def test_a_failure_is_journalled_and_the_rerun_reads_back_before_sending(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    report = run(api, store, [SharedAddress("sales", "Sales", ("m01", "gone"))], [])
    assert list(report.failed) == ["group:sales@example.com"] and report.failed["group:sales@example.com"].startswith(
        "provider.not_found")
    assert store.journal_get("shared:google", "group:sales@example.com")[0] == "failed"
    api.calls.clear()
    again = run(api, store, [SharedAddress("sales", "Sales", ("m01",))], [])
    assert again.created == ["group:sales@example.com"]
    assert api.calls.index(("find_group", "sales@example.com")) < api.calls.index(("add_members", "sales@example.com"))
    assert api.group_creations["sales@example.com"] == 1


def test_a_paused_run_sends_nothing_until_it_goes_on(tmp_path: Path) -> None:
    store = Store(tmp_path)
    api = tenant(store)

    async def paused() -> None:
        gate = asyncio.Event()
        task = asyncio.ensure_future(create_shared(api, GROUPS, ALIASES, store, domain=DOMAIN, running=gate,
                                                   provider_id="google"))
        await asyncio.sleep(0.05)
        assert sent(api) == []
        gate.set()
        report = await task
        assert len(report.created) == 15

    asyncio.run(paused())


def test_a_lost_answer_on_a_lagging_directory_is_adopted_not_made_twice(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core.members import shared_run

    monkeypatch.setattr(shared_run, "READ_BACK_WAITS", (0.0, 0.0))
    store = Store(tmp_path)
    api = tenant(store)
    api.lose = {"sales@example.com"}
    api.lag = {"sales@example.com": 2}  # the read after the lost answer, and the first after "already exists"
    report = run(api, store, GROUPS[1:2], [])
    assert report.created == ["group:sales@example.com"] and not report.failed
    assert api.group_creations == {"sales@example.com": 1}
    assert api.calls.count(("create_group", "sales@example.com")) == 2  # the second one answered "already exists"


def test_already_exists_after_our_attempt_but_a_mailbox_there_is_someone_else_s(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch
                                                                                ) -> None:
    from mailwizard.core.members import shared_run

    monkeypatch.setattr(shared_run, "READ_BACK_WAITS", (0.0, 0.0))
    store = Store(tmp_path)
    api = tenant(store)
    store.journal_put("shared:google", "group:hr@example.com", "attempted", '{"since": "2026-12-01T00:00:00+00:00"}')
    api.users.add("hr@example.com")  # our attempt never arrived; a mailbox took the address since
    report = run(api, store, GROUPS[2:3], [])
    assert report.taken == ["group:hr@example.com"] and not report.created
    assert "hr@example.com" not in api.groups


def test_an_alias_whose_answer_was_lost_on_a_lagging_directory_is_ours(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwizard.core.members import shared_run

    monkeypatch.setattr(shared_run, "READ_BACK_WAITS", (0.0, 0.0))
    store = Store(tmp_path)
    api = tenant(store)
    api.lose = {"m02.alias@example.com"}
    api.lag = {"m02@example.com": 2}
    api.readd_conflicts = True  # the add sent again after the lost answer is refused: "already exists"
    report = run(api, store, [], ALIASES[2:3])
    assert report.created == ["alias:m02.alias@example.com"] and not report.taken
    assert api.alias_additions == {"m02.alias@example.com": 1}
    assert api.calls.count(("add_alias", "m02.alias@example.com")) == 2


def test_a_save_that_fails_stops_the_aliases_still_waiting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path)
    api = tenant(store)
    put = store.journal_put

    def full_for_one(scope, item, *args) -> None:
        if item == "alias:m00.alias@example.com":
            raise StoreError(Problem.DISK_FULL, tmp_path, "database or disk is full")
        put(scope, item, *args)

    monkeypatch.setattr(store, "journal_put", full_for_one)

    async def go() -> None:
        with pytest.raises(StoreError):
            await create_shared(api, [], ALIASES, store, domain=DOMAIN, provider_id="google")
        await asyncio.sleep(0.1)  # the loop goes on (the window's): nothing left behind keeps sending

    asyncio.run(go())
    assert ("add_alias", "m00.alias@example.com") not in api.calls
    assert len(sent(api)) < len(ALIASES) - 1
