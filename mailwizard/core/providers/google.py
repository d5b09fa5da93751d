"""Google Workspace through its Admin SDK Directory API and the Site Verification API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession
from mailwizard.core.providers.base import (
    Account,
    AlreadyExists,
    AuthExpired,
    DomainStatus,
    InvalidRequest,
    LicenseOption,
    NewAccount,
    NotFound,
    PermissionDenied,
    ProviderError,
    RemoteUser,
    VerificationFailed,
)
from mailwizard.core.providers.http import Retry, RetryPolicy, provider_api, retry_after
from mailwizard.core.providers.service_account import ServiceAccountSession

# Requests per second this app allows itself (Directory API: 2,400 queries/min per user).
DEFAULT_RATE = 40.0
SCOPES = (
    "openid", "email",
    "https://www.googleapis.com/auth/admin.directory.user",
    "https://www.googleapis.com/auth/admin.directory.domain",
    "https://www.googleapis.com/auth/admin.directory.customer.readonly",
    "https://www.googleapis.com/auth/siteverification",
)
_THROTTLED = {"userRateLimitExceeded", "rateLimitExceeded", "quotaExceeded", "backendError"}


@dataclass(frozen=True)
class GoogleEndpoints:
    oauth: OAuthEndpoints
    userinfo: str
    directory: str
    site_verification: str

    @classmethod
    def real(cls) -> GoogleEndpoints:
        return cls.at(None)

    @classmethod
    def at(cls, base: str | None) -> GoogleEndpoints:
        """``base``: a loopback fake's URL (tests); None: Google's own hosts."""
        accounts = base or "https://accounts.google.com"
        oauth2 = base or "https://oauth2.googleapis.com"
        apis = base or "https://www.googleapis.com"
        admin = base or "https://admin.googleapis.com"
        return cls(
            OAuthEndpoints(f"{accounts}/o/oauth2/v2/auth", f"{oauth2}/token", f"{oauth2}/revoke", SCOPES,
                           (("access_type", "offline"), ("prompt", "consent"))),
            f"{apis}/oauth2/v3/userinfo", f"{admin}/admin/directory/v1", f"{apis}/siteVerification/v1")


def _reasons(response: httpx.Response) -> tuple[set[str], str]:
    try:
        error = response.json().get("error", {})
    except ValueError:
        return set(), ""
    if not isinstance(error, dict):
        return {str(error)}, ""
    return {e.get("reason", "") for e in error.get("errors", []) if isinstance(e, dict)}, str(error.get("message", ""))


def classify(response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    reasons, message = _reasons(response)
    if status in (403, 429) and (reasons & _THROTTLED or status == 429):
        raise Retry(retry_after(response))
    if status >= 500:
        raise Retry(retry_after(response))
    if status == 401:
        raise AuthExpired()
    if status == 403:
        needed = "scopes" if "insufficientPermissions" in reasons else "admin"
        raise PermissionDenied(needed=needed)
    if status == 404:
        raise NotFound()
    if status == 409:
        raise AlreadyExists(what="")
    if status == 400:
        raise InvalidRequest(detail=message[:200])
    raise ProviderError()


class GoogleProvider:
    id = "google"

    def __init__(self, session: TokenSession | ServiceAccountSession, endpoints: GoogleEndpoints, *,
                 http: httpx.AsyncClient | None = None,
                 policy: RetryPolicy | None = None, sleep=None, rate: float | None = DEFAULT_RATE) -> None:
        self.session, self.endpoints = session, endpoints
        self.http, self.api = provider_api(session, classify, http=http, policy=policy, sleep=sleep, rate=rate)

    async def close(self) -> None:
        await self.http.aclose()

    async def whoami(self) -> Account:
        email = getattr(self.session, "account_email", None)  # a service account knows whom it acts as
        if email is None:
            email = (await self.api.get(self.endpoints.userinfo)).json().get("email", "")
        customer = (await self.api.get(f"{self.endpoints.directory}/customers/my_customer")).json()
        return Account(email, customer.get("customerDomain", ""), customer.get("id", ""))

    async def _domain(self, domain: str) -> DomainStatus:
        data = (await self.api.get(f"{self.endpoints.directory}/customer/my_customer/domains/{quote(domain)}")).json()
        return DomainStatus(domain, bool(data.get("verified")))

    async def add_domain(self, domain: str) -> DomainStatus:
        try:
            data = (await self.api.post(f"{self.endpoints.directory}/customer/my_customer/domains",
                                        json={"domainName": domain})).json()
        except AlreadyExists:
            return await self._domain(domain)  # added before: not an error
        return DomainStatus(domain, bool(data.get("verified")))

    def _site(self, domain: str) -> dict[str, str]:
        return {"type": "INET_DOMAIN", "identifier": domain}

    async def verification_value(self, domain: str) -> str:
        data = (await self.api.post(f"{self.endpoints.site_verification}/token",
                                    json={"site": self._site(domain), "verificationMethod": "DNS_TXT"})).json()
        return str(data.get("token", "")).removeprefix("google-site-verification=")

    async def verify_domain(self, domain: str) -> DomainStatus:
        try:
            await self.api.post(f"{self.endpoints.site_verification}/webResource",
                                params={"verificationMethod": "DNS_TXT"}, json={"site": self._site(domain)})
        except InvalidRequest:
            raise VerificationFailed(domain=domain) from None
        return await self._domain(domain)

    async def tenant_values(self, domain: str) -> dict[str, str]:
        return {}  # Google's MX and SPF are the same for every tenant; DKIM is generated in the console

    async def find_user(self, address: str) -> RemoteUser | None:
        try:
            data = (await self.api.get(f"{self.endpoints.directory}/users/{quote(address)}")).json()
        except NotFound:
            return None
        return RemoteUser(data["id"], data["primaryEmail"])

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        body = {
            "primaryEmail": account.address,
            "name": {"givenName": account.given_name or account.display_name,
                     "familyName": account.family_name or account.display_name},
            "password": account.password,
            "changePasswordAtNextLogin": account.force_change,
            "orgUnitPath": "/",
        }
        data = (await self.api.post(f"{self.endpoints.directory}/users", json=body)).json()
        return RemoteUser(data["id"], data["primaryEmail"])

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None) -> None:
        return None  # Google assigns the subscription's license by itself

    async def list_users(self) -> list[RemoteUser]:
        users: list[RemoteUser] = []
        params: dict[str, Any] = {"customer": "my_customer", "maxResults": 500}
        while True:
            data = (await self.api.get(f"{self.endpoints.directory}/users", params=params)).json()
            users += [RemoteUser(u["id"], u["primaryEmail"]) for u in data.get("users", [])]
            if not data.get("nextPageToken"):
                return users
            params["pageToken"] = data["nextPageToken"]

    async def license_options(self) -> list[LicenseOption]:
        return []
