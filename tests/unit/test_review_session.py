"""The account review step (core/session/review.py) against an in-memory ReviewApi as strict as a provider's: a
read kept in the store, the staff list, each action written ahead in the journal before it is sent, sent once,
undone from its kept undo data, lost answers settled by reading the account (never sent again by themselves), a
crash half-way settled by ``resume``, the lock-out refused; the window adapter carries every event."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import fields, replace
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.providers.base import AmbiguousOutcome, NotFound, PermissionDenied, ServiceUnavailable
from mailwizard.core.review.model import (
    ACTION_KINDS,
    DEPARTED,
    EXTRA_ADMIN,
    FACTS,
    INACTIVE,
    OUTSIDE_FORWARDING,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    SUSPEND,
    AdminRole,
    Forwarding,
    ReviewAccount,
    ReviewAction,
    ReviewSnapshot,
)
from mailwizard.core.session import review_events
from mailwizard.core.session.provider import ProviderStep
from mailwizard.core.session.review import APPLYING, SCOPE, UNDOING, ReviewStep
from mailwizard.core.session.review_events import (
    ActionDone,
    ActionUncertain,
    ActionUndone,
    ReviewFailed,
    ReviewRead,
    StaffRead,
)
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Problem, Store, StoreError

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
ADMIN = "boss@example.com"


def ago(days: int) -> str:
    return (NOW - dt.timedelta(days=days)).isoformat()


class MemoryReview:
    """A ReviewApi in memory: each apply/undo counted; ``lose``: the change made, its answer lost; ``drop``: the
    request lost before it arrived (not made, no answer); ``refuse``: the provider says no; ``unreadable``: reads
    fail. It checks the step wrote the action ahead in the journal before the call."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.accounts = {a.address: a for a in (
            ReviewAccount("1", ADMIN, "Boss", created=ago(400), last_sign_in=ago(0), password_changed=True,
                          admin_roles=(AdminRole("super", "Super Admin"),)),
            ReviewAccount("2", "ann@example.com", "Ann Lee", created=ago(300), last_sign_in=ago(1),
                          password_changed=True, forwarding=(Forwarding("me@gmail.com", "me@gmail.com", "auto"),)),
            ReviewAccount("3", "gus@example.com", "Gus Gone", created=ago(300), last_sign_in=ago(120),
                          password_changed=True, admin_roles=(AdminRole("helpdesk", "Help Desk Admin"),)))}
        self.calls: list[tuple[str, str]] = []
        self.lose = self.drop = self.refuse = self.unreadable = 0
        self.allowed = frozenset(ACTION_KINDS)
        self.gate: asyncio.Event | None = None

    def actions(self) -> frozenset[str]:
        return self.allowed

    async def snapshot(self) -> ReviewSnapshot:
        if self.unreadable:
            raise ServiceUnavailable()
        return ReviewSnapshot(tuple(self.accounts.values()), ADMIN, frozenset(FACTS), {"status": "https://x"},
                              NOW.isoformat())

    async def account(self, address: str) -> ReviewAccount | None:
        if self.unreadable:
            raise ServiceUnavailable()
        return self.accounts.get(address)

    def _change(self, action: ReviewAction, undo: dict | None) -> dict:
        account = self.accounts[action.address]
        if action.kind == SUSPEND:
            self.accounts[action.address] = replace(account, suspended=undo is None)
            return {}
        if action.kind == REMOVE_ADMIN:
            if undo is None:
                role = next(r for r in account.admin_roles if r.id == action.target)
                self.accounts[action.address] = replace(
                    account, admin_roles=tuple(r for r in account.admin_roles if r.id != action.target))
                return {"id": role.id, "name": role.name}
            self.accounts[action.address] = replace(account, admin_roles=(*account.admin_roles, AdminRole(**undo)))
            return {}
        if undo is None:
            forward = next(f for f in account.forwarding if f.id == action.target)
            self.accounts[action.address] = replace(
                account, forwarding=tuple(f for f in account.forwarding if f.id != action.target))
            return {"id": forward.id, "to": forward.to, "how": forward.how}
        self.accounts[action.address] = replace(account, forwarding=(*account.forwarding, Forwarding(**undo)))
        return {}

    async def _send(self, what: str, action: ReviewAction, undo: dict | None) -> dict:
        written = self.store.journal_get(SCOPE, action.key)
        assert written is not None and written[0] == (APPLYING if undo is None else UNDOING), written
        self.calls.append((what, action.key))
        if self.gate is not None:
            await self.gate.wait()
        if self.refuse:
            self.refuse -= 1
            raise PermissionDenied(needed="https://www.googleapis.com/auth/admin.directory.user")
        if self.drop:
            self.drop -= 1
            raise AmbiguousOutcome()
        result = self._change(action, undo)
        if self.lose:
            self.lose -= 1
            raise AmbiguousOutcome()
        return result

    async def apply(self, action: ReviewAction) -> dict:
        return await self._send("apply", action, None)

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        await self._send("undo", action, undo)

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        if account is None:
            raise NotFound()
        if action.kind == SUSPEND:
            return account.suspended
        if action.kind == REMOVE_ADMIN:
            return all(r.id != action.target for r in account.admin_roles)
        return all(f.id != action.target for f in account.forwarding)


@pytest.fixture
def world(tmp_path, monkeypatch):
    seen: list = []
    made: list[Session] = []
    apis: dict[str, MemoryReview] = {}

    def profile(self):
        from mailwizard.core.providers.profiles import profile_for

        def open_review(_provider):
            apis.setdefault("api", MemoryReview(self.session.store))
            return apis["api"]

        return replace(profile_for(self.session.state.provider_id), open_review=open_review)

    monkeypatch.setattr(ProviderStep, "profile", property(profile))

    def session(connected: bool = True) -> Session:
        s = Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                    call_later=lambda _d, save: save())
        s.update(provider_id="google", domain="example.com", connected_account=ADMIN)
        s.review.clock = lambda: NOW
        if connected:
            s.provider.api = object()  # what the profile's open_review wraps: the review never touches it here
        made.append(s)
        return s

    yield session, seen, apis
    for s in made:
        s.shutdown()


def run(s: Session, *intents) -> None:
    async def go():
        for intent in intents:
            intent()
            await s.runner.idle()

    asyncio.run(go())


def of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def test_refresh_reads_flags_and_keeps_them(world) -> None:
    session, seen, _apis = world
    s = session()
    assert s.review.available() and s.review.actions() == frozenset(ACTION_KINDS)
    run(s, s.review.refresh)
    (read,) = of(seen, ReviewRead)
    assert {(f.address, f.kind) for f in read.flags} == {
        ("ann@example.com", OUTSIDE_FORWARDING), ("gus@example.com", EXTRA_ADMIN), ("gus@example.com", INACTIVE)}
    s.flush()
    s.shutdown()
    again = session(connected=False)
    assert not again.review.available() and again.review.actions() == frozenset()
    assert again.review.last() == (read.snapshot, read.flags)
    # the report reads the same key with the model alone
    assert ReviewSnapshot.from_json(again.store.get("review:google")) == read.snapshot
    run(again, again.review.refresh)
    assert of(seen, ReviewFailed)[-1].problem == "review.unavailable"


def test_a_failed_read_says_why(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    apis["api"].unreadable = 1
    run(s, s.review.refresh)
    assert [(e.problem, e.detail) for e in of(seen, ReviewFailed)] == [("provider.unavailable", "ServiceUnavailable")]
    assert s.review.last() is None


def test_the_staff_list_adds_departed_flags_and_is_kept(world, tmp_path: Path) -> None:
    session, seen, _apis = world
    staff_file = tmp_path / "staff.csv"
    staff_file.write_text("Name,Email\nAnn Lee,ann\nBoss,boss@example.com\n", encoding="utf-8")
    s = session()
    run(s, s.review.refresh, lambda: s.review.set_staff(staff_file))
    (staff,) = of(seen, StaffRead)
    assert staff.staff.addresses == {"ann@example.com", ADMIN} and staff.staff.source == "staff.csv"
    last = of(seen, ReviewRead)[-1]
    assert [(f.address, f.action) for f in last.flags if f.kind == DEPARTED] == [
        ("gus@example.com", ReviewAction(SUSPEND, "gus@example.com"))]
    s.flush()
    s.shutdown()
    again = session()
    assert again.review.staff() == staff.staff
    run(again, lambda: again.review.set_staff(tmp_path / "missing.xlsx"))
    assert of(seen, ReviewFailed)[-1].problem.startswith("import.")
    assert again.review.staff() == staff.staff  # a bad file leaves the last good list


def test_an_action_is_written_ahead_sent_once_and_undone(world) -> None:
    session, seen, apis = world
    s = session()
    action = ReviewAction(REMOVE_FORWARDING, "ann@example.com", "me@gmail.com")
    run(s, s.review.refresh, lambda: s.review.run_action(action))
    api = apis["api"]
    assert api.calls == [("apply", action.key)]
    assert of(seen, ActionDone) == [ActionDone(action, True)]
    assert not api.accounts["ann@example.com"].forwarding
    assert OUTSIDE_FORWARDING not in {f.kind for f in s.review.last()[1]}  # the account read again
    (record,) = s.review.history()
    assert (record.action, record.state, record.undoable, record.when) == (action, "done", True, NOW.isoformat())
    run(s, lambda: s.review.run_action(action))  # done already: not sent again
    assert api.calls == [("apply", action.key)]
    run(s, lambda: s.review.undo_action(action))
    assert api.calls[-1] == ("undo", action.key) and of(seen, ActionUndone) == [ActionUndone(action)]
    assert api.accounts["ann@example.com"].forwarding == (Forwarding("me@gmail.com", "me@gmail.com", "auto"),)
    assert OUTSIDE_FORWARDING in {f.kind for f in s.review.last()[1]}
    assert [(r.state, r.undoable) for r in s.review.history()] == [("undone", False)]
    run(s, lambda: s.review.undo_action(action))  # nothing left to undo
    assert of(seen, ReviewFailed)[-1].problem == "review.not_undoable" and len(api.calls) == 2


def test_remove_admin_role_undo_gives_it_back(world) -> None:
    session, seen, apis = world
    s = session()
    action = ReviewAction(REMOVE_ADMIN, "gus@example.com", "helpdesk")
    run(s, s.review.refresh, lambda: s.review.run_action(action), lambda: s.review.undo_action(action))
    assert apis["api"].accounts["gus@example.com"].admin_roles == (AdminRole("helpdesk", "Help Desk Admin"),)
    assert [type(e) for e in seen if isinstance(e, ActionDone | ActionUndone)] == [ActionDone, ActionUndone]


def test_a_lost_answer_is_settled_by_reading_never_by_sending_again(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    made = ReviewAction(SUSPEND, "gus@example.com")
    api.lose = 1  # it was done; the answer lost
    run(s, lambda: s.review.run_action(made))
    assert of(seen, ActionDone) == [ActionDone(made, False)] and api.calls == [("apply", made.key)]
    assert [(r.state, r.undoable) for r in s.review.history()] == [("done", False)]
    lost = ReviewAction(REMOVE_FORWARDING, "ann@example.com", "me@gmail.com")
    api.drop, api.unreadable = 1, 0
    run(s, lambda: s.review.run_action(lost))  # never arrived: the read shows it not done → uncertain
    assert of(seen, ActionUncertain) == [ActionUncertain(lost)]
    assert api.calls.count(("apply", lost.key)) == 1
    assert {r.action: r.state for r in s.review.history()}[lost] == "uncertain"
    # someone did it in the console meanwhile: the next click reads first and sends nothing
    api.accounts["ann@example.com"] = replace(api.accounts["ann@example.com"], forwarding=())
    run(s, lambda: s.review.run_action(lost))
    assert api.calls.count(("apply", lost.key)) == 1 and of(seen, ActionDone)[-1] == ActionDone(lost, False)


def test_an_uncertain_action_clicked_again_is_read_first_then_sent(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")
    api.drop = 1
    run(s, lambda: s.review.run_action(action))
    api.unreadable = 1
    run(s, lambda: s.review.run_action(action))  # cannot read: not sent
    assert api.calls == [("apply", action.key)] and len(of(seen, ActionUncertain)) == 2
    api.unreadable = 0
    run(s, lambda: s.review.run_action(action))  # read: not done → the admin's click sends it
    assert api.calls == [("apply", action.key)] * 2 and api.accounts["gus@example.com"].suspended
    assert of(seen, ActionDone)[-1] == ActionDone(action, True)


def test_a_lost_undo_is_settled_by_reading(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")
    run(s, lambda: s.review.run_action(action))
    api.lose = 1
    run(s, lambda: s.review.undo_action(action))
    assert of(seen, ActionUndone) == [ActionUndone(action)] and not api.accounts["gus@example.com"].suspended
    run(s, lambda: s.review.run_action(action))
    api.drop = 1
    run(s, lambda: s.review.undo_action(action))
    assert of(seen, ActionUncertain) == [ActionUncertain(action, True)]
    assert api.accounts["gus@example.com"].suspended and api.calls.count(("undo", action.key)) == 2
    run(s, lambda: s.review.undo_action(action))  # clicked again: read (still suspended), then sent
    assert api.calls.count(("undo", action.key)) == 3 and not api.accounts["gus@example.com"].suspended


def test_refusals_errors_and_a_full_disk(world, monkeypatch) -> None:
    session, seen, apis = world
    s = session()
    run(s, s.review.refresh)
    api = apis["api"]
    for action, problem in ((ReviewAction(SUSPEND, ADMIN), "review.lockout"),
                            (ReviewAction(REMOVE_ADMIN, "BOSS@example.com", "super"), "review.lockout")):
        run(s, lambda a=action: s.review.run_action(a))
        assert of(seen, ReviewFailed)[-1].problem == problem
    api.allowed = frozenset({SUSPEND})
    run(s, lambda: s.review.run_action(ReviewAction(REMOVE_ADMIN, "gus@example.com", "helpdesk")))
    assert of(seen, ReviewFailed)[-1].problem == "review.not_allowed"
    api.refuse = 1
    run(s, lambda: s.review.run_action(ReviewAction(SUSPEND, "gus@example.com")))
    failed = of(seen, ReviewFailed)[-1]
    assert failed.problem == "provider.permission_denied" and "admin.directory.user" in failed.params["needed"]
    assert s.review.history() == [] and len(api.calls) == 1

    def full(*_args):
        raise StoreError(Problem.DISK_FULL, Path("/state"), "no space")

    monkeypatch.setattr(s.store, "journal_put", full)
    run(s, lambda: s.review.run_action(ReviewAction(SUSPEND, "gus@example.com")))
    assert of(seen, ReviewFailed)[-1].problem == "save.disk_full" and len(api.calls) == 1  # not written: not sent


def test_a_second_click_while_the_first_runs_sends_nothing_more(world) -> None:
    session, _seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")

    async def go():
        api.gate = asyncio.Event()
        s.review.run_action(action)
        while not api.calls:
            await asyncio.sleep(0.005)
        s.review.run_action(action)
        api.gate.set()
        await s.runner.idle()

    asyncio.run(go())
    assert api.calls == [("apply", action.key)]


def test_a_crash_half_way_is_settled_when_the_review_is_next_used(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    made, never = ReviewAction(SUSPEND, "gus@example.com"), ReviewAction(SUSPEND, "ann@example.com")

    async def crash():  # both written ahead and sent; the process dies before either answer is handled
        api.gate = asyncio.Event()
        s.review.run_action(made)
        s.review.run_action(never)
        while len(api.calls) < 2:  # both written ahead and at the provider
            await asyncio.sleep(0.005)
        s.runner.cancel_all()
        api.gate = None

    asyncio.run(crash())
    api._change(made, None)  # the first had reached the provider
    assert {r.action: r.state for r in s.review.history()} == {made: "uncertain", never: "uncertain"}
    s.shutdown()
    again = session()
    again.review.available()
    api.unreadable = 1
    run(again, again.review.resume)
    assert {r.state for r in again.review.history()} == {"uncertain"}  # still cannot tell: stays uncertain
    api.unreadable = 0
    run(again, again.review.resume)
    assert {r.action: (r.state, r.undoable) for r in again.review.history()} == {made: ("done", False)}
    assert len(api.calls) == 2 and not api.accounts["ann@example.com"].suspended  # nothing sent again
    assert ActionDone(made, False) in seen


def test_the_window_adapter_carries_every_review_event_and_intent(qapp) -> None:
    from mailwizard.ui import controller

    arity = {"reviewRead": 2, "reviewFailed": 3, "staffRead": 1, "reviewActionDone": 2, "reviewActionUndone": 1,
             "reviewActionUncertain": 2}
    for event in (review_events.ReviewRead, review_events.ReviewFailed, review_events.StaffRead,
                  review_events.ActionDone, review_events.ActionUndone, review_events.ActionUncertain):
        assert hasattr(controller.WizardController, event.signal), event
        assert len(fields(event)) == arity[event.signal]
    for intent in ("review_available", "review_actions", "refresh_review", "last_review", "set_staff_file",
                   "staff_list", "run_review_action", "undo_review_action", "review_history", "resume_review"):
        step, _, method = controller.INTENTS[intent].partition(".")
        assert step == "review" and callable(getattr(ReviewStep, method)), intent


def test_a_refused_undo_can_be_tried_again(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")
    run(s, lambda: s.review.run_action(action))
    api.refuse = 1
    run(s, lambda: s.review.undo_action(action))
    assert of(seen, ReviewFailed)[-1].problem == "provider.permission_denied"
    assert [(r.state, r.undoable) for r in s.review.history()] == [("done", True)]
    run(s, lambda: s.review.undo_action(action))
    assert of(seen, ActionUndone) == [ActionUndone(action)] and not api.accounts["gus@example.com"].suspended


def test_reading_the_review_settles_an_uncertain_action_first(world) -> None:
    session, _seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")
    api.drop = 1
    run(s, lambda: s.review.run_action(action))
    assert [r.state for r in s.review.history()] == ["uncertain"]
    run(s, s.review.refresh)
    assert s.review.history() == [] and api.calls == [("apply", action.key)]  # not done, and not sent again


def test_done_then_put_back_in_the_console_is_sent_again_on_a_click(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")
    run(s, lambda: s.review.run_action(action))
    api.accounts["gus@example.com"] = replace(api.accounts["gus@example.com"], suspended=False)  # by hand
    run(s, lambda: s.review.run_action(action))
    assert api.calls == [("apply", action.key)] * 2 and api.accounts["gus@example.com"].suspended
    assert of(seen, ActionDone) == [ActionDone(action, True)] * 2


def test_each_provider_keeps_its_own_history(world) -> None:
    session, _seen, _apis = world
    s = session()
    s.review.available()
    action = ReviewAction(SUSPEND, "gus@example.com")
    run(s, lambda: s.review.run_action(action))
    s.update(provider_id="microsoft")
    assert s.review.history() == []
    s.update(provider_id="google")
    assert [r.action for r in s.review.history()] == [action]


def test_an_account_gone_when_settling_leaves_the_action_uncertain(world) -> None:
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(SUSPEND, "gus@example.com")
    api.drop = 1
    run(s, lambda: s.review.run_action(action))
    del api.accounts["gus@example.com"]  # deleted in the console meanwhile: this fake's is_applied says NotFound
    run(s, s.review.resume)
    assert [r.state for r in s.review.history()] == ["uncertain"] and len(api.calls) == 1
    assert of(seen, ActionUncertain) == [ActionUncertain(action)] * 2


class PreparingReview(MemoryReview):
    """As a provider's review: ``prepare`` reads what the undo will need before anything is sent."""

    async def prepare(self, action: ReviewAction) -> dict | None:
        if self.unreadable:
            raise ServiceUnavailable()
        assert self.store.journal_get(SCOPE, action.key) in (None,) or \
            self.store.journal_get(SCOPE, action.key)[0] != APPLYING, "read before the entry is written ahead"
        account = self.accounts[action.address]
        if action.kind == SUSPEND:
            return {}
        if action.kind == REMOVE_ADMIN:
            role = next(r for r in account.admin_roles if r.id == action.target)
            return {"id": role.id, "name": role.name}
        forward = next(f for f in account.forwarding if f.id == action.target)
        return {"id": forward.id, "to": forward.to, "how": forward.how}


def test_a_lost_answer_found_done_keeps_the_undo_read_ahead(world) -> None:
    session, seen, apis = world
    s = session()
    api = apis["api"] = PreparingReview(s.store)
    s.review.available()
    action = ReviewAction(REMOVE_ADMIN, "gus@example.com", "helpdesk")
    api.lose = 1  # done; the answer lost
    run(s, lambda: s.review.run_action(action))
    assert of(seen, ActionDone) == [ActionDone(action, True)]
    assert [(r.state, r.undoable) for r in s.review.history()] == [("done", True)]
    run(s, lambda: s.review.undo_action(action))
    assert of(seen, ActionUndone) == [ActionUndone(action)]
    assert api.accounts["gus@example.com"].admin_roles == (AdminRole("helpdesk", "Help Desk Admin"),)
    assert api.calls == [("apply", action.key), ("undo", action.key)]


def test_a_crash_after_sending_found_done_at_the_next_start_can_be_undone(world) -> None:
    session, _seen, apis = world
    s = session()
    api = apis["api"] = PreparingReview(s.store)
    s.review.available()
    action = ReviewAction(REMOVE_FORWARDING, "ann@example.com", "me@gmail.com")

    async def crash():
        api.gate = asyncio.Event()
        s.review.run_action(action)
        while not api.calls:
            await asyncio.sleep(0.005)
        s.runner.cancel_all()
        api.gate = None

    asyncio.run(crash())
    api._change(action, None)  # it had reached the provider
    s.shutdown()
    again = session()
    again.review.available()
    run(again, again.review.resume)
    assert {r.action: (r.state, r.undoable) for r in again.review.history()} == {action: ("done", True)}
    run(again, lambda: again.review.undo_action(action))
    assert api.accounts["ann@example.com"].forwarding == (Forwarding("me@gmail.com", "me@gmail.com", "auto"),)
    assert api.calls == [("apply", action.key), ("undo", action.key)]


def test_an_action_reads_the_store_off_the_calling_thread(world) -> None:
    """A click straight after a start (no read yet): the journal and the last review are read on a worker thread,
    never on the thread that runs the loop (the window's)."""
    import threading

    session, seen, apis = world
    s = session()
    s.review.available()
    s.flush()
    on_caller: list[str] = []
    for name in ("get", "journal_all"):
        real = getattr(s.store, name)

        def watched(*args, _real=real, _name=name):
            if threading.current_thread() is threading.main_thread():
                on_caller.append(_name)
            return _real(*args)

        setattr(s.store, name, watched)
    run(s, lambda: s.review.run_action(ReviewAction(SUSPEND, "gus@example.com")),
        lambda: s.review.run_action(ReviewAction(SUSPEND, ADMIN)))
    assert on_caller == []
    assert of(seen, ActionDone) == [ActionDone(ReviewAction(SUSPEND, "gus@example.com"), True)]
    assert of(seen, ReviewFailed)[-1].problem == "review.lockout"
    assert apis["api"].calls == [("apply", ReviewAction(SUSPEND, "gus@example.com").key)]


def test_a_read_while_an_action_is_under_way_leaves_that_action_to_itself(world) -> None:
    """Reading the review (or a reconnect's resume) settles actions left half-way, not the one being sent now:
    settling it by a read taken before its answer would write "not done" over the action's own outcome."""
    session, seen, apis = world
    s = session()
    s.review.available()
    api = apis["api"]
    action = ReviewAction(REMOVE_ADMIN, "gus@example.com", "helpdesk")
    states: list[str] = []

    async def go():
        api.gate = asyncio.Event()
        s.review.run_action(action)
        while not api.calls:
            await asyncio.sleep(0.005)
        s.review.refresh()
        s.review.resume()
        while s.runner.is_running("review-read") or s.runner.is_running("review-resume"):
            await asyncio.sleep(0.005)
        s.flush()
        states.append(s.store.journal_get(SCOPE, action.key)[0])
        api.gate.set()
        await s.runner.idle()

    asyncio.run(go())
    assert states == [APPLYING]  # the reads left it alone while it was at the provider
    assert of(seen, ActionDone) == [ActionDone(action, True)] and of(seen, ActionUncertain) == []
    assert [(r.state, r.undoable) for r in s.review.history()] == [("done", True)]


def test_an_admin_signed_in_after_the_kept_review_is_not_locked_out(world) -> None:
    """The review kept was read while boss@ was signed in; ann@ (an admin too) signs in now: her own account is
    not suspended nor demoted from the old review's buttons, before any new read."""
    session, seen, apis = world
    s = session()
    run(s, s.review.refresh)
    s.update(connected_account="ann@example.com")
    run(s, lambda: s.review.run_action(ReviewAction(SUSPEND, "ann@example.com")))
    assert of(seen, ReviewFailed)[-1].problem == "review.lockout" and apis["api"].calls == []


def test_a_staff_file_after_a_restart_reads_the_kept_review_off_the_calling_thread(world, tmp_path: Path) -> None:
    import threading

    session, seen, _apis = world
    staff_file = tmp_path / "staff.csv"
    staff_file.write_text("Name,Email\nAnn Lee,ann\nBoss,boss@example.com\n", encoding="utf-8")
    s = session()
    run(s, s.review.refresh)
    s.flush()
    s.shutdown()
    again = session()
    on_caller: list[str] = []
    real = again.store.get

    def watched(key):
        if threading.current_thread() is threading.main_thread() and key.startswith("review"):
            on_caller.append(key)
        return real(key)

    again.store.get = watched
    run(again, lambda: again.review.set_staff(staff_file))
    assert on_caller == []
    assert [f.address for f in of(seen, ReviewRead)[-1].flags if f.kind == DEPARTED] == ["gus@example.com"]
