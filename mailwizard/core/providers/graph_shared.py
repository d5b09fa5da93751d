"""Microsoft 365 shared addresses (core/providers/shared_api.SharedApi) through Microsoft Graph v1.0: what Graph
allows, and what it does not.

- A shared address is a Microsoft 365 group: POST /groups {"displayName", "mailEnabled": true, "mailNickname",
  "securityEnabled": false, "groupTypes": ["Unified"]} → 201 and the group (delegated Group.ReadWrite.All; "Because
  the owners have not been specified, the calling user is automatically added as the owner"; displayName at most
  256 characters; mailNickname at most 64 characters of ASCII 0-127 except @ () \\ [] " ; : . <> , and space):
  learn.microsoft.com/graph/api/group-post-groups. Distribution lists and mail-enabled security groups are read-only
  in Graph (learn.microsoft.com/graph/api/resources/groups-overview, the table of group types; Graph answers "Cannot
  Create a mail-enabled security groups and or distribution list.", github.com/pnp/cli-microsoft365/issues/5476).
- Its address: Graph takes only the mailNickname; the group is made in the organisation's default accepted domain
  unless an Exchange email address policy says otherwise ("If no EAPs match the specified criteria, then the group
  gets provisioned in the organization's default accepted domain",
  learn.microsoft.com/microsoft-365/solutions/choose-domain-to-create-groups). So a group is made only when the
  company's domain is the default (GET /domains/{id} isDefault, "True if this is the default domain that is used for
  user creation. There's only one default domain per company", learn.microsoft.com/graph/api/resources/domain);
  else NotDefaultDomain(domain): the admin makes it the default in the admin center (Settings > Domains > the
  domain > Set as default, as Microsoft's "Change your default domain" describes it; the menu names unconfirmed for
  today's admin center), or makes the group there (resources/shared/microsoft.toml). MailWizard does not change the
  tenant's default domain itself: new accounts made elsewhere would get it too.
- Members must get the group's mail in their own inbox: autoSubscribeNewMembers true, and mail from outside:
  allowExternalSenders. Neither can be set in the POST ("must be set in a subsequent PATCH request", group-post-groups)
  and each goes in a PATCH of its own ("must specify them in their own PATCH request, without including the other
  properties", learn.microsoft.com/graph/api/group-update; refused otherwise with "The request is currently not
  supported on the targeted entity set", as Okta's Graph connector documents it). Updating autoSubscribeNewMembers
  is among the group calls that "support only delegated permissions" (group-update): MailWizard signs in as the
  admin (delegated), so both are set, before any member is added; a group the run adopts (a lost answer, or a crash
  before the PATCHes) gets them in add_members, from the description the POST gave it (OUTSIDE_NOTE / INSIDE_NOTE).
  A group made moments ago may answer 404 to these PATCHes while Exchange provisions it (unconfirmed): waited out
  with back-off.
- Members: POST /groups/{id}/members/$ref (MicrosoftProvider._join: already a member is done, a new user not yet
  replicated is waited for); listed back with GET /groups/{id}/members (learn.microsoft.com/graph/api/
  group-list-members), paged with @odata.nextLink.
- who_has: a user by userPrincipalName (GET /users/{upn}); any user's or group's address by proxyAddresses
  ($filter=proxyAddresses/any(x:x eq 'smtp:…'), supported on both, case-insensitive: learn.microsoft.com/graph/api/
  resources/user and .../resources/group, proxyAddresses; "SMTP:" in capitals marks the primary address); a
  Microsoft 365 group holding the mailNickname ("unique for Microsoft 365 groups in the organization") blocks it too.
- Aliases: proxyAddresses is read-only in Graph ("Read-only" on user, learn.microsoft.com/graph/api/resources/user):
  an alias is added in the Exchange admin center (resources/shared/microsoft.toml). They are read back all the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mailwizard.core.providers.base import (
    AlreadyExists,
    AmbiguousOutcome,
    InvalidAddress,
    NotFound,
    NotSupported,
    PermissionDenied,
    RemoteUser,
    created_at,
)
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER, RemoteGroup, SharedSupport

if TYPE_CHECKING:
    from mailwizard.core.providers.microsoft import MicrosoftProvider

GROUP_WRITE = "Group.ReadWrite.All"
SUPPORT = SharedSupport(groups=True, aliases=False, members_listed=True, outside_mail=True, aliases_per_user=None,
                        source="https://learn.microsoft.com/graph/api/resources/groups-overview",
                        group_name_forbidden=".")  # mailNickname (below): the dot is the one an address may hold
# mailNickname: "ASCII character set 0 - 127 except the following: @ () \ [] " ; : . <> , SPACE", at most 64
_NICKNAME = re.compile(r'^[\x21-\x7e]{1,64}$')
_NOT_IN_NICKNAME = set('@()\\[]";:.<>,')
# The group's description, sent with the POST, says what was asked of it: a group adopted after a lost answer or a
# crash before its PATCHes gets its settings from it (add_members)
OUTSIDE_NOTE = "Shared address made by MailWizard: takes mail from outside the company too."
INSIDE_NOTE = "Shared address made by MailWizard: takes mail from people in the company."
_PROVISIONING_WAITS = 5
_RESENDS = 3
GROUP_FIELDS = "id,mail,displayName,createdDateTime"


def _q(value: str) -> str:
    return value.replace("'", "''")  # OData string literal


class NotDefaultDomain(NotSupported):
    key = "provider.not_default_domain"      # params: domain


class GraphShared:
    support = SUPPORT

    def __init__(self, provider: MicrosoftProvider) -> None:
        self.p = provider  # None: asked only for ``support`` before signing in
        self._defaults: dict[str, bool] = {}  # domain → is the tenant's default domain
        self._settled: set[str] = set()       # groups whose settings this connection has set

    @property
    def graph(self) -> str:
        return self.p.graph

    async def _get(self, url: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        try:
            return (await self.p.api.get(url, params=params)).json()
        except PermissionDenied:
            raise PermissionDenied(needed=GROUP_WRITE) from None

    # --- what an address is ------------------------------------------------------------------------------
    async def who_has(self, address: str) -> str:
        address = address.lower()
        smtp = f"proxyAddresses/any(x:x eq 'smtp:{_q(address)}')"
        if await self.p.find_user(address) is not None:
            return USER
        users = (await self._get(f"{self.graph}/users", {"$filter": smtp,
                                                          "$select": "id,userPrincipalName,proxyAddresses"}))
        for user in users.get("value", []):
            return USER if f"SMTP:{address}" in _exact(user) else ALIAS
        groups = await self._get(f"{self.graph}/groups", {"$filter": smtp, "$select": "id,mail,proxyAddresses"})
        for group in groups.get("value", []):
            return GROUP if f"SMTP:{address}" in _exact(group) else ALIAS
        nickname = f"mailNickname eq '{_q(address.split('@')[0])}' and groupTypes/any(c:c eq 'Unified')"
        if (await self._get(f"{self.graph}/groups", {"$filter": nickname, "$select": "id"})).get("value"):
            return GROUP  # another Microsoft 365 group has the name part: Graph would refuse to make this one
        return FREE

    async def find_group(self, address: str) -> RemoteGroup | None:
        data = await self._get(f"{self.graph}/groups", {"$filter": f"mail eq '{_q(address.lower())}'",
                                                         "$select": GROUP_FIELDS})
        for group in data.get("value", []):
            return RemoteGroup(group["id"], str(group.get("mail") or address).lower(),
                               str(group.get("displayName") or ""), created_at(group.get("createdDateTime")))
        return None

    # --- groups ----------------------------------------------------------------------------------------------
    async def _is_default(self, domain: str) -> bool:
        if domain not in self._defaults:
            data = await self._get(f"{self.graph}/domains/{quote(domain)}", {"$select": "id,isDefault"})
            self._defaults[domain] = bool(data.get("isDefault"))
        return self._defaults[domain]

    async def create_group(self, address: str, name: str, *, outside: bool) -> RemoteGroup:
        local, _, domain = address.lower().partition("@")
        if not _NICKNAME.match(local) or _NOT_IN_NICKNAME & set(local):
            raise InvalidAddress(address=address)  # a dot, say: Graph cannot make this group (see above)
        if not await self._is_default(domain):
            raise NotDefaultDomain(domain=domain)
        body = {"displayName": (name or local)[:256], "mailEnabled": True, "mailNickname": local,
                "securityEnabled": False, "groupTypes": ["Unified"], "visibility": "Private",
                "description": OUTSIDE_NOTE if outside else INSIDE_NOTE}
        try:
            data = (await self.p.api.post(f"{self.graph}/groups", json=body)).json()
        except AlreadyExists:
            raise AlreadyExists(what=GROUP) from None
        except PermissionDenied:
            raise PermissionDenied(needed=GROUP_WRITE) from None
        group = RemoteGroup(data["id"], str(data.get("mail") or address).lower(), str(data.get("displayName") or ""),
                            created_at(data.get("createdDateTime")))
        await self._set(group, "autoSubscribeNewMembers", True)
        await self._set(group, "allowExternalSenders", outside)
        self._settled.add(group.address)
        return group

    async def _set(self, group: RemoteGroup, name: str, value: bool) -> None:
        """One property in a PATCH of its own; setting a value again changes nothing, so lost answers are resent."""
        url = f"{self.graph}/groups/{quote(group.id, safe='')}"
        waits = resends = 0
        while True:
            try:
                await self.p.api.request("PATCH", url, json={name: value})
                return
            except AmbiguousOutcome:
                resends += 1
                if resends >= _RESENDS:
                    raise
                continue
            except NotFound:
                waits += 1
                if waits >= _PROVISIONING_WAITS:
                    raise NotFound(group=group.address) from None
            except PermissionDenied:
                raise PermissionDenied(needed=GROUP_WRITE) from None
            await self.p.api.sleep(self.p._replication_delay(waits))

    async def add_members(self, group: RemoteGroup, addresses: list[str]) -> None:
        if group.address not in self._settled:  # adopted after a lost answer or a crash: settings first
            await self._set(group, "autoSubscribeNewMembers", True)  # before any member: each gets the mail
            made = await self._get(f"{self.graph}/groups/{quote(group.id, safe='')}", {"$select": "id,description"})
            outside = {OUTSIDE_NOTE: True, INSIDE_NOTE: False}.get(str(made.get("description") or ""))
            if outside is not None:  # one MailWizard made: outside mail as it was asked when it was made
                await self._set(group, "allowExternalSenders", outside)
            self._settled.add(group.address)
        for address in addresses:
            user = await self.p.find_user(address.lower())
            if user is None:
                raise NotFound(user=address)
            await self.p._join(RemoteUser(user.id, address.lower()), group.id)

    async def group_members(self, group: RemoteGroup) -> list[str]:
        found: list[str] = []
        url: str | None = f"{self.graph}/groups/{quote(group.id, safe='')}/members"
        while url:
            data = await self._get(url)
            found += [str(m.get("mail") or m.get("userPrincipalName") or "").lower() for m in data.get("value", [])
                      if m.get("mail") or m.get("userPrincipalName")]
            url = data.get("@odata.nextLink")
        return found

    # --- aliases: read only ------------------------------------------------------------------------------------
    async def aliases(self, address: str) -> list[str]:
        try:
            data = (await self.p.api.get(f"{self.graph}/users/{quote(address.lower())}",
                                         params={"$select": "id,proxyAddresses"})).json()
        except NotFound:
            return []
        return [p[5:].lower() for p in data.get("proxyAddresses") or [] if p.startswith("smtp:")]

    async def add_alias(self, address: str, alias: str) -> None:
        raise NotSupported()  # proxyAddresses is read-only in Graph: the Exchange admin center's steps


def _exact(item: dict[str, Any]) -> set[str]:
    """The item's proxy addresses with the primary's "SMTP:" kept in capitals and the address lower-cased."""
    return {p[:5] + p[5:].lower() for p in item.get("proxyAddresses") or [] if p[:5].lower() == "smtp:"}


def open_shared(provider: MicrosoftProvider) -> GraphShared:
    return GraphShared(provider)
