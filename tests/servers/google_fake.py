"""A loopback fake of Google's OAuth 2.0 (installed app, PKCE), Admin SDK Directory, Site Verification and Gmail
(users.messages.send) APIs.

    google = GoogleFake(primary_domain="example-corp.com", dns_txt=lambda d: resolver.txt(d)).start()
    auth_url = google.base_url + "/o/oauth2/v2/auth"       # token: base_url + "/token"
    google.inject(GoogleFake.rate_limit_response(times=2))  # next two user creations answer 403 userRateLimitExceeded
    assert google.users["ana@example-corp.com"]["name"]["givenName"] == "Ana"
    google.stop()

Shapes follow developers.google.com/identity/protocols/oauth2/native-app,
developers.google.com/admin-sdk/directory/reference/rest/v1/{customers,domains,users,roles,roleAssignments,groups,
members} and
developers.google.com/site-verification/v1/webResource and developers.google.com/gmail/api/reference/rest/v1/
users.messages/send; error bodies are those Google's servers send. Messages
that could not be confirmed against Google's output are marked "(inferred)" beside them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import string
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote, urlencode

from mailwizard.sandbox.fake_http import FakeHttpServer, Fault, Request, Response
from tests.contract import record as record_violation
from tests.contract.google_discovery import check_request as check_google_contract
from tests.servers.gmail_settings_fake import GmailSettingsMixin
from tests.servers.google_shared_fake import SCOPE_GROUPS_SETTINGS, GoogleSharedMixin

DIRECTORY = "/admin/directory/v1"
SITE_VERIFICATION = "/siteVerification/v1"

SCOPE_USER = "https://www.googleapis.com/auth/admin.directory.user"
SCOPE_USER_RO = "https://www.googleapis.com/auth/admin.directory.user.readonly"
SCOPE_DOMAIN = "https://www.googleapis.com/auth/admin.directory.domain"
SCOPE_DOMAIN_RO = "https://www.googleapis.com/auth/admin.directory.domain.readonly"
SCOPE_CUSTOMER = "https://www.googleapis.com/auth/admin.directory.customer"
SCOPE_CUSTOMER_RO = "https://www.googleapis.com/auth/admin.directory.customer.readonly"
SCOPE_SITEVERIFICATION = "https://www.googleapis.com/auth/siteverification"
SCOPE_SITEVERIFICATION_VERIFY = "https://www.googleapis.com/auth/siteverification.verify_only"
SCOPE_ROLEMANAGEMENT = "https://www.googleapis.com/auth/admin.directory.rolemanagement"
SCOPE_ROLEMANAGEMENT_RO = "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly"
SCOPE_GROUP = "https://www.googleapis.com/auth/admin.directory.group"
SCOPE_GROUP_RO = "https://www.googleapis.com/auth/admin.directory.group.readonly"
SCOPE_GROUP_MEMBER = "https://www.googleapis.com/auth/admin.directory.group.member"
SCOPE_GROUP_MEMBER_RO = "https://www.googleapis.com/auth/admin.directory.group.member.readonly"
# users.messages.send accepts any of these (developers.google.com/gmail/api/reference/rest/v1/users.messages/send)
SCOPE_GMAIL_SEND = "https://www.googleapis.com/auth/gmail.send"
GMAIL_SEND_SCOPES = ("https://mail.google.com/", "https://www.googleapis.com/auth/gmail.modify",
                     "https://www.googleapis.com/auth/gmail.compose", SCOPE_GMAIL_SEND,
                     "https://www.googleapis.com/auth/gmail.addons.current.action.compose")
GMAIL_SEND = "/gmail/v1/users/me/messages/send"
# Gmail settings (developers.google.com/workspace/gmail/api/reference/rest/v1/users.settings): reading accepts any
# of these (getAutoForwarding's scopes in gmail.v1.json); updateAutoForwarding wants gmail.settings.sharing and "is
# only available to service account clients that have been delegated domain-wide authority".
GMAIL_SETTINGS_READ_SCOPES = ("https://mail.google.com/", "https://www.googleapis.com/auth/gmail.modify",
                              "https://www.googleapis.com/auth/gmail.readonly",
                              "https://www.googleapis.com/auth/gmail.settings.basic")
SCOPE_GMAIL_SHARING = "https://www.googleapis.com/auth/gmail.settings.sharing"
AUTO_FORWARDING = "/gmail/v1/users/{userId}/settings/autoForwarding"
FILTERS = "/gmail/v1/users/{userId}/settings/filters"     # users.settings.filters; create/delete: settings.basic
SCOPE_GMAIL_BASIC = "https://www.googleapis.com/auth/gmail.settings.basic"
# The Reports API (admin.reports_v1.json): userUsageReport.get, scope admin.reports.usage.readonly
SCOPE_REPORTS_USAGE = "https://www.googleapis.com/auth/admin.reports.usage.readonly"
USER_USAGE = "/admin/reports/v1/usage/users/{userKey}/dates/{date}"
# The accounts parameters the fake reports (developers.google.com/workspace/admin/reports/v1/appendix/usage/user/
# accounts); any other asked for is refused (inferred: the real API's answer to an unknown one is unconfirmed)
USAGE_PARAMETERS = ("accounts:used_quota_in_mb", "accounts:total_quota_in_mb", "accounts:gmail_used_quota_in_mb",
                    "accounts:drive_used_quota_in_mb")
NEVER = "1970-01-01T00:00:00.000Z"  # lastLoginTime of a user who never signed in (see _create_user)
MEMBER_EXISTS = "Member already exists."  # 409, reason "duplicate", as Google answers members.insert for a member

# Some of the prebuilt (isSystemRole) roles every customer has; roleIds differ per customer, these are made up.
# (roleName, roleDescription, isSuperAdminRole)
PREBUILT_ROLES: tuple[tuple[str, str, bool], ...] = (
    ("_SEED_ADMIN_ROLE", "Super Admin", True),
    ("_GROUPS_ADMIN_ROLE", "Groups Administrator", False),
    ("_HELP_DESK_ADMIN_ROLE", "Help Desk Administrator", False),
    ("_SERVICES_ADMIN_ROLE", "Services Administrator", False),
    ("_USER_MANAGEMENT_ADMIN_ROLE", "User Management Administrator", False),
    ("_MOBILE_ADMIN_ROLE", "Mobile Administrator", False),
)

AUTH_ERROR_MESSAGE = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid "
    "authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
)
NOT_AUTHORIZED = "Not Authorized to access this resource/api"
TOKEN_NOT_FOUND = "The necessary verification token could not be found on your site."

AUTH_CODE_LIFETIME = 600.0  # seconds an authorization code can be redeemed
_LOOPBACK_REDIRECT = re.compile(r"^http://(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}(/[^?#]*)?$")
_PKCE_VALUE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
_DOMAIN_NAME = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")

# Every field of the Directory API's User resource; anything else is an "Unknown name" (400). (archivalTime and
# suspensionTime: in the discovery document, admin.directory_v1.json of google-api-python-client 2.202.0.)
_USER_FIELDS = frozenset({
    "addresses", "agreedToTerms", "aliases", "archivalTime", "archived", "changePasswordAtNextLogin", "creationTime",
    "customSchemas", "customerId", "deletionTime", "emails", "etag", "externalIds", "gender", "guestAccountInfo",
    "hashFunction", "id", "includeInGlobalAddressList", "ipWhitelisted", "isAdmin", "isDelegatedAdmin",
    "isEnforcedIn2Sv", "isEnrolledIn2Sv", "isGuestUser", "isMailboxSetup", "ims", "keywords", "kind", "languages",
    "lastLoginTime", "locations", "name", "nonEditableAliases", "notes", "orgUnitPath", "organizations", "password",
    "phones", "posixAccounts", "primaryEmail", "recoveryEmail", "recoveryPhone", "relations", "sshPublicKeys",
    "suspended", "suspensionReason", "suspensionTime", "thumbnailPhotoEtag", "thumbnailPhotoUrl", "websites",
})
_NAME_FIELDS = frozenset({"givenName", "familyName", "fullName", "displayName"})
# (JSON field, proto path used in Google's message, expected Python type, proto type name)
_USER_SCALARS: tuple[tuple[str, str, type, str], ...] = (
    ("primaryEmail", "primary_email", str, "TYPE_STRING"),
    ("password", "password", str, "TYPE_STRING"),
    ("hashFunction", "hash_function", str, "TYPE_STRING"),
    ("changePasswordAtNextLogin", "change_password_at_next_login", bool, "TYPE_BOOL"),
    ("orgUnitPath", "org_unit_path", str, "TYPE_STRING"),
    ("suspended", "suspended", bool, "TYPE_BOOL"),
    ("recoveryEmail", "recovery_email", str, "TYPE_STRING"),
    ("recoveryPhone", "recovery_phone", str, "TYPE_STRING"),
    ("includeInGlobalAddressList", "include_in_global_address_list", bool, "TYPE_BOOL"),
)


class _BadRequest(Exception):
    """Raised inside a handler to answer with ``response``."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def google_error(code: int, message: str, reason: str, *, domain: str = "global", status: str | None = None,
                 **extra: str) -> dict[str, Any]:
    """The JSON error envelope of googleapis.com (``{"error": {"code", "message", "errors": [...]}}``)."""
    item: dict[str, Any] = {"message": message, "domain": domain, "reason": reason, **extra}
    body: dict[str, Any] = {"code": code, "message": message, "errors": [item]}
    if status:
        body["status"] = status
    return {"error": body}


def _invalid_json(detail: str, field: str | None = None) -> Response:
    message = f"Invalid JSON payload received. {detail}"
    violation: dict[str, str] = {"description": message}
    if field:
        violation = {"field": field, **violation}
    return Response(400, {"error": {
        "code": 400, "message": message, "errors": [{"message": message, "reason": "invalid"}],
        "status": "INVALID_ARGUMENT",
        "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [violation]}],
    }})


def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(request.body.decode("utf-8")) if request.body.strip() else {}
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _BadRequest(_invalid_json("Unexpected token.")) from None
    if not isinstance(body, dict):
        raise _BadRequest(_invalid_json('Unknown name "": Root element must be a message.'))
    return body


def _type_name(value: Any) -> str:
    return json.dumps(value) if isinstance(value, str | bool | int | float) or value is None else type(value).__name__


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _rfc3339_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _etag() -> str:
    return '"' + secrets.token_urlsafe(20) + "/" + secrets.token_urlsafe(20) + '"'


class GoogleFake(GoogleSharedMixin, GmailSettingsMixin, FakeHttpServer):
    """Google's OAuth endpoints, Directory API (customers, domains, users) and Site Verification API on loopback."""

    # Licences bought (None: no limit, as a Flexible plan): users.insert past them answers 412 limitExceeded
    # "Domain user limit reached." and creates nothing (as admins report it; see core/providers/google.py)
    max_users: int | None = None

    def __init__(self, *, client_id: str = "test-client-id", client_secret: str | None = "test-client-secret",
                 admin_email: str = "admin@example.com",
                 customer_id: str = "C03az79cb", primary_domain: str = "example-corp.com",
                 is_super_admin: bool = True, granted_scopes: list[str] | None = None, token_lifetime: int = 3600,
                 dns_txt: Callable[[str], list[str]] | None = None, page_size_default: int = 100,
                 dns_cname: Callable[[str], list[str]] | None = None, roles_page_size: int = 2,
                 groups_page_size: int = 2) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret  # a "Desktop app" client: Google wants its secret with every grant
        self.admin_email = admin_email
        self.customer_id = customer_id
        self.primary_domain = primary_domain.lower()
        self.is_super_admin = is_super_admin
        self.granted_scopes = granted_scopes
        self.token_lifetime = token_lifetime
        self.dns_txt = dns_txt
        self.dns_cname = dns_cname     # name → CNAME targets, for verificationMethod=DNS_CNAME
        self.page_size_default = page_size_default
        self.deny_consent = False      # the user clicks "Cancel" on the consent screen
        self.admin_sub = "1" + "".join(secrets.choice(string.digits) for _ in range(20))

        # OAuth state
        self._codes: dict[str, dict[str, Any]] = {}
        self._access: dict[str, dict[str, Any]] = {}    # access token → {"scopes", "expires", "refresh"}
        self._refresh: dict[str, dict[str, Any]] = {}
        self.service_accounts: dict[str, dict[str, Any]] = {}   # refresh token → {"scopes", "revoked"}
        # Directory state
        self.org_units: set[str] = {"/"}
        self.domains: dict[str, dict[str, Any]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.created_user_posts = 0
        self._user_seq = 0
        # Roles: the prebuilt ones; roles.list pages hold at most ``roles_page_size`` (Google may send fewer than
        # maxResults), so a client has to follow nextPageToken to reach the later ones
        self.roles_page_size = roles_page_size
        self.roles: list[dict[str, Any]] = [
            {"kind": "admin#directory#role", "etag": _etag(), "roleId": str(13801188331880449 + i),
             "roleName": name, "roleDescription": description, "isSystemRole": True, "isSuperAdminRole": superadmin,
             "rolePrivileges": []}
            for i, (name, description, superadmin) in enumerate(PREBUILT_ROLES)]
        self.role_assignments: list[dict[str, Any]] = []   # every RoleAssignment made through the API
        self.role_assignment_posts = 0                      # POSTs that reached the handler (duplicates too)
        self._assignment_seq = 0
        # Groups: a few Google Groups of the primary domain; groups.list pages hold at most ``groups_page_size``
        # (Google may send fewer than maxResults). ``group_members``: group id → member addresses (lower case).
        self.groups_page_size = groups_page_size
        self.groups: list[dict[str, Any]] = []
        self.group_members: dict[str, set[str]] = {}
        self.group_member_posts = 0                         # members.insert POSTs that reached the handler
        for name, local in (("Sales team", "sales"), ("Office", "office"), ("All staff", "all-staff")):
            self.add_group(f"{local}@{self.primary_domain}", name)
        # Site Verification state
        self.site_tokens: dict[tuple[str, str], str] = {}    # (domain, method) → token
        self.web_resources: dict[str, dict[str, Any]] = {}   # resource id → WebResource
        self._add_domain(self.primary_domain, verified=True, primary=True)
        # Gmail: the signed-in user's mailbox. ``send_as``: verified send-as aliases besides the user's own address;
        # ``sent_messages``: every message sent (parsed); ``send_posts``: sends that reached the handler.
        self.gmail_enabled = True
        self.send_as: set[str] = set()
        self.sent_messages: list[Any] = []
        self.send_posts = 0
        # The account review: each user's Gmail auto-forwarding and verified forwarding addresses (address → …),
        # mailbox use for the usage report (address → (used MB, quota MB)), how many days the report lags,
        # page sizes small enough that a client must follow nextPageToken
        self.auto_forwarding: dict[str, dict[str, Any]] = {}
        self.forwarding_addresses: dict[str, dict[str, str]] = {}
        self.gmail_filters: dict[str, list[dict[str, Any]]] = {}   # address → its filters (Filter resources)
        self.usage: dict[str, tuple[int, int]] = {}
        self.default_usage = (120, 30720)
        self.reports_lag_days = 2
        self.report_page_size = 3
        self.assignments_page_size = 2
        self.users_page_cap: int | None = None        # users.list pages of at most this many (None: maxResults)
        self.review_posts: list[tuple[str, str]] = []   # (method, path) of every change the review made

        self.route("GET", "/o/oauth2/v2/auth", self._authorize)
        self.route("POST", "/token", self._token)
        self.route("POST", "/revoke", self._revoke)
        self.route("GET", "/oauth2/v3/userinfo", self._userinfo)
        self.route("GET", DIRECTORY + "/customers/{customerKey}", self._get_customer)
        self.route("GET", DIRECTORY + "/customer/{customer}/domains", self._list_domains)
        self.route("POST", DIRECTORY + "/customer/{customer}/domains", self._insert_domain)
        self.route("GET", DIRECTORY + "/customer/{customer}/domains/{domainName}", self._get_domain)
        self.route("POST", DIRECTORY + "/users", self._insert_user)
        self.route("GET", DIRECTORY + "/users", self._list_users)
        self.route("GET", DIRECTORY + "/users/{userKey}", self._get_user)
        self.route("PUT", DIRECTORY + "/users/{userKey}", self._update_user)
        self.route("GET", DIRECTORY + "/customer/{customer}/roles", self._list_roles)
        self.route("POST", DIRECTORY + "/customer/{customer}/roleassignments", self._insert_role_assignment)
        self.route("GET", DIRECTORY + "/customer/{customer}/roleassignments", self._list_role_assignments)
        self.route("DELETE", DIRECTORY + "/customer/{customer}/roleassignments/{roleAssignmentId}",
                   self._delete_role_assignment)
        self.route("POST", DIRECTORY + "/users/{userKey}/makeAdmin", self._make_admin)
        self.route("GET", USER_USAGE, self._user_usage)
        self.route("GET", AUTO_FORWARDING, self._get_auto_forwarding)
        self.route("PUT", AUTO_FORWARDING, self._update_auto_forwarding)
        self.route("GET", FILTERS, self._list_filters)
        self.route("POST", FILTERS, self._create_filter)
        self.route("GET", FILTERS + "/{id}", self._get_filter)
        self.route("DELETE", FILTERS + "/{id}", self._delete_filter)
        self._gmail_settings_init()  # signatures and vacation auto-replies (gmail_settings_fake.py)
        self._shared_init()  # shared addresses: groups, members, aliases, who may post (google_shared_fake.py)
        self.route("GET", DIRECTORY + "/groups", self._list_groups)
        self.route("GET", DIRECTORY + "/groups/{groupKey}", self._get_group)
        self.route("POST", DIRECTORY + "/groups/{groupKey}/members", self._insert_member)
        self.route("POST", GMAIL_SEND, self._send_message)
        self.route("POST", SITE_VERIFICATION + "/token", self._get_site_token)
        self.route("POST", SITE_VERIFICATION + "/webResource", self._insert_web_resource)
        self.route("GET", SITE_VERIFICATION + "/webResource", self._list_web_resources)
        self.route("GET", SITE_VERIFICATION + "/webResource/{id}", self._get_web_resource)

    # --- helpers for tests ---------------------------------------------------------------
    def throttled(self) -> Response:
        """Google's answer past its per-user rate: 403 userRateLimitExceeded (developers.google.com/admin-sdk/
        directory/v1/limits), no Retry-After."""
        return self.rate_limit_response().response

    def issued_tokens(self) -> list[str]:
        """Every access and refresh token handed out: what a secret scan must never find on disk."""
        with self.lock:
            return list(self._access) + list(self._refresh)

    def expire_all_access_tokens(self) -> None:
        with self.lock:
            for token in self._access.values():
                token["expires"] = time.monotonic() - 1

    def issue_tokens(self, scopes: list[str] | None = None) -> dict[str, Any]:
        """Mint a grant without the browser round trip; returns the /token response body."""
        with self.lock:
            return self._new_grant(scopes if scopes is not None else self._all_scopes())

    def add_user(self, primary_email: str, given_name: str = "Test", family_name: str = "User",
                 password: str = "Passw0rd!Passw0rd") -> dict[str, Any]:
        """Seed an existing user (not counted in ``created_user_posts``)."""
        with self.lock:
            return self._create_user(primary_email.lower(), {"givenName": given_name, "familyName": family_name},
                                     password, False, "/")

    password_updates = 0  # users.update calls that set a password

    def member_signs_in(self, email: str, *, change_password: bool = True) -> None:
        """The member signs in; made to (changePasswordAtNextLogin), they choose a password unless told not to."""
        with self.lock:
            user = self.users[email.lower()]
            user["lastLoginTime"] = _rfc3339_now()
            if change_password:
                user["changePasswordAtNextLogin"] = False

    def age_user(self, email: str, days: int) -> None:
        with self.lock:
            user = self.users[email.lower()]
            made = datetime.strptime(user["creationTime"], "%Y-%m-%dT%H:%M:%S.%fZ") - timedelta(days=days)
            user["creationTime"] = made.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def set_domain_verified(self, domain: str, verified: bool = True) -> None:
        with self.lock:
            self.domains[domain.lower()]["verified"] = verified

    @staticmethod
    def rate_limit_response(times: int = 1, path: str = DIRECTORY + "/users", method: str | None = "POST") -> Fault:
        body = google_error(403, "User Rate Limit Exceeded", "userRateLimitExceeded", domain="usageLimits")
        return Fault.status(403, body, times=times, path=path, method=method)

    @staticmethod
    def quota_exceeded_response(times: int = 1, path: str = DIRECTORY + "/users", method: str | None = "POST") -> Fault:
        body = google_error(403, "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' "
                                 "of service 'admin.googleapis.com'.", "quotaExceeded", domain="usageLimits")
        return Fault.status(403, body, times=times, path=path, method=method)

    @staticmethod
    def sending_limit_response(times: int = 1) -> Fault:
        """Past the mailbox's daily sending limit: 429 "User-rate limit exceeded" "(Mail sending)" with a time to
        retry (developers.google.com/gmail/api/guides/handle-errors; the exact message text is inferred)."""
        body = google_error(429, "User-rate limit exceeded (Mail sending). Retry after 2026-12-04T09:00:00.000Z",
                            "rateLimitExceeded", domain="usageLimits")
        return Fault.status(429, body, times=times, path=GMAIL_SEND, method="POST")

    @staticmethod
    def lost_send_answer(times: int = 1) -> Fault:
        """The message is sent, then the connection drops before the answer."""
        return Fault.drop_after(times=times, path=GMAIL_SEND, method="POST")

    @staticmethod
    def backend_error_response(times: int = 1, path: str = DIRECTORY + "/users", method: str | None = "POST") -> Fault:
        body = {"error": {"code": 503, "message": "The service is currently unavailable.", "status": "UNAVAILABLE"}}
        return Fault.status(503, body, times=times, path=path, method=method)

    # --- dispatch ------------------------------------------------------------------------
    def _handle(self, request: Request) -> Response:
        refused = check_google_contract(request)  # every request against Google's discovery documents
        if refused is not None:
            record_violation("GoogleFake", request.method, request.path, refused.reason)
            return refused.response
        try:
            return super()._handle(request)
        except _BadRequest as exc:
            return exc.response

    def _all_scopes(self) -> list[str]:
        return list(self.granted_scopes) if self.granted_scopes is not None else [
            SCOPE_USER, SCOPE_DOMAIN, SCOPE_CUSTOMER_RO, SCOPE_SITEVERIFICATION, SCOPE_ROLEMANAGEMENT, SCOPE_GROUP,
            SCOPE_GMAIL_SEND, SCOPE_GROUPS_SETTINGS, "openid", "email"]

    # --- OAuth 2.0 -----------------------------------------------------------------------
    def _authorize(self, request: Request) -> Response:
        client_id = request.arg("client_id")
        redirect_uri = request.arg("redirect_uri") or ""
        if not client_id:
            return Response(400, "Error 400: invalid_request\nMissing required parameter: client_id")
        if client_id != self.client_id:
            return Response(401, "Access blocked: authorisation error\nThe OAuth client was not found.\n"
                                 "Error 401: invalid_client")
        if not _LOOPBACK_REDIRECT.match(redirect_uri):
            return Response(400, "Access blocked: This app's request is invalid\nError 400: redirect_uri_mismatch")
        state = request.arg("state")

        def back(**params: str) -> Response:
            if state is not None:
                params["state"] = state
            sep = "&" if "?" in redirect_uri else "?"
            return Response(302, b"", {"Location": redirect_uri + sep + urlencode(params, quote_via=quote)})

        if request.arg("response_type") != "code":
            return back(error="unsupported_response_type",
                        error_description=f"Invalid response_type: {request.arg('response_type') or ''}")
        requested = (request.arg("scope") or "").split()
        if not requested:
            return back(error="invalid_request", error_description="Missing required parameter: scope")
        challenge = request.arg("code_challenge")
        method = request.arg("code_challenge_method")
        if not challenge:
            return back(error="invalid_request", error_description="Missing required parameter: code_challenge")
        if method != "S256":
            return back(error="invalid_request",
                        error_description=f"Invalid code_challenge_method: {method or '(missing)'}; use S256")
        if not _PKCE_VALUE.match(challenge):
            return back(error="invalid_request", error_description="Invalid code_challenge.")
        if self.deny_consent:
            return back(error="access_denied")
        granted = [s for s in requested if self.granted_scopes is None or s in self.granted_scopes]
        code = "4/0" + secrets.token_urlsafe(48)
        self._codes[code] = {"challenge": challenge, "redirect_uri": redirect_uri, "scopes": granted,
                             "expires": time.monotonic() + AUTH_CODE_LIFETIME}
        return back(code=code, scope=" ".join(granted))

    def _new_grant(self, scopes: list[str], *, subject: str | None = None, service: bool = False) -> dict[str, Any]:
        refresh = "1//0" + secrets.token_urlsafe(64)
        self._refresh[refresh] = {"scopes": list(scopes), "revoked": False, "subject": subject, "service": service}
        body = self._new_access(refresh)
        body["refresh_token"] = refresh
        return body

    def _new_access(self, refresh: str) -> dict[str, Any]:
        scopes = self._refresh[refresh]["scopes"]
        access = "ya29." + secrets.token_urlsafe(96)
        grant = self._refresh[refresh]
        self._access[access] = {"scopes": set(scopes), "expires": time.monotonic() + self.token_lifetime,
                                "refresh": refresh, "subject": grant.get("subject") or self.admin_email.lower(),
                                "service": bool(grant.get("service"))}
        return {"access_token": access, "expires_in": self.token_lifetime, "scope": " ".join(scopes),
                "token_type": "Bearer"}

    @staticmethod
    def _oauth_error(status: int, error: str, description: str) -> Response:
        return Response(status, {"error": error, "error_description": description})

    def _token(self, request: Request) -> Response:
        if "json" in request.headers.get("content-type", ""):
            form = {k: str(v) for k, v in _json_body(request).items()}
        else:
            form = request.form()
        grant_type = form.get("grant_type")
        if grant_type == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return self._jwt_bearer(form.get("assertion", ""))
        if form.get("client_id") != self.client_id:
            return self._oauth_error(401, "invalid_client", "The OAuth client was not found.")
        if grant_type in ("authorization_code", "refresh_token") and self.client_secret is not None:
            if not form.get("client_secret"):
                return self._oauth_error(400, "invalid_request", "client_secret is missing.")
            if form["client_secret"] != self.client_secret:
                return self._oauth_error(401, "invalid_client", "Unauthorized")
        if grant_type == "authorization_code":
            return self._redeem_code(form)
        if grant_type == "refresh_token":
            refresh = form.get("refresh_token")
            if not refresh:
                return self._oauth_error(400, "invalid_request", "Missing required parameter: refresh_token")
            grant = self._refresh.get(refresh)
            if grant is None:
                return self._oauth_error(400, "invalid_grant", "Bad Request")
            if grant["revoked"]:
                return self._oauth_error(400, "invalid_grant", "Token has been expired or revoked.")
            return Response(200, self._new_access(refresh))
        if not grant_type:
            return self._oauth_error(400, "unsupported_grant_type", "Missing required parameter: grant_type")
        return self._oauth_error(400, "unsupported_grant_type", f"Invalid grant_type: {grant_type}")

    def register_service_account(self, client_email: str, public_key_pem: bytes, *, delegated: bool = True,
                                 delegated_scopes: set[str] | None = None) -> None:
        """A service account whose key signs JWTs; ``delegated``: domain-wide delegation granted, for
        ``delegated_scopes`` (None: whatever it asks). With delegation it may act as any user of the domain
        (support.google.com/a/answer/162106); a JWT asking for a scope not delegated is refused whole."""
        self.service_accounts[client_email] = {"key": public_key_pem, "delegated": delegated,
                                               "scopes": delegated_scopes}

    def _jwt_bearer(self, assertion: str) -> Response:
        """RFC 7523 as Google's token endpoint implements it for service accounts."""
        from joserfc import jwt
        from joserfc.errors import JoseError
        from joserfc.jwk import RSAKey

        try:
            unverified = json.loads(base64.urlsafe_b64decode(assertion.split(".")[1] + "==="))
            account = self.service_accounts.get(unverified.get("iss", ""))
            if account is None:
                return self._oauth_error(400, "invalid_grant", "Invalid JWT Signature.")
            claims = jwt.decode(assertion, RSAKey.import_key(account["key"])).claims
        except (JoseError, ValueError, IndexError):
            return self._oauth_error(400, "invalid_grant", "Invalid JWT Signature.")
        if claims.get("aud") != self.base_url + "/token" or int(claims.get("exp", 0)) < time.time():
            return self._oauth_error(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token.")
        subject = str(claims.get("sub", "")).lower()
        scopes = str(claims.get("scope", "")).split()
        allowed = account.get("scopes")
        if not account["delegated"] or (subject != self.admin_email.lower() and subject not in self.users) or \
                (allowed is not None and not set(scopes) <= set(allowed)):
            return self._oauth_error(401, "unauthorized_client", "Client is unauthorized to retrieve access tokens "
                                     "using this method, or client not authorized for any of the scopes requested.")
        # no refresh token goes out: the app signs a new JWT instead
        body = self._new_grant(scopes, subject=subject, service=True)
        return Response(200, {"access_token": body["access_token"], "expires_in": body["expires_in"],
                              "token_type": "Bearer"})

    def _redeem_code(self, form: dict[str, str]) -> Response:
        code = form.get("code")
        if not code:
            return self._oauth_error(400, "invalid_request", "Missing required parameter: code")
        issued = self._codes.get(code)
        if issued is None or issued["expires"] < time.monotonic():
            return self._oauth_error(400, "invalid_grant", "Bad Request")
        if form.get("redirect_uri") != issued["redirect_uri"]:
            return self._oauth_error(400, "redirect_uri_mismatch", "Bad Request")
        verifier = form.get("code_verifier")
        if not verifier:
            return self._oauth_error(400, "invalid_grant", "Missing code verifier.")
        if not _PKCE_VALUE.match(verifier) or \
                _b64url(hashlib.sha256(verifier.encode("ascii")).digest()) != issued["challenge"]:
            return self._oauth_error(400, "invalid_grant", "Invalid code verifier.")
        del self._codes[code]  # single use
        return Response(200, self._new_grant(issued["scopes"]))

    def _revoke(self, request: Request) -> Response:
        token = request.arg("token") or request.form().get("token")
        if token in self._access:
            token = self._access[token]["refresh"]
        grant = self._refresh.get(token or "")
        if grant is None or grant["revoked"]:
            return self._oauth_error(400, "invalid_token", "Token expired or revoked")
        grant["revoked"] = True
        for access in [a for a, info in self._access.items() if info["refresh"] == token]:
            del self._access[access]
        return Response(200, {})

    def _userinfo(self, request: Request) -> Response:
        if self._token_info(request) is None:
            return Response(401, {"error": "invalid_request", "error_description": "Invalid Credentials"},
                            {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'})
        return Response(200, {"sub": self.admin_sub, "email": self.admin_email, "email_verified": True,
                              "hd": self.primary_domain})

    # --- API authorization ---------------------------------------------------------------
    def _token_info(self, request: Request) -> dict[str, Any] | None:
        info = self._access.get(request.bearer or "")
        if info is None or info["expires"] <= time.monotonic():
            return None
        return info

    def _authorize_api(self, request: Request, scopes: tuple[str, ...], *, directory: bool = True) -> None:
        """Raise the 401/403 Google answers unless the bearer token is valid, has one of ``scopes`` and is admin."""
        info = self._token_info(request)
        if info is None:
            body = google_error(401, AUTH_ERROR_MESSAGE, "authError", status="UNAUTHENTICATED",
                                location="Authorization", locationType="header")
            body["error"]["errors"][0]["message"] = "Invalid Credentials"
            raise _BadRequest(Response(401, body, {
                "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'}))
        if not info["scopes"] & set(scopes):
            body = google_error(403, "Request had insufficient authentication scopes.", "insufficientPermissions",
                                status="PERMISSION_DENIED")
            body["error"]["errors"][0]["message"] = "Insufficient Permission"
            raise _BadRequest(Response(403, body, {
                "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="insufficient_scope", '
                                    f'scope="{" ".join(scopes)}"'}))
        if directory and not self.is_super_admin:
            raise _BadRequest(Response(403, google_error(403, NOT_AUTHORIZED, "forbidden")))

    @staticmethod
    def _paging(request: Request, default: int, maximum: int) -> tuple[int, int]:
        """(page size, the number in the pageToken) as Google's list calls read maxResults and pageToken;
        raises their 400 answers."""
        raw_max = request.arg("maxResults")
        size = default
        if raw_max is not None:
            if not re.fullmatch(r"-?\d+", raw_max):
                raise _BadRequest(Response(400, google_error(
                    400, f"Invalid value '{raw_max}'. Values must be integers.", "invalidParameter",
                    location="maxResults", locationType="parameter")))
            size = int(raw_max)
            if not 1 <= size <= maximum:
                raise _BadRequest(Response(400, google_error(
                    400, f"Invalid value '{raw_max}'. Values must be within the range: [1, {maximum}]",
                    "invalidParameter", location="maxResults", locationType="parameter")))
        position = 0
        page_token = request.arg("pageToken")
        if page_token:
            try:
                position = int(base64.urlsafe_b64decode(page_token + "=" * (-len(page_token) % 4)).decode()
                               .split(":")[1])
            except (ValueError, IndexError, UnicodeDecodeError):
                raise _BadRequest(Response(400, google_error(400, "Invalid Input: pageToken", "invalid"))) from None
        return size, position

    def _check_customer(self, key: str) -> None:
        if unquote(key) not in ("my_customer", self.customer_id):
            raise _BadRequest(Response(403, google_error(403, NOT_AUTHORIZED, "forbidden")))

    # --- Directory: customers and domains -------------------------------------------------
    def _get_customer(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_CUSTOMER, SCOPE_CUSTOMER_RO))
        self._check_customer(request.params["customerKey"])
        return Response(200, {
            "kind": "admin#directory#customer", "id": self.customer_id, "etag": _etag(),
            "customerDomain": self.primary_domain, "alternateEmail": "", "language": "en",
            "customerCreationTime": "2020-01-01T00:00:00.000Z",
        })

    def _add_domain(self, name: str, *, verified: bool = False, primary: bool = False) -> dict[str, Any]:
        resource = {"kind": "admin#directory#domain", "domainName": name, "verified": verified,
                    "isPrimary": primary, "creationTime": str(int(time.time() * 1000)), "etag": _etag()}
        self.domains[name] = resource
        return resource

    def _list_domains(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_DOMAIN, SCOPE_DOMAIN_RO))
        self._check_customer(request.params["customer"])
        return Response(200, {"kind": "admin#directory#domains", "etag": _etag(),
                              "domains": [dict(d) for d in self.domains.values()]})

    def _insert_domain(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_DOMAIN,))
        self._check_customer(request.params["customer"])
        body = _json_body(request)
        name = body.get("domainName")
        if name is not None and not isinstance(name, str):
            raise _BadRequest(_invalid_json(f"Invalid value at 'resource.domain_name' (TYPE_STRING), "
                                            f"{_type_name(name)}", "resource.domain_name"))
        name = (name or "").strip().rstrip(".").lower()
        if not name or not _DOMAIN_NAME.match(name):
            return Response(400, google_error(400, "Invalid Input: domain_name", "invalid"))
        if name in self.domains:
            return Response(409, google_error(409, "Entity already exists.", "duplicate"))
        return Response(200, dict(self._add_domain(name)))

    def _get_domain(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_DOMAIN, SCOPE_DOMAIN_RO))
        self._check_customer(request.params["customer"])
        resource = self.domains.get(unquote(request.params["domainName"]).lower())
        if resource is None:
            return Response(404, google_error(404, "Domain not found.", "notFound"))
        return Response(200, dict(resource))

    # --- Directory: users -----------------------------------------------------------------
    @staticmethod
    def _public(user: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in user.items() if not k.startswith("_")}
        out["name"] = dict(user["name"])
        return out

    def _create_user(self, email: str, name: dict[str, str], password: str, change_at_next: bool,
                     org_unit: str) -> dict[str, Any]:
        self._user_seq += 1
        given, family = name["givenName"].strip(), name["familyName"].strip()
        user = {
            "kind": "admin#directory#user",
            "id": "1" + "".join(secrets.choice(string.digits) for _ in range(20)),
            "etag": _etag(),
            "primaryEmail": email,
            "name": {"givenName": given, "familyName": family, "fullName": f"{given} {family}"},
            "isAdmin": False,
            "isDelegatedAdmin": False,
            "suspended": False,
            "archived": False,
            "changePasswordAtNextLogin": change_at_next,
            "isMailboxSetup": False,
            "includeInGlobalAddressList": True,
            "customerId": self.customer_id,
            "orgUnitPath": org_unit,
            "creationTime": _rfc3339_now(),
            # never signed in: the Unix epoch (https://github.com/GAM-team/GAM/issues/488; not in Google's reference)
            "lastLoginTime": "1970-01-01T00:00:00.000Z",
            "emails": [{"address": email, "primary": True}],
            "_password": password,
            "_seq": self._user_seq,
        }
        self.users[email] = user
        return user

    def _insert_user(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_USER,))
        body = _json_body(request)
        for key in body:
            if key not in _USER_FIELDS:
                raise _BadRequest(_invalid_json(f'Unknown name "{key}" at \'resource\': Cannot find field.',
                                                "resource"))
        for field, proto, expected, proto_type in _USER_SCALARS:
            value = body.get(field)
            if value is not None and not isinstance(value, expected):
                raise _BadRequest(_invalid_json(f"Invalid value at 'resource.{proto}' ({proto_type}), "
                                                f"{_type_name(value)}", f"resource.{proto}"))
        name = body.get("name")
        if name is not None and not isinstance(name, dict):
            raise _BadRequest(_invalid_json(f"Invalid value at 'resource.name' (type.googleapis.com/"
                                            f"ccc.hosted.frontend.directory.v1.UserName), {_type_name(name)}",
                                            "resource.name"))
        name = name or {}
        for key, value in name.items():
            if key not in _NAME_FIELDS:
                raise _BadRequest(_invalid_json(f'Unknown name "{key}" at \'resource.name\': Cannot find field.',
                                                "resource.name"))
            if not isinstance(value, str):
                proto = re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()
                raise _BadRequest(_invalid_json(f"Invalid value at 'resource.name.{proto}' (TYPE_STRING), "
                                                f"{_type_name(value)}", f"resource.name.{proto}"))

        email = (body.get("primaryEmail") or "").strip().lower()
        local, _, domain = email.partition("@")
        if not local or "@" in domain or domain not in self.domains or not self.domains[domain]["verified"]:
            return Response(400, google_error(400, "Invalid Input: primary_user_email", "invalid"))
        if not (name.get("givenName") or "").strip():
            return Response(400, google_error(400, "Invalid Given/Family Name: GivenName", "invalid"))
        if not (name.get("familyName") or "").strip():
            return Response(400, google_error(400, "Invalid Given/Family Name: FamilyName", "invalid"))
        password = body.get("password") or ""
        if not 8 <= len(password) <= 100:
            return Response(400, google_error(400, "Invalid Password", "invalid"))
        org_unit = body.get("orgUnitPath") or "/"
        if org_unit not in self.org_units:
            return Response(400, google_error(400, "Invalid Input: INVALID_OU_ID", "invalid"))
        if email in self.users:
            return Response(409, google_error(409, "Entity already exists.", "duplicate"))
        if self.max_users is not None and len(self.users) >= self.max_users:
            return Response(412, google_error(412, "Domain user limit reached. Start paid subscription.",
                                              "limitExceeded"))
        user = self._create_user(email, name, password, bool(body.get("changePasswordAtNextLogin", False)), org_unit)
        self.created_user_posts += 1
        return Response(200, self._public(user))

    def _update_user(self, request: Request) -> Response:
        """users.update (PUT): here only a new password and changePasswordAtNextLogin (what MailWizard sends);
        read-only or unknown fields are refused as Google refuses unknown names."""
        self._authorize_api(request, (SCOPE_USER,))
        body = _json_body(request)
        for key in body:
            if key not in _USER_FIELDS:
                raise _BadRequest(_invalid_json(f'Unknown name "{key}" at \'resource\': Cannot find field.',
                                                "resource"))
        user = self._find_user(request.params["userKey"])
        if user is None:
            return Response(404, google_error(404, "Resource Not Found: userKey", "notFound"))
        if "password" in body:
            if not isinstance(body["password"], str) or not 8 <= len(body["password"]) <= 100:
                return Response(400, google_error(400, "Invalid Password", "invalid"))
            user["_password"] = body["password"]
            self.password_updates += 1
        if "changePasswordAtNextLogin" in body:
            user["changePasswordAtNextLogin"] = bool(body["changePasswordAtNextLogin"])
        if "suspended" in body:
            if body["suspended"] and user["primaryEmail"] == self.admin_email.lower():
                # (inferred) the signed-in admin cannot suspend themselves
                return Response(400, google_error(400, "Invalid Input: cannot suspend yourself", "invalid"))
            user["suspended"] = bool(body["suspended"])
            self.review_posts.append(("PUT", request.path))
            if user["suspended"]:
                user["suspensionReason"] = "ADMIN"  # "given by the administrator": the User resource's field
            else:
                user.pop("suspensionReason", None)
        return Response(200, self._public(user))

    def _find_user(self, key: str) -> dict[str, Any] | None:
        """userKey: "the user's primary email address, alias email address, or unique user ID" (users.get)."""
        key = unquote(key).lower()
        return self.users.get(key) or next((u for u in self.users.values()
                                            if u["id"] == key or key in u.get("aliases", [])), None)

    def _get_user(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_USER, SCOPE_USER_RO))
        user = self._find_user(request.params["userKey"])
        if user is None:
            return Response(404, google_error(404, "Resource Not Found: userKey", "notFound"))
        return Response(200, self._public(user))

    def _list_users(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_USER, SCOPE_USER_RO))
        customer, domain = request.arg("customer"), request.arg("domain")
        if not customer and not domain:
            return Response(400, google_error(400, "Bad Request", "badRequest"))
        if customer:
            self._check_customer(customer)
        if domain and domain.lower() not in self.domains:
            return Response(403, google_error(403, NOT_AUTHORIZED, "forbidden"))
        size, after = self._paging(request, self.page_size_default, 500)
        size = min(size, self.users_page_cap or size)  # Google may send fewer than maxResults
        matching = sorted((u for u in self.users.values()
                           if not domain or u["primaryEmail"].endswith("@" + domain.lower())),
                          key=lambda u: u["_seq"])
        rest = [u for u in matching if u["_seq"] > after]
        page = rest[:size]
        body: dict[str, Any] = {"kind": "admin#directory#users", "etag": _etag()}
        if page:  # Google omits empty repeated fields
            body["users"] = [self._public(u) for u in page]
        if len(rest) > size:
            body["nextPageToken"] = _b64url(f"seq:{page[-1]['_seq']}".encode())
        return Response(200, body)

    # --- Directory: roles and role assignments -----------------------------------------------
    def role_id(self, role_name: str) -> str:
        """This customer's roleId of a role, e.g. ``role_id("_USER_MANAGEMENT_ADMIN_ROLE")``."""
        return next(r["roleId"] for r in self.roles if r["roleName"] == role_name)

    def assignments_of(self, email: str) -> list[dict[str, Any]]:
        """The role assignments a user holds (by address), for tests."""
        with self.lock:
            user = self.users[email.lower()]
            return [dict(a) for a in self.role_assignments if a["assignedTo"] == user["id"]]

    def add_role_assignment(self, email: str, role_name: str) -> dict[str, Any]:
        """Seed an assignment made earlier (not counted in ``role_assignment_posts``)."""
        with self.lock:
            return self._assign(self.role_id(role_name), self.users[email.lower()], "CUSTOMER", "")

    def _assign(self, role_id: str, user: dict[str, Any], scope_type: str, org_unit: str) -> dict[str, Any]:
        self._assignment_seq += 1
        assignment: dict[str, Any] = {
            "kind": "admin#directory#roleAssignment", "etag": _etag(),
            "roleAssignmentId": str(9000000000000000 + self._assignment_seq), "roleId": role_id,
            "assignedTo": user["id"], "assigneeType": "user", "scopeType": scope_type,
        }
        if org_unit:
            assignment["orgUnitId"] = org_unit
        self.role_assignments.append(assignment)
        role = next(r for r in self.roles if r["roleId"] == role_id)
        user["isAdmin" if role["isSuperAdminRole"] else "isDelegatedAdmin"] = True
        return dict(assignment)

    def _list_roles(self, request: Request) -> Response:
        """roles.list: developers.google.com/admin-sdk/directory/reference/rest/v1/roles/list (maxResults 1..100)."""
        self._authorize_api(request, (SCOPE_ROLEMANAGEMENT, SCOPE_ROLEMANAGEMENT_RO))
        self._check_customer(request.params["customer"])
        size, offset = self._paging(request, 100, 100)
        size = min(size, self.roles_page_size)
        page = self.roles[offset:offset + size]
        body: dict[str, Any] = {"kind": "admin#directory#roles", "etag": _etag()}
        if page:
            body["items"] = [json.loads(json.dumps(r)) for r in page]
        if offset + size < len(self.roles):
            body["nextPageToken"] = _b64url(f"role:{offset + size}".encode())
        return Response(200, body)

    def _insert_role_assignment(self, request: Request) -> Response:
        """roleAssignments.insert: developers.google.com/admin-sdk/directory/v1/reference/roleAssignments/insert;
        the RoleAssignment resource: .../roleAssignments (roleId int64, assignedTo, scopeType CUSTOMER|ORG_UNIT)."""
        self._authorize_api(request, (SCOPE_ROLEMANAGEMENT,))
        self._check_customer(request.params["customer"])
        self.role_assignment_posts += 1
        body = _json_body(request)
        known = {"roleAssignmentId", "roleId", "kind", "etag", "assignedTo", "assigneeType", "scopeType",
                 "orgUnitId", "condition", "expirationDetails"}  # the discovery document's RoleAssignment
        for key in body:
            if key not in known:
                raise _BadRequest(_invalid_json(f'Unknown name "{key}" at \'resource\': Cannot find field.',
                                                "resource"))
        role_id = body.get("roleId")
        int64 = isinstance(role_id, int) and not isinstance(role_id, bool)  # JSON may carry an int64 as either
        if role_id is not None and not int64 and not (isinstance(role_id, str) and re.fullmatch(r"-?\d+", role_id)):
            raise _BadRequest(_invalid_json(f"Invalid value at 'resource.role_id' (TYPE_INT64), "
                                            f"{_type_name(role_id)}", "resource.role_id"))
        for field, proto in (("assignedTo", "assigned_to"), ("scopeType", "scope_type"), ("orgUnitId", "org_unit_id")):
            value = body.get(field)
            if value is not None and not isinstance(value, str):
                raise _BadRequest(_invalid_json(f"Invalid value at 'resource.{proto}' (TYPE_STRING), "
                                                f"{_type_name(value)}", f"resource.{proto}"))
        if role_id is None:
            return Response(400, google_error(400, "Invalid Input: roleId", "invalid"))  # (inferred)
        role = next((r for r in self.roles if r["roleId"] == str(role_id)), None)
        if role is None:
            return Response(404, google_error(404, "Resource Not Found: roleId", "notFound"))  # (inferred)
        assigned_to = (body.get("assignedTo") or "").strip()
        user = next((u for u in self.users.values() if u["id"] == assigned_to), None) if assigned_to else None
        if user is None:  # the unique ID is wanted; an address or an unknown ID is refused
            return Response(400, google_error(400, "Invalid Input: assignedTo", "invalid"))  # (inferred)
        scope_type = body.get("scopeType")
        if scope_type not in ("CUSTOMER", "ORG_UNIT"):
            return Response(400, google_error(400, "Invalid Input: scopeType", "invalid"))  # (inferred)
        org_unit = body.get("orgUnitId") or ""
        if scope_type == "ORG_UNIT" and not org_unit:
            return Response(400, google_error(400, "Invalid Input: orgUnitId", "invalid"))  # (inferred)
        for existing in self.role_assignments:
            if (existing["roleId"], existing["assignedTo"], existing["scopeType"], existing.get("orgUnitId", "")) == \
                    (role["roleId"], user["id"], scope_type, org_unit):
                return Response(409, google_error(409, "Entity already exists.", "duplicate"))  # (inferred)
        return Response(200, self._assign(role["roleId"], user, scope_type, org_unit))

    # --- Directory: groups and members -----------------------------------------------------
    def add_group(self, email: str, name: str, description: str = "") -> dict[str, Any]:
        """Seed a group (as made in the Admin console); returns the Group resource."""
        with self.lock:
            group = {"kind": "admin#directory#group", "id": "0" + secrets.token_hex(7), "etag": _etag(),
                     "email": email.lower(), "name": name, "directMembersCount": "0", "description": description,
                     "adminCreated": True, "nonEditableAliases": []}
            self.groups.append(group)
            self.group_members[group["id"]] = set()
            return dict(group)

    def group_id(self, email: str) -> str:
        return next(g["id"] for g in self.groups if g["email"] == email.lower())

    def add_group_member(self, group_id: str, email: str) -> None:
        """Seed a membership made earlier (not counted in ``group_member_posts``)."""
        with self.lock:
            self.group_members[group_id].add(email.lower())
            self._count_members(group_id)

    def remove_group(self, group_id: str) -> None:
        """The group is deleted in the console."""
        with self.lock:
            self.groups = [g for g in self.groups if g["id"] != group_id]
            self.group_members.pop(group_id, None)

    def _count_members(self, group_id: str) -> None:
        group = next(g for g in self.groups if g["id"] == group_id)
        group["directMembersCount"] = str(len(self.group_members[group_id]))  # an int64: a JSON string

    def _find_group(self, key: str) -> dict[str, Any] | None:
        key = unquote(key).lower()
        # groupKey: "the group's email address, group alias, or the unique group ID" (groups.get)
        return next((g for g in self.groups if key in (g["id"].lower(), g["email"]) or key in g.get("aliases", [])),
                    None)

    def _list_groups(self, request: Request) -> Response:
        """groups.list: developers.google.com/admin-sdk/directory/reference/rest/v1/groups/list (customer or domain;
        maxResults at most 200; answers {"kind", "etag", "groups", "nextPageToken"})."""
        self._authorize_api(request, (SCOPE_GROUP, SCOPE_GROUP_RO))
        customer, domain = request.arg("customer"), request.arg("domain")
        if not customer and not domain:
            return Response(400, google_error(400, "Bad Request", "badRequest"))
        if customer:
            self._check_customer(customer)
        if domain and domain.lower() not in self.domains:
            return Response(403, google_error(403, NOT_AUTHORIZED, "forbidden"))
        size, offset = self._paging(request, 200, 200)
        size = min(size, self.groups_page_size)
        matching = [g for g in self.groups if not domain or g["email"].endswith("@" + domain.lower())]
        page = matching[offset:offset + size]
        body: dict[str, Any] = {"kind": "admin#directory#groups", "etag": _etag()}
        if page:
            body["groups"] = [self._group_view(g) for g in page]
        if offset + size < len(matching):
            body["nextPageToken"] = _b64url(f"group:{offset + size}".encode())
        return Response(200, body)

    def _get_group(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_GROUP, SCOPE_GROUP_RO))
        group = self._find_group(request.params["groupKey"])
        if group is None:
            return Response(404, google_error(404, "Resource Not Found: groupKey", "notFound"))  # (inferred)
        return Response(200, self._group_view(group))

    def _insert_member(self, request: Request) -> Response:
        """members.insert: developers.google.com/admin-sdk/directory/reference/rest/v1/members/insert; the Member
        resource: .../rest/v1/members (email or id, role MEMBER|MANAGER|OWNER)."""
        self._authorize_api(request, (SCOPE_GROUP, SCOPE_GROUP_MEMBER))
        self.group_member_posts += 1
        group = self._find_group(request.params["groupKey"])
        if group is None:
            return Response(404, google_error(404, "Resource Not Found: groupKey", "notFound"))  # (inferred)
        body = _json_body(request)
        known = {"kind", "etag", "id", "email", "role", "type", "status", "delivery_settings"}
        for key in body:
            if key not in known:
                raise _BadRequest(_invalid_json(f'Unknown name "{key}" at \'resource\': Cannot find field.',
                                                "resource"))
        for field in ("email", "id", "role", "type"):
            value = body.get(field)
            if value is not None and not isinstance(value, str):
                raise _BadRequest(_invalid_json(f"Invalid value at 'resource.{field}' (TYPE_STRING), "
                                                f"{_type_name(value)}", f"resource.{field}"))
        role = body.get("role") or "MEMBER"
        if role not in ("MEMBER", "MANAGER", "OWNER"):
            return Response(400, google_error(400, "Invalid Input: role", "invalid"))  # (inferred)
        key = (body.get("email") or body.get("id") or "").strip()
        if not key:
            return Response(400, google_error(400, "Missing required field: memberKey", "required"))  # (inferred)
        user = self._find_user(key)
        if user is None:
            return Response(404, google_error(404, "Resource Not Found: memberKey", "notFound"))  # (inferred)
        members = self.group_members[group["id"]]
        if user["primaryEmail"] in members:
            return Response(409, google_error(409, MEMBER_EXISTS, "duplicate"))
        members.add(user["primaryEmail"])
        self._count_members(group["id"])
        return Response(200, {"kind": "admin#directory#member", "etag": _etag(), "id": user["id"],
                              "email": user["primaryEmail"], "role": role, "type": "USER", "status": "ACTIVE"})

    # --- Site Verification -----------------------------------------------------------------
    def _site(self, body: dict[str, Any]) -> tuple[str, str]:
        site = body.get("site")
        if not isinstance(site, dict) or not isinstance(site.get("identifier"), str) or not site.get("identifier"):
            raise _BadRequest(Response(400, google_error(400, "Missing or invalid site.", "badRequest")))
        site_type = site.get("type")
        if site_type not in ("INET_DOMAIN", "SITE", "ANDROID_APP"):
            raise _BadRequest(Response(400, google_error(400, f"Invalid value for site.type: {site_type}",
                                                         "invalid")))
        return site_type, site["identifier"].strip().rstrip(".").lower()

    def _token_for(self, domain: str, method: str) -> str:
        key = (domain, method)
        if key not in self.site_tokens:
            if method == "DNS_CNAME":
                label = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(12))
                target = "gv-" + "".join(secrets.choice(string.ascii_lowercase + string.digits) for _ in range(52))
                self.site_tokens[key] = f"{label} {target}.domainverify.googlehosted.com"
            else:
                self.site_tokens[key] = "google-site-verification=" + _b64url(secrets.token_bytes(32))
        return self.site_tokens[key]

    def _get_site_token(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_SITEVERIFICATION, SCOPE_SITEVERIFICATION_VERIFY), directory=False)
        body = _json_body(request)
        site_type, domain = self._site(body)
        method = body.get("verificationMethod")
        if method == "DNS":
            method = "DNS_TXT"
        if method not in ("DNS_TXT", "DNS_CNAME") or site_type != "INET_DOMAIN":
            return Response(400, google_error(400, f"Invalid verification method for {site_type}: {method}",
                                              "badRequest"))
        return Response(200, {"method": body.get("verificationMethod"), "token": self._token_for(domain, method)})

    @staticmethod
    def _resource_id(domain: str) -> str:
        return quote(f"dns://{domain}", safe="")

    def _token_published(self, domain: str, method: str) -> bool:
        token = self.site_tokens.get((domain, method))
        if token is None:
            return False
        try:
            if method == "DNS_CNAME":
                label, target = token.split(" ")
                targets = self.dns_cname(f"{label.lower()}.{domain}") if self.dns_cname else []
                return target.rstrip(".").lower() in {t.rstrip(".").lower() for t in targets}
            records = self.dns_txt(domain) if self.dns_txt else []
        except Exception:  # a resolver failure looks to Google like a missing token
            return False
        return token in {r.strip().strip('"') for r in records}

    def _insert_web_resource(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_SITEVERIFICATION, SCOPE_SITEVERIFICATION_VERIFY), directory=False)
        method = request.arg("verificationMethod")
        if not method:
            return Response(400, google_error(400, "Required parameter: verificationMethod", "required",
                                              location="verificationMethod", locationType="parameter"))
        method = "DNS_TXT" if method == "DNS" else method
        body = _json_body(request)
        site_type, domain = self._site(body)
        if site_type != "INET_DOMAIN" or method not in ("DNS_TXT", "DNS_CNAME"):
            return Response(400, google_error(400, f"Invalid verification method for {site_type}: {method}",
                                              "badRequest"))
        resource_id = self._resource_id(domain)
        if resource_id not in self.web_resources:
            if not self._token_published(domain, method):
                return Response(400, google_error(400, TOKEN_NOT_FOUND, "badRequest"))
            extra = [o for o in body.get("owners") or [] if isinstance(o, str)]
            self.web_resources[resource_id] = {
                "id": resource_id, "site": {"type": "INET_DOMAIN", "identifier": domain},
                "owners": [self.admin_email, *[o for o in extra if o != self.admin_email]],
            }
        if domain in self.domains:
            self.domains[domain]["verified"] = True
        return Response(200, json.loads(json.dumps(self.web_resources[resource_id])))

    def _list_web_resources(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_SITEVERIFICATION, SCOPE_SITEVERIFICATION_VERIFY), directory=False)
        items = [json.loads(json.dumps(r)) for r in self.web_resources.values()]
        return Response(200, {"items": items} if items else {})

    def _get_web_resource(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_SITEVERIFICATION, SCOPE_SITEVERIFICATION_VERIFY), directory=False)
        resource = self.web_resources.get(quote(unquote(request.params["id"]), safe=""))
        if resource is None:
            return Response(404, google_error(404, "You are not an owner of this site.", "notFound"))
        return Response(200, json.loads(json.dumps(resource)))

    # --- Gmail: users.messages.send ----------------------------------------------------------
    def _send_message(self, request: Request) -> Response:
        """Sends a Message whose ``raw`` is a base64url RFC 2822 message from the signed-in user (or a verified
        send-as alias) to the To/Cc/Bcc recipients; answers the Message's id, threadId and labelIds."""
        import email
        from email import policy
        from email.utils import getaddresses

        self.send_posts += 1
        self._authorize_api(request, GMAIL_SEND_SCOPES, directory=False)
        if not self.gmail_enabled:  # a user without Gmail (as reported by users of the API)
            return Response(400, google_error(400, "Mail service not enabled", "failedPrecondition"))
        body = _json_body(request)
        unknown = [k for k in body if k not in ("raw", "threadId", "labelIds", "id")]
        if unknown:
            raise _BadRequest(_invalid_json(f'Unknown name "{unknown[0]}": Cannot find field.'))
        raw = body.get("raw")
        if not raw:
            return Response(400, google_error(400, "'raw' RFC822 payload message string or uploading message via "
                                                   "/upload/* URL required", "invalidArgument"))
        if not isinstance(raw, str) or not re.fullmatch(r"[A-Za-z0-9_\-]+={0,2}", raw):
            raise _BadRequest(_invalid_json("Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding "
                                            "failed", "message.raw"))  # (inferred)
        data = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        message = email.message_from_bytes(data, policy=policy.default)
        recipients = [a for _n, a in getaddresses([str(v) for h in ("To", "Cc", "Bcc")
                                                    for v in message.get_all(h, [])]) if "@" in a]
        if not recipients:
            return Response(400, google_error(400, "Recipient address required", "invalidArgument"))
        senders = [a.lower() for _n, a in getaddresses([str(v) for v in message.get_all("From", [])])]
        allowed = {self.admin_email.lower()} | {a.lower() for a in self.send_as}
        if len(senders) != 1 or senders[0] not in allowed:
            # Gmail would quietly put the primary address instead; the fake refuses, so a wrong From shows
            return Response(400, google_error(400, "Invalid From header (fake: not the user or a verified send-as "
                                                   "alias)", "invalidArgument"))
        if message.get_body(("plain", "html")) is None:
            return Response(400, google_error(400, "Invalid message: no text or HTML part (fake)", "invalidArgument"))
        self.sent_messages.append(message)
        message_id = secrets.token_hex(8)
        return Response(200, {"id": message_id, "threadId": message_id, "labelIds": ["SENT"]})

    # --- the account review: role assignments, makeAdmin, usage reports, Gmail forwarding ----------------------
    def _page_of(self, request: Request, items: list[Any], default: int, maximum: int, cap: int,
                 prefix: str) -> tuple[list[Any], str | None]:
        size, offset = self._paging(request, default, maximum)
        size = min(size, cap)
        page = items[offset:offset + size]
        token = _b64url(f"{prefix}:{offset + size}".encode()) if offset + size < len(items) else None
        return page, token

    def _list_role_assignments(self, request: Request) -> Response:
        """roleAssignments.list: developers.google.com/workspace/admin/directory/reference/rest/v1/roleAssignments/
        list (userKey, roleId, maxResults 1..200, pageToken; answers {"kind", "etag", "items", "nextPageToken"})."""
        self._authorize_api(request, (SCOPE_ROLEMANAGEMENT, SCOPE_ROLEMANAGEMENT_RO))
        self._check_customer(request.params["customer"])
        items = list(self.role_assignments)
        user_key = request.arg("userKey")
        if user_key:
            user = self._find_user(user_key)
            if user is None:
                return Response(404, google_error(404, "Resource Not Found: userKey", "notFound"))  # (inferred)
            items = [a for a in items if a["assignedTo"] == user["id"]]
        if request.arg("roleId"):
            items = [a for a in items if a["roleId"] == request.arg("roleId")]
        page, token = self._page_of(request, items, 100, 200, self.assignments_page_size, "assignment")
        body: dict[str, Any] = {"kind": "admin#directory#roleAssignments", "etag": _etag()}
        if page:
            body["items"] = [dict(a) for a in page]
        if token:
            body["nextPageToken"] = token
        return Response(200, body)

    def _refresh_admin_flags(self, user: dict[str, Any]) -> None:
        held = {a["roleId"] for a in self.role_assignments if a["assignedTo"] == user["id"]}
        supers = {r["roleId"] for r in self.roles if r["isSuperAdminRole"]}
        user["isAdmin"] = bool(held & supers)
        user["isDelegatedAdmin"] = bool(held - supers)

    def _delete_role_assignment(self, request: Request) -> Response:
        """roleAssignments.delete: .../rest/v1/roleAssignments/delete; an empty answer (204, inferred from "the
        response body is empty")."""
        self._authorize_api(request, (SCOPE_ROLEMANAGEMENT,))
        self._check_customer(request.params["customer"])
        wanted = unquote(request.params["roleAssignmentId"])
        found = next((a for a in self.role_assignments if a["roleAssignmentId"] == wanted), None)
        if found is None:
            return Response(404, google_error(404, "Resource Not Found: roleAssignmentId", "notFound"))  # (inferred)
        role = next(r for r in self.roles if r["roleId"] == found["roleId"])
        if role["isSuperAdminRole"]:
            # (inferred, stricter than perhaps needed) super admin status is changed through users.makeAdmin
            return Response(400, google_error(400, "Invalid Input: use makeAdmin for the super admin role",
                                              "invalid"))
        self.role_assignments.remove(found)
        self.review_posts.append(("DELETE", request.path))
        user = next((u for u in self.users.values() if u["id"] == found["assignedTo"]), None)
        if user is not None:
            self._refresh_admin_flags(user)
        return Response(204, b"")

    def _make_admin(self, request: Request) -> Response:
        """users.makeAdmin: .../rest/v1/users/makeAdmin, body UserMakeAdmin {"status": bool} (required); empty
        answer. The signed-in admin cannot take their own status away (inferred)."""
        self._authorize_api(request, (SCOPE_USER,))
        body = _json_body(request)
        if not isinstance(body.get("status"), bool):
            return Response(400, google_error(400, "Missing required field: status", "required"))  # (inferred)
        user = self._find_user(request.params["userKey"])
        if user is None:
            return Response(404, google_error(404, "Resource Not Found: userKey", "notFound"))
        if not body["status"] and user["primaryEmail"] == self.admin_email.lower():
            return Response(400, google_error(400, "Invalid Input: cannot revoke your own admin", "invalid"))
        supers = {r["roleId"] for r in self.roles if r["isSuperAdminRole"]}
        held = [a for a in self.role_assignments if a["assignedTo"] == user["id"] and a["roleId"] in supers]
        if body["status"] and not held:
            self._assign(self.role_id("_SEED_ADMIN_ROLE"), user, "CUSTOMER", "")
        if not body["status"]:
            self.role_assignments = [a for a in self.role_assignments if a not in held]
        self.review_posts.append(("POST", request.path))
        self._refresh_admin_flags(user)
        return Response(204, b"")

    def _user_usage(self, request: Request) -> Response:
        """userUsageReport.get (admin.reports_v1.json): userKey "all" or one user, a date (UTC-8) no later than the
        data available (``reports_lag_days`` back), ``parameters`` as "app:name,…", maxResults ≤ 1000."""
        self._authorize_api(request, (SCOPE_REPORTS_USAGE,))
        date = request.params["date"]
        latest = ((datetime.now(UTC) - timedelta(hours=8)).date() - timedelta(days=self.reports_lag_days)).isoformat()
        if date > latest:
            # as API users report it (e.g. GAM, BetterCloud's scripts); the reason is (unconfirmed)
            return Response(400, google_error(400, f"Data for dates later than {latest} is not yet available. "
                                                   "Please check back later", "invalid"))
        names = [n.strip() for n in (request.arg("parameters") or "").split(",") if n.strip()]
        unknown = [n for n in names if n not in USAGE_PARAMETERS]
        if unknown:
            return Response(400, google_error(400, f"Bad request. Parameter(s) {unknown[0]} invalid.",
                                              "invalid"))  # (inferred)
        key = unquote(request.params["userKey"])
        if key == "all":
            users = sorted(self.users.values(), key=lambda u: u["_seq"])
        else:
            user = self._find_user(key)
            if user is None:
                return Response(404, google_error(404, "Resource Not Found: userKey", "notFound"))  # (inferred)
            users = [user]
        page, token = self._page_of(request, users, 1000, 1000, self.report_page_size, "report")
        reports = []
        for user in page:
            used, total = self.usage.get(user["primaryEmail"], self.default_usage)
            values = {"accounts:used_quota_in_mb": used, "accounts:total_quota_in_mb": total,
                      "accounts:gmail_used_quota_in_mb": used, "accounts:drive_used_quota_in_mb": 0}
            reports.append({"kind": "admin#reports#usageReport", "date": date, "etag": _etag(),
                            "entity": {"customerId": self.customer_id, "userEmail": user["primaryEmail"],
                                       "profileId": user["id"], "type": "USER"},
                            "parameters": [{"name": n, "intValue": str(values[n])} for n in names or values]})
        body: dict[str, Any] = {"kind": "admin#reports#usageReports", "etag": _etag()}
        if reports:
            body["usageReports"] = reports
        if token:
            body["nextPageToken"] = token
        return Response(200, body)

    def _gmail_user(self, request: Request, scopes: tuple[str, ...]) -> dict[str, Any]:
        """The mailbox a Gmail call is about: "me" or the token's own user; anyone else's answers 403 "Delegation
        denied for <user>" (github.com/googleworkspace/python-samples/issues/80)."""
        self._authorize_api(request, scopes, directory=False)
        info = self._token_info(request) or {}
        subject = info.get("subject", self.admin_email.lower())
        wanted = unquote(request.params["userId"]).lower()
        if wanted not in ("me", subject):
            raise _BadRequest(Response(403, google_error(403, f"Delegation denied for {subject}", "forbidden")))
        user = self.users.get(subject)
        if user is None or not self.gmail_enabled:
            raise _BadRequest(Response(400, google_error(400, "Mail service not enabled", "failedPrecondition")))
        return user

    def _get_auto_forwarding(self, request: Request) -> Response:
        user = self._gmail_user(request, GMAIL_SETTINGS_READ_SCOPES)
        return Response(200, dict(self.auto_forwarding.get(user["primaryEmail"], {"enabled": False})))

    def _update_auto_forwarding(self, request: Request) -> Response:
        user = self._gmail_user(request, (SCOPE_GMAIL_SHARING,))
        if not (self._token_info(request) or {}).get("service"):
            return Response(403, google_error(  # as reported by the API's users: (unconfirmed) wording
                403, "Access restricted to service accounts that have been delegated domain-wide authority",
                "forbidden"))
        body = _json_body(request)
        address = user["primaryEmail"]
        if body.get("enabled"):
            to = str(body.get("emailAddress", "")).lower()
            if self.forwarding_addresses.get(address, {}).get(to) != "accepted":
                # "must be a verified member of the forwarding addresses" (AutoForwarding.emailAddress); the
                # error's wording (unconfirmed)
                return Response(400, google_error(400, "Unrecognized forwarding address", "failedPrecondition"))
            settings = {"enabled": True, "emailAddress": to, "disposition": body.get("disposition") or "leaveInInbox"}
        else:
            settings = {"enabled": False}
        self.auto_forwarding[address] = settings
        self.review_posts.append(("PUT", request.path))
        return Response(200, dict(settings))

    def _list_filters(self, request: Request) -> Response:
        """filters.list: answers {"filter": [...]} (ListFiltersResponse), nothing when there are none."""
        user = self._gmail_user(request, GMAIL_SETTINGS_READ_SCOPES)
        filters = self.gmail_filters.get(user["primaryEmail"], [])
        return Response(200, {"filter": json.loads(json.dumps(filters))} if filters else {})

    def _get_filter(self, request: Request) -> Response:
        user = self._gmail_user(request, GMAIL_SETTINGS_READ_SCOPES)
        wanted = unquote(request.params["id"])
        found = next((f for f in self.gmail_filters.get(user["primaryEmail"], []) if f["id"] == wanted), None)
        if found is None:
            return Response(404, google_error(404, "Filter not found", "notFound"))  # (inferred wording)
        return Response(200, json.loads(json.dumps(found)))

    def _create_filter(self, request: Request) -> Response:
        """filters.create: a Filter with criteria and action; ``action.forward`` must be a verified forwarding
        address of the mailbox (developers.google.com/workspace/gmail/api/guides/filter_settings; the error's
        wording (unconfirmed)); at most 1,000 filters (the method's description)."""
        user = self._gmail_user(request, (SCOPE_GMAIL_BASIC,))
        body = _json_body(request)
        address = user["primaryEmail"]
        criteria, action = body.get("criteria") or {}, body.get("action") or {}
        if not any(criteria.values()) or not any(action.values()):
            return Response(400, google_error(400, "Filter doesn't have any criteria or action",
                                              "invalidArgument"))  # (inferred)
        forward = str(action.get("forward", "")).lower()
        if forward and self.forwarding_addresses.get(address, {}).get(forward) != "accepted":
            return Response(400, google_error(400, "Unrecognized forwarding address", "failedPrecondition"))
        filters = self.gmail_filters.setdefault(address, [])
        if len(filters) >= 1000:
            return Response(400, google_error(400, "Too many filters", "failedPrecondition"))  # (inferred)
        made = {"id": "ANe1Bm" + secrets.token_hex(12), "criteria": dict(criteria), "action": dict(action)}
        filters.append(made)
        self.review_posts.append(("POST", request.path))
        return Response(200, json.loads(json.dumps(made)))

    def _delete_filter(self, request: Request) -> Response:
        user = self._gmail_user(request, (SCOPE_GMAIL_BASIC,))
        wanted = unquote(request.params["id"])
        filters = self.gmail_filters.get(user["primaryEmail"], [])
        if not any(f["id"] == wanted for f in filters):
            return Response(404, google_error(404, "Filter not found", "notFound"))  # (inferred wording)
        self.gmail_filters[user["primaryEmail"]] = [f for f in filters if f["id"] != wanted]
        self.review_posts.append(("DELETE", request.path))
        return Response(204, b"")

    # --- the seeded review tenant ----------------------------------------------------------------------------
    @staticmethod
    def _ago(days: float) -> str:
        return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def seed_review(self) -> dict[str, str]:
        """A tenant with every case the review finds, as Google reports them; returns case → address. The signed-in
        admin (``admin_email``, made a user of the primary domain) is a super admin who signed in today."""
        d = self.primary_domain
        cases = {"admin": self.admin_email.lower(), "fine": f"fine@{d}", "suspended": f"suspended@{d}",
                 "never": f"never@{d}", "temporary": f"temporary@{d}", "forwarder": f"forwarder@{d}",
                 "inside_forwarder": f"inside@{d}", "helpdesk": f"helpdesk@{d}", "owner": f"owner@{d}",
                 "departed": f"departed@{d}", "full": f"full@{d}", "inactive": f"inactive@{d}",
                 "rule_forwarder": f"rules@{d}"}
        with self.lock:
            for case, address in cases.items():
                if address not in self.users:
                    self.add_user(address, case.replace("_", " ").title(), "Person")
                user = self.users[address]
                user["creationTime"] = self._ago(400)
                user["lastLoginTime"] = self._ago(1)
                user["changePasswordAtNextLogin"] = False
            self.users[cases["admin"]]["name"] = {"givenName": "Ada", "familyName": "Admin", "fullName": "Ada Admin"}
            self.add_role_assignment(cases["admin"], "_SEED_ADMIN_ROLE")
            self.users[cases["fine"]]["aliases"] = [f"sales@{d}"]
            self.users[cases["fine"]]["nonEditableAliases"] = [f"fine@{d.split('.')[0]}.test-google-a.com"]
            self.users[cases["suspended"]].update(suspended=True, suspensionReason="ADMIN")
            never = self.users[cases["never"]]
            never.update(creationTime=self._ago(30), lastLoginTime=NEVER, changePasswordAtNextLogin=True)
            self.users[cases["temporary"]].update(creationTime=self._ago(20), lastLoginTime=self._ago(2),
                                                  changePasswordAtNextLogin=True)
            self.forwarding_addresses[cases["forwarder"]] = {"someone.private@gmail.com": "accepted"}
            self.auto_forwarding[cases["forwarder"]] = {"enabled": True, "emailAddress": "someone.private@gmail.com",
                                                        "disposition": "archive"}
            self.forwarding_addresses[cases["inside_forwarder"]] = {f"fine@{d}": "accepted"}
            self.auto_forwarding[cases["inside_forwarder"]] = {"enabled": True, "emailAddress": f"fine@{d}",
                                                               "disposition": "leaveInInbox"}
            # a filter that forwards the supplier's invoices outside and labels them; one that only labels
            rules = cases["rule_forwarder"]
            self.forwarding_addresses[rules] = {"ap@outside-accounting.example": "accepted"}
            self.gmail_filters[rules] = [
                {"id": "ANe1BmForward01", "criteria": {"from": "invoices@supplier.example"},
                 "action": {"forward": "ap@outside-accounting.example", "addLabelIds": ["Label_7"]}},
                {"id": "ANe1BmLabelOnly", "criteria": {"subject": "newsletter"},
                 "action": {"addLabelIds": ["Label_3"]}}]
            self.add_role_assignment(cases["helpdesk"], "_HELP_DESK_ADMIN_ROLE")
            self.add_role_assignment(cases["owner"], "_SEED_ADMIN_ROLE")
            self.usage[cases["full"]] = (29000, 30720)   # 94 %
            self.users[cases["inactive"]]["lastLoginTime"] = self._ago(200)
        return cases
