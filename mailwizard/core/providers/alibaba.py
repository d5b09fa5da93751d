"""Alibaba Mail (阿里邮箱) through its open platform admin API (API 开放平台), signed in with the app's own
ID and secret (OAuth 2.0 client_credentials) — no admin, no browser.

What this module relies on, and where it comes from:

- Sites: each account is opened at one site and its apps work only at that site's host ("请根据购买的邮箱版本
  选择对应的API访问地址"): the China site ``alimail-cn.aliyuncs.com`` (standard and AI editions; the 国产化
  edition's ``mail-open.xc.aliyun.com`` is not offered here) — https://help.aliyun.com/zh/document_detail/3022213.html;
  the international sites Singapore ``alimail-sg``, Hong Kong (China) ``alimail-hk``, Germany ``alimail-de`` and
  the United States ``alimail-us`` (``.aliyuncs.com``), each with the same ``/oauth2/v2.0/token`` and ``/v2/…``
  paths — https://www.alibabacloud.com/help/zh/alibaba-mail/latest/api-access-server-address (the English
  https://www.alibabacloud.com/help/en/alibaba-mail/latest/open-api-platform says to "switch to the
  corresponding Host address according to different sites").
- Token: ``POST https://<site host>/oauth2/v2.0/token``, form ``grant_type=client_credentials``,
  ``client_id``, ``client_secret`` → ``{"token_type", "access_token", "expires_in"}``; API calls carry
  ``Authorization: bearer <token>``.
  https://help.aliyun.com/document_detail/2855420.html (API开放平台代码示例:获取访问凭证, which points to
  https://mailhelp.aliyun.com/openapi/index.html#/markdown/authorization.md);
  github.com/eryajf/go-alimail alimail/client.go, alimail/common.go.
- Users: ``POST /v2/users`` with ``email``, ``password``, ``name``, ``departmentIds``, ``jobTitle``, ``phone``,
  ``employeeNo``, ``forceChangePasswordNextSignIn``… → the user (``id``, ``email``, …);
  ``GET /v2/users/{id or email}``. github.com/eryajf/go-alimail alimail/user.go.
- Departments: ``GET /v2/departments/{id}/departments?offset=&limit=`` → ``{"departments", "total"}``,
  ``GET /v2/departments/{id}/users?offset=&limit=`` → ``{"users"}`` (limit at most 100), ``POST /v2/departments``
  ``{"name", "parentId"}``; the root department's id is ``$root``.
  github.com/eryajf/go-alimail alimail/department.go; cratos (baiyi) AlimailService.java citing
  https://mailhelp.aliyun.com/openapi/index.html#/operations/alimailpb_ud_DepartmentService_ListUsersOfDepartment;
  https://glama.ai/mcp/servers/mfc-open/alimail-admin-mcp/tools/list_sub_departments (offset/limit, max 100).
- Domains: ``GET /v2/domains/{domain}`` → ``{"domain", "isVerified", "isMxVerified", …}``; organisation:
  ``GET /v2/organization/$current`` → ``{"id", "name", "domain", …}``.
  github.com/eryajf/go-alimail alimail/domain.go, alimail/organization.go.
- Rate: all apps of one mail domain together may make at most 40 calls per second; the free edition has no
  open platform at all. https://glama.ai/mcp/servers/mfc-open/alimail-admin-mcp (README), and go-alimail's
  global 40/s limiter (alimail/client.go).

Not confirmed from a source (the admin API reference pages were not reachable):
- the exact error bodies and codes (unconfirmed): taken to be JSON ``{"code", "message", "requestId"}`` with the
  HTTP status saying what kind of error. A third-party client (yaerp's mail service) reads ``message`` and
  ``detailErrorCode``, or OAuth's ``error``/``error_description``; ``_error`` takes ``code`` or ``error``.
- the token endpoint's answer to a wrong secret, or to the ID and secret of an app of another site
  (unconfirmed): taken to be OAuth's 401 ``{"error": "invalid_client"}``.
- "user exists": 409 is what go-alimail's user.go lists for ``POST /v2/users``; the body's code is unconfirmed.
- whether ``departmentIds`` is required on ``POST /v2/users`` (unconfirmed): go-alimail always sends the key
  (``null`` when empty); this module leaves it out for the root department.
- the organisation-wide cursor-paged user listing (``size``/``cursor``/``nextCursor``, mentioned by
  alimail-admin-mcp without its path) — so ``list_users`` walks the department tree, whose endpoints are
  confirmed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from mailwizard.core.activation import ActivationReport
from mailwizard.core.providers.app_token import AppTokenSession
from mailwizard.core.providers.base import (
    Account,
    AlreadyExists,
    AmbiguousOutcome,
    DomainStatus,
    InvalidRequest,
    LicenseOption,
    NewAccount,
    NotFound,
    PermissionDenied,
    ProviderError,
    RateLimited,
    RemoteUser,
    RoleUnsupported,
    Seats,
    SeatsExhausted,
    ServiceUnavailable,
    SignInFailed,
    TeamGroup,
    Unreachable,
    WrongCredentialsOrSite,
    created_at,
)
from mailwizard.core.providers.http import Retry, RetryPolicy, TokenRejected, provider_api, retry_after

# Each site's host (sources in the module docstring); the ids are the profile's ProviderSite ids
# (core/providers/profiles/alibaba.py; tests/unit/test_alibaba_sites.py holds them equal).
CHINA_SITE = "cn"
SITE_HOSTS = {
    CHINA_SITE: "https://alimail-cn.aliyuncs.com",   # help.aliyun.com/zh/document_detail/3022213.html
    "sg": "https://alimail-sg.aliyuncs.com",         # alibabacloud.com/help/zh/alibaba-mail/latest/
    "hk": "https://alimail-hk.aliyuncs.com",         # api-access-server-address (all four)
    "de": "https://alimail-de.aliyuncs.com",
    "us": "https://alimail-us.aliyuncs.com",
}
API_HOST = SITE_HOSTS[CHINA_SITE]
ROOT_DEPARTMENT = "$root"
PAGE_SIZE = 100                 # the largest page the list calls accept
DOMAIN_RATE_LIMIT = 40.0        # calls per second, shared by every app of the mail domain
# The limit is shared with the organisation's other apps (an HR sync, an MCP server…): leave them a quarter.
DEFAULT_RATE = 30.0
PERMISSIONS_NEEDED = "Alibaba Mail API app permissions: users, departments, organisation and domains (read/write)"
PERMISSIONS_HOW = "Alibaba Mail admin console → 高级应用 → API 开放平台 → this app → 权限"

# Codes that mean "this access token is no good" whatever the status (inferred names; 401 is the main signal).
_TOKEN_CODES = frozenset({"InvalidToken", "TokenExpired", "ExpiredToken", "InvalidAccessToken", "Unauthorized"})
# Every account bought in use: the API's answer is not published (unconfirmed); taken to be a 400 or 403 with a
# code naming the account quota. The organisation (GET /v2/organization/$current: id, name, introduction, telephone,
# address, preferredLanguage, domain, createdTime — go-alimail alimail/organization.go) reports no number bought,
# so only the accounts are counted.
_SEATS_CODES = frozenset({"AccountQuotaExceeded", "UserQuotaExceeded", "AccountLimitExceeded", "UserLimitExceeded",
                          "AccountNumberExceeded"})
_EXISTS_CODES = frozenset({"AlreadyExists", "UserAlreadyExists", "EmailAlreadyExists", "DuplicateEmail",
                           "DepartmentAlreadyExists"})


@dataclass(frozen=True)
class AlibabaEndpoints:
    token_url: str
    api: str
    site: str = CHINA_SITE

    @classmethod
    def at(cls, base: str | None = None, site: str = CHINA_SITE) -> AlibabaEndpoints:
        """``site``: where the account was opened (a ``SITE_HOSTS`` key); ``base``: a loopback fake's URL standing
        in for that site (tests, practice mode); None: the site's own host."""
        if site not in SITE_HOSTS:
            raise ValueError(f"unknown Alibaba Mail site {site!r}")
        host = (base or SITE_HOSTS[site]).rstrip("/")
        return cls(f"{host}/oauth2/v2.0/token", f"{host}/v2", site)


def _error(response: httpx.Response) -> tuple[str, str]:
    try:
        data = response.json()
    except ValueError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    return str(data.get("code") or data.get("error") or ""), str(data.get("message") or "")


def classify(response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    code, message = _error(response)
    if status == 429 or status >= 500:
        raise Retry(retry_after(response))
    if status == 401 or code in _TOKEN_CODES:
        raise TokenRejected()
    if code in _SEATS_CODES:
        raise SeatsExhausted()
    if status == 403:
        raise PermissionDenied(needed=PERMISSIONS_NEEDED, how=PERMISSIONS_HOW)
    if status == 404:
        raise NotFound()
    if status == 409 or code in _EXISTS_CODES or "already exist" in message.lower():
        raise AlreadyExists(what="")
    if status == 400:
        raise InvalidRequest(detail=message[:200])
    raise ProviderError()


async def fetch_token(http: httpx.AsyncClient, endpoints: AlibabaEndpoints, app_id: str,
                      secret: str) -> tuple[str, float]:
    """A new access token and its lifetime in seconds, for ``AppTokenSession``.

    A refused ID or secret raises ``WrongCredentialsOrSite`` (a ``WrongCredentials``) with reason
    "invalid_client": an app of another site is refused the same way (unconfirmed), so the admin is asked to
    check the site too."""
    form = {"grant_type": "client_credentials", "client_id": app_id, "client_secret": secret}
    try:
        response = await http.post(endpoints.token_url, data=form)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise Unreachable(host=httpx.URL(endpoints.token_url).host or "") from exc
    except httpx.TransportError as exc:
        raise ServiceUnavailable() from exc
    if response.status_code == 429:
        raise RateLimited(retry_after=str(retry_after(response) or ""))
    if response.status_code >= 500:
        raise ServiceUnavailable()
    try:
        data = response.json()
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    if response.status_code >= 400 or not data.get("access_token"):
        error = str(data.get("error") or data.get("code") or "")
        # A wrong ID or secret is what the admin can fix: say so; anything else names the server's own code.
        if response.status_code == 401 or error in ("invalid_client", "unauthorized_client", ""):
            raise WrongCredentialsOrSite(reason="invalid_client")
        raise SignInFailed(reason=error[:60])
    try:
        lifetime = float(data.get("expires_in") or 3600)
    except (TypeError, ValueError):
        lifetime = 3600.0
    return str(data["access_token"]), lifetime


class AlibabaProvider:
    id = "alibaba"
    domain_api = False  # as its profile says (tests/unit/test_provider_profile.py holds them equal)

    def __init__(self, app_id: str, secret: str, endpoints: AlibabaEndpoints, *,
                 http: httpx.AsyncClient | None = None, policy: RetryPolicy | None = None, sleep=None,
                 rate: float | None = DEFAULT_RATE) -> None:
        from mailwizard.core.network import http_options

        self.app_id, self.endpoints = app_id, endpoints
        client = http or httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), **http_options())

        async def fetch() -> tuple[str, float]:
            # a closure, not an attribute or partial: the secret never shows in a repr or vars()
            return await fetch_token(client, endpoints, app_id, secret)

        self.session = AppTokenSession(fetch)
        self.http, self.api = provider_api(self.session, classify, http=client, policy=policy, sleep=sleep,
                                           rate=rate)
        self._departments: dict[str, str] | None = None   # top-level department name → id
        self._department_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"AlibabaProvider(app_id={self.app_id!r}, site={self.endpoints.site!r}, api={self.endpoints.api!r})"

    async def close(self) -> None:
        await self.http.aclose()

    @property
    def base(self) -> str:
        return self.endpoints.api

    async def whoami(self) -> Account:
        """The organisation the app belongs to; getting it proves the ID and secret work."""
        org = (await self.api.get(f"{self.base}/organization/$current")).json()
        return Account(self.app_id, str(org.get("name", "")), str(org.get("id", "")))

    async def _domain(self, domain: str) -> DomainStatus:
        data = (await self.api.get(f"{self.base}/domains/{quote(domain, safe='')}")).json()
        return DomainStatus(domain, bool(data.get("isMxVerified")))

    async def add_domain(self, domain: str) -> DomainStatus:
        """Only reads: the domain must have been added in the console (NotFound otherwise)."""
        return await self._domain(domain)

    async def verify_domain(self, domain: str) -> DomainStatus:
        """Alibaba checks the MX records by itself; this reads whether it has seen them yet."""
        return await self._domain(domain)

    async def verification_value(self, domain: str) -> str:
        return ""

    async def tenant_values(self, domain: str) -> dict[str, str]:
        return {}

    async def find_user(self, address: str) -> RemoteUser | None:
        try:
            data = (await self.api.get(f"{self.base}/users/{quote(address, safe='@')}")).json()
        except NotFound:
            return None
        # createdTime (创建时间): github.com/eryajf/go-alimail alimail/user.go's User (a time.Time, so RFC 3339);
        # not in a page of Alibaba's own reached (unconfirmed): when absent, the journal alone decides
        return RemoteUser(str(data["id"]), str(data.get("email", address)), created_at(data.get("createdTime")))

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        if account.role != "user" or account.group:
            raise RoleUnsupported()  # before anything is created: the console gives roles and groups here
        body: dict[str, Any] = {
            "email": account.address,
            "password": account.password,
            "name": account.display_name or f"{account.given_name} {account.family_name}".strip(),
            "forceChangePasswordNextSignIn": account.force_change,
        }
        if account.department:
            body["departmentIds"] = [await self.department_id(account.department)]
        optional = {"jobTitle": account.job_title, "phone": account.phone}
        body.update({k: v for k, v in optional.items() if v})
        try:
            data = (await self.api.post(f"{self.base}/users", json=body)).json()
        except AlreadyExists:
            raise AlreadyExists(what=account.address) from None
        return RemoteUser(str(data["id"]), str(data.get("email", account.address)))

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None,
                          role: str = "user", group: str = "", *, usage_location: str = "") -> None:
        """Nothing to finish: an Alibaba Mail account is a mailbox as soon as it exists (no licenses)."""

    # --- departments ----------------------------------------------------------------------
    async def _pages(self, url: str, key: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        offset, seen = 0, set()
        while True:
            data = (await self.api.get(url, params={"offset": offset, "limit": PAGE_SIZE})).json()
            page = data.get(key) or []
            ids = {str(i.get("id")) for i in page if isinstance(i, dict)}
            if ids and ids <= seen:  # the offset not followed: the same page again would never end
                raise ServiceUnavailable(detail="the same page came back")
            seen |= ids
            items += page
            offset += len(page)
            total = data.get("total")
            if len(page) < PAGE_SIZE or (isinstance(total, int) and offset >= total):
                return items

    async def _load_departments(self) -> dict[str, str]:
        children = await self._pages(f"{self.base}/departments/{ROOT_DEPARTMENT}/departments", "departments")
        return {str(d.get("name", "")): str(d["id"]) for d in children}

    async def departments(self) -> dict[str, str]:
        """Top-level department name → id, as the console shows them."""
        return await self._load_departments()

    async def department_id(self, name: str) -> str:
        """The id of the top-level department called ``name``, created the first time it is needed.

        One lock: a bulk run creates many members of one new department at once, and it must be created once."""
        async with self._department_lock:
            if self._departments is None:
                self._departments = await self._load_departments()
            if name in self._departments:
                return self._departments[name]
            body = {"name": name, "parentId": ROOT_DEPARTMENT}
            for _ in range(3):
                try:
                    created = (await self.api.post(f"{self.base}/departments", json=body)).json()
                except (AmbiguousOutcome, AlreadyExists):
                    # sent and maybe done, or made by someone else meanwhile: look before creating again
                    self._departments = await self._load_departments()
                    if name in self._departments:
                        return self._departments[name]
                    continue
                self._departments[name] = str(created["id"])
                return self._departments[name]
            raise AmbiguousOutcome()

    async def list_users(self) -> list[RemoteUser]:
        """Every account, department by department from the root (a member of two departments counts once)."""
        users: dict[str, RemoteUser] = {}
        queue, seen = [ROOT_DEPARTMENT], set()
        while queue:
            department = queue.pop(0)
            if department in seen:
                continue
            seen.add(department)
            path = f"{self.base}/departments/{quote(department, safe='$')}"
            for u in await self._pages(f"{path}/users", "users"):
                users.setdefault(str(u["id"]), RemoteUser(str(u["id"]), str(u.get("email", ""))))
            queue += [str(d["id"]) for d in await self._pages(f"{path}/departments", "departments")]
        return list(users.values())

    async def list_groups(self) -> list[TeamGroup]:
        return []  # team groups are managed in the console

    async def activation(self, addresses: list[str], baselines: dict | None = None) -> ActivationReport:
        """Each account's ``lastLoginTime``/``lastLoginTime4StandardProtocol`` and ``isInitialPassword``, as the
        review reads them (go-alimail alimail/user.go, a client of the API: (unconfirmed) against Alibaba's own
        reference): core/providers/alibaba_activation.py."""
        from mailwizard.core.providers.alibaba_activation import read_activation

        return await read_activation(self, addresses)

    async def set_password(self, address: str, password: str) -> None:
        """A reminder's new temporary password the member must change at the next sign-in: ``/v2/users/{id or
        email}/resetPassword`` ``{"password", "forceChangePasswordNextSignIn"}`` (go-alimail alimail/user.go
        ResetUserPasswordReq; it sends this with DELETE, which reads as a slip: POST here, unconfirmed). Sent once."""
        body = {"password": password, "forceChangePasswordNextSignIn": True}
        await self.api.post(f"{self.base}/users/{quote(address, safe='@')}/resetPassword", json=body, once=True)

    async def license_options(self) -> list[LicenseOption]:
        return []

    async def seats(self, license_sku: str | None = None) -> Seats | None:
        """The accounts (the department tree's users); the number bought is the console's (see _SEATS_CODES)."""
        return Seats(None, len(await self.list_users()), "departments/{id}/users")
