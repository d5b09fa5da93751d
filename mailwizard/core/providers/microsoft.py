"""Microsoft 365 through Microsoft Graph v1.0."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession
from mailwizard.core.providers.base import (
    Account,
    AlreadyExists,
    AmbiguousOutcome,
    AuthExpired,
    DomainStatus,
    InvalidRequest,
    LicenseOption,
    NewAccount,
    NoLicenseSeats,
    NotFound,
    PermissionDenied,
    ProviderError,
    RemoteUser,
    RoleUnsupported,
    VerificationFailed,
)
from mailwizard.core.providers.http import Retry, RetryPolicy, provider_api, retry_after

# Requests per second this app allows itself (Graph identity writes: about 3,000 per 150 s per app and tenant).
DEFAULT_RATE = 20.0
SCOPES = ("openid", "profile", "offline_access", "User.ReadWrite.All", "Domain.ReadWrite.All",
          "Organization.Read.All", "LicenseAssignment.ReadWrite.All", "RoleManagement.ReadWrite.Directory")
# The "user_admin" preset is Microsoft Entra's built-in User Administrator role, given tenant-wide ("/") with
# POST /roleManagement/directory/roleAssignments (learn.microsoft.com/graph/api/rbacapplication-post-roleassignments:
# delegated permission RoleManagement.ReadWrite.Directory; the signed-in admin must be a Privileged Role
# Administrator or Global Administrator). A built-in role's roleDefinitionId may be its template ID, the same in
# every tenant (learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).
USER_ADMINISTRATOR = "fe930be7-5e62-47db-91af-98c3a49a38b1"
ROLES = {"user": None, "user_admin": USER_ADMINISTRATOR}  # preset → roleDefinitionId
ROLE_PERMISSION = "RoleManagement.ReadWrite.Directory, Privileged Role Administrator"
# What Entra answers (400, or 409) when the same principal already holds the role at the same scope
_CONFLICT = "a conflicting object with one or more of the specified property values is present in the directory"
_ASSIGN_ATTEMPTS = 3
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
_RETRYABLE_CODES = {"Directory_ConcurrencyViolation", "Request_ThrottledTemporarily", "TooManyRequests",
                    "serviceNotAvailable", "UnknownError"}


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
                                  None, SCOPES), graph)


def _error(response: httpx.Response) -> tuple[str, str]:
    try:
        error = response.json().get("error", {})
    except ValueError:
        return "", ""
    if not isinstance(error, dict):
        return str(error), ""
    return str(error.get("code", "")), str(error.get("message", ""))


def classify(response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    code, message = _error(response)
    if status in (429, 503) or (status == 409 and code in _RETRYABLE_CODES) or code in _RETRYABLE_CODES:
        raise Retry(retry_after(response))
    if status >= 500:
        raise Retry(retry_after(response))
    if status == 401:
        raise AuthExpired()
    if status == 403:
        raise PermissionDenied(needed="admin")
    if status == 404:
        raise NotFound()
    if "already exists" in message.lower():
        raise AlreadyExists(what="")
    if status == 400 and "available licenses" in message.lower():
        raise NoLicenseSeats(sku="", available="0", needed="1")
    if status in (400, 409):
        raise InvalidRequest(detail=message[:200])
    raise ProviderError()


class MicrosoftProvider:
    id = "microsoft"

    def __init__(self, session: TokenSession, endpoints: GraphEndpoints, *, http: httpx.AsyncClient | None = None,
                 policy: RetryPolicy | None = None, sleep=None, rate: float | None = DEFAULT_RATE,
                 usage_location: str = "") -> None:
        self.session, self.endpoints, self.usage_location = session, endpoints, usage_location
        self.http, self.api = provider_api(session, classify, http=http, policy=policy, sleep=sleep, rate=rate)

    async def close(self) -> None:
        await self.http.aclose()

    @property
    def graph(self) -> str:
        return self.endpoints.graph

    async def whoami(self) -> Account:
        me = (await self.api.get(f"{self.graph}/me")).json()
        orgs = (await self.api.get(f"{self.graph}/organization")).json().get("value", [])
        org = orgs[0] if orgs else {}
        return Account(me.get("userPrincipalName", ""), org.get("displayName", ""), org.get("id", ""))

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
        records = (await self.api.get(f"{self.graph}/domains/{quote(domain)}/serviceConfigurationRecords")).json()
        values: dict[str, str] = {}
        for record in records.get("value", []):
            if record.get("recordType") == "Mx" and record.get("mailExchange"):
                values["mx_host"] = record["mailExchange"].lower().rstrip(".")
        return values

    async def find_user(self, address: str) -> RemoteUser | None:
        try:
            data = (await self.api.get(f"{self.graph}/users/{quote(address)}")).json()
        except NotFound:
            return None
        return RemoteUser(data["id"], data.get("userPrincipalName", address))

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
                    "mobilePhone": account.phone, "usageLocation": account.usage_location or self.usage_location}
        body.update({k: v for k, v in optional.items() if v})
        if account.role not in ROLES:
            raise RoleUnsupported()  # before anything is created
        data = (await self.api.post(f"{self.graph}/users", json=body)).json()
        user = RemoteUser(data["id"], data.get("userPrincipalName", account.address))
        await self.finish_user(user, license_sku, account.role)
        return user

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None, role: str = "user") -> None:
        """A mailbox needs a license, an admin preset a role assignment; doing either again changes nothing."""
        if role not in ROLES:
            raise RoleUnsupported()
        if license_sku:
            await self.api.post(f"{self.graph}/users/{user.id}/assignLicense",
                                json={"addLicenses": [{"skuId": license_sku, "disabledPlans": []}],
                                      "removeLicenses": []})
        if ROLES[role]:
            await self._assign_role(user, ROLES[role])

    async def _assign_role(self, user: RemoteUser, role_definition: str) -> None:
        body = {"principalId": user.id, "roleDefinitionId": role_definition, "directoryScopeId": "/"}
        for _ in range(_ASSIGN_ATTEMPTS):
            try:
                await self.api.post(f"{self.graph}/roleManagement/directory/roleAssignments", json=body)
                return
            except AlreadyExists:
                return
            except InvalidRequest as exc:
                if _CONFLICT in exc.params.get("detail", "").lower():
                    return  # held already (an earlier run, or the request whose answer was lost)
                raise
            except AmbiguousOutcome:
                continue  # sent, no answer: sending it again is safe, a duplicate answers with the conflict
            except PermissionDenied:
                raise PermissionDenied(needed=ROLE_PERMISSION) from None
        raise AmbiguousOutcome()

    async def list_users(self) -> list[RemoteUser]:
        users: list[RemoteUser] = []
        url: str | None = f"{self.graph}/users?$top=999"
        while url:
            data = (await self.api.get(url)).json()
            users += [RemoteUser(u["id"], u.get("userPrincipalName", "")) for u in data.get("value", [])]
            url = data.get("@odata.nextLink")
        return users

    async def license_options(self) -> list[LicenseOption]:
        skus = (await self.api.get(f"{self.graph}/subscribedSkus")).json().get("value", [])
        return [LicenseOption(s["skuId"], SKU_NAMES.get(s.get("skuPartNumber", ""), s.get("skuPartNumber", s["skuId"])),
                              int(s.get("prepaidUnits", {}).get("enabled", 0)) - int(s.get("consumedUnits", 0)))
                for s in skus if s.get("capabilityStatus", "Enabled") == "Enabled"]
