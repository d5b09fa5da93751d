"""An in-memory SharedApi for the run's and the session's tests, at least as strict as the providers': an address
is one mailbox, group or alias at a time (AlreadyExists otherwise), members and alias owners must be accounts
(NotFound otherwise), a limit of aliases per account (InvalidRequest past it). It checks that the run wrote its
journal entry ("attempted") before each create call, and it can lose an answer after acting or hang after acting
(a kill between the request and its answer)."""

from __future__ import annotations

import asyncio
import datetime as dt

from mailwizard.core.providers.base import AlreadyExists, AmbiguousOutcome, InvalidRequest, NotFound
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER, RemoteGroup, SharedSupport


class MemoryShared:
    def __init__(self, users: set[str], *, store=None, scope: str = "shared:google", alias_limit: int | None = 30,
                 support: SharedSupport | None = None) -> None:
        self.users = {u.lower() for u in users}
        self.groups: dict[str, RemoteGroup] = {}
        self.members: dict[str, set[str]] = {}
        self.alias_of: dict[str, str] = {}          # alias → account
        self.store, self.scope = store, scope
        self.alias_limit = alias_limit
        self.support = support or SharedSupport(groups=True, aliases=True, members_listed=True, outside_mail=True,
                                                aliases_per_user=alias_limit, source="memory")
        self.calls: list[tuple[str, str]] = []      # (call, address) in order
        self.group_creations: dict[str, int] = {}
        self.alias_additions: dict[str, int] = {}
        self.lose: set[str] = set()                 # the next answer for these addresses is lost (after acting)
        self.hang: set[str] = set()                 # act, then never answer (the test kills the run)
        self.hang_members: set[str] = set()         # add_members for these groups never acts nor answers
        self.hanging: asyncio.Event | None = None   # set once a hung call has acted (made on the running loop)
        self.race: set[str] = set()                 # someone else takes it between the check and the create
        self.readd_conflicts = False                # an alias the account has already: AlreadyExists (some APIs)
        self.lag: dict[str, int] = {}               # find_group (a group's address) or aliases (an account's)
                                                    # miss what is new this many times (a replica)

    # --- helpers ---------------------------------------------------------------------------------------
    def _journalled(self, key: str) -> None:
        if self.store is not None:
            entry = self.store.journal_get(self.scope, key)
            assert entry is not None and entry[0] == "attempted", f"{key} sent before the journal had it: {entry}"

    async def _answer(self, address: str) -> None:
        if address in self.hang:
            self.hang.discard(address)
            if self.hanging is None:
                self.hanging = asyncio.Event()
            self.hanging.set()
            await asyncio.Event().wait()  # acted; the answer never comes
        if address in self.lose:
            self.lose.discard(address)
            raise AmbiguousOutcome()

    def _what(self, address: str) -> str:
        if address in self.users:
            return USER
        if address in self.groups:
            return GROUP
        if address in self.alias_of:
            return ALIAS
        return FREE

    # --- SharedApi ---------------------------------------------------------------------------------------
    async def who_has(self, address: str) -> str:
        self.calls.append(("who_has", address))
        return self._what(address.lower())

    async def find_group(self, address: str) -> RemoteGroup | None:
        self.calls.append(("find_group", address))
        if self.lag.get(address.lower()):
            self.lag[address.lower()] -= 1
            return None
        return self.groups.get(address.lower())

    async def create_group(self, address: str, name: str, *, outside: bool) -> RemoteGroup:
        address = address.lower()
        self.calls.append(("create_group", address))
        self._journalled(f"group:{address}")
        if address in self.race:
            self.race.discard(address)
            self.users.add(address)
        if self._what(address) != FREE:
            raise AlreadyExists(what=self._what(address))
        group = RemoteGroup(f"g{len(self.groups) + 1}", address, name, dt.datetime.now(dt.UTC))
        self.groups[address] = group
        self.members[address] = set()
        self.group_creations[address] = self.group_creations.get(address, 0) + 1
        await self._answer(address)
        return group

    async def add_members(self, group: RemoteGroup, addresses: list[str]) -> None:
        self.calls.append(("add_members", group.address))
        if group.address not in self.groups or self.groups[group.address].id != group.id:
            raise NotFound(what=group.address)
        if group.address in self.hang_members:
            self.hang_members.discard(group.address)
            if self.hanging is None:
                self.hanging = asyncio.Event()
            self.hanging.set()
            await asyncio.Event().wait()  # the run is killed here: the group is made, no one in it yet
        for address in addresses:
            if address.lower() not in self.users:
                raise NotFound(what=address)
            self.members[group.address].add(address.lower())

    async def group_members(self, group: RemoteGroup) -> list[str]:
        self.calls.append(("group_members", group.address))
        return sorted(self.members[group.address])

    async def aliases(self, address: str) -> list[str]:
        self.calls.append(("aliases", address))
        if address.lower() not in self.users:  # as users.aliases.list / user/get / GET /v2/users on no account: 404
            raise NotFound(what=address)
        if self.lag.get(address.lower()):
            self.lag[address.lower()] -= 1
            return []
        return sorted(a for a, owner in self.alias_of.items() if owner == address.lower())

    async def add_alias(self, address: str, alias: str) -> None:
        address, alias = address.lower(), alias.lower()
        self.calls.append(("add_alias", alias))
        self._journalled(f"alias:{alias}")
        if address not in self.users:
            raise NotFound(what=address)
        if self.alias_of.get(alias) == address and not self.readd_conflicts:
            await self._answer(alias)
            return
        if self._what(alias) != FREE:
            raise AlreadyExists(what=self._what(alias))
        if self.alias_limit is not None and sum(1 for o in self.alias_of.values() if o == address) >= self.alias_limit:
            raise InvalidRequest(reason="alias limit")
        self.alias_of[alias] = address
        self.alias_additions[alias] = self.alias_additions.get(alias, 0) + 1
        await self._answer(alias)
