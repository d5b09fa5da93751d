"""Alibaba Mail's shared addresses (邮件组, mail groups) and personal aliases (邮箱别名) through the open API
(core/providers/shared_api.SharedApi) over an open AlibabaProvider; practice mode's provider speaks the same.

Sourced:
- the open platform manages "mail groups" (https://www.alibabacloud.com/help/en/alibaba-mail/latest/open-api-platform);
  a group is ``{"id", "name", "email", "status", "createdTime", "itemCount", "type", "allowedSenderPolicy", …}``
  (github.com/eryajf/go-alimail alimail/group.go ``Group``; createdTime an integer there).
- an alias: ``POST /v2/users/{id or email}/emailAliases`` ``{"alias", "asDefault"}`` → the user, 409 among the
  answers (go-alimail alimail/user.go ``AddEmailAlias``); the account's aliases are the user's ``emailAliases``
  (``GET /v2/users/{id or email}``, the same file's ``User``).
- accounts, department by department: core/providers/alibaba.py (its sources).

(unconfirmed) — neither Alibaba's reference (https://mailhelp.aliyun.com/openapi, unreachable) nor a client shows
the group calls (go-alimail has the Group model only; its README lists 邮件组 as not done yet), so their paths
and bodies are the API's style as the wizard reads it, and a real tenant may answer them otherwise (the run then
says the address failed, and the console steps — resources/shared/alibaba.toml — are the way):
``POST /v2/groups`` ``{"name", "email"}``; ``GET /v2/groups/{id or email}``;
``GET /v2/groups/{id}/members?offset=&limit=`` → ``{"members": [{"email"}], "total"}``;
``POST /v2/groups/{id}/members`` ``{"members": [{"email"}]}`` (at most 100 a call, an address already in is kept);
createdTime in milliseconds. Who may send to a group (``allowedSenderPolicy``) has no documented values, so
nothing sets it: "takes mail from outside" is a console step (``outside_mail`` False). No limit of aliases per
account is published (``aliases_per_user`` None). Whether ``GET /v2/users/{address}`` finds an account by one of its
aliases is not said either, so an alias is looked for in every account's ``emailAliases`` too.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mailwizard.core.providers.alibaba import PAGE_SIZE
from mailwizard.core.providers.base import AlreadyExists, NotFound
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER, RemoteGroup, SharedSupport

if TYPE_CHECKING:
    from mailwizard.core.providers.alibaba import AlibabaProvider

SOURCE = "https://www.alibabacloud.com/help/en/alibaba-mail/latest/open-api-platform"
MEMBERS_PER_CALL = 100  # (unconfirmed) as the list calls' largest page
ALIAS_INDEX_SECONDS = 60.0  # every account's aliases, read again after this: the console may have added some

SUPPORT = SharedSupport(groups=True, aliases=True, members_listed=True, outside_mail=False,
                        aliases_per_user=None, source=SOURCE)


def _created(value: Any) -> dt.datetime | None:
    if isinstance(value, int | float) and value > 0:
        return dt.datetime.fromtimestamp(value / 1000, dt.UTC)  # milliseconds (unconfirmed)
    return None


def _group(data: dict[str, Any], address: str = "") -> RemoteGroup:
    return RemoteGroup(str(data["id"]), str(data.get("email") or address).lower(), str(data.get("name", "")),
                       _created(data.get("createdTime")))


class AlibabaShared:
    support = SUPPORT

    def __init__(self, provider: AlibabaProvider) -> None:
        self.p = provider
        self._aliases: dict[str, str] | None = None  # every alias → its account, for who_has
        self._aliases_read = 0.0
        self.clock = time.monotonic

    def _url(self, *parts: str) -> str:
        return "/".join([self.p.base, *(quote(part, safe="@$") for part in parts)])

    async def _user(self, address: str) -> dict[str, Any] | None:
        try:
            return (await self.p.api.get(self._url("users", address))).json()
        except NotFound:
            return None

    async def _alias_index(self) -> dict[str, str]:
        """Read once for a whole clash check (one walk of the department tree, not one per address)."""
        if self._aliases is None or self.clock() - self._aliases_read > ALIAS_INDEX_SECONDS:
            from mailwizard.core.providers.alibaba_review import AlibabaReview

            users = await AlibabaReview(self.p)._users()
            self._aliases = {str(a).lower(): str(u.get("email", "")).lower()
                             for u in users for a in u.get("emailAliases") or []}
            self._aliases_read = self.clock()
        return self._aliases

    async def who_has(self, address: str) -> str:
        address = address.lower()
        user = await self._user(address)
        if user is not None:
            return USER if str(user.get("email", "")).lower() == address else ALIAS
        if await self.find_group(address) is not None:
            return GROUP
        return ALIAS if address in await self._alias_index() else FREE

    async def find_group(self, address: str) -> RemoteGroup | None:
        try:
            return _group((await self.p.api.get(self._url("groups", address.lower()))).json(), address)
        except NotFound:
            return None

    async def create_group(self, address: str, name: str, *, outside: bool) -> RemoteGroup:
        """Sent once (a lost answer is AmbiguousOutcome: the run reads back with find_group). ``outside`` is not
        sent: see the module's docstring."""
        body = {"name": name.strip() or address.split("@")[0], "email": address.lower()}
        try:
            data = (await self.p.api.post(self._url("groups"), json=body, once=True)).json()
        except AlreadyExists:
            raise AlreadyExists(what=address.lower()) from None
        return _group(data, address)

    async def add_members(self, group: RemoteGroup, addresses: list[str]) -> None:
        """Only those not in the group yet, 100 a call; sending one again changes nothing, so a lost answer is
        simply sent again (the whole call is idempotent)."""
        present = set(await self.group_members(group))
        missing = [a.lower() for a in addresses if a.lower() not in present]
        url = self._url("groups", group.id, "members")
        for start in range(0, len(missing), MEMBERS_PER_CALL):
            chunk = missing[start:start + MEMBERS_PER_CALL]
            await self.p.api.post_idempotent(url, json={"members": [{"email": a} for a in chunk]})

    async def group_members(self, group: RemoteGroup) -> list[str]:
        url = self._url("groups", group.id, "members")
        members, offset = [], 0
        while True:
            data = (await self.p.api.get(url, params={"offset": offset, "limit": PAGE_SIZE})).json()
            page = [m for m in data.get("members") or [] if isinstance(m, dict)]
            members += [str(m.get("email", "")).lower() for m in page]
            offset += len(page)
            total = data.get("total")
            if len(page) < PAGE_SIZE or not page or (isinstance(total, int) and offset >= total):
                return members

    async def aliases(self, address: str) -> list[str]:
        user = await self._user(address.lower())
        if user is None:
            raise NotFound(what=address)
        return [str(a).lower() for a in user.get("emailAliases") or []]

    async def add_alias(self, address: str, alias: str) -> None:
        """Sent once; 409 when the alias is taken — the account's own already (no error) or someone else's."""
        alias = alias.lower()
        try:
            await self.p.api.post(self._url("users", address.lower(), "emailAliases"),
                                  json={"alias": alias, "asDefault": False}, once=True)
        except AlreadyExists:
            if alias in await self.aliases(address):
                return
            raise AlreadyExists(what=alias) from None
        if self._aliases is not None:
            self._aliases[alias] = address.lower()


def open_shared(provider: AlibabaProvider) -> AlibabaShared:
    return AlibabaShared(provider)
