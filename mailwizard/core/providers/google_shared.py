"""Google Workspace shared addresses (Google Groups) and personal aliases (core/providers/shared_api.SharedApi)
through the Admin SDK Directory API and the Groups Settings API.

- who_has: users.get and groups.get take an alias as well as a primary address ("The value can be the user's
  primary email address, alias email address, or unique user ID"; groupKey likewise, admin.directory_v1.json,
  developers.google.com/workspace/admin/directory/reference/rest/v1/users/get and .../groups/get): what answers, and
  whether the address is its primary one, says what the address is. 404 from both: free.
- groups.insert: POST {directory}/groups with a Group {"email", "name", "description"}; "The `email` must be
  unique" (the Group schema; developers.google.com/workspace/admin/directory/reference/rest/v1/groups/insert); an
  address already a group's, a user's or an alias answers 409 duplicate "Entity already exists." (as for users; the
  wording (unconfirmed) for groups). Scope admin.directory.group. The Group resource has no creation time.
- members.insert: POST {directory}/groups/{groupKey}/members {"email", "role": "MEMBER"}; a member already in the
  group answers 409 "Member already exists." (see google.py): done. members.list: GET .../members, maxResults at most
  200, paged with nextPageToken (admin.directory_v1.json).
- Mail from outside the company: the Groups Settings API, PATCH https://www.googleapis.com/groups/v1/groups/
  {groupUniqueId} (the group's address) with {"whoCanPostMessage": "ANYONE_CAN_POST"} ("Any Internet user who outside
  your account can access your Google Groups service and post a message"), else "ALL_IN_DOMAIN_CAN_POST" ("Anyone in
  the account can post a message"); scope apps.groups.settings; its answers are Atom XML unless alt=json (the
  parameter's default is "atom"): all from groupssettings.v1.json (developers.google.com/workspace/admin/
  groups-settings/v1/reference/groups/patch). Google recommends messageModerationLevel MODERATE_NON_MEMBERS with
  ANYONE_CAN_POST against spam; that would hold every customer's message for a moderator, so it is left as it is
  (spamModerationLevel still holds suspected spam). A group made moments ago may not be found by the Groups Settings
  API yet (as GAM waits and retries after creating a group; unconfirmed in Google's reference): retried with
  back-off. When the setting cannot be made (no apps.groups.settings in the sign-in or the delegation), the new group
  is deleted again (groups.delete) so that nothing half-made stays behind, and PermissionDenied names the scope.
  A group adopted by the run (a lost answer, or a crash between groups.insert and the settings) gets them in
  add_members, before its members, from its description (OUTSIDE_NOTE / INSIDE_NOTE, written by groups.insert).
- Aliases: users.aliases.insert POST {directory}/users/{userKey}/aliases {"alias"}, users.aliases.list GET
  .../aliases → {"aliases": [{"alias", "primaryEmail"}]} (scope admin.directory.user, admin.directory_v1.json;
  developers.google.com/workspace/admin/directory/v1/guides/manage-user-aliases). An address in use answers 409
  (as for users; (unconfirmed) for aliases): the account's own list says whether it is already this account's.
  At most 30 aliases per user (support.google.com/a/answer/33327, "You can add up to 30 email aliases per user").
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mailwizard.core.providers.base import (
    AlreadyExists,
    AmbiguousOutcome,
    DelegationMissing,
    NotFound,
    PermissionDenied,
    ProviderError,
)
from mailwizard.core.providers.google import GROUP_SCOPE, GROUPS_SETTINGS_SCOPE, classify
from mailwizard.core.providers.http import ApiClient, provider_api
from mailwizard.core.providers.service_account import ServiceAccountSession
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER, RemoteGroup, SharedSupport

if TYPE_CHECKING:
    from mailwizard.core.providers.google import GoogleProvider

USER_SCOPE = "https://www.googleapis.com/auth/admin.directory.user"  # users.get, users.aliases.insert/list
ALIASES_PER_USER = 30        # support.google.com/a/answer/33327
MEMBERS_PAGE = 200           # members.list maxResults, at most 200 (admin.directory_v1.json)
ANYONE, DOMAIN = "ANYONE_CAN_POST", "ALL_IN_DOMAIN_CAN_POST"
# The group's description, written by groups.insert with the group itself, says what was asked of it: a group
# adopted after a lost answer or a crash between groups.insert and the settings gets its who-may-post from it.
OUTSIDE_NOTE = "Shared address made by MailWizard: takes mail from outside the company too."
INSIDE_NOTE = "Shared address made by MailWizard: takes mail from people in the company."
_SETTING_WAITS = 5           # "not found yet" answers of the Groups Settings API for a new group
_RESENDS = 3                 # lost answers of a request that is safe to send again
SUPPORT = SharedSupport(groups=True, aliases=True, members_listed=True, outside_mail=True,
                        aliases_per_user=ALIASES_PER_USER,
                        source="https://developers.google.com/workspace/admin/directory/reference/rest/v1/groups")


class GoogleShared:
    support = SUPPORT

    def __init__(self, provider: GoogleProvider) -> None:
        self.p = provider  # None: asked only for ``support`` before signing in
        self._settings_api: ApiClient | None = None
        self._settled: set[str] = set()  # groups whose who-may-post this connection has set

    @property
    def directory(self) -> str:
        return self.p.endpoints.directory

    @property
    def settings_url(self) -> str:
        return self.p.endpoints.groups_settings

    # --- what an address is ------------------------------------------------------------------------------
    async def _get(self, url: str, scope: str = GROUP_SCOPE) -> dict[str, Any] | None:
        try:
            return (await self.p.api.get(url)).json()
        except NotFound:
            return None
        except PermissionDenied as exc:
            raise _group_permission(exc, scope) from None

    async def who_has(self, address: str) -> str:
        address = address.lower()
        user = await self._get(f"{self.directory}/users/{quote(address, safe='@')}", USER_SCOPE)
        if user is not None:
            return USER if str(user.get("primaryEmail", "")).lower() == address else ALIAS
        group = await self._get(f"{self.directory}/groups/{quote(address, safe='@')}")
        if group is not None:
            return GROUP if str(group.get("email", "")).lower() == address else ALIAS
        return FREE

    async def find_group(self, address: str) -> RemoteGroup | None:
        group = await self._get(f"{self.directory}/groups/{quote(address.lower(), safe='@')}")
        if group is None or str(group.get("email", "")).lower() != address.lower():
            return None  # none, or the address is another group's alias
        return RemoteGroup(str(group["id"]), str(group["email"]).lower(), str(group.get("name", "")))

    # --- groups ----------------------------------------------------------------------------------------------
    async def create_group(self, address: str, name: str, *, outside: bool) -> RemoteGroup:
        body = {"email": address.lower(), "name": name or address.split("@")[0],
                "description": OUTSIDE_NOTE if outside else INSIDE_NOTE}
        try:
            data = (await self.p.api.post(f"{self.directory}/groups", json=body)).json()
        except AlreadyExists:
            raise AlreadyExists(what=GROUP) from None
        except PermissionDenied as exc:
            raise _group_permission(exc) from None
        group = RemoteGroup(str(data["id"]), str(data.get("email", address)).lower(), str(data.get("name", name)))
        try:
            await self._who_may_post(group, outside)
        except ProviderError:
            await self._undo(group)  # nothing half-made stays: a rerun finds no group and makes it whole
            raise
        self._settled.add(group.address)
        return group

    def _settings(self) -> ApiClient:
        """The Groups Settings API's client: a service account asks for its scope alone (a delegation made before
        MailWizard asked for it goes on working for everything else); a browser sign-in holds it already."""
        if self._settings_api is None:
            session = self.p.session
            if isinstance(session, ServiceAccountSession):
                own = ServiceAccountSession(session.key, (GROUPS_SETTINGS_SCOPE,))
                self._settings_api = provider_api(own, classify, http=self.p.http, policy=self.p.api.policy,
                                                  sleep=None, rate=None)[1]
            else:
                self._settings_api = self.p.api
        return self._settings_api

    async def _who_may_post(self, group: RemoteGroup, outside: bool) -> None:
        """PATCH whoCanPostMessage (setting a value: sending it again changes nothing, so lost answers are resent)."""
        api = self._settings()
        url = f"{self.settings_url}/{quote(group.address, safe='@')}"
        body = {"whoCanPostMessage": ANYONE if outside else DOMAIN}
        waits = resends = 0
        while True:
            try:
                await api.request("PATCH", url, params={"alt": "json"}, json=body)
                return
            except AmbiguousOutcome:
                resends += 1
                if resends >= _RESENDS:
                    raise
                continue
            except NotFound:
                waits += 1
                if waits >= _SETTING_WAITS:
                    raise
            except DelegationMissing:
                raise DelegationMissing(needed=GROUPS_SETTINGS_SCOPE) from None
            except PermissionDenied as exc:
                needed = GROUPS_SETTINGS_SCOPE if exc.params.get("needed") == "scopes" else "groups admin"
                raise PermissionDenied(needed=needed) from None
            policy = api.policy
            await api.sleep(min(policy.max_delay, policy.base_delay * 2 ** (waits - 1)))

    async def _undo(self, group: RemoteGroup) -> None:
        """groups.delete (DELETE {directory}/groups/{groupKey}); if that fails too, the journal's "attempted" and a
        rerun's find_group adopt the group as it is."""
        with contextlib.suppress(ProviderError):
            await self.p.api.request("DELETE", f"{self.directory}/groups/{quote(group.id, safe='')}")

    async def add_members(self, group: RemoteGroup, addresses: list[str]) -> None:
        if group.address not in self._settled:  # adopted after a lost answer or a crash: who may post first
            made = await self._get(f"{self.directory}/groups/{quote(group.id, safe='')}")
            outside = {OUTSIDE_NOTE: True, INSIDE_NOTE: False}.get(str((made or {}).get("description", "")))
            if outside is not None:  # one MailWizard made: as it was asked when it was made
                await self._who_may_post(group, outside)
            self._settled.add(group.address)
        url = f"{self.directory}/groups/{quote(group.id, safe='')}/members"
        for address in addresses:
            try:  # a member already in the group (an earlier run, or this lost answer) answers 409: done
                await self.p.api.post_idempotent(url, json={"email": address.lower(), "role": "MEMBER"},
                                                 attempts=_RESENDS)
            except PermissionDenied as exc:
                raise _group_permission(exc) from None
            except NotFound:
                raise NotFound(group=group.address) from None

    async def group_members(self, group: RemoteGroup) -> list[str]:
        url = f"{self.directory}/groups/{quote(group.id, safe='')}/members"
        params: dict[str, Any] = {"maxResults": MEMBERS_PAGE}
        found: list[str] = []
        while True:
            try:
                data = (await self.p.api.get(url, params=params)).json()
            except PermissionDenied as exc:
                raise _group_permission(exc) from None
            found += [str(m["email"]).lower() for m in data.get("members", []) if m.get("email")]
            if not data.get("nextPageToken"):
                return found
            params["pageToken"] = data["nextPageToken"]

    # --- aliases ---------------------------------------------------------------------------------------------
    async def aliases(self, address: str) -> list[str]:
        url = f"{self.directory}/users/{quote(address.lower(), safe='@')}/aliases"
        data = (await self.p.api.get(url)).json()
        return [str(a["alias"]).lower() for a in data.get("aliases", []) if isinstance(a, dict) and a.get("alias")]

    async def add_alias(self, address: str, alias: str) -> None:
        """Safe to send again: an alias the account has already is success, one taken by another is AlreadyExists;
        a lost answer is settled by reading the account's aliases back."""
        url = f"{self.directory}/users/{quote(address.lower(), safe='@')}/aliases"
        alias = alias.lower()
        for _ in range(_RESENDS):
            try:
                await self.p.api.post(url, json={"alias": alias})
                return
            except (AlreadyExists, AmbiguousOutcome) as exc:
                if alias in await self.aliases(address):
                    return
                if isinstance(exc, AlreadyExists):
                    raise AlreadyExists(what=ALIAS) from None
        raise AmbiguousOutcome()


def _group_permission(exc: PermissionDenied, scope: str = GROUP_SCOPE) -> PermissionDenied:
    if isinstance(exc, DelegationMissing):
        return exc
    return PermissionDenied(needed=scope if exc.params.get("needed") == "scopes" else "groups admin")


def open_shared(provider: GoogleProvider) -> GoogleShared:
    return GoogleShared(provider)
