"""Microsoft 365 through Microsoft Graph v1.0."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote

import httpx

from mailwizard.core.activation import ActivationReport
from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession
from mailwizard.core.providers.base import (
    Account,
    AlreadyExists,
    AmbiguousOutcome,
    DomainStatus,
    InvalidRequest,
    LicenseOption,
    NewAccount,
    NoMailbox,
    NotFound,
    PermissionDenied,
    ProviderError,
    RemoteUser,
    RoleUnsupported,
    Seats,
    SeatsExhausted,
    TeamGroup,
    VerificationFailed,
    created_at,
)
from mailwizard.core.providers.graph_errors import classify
from mailwizard.core.providers.graph_mail import SEND_RATE, graph_message
from mailwizard.core.providers.graph_mail_tokens import IMAP_SCOPE
from mailwizard.core.providers.http import RateLimiter, RetryPolicy, provider_api

# Requests per second this app allows itself (Graph identity writes: about 3,000 per 150 s per app and tenant).
DEFAULT_RATE = 20.0
SCOPES = ("openid", "profile", "offline_access", "User.ReadWrite.All", "Domain.ReadWrite.All", "Organization.Read.All",
          "LicenseAssignment.ReadWrite.All", "RoleManagement.ReadWrite.Directory", "GroupMember.ReadWrite.All",
          "Mail.Send", "Reports.Read.All", "MailboxSettings.ReadWrite", "Group.ReadWrite.All")  # shared: graph_shared
# The "user_admin" preset is Microsoft Entra's built-in User Administrator role, given tenant-wide ("/") with
# POST /roleManagement/directory/roleAssignments (learn.microsoft.com/graph/api/rbacapplication-post-roleassignments:
# delegated permission RoleManagement.ReadWrite.Directory; the signed-in admin must be a Privileged Role
# Administrator or Global Administrator). A built-in role's roleDefinitionId may be its template ID, the same in
# every tenant (learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).
USER_ADMINISTRATOR = "fe930be7-5e62-47db-91af-98c3a49a38b1"
ROLES = {"user": None, "user_admin": USER_ADMINISTRATOR}  # preset → roleDefinitionId
ROLE_PERMISSION = "RoleManagement.ReadWrite.Directory, Privileged Role Administrator"
# organization: its id and name for who is signed in, its countries for a usage location (tenant_usage_location)
ORGANIZATION_FIELDS = "id,displayName,defaultUsageLocation,countryLetterCode"
# What Entra answers (400, or 409) when the same principal already holds the role at the same scope
_CONFLICT = "a conflicting object with one or more of the specified property values is present in the directory"
_ASSIGN_ATTEMPTS = 3
# Team groups are Microsoft 365 groups (groupTypes contains "Unified": a shared mailbox, calendar, SharePoint files).
# - List: GET /groups?$filter=groupTypes/any(c:c eq 'Unified')&$select=id,displayName,mail, paged with
#   @odata.nextLink (learn.microsoft.com/graph/api/group-list; least privileged delegated permission
#   GroupMember.Read.All, which GroupMember.ReadWrite.All includes: no Group.Read.All needed).
# - Join: POST /groups/{id}/members/$ref {"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{user id}"}
#   → 204 (learn.microsoft.com/graph/api/group-post-members; delegated GroupMember.ReadWrite.All; the signed-in
#   admin needs a role that may manage group membership, e.g. Groups Administrator or User Administrator).
# - A member added before: 400 Request_BadRequest "One or more added object references already exist for the
#   following modified properties: 'members'." (github.com/Azure/azure-docs-powershell-azuread/issues/167,
#   github.com/ansible-collections/azure/issues/1931).
# - A user created moments ago may not have replicated yet: 404 Request_ResourceNotFound for its directoryObject
#   (Entra's eventual consistency; group-post-members says to retry after a brief delay); tried again with back-off.
GROUP_PERMISSION = "GroupMember.ReadWrite.All, Groups Administrator"
_MEMBER_REF = "https://graph.microsoft.com/v1.0/directoryObjects/{}"
_ALREADY_MEMBER = "one or more added object references already exist"
# a group created moments ago: 400 "The source resource object or one of the objects being referenced do not exist."
_NOT_REPLICATED = "do not exist"
_UNIFIED = "groupTypes/any(c:c eq 'Unified')"
_JOIN_ATTEMPTS = 3      # answers lost
_REPLICATION_WAITS = 5  # "not found yet" answers, with back-off between them
# skuPartNumber → the product name admins see in the Microsoft 365 admin center
SKU_NAMES = {
    "O365_BUSINESS_ESSENTIALS": "Microsoft 365 Business Basic",
    "O365_BUSINESS_PREMIUM": "Microsoft 365 Business Standard",
    "SPB": "Microsoft 365 Business Premium",
    "EXCHANGESTANDARD": "Exchange Online (Plan 1)",
    "EXCHANGEENTERPRISE": "Exchange Online (Plan 2)",
    "STANDARDPACK": "Office 365 E1",
    "ENTERPRISEPACK": "Office 365 E3",
    "SPE_E3": "Microsoft 365 E3",
    "SPE_E5": "Microsoft 365 E5",
}
# Sending mail: core/providers/graph_mail.py (the request's shape, errors and limits, with their sources)


def _held(conflict: str):
    """Graph answers a repeated role assignment or group membership with a 400 naming the conflict: done."""
    return lambda exc: isinstance(exc, AlreadyExists) or (
        isinstance(exc, InvalidRequest) and conflict in exc.params.get("detail", "").lower())


@dataclass(frozen=True)
class GraphEndpoints:
    oauth: OAuthEndpoints
    graph: str

    @classmethod
    def at(cls, base: str | None = None, tenant: str = "organizations") -> GraphEndpoints:
        """``base``: a loopback fake's URL (tests); None: Microsoft's own hosts."""
        login = base or "https://login.microsoftonline.com"
        graph = f"{base}/v1.0" if base else "https://graph.microsoft.com/v1.0"
        return cls(OAuthEndpoints(f"{login}/{tenant}/oauth2/v2.0/authorize", f"{login}/{tenant}/oauth2/v2.0/token",
                                  None, SCOPES, consent_scopes=(IMAP_SCOPE,)), graph)  # graph_mail_tokens.py


class MicrosoftProvider:
    id = "microsoft"
    domain_api = True  # as its profile says (tests/unit/test_provider_profile.py holds them equal)

    def __init__(self, session: TokenSession, endpoints: GraphEndpoints, *, http: httpx.AsyncClient | None = None,
                 policy: RetryPolicy | None = None, sleep=None, rate: float | None = DEFAULT_RATE,
                 ) -> None:
        self.session, self.endpoints = session, endpoints
        self._tenant_location: str | None = None  # the tenant's own country, once read
        self._location_lock = asyncio.Lock()
        self.http, self.api = provider_api(session, classify, http=http, policy=policy, sleep=sleep, rate=rate)
        self._groups_seen: set[str] = set()   # team groups found on this connection
        self._group_lock = asyncio.Lock()
        # Exchange Online's sending rate, kept by this connection (rate None: no self-limiting at all, as above)
        self._send_limiter = RateLimiter(SEND_RATE if rate is not None else None, **({"sleep": sleep} if sleep else {}))

    async def close(self) -> None:
        await self.http.aclose()

    @property
    def graph(self) -> str:
        return self.endpoints.graph

    async def whoami(self) -> Account:
        me = (await self.api.get(f"{self.graph}/me")).json()
        orgs = (await self.api.get(f"{self.graph}/organization", params={"$select": ORGANIZATION_FIELDS})).json()
        org = (orgs.get("value") or [{}])[0]
        async with self._location_lock:
            self._tenant_location = org.get("defaultUsageLocation") or org.get("countryLetterCode") or ""
        return Account(me.get("userPrincipalName", ""), org.get("displayName", ""), org.get("id", ""),
                       self._tenant_location)

    async def tenant_usage_location(self) -> str:
        """Graph refuses a licence for a user without a usage location ("Required for users that are assigned
        licenses", https://learn.microsoft.com/en-us/graph/api/resources/user, usageLocation). Where the admin
        gave no country, the tenant says its own: its default usage location, else its country
        (https://learn.microsoft.com/en-us/graph/api/resources/organization: defaultUsageLocation,
        countryLetterCode; both in Graph v1.0's own model, msgraph-sdk-python msgraph/generated/models/
        organization.py). Read once per connection."""
        async with self._location_lock:
            if self._tenant_location is None:
                orgs = (await self.api.get(f"{self.graph}/organization",
                                           params={"$select": ORGANIZATION_FIELDS})).json()
                org = (orgs.get("value") or [{}])[0]
                self._tenant_location = org.get("defaultUsageLocation") or org.get("countryLetterCode") or ""
        return self._tenant_location

    async def _domain(self, domain: str) -> DomainStatus:
        data = (await self.api.get(f"{self.graph}/domains/{quote(domain)}")).json()
        return DomainStatus(domain, bool(data.get("isVerified")))

    async def add_domain(self, domain: str) -> DomainStatus:
        try:
            data = (await self.api.post(f"{self.graph}/domains", json={"id": domain})).json()
        except AlreadyExists:
            return await self._domain(domain)
        return DomainStatus(domain, bool(data.get("isVerified")))

    async def verification_value(self, domain: str) -> str:
        records = (await self.api.get(f"{self.graph}/domains/{quote(domain)}/verificationDnsRecords")).json()
        text = next((r.get("text", "") for r in records.get("value", []) if r.get("recordType") == "Txt"), "")
        return text.removeprefix("MS=")

    async def verify_domain(self, domain: str) -> DomainStatus:
        try:
            data = (await self.api.post(f"{self.graph}/domains/{quote(domain)}/verify")).json()
        except InvalidRequest as exc:
            if "already verified" in exc.params.get("detail", "").lower():
                return DomainStatus(domain, True)
            raise VerificationFailed(domain=domain) from None
        return DomainStatus(domain, bool(data.get("isVerified")))

    async def tenant_values(self, domain: str) -> dict[str, str]:
        """The tenant's own record values (its MX host). Graph gives a domain's service records once ownership is
        verified and the services it is used for are chosen (https://learn.microsoft.com/en-us/graph/api/resources/
        domain: verify, then "indicate the supported services", then list serviceConfigurationRecords): Email is
        added to the domain's services first, keeping any it has. Before verification: none yet ({})."""
        url = f"{self.graph}/domains/{quote(domain)}"
        data = (await self.api.get(url)).json()
        if not data.get("isVerified"):
            return {}
        services = list(data.get("supportedServices") or [])
        if "Email" not in services:
            await self._set(url, {"supportedServices": [*services, "Email"]})
        records = (await self.api.get(f"{url}/serviceConfigurationRecords")).json()
        values: dict[str, str] = {}
        for record in records.get("value", []):
            if record.get("recordType") == "Mx" and record.get("mailExchange"):
                values["mx_host"] = record["mailExchange"].lower().rstrip(".")
        return values

    async def find_user(self, address: str) -> RemoteUser | None:
        try:
            # createdDateTime: when the user was created, ISO 8601 in UTC, read-only, returned only on $select
            # (https://learn.microsoft.com/en-us/graph/api/resources/user); null for some users made before 2018
            data = (await self.api.get(f"{self.graph}/users/{quote(address)}",
                                       params={"$select": "id,userPrincipalName,createdDateTime"})).json()
        except NotFound:
            return None
        return RemoteUser(data["id"], data.get("userPrincipalName", address), created_at(data.get("createdDateTime")))

    async def activation(self, addresses: list[str], baselines: dict | None = None) -> ActivationReport:
        from mailwizard.core.providers.graph_activation import read_activation

        return await read_activation(self, addresses, baselines)

    async def set_password(self, address: str, password: str) -> None:
        from mailwizard.core.providers.graph_activation import set_password

        await set_password(self, address, password)

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        body: dict[str, Any] = {
            "accountEnabled": True,
            "displayName": account.display_name,
            "mailNickname": account.address.split("@")[0],
            "userPrincipalName": account.address,
            "passwordProfile": {"password": account.password,
                                "forceChangePasswordNextSignIn": account.force_change},
        }
        optional = {"givenName": account.given_name, "surname": account.family_name,
                    "jobTitle": account.job_title, "department": account.department,
                    "mobilePhone": account.phone,
                    "usageLocation": account.usage_location or (await self.tenant_usage_location() if license_sku
                                                                else "")}
        body.update({k: v for k, v in optional.items() if v})
        if account.role not in ROLES:
            raise RoleUnsupported()  # before anything is created
        if account.group:
            await self._check_group(account.group)  # gone, or not ours to manage: before anything is created
        data = (await self.api.post(f"{self.graph}/users", json=body)).json()
        user = RemoteUser(data["id"], data.get("userPrincipalName", account.address))
        try:
            await self.finish_user(user, license_sku, account.role, account.group, located=True)
        except SeatsExhausted:
            await self._undo_create(user)  # no licence left: no account without a mailbox stays behind
            raise
        return user

    async def _undo_create(self, user: RemoteUser) -> None:
        """Delete the account just made (DELETE /users/{id} → 204, learn.microsoft.com/graph/api/user-delete).
        If that fails too, the journal says "failed" and a rerun finds the account and gives it its licence."""
        with contextlib.suppress(ProviderError):
            await self.api.request("DELETE", f"{self.graph}/users/{user.id}")

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None, role: str = "user",
                          group: str = "", *, usage_location: str = "", located: bool = False) -> None:
        """A mailbox needs a license, an admin preset a role assignment, a team preset its group's membership;
        doing any of them again changes nothing. ``located``: the user was just created with a usage location;
        ``usage_location``: the admin's country for a user who has none yet."""
        if role not in ROLES:
            raise RoleUnsupported()
        if license_sku and not located:
            await self._locate(user, usage_location)  # made by an interrupted run, or by someone else
        if license_sku:
            await self.api.post(f"{self.graph}/users/{user.id}/assignLicense",
                                json={"addLicenses": [{"skuId": license_sku, "disabledPlans": []}],
                                      "removeLicenses": []})
        if ROLES[role]:
            await self._assign_role(user, ROLES[role])
        if group:
            await self._check_group(group)
            await self._join(user, group)

    async def _locate(self, user: RemoteUser, usage_location: str) -> None:
        """Give the user a usage location where they have none (one already set is kept): the admin's country,
        else the tenant's."""
        data = (await self.api.get(f"{self.graph}/users/{user.id}", params={"$select": "usageLocation"})).json()
        if data.get("usageLocation"):
            return
        location = usage_location or await self.tenant_usage_location()
        await self._set(f"{self.graph}/users/{user.id}", {"usageLocation": location})

    async def _set(self, url: str, body: dict[str, Any]) -> None:
        """PATCH properties to values: sending it again changes nothing, so a lost answer is sent again."""
        for attempt in range(3):
            try:
                await self.api.request("PATCH", url, json=body)
                return
            except AmbiguousOutcome:
                if attempt == 2:
                    raise

    # --- team groups ----------------------------------------------------------------------------------
    async def list_groups(self) -> list[TeamGroup]:
        groups: list[TeamGroup] = []
        url: str | None = f"{self.graph}/groups"
        params: dict[str, str] | None = {"$filter": _UNIFIED, "$select": "id,displayName,mail"}
        while url:
            try:
                data = (await self.api.get(url, params=params)).json()
            except PermissionDenied:
                raise PermissionDenied(needed=GROUP_PERMISSION) from None
            groups += [TeamGroup(g["id"], g.get("displayName") or g.get("mail") or g["id"], g.get("mail") or "")
                       for g in data.get("value", [])]
            url, params = data.get("@odata.nextLink"), None  # the next link carries the query
        return groups

    async def _check_group(self, group: str) -> None:
        """Once per group and connection: it exists (so a later 404 means the new user has not replicated yet)."""
        async with self._group_lock:
            if group in self._groups_seen:
                return
            try:
                await self.api.get(f"{self.graph}/groups/{quote(group, safe='')}", params={"$select": "id"})
            except NotFound:
                raise NotFound(group=group) from None
            except PermissionDenied:
                raise PermissionDenied(needed=GROUP_PERMISSION) from None
            self._groups_seen.add(group)

    async def _join(self, user: RemoteUser, group: str) -> None:
        url = f"{self.graph}/groups/{quote(group, safe='')}/members/$ref"
        body = {"@odata.id": _MEMBER_REF.format(user.id)}
        waits = 0
        while True:
            try:
                await self.api.post_idempotent(url, json=body, attempts=_JOIN_ATTEMPTS, done=_held(_ALREADY_MEMBER))
                return
            except InvalidRequest as exc:
                if _NOT_REPLICATED not in exc.params.get("detail", "").lower():
                    raise
            except NotFound:
                pass  # the group was there a moment ago: the new user is not known everywhere yet
            except PermissionDenied:
                raise PermissionDenied(needed=GROUP_PERMISSION) from None
            waits += 1
            if waits >= _REPLICATION_WAITS:
                await self._still_missing(user, group)
            await self.api.sleep(self._replication_delay(waits))

    async def _still_missing(self, user: RemoteUser, group: str) -> None:
        """Waited long enough: say which one is gone, the group (pick another) or the account."""
        async with self._group_lock:
            self._groups_seen.discard(group)
        await self._check_group(group)  # raises NotFound(group=…) when the group was deleted meanwhile
        raise NotFound(user=user.address)

    def _replication_delay(self, waits: int) -> float:
        policy = self.api.policy
        return min(policy.max_delay, policy.base_delay * 2 ** (waits - 1))

    async def _assign_role(self, user: RemoteUser, role_definition: str) -> None:
        body = {"principalId": user.id, "roleDefinitionId": role_definition, "directoryScopeId": "/"}
        try:
            await self.api.post_idempotent(f"{self.graph}/roleManagement/directory/roleAssignments", json=body,
                                           attempts=_ASSIGN_ATTEMPTS, done=_held(_CONFLICT))
        except PermissionDenied:
            raise PermissionDenied(needed=ROLE_PERMISSION) from None

    async def list_users(self) -> list[RemoteUser]:
        users: list[RemoteUser] = []
        url: str | None = f"{self.graph}/users?$top=999"
        while url:
            data = (await self.api.get(url)).json()
            users += [RemoteUser(u["id"], u.get("userPrincipalName", "")) for u in data.get("value", [])]
            url = data.get("@odata.nextLink")
        return users

    async def send_mail(self, message: EmailMessage) -> None:
        """POST /me/sendMail, once: its answer lost (or a 5xx) is AmbiguousOutcome for the caller to journal."""
        await self._send_limiter.acquire()
        try:
            await self.api.post(f"{self.graph}/me/sendMail", json={"message": graph_message(message),
                                                                   "saveToSentItems": True}, once=True)
        except PermissionDenied:
            raise PermissionDenied(needed="Mail.Send") from None
        except NotFound as exc:
            raise NoMailbox(address="") from exc

    async def seats(self, license_sku: str | None = None) -> Seats | None:
        """The SKU's licences: GET /subscribedSkus prepaidUnits.enabled (bought) and consumedUnits (assigned),
        learn.microsoft.com/graph/api/resources/subscribedsku. None before a SKU is chosen."""
        if not license_sku:
            return None
        skus = (await self.api.get(f"{self.graph}/subscribedSkus")).json().get("value", [])
        sku = next((s for s in skus if str(s.get("skuId", "")).lower() == license_sku.lower()), None)
        if sku is None:
            return None
        return Seats(int(sku.get("prepaidUnits", {}).get("enabled", 0)), int(sku.get("consumedUnits", 0)),
                     "GET /subscribedSkus")

    async def license_options(self) -> list[LicenseOption]:
        skus = (await self.api.get(f"{self.graph}/subscribedSkus")).json().get("value", [])
        return [LicenseOption(s["skuId"], SKU_NAMES.get(s.get("skuPartNumber", ""), s.get("skuPartNumber", s["skuId"])),
                              int(s.get("prepaidUnits", {}).get("enabled", 0)) - int(s.get("consumedUnits", 0)))
                for s in skus if s.get("capabilityStatus", "Enabled") == "Enabled"]
