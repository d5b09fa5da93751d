"""Creating the shared addresses (groups) and the members' aliases exactly once each, across crashes, lost answers
and reruns — the same write-ahead journal as the accounts (core/members/bulk.py), scope ``shared:<provider id>``.

Keys: ``group:<address>`` and ``alias:<alias address>``. "attempted" is written, with the time, before the request;
a rerun that finds "attempted" (or "failed") reads back first (find_group / aliases) and adopts what it finds
instead of sending again. "already exists" after an attempt of ours is read back and adopted; before our first
attempt it is someone else's ("taken"). A group's members are put in (idempotent) on each run until the provider
lists all of them back; what it listed is kept in the journal's remote field (the delivery check).

Before anything is sent, the addresses the provider already has that are not ours refuse the whole run."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mailwizard.core.members.failures import failure_text
from mailwizard.core.members.shared import SharedAddress
from mailwizard.core.members.shared_check import CONCURRENCY, SharedProblem, remote_problems
from mailwizard.core.providers.base import AlreadyExists, AmbiguousOutcome, ProviderError
from mailwizard.core.providers.shared_api import ALIAS, USER, RemoteGroup

if TYPE_CHECKING:
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.store import Store

ATTEMPTED, CREATED, FAILED, TAKEN = "attempted", "created", "failed", "taken"
OURS = (ATTEMPTED, CREATED, FAILED)  # journal states of something we made or may have made
CLOCK_MARGIN = dt.timedelta(days=1)  # as bulk.CLOCK_MARGIN: clocks a time zone apart
TRIES = 3
# Seconds to wait before reading a group back again when the provider said it exists but a read does not show it yet
# (as bulk.READ_BACK_WAITS: a directory replica that has not seen it)
READ_BACK_WAITS = (1.0, 3.0)


def scope_for(provider_id: str) -> str:
    return f"shared:{provider_id}"


def group_key(address: str) -> str:
    return f"group:{address}"


def alias_key(alias: str) -> str:
    return f"alias:{alias}"


@dataclass
class SharedReport:
    total: int
    created: list[str] = field(default_factory=list)        # journal keys made (or adopted) in this run
    skipped: list[str] = field(default_factory=list)        # made and verified by an earlier run
    failed: dict[str, str] = field(default_factory=dict)    # key → failure_text()
    taken: list[str] = field(default_factory=list)          # someone else's before our first attempt
    statuses: dict[str, str] = field(default_factory=dict)  # key → its latest state
    delivered: dict[str, tuple[str, ...]] = field(default_factory=dict)  # group address → members listed back
    refused: list[SharedProblem] = field(default_factory=list)  # problems found before anything was made

    @property
    def done(self) -> int:
        return len(self.created) + len(self.skipped) + len(self.failed) + len(self.taken)


def made(key: str, state: str, remote: dict) -> str:
    """The state to show: a group written "created" when it was made but before its members were put in (a kill
    in between; Exmail even makes the group only with its first members) is still "attempted" — a rerun finishes
    it."""
    if state == CREATED and key.startswith("group:") and not remote.get("members_set") and "members" not in remote:
        return ATTEMPTED
    return state


def remote_of(text: str) -> dict:
    """The journal's remote field: {"since": first attempt, "id": group id, "members": [...] listed back}."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def moved(key: str, remote: dict, owner: dict[str, str]) -> bool:
    """An alias journalled for another account than the one that has it in the list now (moved from one member to
    another): the provider still gives it to the first, so it is not ours for the second — the clash check says so
    instead of the run taking it as made. ``owner``: alias address → account address, as the list has them."""
    made_for = remote.get("account")
    wanted = owner.get(key.removeprefix("alias:").lower())
    return key.startswith("alias:") and bool(made_for) and wanted is not None and made_for != wanted.lower()


def ours_of(journal: dict[str, tuple[str, str, str]], aliases: list[tuple[str, str]]) -> set[str]:
    """The journal keys of what MailWizard made or may have made for the list as it is now (see moved())."""
    owner = {alias.lower(): account for account, alias in aliases}
    return {key for key, (state, remote, _error) in journal.items()
            if state in OURS and not moved(key, remote_of(remote), owner)}


def _moment(text: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


async def create_shared(api: SharedApi, groups: list[SharedAddress], aliases: list[tuple[str, str]], store: Store,
                        *, domain: str, running: asyncio.Event | None = None,
                        on_progress: Callable[[SharedReport], None] | None = None,
                        provider_id: str = "") -> SharedReport:
    """``groups``: the shared addresses, recipients (local parts) whose accounts exist; ``aliases``: (account
    address, alias address) pairs of accounts that exist. ``provider_id``: the journal's scope (default: the
    api's ``id`` attribute). ``running`` cleared pauses between items. Parts the API cannot do (its ``support``)
    are not sent. A StoreError (a full disk) stops the run before the request it would have recorded."""
    support = api.support
    groups = list(groups) if support.groups else []
    aliases = list(aliases) if support.aliases else []
    scope = scope_for(provider_id or getattr(api, "id", "") or "provider")
    journal = await asyncio.to_thread(store.journal_all, scope)
    report = SharedReport(len(groups) + len(aliases))
    ours = ours_of(journal, aliases)
    report.refused = await remote_problems(api, [g.address(domain) for g in groups], aliases, ours)
    if report.refused:
        return report

    async def put(key: str, state: str, remote: dict, error: str = "") -> None:
        await asyncio.to_thread(store.journal_put, scope, key, state, json.dumps(remote, ensure_ascii=False), error)

    def tell(key: str, state: str) -> None:
        report.statuses[key] = state
        if on_progress is not None:
            on_progress(report)

    for shared in groups:
        if running is not None:
            await running.wait()
        address = shared.address(domain)
        key = group_key(address)
        state, remote_text, _error = journal.get(key, ("", "", ""))
        remote = remote_of(remote_text)
        wanted = [f"{r}@{domain}".lower() for r in shared.recipients]
        listed = remote.get("members")
        if state == CREATED and isinstance(listed, list) and set(wanted) <= set(listed):
            report.skipped.append(key)
            report.delivered[address] = tuple(listed)
            tell(key, CREATED)
            continue
        tell(key, ATTEMPTED)
        try:
            group, remote = await _group(api, shared, address, state, remote, put)
            if group is None:
                report.taken.append(key)
                await put(key, TAKEN, {})
                tell(key, TAKEN)
                continue
            await api.add_members(group, wanted)
            remote["members_set"] = True  # until this is written, "created" is only half of it (see made())
            if support.members_listed:
                members = sorted(a.lower() for a in await api.group_members(group))
                remote["members"] = members
                report.delivered[address] = tuple(members)
            await put(key, CREATED, remote)
        except ProviderError as exc:
            reason = failure_text(exc)
            await put(key, FAILED, {k: v for k, v in remote.items() if k in ("since", "id")}, reason)
            report.failed[key] = reason
            tell(key, FAILED)
        else:
            report.created.append(key)
            tell(key, CREATED)

    gate = asyncio.Semaphore(CONCURRENCY)
    # An account's aliases one after another: some APIs take the account's whole alias list in one field (Exmail's
    # user/update "slaves"), so two at once would each write the list without the other's alias.
    in_turn: dict[str, asyncio.Lock] = {account: asyncio.Lock() for account, _alias in aliases}

    async def one_alias(account: str, alias: str) -> None:
        async with in_turn[account], gate:
            if running is not None:
                await running.wait()
            key = alias_key(alias)
            state, remote_text, _error = journal.get(key, ("", "", ""))
            remote = remote_of(remote_text)
            if key not in ours:  # another account's (moved in the list) is not ours for this one
                state, remote = "", {}
            if state == CREATED:
                report.skipped.append(key)
                tell(key, CREATED)
                return
            tell(key, ATTEMPTED)
            try:
                outcome = await _alias(api, account, alias, state, remote,
                                       lambda s, r: put(key, s, {**r, "account": account.lower()} if r else r))
            except ProviderError as exc:
                reason = failure_text(exc)
                await put(key, FAILED, {"since": remote.get("since", ""), "account": account.lower()}, reason)
                report.failed[key] = reason
                tell(key, FAILED)
            else:
                (report.created if outcome == CREATED else report.taken).append(key)
                tell(key, outcome)

    # the first failure that is not the provider's (a full disk) stops the others before they send anything more
    tasks = [asyncio.ensure_future(one_alias(account, alias)) for account, alias in aliases]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
    return report


async def _group(api: SharedApi, shared: SharedAddress, address: str, state: str, remote: dict,
                 put) -> tuple[RemoteGroup | None, dict]:
    """The group, ours: found after an attempt of ours (adopted), or made now. (None, …): someone else's."""
    key = group_key(address)
    if state == CREATED and remote.get("id"):
        return RemoteGroup(str(remote["id"]), address, shared.name), remote
    tried = state in OURS
    since = _moment(remote.get("since")) if tried else None
    if tried:
        found = await api.find_group(address)
        if found is not None:
            return await _adopt(found, since, remote, key, put)
    since = since or dt.datetime.now(dt.UTC)
    remote = {"since": since.isoformat(timespec="seconds")}
    for _ in range(TRIES):
        await put(key, ATTEMPTED, remote)  # before the request: a kill after it sends nothing again unread
        try:
            group = await api.create_group(address, shared.name, outside=shared.outside)
        except AmbiguousOutcome:
            tried = True
        except AlreadyExists:
            if not tried:
                return None, remote
            # made by our own attempt whose answer was lost, or someone else's: read back, giving a lagging
            # replica time to show it; a mailbox or an alias there is not ours
            for wait in (0.0, *READ_BACK_WAITS):
                await asyncio.sleep(wait)
                if (found := await api.find_group(address)) is not None:
                    return await _adopt(found, since, remote, key, put)
            if await api.who_has(address) in (USER, ALIAS):
                return None, remote
            raise AmbiguousOutcome() from None  # a group not readable yet: a rerun finds and adopts it
        else:
            remote["id"] = group.id
            await put(key, CREATED, remote)
            return group, remote
        found = await api.find_group(address)  # a lost answer: read back before anything is sent again
        if found is not None:
            return await _adopt(found, since, remote, key, put)
    raise AmbiguousOutcome()


async def _adopt(found: RemoteGroup, since: dt.datetime | None, remote: dict, key: str,
                 put) -> tuple[RemoteGroup | None, dict]:
    if since is not None and found.created is not None and found.created < since - CLOCK_MARGIN:
        return None, remote  # there before our first attempt: someone else's
    remote = {**remote, "id": found.id}
    await put(key, CREATED, remote)
    return found, remote


async def _alias(api: SharedApi, account: str, alias: str, state: str, remote: dict, put) -> str:
    tried = state in OURS
    if tried and alias in await api.aliases(account):
        await put(CREATED, {"since": remote.get("since", "")})
        return CREATED
    since = _moment(remote.get("since")) if tried else None
    remote = {"since": (since or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")}
    for _ in range(TRIES):
        await put(ATTEMPTED, remote)
        try:
            await api.add_alias(account, alias)
        except AmbiguousOutcome:
            tried = True
        except AlreadyExists:
            if not tried:
                await put(TAKEN, {})
                return TAKEN
            for wait in (0.0, *READ_BACK_WAITS):  # our lost attempt's, once the directory shows it
                await asyncio.sleep(wait)
                if alias in await api.aliases(account):
                    await put(CREATED, remote)
                    return CREATED
            await put(TAKEN, {})
            return TAKEN  # another account's or a group's, not the one our lost attempt gave it to
        else:
            await put(CREATED, remote)
            return CREATED
        if alias in await api.aliases(account):  # a lost answer: read back before anything is sent again
            await put(CREATED, remote)
            return CREATED
    raise AmbiguousOutcome()
