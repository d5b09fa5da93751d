"""The regular account review: every account read through the provider's review (its profile's ``open_review``),
the flags found (core/review/flags.py) against the staff spreadsheet the admin gave, both kept in the store; and the
actions the provider's API allows (suspend, remove an admin role, remove a forwarding), each written ahead in the
journal (scope ``review-action``, item ``ReviewAction.key``) before it is sent, sent once, its undo data kept with
the outcome. A lost answer is settled by reading the account again, never by sending again; an action a crash
left half-way is settled the same way when the review is next used (``resume``)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.activation import now_utc, stamp
from mailwizard.core.review.flags import LOCKOUT_ACTIONS, find_flags
from mailwizard.core.review.model import FLAG_KINDS, ReviewAction, ReviewFlag, ReviewSnapshot, StaffList
from mailwizard.core.review.saved import flag_from_json, flag_to_json, staff_from_json, staff_to_json
from mailwizard.core.session.review_events import (
    ActionDone,
    ActionUncertain,
    ActionUndone,
    ReviewFailed,
    ReviewRead,
    StaffRead,
    failure_of,
)

if TYPE_CHECKING:
    from mailwizard.core.review.api import ReviewApi
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

READ_TASK, STAFF_TASK, RESUME_TASK = "review-read", "review-staff", "review-resume"
SCOPE = "review-action"
STAFF_KEY = "review-staff"  # the company's staff list: the same whichever provider
# Journal states of an action (the journal's ``remote_id`` holds {"action", "undo", "when"} as JSON)
APPLYING, DONE, UNCERTAIN, NOT_DONE, FAILED = "applying", "done", "uncertain", "not_done", "failed"
UNDOING, UNDONE, UNDO_UNCERTAIN = "undoing", "undone", "undo_uncertain"
PENDING = (APPLYING, UNCERTAIN, UNDOING, UNDO_UNCERTAIN)  # started, not known to be finished: settled by reading
SHOWN = {DONE: "done", UNDONE: "undone", **dict.fromkeys(PENDING, "uncertain")}  # → ActionRecord.state (not all)
# The keys besides provider.*, import.* (the staff file) and save.*: ui/messages/review.py; each flag: why, what to do
FLAG_KEYS = {kind: f"review.flag.{kind}" for kind in FLAG_KINDS}
TODO_KEYS = {kind: f"review.todo.{kind}" for kind in FLAG_KINDS}
MESSAGE_KEYS = (*FLAG_KEYS.values(), *TODO_KEYS.values(), "review.failed", "review.unavailable", "review.not_allowed",
                "review.lockout", "review.not_undoable", "review.staff_no_people",
                "review.todo.departed_suspended")


@dataclass(frozen=True)
class ActionRecord:
    """One action in the review's history: ``state`` "done", "undone" or "uncertain"; ``when`` ISO, UTC."""

    action: ReviewAction
    state: str
    when: str
    undoable: bool


@dataclass(frozen=True)
class _Entry:
    state: str
    action: ReviewAction
    undo: dict | None
    when: str
    error: str = ""
    provider: str = ""


class ReviewStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.clock = now_utc  # tests set their own
        self._opened: tuple[object, ReviewApi] | None = None
        self._last: tuple[ReviewSnapshot, list[ReviewFlag]] | None = None
        self._last_for: str | None = None
        self._staff: StaffList | None = None
        self._staff_loaded = False
        self._journal: dict[str, _Entry] | None = None

    def reset(self) -> None:
        for task in (READ_TASK, STAFF_TASK, RESUME_TASK):
            self.session.runner.cancel(task)
        self.__init__(self.session)

    # --- what the review can do here ---------------------------------------------------------------
    def _api(self) -> ReviewApi | None:
        provider = self.session.provider.api
        opener = self.session.provider.profile.open_review if provider is not None else None
        if provider is None or opener is None:
            return None
        if self._opened is None or self._opened[0] is not provider:
            self._opened = (provider, opener(provider))
        return self._opened[1]

    def available(self) -> bool:
        """Connected to a provider whose API offers a review."""
        return self._api() is not None

    def actions(self) -> frozenset[str]:
        api = self._api()
        return api.actions() if api is not None else frozenset()

    # --- what is kept -------------------------------------------------------------------------------
    def _key(self) -> str:
        return f"review:{self.session.state.provider_id}"

    def last(self) -> tuple[ReviewSnapshot, list[ReviewFlag]] | None:
        """The last review read (for this provider) and its flags; read from the store the first time."""
        if self._last_for != self._key():
            self._last_for = self._key()
            saved = self.session.store.get(self._key())
            self._last = None
            if isinstance(saved, dict):
                self._last = (ReviewSnapshot.from_json(saved), [flag_from_json(f) for f in saved.get("flags", ())])
        return self._last

    def _keep(self, snapshot: ReviewSnapshot, flags: list[ReviewFlag]) -> None:
        self._last, self._last_for = (snapshot, flags), self._key()
        # ReviewSnapshot's own JSON with the flags beside it: ReviewSnapshot.from_json reads it as it is
        self.session.write(self._key(), {**snapshot.to_json(), "flags": [flag_to_json(f) for f in flags]})
        self.session.emit(ReviewRead(snapshot, flags))

    def staff(self) -> StaffList | None:
        if not self._staff_loaded:
            self._staff_loaded = True
            saved = self.session.store.get(STAFF_KEY)
            self._staff = staff_from_json(saved) if isinstance(saved, dict) else None
        return self._staff

    def _flags(self, snapshot: ReviewSnapshot) -> list[ReviewFlag]:
        return find_flags(snapshot, self.staff(), self.company_domains(snapshot), self.actions(), self.clock())

    def company_domains(self, snapshot: ReviewSnapshot) -> frozenset[str]:
        """The wizard's domain and every domain the provider's accounts have addresses or aliases at."""
        found = {self.session.state.domain or ""}
        for account in snapshot.accounts:
            found.update(a.rpartition("@")[2] for a in (account.address, *account.aliases))
        return frozenset(d.lower() for d in found if d)

    # --- reading --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Settle any action left half-way, then read every account → ReviewRead or ReviewFailed."""
        api = self._api()
        if api is None:
            self.session.emit(ReviewFailed("review.unavailable"))
            return

        async def run() -> tuple[ReviewSnapshot, list[ReviewFlag]]:
            from mailwizard.core.session.runner import to_thread

            await to_thread(self.staff)  # the kept staff list and journal read off the UI thread, once
            await to_thread(self._all_entries)
            await self._resume(api)
            snapshot = await api.snapshot()
            return snapshot, self._flags(snapshot)

        self.session.runner.run(READ_TASK, run(), label=None, on_result=lambda found: self._keep(*found),
                                on_error=self._failed)

    def set_staff(self, path: Path | str) -> None:
        """The staff spreadsheet read off the UI thread → StaffRead (+ ReviewRead: new flags) or ReviewFailed."""
        from mailwizard.core.review.staff import read_staff
        from mailwizard.core.session.runner import to_thread

        def done(staff: StaffList) -> None:
            self._staff, self._staff_loaded = staff, True
            self.session.write(STAFF_KEY, staff_to_json(staff))
            self.session.emit(StaffRead(staff))
            last = self.last()
            if last is not None:
                self._keep(last[0], self._flags(last[0]))

        async def read() -> StaffList:  # the file and the review kept (its flags follow) read off this thread
            await to_thread(self.last)
            return await to_thread(read_staff, Path(path), self.session.state.domain)

        self.session.runner.run(STAFF_TASK, read(), label=None, on_result=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.session.emit(ReviewFailed(*failure_of(exc)))

    # --- the journal ----------------------------------------------------------------------------------
    def _all_entries(self) -> dict[str, _Entry]:
        if self._journal is None:  # read once (whole, then kept: another thread never sees it half-read)
            found: dict[str, _Entry] = {}
            for key, (state, remote, error) in self.session.store.journal_all(SCOPE).items():
                try:
                    data = json.loads(remote)
                    found[key] = _Entry(state, ReviewAction(**data["action"]), data.get("undo"),
                                        str(data.get("when", "")), error, str(data.get("provider", "")))
                except (ValueError, TypeError, KeyError):
                    log.warning("unreadable review journal entry %s", key)
            if self._journal is None:
                self._journal = found
        return self._journal

    def _entries(self) -> dict[str, _Entry]:
        """This provider's (another provider chosen earlier keeps its own, untouched)."""
        provider = self.session.state.provider_id or ""
        return {k: e for k, e in self._all_entries().items() if e.provider == provider}

    async def _record(self, action: ReviewAction, state: str, undo: dict | None, error: str = "") -> None:
        """Written (awaited) before what it records is attempted, and after each outcome."""
        entry = _Entry(state, action, undo, stamp(self.clock()) or "", error, self.session.state.provider_id or "")
        remote = json.dumps({"action": {"kind": action.kind, "address": action.address, "target": action.target},
                             "undo": undo, "when": entry.when, "provider": entry.provider}, ensure_ascii=False,
                            sort_keys=True)
        await self.session.write_now(self.session.store.journal_put, SCOPE, action.key, state, remote, error)
        self._all_entries()[action.key] = entry

    def history(self) -> list[ActionRecord]:
        """The actions taken in reviews, the latest first (each action once: its latest state)."""
        records = [ActionRecord(e.action, SHOWN[e.state], e.when, e.state == DONE and e.undo is not None)
                   for e in self._entries().values() if e.state in SHOWN]
        return sorted(records, key=lambda r: (r.when, r.action.key), reverse=True)

    # --- acting ---------------------------------------------------------------------------------------
    def _admins(self) -> set[str]:
        """The kept review's admin and whoever is connected now (maybe another admin since): neither locked out."""
        last = self.last()
        return {a.lower() for a in (last[0].admin_address if last else "", self.session.state.connected_account) if a}

    def run_action(self, action: ReviewAction) -> None:
        """Carry the action out once → ActionDone, ActionUncertain or ReviewFailed."""
        api = self._api()
        if api is None:
            self.session.emit(ReviewFailed("review.unavailable", action.key))
            return
        self._start(action, self._apply(api, action))

    def undo_action(self, action: ReviewAction) -> None:
        """Put the action's change back → ActionUndone, ActionUncertain(undo=True) or ReviewFailed."""
        api = self._api()
        if api is None:
            self.session.emit(ReviewFailed("review.unavailable", action.key))
            return
        self._start(action, self._undo(api, action))

    def _start(self, action: ReviewAction, work) -> None:
        name = _task(action)
        if self.session.runner.is_running(name):  # a second click while the first is under way: not sent twice
            work.close()
            return
        self.session.runner.run(name, work, label=None, on_result=lambda _none: None, on_error=self._failed)

    def _refusal(self, api: ReviewApi, action: ReviewAction) -> str:
        if action.kind not in api.actions():
            return "review.not_allowed"
        return "review.lockout" if action.kind in LOCKOUT_ACTIONS and action.address.lower() in self._admins() else ""

    async def _kept(self) -> None:
        """The journal and the last review read from the store off the calling thread (once each)."""
        from mailwizard.core.session.runner import to_thread

        await to_thread(self._all_entries)
        await to_thread(self.last)

    async def _apply(self, api: ReviewApi, action: ReviewAction) -> None:
        from mailwizard.core.providers.base import AmbiguousOutcome, ProviderError

        await self._kept()
        problem = self._refusal(api, action)
        if problem:
            self.session.emit(ReviewFailed(problem, action.key))
            return
        entry = self._entries().get(action.key)
        if entry is not None and entry.state == DONE:  # still so? (it may have been put back in the console since)
            if await self._applied(api, action) is not False:
                self.session.emit(ActionDone(action, entry.undo is not None))
                return
        # left uncertain or half-way: read before sending
        elif entry is not None and entry.state in PENDING and await self._settle(api, entry) not in (NOT_DONE, UNDONE):
            return
        prepare = getattr(api, "prepare", None)  # the undo's data read first, kept with the entry written ahead
        prepared = await prepare(action) if prepare is not None else None
        prepared = dict(prepared) if prepared is not None else None
        await self._record(action, APPLYING, prepared)  # written ahead: a crash from here is settled by reading
        try:
            undo = await api.apply(action)
        except AmbiguousOutcome:
            applied = await self._applied(api, action)
            if applied:
                await self._record(action, DONE, prepared)
                self.session.emit(ActionDone(action, prepared is not None))
            else:
                await self._record(action, UNCERTAIN, prepared)
                self.session.emit(ActionUncertain(action))
            return
        except ProviderError as exc:
            await self._record(action, FAILED, None, exc.key)
            raise
        await self._record(action, DONE, dict(undo or {}))
        self.session.emit(ActionDone(action, True))
        await self._reread(api, action.address)

    async def _undo(self, api: ReviewApi, action: ReviewAction) -> None:
        from mailwizard.core.providers.base import AmbiguousOutcome, ProviderError

        await self._kept()
        entry = self._entries().get(action.key)
        if entry is not None and entry.state in PENDING:  # read before sending (again)
            if await self._settle(api, entry) in (UNDONE, *PENDING):
                return
            entry = self._entries()[action.key]
        if entry is None or entry.state != DONE or entry.undo is None:
            self.session.emit(ReviewFailed("review.not_undoable", action.key))
            return
        await self._record(action, UNDOING, entry.undo)
        try:
            await api.undo(action, entry.undo)
        except AmbiguousOutcome:
            if await self._applied(api, action) is False:
                await self._record(action, UNDONE, entry.undo)
                self.session.emit(ActionUndone(action))
            else:
                await self._record(action, UNDO_UNCERTAIN, entry.undo)
                self.session.emit(ActionUncertain(action, True))
            return
        except ProviderError as exc:
            await self._record(action, DONE, entry.undo, exc.key)  # not undone: it can be tried again
            raise
        await self._record(action, UNDONE, entry.undo)
        self.session.emit(ActionUndone(action))
        await self._reread(api, action.address)

    async def _applied(self, api: ReviewApi, action: ReviewAction) -> bool | None:
        """Whether the account, read afresh, shows the action done; None: it could not be read."""
        from mailwizard.core.providers.base import ProviderError

        try:
            return bool(api.is_applied(action, await api.account(action.address)))
        except ProviderError as exc:
            log.info("reading %s to settle %s failed: %s", action.address, action.kind, type(exc).__name__)
            return None

    async def _settle(self, api: ReviewApi, entry: _Entry) -> str:
        """An action started (or undone) but not known to be finished, settled by reading the account: its new
        journal state (DONE, NOT_DONE, UNDONE), or the state it keeps while the account cannot be read."""
        action = entry.action
        applied = await self._applied(api, action)
        if applied is None:
            self.session.emit(ActionUncertain(action, entry.state in (UNDOING, UNDO_UNCERTAIN)))
            return entry.state
        if entry.state in (APPLYING, UNCERTAIN):  # the undo's data, where it was read ahead, kept
            state, undo = (DONE, entry.undo) if applied else (NOT_DONE, None)
        else:
            state, undo = (DONE, entry.undo) if applied else (UNDONE, entry.undo)
        await self._record(action, state, undo)
        if state == DONE:
            self.session.emit(ActionDone(action, undo is not None))
        elif state == UNDONE:
            self.session.emit(ActionUndone(action))
        return state

    async def _resume(self, api: ReviewApi) -> None:
        for entry in list(self._entries().values()):
            # one being sent now is its own task's to finish (a read before its answer would say "not done")
            if entry.state in PENDING and not self.session.runner.is_running(_task(entry.action)):
                await self._settle(api, entry)

    def resume(self) -> None:
        """Settle every action a crash or a lost answer left half-way, by reading its account (never sending it
        again). Called when connected (the window: at each ConnectionChanged); ``refresh`` does it first too."""
        api = self._api()
        if api is None:
            return

        async def run() -> None:
            from mailwizard.core.session.runner import to_thread

            await to_thread(self._all_entries)  # the journal read once, off the UI thread
            await self._resume(api)

        self.session.runner.run(RESUME_TASK, run(), label=None, on_result=lambda _none: None, on_error=self._failed)

    async def _reread(self, api: ReviewApi, address: str) -> None:
        """The account read again after an action: the kept review and its flags follow (a failed read: kept)."""
        from mailwizard.core.providers.base import ProviderError

        last = self.last()
        if last is None:
            return
        try:
            account = await api.account(address)
        except ProviderError as exc:
            log.info("reading %s after an action failed: %s", address, type(exc).__name__)
            return
        snapshot, same = last[0], address.lower()
        accounts = [account if a.address.lower() == same else a for a in snapshot.accounts]
        if account is not None and all(a.address.lower() != same for a in snapshot.accounts):
            accounts.append(account)
        snapshot = replace(snapshot, accounts=tuple(a for a in accounts if a is not None))
        self._keep(snapshot, self._flags(snapshot))


def _task(action: ReviewAction) -> str:  # the runner's name for the action's (or its undo's) task
    return f"review-action:{action.key}"
