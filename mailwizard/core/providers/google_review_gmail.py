"""Where each Google Workspace mailbox forwards its mail, for the account review (core/providers/google_review.py).

Gmail's settings are read and changed only as the mailbox's own user: users.settings.getAutoForwarding
(https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.settings/getAutoForwarding) for anyone
else's mailbox answers 403 "Delegation denied" (github.com/googleworkspace/python-samples/issues/80). So only a
service account with domain-wide delegation, acting as each user in turn (support.google.com/a/answer/162106), reads
it; with a browser sign-in forwarding is "not reported". Two ways mail leaves a mailbox:
- the mailbox's forwarding setting (how "auto", id: the address): getAutoForwarding / updateAutoForwarding, which
  "is only available to service account clients that have been delegated domain-wide authority" and wants scope
  gmail.settings.sharing (its description and scopes in gmail.v1.json). Stopping it: ``{"enabled": false}``; undo
  puts back the address and disposition read just before (the forwarding address stays verified, so it can).
- a filter whose action forwards (how "rule", id "filter:<id>"): users.settings.filters list/get/create/delete
  (.../rest/v1/users.settings.filters, scope gmail.settings.basic; ``action.forward``). Filters cannot be changed, only
  made and deleted: stopping one makes its copy without ``forward`` first (when it does more than forward, so its
  labels stay), then deletes it; undo makes the original again and deletes the copy. Made first, deleted last: an
  error half-way leaves the forwarding in place, never a lost filter.
Each change is sent once; a lost answer is AmbiguousOutcome, settled by reading the mailbox again.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote

from mailwizard.core.providers.base import InvalidRequest, NotFound, PermissionDenied, SignInFailed
from mailwizard.core.review.model import Forwarding, ReviewAction

if TYPE_CHECKING:
    from mailwizard.core.providers.http import ApiClient

GMAIL_SETTINGS_BASIC = "https://www.googleapis.com/auth/gmail.settings.basic"     # read; filters create/delete
GMAIL_SETTINGS_SHARING = "https://www.googleapis.com/auth/gmail.settings.sharing"  # updateAutoForwarding
GMAIL_AT_ONCE = 8  # mailboxes read at the same time
FILTER = "filter:"

UserApi = Callable[[str, str], "ApiClient"]  # (address, scope) → a client acting as that user with that scope


class GmailForwarding:
    def __init__(self, gmail: str, user_api: UserApi) -> None:
        self.gmail, self.user_api = gmail, user_api

    async def _call(self, address: str, scope: str, method: str, tail: str, **kwargs) -> dict:
        """One call as ``address``'s own user; a refusal names the scope the delegation lacks."""
        api = self.user_api(address, scope)
        try:
            response = await api.request(method, f"{self.gmail}/users/me/settings/{tail}", **kwargs)
        except PermissionDenied:
            raise PermissionDenied(needed=scope) from None
        return response.json() if response.content else {}

    async def of_all(self, users: list[dict]) -> dict[str, tuple[Forwarding, ...]] | None:
        """address → its forwardings; None when the delegation does not let the service account read them."""
        gate = asyncio.Semaphore(GMAIL_AT_ONCE)
        refused = False

        async def one(user: dict) -> tuple[str, tuple[Forwarding, ...]]:
            nonlocal refused
            address = str(user.get("primaryEmail", "")).lower()
            if user.get("suspended") or refused:
                return address, ()  # a suspended user's mailbox cannot be signed in to as them
            async with gate:
                try:
                    return address, await self.of(address)
                except PermissionDenied:
                    refused = True  # the delegation lacks the Gmail scope: not reported at all
                    return address, ()
                except (InvalidRequest, SignInFailed):
                    return address, ()  # no Gmail for this user ("Mail service not enabled"), or no token as them

        found = dict(await asyncio.gather(*(one(u) for u in users)))
        return None if refused else found

    async def of(self, address: str) -> tuple[Forwarding, ...]:
        auto = await self._call(address, GMAIL_SETTINGS_BASIC, "GET", "autoForwarding")
        to = str(auto.get("emailAddress", "")).lower()
        found = [Forwarding(to, to, "auto")] if auto.get("enabled") and to else []
        filters = (await self._call(address, GMAIL_SETTINGS_BASIC, "GET", "filters")).get("filter") or []
        found += [Forwarding(FILTER + str(f.get("id")), str(f["action"]["forward"]).lower(), "rule")
                  for f in filters if isinstance(f, dict) and (f.get("action") or {}).get("forward")]
        return tuple(found)

    async def plan(self, action: ReviewAction) -> dict | None:
        """What stopping it will need to be undone, read before (None for a filter: its copy is made as it is
        stopped; {} when not forwarding there)."""
        if action.target.startswith(FILTER):
            return None
        current = await self._call(action.address, GMAIL_SETTINGS_BASIC, "GET", "autoForwarding")
        if not current.get("enabled") or str(current.get("emailAddress", "")).lower() != action.target.lower():
            return {}
        return {"emailAddress": current["emailAddress"], "disposition": current.get("disposition", "")}

    async def stop(self, action: ReviewAction) -> dict:
        """Stop the forwarding ``action.target`` names; returns what its undo needs ({}: it was not there)."""
        if action.target.startswith(FILTER):
            return await self._stop_filter(action.address, action.target.removeprefix(FILTER))
        current = await self._call(action.address, GMAIL_SETTINGS_BASIC, "GET", "autoForwarding")
        if not current.get("enabled") or str(current.get("emailAddress", "")).lower() != action.target.lower():
            return {}  # not forwarding there (any more): nothing to change, nothing to undo
        await self._call(action.address, GMAIL_SETTINGS_SHARING, "PUT", "autoForwarding", json={"enabled": False},
                         once=True)
        return {"emailAddress": current["emailAddress"], "disposition": current.get("disposition", "")}

    async def restore(self, action: ReviewAction, undo: dict) -> None:
        if undo.get("filter"):
            await self._call(action.address, GMAIL_SETTINGS_BASIC, "POST", "filters", json=undo["filter"], once=True)
            if undo.get("copy"):
                await self._delete_filter(action.address, undo["copy"])
        elif undo.get("emailAddress"):
            body = {"enabled": True, "emailAddress": undo["emailAddress"],
                    "disposition": undo.get("disposition") or "leaveInInbox"}
            await self._call(action.address, GMAIL_SETTINGS_SHARING, "PUT", "autoForwarding", json=body, once=True)

    async def _stop_filter(self, address: str, filter_id: str) -> dict:
        try:
            found = await self._call(address, GMAIL_SETTINGS_BASIC, "GET", f"filters/{quote(filter_id, safe='')}")
        except NotFound:
            return {}  # deleted meanwhile: nothing to undo
        original = {"criteria": found.get("criteria") or {}, "action": found.get("action") or {}}
        rest = {k: v for k, v in original["action"].items() if k != "forward" and v}
        copy = ""
        if rest:
            made = await self._call(address, GMAIL_SETTINGS_BASIC, "POST", "filters",
                                    json={"criteria": original["criteria"], "action": rest}, once=True)
            copy = str(made.get("id", ""))
        await self._delete_filter(address, filter_id)
        return {"filter": original, "copy": copy}

    async def _delete_filter(self, address: str, filter_id: str) -> None:
        with contextlib.suppress(NotFound):  # gone already
            await self._call(address, GMAIL_SETTINGS_BASIC, "DELETE", f"filters/{quote(filter_id, safe='')}",
                             once=True)
