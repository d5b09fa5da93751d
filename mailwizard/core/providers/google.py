"""Google Workspace through its Admin SDK Directory API and the Site Verification API."""

from __future__ import annotations

import asyncio
import base64
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
    AuthExpired,
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
    SendingLimitReached,
    TeamGroup,
    VerificationFailed,
    created_at,
)
from mailwizard.core.providers.http import Retry, RetryPolicy, provider_api, retry_after
from mailwizard.core.providers.service_account import ServiceAccountSession

# Requests per second this app allows itself (Directory API: 2,400 queries/min per user).
DEFAULT_RATE = 40.0
ROLE_SCOPE = "https://www.googleapis.com/auth/admin.directory.rolemanagement"  # roles.list, roleAssignments.insert
GROUP_SCOPE = "https://www.googleapis.com/auth/admin.directory.group"  # groups.list, groups.get, members.insert
# users.messages.send (developers.google.com/gmail/api/reference/rest/v1/users.messages/send): the narrowest of the
# scopes it accepts. A service account acts as its subject: this scope must be in its domain-wide delegation too.
GMAIL_SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send"
# The account review's mailbox use (Reports API userUsageReport, core/providers/google_review.py); without it the
# review says "not reported". A service account does not ask for it with the others (profiles/google.py).
REPORTS_SCOPE = "https://www.googleapis.com/auth/admin.reports.usage.readonly"
# Shared addresses (core/providers/google_shared.py): who may mail a group, in the Groups Settings API. A service
# account asks for it on its own, like the reports scope (profiles/google.py).
GROUPS_SETTINGS_SCOPE = "https://www.googleapis.com/auth/apps.groups.settings"
SCOPES = (
    "openid", "email",
    "https://www.googleapis.com/auth/admin.directory.user",
    "https://www.googleapis.com/auth/admin.directory.domain",
    "https://www.googleapis.com/auth/admin.directory.customer.readonly",
    "https://www.googleapis.com/auth/siteverification",
    ROLE_SCOPE,
    GROUP_SCOPE,
    GMAIL_SEND_SCOPE,
    REPORTS_SCOPE,
    GROUPS_SETTINGS_SCOPE,
)
# The prebuilt "User Management Admin" role for the "user_admin" preset: found by its roleName in roles.list
# (developers.google.com/admin-sdk/directory/reference/rest/v1/roles/list; the roleId differs per customer),
# given with roleAssignments.insert (developers.google.com/admin-sdk/directory/v1/reference/roleAssignments/insert,
# body: developers.google.com/admin-sdk/directory/v1/reference/roleAssignments). Both need ROLE_SCOPE.
USER_MANAGEMENT_ADMIN_ROLE = "_USER_MANAGEMENT_ADMIN_ROLE"
ROLES = {"user": None, "user_admin": USER_MANAGEMENT_ADMIN_ROLE}  # preset → prebuilt roleName
_ASSIGN_ATTEMPTS = 3
# Team groups are Google Groups (a group's shared drive, calendar and files are shared with its members):
# - groups.list: GET {directory}/groups?customer=my_customer, maxResults at most 200, answers {"groups": [...],
#   "nextPageToken"} (developers.google.com/admin-sdk/directory/reference/rest/v1/groups/list); each Group has
#   id, email, name (developers.google.com/admin-sdk/directory/reference/rest/v1/groups).
# - members.insert: POST {directory}/groups/{groupKey}/members with a Member {"email", "role": "MEMBER"}; groupKey
#   may be the group's address, alias or unique id (developers.google.com/admin-sdk/directory/reference/rest/v1/
#   members/insert). Scopes: admin.directory.group (or .group.member for members alone).
# - A member added before answers 409 "Member already exists." reason "duplicate" (as reported in
#   github.com/lithnet/googleapps-managementagent/issues/9 and github.com/DeviaVir/terraform-provider-gsuite/pull/38).
# - An unknown group answers 404 "Resource Not Found: groupKey" (inferred, as for users' userKey).
GROUPS_PAGE = 200
_JOIN_ATTEMPTS = 3
_THROTTLED = {"userRateLimitExceeded", "rateLimitExceeded", "quotaExceeded", "backendError"}
# Sending through the Gmail API (developers.google.com/gmail/api/reference/rest/v1/users.messages/send):
# POST {gmail}/users/me/messages/send with a Message {"raw": base64url of the RFC 2822 message}; answers the Message
# ({"id", "threadId", "labelIds"}). Limits: 100 quota units per send against 15,000 per user per minute
# (developers.google.com/gmail/api/reference/quota), and the mailbox's daily sending limit
# (support.google.com/a/answer/166852). Past the daily limit Gmail answers 429 "User-rate limit exceeded" with
# "(Mail sending)" and may go on doing so for hours (developers.google.com/gmail/api/guides/handle-errors): not
# something to wait for inside a run. 403 insufficientPermissions: the grant lacks GMAIL_SEND_SCOPE. 400
# failedPrecondition "Mail service not enabled": the admin has no Gmail (as reported by users of the API;
# unconfirmed in Google's reference).
_MAIL_SENDING = "mail sending"
_NO_GMAIL = "mail service not enabled"
# Seats. A customer's own admin has no API that says how many licences were bought: the Reseller API's
# subscriptions (seats.numberOfSeats / licensedNumberOfSeats, developers.google.com/admin-sdk/reseller/reference/
# rest/v1/subscriptions) answer resellers only, and the Enterprise License Manager API lists assignments, not the
# number bought (developers.google.com/admin-sdk/licensing/reference/rest/v1/licenseAssignments); Flexible plans
# have no fixed number at all. So only the accounts are counted (users.list), and the limit is met when
# users.insert refuses: 412 reason "limitExceeded", "Domain user limit reached. …" (as reported by admins' GAM and
# API logs on GitHub, e.g. "Domain user limit reached. Start paid subscription. (412 limitExceeded)"; not in
# Google's reference: unconfirmed). Nothing is created by a refused insert.
_SEATS_FULL = "limitExceeded"


@dataclass(frozen=True)
class GoogleEndpoints:
    oauth: OAuthEndpoints
    userinfo: str
    directory: str
    site_verification: str
    gmail: str = "https://gmail.googleapis.com/gmail/v1"
    groups_settings: str = "https://www.googleapis.com/groups/v1/groups"  # the Groups Settings API (google_shared.py)

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
        gmail = base or "https://gmail.googleapis.com"
        return cls(
            OAuthEndpoints(f"{accounts}/o/oauth2/v2/auth", f"{oauth2}/token", f"{oauth2}/revoke", SCOPES,
                           (("access_type", "offline"), ("prompt", "consent"))),
            f"{apis}/oauth2/v3/userinfo", f"{admin}/admin/directory/v1", f"{apis}/siteVerification/v1",
            f"{gmail}/gmail/v1", f"{apis}/groups/v1/groups")


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
    if status == 412 and _SEATS_FULL in reasons:
        raise SeatsExhausted()
    if status == 400:
        raise InvalidRequest(detail=message[:200])
    raise ProviderError()


def _classify_send(response: httpx.Response) -> None:
    """Gmail's answers to a send: the daily sending limit is not a "slow down" to wait out."""
    if response.status_code == 429 and _MAIL_SENDING in _reasons(response)[1].lower():
        raise SendingLimitReached()
    classify(response)


class GoogleProvider:
    id = "google"
    domain_api = True  # as its profile says (tests/unit/test_provider_profile.py holds them equal)

    def __init__(self, session: TokenSession | ServiceAccountSession, endpoints: GoogleEndpoints, *,
                 http: httpx.AsyncClient | None = None,
                 policy: RetryPolicy | None = None, sleep=None, rate: float | None = DEFAULT_RATE) -> None:
        self.session, self.endpoints = session, endpoints
        self.http, self.api = provider_api(session, classify, http=http, policy=policy, sleep=sleep, rate=rate)
        self._role_ids: dict[str, str] = {}   # roleName → roleId, looked up once per connection
        self._role_lock = asyncio.Lock()
        self._groups_seen: set[str] = set()   # team groups found with groups.get on this connection
        self._group_lock = asyncio.Lock()

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
        # creationTime: "The time the user's account was created", ISO 8601, output only
        # (https://developers.google.com/workspace/admin/directory/reference/rest/v1/users)
        return RemoteUser(data["id"], data["primaryEmail"], created_at(data.get("creationTime")))

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        body = {
            "primaryEmail": account.address,
            "name": {"givenName": account.given_name or account.display_name,
                     "familyName": account.family_name or account.display_name},
            "password": account.password,
            "changePasswordAtNextLogin": account.force_change,
            "orgUnitPath": "/",
        }
        if account.role not in ROLES:
            raise RoleUnsupported()
        # a missing permission, or a team group that is gone, shows before anything is created
        if ROLES[account.role]:
            await self._role_id(ROLES[account.role])
        if account.group:
            await self._check_group(account.group)
        data = (await self.api.post(f"{self.endpoints.directory}/users", json=body)).json()
        user = RemoteUser(data["id"], data["primaryEmail"])
        await self.finish_user(user, license_sku, account.role, account.group)
        return user

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None, role: str = "user",
                          group: str = "", *, usage_location: str = "") -> None:
        """Google assigns the subscription's license by itself; an admin preset is a role assignment, a team
        preset a membership of the chosen group. Doing it again changes nothing."""
        if role not in ROLES:
            raise RoleUnsupported()
        if ROLES[role]:
            await self._assign_role(user, ROLES[role])
        if group:
            await self._join(user, group)

    # --- team groups -------------------------------------------------------------------------------------
    async def list_groups(self) -> list[TeamGroup]:
        groups: list[TeamGroup] = []
        params: dict[str, Any] = {"customer": "my_customer", "maxResults": GROUPS_PAGE}
        while True:
            try:
                data = (await self.api.get(f"{self.endpoints.directory}/groups", params=params)).json()
            except PermissionDenied as exc:
                raise self._group_permission(exc) from None
            groups += [TeamGroup(str(g["id"]), str(g.get("name") or g.get("email", "")), str(g.get("email", "")))
                       for g in data.get("groups", [])]
            if not data.get("nextPageToken"):
                return groups
            params["pageToken"] = data["nextPageToken"]

    async def _check_group(self, group: str) -> None:
        """groups.get, once per group and connection: the group exists and we may manage it."""
        async with self._group_lock:
            if group in self._groups_seen:
                return
            try:
                await self.api.get(f"{self.endpoints.directory}/groups/{quote(group, safe='')}")
            except NotFound:
                raise NotFound(group=group) from None
            except PermissionDenied as exc:
                raise self._group_permission(exc) from None
            self._groups_seen.add(group)

    async def _join(self, user: RemoteUser, group: str) -> None:
        """members.insert; idempotent: a member added before (by an earlier run, or by the request whose answer
        was lost) answers 409 duplicate, which is success here."""
        url = f"{self.endpoints.directory}/groups/{quote(group, safe='')}/members"
        try:
            await self.api.post_idempotent(url, json={"email": user.address, "role": "MEMBER"},
                                           attempts=_JOIN_ATTEMPTS)
        except NotFound:
            raise NotFound(group=group) from None  # the group was deleted: the office picks another
        except PermissionDenied as exc:
            raise self._group_permission(exc) from None

    @staticmethod
    def _group_permission(exc: PermissionDenied) -> PermissionDenied:
        needed = GROUP_SCOPE if exc.params.get("needed") == "scopes" else "groups admin"
        return PermissionDenied(needed=needed)

    async def _role_id(self, role_name: str) -> str:
        async with self._role_lock:  # many accounts at once: one lookup
            if role_name not in self._role_ids:
                self._role_ids[role_name] = await self._find_role(role_name)
            return self._role_ids[role_name]

    async def _find_role(self, role_name: str) -> str:
        params: dict[str, Any] = {"maxResults": 100}
        url = f"{self.endpoints.directory}/customer/my_customer/roles"
        while True:
            try:
                data = (await self.api.get(url, params=params)).json()
            except PermissionDenied as exc:
                raise self._role_permission(exc) from None
            for role in data.get("items", []):
                if role.get("roleName") == role_name:
                    return str(role["roleId"])
            if not data.get("nextPageToken"):
                raise RoleUnsupported()  # a prebuilt role this customer does not have: the console can help
            params["pageToken"] = data["nextPageToken"]

    async def _assign_role(self, user: RemoteUser, role_name: str) -> None:
        """Idempotent: an assignment that exists already answers 409 duplicate, which is success here."""
        body = {"roleId": await self._role_id(role_name), "assignedTo": user.id, "scopeType": "CUSTOMER"}
        url = f"{self.endpoints.directory}/customer/my_customer/roleassignments"
        try:
            await self.api.post_idempotent(url, json=body, attempts=_ASSIGN_ATTEMPTS)
        except PermissionDenied as exc:
            raise self._role_permission(exc) from None

    @staticmethod
    def _role_permission(exc: PermissionDenied) -> PermissionDenied:
        needed = ROLE_SCOPE if exc.params.get("needed") == "scopes" else "super administrator"
        return PermissionDenied(needed=needed)

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

    async def activation(self, addresses: list[str], baselines: dict | None = None) -> ActivationReport:
        from mailwizard.core.providers.google_activation import read_activation

        return await read_activation(self, addresses)

    async def set_password(self, address: str, password: str) -> None:
        from mailwizard.core.providers.google_activation import set_password

        await set_password(self, address, password)

    async def send_mail(self, message: EmailMessage) -> None:
        """users.messages.send from the signed-in admin's mailbox (a service account: from its subject's)."""
        raw = base64.urlsafe_b64encode(message.as_bytes()).decode("ascii")
        try:
            await self.api.post(f"{self.endpoints.gmail}/users/me/messages/send", json={"raw": raw}, once=True,
                                classify=_classify_send)
        except PermissionDenied:
            raise PermissionDenied(needed=GMAIL_SEND_SCOPE) from None
        except InvalidRequest as exc:
            if _NO_GMAIL in exc.params.get("detail", "").lower():
                raise NoMailbox(address=str(getattr(self.session, "account_email", "") or "")) from None
            raise

    async def seats(self, license_sku: str | None = None) -> Seats | None:
        """The accounts (users.list); how many were bought the API does not tell a customer (see _SEATS_FULL)."""
        return Seats(None, len(await self.list_users()), "users.list")
